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

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Prints expressions and numbers the way the lecture notes write them: {@code 0.02x + 0.1}, {@code 6x·e^(3x^2)},
 * {@code 1/x - 1/x^2}, as text (which {@code fn} reads back) and as LaTeX.
 */
public final class Printer {
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private Printer() {}

    private static int level(Expr e) {
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
            return c.value() < 0 && c.symbol() == null ? UNARY : ATOM;
        }
        return e instanceof Pow ? POWER : ATOM;
    }

    /** A step size as the lectures write it: 1e-4, 1e-50, 0.1. */
    public static String step(double value) {
        if (value >= 1e-3) {
            return number(value);
        }
        return Double.toString(value).replace(".0E", "E").replace("E", "e");
    }

    /** A number as people write it: 6 not 6.0, 0.0001 not 1.0E-4, 1e-10 for tiny ones. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String text = Double.toString(value);
        if (text.contains("E")) {
            double magnitude = Math.abs(value);
            return magnitude >= 1e-6 && magnitude < 1e15
                    ? new BigDecimal(text).stripTrailingZeros().toPlainString()
                    : text.replace(".0E", "E").replace("E", "e");
        }
        return text;
    }

    // ---- text -------------------------------------------------------------------------------------

    static String text(Expr e) {
        if (e instanceof Const c) {
            return c.symbol() != null ? c.symbol() : number(c.value());
        }
        if (e instanceof Var v) {
            return v.name();
        }
        if (e instanceof Neg n) {
            return "-" + wrap(n.operand(), SUM);
        }
        if (e instanceof Add a) {
            return text(a.left()) + " + " + text(a.right());
        }
        if (e instanceof Sub s) {
            return text(s.left()) + " - " + wrap(s.right(), SUM);
        }
        if (e instanceof Mul m) {
            String left = wrap(m.left(), SUM);
            String right = wrap(m.right(), SUM);
            return left + (juxtaposes(m.left(), m.right()) ? "" : "·") + right;
        }
        if (e instanceof Div d) {
            return wrap(d.left(), SUM) + "/" + wrap(d.right(), PRODUCT);
        }
        if (e instanceof Pow p) {
            String exponent = level(p.exponent()) == ATOM ? text(p.exponent()) : "(" + text(p.exponent()) + ")";
            return wrap(p.base(), POWER) + "^" + exponent;
        }
        if (e instanceof Call c) {
            if (c.function() == MathFunction.LOGB) {
                return "log_" + text(c.args().get(0)) + "(" + text(c.args().get(1)) + ")";
            }
            return c.function().displayName() + "(" + c.args().stream().map(Printer::text).collect(Collectors.joining(", ")) + ")";
        }
        throw new AssertionError(e);
    }

    /** Parenthesises {@code e} when it binds no tighter than {@code level}. */
    private static String wrap(Expr e, int level) {
        return level(e) <= level ? "(" + text(e) + ")" : text(e);
    }

    /** {@code 6x}, {@code 3x^2}, {@code 2sin(x)}: a number written right before what it multiplies. */
    private static boolean juxtaposes(Expr left, Expr right) {
        if (!(left instanceof Const c) || c.symbol() != null) {
            return false;
        }
        return right instanceof Var || right instanceof Call || right instanceof Add || right instanceof Sub
                || right instanceof Pow p && (p.base() instanceof Var || p.base() instanceof Const k && k.symbol() != null)
                || right instanceof Const k && k.symbol() != null;
    }

    // ---- LaTeX ------------------------------------------------------------------------------------

    static String latex(Expr e) {
        if (e instanceof Const c) {
            if ("π".equals(c.symbol())) {
                return "\\pi";
            }
            if (c.symbol() != null) {
                return c.symbol();
            }
            String text = number(c.value());
            int exponent = text.indexOf('e');
            return exponent < 0 ? text : text.substring(0, exponent) + " \\times 10^{" + text.substring(exponent + 1) + "}";
        }
        if (e instanceof Var v) {
            String name = v.name();
            return name.matches("[A-Za-z]+\\d+") ? name.replaceAll("(\\d+)$", "_{$1}") : name;
        }
        if (e instanceof Neg n) {
            return "-" + latexWrap(n.operand(), SUM);
        }
        if (e instanceof Add a) {
            return latex(a.left()) + " + " + latex(a.right());
        }
        if (e instanceof Sub s) {
            return latex(s.left()) + " - " + latexWrap(s.right(), SUM);
        }
        if (e instanceof Mul m) {
            boolean numbers = m.right() instanceof Const k && k.symbol() == null
                    || m.left() instanceof Mul inner && inner.right() instanceof Const k2 && k2.symbol() == null;
            return latexWrap(m.left(), SUM) + (numbers ? " \\cdot " : " ") + latexWrap(m.right(), SUM);
        }
        if (e instanceof Div d) {
            return "\\frac{" + latex(d.left()) + "}{" + latex(d.right()) + "}";
        }
        if (e instanceof Pow p) {
            return latexWrap(p.base(), POWER) + "^{" + latex(p.exponent()) + "}";
        }
        if (e instanceof Call c) {
            String argument = latex(c.args().get(c.args().size() - 1));
            return switch (c.function()) {
                case SQRT -> "\\sqrt{" + argument + "}";
                case CBRT -> "\\sqrt[3]{" + argument + "}";
                case ABS -> "\\left|" + argument + "\\right|";
                case LOGB -> "\\log_{" + latex(c.args().get(0)) + "}\\left(" + argument + "\\right)";
                case MAX, MIN -> c.function().latexName() + "\\left(" + latex(c.args().get(0)) + ", " + argument + "\\right)";
                default -> c.function().latexName() + "\\left(" + argument + "\\right)";
            };
        }
        throw new AssertionError(e);
    }

    private static String latexWrap(Expr e, int level) {
        return level(e) <= level ? "\\left(" + latex(e) + "\\right)" : latex(e);
    }
}
