package dev.diffkernel.data;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SequenceTest {
    private static Sequence coupled(int count) {
        // Lecture 000: a_1 = b_1 = 1, a_{n+1} = a_n + 2b_n + 2, b_{n+1} = 2a_n + 3b_n + 1
        return dev.diffkernel.data.Sequences.coupledRecurrence(List.of("a", "b"), new double[] {1, 1},
                (n, v) -> new double[] {v[0] + 2 * v[1] + 2, 2 * v[0] + 3 * v[1] + 1}, count);
    }

    @Test
    void coupledRecurrenceGives5And6Then19And29() {
        Sequence s = coupled(3);
        assertArrayEquals(new double[] {1, 1}, s.terms(1));
        assertArrayEquals(new double[] {5, 6}, s.terms(2));
        assertArrayEquals(new double[] {19, 29}, s.terms(3));
        assertEquals(29, s.term("b", 3));
    }

    @Test
    void coupledRecurrenceAsATable() {
        Table table = coupled(3).table();
        assertEquals("[n, a, b]", table.columnNames().toString());
        assertArrayEquals(new double[] {1, 5, 19}, table.doubleColumn("a").asDoubleArray());
        assertArrayEquals(new double[] {1, 6, 29}, table.doubleColumn("b").asDoubleArray());
        assertEquals("a: 1, 5, 19\nb: 1, 6, 29", coupled(3).toString());
    }

    @Test
    void recurrencePlusTwoGivesTheOddNumbers() {
        Sequence a = dev.diffkernel.data.Sequences.recurrence("a", 1, (n, an) -> an + 2, 5);
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, a.values("a"));
        assertEquals(3, a.term(2));
        assertEquals("a: 1, 3, 5, 7, 9", a.toString());
    }

    @Test
    void generalTermGivesTheEvenNumbers() {
        assertArrayEquals(new double[] {2, 4, 6, 8, 10}, dev.diffkernel.data.Sequences.sequence("a", n -> 2 * n, 5).values("a"));
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, dev.diffkernel.data.Sequences.sequence("a", n -> 2 * n - 1, 5).values("a"));
    }

    @Test
    void factorialsByRecurrence() {
        Sequence f = dev.diffkernel.data.Sequences.factorials(22);
        assertEquals(1, f.term(1));
        assertEquals(120, f.term(5));
        assertEquals(3628800, f.term(10));
        assertEquals(2432902008176640000L, (long) f.term(20));
        assertEquals("n!", f.names().get(0));
        assertEquals(new java.math.BigDecimal("1124000727777607680000"), new java.math.BigDecimal(f.term(22)));
    }

    @Test
    void mistakesAreReported() {
        assertEquals("count must be >= 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> dev.diffkernel.data.Sequences.recurrence("a", 1, (n, an) -> an, 0)).getMessage());
        assertEquals("There are 2 names [a, b] but 1 first terms [1.0]; give one first term per name",
                assertThrows(IllegalArgumentException.class, () -> dev.diffkernel.data.Sequences.coupledRecurrence(List.of("a", "b"),
                        new double[] {1}, (n, v) -> v, 2)).getMessage());
        assertEquals("The rule must return 2 terms [a, b] but returned 1 [2.0] for n = 1",
                assertThrows(IllegalArgumentException.class, () -> dev.diffkernel.data.Sequences.coupledRecurrence(List.of("a", "b"),
                        new double[] {1, 1}, (n, v) -> new double[] {2}, 2)).getMessage());
        assertEquals("There are 2 sequences [a, b]; name one, e.g. term(\"a\", 2)",
                assertThrows(IllegalStateException.class, () -> coupled(3).term(2)).getMessage());
        assertEquals("n must be in 1..3 but was 4",
                assertThrows(IndexOutOfBoundsException.class, () -> coupled(3).terms(4)).getMessage());
        assertEquals("No sequence named \"c\"; the names are [a, b]",
                assertThrows(IllegalArgumentException.class, () -> coupled(3).term("c", 1)).getMessage());
        assertEquals("Sequence names must differ but were [a, a]",
                assertThrows(IllegalArgumentException.class, () -> dev.diffkernel.data.Sequences.coupledRecurrence(List.of("a", "a"),
                        new double[] {1, 1}, (n, v) -> v, 2)).getMessage());
    }
}
