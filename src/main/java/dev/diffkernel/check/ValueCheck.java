package dev.diffkernel.check;

import java.util.Objects;

/** A check of any value. Immutable. */
public final class ValueCheck {
    private final Object actual;

    ValueCheck(Object actual) {
        this.actual = actual;
    }

    /**
     * Passes when the value equals {@code expected}; a formula (or any object) also passes when its
     * text equals an expected string, so {@code check(g.partial("y")).isEqualTo("∂g/∂y = x + 5")} works.
     *
     * @throws CheckFailure otherwise
     */
    public CheckResult isEqualTo(Object expected) {
        boolean equal = Objects.equals(actual, expected)
                || expected instanceof String text && actual != null && text.equals(actual.toString());
        if (!equal) {
            throw new CheckFailure("Expected " + expected + " but got " + actual);
        }
        return new CheckResult(actual + " equals " + expected);
    }
}
