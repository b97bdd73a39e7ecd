package dev.diffkernel.calc;

import dev.diffkernel.calc.Expr.Add;
import dev.diffkernel.calc.Expr.Call;
import dev.diffkernel.calc.Expr.Const;
import dev.diffkernel.calc.Expr.Div;
import dev.diffkernel.calc.Expr.Mul;
import dev.diffkernel.calc.Expr.Pow;
import dev.diffkernel.calc.Expr.Sub;
import dev.diffkernel.calc.Expr.Var;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a derivative is obtained, step by step, as a lecture would write it: which rule applies,
 * and for the chain rule the substitution {@code t = 3x^2}, {@code df/dt = e^t},
 * {@code dt/dx = 6x}, so {@code df/dx = 6x·e^(3x^2)}. Immutable.
 *
 * @param function the function's name
 * @param variable the variable differentiated by
 * @param lines the steps in order, each a rule and an equation
 * @param result the simplified derivative
 */
public record Steps(String function, String variable, List<Line> lines, Expr result) {
    public Steps {
        lines = List.copyOf(lines);
    }

    /** One step: the rule used, and the equation as text and LaTeX. */
    public record Line(String rule, String text, String latex) {}

    static Steps of(String name, Expr expr, String x) {
        List<Line> lines = new ArrayList<>();
        String d = "d" + name + "/d" + x;
        String dLatex = "\\frac{d" + name + "}{d" + x + "}";
        lines.add(new Line("function", name + "(" + x + ") = " + expr.text(), name + "(" + x + ") = " + expr.latex()));
        explain(expr, x, lines, 0);
        Expr result = Derivatives.of(expr, x);
        lines.add(new Line("result", d + " = " + result.text(), dLatex + " = " + result.latex()));
        return new Steps(name, x, lines, result);
    }

    private static String dd(String x) {
        return "d/d" + x;
    }

    private static void explain(Expr e, String x, List<Line> lines, int depth) {
        if (depth > 3 || !e.dependsOn(x)) {
            return;
        }
        Expr derivative = Derivatives.of(e, x);
        if (e instanceof Add || e instanceof Sub) {
            List<Expr> terms = new ArrayList<>();
            terms(e, terms);
            lines.add(line("sum rule: differentiate term by term", e, x, derivative));
            for (Expr term : terms) {
                if (term.dependsOn(x)) {
                    explain(term, x, lines, depth + 1);
                    if (term instanceof Var || term instanceof Mul m && !m.left().dependsOn(x) && m.right() instanceof Var) {
                        lines.add(line("power rule", term, x, Derivatives.of(term, x)));
                    }
                } else {
                    lines.add(line("constant rule", term, x, Expressions.ZERO));
                }
            }
            return;
        }
        if (e instanceof Mul m && !m.left().dependsOn(x)) {
            lines.add(line("constant factor rule: (c·u)' = c·u'", e, x, derivative));
            explain(m.right(), x, lines, depth + 1);
            return;
        }
        if (e instanceof Mul) {
            lines.add(line("product rule: (u·v)' = u'·v + u·v'", e, x, derivative));
            return;
        }
        if (e instanceof Div) {
            lines.add(line("quotient rule: (u/v)' = (u'·v - u·v')/v^2", e, x, derivative));
            return;
        }
        if (e instanceof Pow p && p.base() instanceof Var && !p.exponent().dependsOn(x)) {
            lines.add(line("power rule: (x^n)' = n·x^(n-1)", e, x, derivative));
            return;
        }
        Expr inner = inner(e);
        if (inner != null && !(inner instanceof Var)) {
            chain(e, inner, x, lines);
            return;
        }
        String rule = e instanceof Pow p && p.base().equals(Expressions.E) ? "exponential rule: (e^x)' = e^x"
                : e instanceof Pow ? "exponential rule: (a^x)' = a^x·ln(a)"
                : e instanceof Call c ? c.function().displayName() + " rule" : "rule";
        lines.add(line(rule, e, x, derivative));
    }

    /** The inner function of a composition f(g(x)): the exponent of e^(...) or a call's argument. */
    private static Expr inner(Expr e) {
        if (e instanceof Pow p && !p.base().dependsOnAny() && p.exponent() != null) {
            return p.exponent();
        }
        if (e instanceof Pow p && !(p.exponent().dependsOnAny())) {
            return p.base();
        }
        if (e instanceof Call c && c.args().size() == 1) {
            return c.args().get(0);
        }
        return null;
    }

    /** The chain rule with the substitution t = inner. */
    private static void chain(Expr e, Expr inner, String x, List<Line> lines) {
        Var t = new Var("t");
        Expr outer = substitute(e, inner, t);
        Expr outerDerivative = Derivatives.of(outer, "t");
        Expr innerDerivative = Derivatives.of(inner, x);
        lines.add(new Line("chain rule: substitute", "t = " + inner.text(), "t = " + inner.latex()));
        lines.add(new Line("outer function", "f = " + outer.text() + ", df/dt = " + outerDerivative.text(),
                "f = " + outer.latex() + ",\\quad \\frac{df}{dt} = " + outerDerivative.latex()));
        lines.add(new Line("inner function", "dt/d" + x + " = " + innerDerivative.text(),
                "\\frac{dt}{d" + x + "} = " + innerDerivative.latex()));
        Expr product = Simplifier.simplify(new Mul(substitute(outerDerivative, t, inner), innerDerivative));
        lines.add(new Line("chain rule: df/d" + x + " = df/dt · dt/d" + x,
                "df/d" + x + " = (" + outerDerivative.text() + ")·(" + innerDerivative.text() + ") = " + product.text(),
                "\\frac{df}{d" + x + "} = \\frac{df}{dt} \\cdot \\frac{dt}{d" + x + "} = " + product.latex()));
    }

    private static Expr substitute(Expr e, Expr target, Expr replacement) {
        if (e.equals(target)) {
            return replacement;
        }
        if (e instanceof Expr.Neg n) {
            return new Expr.Neg(substitute(n.operand(), target, replacement));
        }
        if (e instanceof Add a) {
            return new Add(substitute(a.left(), target, replacement), substitute(a.right(), target, replacement));
        }
        if (e instanceof Sub s) {
            return new Sub(substitute(s.left(), target, replacement), substitute(s.right(), target, replacement));
        }
        if (e instanceof Mul m) {
            return new Mul(substitute(m.left(), target, replacement), substitute(m.right(), target, replacement));
        }
        if (e instanceof Div dv) {
            return new Div(substitute(dv.left(), target, replacement), substitute(dv.right(), target, replacement));
        }
        if (e instanceof Pow p) {
            return new Pow(substitute(p.base(), target, replacement), substitute(p.exponent(), target, replacement));
        }
        if (e instanceof Call c) {
            return new Call(c.function(), c.args().stream().map(a -> substitute(a, target, replacement)).toList());
        }
        return e;
    }

    private static void terms(Expr e, List<Expr> terms) {
        if (e instanceof Add a) {
            terms(a.left(), terms);
            terms(a.right(), terms);
        } else if (e instanceof Sub s) {
            terms(s.left(), terms);
            terms(s.right(), terms);
        } else {
            terms.add(e);
        }
    }

    private static Line line(String rule, Expr e, String x, Expr derivative) {
        return new Line(rule, dd(x) + " (" + e.text() + ") = " + derivative.text(),
                "\\frac{d}{d" + x + "}\\left(" + e.latex() + "\\right) = " + derivative.latex());
    }

    /** The steps as numbered lines, each with its rule. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            text.append(i + 1).append(". ").append(line.text()).append("    [").append(line.rule()).append("]\n");
        }
        return text.toString().stripTrailing();
    }

    /** The steps as an aligned LaTeX block. */
    public String toLatex() {
        return "\\begin{aligned}" + lines.stream()
                .map(line -> "& " + line.latex() + " && \\text{" + line.rule().replace("^", "\\^{}").replace("'", "'") + "}")
                .collect(Collectors.joining(" \\\\ ")) + "\\end{aligned}";
    }
}
