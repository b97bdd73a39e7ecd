package dev.diffkernel.check;

import java.util.Objects;

/**
 * Answer checks for assignment notebooks: a cell states what the student's answer should be, and
 * either shows a green "passed" line or fails with a message saying what was expected, so that a
 * grader (nbgrader runs every cell) sees a failed cell.
 *
 * <pre>{@code
 * check(slope).closeTo(0.2, 1e-6);
 * check(gradient).closeTo(new double[] {6, 8}, 1e-4);
 * check(answer).isEqualTo("x + 5");
 * }</pre>
 */
public final class Checks {
    private Checks() {}

    /**
     * Starts a check of a number, e.g. {@code check(derivative(f, 5).value()).closeTo(0.2)}.
     *
     * @param actual the student's value
     * @return the check, never null
     */
    public static NumberCheck check(double actual) {
        return new NumberCheck(actual);
    }

    /**
     * Starts a check of a vector, e.g. a gradient:
     * {@code check(gradient(g, 1, 2).values()).closeTo(new double[] {8, 15}, 1e-4)}.
     *
     * @param actual the student's values, not null
     * @return the check, never null
     */
    public static VectorCheck check(double[] actual) {
        return new VectorCheck(Objects.requireNonNull(actual, "actual").clone());
    }

    /**
     * Starts a check of any value, compared with {@code equals} (or by its text, for formulas; two
     * functions as mathematics), e.g. {@code check(fn("2*x")).isEqualTo(fn("x^2").diff())}.
     *
     * @param actual the student's value; may be null
     * @return the check, never null
     */
    public static ValueCheck check(Object actual) {
        return new ValueCheck(actual);
    }

    /**
     * Checks a condition, e.g. {@code check(run.endValue() < 1e-6, "the descent reached the minimum")}.
     *
     * @param condition what must hold
     * @param description what the condition means, shown either way
     * @return the passed check
     * @throws CheckFailure if the condition is false
     */
    public static CheckResult check(boolean condition, String description) {
        if (!condition) {
            throw new CheckFailure("Not true: " + description);
        }
        return new CheckResult(description);
    }
}
