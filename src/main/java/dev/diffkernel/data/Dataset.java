package dev.diffkernel.data;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.linalg.Matrix;

/**
 * Labelled examples for classification: inputs {@code x}, one row per example, and their classes as one-hot
 * rows {@code t}, as the book feeds its networks. Immutable.
 *
 * @param name e.g. {@code spiral(100, 3, 42)}; never null
 * @param x the inputs, N × features; never null
 * @param t the targets, N × classes, one 1 per row; never null
 */
public record Dataset(String name, Matrix x, Matrix t) {
    /**
     * Checks that x and t have one row per example.
     *
     * @throws IllegalArgumentException if their row counts differ
     */
    public Dataset {
        requireNonNull(name, "name");
        requireNonNull(x, "x");
        requireNonNull(t, "t");
        if (x.rows() != t.rows()) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but t has " + t.rows()
                    + "; give one target row per example");
        }
    }

    /** The number of examples N. */
    public int size() {
        return x.rows();
    }

    /** The number of classes (columns of t). */
    public int classes() {
        return t.cols();
    }

    /** The number of input features (columns of x). */
    public int features() {
        return x.cols();
    }

    /** Each example's class, 0 … classes−1, read from the one-hot t; a new array. */
    public int[] labels() {
        int[] labels = new int[size()];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < classes(); c++) {
                if (t.get(i, c) > t.get(i, best)) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    /** E.g. {@code spiral(100, 3, 42): 300 examples, 2 features, 3 classes}. */
    @Override
    public String toString() {
        return name + ": " + size() + " examples, " + features() + " feature" + (features() == 1 ? "" : "s") + ", "
                + classes() + " classes";
    }
}
