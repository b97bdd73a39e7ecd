package dev.diffkernel.kernel.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeclarationTest {
    @Test
    void takesApartADeclarationOfOneVariableWithAnInitializer() {
        assertEquals(new Declaration("var", "f", " fn(\"x^2\")"), Declaration.of("var f = fn(\"x^2\")"));
        assertEquals(new Declaration("double", "rate", " 0.1"), Declaration.of("double rate = 0.1"));
        assertEquals(new Declaration("Map<String, List<Integer>>", "byName", " new HashMap<>()"),
                Declaration.of("Map<String, List<Integer>> byName = new HashMap<>()"));
        assertEquals(new Declaration("java.util.Map.Entry<String, ? extends Number>", "e", " null"),
                Declaration.of("java.util.Map.Entry<String, ? extends Number> e = null"));
        assertEquals(new Declaration("double[][]", "grid", " new double[3][3]"), Declaration.of("double[][] grid = new double[3][3]"));
        assertEquals(new Declaration("int [ ]", "xs", "{1, 2}"), Declaration.of("  int [ ] xs={1, 2}"));
        assertEquals(new Declaration("var", "same", " a == b"), Declaration.of("var same = a == b"));
        assertTrue(Declaration.of("var f = fn(\"x\")").inferred());
    }

    @Test
    void leavesEverythingElseToJShell() {
        assertNull(Declaration.of("final double rate = 0.1"), "a modifier");
        assertNull(Declaration.of("static int count = 0"));
        assertNull(Declaration.of("double rate"), "no initializer");
        assertNull(Declaration.of("double rate = "), "an empty initializer");
        assertNull(Declaration.of("rate = 0.2"), "an assignment");
        assertNull(Declaration.of("a == b"), "a comparison");
        assertNull(Declaration.of("return x = 1"));
        assertNull(Declaration.of("new Foo x = 1"));
        assertNull(Declaration.of("intx = 1"), "one word");
        assertEquals(new Declaration("List<String>", "x", " null"), Declaration.of("List<String>x = null"), "'>' ends the type");
        assertNull(Declaration.of("f(x) = 1"));
        assertNull(Declaration.of("a < b > c == d"));
        assertNull(Declaration.of("double f(double x) { return x; }"), "a method");
    }
}
