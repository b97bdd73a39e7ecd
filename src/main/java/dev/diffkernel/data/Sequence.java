package dev.diffkernel.data;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.common.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The first terms of one sequence, or of several sequences computed together (the notes' coupled
 * recurrence of a and b), counted from n = 1.
 *
 * <p>Immutable.
 */
public final class Sequence {
    /** The rule a_{n+1} = step(n, a_n) of a recurrence. */
    @FunctionalInterface
    public interface Step {
        /**
         * Returns the next term.
         *
         * @param n the index of the current term, from 1
         * @param current a_n
         * @return a_{n+1}
         */
        double next(int n, double current);
    }

    /** The rule of coupled recurrences: all next terms from all current terms. */
    @FunctionalInterface
    public interface CoupledStep {
        /**
         * Returns the next terms.
         *
         * @param n the index of the current terms, from 1
         * @param current the current terms, one per sequence; a copy that may be changed
         * @return the next terms, one per sequence, never null
         */
        double[] next(int n, double[] current);
    }

    private final List<String> names;
    private final double[][] terms; // terms[n - 1][k]: the n-th term of sequence k

    private Sequence(List<String> names, double[][] terms) {
        this.names = names;
        this.terms = terms;
    }

    /**
     * Makes a sequence from its general term, e.g. a_n = 2n.
     *
     * @param name the name of the sequence, e.g. {@code "a"}; never null or blank
     * @param term a_n as a function of n, never null
     * @param count how many terms, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if the name is blank or the count below 1
     */
    public static Sequence of(String name, IntToDoubleFunction term, int count) {
        requireNonNull(term, "term");
        List<String> names = checkNames(List.of(requireNonNull(name, "name")));
        checkCount(count);
        double[][] terms = new double[count][1];
        for (int n = 1; n <= count; n++) {
            terms[n - 1][0] = term.applyAsDouble(n);
        }
        return new Sequence(names, terms);
    }

    /**
     * Makes a sequence from its first term and a recurrence a_{n+1} = step(n, a_n).
     *
     * @param name the name of the sequence, never null or blank
     * @param first a_1
     * @param step the rule, never null
     * @param count how many terms, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if the name is blank or the count below 1
     */
    public static Sequence recurrence(String name, double first, Step step, int count) {
        requireNonNull(step, "step");
        return coupled(List.of(requireNonNull(name, "name")), new double[] {first},
                (n, current) -> new double[] {step.next(n, current[0])}, count);
    }

    /**
     * Makes several sequences from their first terms and a rule that computes all next terms from
     * all current ones.
     *
     * @param names the names of the sequences, never null, distinct, none blank
     * @param first the first terms, never null, one per name
     * @param step the rule, never null; it must return one term per name
     * @param count how many terms of each, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if names and first terms differ in number, a name is blank or
     *     repeated, the count is below 1, or the rule returns the wrong number of terms
     */
    public static Sequence coupled(List<String> names, double[] first, CoupledStep step, int count) {
        requireNonNull(first, "first");
        requireNonNull(step, "step");
        List<String> checked = checkNames(names);
        if (first.length != checked.size()) {
            throw new IllegalArgumentException("There are " + checked.size() + " names " + checked + " but "
                    + first.length + " first terms " + Arrays.toString(first) + "; give one first term per name");
        }
        checkCount(count);
        double[][] terms = new double[count][];
        terms[0] = first.clone();
        for (int n = 1; n < count; n++) {
            double[] next = step.next(n, terms[n - 1].clone());
            if (next == null || next.length != checked.size()) {
                throw new IllegalArgumentException("The rule must return " + checked.size() + " terms "
                        + checked + " but returned " + (next == null ? "null" : next.length + " " + Arrays.toString(next))
                        + " for n = " + n);
            }
            terms[n] = next.clone();
        }
        return new Sequence(checked, terms);
    }

    private static List<String> checkNames(List<String> names) {
        requireNonNull(names, "names");
        List<String> copy = List.copyOf(names);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("Give at least one name");
        }
        for (String name : copy) {
            if (name.isBlank() || name.equals("n")) {
                throw new IllegalArgumentException(
                        "A sequence name must not be blank or \"n\" (the index) but was \"" + name + "\"");
            }
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("Sequence names must differ but were " + copy);
        }
        return copy;
    }

    private static void checkCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1 but was " + count);
        }
    }

    /** Returns the names of the sequences, never null, never empty. */
    public List<String> names() {
        return names;
    }

    /** Returns how many terms each sequence has. */
    public int count() {
        return terms.length;
    }

    /**
     * Returns the n-th term of the only sequence.
     *
     * @param n the index, from 1 to {@link #count()}
     * @return a_n
     * @throws IllegalStateException if there are several sequences (use {@link #term(String, int)})
     * @throws IndexOutOfBoundsException if n is outside 1..count
     */
    public double term(int n) {
        if (names.size() != 1) {
            throw new IllegalStateException("There are " + names.size() + " sequences " + names
                    + "; name one, e.g. term(\"" + names.get(0) + "\", " + n + ")");
        }
        return terms(n)[0];
    }

    /**
     * Returns the n-th term of the named sequence.
     *
     * @param name one of {@link #names()}, never null
     * @param n the index, from 1 to {@link #count()}
     * @return the term
     * @throws IllegalArgumentException if there is no sequence of that name
     * @throws IndexOutOfBoundsException if n is outside 1..count
     */
    public double term(String name, int n) {
        int k = names.indexOf(requireNonNull(name, "name"));
        if (k < 0) {
            throw new IllegalArgumentException("No sequence named \"" + name + "\"; the names are " + names);
        }
        return terms(n)[k];
    }

    /**
     * Returns the n-th terms of all sequences, in the order of {@link #names()}.
     *
     * @param n the index, from 1 to {@link #count()}
     * @return a new array, never null
     * @throws IndexOutOfBoundsException if n is outside 1..count
     */
    public double[] terms(int n) {
        if (n < 1 || n > terms.length) {
            throw new IndexOutOfBoundsException("n must be in 1.." + terms.length + " but was " + n);
        }
        return terms[n - 1].clone();
    }

    /**
     * Returns all terms of the named sequence.
     *
     * @param name one of {@link #names()}, never null
     * @return a new array of {@link #count()} values, never null
     * @throws IllegalArgumentException if there is no sequence of that name
     */
    public double[] values(String name) {
        double[] values = new double[terms.length];
        for (int n = 1; n <= terms.length; n++) {
            values[n - 1] = term(name, n);
        }
        return values;
    }

    /**
     * Returns the terms as a table: a column n and one column per sequence.
     *
     * @return a new table, never null
     */
    public Table table() {
        IntColumn index = IntColumn.create("n");
        List<DoubleColumn> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(Columns.doubles(name));
        }
        for (int n = 1; n <= terms.length; n++) {
            index.append(n);
            for (int k = 0; k < names.size(); k++) {
                columns.get(k).append(terms[n - 1][k]);
            }
        }
        Table table = Table.create(String.join(", ", names), index);
        return table.addColumns(columns.toArray(new DoubleColumn[0]));
    }

    /** Two sequences are equal when their names and terms are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence s && names.equals(s.names) && Arrays.deepEquals(terms, s.terms);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.deepHashCode(terms);
    }

    /**
     * Returns the terms, one line per sequence: {@code a: 1, 3, 5, 7, 9}.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            if (k > 0) {
                out.append('\n');
            }
            out.append(names.get(k)).append(": ");
            for (int n = 0; n < terms.length; n++) {
                out.append(n > 0 ? ", " : "").append(Numbers.significant(terms[n][k]));
            }
        }
        return out.toString();
    }
}
