package dev.diffkernel.check;

/**
 * A passed check; shows as a green line in the notebook. Immutable.
 *
 * @param description what was checked, e.g. {@code 0.2000000000 is within 1.0e-06 of 0.2}
 */
public record CheckResult(String description) {
    @Override
    public String toString() {
        return "✔ passed: " + description;
    }
}
