package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * The product {@code left * right}.
 *
 * @param left never null
 * @param right never null
 */
public record Mul(Expr left, Expr right) implements Expr {
    public Mul {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
