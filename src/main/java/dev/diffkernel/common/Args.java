package dev.diffkernel.common;

import java.util.Locale;

/**
 * The one style of argument and state checks: Guava's, without Guava. A bad argument throws
 * {@link IllegalArgumentException}, a bad state {@link IllegalStateException}, and the message
 * names the argument, the rule and the offending value ("learningRate must be > 0 but was -0.1").
 */
public final class Args {
    private Args() {}

    /**
     * Throws {@link IllegalArgumentException} with the formatted message unless {@code condition}.
     *
     * @param format a {@link String#format} pattern, formatted with {@link Locale#ROOT}
     */
    public static void checkArgument(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
        }
    }

    /**
     * Throws {@link IllegalStateException} with the formatted message unless {@code condition}.
     *
     * @param format a {@link String#format} pattern, formatted with {@link Locale#ROOT}
     */
    public static void checkState(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalStateException(String.format(Locale.ROOT, format, args));
        }
    }

    /** Checks that {@code value} is finite; returns it. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + Numbers.shortest(value));
        }
        return value;
    }

    /** Checks that {@code low < high}, both finite. */
    public static void range(String what, double low, double high) {
        finite(what + " start", low);
        finite(what + " end", high);
        if (!(low < high)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must go from a smaller to a larger number but was %s to %s",
                    what, Numbers.shortest(low), Numbers.shortest(high)));
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
