package dev.diffkernel.linalg;

import static java.util.Objects.requireNonNull;

import java.util.Random;

/**
 * Making matrices in a notebook: {@code matrix(...)}, row and column vectors, zeros, seeded normal
 * weights ({@code randn}) and the product {@code dot}. Statically imported into every notebook.
 *
 * <p>All methods are static and stateless; all results are immutable.
 */
public final class Matrices {
    private Matrices() {}

    /**
     * Makes a matrix from its rows: {@code matrix(new double[] {1, 2}, new double[] {3, 4})} or
     * {@code matrix(new double[][] {{1, 2}, {3, 4}})}. The values are copied.
     *
     * @param rows the rows, never null, at least one, all of the same non-zero length
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no rows, or rows are empty or differ in length
     */
    public static Matrix matrix(double[]... rows) {
        return Matrix.of(rows);
    }

    /**
     * Makes a 1xn matrix, e.g. the input {@code x = (0.6, 0.9)} of the lecture's simpleNet.
     *
     * @param values the entries, never null, at least one
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no values
     */
    public static Matrix rowVector(double... values) {
        return Matrix.rowVector(values);
    }

    /**
     * Makes an nx1 matrix, e.g. {@code columnVector(1, 2, 3)} is 3x1.
     *
     * @param values the entries, never null, at least one
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no values
     */
    public static Matrix columnVector(double... values) {
        return Matrix.columnVector(values);
    }

    /**
     * Makes a matrix of zeros, e.g. {@code zeros(2, 3)} for a 2x3 weight matrix to fill in.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix zeros(int rows, int cols) {
        return Matrix.zeros(rows, cols);
    }

    /**
     * Makes a matrix of standard normal random numbers (mean 0, standard deviation 1), numpy's
     * {@code np.random.randn(rows, cols)}, reproducibly: the same seed gives the same matrix (but not
     * numpy's numbers).
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param seed any long
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix randn(int rows, int cols, long seed) {
        return Matrix.randn(rows, cols, seed);
    }

    /**
     * Makes a matrix of standard normal random numbers that differ on every call, like numpy's
     * {@code np.random.randn(rows, cols)}. For numbers that a notebook reproduces, pass a seed.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix randn(int rows, int cols) {
        return Matrix.randn(rows, cols, new Random());
    }

    /**
     * Returns the matrix product {@code a · b}, numpy's {@code np.dot(a, b)}.
     *
     * @param a the left factor, never null
     * @param b the right factor, never null, with as many rows as {@code a} has columns
     * @return a new matrix, never null
     * @throws IllegalArgumentException if the inner dimensions differ, e.g.
     *     {@code Cannot multiply 2x3 by 2x3: inner dimensions 3 and 2 differ}
     */
    public static Matrix dot(Matrix a, Matrix b) {
        return requireNonNull(a, "a").dot(b);
    }
}
