package dev.diffkernel.optim;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Numbers;
import java.time.Duration;
import java.util.Locale;

/**
 * A snapshot of a run in progress, shown in place below a cell while a long run works and replaced as it
 * goes on. Immutable.
 *
 * @param label what is being minimised, as the run names it ({@link Run#label()}), never null
 * @param step the steps taken so far
 * @param maxSteps the step limit: the most steps the run may take
 * @param value f at the current point
 * @param gradientNorm |∇f| at the current point
 * @param elapsed wall-clock time so far, never null
 * @param done true for the last snapshot, shown when the run has ended
 */
public record Progress(String label, int step, int maxSteps, double value, double gradientNorm,
                       Duration elapsed, boolean done) {
    /** Checks the components. */
    public Progress {
        requireNonNull(label, "label");
        requireNonNull(elapsed, "elapsed");
    }

    /** The share of the step limit done so far, from 0 to 1. */
    public double fraction() {
        return maxSteps == 0 ? 1 : Math.min(1, (double) step / maxSteps);
    }

    /** E.g. {@code gradient descent on f(x, y): step 1200 of 10000 (12%), f = 0.0123, |∇f| = 0.5, 1.2 s}. */
    @Override
    public String toString() {
        return "gradient descent on " + label + ": " + (done ? "done, " : "") + "step " + step + " of " + maxSteps
                + String.format(Locale.ROOT, " (%.0f%%)", 100 * fraction())
                + ", f = " + Numbers.brief(value) + ", |∇f| = " + Numbers.brief(gradientNorm)
                + String.format(Locale.ROOT, ", %.1f s", elapsed.toNanos() / 1e9);
    }
}
