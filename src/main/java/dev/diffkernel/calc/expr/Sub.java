package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * The difference {@code left - right}.
 *
 * @param left never null
 * @param right never null
 */
public record Sub(Expr left, Expr right) implements Expr {
    public Sub {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
