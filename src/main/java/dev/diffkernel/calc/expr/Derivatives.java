package dev.diffkernel.calc.expr;

import static dev.diffkernel.calc.expr.Simplifier.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Symbolic differentiation with the rules of the lecture notes: constant, power, e^x, a^x, ln,
 * log_a, trigonometric, sum, product, quotient and chain rule (plus sigmoid, relu, abs, max and
 * min). Results are {@linkplain Simplifier simplified}. {@link #steps} records the derivation line
 * by line, chain-rule substitutions included.
 */
public final class Derivatives {
    private static final List<String> FRESH = List.of("t", "u", "v", "w", "s", "r", "q", "p");

    private final String var;
    private final boolean partial;
    private final List<Step> steps;
    private final Set<String> taken;
    private final Expr root;
    private final String function;

    private Derivatives(String var, boolean partial, List<Step> steps, Expr root, String function) {
        this.var = var;
        this.partial = partial;
        this.steps = steps;
        this.root = root;
        this.function = function;
        this.taken = new HashSet<>(Exprs.variables(root));
        this.taken.add(var);
    }

    /**
     * Returns the simplified derivative of {@code e} with respect to {@code var}.
     *
     * @param e the expression, never null
     * @param var the variable name, never null; other variables are held constant
     * @return the derivative, never null
     */
    public static Expr of(Expr e, String var) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(var, "var");
        return new Derivatives(var, false, null, e, null).d(e, 0);
    }

    /**
     * Returns the derivation of {@code e} with respect to {@code var}, line by line; the last line
     * (depth 0) states the result.
     *
     * @param e the expression, never null
     * @param var the variable, never null
     * @param partial whether to write ∂/∂x (a partial derivative) instead of d/dx
     * @param function the function's name, such as {@code f}, used when the whole expression is a
     *     composition ({@code f = e^t, df/dt = e^t}); null for none
     * @return the steps, never empty
     */
    public static List<Step> steps(Expr e, String var, boolean partial, String function) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(var, "var");
        List<Step> out = new ArrayList<>();
        new Derivatives(var, partial, out, e, function).d(e, 0);
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- the rules

    private Expr d(Expr e, int depth) {
        if (!Exprs.dependsOn(e, var)) {
            Set<String> held = Exprs.variables(e);
            String rule = held.isEmpty() ? "constant rule"
                    : "constant rule: " + String.join(", ", held) + (held.size() == 1 ? " is" : " are") + " held constant";
            line(depth, rule, e, Const.ZERO);
            return Const.ZERO;
        }
        if (e instanceof Var) {
            line(depth, "d/d" + var + " " + var + " = 1", e, Const.ONE);
            return Const.ONE;
        }
        if (isMonomial(e)) {
            Expr result = simplify(monomialDerivative(e));
            line(depth, "power rule: (ax^n)' = anx^(n-1)", e, result);
            return result;
        }
        if (e instanceof Neg n) {
            header(depth, "constant multiple rule", e, new Neg(dOp(n.operand())), texNeg(n.operand()));
            Expr du = d(n.operand(), depth + 1);
            return result(depth, e, new Neg(du));
        }
        if (e instanceof Add || e instanceof Sub) {
            return sum(e, depth);
        }
        if (e instanceof Mul m) {
            return product(m, depth);
        }
        if (e instanceof Div q) {
            return quotient(q, depth);
        }
        if (e instanceof Pow p) {
            return power(p, depth);
        }
        if (e instanceof Call c) {
            return call(c, depth);
        }
        throw new AssertionError(e);
    }

    private Expr sum(Expr e, int depth) {
        List<Expr> terms = new ArrayList<>();
        List<Boolean> negative = new ArrayList<>();
        flattenSum(e, false, terms, negative);
        StringBuilder text = new StringBuilder();
        StringBuilder tex = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0 || negative.get(i)) {
                text.append(negative.get(i) ? (i == 0 ? "-" : " - ") : " + ");
                tex.append(negative.get(i) ? (i == 0 ? "-" : " - ") : " + ");
            }
            text.append(opText(var)).append(' ').append(operandText(terms.get(i)));
            tex.append(opLatex(var)).append(operandLatex(terms.get(i)));
        }
        headerRaw(depth, "sum rule: differentiate term by term", e, text.toString(), tex.toString());
        Expr raw = null;
        for (int i = 0; i < terms.size(); i++) {
            Expr dt = d(terms.get(i), depth + 1);
            if (raw == null) {
                raw = negative.get(i) ? new Neg(dt) : dt;
            } else {
                raw = negative.get(i) ? new Sub(raw, dt) : new Add(raw, dt);
            }
        }
        return result(depth, e, raw);
    }

    private static void flattenSum(Expr e, boolean negate, List<Expr> terms, List<Boolean> negative) {
        if (e instanceof Add a) {
            flattenSum(a.left(), negate, terms, negative);
            flattenSum(a.right(), negate, terms, negative);
        } else if (e instanceof Sub s) {
            flattenSum(s.left(), negate, terms, negative);
            flattenSum(s.right(), !negate, terms, negative);
        } else {
            terms.add(e);
            negative.add(negate);
        }
    }

    private Expr product(Mul m, int depth) {
        Expr u = m.left();
        Expr v = m.right();
        if (!Exprs.dependsOn(u, var)) {
            headerRaw(depth, "constant multiple rule: (c·u)' = c·u'", m,
                    ExprFormat.text(u) + "·" + opText(var) + " " + operandText(v),
                    ExprFormat.latex(u) + " \\cdot " + opLatex(var) + operandLatex(v));
            Expr dv = d(v, depth + 1);
            return result(depth, m, new Mul(u, dv));
        }
        if (!Exprs.dependsOn(v, var)) {
            headerRaw(depth, "constant multiple rule: (u·c)' = u'·c", m,
                    opText(var) + " " + operandText(u) + "·" + operandText(v),
                    opLatex(var) + operandLatex(u) + " \\cdot " + operandLatex(v));
            Expr du = d(u, depth + 1);
            return result(depth, m, new Mul(du, v));
        }
        headerRaw(depth, "product rule: (uv)' = u'v + uv'", m,
                opText(var) + " " + operandText(u) + "·" + operandText(v) + " + " + operandText(u) + "·"
                        + opText(var) + " " + operandText(v),
                opLatex(var) + operandLatex(u) + " \\cdot " + operandLatex(v) + " + " + operandLatex(u) + " \\cdot "
                        + opLatex(var) + operandLatex(v));
        Expr du = d(u, depth + 1);
        Expr dv = d(v, depth + 1);
        return result(depth, m, new Add(new Mul(du, v), new Mul(u, dv)));
    }

    private Expr quotient(Div q, int depth) {
        Expr u = q.left();
        Expr v = q.right();
        if (!Exprs.dependsOn(v, var)) {
            headerRaw(depth, "constant multiple rule: (u/c)' = u'/c", q,
                    opText(var) + " " + operandText(u) + "/" + operandText(v),
                    "\\frac{" + opLatex(var) + operandLatex(u) + "}{" + ExprFormat.latex(v) + "}");
            Expr du = d(u, depth + 1);
            return result(depth, q, new Div(du, v));
        }
        String uT = operandText(u);
        String vT = operandText(v);
        headerRaw(depth, "quotient rule: (u/v)' = (u'v - uv')/v^2", q,
                "(" + opText(var) + " " + uT + "·" + vT + " - " + uT + "·" + opText(var) + " " + vT + ")/" + vT + "^2",
                "\\frac{" + opLatex(var) + operandLatex(u) + " \\cdot " + operandLatex(v) + " - " + operandLatex(u)
                        + " \\cdot " + opLatex(var) + operandLatex(v) + "}{" + operandLatex(v) + "^{2}}");
        Expr du = d(u, depth + 1);
        Expr dv = d(v, depth + 1);
        return result(depth, q, new Div(new Sub(new Mul(du, v), new Mul(u, dv)), new Pow(v, Expr.num(2))));
    }

    private Expr power(Pow p, int depth) {
        Expr base = p.base();
        Expr exponent = p.exponent();
        boolean baseVaries = Exprs.dependsOn(base, var);
        boolean exponentVaries = Exprs.dependsOn(exponent, var);
        if (baseVaries && !exponentVaries) {
            return chain(p, base, t -> new Mul(exponent, new Pow(t, simplify(new Sub(exponent, Const.ONE)))),
                    "power rule: (x^n)' = nx^(n-1)", depth);
        }
        if (!baseVaries) {
            return chain(p, exponent, t -> new Mul(new Pow(base, t), Call.of(Func.LN, base)),
                    "exponential rule: (a^x)' = a^x·ln(a)", depth);
        }
        headerRaw(depth, "general power rule: (u^v)' = u^v·(v'·ln(u) + v·u'/u)", p,
                ExprFormat.text(p) + "·(" + opText(var) + " " + operandText(exponent) + "·ln(" + ExprFormat.text(base)
                        + ") + " + operandText(exponent) + "·" + opText(var) + " " + operandText(base) + "/"
                        + operandText(base) + ")",
                ExprFormat.latex(p) + " \\cdot \\left(" + opLatex(var) + operandLatex(exponent) + " \\cdot \\ln\\left("
                        + ExprFormat.latex(base) + "\\right) + " + operandLatex(exponent) + " \\cdot \\frac{"
                        + opLatex(var) + operandLatex(base) + "}{" + ExprFormat.latex(base) + "}\\right)");
        Expr du = d(base, depth + 1);
        Expr dv = d(exponent, depth + 1);
        return result(depth, p, new Mul(p, new Add(new Mul(dv, Call.of(Func.LN, base)), new Div(new Mul(exponent, du), base))));
    }

    private Expr call(Call c, int depth) {
        Func f = c.func();
        if (f.arity() == 1 || f == Func.LOG && !Exprs.dependsOn(c.args().get(0), var)) {
            Expr inner = f.arity() == 1 ? c.arg() : c.args().get(1);
            return chain(c, inner, t -> outer(c, t), ruleName(f), depth);
        }
        // max, min, or a logarithm whose base varies: sum over the arguments of ∂f/∂a_i · a_i'
        Expr a = c.args().get(0);
        Expr b = c.args().get(1);
        headerRaw(depth, ruleName(f), c, "", "");
        Expr da = d(a, depth + 1);
        Expr db = d(b, depth + 1);
        Expr raw;
        if (f == Func.LOG) {
            // log_a(b) = ln b / ln a
            Expr lnA = Call.of(Func.LN, a);
            Expr lnB = Call.of(Func.LN, b);
            raw = new Div(new Sub(new Mul(new Div(db, b), lnA), new Mul(lnB, new Div(da, a))), new Pow(lnA, Expr.num(2)));
        } else {
            Expr aWins = f == Func.MAX ? Call.of(Func.STEP, new Sub(a, b)) : Call.of(Func.STEP, new Sub(b, a));
            raw = new Add(new Mul(aWins, da), new Mul(new Sub(Const.ONE, aWins), db));
        }
        return result(depth, c, raw);
    }

    /** The derivative of a one-argument call (or a power) with respect to its argument, written with t. */
    private static Expr outer(Call c, Expr t) {
        switch (c.func()) {
            case LN: return new Div(Const.ONE, t);
            case LOG: return new Div(Const.ONE, new Mul(t, Call.of(Func.LN, c.args().get(0))));
            case EXP: return Call.of(Func.EXP, t);
            case SQRT: return new Div(Const.ONE, new Mul(Expr.num(2), Call.of(Func.SQRT, t)));
            case CBRT: return new Div(Const.ONE, new Mul(Expr.num(3), new Pow(Call.of(Func.CBRT, t), Expr.num(2))));
            case ABS: return Call.of(Func.SIGN, t);
            case SIN: return Call.of(Func.COS, t);
            case COS: return new Neg(Call.of(Func.SIN, t));
            case TAN: return new Pow(Call.of(Func.SEC, t), Expr.num(2));
            case SEC: return new Mul(Call.of(Func.SEC, t), Call.of(Func.TAN, t));
            case ASIN: return new Div(Const.ONE, Call.of(Func.SQRT, new Sub(Const.ONE, new Pow(t, Expr.num(2)))));
            case ACOS: return new Neg(new Div(Const.ONE, Call.of(Func.SQRT, new Sub(Const.ONE, new Pow(t, Expr.num(2))))));
            case ATAN: return new Div(Const.ONE, new Add(Const.ONE, new Pow(t, Expr.num(2))));
            case SINH: return Call.of(Func.COSH, t);
            case COSH: return Call.of(Func.SINH, t);
            case TANH: return new Sub(Const.ONE, new Pow(Call.of(Func.TANH, t), Expr.num(2)));
            case SIGMOID: return new Mul(Call.of(Func.SIGMOID, t), new Sub(Const.ONE, Call.of(Func.SIGMOID, t)));
            case RELU: return Call.of(Func.STEP, t);
            case STEP: case SIGN: return Const.ZERO;
            default: throw new AssertionError(c.func());
        }
    }

    private static String ruleName(Func f) {
        switch (f) {
            case EXP: return "exponential rule: (e^x)' = e^x";
            case LN: return "logarithm rule: (ln x)' = 1/x";
            case LOG: return "logarithm rule: (log_a x)' = 1/(x·ln(a))";
            case SQRT: return "power rule: (√x)' = 1/(2√x)";
            case CBRT: return "power rule: (∛x)' = 1/(3(∛x)^2)";
            case ABS: return "absolute value rule: |x|' = sign(x)";
            case SIN: return "trigonometric rule: (sin x)' = cos x";
            case COS: return "trigonometric rule: (cos x)' = -sin x";
            case TAN: return "trigonometric rule: (tan x)' = sec^2 x";
            case SEC: return "trigonometric rule: (sec x)' = sec x·tan x";
            case ASIN: return "inverse trigonometric rule: (asin x)' = 1/√(1 - x^2)";
            case ACOS: return "inverse trigonometric rule: (acos x)' = -1/√(1 - x^2)";
            case ATAN: return "inverse trigonometric rule: (atan x)' = 1/(1 + x^2)";
            case SINH: return "hyperbolic rule: (sinh x)' = cosh x";
            case COSH: return "hyperbolic rule: (cosh x)' = sinh x";
            case TANH: return "hyperbolic rule: (tanh x)' = 1 - tanh^2 x";
            case SIGMOID: return "sigmoid rule: σ'(x) = σ(x)·(1 - σ(x))";
            case RELU: return "relu rule: relu'(x) = step(x)";
            case STEP: return "step rule: step'(x) = 0 (for x ≠ 0)";
            case SIGN: return "sign rule: sign'(x) = 0 (for x ≠ 0)";
            case MAX: return "max rule: the derivative of the larger argument";
            case MIN: return "min rule: the derivative of the smaller argument";
            default: throw new AssertionError(f);
        }
    }

    /**
     * Differentiates {@code whole = outer(inner)}: directly when inner is the variable itself,
     * otherwise by the chain rule with a fresh variable t = inner.
     */
    private Expr chain(Expr whole, Expr inner, java.util.function.UnaryOperator<Expr> outer, String rule, int depth) {
        if (inner instanceof Var v && v.name().equals(var)) {
            Expr result = simplify(outer.apply(inner));
            line(depth, rule, whole, result);
            return result;
        }
        String t = fresh();
        Var tv = new Var(t);
        Expr wholeInT = replace(whole, inner, tv);
        boolean named = whole == root && function != null;
        Expr outerT = simplify(outer.apply(tv));
        if (named) {
            steps(new Step(depth, "chain rule: substitute", t + " = " + ExprFormat.text(inner),
                    ExprFormat.latexName(t) + " = " + ExprFormat.latex(inner)));
            steps(new Step(depth, "outer function: " + rule,
                    function + " = " + ExprFormat.text(wholeInT) + ", " + ratio(function, t) + " = " + ExprFormat.text(outerT),
                    ExprFormat.latexName(function) + " = " + ExprFormat.latex(wholeInT) + ",\\ " + ratioLatex(function, t)
                            + " = " + ExprFormat.latex(outerT)));
        } else {
            headerRaw(depth, "chain rule: let " + t + " = " + ExprFormat.text(inner), whole,
                    opText(t) + " " + operandText(wholeInT) + "·" + opText(var) + " " + operandText(inner),
                    opLatex(t) + operandLatex(wholeInT) + " \\cdot " + opLatex(var) + operandLatex(inner));
            steps(new Step(depth + 1, rule,
                    opText(t) + " " + operandText(wholeInT) + " = " + ExprFormat.text(outerT),
                    opLatex(t) + operandLatex(wholeInT) + " = " + ExprFormat.latex(outerT)));
        }
        int innerDepth = named ? depth : depth + 1;
        int mark = steps == null ? 0 : steps.size();
        Expr dInner = d(inner, innerDepth + (named ? 1 : 0));
        if (steps != null) {
            String text = ratio(t, var) + " = " + ExprFormat.text(dInner);
            String latex = ratioLatex(t, var) + " = " + ExprFormat.latex(dInner);
            if (steps.size() - mark == 1) {
                Step only = steps.remove(mark);
                steps.add(new Step(innerDepth, "inner function: " + only.rule(), text, latex));
            } else {
                steps.add(new Step(innerDepth, "inner function", text, latex));
            }
        }
        Expr product = new Mul(outerT, dInner);
        Expr result = simplify(Exprs.substitute(product, Map.of(t, inner)));
        String rule2 = "chain rule: " + ratio(named ? function : "", var) + " = " + ratio(named ? function : "", t) + " · "
                + ratio(t, var);
        if (named) {
            steps(new Step(depth, rule2,
                    ratio(function, var) + " = " + ExprFormat.text(product) + " = " + ExprFormat.text(result),
                    ratioLatex(function, var) + " = " + ExprFormat.latex(product) + " = " + ExprFormat.latex(result)));
        } else {
            steps(new Step(depth, rule2,
                    opText(var) + " " + operandText(whole) + " = " + ExprFormat.text(product) + " = " + ExprFormat.text(result),
                    opLatex(var) + operandLatex(whole) + " = " + ExprFormat.latex(product) + " = " + ExprFormat.latex(result)));
        }
        taken.remove(t);
        return result;
    }

    /** {@code df/dt}, or {@code ∂f/∂t} for partial derivatives. */
    private String ratio(String num, String den) {
        return partial ? "∂" + num + "/∂" + den : "d" + num + "/d" + den;
    }

    private String ratioLatex(String num, String den) {
        String d = partial ? "\\partial " : "d";
        String n = num.isEmpty() ? "" : ExprFormat.latexName(num);
        return "\\frac{" + d + n + "}{" + d + ExprFormat.latexName(den) + "}";
    }

    private String fresh() {
        for (String name : FRESH) {
            if (!taken.contains(name)) {
                taken.add(name);
                return name;
            }
        }
        for (int i = 1; ; i++) {
            if (!taken.contains("t" + i)) {
                taken.add("t" + i);
                return "t" + i;
            }
        }
    }

    /** Replaces the direct occurrence of {@code inner} in {@code whole} (its argument, base or exponent). */
    private static Expr replace(Expr whole, Expr inner, Expr by) {
        if (whole instanceof Call c) {
            List<Expr> args = new ArrayList<>(c.args());
            args.set(c.args().size() - 1, by);
            return new Call(c.func(), args);
        }
        if (whole instanceof Pow p) {
            return p.base() == inner ? new Pow(by, p.exponent()) : new Pow(p.base(), by);
        }
        throw new AssertionError(whole);
    }

    private boolean isMonomial(Expr e) {
        if (e instanceof Mul m && m.left() instanceof Const) {
            return isVarPower(m.right());
        }
        return isVarPower(e) && !(e instanceof Var);
    }

    private boolean isVarPower(Expr e) {
        if (e instanceof Var v) {
            return v.name().equals(var);
        }
        return e instanceof Pow p && p.base() instanceof Var v && v.name().equals(var) && p.exponent() instanceof Const;
    }

    private Expr monomialDerivative(Expr e) {
        if (e instanceof Mul m) {
            return new Mul(m.left(), monomialDerivative(m.right()));
        }
        if (e instanceof Var) {
            return Const.ONE;
        }
        Pow p = (Pow) e;
        double n = ((Const) p.exponent()).value();
        return new Mul(p.exponent(), new Pow(p.base(), Expr.num(n - 1)));
    }

    // ---------------------------------------------------------------- writing steps

    private void steps(Step step) {
        if (steps != null) {
            steps.add(step);
        }
    }

    private void line(int depth, String rule, Expr e, Expr result) {
        if (steps != null) {
            steps.add(new Step(depth, rule, opText(var) + " " + operandText(e) + " = " + ExprFormat.text(result),
                    opLatex(var) + operandLatex(e) + " = " + ExprFormat.latex(result)));
        }
    }

    private void header(int depth, String rule, Expr e, Expr rhsText, String rhsLatex) {
        if (steps != null) {
            headerRaw(depth, rule, e, ExprFormat.text(rhsText), rhsLatex);
        }
    }

    private void headerRaw(int depth, String rule, Expr e, String rhsText, String rhsLatex) {
        if (steps != null) {
            String lhs = opText(var) + " " + operandText(e);
            String lhsLatex = opLatex(var) + operandLatex(e);
            steps.add(new Step(depth, rule, rhsText.isEmpty() ? lhs : lhs + " = " + rhsText,
                    rhsLatex.isEmpty() ? lhsLatex : lhsLatex + " = " + rhsLatex));
        }
    }

    private Expr result(int depth, Expr e, Expr raw) {
        Expr result = simplify(raw);
        if (steps != null) {
            steps.add(new Step(depth, "", opText(var) + " " + operandText(e) + " = " + ExprFormat.text(result),
                    opLatex(var) + operandLatex(e) + " = " + ExprFormat.latex(result)));
        }
        return result;
    }

    /** A stand-in expression printed as {@code d/dx u}: only used for step text. */
    private Expr dOp(Expr e) {
        return new Var(opText(var) + " " + operandText(e));
    }

    private String texNeg(Expr u) {
        return "-" + opLatex(var) + operandLatex(u);
    }

    private String opText(String v) {
        return partial ? "∂/∂" + v : "d/d" + v;
    }

    private String opLatex(String v) {
        String name = ExprFormat.latexName(v);
        return partial ? "\\frac{\\partial}{\\partial " + name + "}" : "\\frac{d}{d" + name + "}";
    }

    private static boolean needsParens(Expr e) {
        return e instanceof Add || e instanceof Sub || e instanceof Neg || e instanceof Mul || e instanceof Div
                || e instanceof Const c && c.value() < 0;
    }

    private static String operandText(Expr e) {
        return needsParens(e) ? "(" + ExprFormat.text(e) + ")" : ExprFormat.text(e);
    }

    private static String operandLatex(Expr e) {
        return needsParens(e) || e instanceof Pow
                ? "\\left(" + ExprFormat.latex(e) + "\\right)"
                : ExprFormat.latex(e);
    }
}
