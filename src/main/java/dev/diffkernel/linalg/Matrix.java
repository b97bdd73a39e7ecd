package dev.diffkernel.linalg;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Elision;
import dev.diffkernel.common.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A small dense matrix of doubles for the neural-network lectures: weights, inputs as row vectors,
 * products and transposes, with numpy's names ({@code dot}, {@code transpose}, {@code shape}).
 *
 * <p>Immutable: every operation returns a new matrix, and arrays passed in or handed out are copies.
 * Products, sums and transposes are plain loops over a row-major array (the lectures' matrices
 * are a few rows by a few columns); indices are 0-based as in numpy.
 */
public final class Matrix {
    private final double[][] data; // rows; never mutated after construction, never handed out

    private Matrix(double[][] data) {
        this.data = data;
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    /**
     * Makes a matrix from its rows, copying them: {@code Matrix.of(new double[][] {{1, 2}, {3, 4}})}.
     *
     * @param rows the rows, never null, at least one row of at least one value, all of one length
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no rows, a row is empty or rows differ in length
     * @throws NullPointerException if {@code rows} or one of its rows is null
     */
    public static Matrix of(double[]... rows) {
        requireNonNull(rows, "rows");
        if (rows.length == 0) {
            throw new IllegalArgumentException("A matrix needs at least one row but got none");
        }
        for (int i = 0; i < rows.length; i++) {
            requireNonNull(rows[i], "row " + i);
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException("All rows of a matrix must have the same length but row 0 has "
                        + rows[0].length + " values and row " + i + " has " + rows[i].length);
            }
        }
        if (rows[0].length == 0) {
            throw new IllegalArgumentException("A matrix needs at least one column but the rows are empty");
        }
        return new Matrix(copy(rows));
    }

    /**
     * Makes a 1xn matrix, the shape numpy gives {@code np.array([0.6, 0.9])} in {@code np.dot(x, W)}.
     *
     * @param values the entries, never null, at least one
     * @return a new 1xn matrix, never null
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static Matrix rowVector(double... values) {
        requireNonNull(values, "values");
        return of(values);
    }

    /**
     * Makes an nx1 matrix.
     *
     * @param values the entries, never null, at least one
     * @return a new nx1 matrix, never null
     * @throws IllegalArgumentException if {@code values} is empty
     */
    public static Matrix columnVector(double... values) {
        return rowVector(values).transpose();
    }

    /**
     * Makes a matrix of zeros.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix zeros(int rows, int cols) {
        Shape shape = new Shape(rows, cols);
        return new Matrix(new double[shape.rows()][shape.cols()]);
    }

    /**
     * Makes a matrix of standard normal random numbers (mean 0, standard deviation 1), like numpy's
     * {@code np.random.randn(rows, cols)}, filled row by row from {@code random.nextGaussian()}.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param random the source of numbers, never null; it is advanced by {@code rows * cols} draws
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix randn(int rows, int cols, Random random) {
        requireNonNull(random, "random");
        Shape shape = new Shape(rows, cols);
        double[][] values = new double[shape.rows()][shape.cols()];
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return of(values);
    }

    /**
     * Makes a reproducible matrix of standard normal random numbers: the same seed always gives the
     * same matrix. The numbers differ from numpy's for the same seed (another generator).
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param seed the seed of a {@link Random}
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix randn(int rows, int cols, long seed) {
        return randn(rows, cols, new Random(seed));
    }

    /** Returns the shape, e.g. {@code 2x3}; never null. */
    public Shape shape() {
        return new Shape(rows(), cols());
    }

    /** Returns the number of rows, at least 1. */
    public int rows() {
        return data.length;
    }

    /** Returns the number of columns, at least 1. */
    public int cols() {
        return data[0].length;
    }

    /**
     * Returns one entry.
     *
     * @param row 0-based row index
     * @param col 0-based column index
     * @return the entry
     * @throws IndexOutOfBoundsException if an index is outside the matrix
     */
    public double get(int row, int col) {
        if (row < 0 || row >= rows() || col < 0 || col >= cols()) {
            throw new IndexOutOfBoundsException("Index (" + row + ", " + col + ") is outside the " + shape()
                    + " matrix; rows are 0.." + (rows() - 1) + " and columns 0.." + (cols() - 1));
        }
        return data[row][col];
    }

    /**
     * Returns a copy of one row.
     *
     * @param row 0-based row index
     * @return a new array of {@link #cols()} values, never null
     * @throws IndexOutOfBoundsException if the index is outside the matrix
     */
    public double[] row(int row) {
        if (row < 0 || row >= rows()) {
            throw new IndexOutOfBoundsException(
                    "Row " + row + " is outside the " + shape() + " matrix; rows are 0.." + (rows() - 1));
        }
        double[] values = new double[cols()];
        for (int j = 0; j < values.length; j++) {
            values[j] = data[row][j];
        }
        return values;
    }

    /** Returns a copy of all entries as rows, never null. */
    public double[][] toArray() {
        return copy(data);
    }

    /**
     * Returns the matrix product {@code this · other}, numpy's {@code np.dot(this, other)}: a
     * {@code (r x n)} matrix times an {@code (n x c)} matrix is {@code r x c}.
     *
     * @param other the right factor, never null, with as many rows as this has columns
     * @return a new matrix, never null
     * @throws IllegalArgumentException if the inner dimensions differ, e.g.
     *     {@code Cannot multiply 2x3 by 2x3: inner dimensions 3 and 2 differ}
     */
    public Matrix dot(Matrix other) {
        requireNonNull(other, "other");
        if (cols() != other.rows()) {
            throw new IllegalArgumentException("Cannot multiply " + shape() + " by " + other.shape()
                    + ": inner dimensions " + cols() + " and " + other.rows() + " differ");
        }
        double[][] product = new double[rows()][other.cols()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < other.cols(); j++) {
                double sum = 0;
                for (int k = 0; k < cols(); k++) { // k ascending, as numpy's dot for small matrices
                    sum += data[i][k] * other.data[k][j];
                }
                product[i][j] = sum;
            }
        }
        return new Matrix(product);
    }

    /**
     * Returns the entry-by-entry (Hadamard) product, numpy's {@code this * other}. For the matrix
     * product use {@link #dot}.
     *
     * @param other a matrix of the same shape, never null
     * @return a new matrix, never null
     * @throws IllegalArgumentException if the shapes differ
     */
    public Matrix multiply(Matrix other) {
        requireNonNull(other, "other");
        if (!shape().equals(other.shape())) {
            throw new IllegalArgumentException("Cannot multiply " + shape() + " and " + other.shape()
                    + " entry by entry: shapes differ; use dot(...) for the matrix product");
        }
        return entrywise(other, 0, (a, b) -> a * b);
    }

    /**
     * Returns every entry times a number.
     *
     * @param factor any double
     * @return a new matrix, never null
     */
    public Matrix scale(double factor) {
        return map(v -> v * factor);
    }

    /**
     * Returns the sum {@code this + other}. As in numpy, a {@code 1 x c} row is added to every row of an
     * {@code r x c} matrix (a bias added to every sample).
     *
     * @param other a matrix of the same shape, or a row of as many columns; never null
     * @return a new matrix of this matrix's shape, never null
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public Matrix add(Matrix other) {
        return plus(other, 1, "add");
    }

    /**
     * Returns the difference {@code this - other}, with the same row rule as {@link #add}.
     *
     * @param other a matrix of the same shape, or a row of as many columns; never null
     * @return a new matrix of this matrix's shape, never null
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public Matrix subtract(Matrix other) {
        return plus(other, -1, "subtract");
    }

    private Matrix plus(Matrix other, double sign, String verb) {
        requireNonNull(other, "other");
        if (shape().equals(other.shape())) {
            return entrywise(other, 0, (a, b) -> a + sign * b);
        }
        if (other.rows() == 1 && other.cols() == cols()) {
            return entrywise(other, 1, (a, b) -> a + sign * b); // the row is added to every row
        }
        String preposition = verb.equals("add") ? " to " : " from ";
        throw new IllegalArgumentException("Cannot " + verb + " " + other.shape() + preposition + shape()
                + ": shapes differ; use a " + shape() + " matrix or a 1x" + cols() + " row");
    }

    /** {@code op(this[i][j], other[i or 0][j])} for every entry; {@code otherRows} 1 repeats other's row. */
    private Matrix entrywise(Matrix other, int otherRows, java.util.function.DoubleBinaryOperator op) {
        double[][] out = new double[rows()][cols()];
        for (int i = 0; i < rows(); i++) {
            double[] b = other.data[otherRows == 1 ? 0 : i];
            for (int j = 0; j < cols(); j++) {
                out[i][j] = op.applyAsDouble(data[i][j], b[j]);
            }
        }
        return new Matrix(out);
    }

    /** Returns the transpose, numpy's {@code W.T}; never null. */
    public Matrix transpose() {
        double[][] t = new double[cols()][rows()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                t[j][i] = data[i][j];
            }
        }
        return new Matrix(t);
    }

    /**
     * Applies a function to every entry, e.g. {@code z.map(Activations::sigmoid)}.
     *
     * @param function the function, never null
     * @return a new matrix of the same shape, never null
     */
    public Matrix map(DoubleUnaryOperator function) {
        requireNonNull(function, "function");
        double[][] values = toArray();
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                row[j] = function.applyAsDouble(row[j]);
            }
        }
        return of(values);
    }

    /** Returns the sum of all entries, added row by row from the top left. */
    public double sum() {
        double sum = 0;
        for (double[] row : toArray()) {
            for (double v : row) {
                sum += v;
            }
        }
        return sum;
    }

    /**
     * Returns the largest absolute difference between the entries of two matrices of one shape: how
     * far apart a numerical and an analytic gradient are.
     *
     * @param other a matrix of the same shape, never null
     * @return {@code max |this[i][j] - other[i][j]|}, 0 or more
     * @throws IllegalArgumentException if the shapes differ
     */
    public double maxAbsDifference(Matrix other) {
        requireNonNull(other, "other");
        if (!shape().equals(other.shape())) {
            throw new IllegalArgumentException(
                    "Cannot compare " + shape() + " with " + other.shape() + ": shapes differ");
        }
        double max = 0;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                max = Math.max(max, Math.abs(data[i][j] - other.data[i][j]));
            }
        }
        return max;
    }

    /**
     * Returns the matrix typeset as a LaTeX {@code bmatrix} (math mode, without dollar signs), entries
     * rounded to at most 8 decimals as in {@link #toString()}. Beyond
     * 1000 entries only the first and last three rows and columns are shown, with dots between.
     *
     * @return LaTeX text, never null
     */
    public String toLatex() {
        int[] rowIndices = Elision.indices(rows(), shape().size());
        int[] colIndices = Elision.indices(cols(), shape().size());
        StringBuilder out = new StringBuilder("\\begin{bmatrix} ");
        for (int r = 0; r < rowIndices.length; r++) {
            if (r > 0) {
                out.append(" \\\\ ");
            }
            for (int c = 0; c < colIndices.length; c++) {
                if (c > 0) {
                    out.append(" & ");
                }
                int i = rowIndices[r];
                int j = colIndices[c];
                if (i == Elision.ELLIPSIS) {
                    out.append(j == Elision.ELLIPSIS ? "\\ddots" : "\\vdots");
                } else {
                    out.append(j == Elision.ELLIPSIS ? "\\cdots" : Numbers.latexEntry(data[i][j]));
                }
            }
        }
        return out.append(" \\end{bmatrix}").toString();
    }

    /** Two matrices are equal when they have the same shape and the same entries. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix other && Arrays.deepEquals(toArray(), other.toArray());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(toArray());
    }

    /**
     * Returns the entries in numpy's layout and print precision (at most 8 decimals; {@link #get} and
     * {@link #toArray} give the exact values), as numpy aligns them: every entry padded to one width
     * with the decimal points in line, a whole number written with its point ({@code 1.}):
     * <pre>
     * [[ 1.14190532  0.91940795 -0.94986664]
     *  [-1.10699029  0.28097764  0.6846228 ]]
     * </pre>
     * Beyond 1000 entries, as in numpy, only the first and last three rows and columns are shown.
     */
    @Override
    public String toString() {
        int[] rowIndices = Elision.indices(rows(), shape().size());
        int[] colIndices = Elision.indices(cols(), shape().size());
        List<String> entries = new ArrayList<>();
        for (int i : rowIndices) {
            for (int j : colIndices) {
                if (i != Elision.ELLIPSIS && j != Elision.ELLIPSIS) {
                    entries.add(withPoint(Numbers.numpyEntry(data[i][j])));
                }
            }
        }
        Iterator<String> aligned = Arrays.asList(Numbers.alignOnPoint(entries.toArray(String[]::new))).iterator();
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < rowIndices.length; r++) {
            out.append(r == 0 ? "" : "\n ");
            if (rowIndices[r] == Elision.ELLIPSIS) {
                out.append("...");
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int j : colIndices) {
                cells.add(j == Elision.ELLIPSIS ? "..." : aligned.next());
            }
            out.append('[').append(String.join(" ", cells)).append(']');
        }
        return out.append(']').toString();
    }

    /** numpy writes a whole float with its point: {@code 1.}, {@code -10.}. */
    private static String withPoint(String entry) {
        boolean plain = entry.chars().allMatch(c -> c == '-' || Character.isDigit(c));
        return plain ? entry + "." : entry;
    }
}
