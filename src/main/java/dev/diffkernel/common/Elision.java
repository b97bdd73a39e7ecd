package dev.diffkernel.common;

/**
 * Which rows and columns of a big matrix to show, as numpy does: beyond 1000 entries, only the first
 * and last three of each long dimension, with an ellipsis between.
 *
 * <p>Internal: see the package documentation.
 */
public final class Elision {
    /** numpy's {@code threshold}: matrices with more entries than this are shortened. */
    public static final int THRESHOLD = 1000;
    /** numpy's {@code edgeitems}: entries kept at each end of a shortened dimension. */
    public static final int EDGE = 3;
    /** Marks the place of the ellipsis in {@link #indices}. */
    public static final int ELLIPSIS = -1;

    private Elision() {}

    /**
     * Returns the indices to show along one dimension, {@link #ELLIPSIS} where some are left out.
     *
     * @param length the length of the dimension
     * @param entries the number of entries of the whole matrix
     * @return the indices in order, never null
     */
    public static int[] indices(int length, int entries) {
        if (entries <= THRESHOLD || length <= 2 * EDGE) {
            int[] all = new int[length];
            for (int i = 0; i < length; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] some = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            some[i] = i;
            some[EDGE + 1 + i] = length - EDGE + i;
        }
        some[EDGE] = ELLIPSIS;
        return some;
    }
}
