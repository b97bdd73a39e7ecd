package dev.diffkernel.check;

import java.util.Locale;

/** A check of one number. Immutable. */
public final class NumberCheck {
    private final double actual;

    NumberCheck(double actual) {
        this.actual = actual;
    }

    /**
     * Passes when the number is within 1e-6 of {@code expected} (relative, for numbers above 1):
     * {@code check(derivative(f, 5).value()).closeTo(0.2)}, as a numerical derivative is close, not exact.
     *
     * @param expected the right answer
     * @return the passed check
     * @throws CheckFailure if the number is NaN, infinite or too far off
     */
    public CheckResult closeTo(double expected) {
        return closeTo(expected, DEFAULT_TOLERANCE * Math.max(1, Math.abs(expected)));
    }

    /** The tolerance of {@link #closeTo(double)}: 1e-6, times |expected| when that is above 1. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /**
     * Passes when the number is within {@code tolerance} of {@code expected}.
     *
     * @param expected the right answer
     * @param tolerance the largest accepted difference, at least 0
     * @return the passed check
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     * @throws CheckFailure if the number is NaN, infinite or too far off
     */
    public CheckResult closeTo(double expected, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 but was " + tolerance);
        }
        double difference = Math.abs(actual - expected);
        if (!(difference <= tolerance)) {
            throw new CheckFailure(String.format(Locale.ROOT, "Expected %s ± %s but got %s (off by %s)",
                    expected, tolerance, actual, Double.isNaN(difference) ? "NaN" : difference));
        }
        return new CheckResult(String.format(Locale.ROOT, "%s is within %s of %s", actual, tolerance, expected));
    }

    /**
     * Passes when the number equals {@code expected} exactly (use for counts and exact lecture values).
     *
     * @throws CheckFailure otherwise
     */
    public CheckResult isEqualTo(double expected) {
        if (Double.compare(actual, expected) != 0) {
            throw new CheckFailure("Expected exactly " + expected + " but got " + actual);
        }
        return new CheckResult(actual + " equals " + expected);
    }
}
