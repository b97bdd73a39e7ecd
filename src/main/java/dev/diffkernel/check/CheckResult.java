package dev.diffkernel.check;

import dev.diffkernel.display.Display;

import java.util.Objects;

/**
 * A passed check; shows as a green line below the cell. Immutable.
 *
 * <p>It shows as a display, not as the cell's result, so nbgrader gives a graded cell that ends
 * in a passed check its full points (nbgrader reads a cell's numeric result as a partial score).
 * To give partial credit on purpose, end the cell with {@link #points(double)}.
 *
 * @param description what was checked, e.g. {@code 0.2000000000 is within 1.0e-06 of 0.2}; never null
 */
public record CheckResult(String description) implements Display.ShownAsDisplay {
    public CheckResult {
        Objects.requireNonNull(description, "description");
    }

    /**
     * Turns this passed check into a score for nbgrader: a cell that ends in
     * {@code check(x).closeTo(4, 0.5).points(1)} gets 1 point when it passes, however many the cell
     * is worth, and 0 when the check fails. nbgrader refuses a score above the cell's points.
     *
     * <pre>{@code
     * check(answer).closeTo(4, 0.5).points(1)     // a looser check, worth 1 of the cell's 2 points
     * }</pre>
     *
     * @param points the points earned, finite and at least 0
     * @return the score, shown as the cell's result (its text is just the number)
     * @throws IllegalArgumentException if {@code points} is negative, NaN or infinite
     */
    public Score points(double points) {
        return new Score(this, points);
    }

    @Override
    public String toString() {
        return "✔ passed: " + description;
    }
}
