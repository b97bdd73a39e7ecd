package dev.diffkernel.calc.expr;

/**
 * A node of a mathematical expression tree: immutable, comparable by value ({@code equals} is
 * structural), and safe to share between threads.
 *
 * <p>Trees come from {@code dev.diffkernel.calc.parse.Parser} or are built directly from the
 * records. {@link Derivatives} differentiates them, {@link Simplifier} tidies them, and
 * {@link ExprFormat} prints them as text or LaTeX.
 */
public sealed interface Expr permits Const, Var, Neg, Add, Sub, Mul, Div, Pow, Call {

    /** Returns a constant node; {@code -0.0} is stored as {@code 0.0}. */
    static Expr num(double value) {
        return new Const(value);
    }

    /** Returns a variable node, never null. */
    static Expr var(String name) {
        return new Var(name);
    }
}
