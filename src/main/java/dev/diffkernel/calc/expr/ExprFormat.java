package dev.diffkernel.calc.expr;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints expressions as readable text ({@code 0.01x^2 + 0.1x}, {@code 6x·e^(3x^2)}) and as LaTeX
 * ({@code 6x \cdot e^{3x^{2}}}). Text output parses back into an equal function.
 *
 * <p>Multiplication is implicit after a number ({@code 2x}, {@code 4e^x}) and between short
 * variables with different names ({@code 3xy}, {@code x0x1}); elsewhere it is a middle dot
 * {@code ·} ({@code x·x}, {@code x·sin(x)}).
 */
public final class ExprFormat {
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private static final Pattern SHORT_VAR = Pattern.compile("[A-Za-z][0-9_]*");
    private static final Pattern INDEXED_VAR = Pattern.compile("([A-Za-z]+)_?([0-9]+)");
    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "\\alpha"), Map.entry("beta", "\\beta"), Map.entry("gamma", "\\gamma"),
            Map.entry("delta", "\\delta"), Map.entry("epsilon", "\\epsilon"), Map.entry("eta", "\\eta"),
            Map.entry("theta", "\\theta"), Map.entry("lambda", "\\lambda"), Map.entry("mu", "\\mu"),
            Map.entry("sigma", "\\sigma"), Map.entry("tau", "\\tau"), Map.entry("phi", "\\phi"),
            Map.entry("omega", "\\omega"), Map.entry("rho", "\\rho"), Map.entry("xi", "\\xi"),
            Map.entry("nu", "\\nu"), Map.entry("kappa", "\\kappa"), Map.entry("zeta", "\\zeta"),
            Map.entry("psi", "\\psi"), Map.entry("chi", "\\chi"));

    private ExprFormat() {}

    /** Returns the text form, such as {@code 0.01x^2 + 0.1x}; never null. */
    public static String text(Expr e) {
        StringBuilder sb = new StringBuilder();
        text(e, sb);
        return sb.toString();
    }

    /** Returns the LaTeX form, without surrounding dollar signs; never null. */
    public static String latex(Expr e) {
        StringBuilder sb = new StringBuilder();
        latex(e, sb);
        return sb.toString();
    }

    /**
     * Returns the MathML form (the content of a {@code <math>} element), which browsers show
     * without JavaScript: {@code x^2/3} becomes {@code <mfrac><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mfrac>}.
     */
    public static String mathml(Expr e) {
        StringBuilder sb = new StringBuilder();
        mathml(e, sb);
        return sb.toString();
    }

    private static void mathml(Expr e, StringBuilder sb) {
        if (e instanceof Const c) {
            long[] pq = fraction(c.value());
            if (pq != null) {
                sb.append(pq[0] < 0 ? "<mo>-</mo>" : "").append("<mfrac><mn>").append(Math.abs(pq[0]))
                        .append("</mn><mn>").append(pq[1]).append("</mn></mfrac>");
            } else {
                String n = number(c.value());
                sb.append(n.startsWith("-") ? "<mo>-</mo><mn>" + escape(n.substring(1)) : "<mn>" + escape(n)).append("</mn>");
            }
        } else if (e instanceof Var v) {
            sb.append("<mi>").append(escape(v.name())).append("</mi>");
        } else if (e instanceof Neg n) {
            sb.append("<mo>-</mo>");
            mathmlOperand(n.operand(), negOperandContext(n.operand()), false, sb);
        } else if (e instanceof Add a) {
            sb.append("<mrow>");
            mathml(a.left(), sb);
            sb.append("<mo>+</mo>");
            mathmlOperand(a.right(), SUM, true, sb);
            sb.append("</mrow>");
        } else if (e instanceof Sub s) {
            sb.append("<mrow>");
            mathml(s.left(), sb);
            sb.append("<mo>-</mo>");
            mathmlOperand(s.right(), SUM, true, sb);
            sb.append("</mrow>");
        } else if (e instanceof Mul m) {
            sb.append("<mrow>");
            mathmlOperand(m.left(), PRODUCT, false, sb);
            String right = textOf(m.right(), PRODUCT, !(m.right() instanceof Mul));
            sb.append(implicit(m.left(), m.right(), right) ? "<mo>&#x2062;</mo>" : "<mo>&#x22C5;</mo>");
            mathmlOperand(m.right(), PRODUCT, !(m.right() instanceof Mul), sb);
            sb.append("</mrow>");
        } else if (e instanceof Div d) {
            sb.append("<mfrac><mrow>");
            mathml(d.left(), sb);
            sb.append("</mrow><mrow>");
            mathml(d.right(), sb);
            sb.append("</mrow></mfrac>");
        } else if (e instanceof Pow p) {
            sb.append("<msup><mrow>");
            mathmlOperand(p.base(), POWER, true, sb);
            sb.append("</mrow><mrow>");
            mathml(p.exponent(), sb);
            sb.append("</mrow></msup>");
        } else if (e instanceof Call c) {
            switch (c.func()) {
                case EXP -> {
                    sb.append("<msup><mi>e</mi><mrow>");
                    mathml(c.arg(), sb);
                    sb.append("</mrow></msup>");
                }
                case SQRT -> {
                    sb.append("<msqrt>");
                    mathml(c.arg(), sb);
                    sb.append("</msqrt>");
                }
                case CBRT -> {
                    sb.append("<mroot><mrow>");
                    mathml(c.arg(), sb);
                    sb.append("</mrow><mn>3</mn></mroot>");
                }
                case ABS -> {
                    sb.append("<mrow><mo>|</mo>");
                    mathml(c.arg(), sb);
                    sb.append("<mo>|</mo></mrow>");
                }
                default -> {
                    sb.append("<mrow><mi>").append(escape(c.func() == Func.SIGMOID ? "σ" : c.func().symbol()))
                            .append("</mi><mo>&#x2061;</mo><mrow><mo>(</mo>");
                    for (int i = 0; i < c.args().size(); i++) {
                        if (i > 0) {
                            sb.append("<mo>,</mo>");
                        }
                        mathml(c.args().get(i), sb);
                    }
                    sb.append("<mo>)</mo></mrow></mrow>");
                }
            }
        } else {
            throw new AssertionError(e);
        }
    }

    private static void mathmlOperand(Expr e, int context, boolean strict, StringBuilder sb) {
        int p = precedence(e);
        if (e instanceof Div) {
            p = context == POWER ? PRODUCT : ATOM;
        }
        boolean parens = strict ? p <= context : p < context;
        if (context == PRODUCT && e instanceof Neg && !strict) {
            parens = false;
        }
        if (parens) {
            sb.append("<mrow><mo>(</mo>");
            mathml(e, sb);
            sb.append("<mo>)</mo></mrow>");
        } else {
            mathml(e, sb);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Formats a number the way text output does: {@code 0.01}, {@code 2}, {@code 1e-07}, {@code e}, {@code π}. */
    public static String number(double v) {
        if (v == Math.E) {
            return "e";
        }
        if (v == Math.PI) {
            return "π";
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int exp = s.indexOf('E');
        if (exp < 0) {
            return s;
        }
        int power = Integer.parseInt(s.substring(exp + 1));
        if (power >= -6 && power < 15) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        String mantissa = s.substring(0, exp);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + power;
    }

    /**
     * The fraction p/q a double stands for when its decimals never end (q has a prime factor other
     * than 2 and 5, q ≤ 64): {@code 1/3}, {@code -2/3} from 1/3 - 1. Null for integers and for values
     * with a short decimal form such as 0.5 or 0.02, which stay decimals.
     */
    static long[] fraction(double v) {
        if (!Double.isFinite(v) || v == Math.rint(v) || Math.abs(v) > 1000) {
            return null;
        }
        for (long q = 3; q <= 64; q++) {
            long r = q;
            while (r % 2 == 0) {
                r /= 2;
            }
            while (r % 5 == 0) {
                r /= 5;
            }
            if (r == 1) {
                continue;
            }
            long p = Math.round(v * q);
            if (Math.abs(v - (double) p / q) <= 8 * Math.ulp(v) && gcd(Math.abs(p), q) == 1) {
                return new long[] {p, q};
            }
        }
        return null;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Formats a variable name for LaTeX: {@code x0} becomes {@code x_{0}}, {@code theta} {@code \theta}. */
    public static String latexName(String name) {
        String greek = GREEK.get(name);
        if (greek != null) {
            return greek;
        }
        var m = INDEXED_VAR.matcher(name);
        if (m.matches()) {
            return latexName(m.group(1)) + "_{" + m.group(2) + "}";
        }
        if (name.length() == 1) {
            return name;
        }
        return "\\mathrm{" + name.replace("_", "\\_") + "}";
    }

    // ---------------------------------------------------------------- text

    private static int precedence(Expr e) {
        if (e instanceof Add || e instanceof Sub) {
            return SUM;
        }
        if (e instanceof Mul || e instanceof Div) {
            return PRODUCT;
        }
        if (e instanceof Neg) {
            return UNARY;
        }
        if (e instanceof Const c) {
            return fraction(c.value()) == null && (c.value() < 0 || Double.isNaN(c.value())) ? UNARY : ATOM;
        }
        if (e instanceof Pow) {
            return POWER;
        }
        if (e instanceof Call c && c.func() == Func.EXP) {
            return POWER;
        }
        return ATOM;
    }

    private static void text(Expr e, StringBuilder sb) {
        long[] pq = e instanceof Const k ? fraction(k.value()) : null;
        if (pq != null) {
            // exact thirds, sevenths …: (1/3)x^(-2/3), not 0.3333333333333333x^-0.6666666666666667
            sb.append('(').append(pq[0]).append('/').append(pq[1]).append(')');
        } else if (e instanceof Const c) {
            sb.append(number(c.value()));
        } else if (e instanceof Var v) {
            sb.append(v.name());
        } else if (e instanceof Neg n) {
            sb.append('-');
            textOperand(n.operand(), negOperandContext(n.operand()), false, sb);
        } else if (e instanceof Add a) {
            text(a.left(), sb);
            sb.append(" + ");
            textOperand(a.right(), SUM, true, sb);
        } else if (e instanceof Sub s) {
            text(s.left(), sb);
            sb.append(" - ");
            textOperand(s.right(), SUM, true, sb);
        } else if (e instanceof Mul m) {
            textOperand(m.left(), PRODUCT, false, sb);
            String right = textOf(m.right(), PRODUCT, !(m.right() instanceof Mul));
            if (right.startsWith("-")) {
                right = "(" + right + ")"; // e^t·(-1), not e^t·-1
            }
            sb.append(implicit(m.left(), m.right(), right) ? "" : "·").append(right);
        } else if (e instanceof Div d) {
            textOperand(d.left(), PRODUCT, false, sb);
            sb.append('/');
            textOperand(d.right(), PRODUCT, true, sb);
        } else if (e instanceof Pow p) {
            textOperand(p.base(), POWER, true, sb);
            sb.append('^');
            textExponent(p.exponent(), sb);
        } else if (e instanceof Call c) {
            textCall(c, sb);
        } else {
            throw new AssertionError(e);
        }
    }

    /** -(2x) prints as -2x and -(1/x) as -1/x: (-2)·x and (-2x) are the same number. */
    private static int negOperandContext(Expr operand) {
        if (operand instanceof Mul || operand instanceof Div) {
            return PRODUCT;
        }
        return UNARY;
    }

    private static String textOf(Expr e, int context, boolean strict) {
        StringBuilder sb = new StringBuilder();
        textOperand(e, context, strict, sb);
        return sb.toString();
    }

    /** Prints an operand, in parentheses when it binds looser than its context (or equally, if strict). */
    private static void textOperand(Expr e, int context, boolean strict, StringBuilder sb) {
        int p = precedence(e);
        boolean parens = strict ? p <= context : p < context;
        if (context == PRODUCT && e instanceof Neg && !strict) {
            parens = false; // -x·y reads as (-x)·y, which is the same product
        }
        if (parens) {
            sb.append('(');
            text(e, sb);
            sb.append(')');
        } else {
            text(e, sb);
        }
    }

    private static void textExponent(Expr exponent, StringBuilder sb) {
        if (exponent instanceof Var || exponent instanceof Call c && c.func() != Func.EXP
                || exponent instanceof Const k && (k.value() >= 0 || fraction(k.value()) != null)) {
            text(exponent, sb);
        } else {
            sb.append('(');
            text(exponent, sb);
            sb.append(')');
        }
    }

    private static void textCall(Call c, StringBuilder sb) {
        if (c.func() == Func.EXP) {
            sb.append("e^");
            textExponent(c.arg(), sb);
            return;
        }
        if (c.func() == Func.LOG && c.args().get(0) instanceof Const b && b.value() >= 2 && isInteger(b.value())
                && b.value() < 1e15) {
            sb.append("log_").append(number(b.value())).append('(');
            text(c.args().get(1), sb);
            sb.append(')');
            return;
        }
        sb.append(c.func().symbol()).append('(');
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            text(c.args().get(i), sb);
        }
        sb.append(')');
    }

    /** Whether {@code left·right} may print as {@code leftright} and still read (and parse) as a product. */
    private static boolean implicit(Expr left, Expr right, String rightText) {
        if (rightText.isEmpty()) {
            return false;
        }
        char first = rightText.charAt(0);
        if (Character.isDigit(first) || first == '.' || first == '-') {
            return false;
        }
        if (left instanceof Const c) {
            return c.value() != Math.E && c.value() != Math.PI && !Double.isNaN(c.value())
                    && !Double.isInfinite(c.value()) && !(rightText.startsWith("e") && !rightText.startsWith("e^"));
        }
        if (left instanceof Neg n && n.operand() instanceof Const) {
            return implicit(n.operand(), right, rightText);
        }
        // x·x, not xx: the same name twice reads as one longer name (and would not parse back)
        return endsWithShortVariable(left) && isShortVariablePower(right)
                && !lastVariable(left).equals(lastVariable(right));
    }

    /** The name of the variable an implicit product would end with: y in 3xy, x in x^2. */
    private static String lastVariable(Expr e) {
        if (e instanceof Mul m) {
            return lastVariable(m.right());
        }
        if (e instanceof Neg n) {
            return lastVariable(n.operand());
        }
        if (e instanceof Pow p) {
            return lastVariable(p.base());
        }
        return e instanceof Var v ? v.name() : "";
    }

    private static boolean endsWithShortVariable(Expr e) {
        if (e instanceof Mul m) {
            return endsWithShortVariable(m.right()) && (m.left() instanceof Const || endsWithShortVariable(m.left()));
        }
        if (e instanceof Neg n) {
            return endsWithShortVariable(n.operand());
        }
        return isShortVariablePower(e);
    }

    private static boolean isShortVariablePower(Expr e) {
        if (e instanceof Var v) {
            return SHORT_VAR.matcher(v.name()).matches();
        }
        if (e instanceof Pow p && p.base() instanceof Var) {
            return isShortVariablePower(p.base());
        }
        return false;
    }

    // ---------------------------------------------------------------- LaTeX

    private static void latex(Expr e, StringBuilder sb) {
        if (e instanceof Const c) {
            sb.append(latexNumber(c.value()));
        } else if (e instanceof Var v) {
            sb.append(latexName(v.name()));
        } else if (e instanceof Neg n) {
            sb.append('-');
            latexOperand(n.operand(), negOperandContext(n.operand()), false, sb);
        } else if (e instanceof Add a) {
            latex(a.left(), sb);
            sb.append(" + ");
            latexOperand(a.right(), SUM, true, sb);
        } else if (e instanceof Sub s) {
            latex(s.left(), sb);
            sb.append(" - ");
            latexOperand(s.right(), SUM, true, sb);
        } else if (e instanceof Mul m) {
            latexOperand(m.left(), PRODUCT, false, sb);
            String right = textOf(m.right(), PRODUCT, !(m.right() instanceof Mul));
            sb.append(implicit(m.left(), m.right(), right) ? "" : " \\cdot ");
            latexOperand(m.right(), PRODUCT, !(m.right() instanceof Mul), sb);
        } else if (e instanceof Div d) {
            sb.append("\\frac{");
            latex(d.left(), sb);
            sb.append("}{");
            latex(d.right(), sb);
            sb.append('}');
        } else if (e instanceof Pow p) {
            if (p.base() instanceof Call c && c.func() != Func.EXP && c.func() != Func.SQRT && c.func() != Func.CBRT && c.func() != Func.ABS
                    && c.func().arity() == 1) {
                // sec(x)^2 as \sec^{2}\left(x\right)
                sb.append(c.func().latex()).append("^{");
                latex(p.exponent(), sb);
                sb.append("}\\left(");
                latex(c.arg(), sb);
                sb.append("\\right)");
                return;
            }
            latexOperand(p.base(), POWER, true, sb);
            sb.append("^{");
            latex(p.exponent(), sb);
            sb.append('}');
        } else if (e instanceof Call c) {
            latexCall(c, sb);
        } else {
            throw new AssertionError(e);
        }
    }

    private static void latexOperand(Expr e, int context, boolean strict, StringBuilder sb) {
        int p = precedence(e);
        if (e instanceof Div) {
            p = ATOM; // a fraction is visually atomic, except as a base of a power
            if (context == POWER) {
                p = PRODUCT;
            }
        }
        boolean parens = strict ? p <= context : p < context;
        if (context == PRODUCT && e instanceof Neg && !strict) {
            parens = false;
        }
        if (parens) {
            sb.append("\\left(");
            latex(e, sb);
            sb.append("\\right)");
        } else {
            latex(e, sb);
        }
    }

    private static void latexCall(Call c, StringBuilder sb) {
        switch (c.func()) {
            case EXP:
                sb.append("e^{");
                latex(c.arg(), sb);
                sb.append('}');
                return;
            case CBRT:
                sb.append("\\sqrt[3]{");
                latex(c.arg(), sb);
                sb.append('}');
                return;
            case SQRT:
                sb.append("\\sqrt{");
                latex(c.arg(), sb);
                sb.append('}');
                return;
            case ABS:
                sb.append("\\left|");
                latex(c.arg(), sb);
                sb.append("\\right|");
                return;
            case LOG:
                sb.append("\\log_{");
                latex(c.args().get(0), sb);
                sb.append("}\\left(");
                latex(c.args().get(1), sb);
                sb.append("\\right)");
                return;
            default:
                sb.append(c.func().latex()).append("\\left(");
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    latex(c.args().get(i), sb);
                }
                sb.append("\\right)");
        }
    }

    private static boolean isInteger(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v);
    }

    private static String latexNumber(double v) {
        long[] pq = fraction(v);
        if (pq != null) {
            return (pq[0] < 0 ? "-" : "") + "\\frac{" + Math.abs(pq[0]) + "}{" + pq[1] + "}";
        }
        if (v == Math.PI) {
            return "\\pi";
        }
        if (Double.isNaN(v)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        String s = number(v);
        int exp = s.indexOf('e');
        if (exp > 0 && v != Math.E) {
            String mantissa = s.substring(0, exp);
            String power = "10^{" + s.substring(exp + 1) + "}";
            return mantissa.equals("1") ? power : mantissa.equals("-1") ? "-" + power : mantissa + " \\times " + power;
        }
        return s;
    }
}
