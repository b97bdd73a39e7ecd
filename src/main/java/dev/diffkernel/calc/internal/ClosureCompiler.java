package dev.diffkernel.calc.internal;

import dev.diffkernel.calc.expr.Add;
import dev.diffkernel.calc.expr.Call;
import dev.diffkernel.calc.expr.Const;
import dev.diffkernel.calc.expr.Div;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.Func;
import dev.diffkernel.calc.expr.MathFunctions;
import dev.diffkernel.calc.expr.Mul;
import dev.diffkernel.calc.expr.Neg;
import dev.diffkernel.calc.expr.Pow;
import dev.diffkernel.calc.expr.Sub;
import dev.diffkernel.calc.expr.Var;
import java.util.List;

/**
 * Compiles an expression into a tree of closures, one per node, specialised for the common shapes
 * (a number times a variable, a square). Evaluates exactly as the tree is written: the same
 * operations in the same order as the equivalent Java or numpy code, so lecture numbers match to
 * the last bit.
 */
public final class ClosureCompiler {
    private ClosureCompiler() {}

    /**
     * Compiles {@code e}.
     *
     * @param e the expression, never null
     * @param variables variable names by position; every variable of e must be among them
     * @return the evaluator, never null
     * @throws IllegalArgumentException if e uses a variable not in the list
     */
    public static Evaluator compile(Expr e, List<String> variables) {
        if (e instanceof Const c) {
            double k = c.value();
            return v -> k;
        }
        if (e instanceof Var x) {
            int i = index(x, variables);
            switch (i) {
                case 0: return v -> v[0];
                case 1: return v -> v[1];
                default: return v -> v[i];
            }
        }
        if (e instanceof Neg n) {
            Evaluator a = compile(n.operand(), variables);
            return v -> -a.eval(v);
        }
        if (e instanceof Add s) {
            Evaluator a = compile(s.left(), variables);
            Evaluator b = compile(s.right(), variables);
            return v -> a.eval(v) + b.eval(v);
        }
        if (e instanceof Sub s) {
            Evaluator a = compile(s.left(), variables);
            Evaluator b = compile(s.right(), variables);
            return v -> a.eval(v) - b.eval(v);
        }
        if (e instanceof Mul m) {
            if (m.left() instanceof Const c) {
                double k = c.value();
                if (m.right() instanceof Var x) {
                    int i = index(x, variables);
                    return v -> k * v[i];
                }
                Evaluator b = compile(m.right(), variables);
                return v -> k * b.eval(v);
            }
            Evaluator a = compile(m.left(), variables);
            Evaluator b = compile(m.right(), variables);
            return v -> a.eval(v) * b.eval(v);
        }
        if (e instanceof Div d) {
            Evaluator a = compile(d.left(), variables);
            Evaluator b = compile(d.right(), variables);
            return v -> a.eval(v) / b.eval(v);
        }
        if (e instanceof Pow p) {
            if (p.exponent() instanceof Const c && c.value() == 2) {
                if (p.base() instanceof Var x) {
                    int i = index(x, variables);
                    return v -> v[i] * v[i];
                }
                Evaluator a = compile(p.base(), variables);
                return v -> {
                    double t = a.eval(v);
                    return t * t;
                };
            }
            Evaluator a = compile(p.base(), variables);
            if (p.exponent() instanceof Const c) {
                double k = c.value();
                return v -> Math.pow(a.eval(v), k);
            }
            Evaluator b = compile(p.exponent(), variables);
            return v -> Math.pow(a.eval(v), b.eval(v));
        }
        if (e instanceof Call c) {
            Evaluator a = compile(c.args().get(0), variables);
            switch (c.func()) {
                case LN: return v -> Math.log(a.eval(v));
                case EXP: return v -> Math.exp(a.eval(v));
                case SQRT: return v -> Math.sqrt(a.eval(v));
                case ABS: return v -> Math.abs(a.eval(v));
                case SIN: return v -> Math.sin(a.eval(v));
                case COS: return v -> Math.cos(a.eval(v));
                case TAN: return v -> Math.tan(a.eval(v));
                case SIGMOID: return v -> MathFunctions.sigmoid(a.eval(v));
                case RELU: return v -> MathFunctions.relu(a.eval(v));
                case TANH: return v -> Math.tanh(a.eval(v));
                default:
                    Func f = c.func();
                    if (f.arity() == 1) {
                        return v -> f.apply(a.eval(v), 0);
                    }
                    Evaluator b = compile(c.args().get(1), variables);
                    return v -> f.apply(a.eval(v), b.eval(v));
            }
        }
        throw new AssertionError(e);
    }

    private static int index(Var x, List<String> variables) {
        int i = variables.indexOf(x.name());
        if (i < 0) {
            throw new IllegalArgumentException("variable '" + x.name() + "' is not among " + variables);
        }
        return i;
    }
}
