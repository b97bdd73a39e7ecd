package dev.diffkernel.calc.expr;

/**
 * A numeric constant. Euler's number and pi are constants too ({@link Math#E}, {@link Math#PI})
 * and print as {@code e} and {@code π}. A negative zero is stored as positive zero so that equal
 * constants compare equal.
 *
 * @param value any double, including infinities and NaN
 */
public record Const(double value) implements Expr {
    /** Zero. */
    public static final Const ZERO = new Const(0);
    /** One. */
    public static final Const ONE = new Const(1);

    public Const {
        value = value + 0.0; // -0.0 becomes 0.0
    }

    /** Returns whether this constant is exactly {@code v}. */
    public boolean is(double v) {
        return value == v;
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
