package dev.diffkernel.calc.expr;

import dev.diffkernel.calc.internal.ClosureCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rewrites a rational function of one variable as one reduced fraction, numerator expanded:
 * {@code -(2(1 + x^2)^2 - 8x^2·(1 + x^2))/(1 + x^2)^4} becomes {@code (6x^2 - 2)/(x^2 + 1)^3}. Used
 * between the steps of repeated derivatives, which otherwise swell (the 8th derivative of
 * {@code 1/(1 + x^2)} was 440,000 characters and took 13 s). Anything that is not a rational
 * function with small integer powers, or whose rewrite does not evaluate the same, is left alone.
 */
public final class Rational {
    /** Highest degree handled; beyond it floating-point coefficients are no longer trustworthy. */
    private static final int MAX_DEGREE = 40;

    private Rational() {}

    /**
     * The reduced single fraction equal to {@code e}, or {@code e} itself when it is not a rational
     * function of {@code var} alone, when the rewrite is not shorter, or when it does not agree with
     * {@code e} at random points.
     *
     * @param e an expression, never null
     * @param var its only variable, never null
     * @return an expression equal to {@code e}; never null
     */
    public static Expr tidy(Expr e, String var) {
        if (!Exprs.variables(e).stream().allMatch(var::equals)) {
            return e;
        }
        Poly[] q;
        try {
            List<Poly> factors = new ArrayList<>();
            for (Expr base : bases(e)) {
                Poly[] b = new Reader(var, List.of()).of(base);
                if (b != null && b[1].degree() == 0 && b[0].degree() >= 1) {
                    Poly p = b[0].scale(1 / b[0].lead());
                    if (!factors.contains(p)) {
                        factors.add(p);
                    }
                }
            }
            q = new Reader(var, factors).of(e);
        } catch (ArithmeticException notRational) {
            return e;
        }
        if (q == null) {
            return e;
        }
        Expr rewritten = Simplifier.simplify(toExpr(q[0], q[1], e, var));
        if (ExprFormat.text(rewritten).length() >= ExprFormat.text(e).length() || !agree(e, rewritten, var)) {
            return e;
        }
        return rewritten;
    }

    private static boolean agree(Expr a, Expr b, String var) {
        var ea = ClosureCompiler.compile(a, List.of(var));
        var eb = ClosureCompiler.compile(b, List.of(var));
        Random random = new Random(13);
        int compared = 0;
        for (int i = 0; i < 12; i++) {
            double x = random.nextDouble() * 4 - 2;
            double va = ea.eval(new double[] {x});
            double vb = eb.eval(new double[] {x});
            if (!Double.isFinite(va) || !Double.isFinite(vb)) {
                continue;
            }
            if (Math.abs(va - vb) > 1e-9 * Math.max(1, Math.max(Math.abs(va), Math.abs(vb)))) {
                return false;
            }
            compared++;
        }
        return compared >= 6;
    }

    /** Reads an expression as {numerator, denominator}, cancelling the factors it is given. */
    private record Reader(String var, List<Poly> factors) {
    /** {numerator, denominator} of e, reduced; null if e is not a rational function of var. */
    Poly[] of(Expr e) {
        if (e instanceof Const c) {
            return Double.isFinite(c.value()) ? pair(Poly.constant(c.value()), Poly.constant(1)) : null;
        }
        if (e instanceof Var v) {
            return v.name().equals(var) ? pair(Poly.x(), Poly.constant(1)) : null;
        }
        if (e instanceof Neg n) {
            Poly[] a = of(n.operand());
            return a == null ? null : pair(a[0].scale(-1), a[1]);
        }
        if (e instanceof Add || e instanceof Sub || e instanceof Mul || e instanceof Div) {
            Expr l = e instanceof Add a ? a.left() : e instanceof Sub s ? s.left() : e instanceof Mul m ? m.left() : ((Div) e).left();
            Expr r = e instanceof Add a ? a.right() : e instanceof Sub s ? s.right() : e instanceof Mul m ? m.right() : ((Div) e).right();
            Poly[] a = of(l);
            Poly[] b = a == null ? null : of(r);
            if (b == null) {
                return null;
            }
            if (e instanceof Add || e instanceof Sub) {
                Poly bn = e instanceof Sub ? b[0].scale(-1) : b[0];
                if (a[1].equals(b[1])) {
                    return reduce(a[0].plus(bn), a[1]);
                }
                return reduce(a[0].times(b[1]).plus(bn.times(a[1])), a[1].times(b[1]));
            }
            if (e instanceof Mul) {
                return reduce(a[0].times(b[0]), a[1].times(b[1]));
            }
            return reduce(a[0].times(b[1]), a[1].times(b[0]));
        }
        if (e instanceof Pow p && p.exponent() instanceof Const k && k.value() == Math.rint(k.value())
                && Math.abs(k.value()) <= MAX_DEGREE) {
            Poly[] a = of(p.base());
            if (a == null) {
                return null;
            }
            int n = (int) Math.abs(k.value());
            Poly num = Poly.constant(1);
            Poly den = Poly.constant(1);
            for (int i = 0; i < n; i++) {
                num = num.times(a[0]);
                den = den.times(a[1]);
            }
            return k.value() >= 0 ? pair(num, den) : reduce(den, num);
        }
        return null;
    }

    Poly[] pair(Poly num, Poly den) {
        if (num.degree() > MAX_DEGREE || den.degree() > MAX_DEGREE) {
            throw new ArithmeticException("degree");
        }
        return new Poly[] {num, den};
    }

    Poly[] reduce(Poly num, Poly den) {
        if (den.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        // cancel the expression's own bases (1 + x^2, …) by exact division: sturdier than a
        // floating-point Euclid gcd on coefficients in the thousands
        for (Poly p : factors) {
            while (den.degree() >= p.degree() && num.degree() >= p.degree() && !num.isZero()
                    && den.remainder(p).isZero() && num.remainder(p).isZero()) {
                num = num.divide(p);
                den = den.divide(p);
            }
        }
        double lead = den.lead();
        return pair(num.scale(1 / lead), den.scale(1 / lead));
    }
    }

    /** num/den, writing den as a power of a base found in the original expression when it is one. */
    private static Expr toExpr(Poly num, Poly den, Expr original, String var) {
        Expr n = num.toExpr(var);
        if (den.degree() == 0) {
            return den.lead() == 1 ? n : new Div(n, new Const(den.lead()));
        }
        for (Expr base : bases(original)) {
            Poly[] b;
            try {
                b = new Reader(var, List.of()).of(base);
            } catch (ArithmeticException e) {
                continue;
            }
            if (b == null || b[1].degree() != 0 || b[0].degree() < 1) {
                continue;
            }
            Poly p = b[0].scale(1 / b[0].lead());
            Poly rest = den;
            int k = 0;
            while (rest.degree() >= p.degree() && rest.remainder(p).isZero()) {
                rest = rest.divide(p);
                k++;
            }
            if (k > 0 && rest.degree() == 0) {
                Expr power = k == 1 ? p.toExpr(var) : new Pow(p.toExpr(var), new Const(k));
                return new Div(n, rest.lead() == 1 ? power : new Mul(new Const(rest.lead()), power));
            }
        }
        return new Div(n, den.toExpr(var));
    }

    private static List<Expr> bases(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Pow p) {
            out.add(p.base());
            collect(p.base(), out);
        } else if (e instanceof Div d) {
            out.add(d.right());
            collect(d.left(), out);
            collect(d.right(), out);
        } else if (e instanceof Add a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (e instanceof Sub s) {
            collect(s.left(), out);
            collect(s.right(), out);
        } else if (e instanceof Mul m) {
            collect(m.left(), out);
            collect(m.right(), out);
        } else if (e instanceof Neg n) {
            collect(n.operand(), out);
        }
    }

    /** A polynomial with double coefficients, lowest power first; coefficients near 0 are dropped. */
    private record Poly(double[] c) {
        static Poly constant(double v) {
            return new Poly(new double[] {v}).trim();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Poly p && java.util.Arrays.equals(c, p.c);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(c);
        }

        static Poly x() {
            return new Poly(new double[] {0, 1});
        }

        int degree() {
            return c.length - 1;
        }

        boolean isZero() {
            return c.length == 1 && c[0] == 0;
        }

        double lead() {
            return c[c.length - 1];
        }

        double size() {
            double max = 0;
            for (double v : c) {
                max = Math.max(max, Math.abs(v));
            }
            return max;
        }

        Poly trim() {
            double tolerance = 1e-12 * size();
            int n = c.length;
            while (n > 1 && Math.abs(c[n - 1]) <= tolerance) {
                n--;
            }
            double[] out = java.util.Arrays.copyOf(c, n);
            for (int i = 0; i < n; i++) {
                if (Math.abs(out[i]) <= tolerance) {
                    out[i] = 0;
                }
                // integers and simple fractions come back exact: 5.999999999999999 is 6
                double r = Math.rint(out[i]);
                if (r != out[i] && Math.abs(out[i] - r) <= 1e-12 * Math.max(1, Math.abs(r))) {
                    out[i] = r;
                }
            }
            return new Poly(out);
        }

        Poly plus(Poly o) {
            double[] out = new double[Math.max(c.length, o.c.length)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (i < c.length ? c[i] : 0) + (i < o.c.length ? o.c[i] : 0);
            }
            return new Poly(out).trim();
        }

        Poly scale(double k) {
            double[] out = c.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] *= k;
            }
            return new Poly(out).trim();
        }

        Poly times(Poly o) {
            double[] out = new double[c.length + o.c.length - 1];
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < o.c.length; j++) {
                    out[i + j] += c[i] * o.c[j];
                }
            }
            return new Poly(out).trim();
        }

        /** {quotient, remainder} of the division by o. */
        Poly[] divmod(Poly o) {
            double[] r = c.clone();
            int dq = degree() - o.degree();
            if (dq < 0) {
                return new Poly[] {constant(0), this};
            }
            double[] q = new double[dq + 1];
            for (int i = dq; i >= 0; i--) {
                double k = r[i + o.degree()] / o.lead();
                q[i] = k;
                for (int j = 0; j <= o.degree(); j++) {
                    r[i + j] -= k * o.c[j];
                }
                r[i + o.degree()] = 0;
            }
            double[] rem = java.util.Arrays.copyOf(r, Math.max(1, o.degree()));
            Poly remainder = new Poly(rem);
            // relative to the dividend, what is left is rounding
            if (remainder.size() <= 1e-9 * Math.max(1, size())) {
                remainder = constant(0);
            }
            return new Poly[] {new Poly(q).trim(), remainder.trim()};
        }

        Poly divide(Poly o) {
            return divmod(o)[0];
        }

        Poly remainder(Poly o) {
            return divmod(o)[1];
        }

        static Poly gcd(Poly a, Poly b) {
            if (a.isZero()) {
                return b.scale(1 / b.lead());
            }
            while (!b.isZero()) {
                Poly r = a.remainder(b);
                a = b;
                b = r;
            }
            return a.scale(1 / a.lead());
        }

        Expr toExpr(String var) {
            Expr sum = null;
            for (int i = c.length - 1; i >= 0; i--) {
                if (c[i] == 0 && !(i == 0 && sum == null)) {
                    continue;
                }
                Expr power = i == 0 ? null : i == 1 ? new Var(var) : new Pow(new Var(var), new Const(i));
                double k = Math.abs(c[i]);
                Expr term = power == null ? new Const(k) : k == 1 ? power : new Mul(new Const(k), power);
                if (sum == null) {
                    sum = c[i] < 0 ? new Neg(term) : term;
                } else {
                    sum = c[i] < 0 ? new Sub(sum, term) : new Add(sum, term);
                }
            }
            return sum;
        }
    }
}
