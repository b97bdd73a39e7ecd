package dev.diffkernel.linalg;

/**
 * The dimensions of a {@link Matrix}, printed the way the lecture notes write them: {@code 2x3}.
 *
 * <p>Immutable.
 *
 * @param rows number of rows, at least 1
 * @param cols number of columns, at least 1
 */
public record Shape(int rows, int cols) {
    /**
     * Checks both dimensions.
     *
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public Shape {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException(
                    "A matrix needs at least one row and one column but the shape was " + rows + "x" + cols);
        }
    }

    /** Returns the number of entries, {@code rows * cols}. */
    public int size() {
        return rows * cols;
    }

    /** Returns {@code "2x3"} for two rows and three columns. */
    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}
