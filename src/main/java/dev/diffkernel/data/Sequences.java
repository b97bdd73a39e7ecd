package dev.diffkernel.data;


import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Number sequences of the basic-math lecture: by a formula for the n-th term, by a recurrence,
 * coupled recurrences, and factorials, each shown as a table. Statically imported into every
 * notebook.
 */
public final class Sequences {
    private Sequences() {}

    /**
     * Makes a sequence from its general term, e.g. {@code sequence("a", n -> 2 * n, 5)} for 2, 4, 6, 8, 10.
     *
     * @param name the name, e.g. {@code "a"}; never null or blank
     * @param term a_n as a function of n (from 1), never null
     * @param count how many terms, at least 1
     * @return a new sequence (show {@code .table()} for a table), never null
     * @throws IllegalArgumentException if the name is blank or the count below 1
     */
    public static Sequence sequence(String name, IntToDoubleFunction term, int count) {
        return Sequence.of(name, term, count);
    }

    /**
     * Makes a sequence by a recurrence, e.g. {@code recurrence("a", 1, (n, a) -> a + 2, 5)} for
     * a_1 = 1, a_{n+1} = a_n + 2: 1, 3, 5, 7, 9.
     *
     * @param name the name, never null or blank
     * @param first a_1
     * @param step a_{n+1} from n and a_n, never null
     * @param count how many terms, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if the name is blank or the count below 1
     */
    public static Sequence recurrence(String name, double first, Sequence.Step step, int count) {
        return Sequence.recurrence(name, first, step, count);
    }

    /**
     * Makes sequences that are computed together, e.g. the notes' a_1 = b_1 = 1,
     * a_{n+1} = a_n + 2b_n + 2, b_{n+1} = 2a_n + 3b_n + 1:
     * {@code coupledRecurrence(List.of("a", "b"), new double[] {1, 1},
     * (n, v) -> new double[] {v[0] + 2 * v[1] + 2, 2 * v[0] + 3 * v[1] + 1}, 3)}.
     *
     * @param names the names, never null, distinct
     * @param first the first terms, never null, one per name
     * @param step all next terms from n and all current terms, never null
     * @param count how many terms of each, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if names and first terms differ in number or the count is below 1
     */
    public static Sequence coupledRecurrence(List<String> names, double[] first, Sequence.CoupledStep step,
                                             int count) {
        return Sequence.coupled(names, first, step, count);
    }

    /**
     * Returns 1!, 2!, …, count! computed by the recurrence a_1 = 1, a_{n+1} = (n + 1)a_n, as the notes
     * say a computer does it. Exact up to 18!; beyond that the doubles round.
     *
     * @param count how many terms, at least 1
     * @return a new sequence named {@code n!}, never null
     * @throws IllegalArgumentException if the count is below 1
     */
    public static Sequence factorials(int count) {
        return recurrence("n!", 1, (n, a) -> (n + 1) * a, count);
    }
}
