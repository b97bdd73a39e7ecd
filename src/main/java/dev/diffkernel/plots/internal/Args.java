package dev.diffkernel.plots.internal;

import dev.diffkernel.common.NumberText;

import java.util.Locale;

/** Argument checks with messages that name the argument, the rule and the value. */
public final class Args {
    private Args() {}

    /** Checks that {@code value} is finite; returns it. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + NumberText.of(value));
        }
        return value;
    }

    /** Checks that {@code low < high}, both finite. */
    public static void range(String what, double low, double high) {
        finite(what + " start", low);
        finite(what + " end", high);
        if (!(low < high)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must go from a smaller to a larger number but was %s to %s",
                    what, NumberText.of(low), NumberText.of(high)));
        }
    }

    /** Checks that {@code min <= value <= max}; returns it. */
    public static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be between %d and %d but was %d", name, min,
                    max, value));
        }
        return value;
    }

    /** Checks that a text is not null or blank; returns it. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-empty text but was " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }
}
