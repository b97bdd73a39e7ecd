package dev.diffkernel.optim.internal;

/** Guava-style argument and state checks with messages that name the offending value. Internal. */
public final class Checks {
    private Checks() {}

    /** Throws {@link IllegalArgumentException} with the formatted message unless {@code condition}. */
    public static void checkArgument(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
        }
    }

    /** Throws {@link IllegalStateException} with the formatted message unless {@code condition}. */
    public static void checkState(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT, format, args));
        }
    }
}
