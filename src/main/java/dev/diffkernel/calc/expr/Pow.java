package dev.diffkernel.calc.expr;

import java.util.Objects;

/**
 * The power {@code base ^ exponent}, evaluated with {@link Math#pow} (so {@code x^2} is exactly
 * {@code x * x}). Powers of Euler's number are {@link Call}s of {@link Func#EXP} instead.
 *
 * @param base never null
 * @param exponent never null
 */
public record Pow(Expr base, Expr exponent) implements Expr {
    public Pow {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(exponent, "exponent");
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
