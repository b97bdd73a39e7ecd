package dev.diffkernel.optim;

/**
 * How a run ended. {@link #isHealthy()} says whether the result can be trusted as a descent; the run's
 * {@link Run#reason()} gives the sentence with the numbers.
 */
public enum Outcome {
    /** |∇f| fell to the tolerance. */
    CONVERGED("converged", true),
    /** All steps were taken and f went down. */
    FINISHED("took all steps", true),
    /** All steps were taken but f hardly changed: the learning rate is probably too small. */
    BARELY_MOVED("barely moved", false),
    /**
     * The point jumps back and forth across a valley and |∇f| hardly shrinks: each step overshoots, so the
     * learning rate is too large (a bounce between 3 and -3 on x^2, or a slow zig-zag down a narrow valley).
     */
    OSCILLATED("oscillated", false),
    /** f grew instead of shrinking, or blew up: the learning rate is too large. */
    DIVERGED("diverged", false);

    private final String label;
    private final boolean healthy;

    Outcome(String label, boolean healthy) {
        this.label = label;
        this.healthy = healthy;
    }

    /** A few words, e.g. {@code diverged}. */
    public String label() {
        return label;
    }

    /**
     * The outcome with the number of steps, worded for it: {@code converged after 37 steps},
     * {@code took all 100 steps}, {@code barely moved in 100 steps}, {@code oscillated for 100 steps}, {@code diverged after 12 steps}.
     *
     * @param stepsTaken the steps the run took ({@link Run#stepsTaken()}), at least 0
     */
    public String after(int stepsTaken) {
        String count = stepsTaken + (stepsTaken == 1 ? " step" : " steps");
        return switch (this) {
            case CONVERGED -> "converged after " + count;
            case FINISHED -> stepsTaken == 1 ? "took its only step" : "took all " + count;
            case BARELY_MOVED -> "barely moved in " + count;
            case OSCILLATED -> "oscillated for " + count;
            case DIVERGED -> "diverged after " + count;
        };
    }

    /** True when the run went downhill as intended (converged, or finished its steps with f lower). */
    public boolean isHealthy() {
        return healthy;
    }
}
