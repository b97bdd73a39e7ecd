package dev.diffkernel.data;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.common.Numbers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Distances between points: Manhattan (L1), Euclidean (L2) and Minkowski (Lm), and a table of
 * them. Statically imported into every notebook.
 */
public final class Distances {
    private Distances() {}

    /**
     * Returns the Manhattan (L1) distance Σ |p_i − q_i|.
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @return the distance, 0 or more
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double manhattanDistance(double[] p, double[] q) {
        return minkowskiDistance(p, q, 1);
    }

    /**
     * Returns the Euclidean (L2) distance √(Σ (p_i − q_i)²).
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @return the distance, 0 or more
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double euclideanDistance(double[] p, double[] q) {
        checkSameDimension(p, q);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - q[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /**
     * Returns the Minkowski distance (Σ |p_i − q_i|^m)^(1/m): m = 1 is Manhattan, m = 2 Euclidean,
     * and {@code Double.POSITIVE_INFINITY} gives max |p_i − q_i|.
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @param m the order, at least 1
     * @return the distance, 0 or more
     * @throws IllegalArgumentException if the dimensions differ or m is below 1
     */
    public static double minkowskiDistance(double[] p, double[] q, double m) {
        checkSameDimension(p, q);
        if (!(m >= 1)) {
            throw new IllegalArgumentException("m must be >= 1 but was " + Numbers.significant(m)
                    + "; below 1 the formula is no distance");
        }
        if (Double.isInfinite(m)) {
            double max = 0;
            for (int i = 0; i < p.length; i++) {
                max = Math.max(max, Math.abs(p[i] - q[i]));
            }
            return max;
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += m == 1 ? Math.abs(p[i] - q[i]) : Math.pow(Math.abs(p[i] - q[i]), m);
        }
        return m == 1 ? sum : Math.pow(sum, 1 / m);
    }

    /**
     * Returns the Minkowski distances of two points for several orders m, one row each, e.g.
     * {@code distanceTable(new double[] {0, 0}, new double[] {3, 4}, 1, 2, 3)}: 7, 5 and about 4.5.
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @param orders the orders m, never null, each at least 1
     * @return a new table with columns m and distance, never null
     * @throws IllegalArgumentException if the dimensions differ or an order is below 1
     */
    public static Table distanceTable(double[] p, double[] q, double... orders) {
        requireNonNull(orders, "orders");
        DoubleColumn m = Columns.doubles("m");
        DoubleColumn distance = Columns.doubles("distance");
        for (double order : orders) {
            distance.append(minkowskiDistance(p, q, order));
            m.append(order);
        }
        return Table.create("Minkowski distances", m, distance);
    }

    private static void checkSameDimension(double[] p, double[] q) {
        requireNonNull(p, "p");
        requireNonNull(q, "q");
        if (p.length != q.length) {
            throw new IllegalArgumentException("p and q must have the same dimension but p has " + p.length
                    + " coordinates and q has " + q.length);
        }
    }
}
