package dev.diffkernel.kernel.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StringConstantsTest {
    @Test
    void literalOverTheLimitIsFoundAtItsQuote() {
        String source = "int a = 1;\nString s = \"" + "b".repeat(65_536) + "\";";
        assertEquals(22, StringConstants.firstTooLong(source));
    }

    @Test
    void literalAtTheLimitIsFine() {
        assertEquals(-1, StringConstants.firstTooLong("String s = \"" + "b".repeat(65_535) + "\";"));
    }

    @Test
    void multiByteCharactersCountByTheirUtf8Length() {
        assertEquals(11, StringConstants.firstTooLong("String s = \"" + "가".repeat(21_846) + "\";"));
        assertEquals(-1, StringConstants.firstTooLong("String s = \"" + "가".repeat(21_845) + "\";"));
    }

    @Test
    void textBlocksCountAndCommentsDoNot() {
        assertEquals(11, StringConstants.firstTooLong("String s = \"\"\"\n" + "b\n".repeat(40_000) + "\"\"\";"));
        assertEquals(-1, StringConstants.firstTooLong("// \"" + "b".repeat(70_000) + "\n/* \"" + "b".repeat(70_000) + " */ int x;"));
    }

    @Test
    void manyShortLiteralsAreFine() {
        assertEquals(-1, StringConstants.firstTooLong("var s = List.of(" + "\"abc\", ".repeat(30_000) + "\"'\");"));
    }
}
