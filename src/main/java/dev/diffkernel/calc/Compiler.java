package dev.diffkernel.calc;

import dev.diffkernel.calc.Expr.Add;
import dev.diffkernel.calc.Expr.Call;
import dev.diffkernel.calc.Expr.Const;
import dev.diffkernel.calc.Expr.Div;
import dev.diffkernel.calc.Expr.Mul;
import dev.diffkernel.calc.Expr.Neg;
import dev.diffkernel.calc.Expr.Pow;
import dev.diffkernel.calc.Expr.Sub;
import dev.diffkernel.calc.Expr.Var;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Turns an expression into a tree of closures, one per node, so that evaluating it is a chain of
 * direct calls (no token stack, no map lookups) and stays within a small factor of a handwritten
 * lambda. Arithmetic matches the lectures' Python: {@code x^2} is {@code x*x}, other powers
 * {@code Math.pow}, division by zero follows IEEE.
 */
final class Compiler {
    private Compiler() {}

    /** A compiled expression; reads its variables from the array in the given order. Thread-safe. */
    interface Compiled extends ToDoubleFunction<double[]> {}

    static Compiled compile(Expr e, List<String> variables) {
        if (e instanceof Const c) {
            double value = c.value();
            return v -> value;
        }
        if (e instanceof Var var) {
            int index = variables.indexOf(var.name());
            if (index < 0) {
                throw new IllegalArgumentException("Unknown variable '" + var.name() + "'; the function has " + variables);
            }
            return v -> v[index];
        }
        if (e instanceof Neg n) {
            Compiled a = compile(n.operand(), variables);
            return v -> -a.applyAsDouble(v);
        }
        if (e instanceof Add s) {
            Compiled a = compile(s.left(), variables);
            Compiled b = compile(s.right(), variables);
            return v -> a.applyAsDouble(v) + b.applyAsDouble(v);
        }
        if (e instanceof Sub s) {
            Compiled a = compile(s.left(), variables);
            Compiled b = compile(s.right(), variables);
            return v -> a.applyAsDouble(v) - b.applyAsDouble(v);
        }
        if (e instanceof Mul m) {
            Compiled a = compile(m.left(), variables);
            Compiled b = compile(m.right(), variables);
            return v -> a.applyAsDouble(v) * b.applyAsDouble(v);
        }
        if (e instanceof Div d) {
            Compiled a = compile(d.left(), variables);
            Compiled b = compile(d.right(), variables);
            return v -> a.applyAsDouble(v) / b.applyAsDouble(v);
        }
        if (e instanceof Pow p) {
            Compiled base = compile(p.base(), variables);
            if (p.exponent() instanceof Const c && c.value() == 2) {
                return v -> {
                    double x = base.applyAsDouble(v);
                    return x * x;
                };
            }
            if (p.base() instanceof Const c && "e".equals(c.symbol())) {
                Compiled exponent = compile(p.exponent(), variables);
                return v -> Math.exp(exponent.applyAsDouble(v));
            }
            Compiled exponent = compile(p.exponent(), variables);
            return v -> Math.pow(base.applyAsDouble(v), exponent.applyAsDouble(v));
        }
        if (e instanceof Call c) {
            MathFunction f = c.function();
            Compiled a = compile(c.args().get(0), variables);
            if (c.args().size() == 1) {
                return v -> f.apply(a.applyAsDouble(v), 0);
            }
            Compiled b = compile(c.args().get(1), variables);
            return v -> f.apply(a.applyAsDouble(v), b.applyAsDouble(v));
        }
        throw new AssertionError(e);
    }
}
