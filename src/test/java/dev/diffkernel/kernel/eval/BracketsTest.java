package dev.diffkernel.kernel.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BracketsTest {
    @Test
    void anOpenBlockCallOrArrayAsksForMore() {
        assertTrue(Brackets.leaveOpen("for (int i = 0; i < 2; i++) {"));
        assertTrue(Brackets.leaveOpen("plot(f,\n     g"));
        assertTrue(Brackets.leaveOpen("double[] xs = {1, 2,"));
        assertTrue(Brackets.leaveOpen("/* a comment that goes on"));
        assertTrue(Brackets.leaveOpen("String s = \"\"\"\n  text"));
    }

    @Test
    void bracketsInsideStringsAndCommentsDoNotCount() {
        assertFalse(Brackets.leaveOpen("int x = 3;"));
        assertFalse(Brackets.leaveOpen("for (int i = 0; i < 2; i++) {\n  System.out.println(\"{\" + '(');\n}"));
        assertFalse(Brackets.leaveOpen("int y = 1; // (unclosed in a comment"));
        assertFalse(Brackets.leaveOpen("String s = \"a \\\" ( quote\";"));
        assertFalse(Brackets.leaveOpen("x)"), "too many closing brackets: javac says so");
    }

    @Test
    void cursorInsideAStringCharOrCommentIsInsideALiteral() {
        assertTrue(Brackets.endsInsideLiteralOrComment("String s = \"lea"));
        assertTrue(Brackets.endsInsideLiteralOrComment("x = 1; // lea"));
        assertTrue(Brackets.endsInsideLiteralOrComment("/* lea"));
        assertTrue(Brackets.endsInsideLiteralOrComment("var t = \"\"\"\nlea"));
        assertTrue(Brackets.endsInsideLiteralOrComment("String s = \"a \\\" lea"));
    }

    @Test
    void cursorAfterClosedLiteralsIsInCode() {
        assertFalse(Brackets.endsInsideLiteralOrComment("String s = \"x\"; lea"));
        assertFalse(Brackets.endsInsideLiteralOrComment("char c = '\"'; lea"));
        assertFalse(Brackets.endsInsideLiteralOrComment("// note\nlea"));
        assertFalse(Brackets.endsInsideLiteralOrComment("/* a */ lea"));
    }

    @Test
    void aSemicolonEndsTheCodeWhenOnlyCommentsAndBlanksFollowIt() {
        assertTrue(Brackets.endsWithSemicolon("x;"));
        assertTrue(Brackets.endsWithSemicolon("x;  // hide it\n"));
        assertTrue(Brackets.endsWithSemicolon("x; /* a; */ // b"));
        assertFalse(Brackets.endsWithSemicolon("x // y;"));
        assertFalse(Brackets.endsWithSemicolon("x /* ; */"));
        assertFalse(Brackets.endsWithSemicolon("\"a;\""));
        assertFalse(Brackets.endsWithSemicolon("s + \"\"\"\n  ;\"\"\""));
        assertFalse(Brackets.endsWithSemicolon("c == ';'"));
        assertFalse(Brackets.endsWithSemicolon("// only a comment;"));
        assertFalse(Brackets.endsWithSemicolon(""));
    }
}
