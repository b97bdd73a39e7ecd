package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * The additive inverse {@code -operand}.
 *
 * @param operand never null
 */
public record Neg(Expr operand) implements Expr {
    public Neg {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
