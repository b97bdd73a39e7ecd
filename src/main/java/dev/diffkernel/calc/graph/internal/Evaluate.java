package dev.diffkernel.calc.graph.internal;

import dev.diffkernel.calc.expr.Add;
import dev.diffkernel.calc.expr.Call;
import dev.diffkernel.calc.expr.Const;
import dev.diffkernel.calc.expr.Div;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.Mul;
import dev.diffkernel.calc.expr.Neg;
import dev.diffkernel.calc.expr.Pow;
import dev.diffkernel.calc.expr.Sub;
import dev.diffkernel.calc.expr.Var;
import java.util.Map;

/** Evaluates a small expression over named values, with the same operations as the compiled functions. */
public final class Evaluate {
    private Evaluate() {}

    /**
     * The value of {@code e} with each variable taken from {@code values}.
     *
     * @throws IllegalArgumentException if a variable has no value
     */
    public static double of(Expr e, Map<String, Double> values) {
        if (e instanceof Const c) {
            return c.value();
        }
        if (e instanceof Var v) {
            Double value = values.get(v.name());
            if (value == null) {
                throw new IllegalArgumentException("no value for " + v.name());
            }
            return value;
        }
        if (e instanceof Neg n) {
            return -of(n.operand(), values);
        }
        if (e instanceof Add a) {
            return of(a.left(), values) + of(a.right(), values);
        }
        if (e instanceof Sub s) {
            return of(s.left(), values) - of(s.right(), values);
        }
        if (e instanceof Mul m) {
            return of(m.left(), values) * of(m.right(), values);
        }
        if (e instanceof Div d) {
            return of(d.left(), values) / of(d.right(), values);
        }
        if (e instanceof Pow p) {
            return Math.pow(of(p.base(), values), of(p.exponent(), values));
        }
        if (e instanceof Call c) {
            double a = of(c.args().get(0), values);
            double b = c.args().size() > 1 ? of(c.args().get(1), values) : 0;
            return c.func().apply(a, b);
        }
        throw new AssertionError(e);
    }
}
