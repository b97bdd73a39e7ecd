package dev.diffkernel.optim;

/** Where a run's gradient comes from; a run's summary says which. */
public enum GradientKind {
    /** Differentiated from the formula, exact up to rounding. */
    SYMBOLIC("symbolic"),
    /** The lecture's central difference {@code (f(x+h) − f(x−h)) / 2h}, coordinate by coordinate. */
    NUMERICAL("numerical (central difference)"),
    /** A gradient function given by the caller with {@code .gradient(...)}. */
    SUPPLIED("supplied");

    private final String description;

    GradientKind(String description) {
        this.description = description;
    }

    /** A few words for summaries, e.g. {@code numerical (central difference)}. */
    public String description() {
        return description;
    }
}
