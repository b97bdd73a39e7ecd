package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * One line of a derivation: what was differentiated, by which rule, and what came out.
 *
 * @param depth nesting level, 0 for the whole expression
 * @param rule the rule applied, such as {@code "chain rule"}; never null, may be empty
 * @param text the line as plain text, such as {@code d/dx 3x^2 = 6x}; never null
 * @param latex the same line as LaTeX; never null
 */
public record Step(int depth, String rule, String text, String latex) {
    public Step {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(latex, "latex");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0 but was " + depth);
        }
    }
}
