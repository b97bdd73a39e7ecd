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

    /** True when the run went downhill as intended (converged, or finished its steps with f lower). */
    public boolean isHealthy() {
        return healthy;
    }
}
