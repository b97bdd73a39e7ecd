package dev.diffkernel.optim;

import dev.diffkernel.common.Args;

import static dev.diffkernel.common.Args.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Every point a run visited, from the start (step 0) to its end, with f and |∇f| there. Immutable: the
 * accessors return copies.
 */
public final class History {
    private final int dimension;
    private final double[] points;
    private final double[] values;
    private final double[] gradientNorms;

    private History(int dimension, double[] points, double[] values, double[] gradientNorms) {
        this.dimension = dimension;
        this.points = points;
        this.values = values;
        this.gradientNorms = gradientNorms;
    }

    /**
     * Makes a history from the first {@code size} entries of the given arrays (which are copied).
     *
     * @param dimension the number of coordinates of a point, at least 1
     * @param size the number of points, at least 1 (step 0 is the start)
     * @param points the points one after another, {@code size * dimension} numbers or more, never null
     * @param values f at each point, never null
     * @param gradientNorms |∇f| at each point, never null
     * @return the history, never null
     * @throws IllegalArgumentException if an array is shorter than {@code size} entries
     */
    public static History of(int dimension, int size, double[] points, double[] values, double[] gradientNorms) {
        requireNonNull(points, "points");
        requireNonNull(values, "values");
        requireNonNull(gradientNorms, "gradientNorms");
        checkArgument(dimension >= 1, "dimension must be >= 1 but was %s", dimension);
        checkArgument(size >= 1, "size must be >= 1 but was %s", size);
        checkArgument(points.length >= size * dimension && values.length >= size && gradientNorms.length >= size,
                "a history of %s points needs %s coordinates, %s values and %s norms but got %s, %s and %s",
                size, size * dimension, size, size, points.length, values.length, gradientNorms.length);
        return new History(dimension, Arrays.copyOf(points, size * dimension), Arrays.copyOf(values, size),
                Arrays.copyOf(gradientNorms, size));
    }

    /** The number of points, one more than the number of steps taken. */
    public int size() {
        return values.length;
    }

    /** The number of coordinates of each point. */
    public int dimension() {
        return dimension;
    }

    /**
     * The point after {@code step} steps (step 0 is the start).
     *
     * @return a new array, never null
     * @throws IndexOutOfBoundsException if there is no such step
     */
    public double[] point(int step) {
        java.util.Objects.checkIndex(step, size());
        return Arrays.copyOfRange(points, step * dimension, (step + 1) * dimension);
    }

    /** Coordinate {@code i} of the point after {@code step} steps. */
    public double coordinate(int step, int i) {
        java.util.Objects.checkIndex(step, size());
        java.util.Objects.checkIndex(i, dimension);
        return points[step * dimension + i];
    }

    /** f at the point after {@code step} steps. */
    public double value(int step) {
        return values[step];
    }

    /** |∇f| at the point after {@code step} steps. */
    public double gradientNorm(int step) {
        return gradientNorms[step];
    }

    /** All points, one row per step; a new array. */
    public double[][] points() {
        double[][] rows = new double[size()][];
        for (int step = 0; step < rows.length; step++) {
            rows[step] = point(step);
        }
        return rows;
    }

    /** f at every step; a new array. */
    public double[] values() {
        return values.clone();
    }

    /** |∇f| at every step; a new array. */
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History other && dimension == other.dimension && Arrays.equals(points, other.points)
                && Arrays.equals(values, other.values) && Arrays.equals(gradientNorms, other.gradientNorms);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(points) + Arrays.hashCode(values)) + dimension;
    }

    /** E.g. {@code history of 101 points in 2 dimensions}. */
    @Override
    public String toString() {
        return "history of " + size() + " points in " + dimension + (dimension == 1 ? " dimension" : " dimensions");
    }
}
