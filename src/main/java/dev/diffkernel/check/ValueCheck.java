package dev.diffkernel.check;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.expr.Const;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.Exprs;
import dev.diffkernel.calc.expr.Simplifier;
import dev.diffkernel.calc.expr.Sub;
import dev.diffkernel.calc.expr.Var;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** A check of any value. Immutable. */
public final class ValueCheck {
    private final Object actual;

    ValueCheck(Object actual) {
        this.actual = actual;
    }

    /**
     * Passes when the value equals {@code expected}; a formula (or any object) also passes when its
     * text equals an expected string, so {@code check(g.partial("y")).isEqualTo("∂g/∂y = x + 5")} works.
     * Two functions are compared as mathematics, whatever their names:
     * {@code check(fn("2*x")).isEqualTo(fn("x^2").diff())} passes because 2x - 2x simplifies to 0, or
     * else because they agree at 20 random points.
     *
     * @param expected the right answer; may be null
     * @return the passed check
     * @throws CheckFailure otherwise
     */
    public CheckResult isEqualTo(Object expected) {
        if (actual instanceof Fn f && expected instanceof Fn g) {
            return sameFunction(f, g);
        }
        boolean equal = Objects.equals(actual, expected)
                || expected instanceof String text && actual != null && text.equals(actual.toString());
        if (!equal) {
            throw new CheckFailure("Expected " + expected + " but got " + actual);
        }
        return new CheckResult(actual + " equals " + expected);
    }

    /** Functions are equal when their difference simplifies to 0, or else when they agree at random points. */
    private CheckResult sameFunction(Fn f, Fn g) {
        if (f.arity() != g.arity()) {
            throw new CheckFailure("Expected " + g + " but got " + f + ": " + g.name() + " has " + g.arity()
                    + " variables and " + f.name() + " has " + f.arity());
        }
        if (f.expr().isPresent() && g.expr().isPresent()) {
            // compare by position: fn("2*t") and fn("x^2").diff() are the same function
            Map<String, Expr> rename = new HashMap<>();
            for (int i = 0; i < f.arity(); i++) {
                rename.put(g.variables().get(i), new Var(f.variables().get(i)));
            }
            Expr difference = Simplifier.simplify(new Sub(f.expr().get(), Exprs.substitute(g.expr().get(), rename)));
            if (difference instanceof Const c && c.value() == 0) {
                return new CheckResult(f + " equals " + g);
            }
        }
        Random random = new Random(20);
        int compared = 0;
        for (int k = 0; k < 200 && compared < 20; k++) {
            double[] point = new double[Math.max(0, f.arity())];
            for (int i = 0; i < point.length; i++) {
                point[i] = Math.round((random.nextDouble() * 6 - 3) * 1000) / 1000.0;
            }
            double a = f.at(point);
            double b = g.at(point);
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            compared++;
            if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                throw new CheckFailure(String.format(Locale.ROOT, "Expected %s but got %s: at %s they differ (%s vs %s)",
                        g, f, where(f, point), b, a));
            }
        }
        if (compared == 0) {
            throw new CheckFailure("Expected " + g + " but got " + f + ": neither is finite at any point tried");
        }
        return new CheckResult(f + " equals " + g + " at " + compared + " random points");
    }

    private static String where(Fn f, double[] point) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < point.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(f.variables().isEmpty() ? "x" + i : f.variables().get(i))
                    .append(" = ").append(point[i]);
        }
        return sb.toString();
    }
}
