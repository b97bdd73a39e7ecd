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

import static dev.diffkernel.calc.Expressions.E;
import static dev.diffkernel.calc.Expressions.ONE;
import static dev.diffkernel.calc.Expressions.ZERO;

/**
 * Symbolic differentiation by the rules of the lectures: constant, power, exponential (e^x and a^x),
 * logarithms, trigonometric functions, sum, product, quotient and chain rule.
 */
final class Derivatives {
    private Derivatives() {}

    /** d expr / d variable, simplified. */
    static Expr of(Expr expr, String variable) {
        return Simplifier.simplify(raw(expr, variable));
    }

    /** The derivative before simplification (what the rules literally produce). */
    static Expr raw(Expr e, String x) {
        if (!e.dependsOn(x)) {
            return ZERO;
        }
        if (e instanceof Var) {
            return ONE; // it depends on x, so it is x
        }
        if (e instanceof Neg n) {
            return new Neg(raw(n.operand(), x));
        }
        if (e instanceof Add a) {
            return new Add(raw(a.left(), x), raw(a.right(), x));
        }
        if (e instanceof Sub s) {
            return new Sub(raw(s.left(), x), raw(s.right(), x));
        }
        if (e instanceof Mul m) {
            if (!m.left().dependsOn(x)) {
                return new Mul(m.left(), raw(m.right(), x)); // constant factor rule
            }
            if (!m.right().dependsOn(x)) {
                return new Mul(raw(m.left(), x), m.right());
            }
            return new Add(new Mul(raw(m.left(), x), m.right()), new Mul(m.left(), raw(m.right(), x))); // product rule
        }
        if (e instanceof Div d) {
            if (!d.right().dependsOn(x)) {
                return new Div(raw(d.left(), x), d.right());
            }
            // quotient rule: (u'v - uv') / v^2
            return new Div(new Sub(new Mul(raw(d.left(), x), d.right()), new Mul(d.left(), raw(d.right(), x))),
                    new Pow(d.right(), new Const(2)));
        }
        if (e instanceof Pow p) {
            Expr u = p.base();
            Expr v = p.exponent();
            if (!v.dependsOn(x)) {
                // power rule with the chain rule: n·u^(n-1)·u'
                return new Mul(new Mul(v, new Pow(u, new Sub(v, ONE))), raw(u, x));
            }
            if (!u.dependsOn(x)) {
                // a^v: a^v·ln(a)·v', and e^v·v' since ln(e) = 1
                Expr chain = raw(v, x);
                return u.equals(E) ? new Mul(p, chain) : new Mul(new Mul(p, ln(u)), chain);
            }
            // u^v in general: u^v·(v'·ln(u) + v·u'/u)
            return new Mul(p, new Add(new Mul(raw(v, x), ln(u)), new Div(new Mul(v, raw(u, x)), u)));
        }
        if (e instanceof Call c) {
            return callDerivative(c, x);
        }
        throw new AssertionError(e);
    }

    private static Expr ln(Expr u) {
        return new Call(MathFunction.LN, List.of(u));
    }

    private static Call call(MathFunction f, Expr u) {
        return new Call(f, List.of(u));
    }

    /** The outer derivative f'(u) times the inner derivative u' (chain rule). */
    private static Expr callDerivative(Call c, String x) {
        Expr u = c.args().get(0);
        Expr du = raw(u, x);
        Expr outer = switch (c.function()) {
            case SIN -> call(MathFunction.COS, u);
            case COS -> new Neg(call(MathFunction.SIN, u));
            case TAN -> new Div(ONE, new Pow(call(MathFunction.COS, u), new Const(2)));
            case ASIN -> new Div(ONE, call(MathFunction.SQRT, new Sub(ONE, new Pow(u, new Const(2)))));
            case ACOS -> new Neg(new Div(ONE, call(MathFunction.SQRT, new Sub(ONE, new Pow(u, new Const(2))))));
            case ATAN -> new Div(ONE, new Add(ONE, new Pow(u, new Const(2))));
            case SINH -> call(MathFunction.COSH, u);
            case COSH -> call(MathFunction.SINH, u);
            case TANH -> new Sub(ONE, new Pow(call(MathFunction.TANH, u), new Const(2)));
            case EXP -> new Pow(E, u);
            case LN, LOG -> new Div(ONE, u);
            case LOG10 -> new Div(ONE, new Mul(u, ln(new Const(10))));
            case LOG2 -> new Div(ONE, new Mul(u, ln(new Const(2))));
            case LOGB -> {
                Expr base = u;
                Expr argument = c.args().get(1);
                if (base.dependsOn(x)) {
                    // log_a(b) = ln b / ln a: differentiate that quotient
                    yield null;
                }
                yield new Div(ONE, new Mul(argument, ln(base)));
            }
            case SQRT -> new Div(ONE, new Mul(new Const(2), call(MathFunction.SQRT, u)));
            case CBRT -> new Div(ONE, new Mul(new Const(3), new Pow(call(MathFunction.CBRT, u), new Const(2))));
            case ABS -> call(MathFunction.SIGN, u);
            case SIGMOID -> new Mul(call(MathFunction.SIGMOID, u), new Sub(ONE, call(MathFunction.SIGMOID, u)));
            case RELU -> call(MathFunction.STEP, u);
            case STEP, SIGN -> ZERO; // flat except at 0, where no derivative exists
            case MAX, MIN -> null;
        };
        if (c.function() == MathFunction.LOGB) {
            if (outer == null) {
                return raw(new Div(ln(c.args().get(1)), ln(c.args().get(0))), x);
            }
            return new Mul(outer, raw(c.args().get(1), x));
        }
        if (c.function() == MathFunction.MAX || c.function() == MathFunction.MIN) {
            // max(a, b)' = step(a - b)·a' + step(b - a)·b'; min swaps the roles
            Expr a = c.args().get(0);
            Expr b = c.args().get(1);
            Expr first = c.function() == MathFunction.MAX ? new Sub(a, b) : new Sub(b, a);
            Expr second = c.function() == MathFunction.MAX ? new Sub(b, a) : new Sub(a, b);
            return new Add(new Mul(call(MathFunction.STEP, first), raw(a, x)), new Mul(call(MathFunction.STEP, second), raw(b, x)));
        }
        return new Mul(outer, du);
    }
}
