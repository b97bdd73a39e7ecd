package dev.diffkernel.calc.expr;

import java.util.List;
import java.util.Objects;

/**
 * A call of a built-in function, such as {@code ln(x)} or {@code max(x, 0)}.
 *
 * @param func the function, never null
 * @param args its arguments, as many as {@code func.arity()}; copied, never null
 */
public record Call(Func func, List<Expr> args) implements Expr {
    public Call {
        Objects.requireNonNull(func, "func");
        args = List.copyOf(args);
        if (args.size() != func.arity()) {
            throw new IllegalArgumentException(
                    func.symbol() + " takes " + func.arity() + " argument" + (func.arity() == 1 ? "" : "s")
                            + " but got " + args.size());
        }
    }

    /** Returns a call with the given arguments. */
    public static Call of(Func func, Expr... args) {
        return new Call(func, List.of(args));
    }

    /** Returns the first argument. */
    public Expr arg() {
        return args.get(0);
    }

    @Override
    public String toString() {
        return ExprFormat.text(this);
    }
}
