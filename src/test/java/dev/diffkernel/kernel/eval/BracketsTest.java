package dev.diffkernel.kernel.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void theLastCodeCharacterSetsCommentsAndBlanksAside() {
        assertEquals(';', Brackets.lastCodeChar("x;"));
        assertEquals(';', Brackets.lastCodeChar("x;  // hide it\n"));
        assertEquals(';', Brackets.lastCodeChar("x; /* a; */ // b"));
        assertEquals('x', Brackets.lastCodeChar("x // y;"));
        assertEquals('x', Brackets.lastCodeChar("x /* ; */"));
        assertEquals('"', Brackets.lastCodeChar("\"a;\""));
        assertEquals('"', Brackets.lastCodeChar("s + \"\"\"\n  ;\"\"\""));
        assertEquals('\'', Brackets.lastCodeChar("c == ';'"));
        assertEquals('}', Brackets.lastCodeChar("for (;;) { } // loop"));
        assertEquals(0, Brackets.lastCodeChar("// only a comment;"));
        assertEquals(0, Brackets.lastCodeChar(""));
    }

    @Test
    void aTopLevelCommaIsOneOutsideBracketsLiteralsAndComments() {
        assertTrue(Brackets.hasTopLevelComma("1, y = 2"));
        assertFalse(Brackets.hasTopLevelComma("max(1, 2) + a[1] + new int[] {1, 2}.length"));
        assertFalse(Brackets.hasTopLevelComma("\"a, b\" + ',' // c, d"));
        assertFalse(Brackets.hasTopLevelComma("f(x) /* , */"));
    }

    @Test
    void simpleNamesAreThoseJavaLooksUpOnTheirOwn() {
        assertEquals(java.util.Set.of(), Brackets.simpleNames("1 + 1"));
        assertEquals(java.util.Set.of(), Brackets.simpleNames("1e5 + 0x1F + 10L + 1.5e-3f + 'c' + \"plot(f)\" // g(x)"));
        assertEquals(java.util.Set.of("f"), Brackets.simpleNames("f.diff().at(2)"));
        assertEquals(java.util.Set.of("run"), Brackets.simpleNames("run\n    .plot() /* then */ . table()"));
        assertEquals(java.util.Set.of("plot", "f"), Brackets.simpleNames("plot(f).from(0)"));
        assertEquals(java.util.Set.of("x", "Math"), Brackets.simpleNames("new double[] {x, this.y, Math.PI}"));
        assertEquals(java.util.Set.of("v"), Brackets.simpleNames("v -> v * 2"), "a lambda's parameter, looked up like any name");
    }
}
