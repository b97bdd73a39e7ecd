package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * The quotient (IEEE: division by zero gives an infinity or NaN) {@code left / right}.
 *
 * @param left never null
 * @param right never null
 */
public record Div(Expr left, Expr right) implements Expr {
    public Div {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
