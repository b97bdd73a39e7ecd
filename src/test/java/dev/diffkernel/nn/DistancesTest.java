package dev.diffkernel.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistancesTest {
    private static final double[] P = {1, 2};
    private static final double[] Q = {4, 6};

    @Test
    void manhattanAddsTheCoordinateGaps() {
        assertEquals(7, dev.diffkernel.data.Distances.manhattanDistance(P, Q));
        assertEquals(6, dev.diffkernel.data.Distances.manhattanDistance(new double[] {0, 0, 0}, new double[] {1, -2, 3}));
    }

    @Test
    void euclideanIsTheStraightLine() {
        assertEquals(5, dev.diffkernel.data.Distances.euclideanDistance(P, Q));
        assertEquals(Math.sqrt(14), dev.diffkernel.data.Distances.euclideanDistance(new double[] {0, 0, 0}, new double[] {1, -2, 3}));
    }

    @Test
    void minkowskiIsManhattanForM1AndEuclideanForM2() {
        assertEquals(7, dev.diffkernel.data.Distances.minkowskiDistance(P, Q, 1));
        assertEquals(5, dev.diffkernel.data.Distances.minkowskiDistance(P, Q, 2), 1e-15);
        assertEquals(Math.cbrt(91), dev.diffkernel.data.Distances.minkowskiDistance(P, Q, 3), 1e-15); // (3^3 + 4^3)^(1/3)
        assertEquals(4, dev.diffkernel.data.Distances.minkowskiDistance(P, Q, Double.POSITIVE_INFINITY));
    }

    @Test
    void distanceTableHasOneRowPerOrder() {
        assertArrayEquals(new double[] {7, 5, Math.cbrt(91)},
                dev.diffkernel.data.Distances.distanceTable(P, Q, 1, 2, 3).doubleColumn("distance").asDoubleArray(), 1e-15);
    }

    @Test
    void pointsOfDifferentDimensionsAreRejected() {
        assertEquals("p and q must have the same dimension but p has 2 coordinates and q has 3",
                assertThrows(IllegalArgumentException.class,
                        () -> dev.diffkernel.data.Distances.euclideanDistance(P, new double[] {1, 2, 3})).getMessage());
    }

    @Test
    void minkowskiBelowOrder1IsRejected() {
        assertEquals("m must be >= 1 but was 0.5; below 1 the formula is no distance",
                assertThrows(IllegalArgumentException.class, () -> dev.diffkernel.data.Distances.minkowskiDistance(P, Q, 0.5)).getMessage());
    }
}
