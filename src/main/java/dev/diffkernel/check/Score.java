package dev.diffkernel.check;

import java.util.Objects;

/**
 * The points a passed check earns, from {@link CheckResult#points(double)}. Immutable. As a cell's
 * result its plain text is only the number (e.g. {@code 0.5}), which is what nbgrader reads as
 * the cell's partial score; the notebook shows the check's green line with the points.
 *
 * @param check the passed check, never null
 * @param points the points earned, finite and at least 0
 */
public record Score(CheckResult check, double points) {
    public Score {
        Objects.requireNonNull(check, "check");
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("points must be a finite number >= 0 but was " + points);
        }
    }

    /** The score as nbgrader reads it: the number alone, {@code 1} for whole numbers, else {@code 0.5}. */
    @Override
    public String toString() {
        return points == Math.rint(points) && Math.abs(points) < 1e15
                ? Long.toString((long) points) : Double.toString(points);
    }
}
