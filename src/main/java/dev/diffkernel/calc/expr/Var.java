package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * A variable, such as {@code x}, {@code y} or {@code x0}.
 *
 * @param name the variable's name, never null or blank
 */
public record Var(String name) implements Expr {
    public Var {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("variable name must not be blank");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
