package dev.diffkernel.check;

import java.util.Arrays;
import java.util.Locale;

/** A check of a vector, element by element. Immutable. */
public final class VectorCheck {
    private final double[] actual;

    VectorCheck(double[] actual) {
        this.actual = actual;
    }

    /**
     * Passes when every coordinate is within 1e-6 of the expected one (relative, above 1):
     * {@code check(gradient(f, 3, 4).value()).closeTo(new double[] {6, 8})}.
     *
     * @param expected the right answer, as long as the vector
     * @return the passed check
     * @throws CheckFailure if the lengths differ or a coordinate is too far off
     */
    public CheckResult closeTo(double... expected) {
        double largest = 0;
        for (double e : expected) {
            largest = Math.max(largest, Math.abs(e));
        }
        return closeTo(expected, NumberCheck.DEFAULT_TOLERANCE * Math.max(1, largest));
    }

    /**
     * Passes when both vectors have the same length and each element is within {@code tolerance}.
     *
     * @param expected the right answer, not null
     * @param tolerance the largest accepted difference per element, at least 0
     * @return the passed check
     * @throws CheckFailure naming the first element that is off, or the lengths
     */
    public CheckResult closeTo(double[] expected, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 but was " + tolerance);
        }
        if (expected.length != actual.length) {
            throw new CheckFailure("Expected " + expected.length + " values " + Arrays.toString(expected)
                    + " but got " + actual.length + ": " + Arrays.toString(actual));
        }
        for (int i = 0; i < actual.length; i++) {
            double difference = Math.abs(actual[i] - expected[i]);
            if (!(difference <= tolerance)) {
                throw new CheckFailure(String.format(Locale.ROOT,
                        "Element %d: expected %s ± %s but got %s; expected %s, got %s",
                        i, expected[i], tolerance, actual[i], Arrays.toString(expected), Arrays.toString(actual)));
            }
        }
        return new CheckResult(Arrays.toString(actual) + " is within " + tolerance + " of " + Arrays.toString(expected));
    }
}
