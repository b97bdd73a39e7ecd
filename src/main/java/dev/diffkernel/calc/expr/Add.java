package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * The sum {@code left + right}.
 *
 * @param left never null
 * @param right never null
 */
public record Add(Expr left, Expr right) implements Expr {
    public Add {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
