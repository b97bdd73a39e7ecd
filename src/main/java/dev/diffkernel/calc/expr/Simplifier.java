package dev.diffkernel.calc.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Simplifies expressions so that derivatives read like lecture notes: numbers are folded
 * ({@code 3·2x} becomes {@code 6x}), like terms and like factors are collected ({@code x·x} becomes
 * {@code x^2}, {@code x + 1 - x} becomes {@code 1}), zero terms and unit factors disappear, and
 * negative powers are written as fractions ({@code -1/x^2}).
 *
 * <p>Terms keep the order in which they first appear, as the notes do: the derivative of
 * {@code 2x + 3xy + y^3} by x is {@code 2 + 3y}, that of {@code 0.01x^2 + 0.1x} is
 * {@code 0.02x + 0.1}. Within a term the number comes first, then variables, then functions
 * ({@code 6x·e^(3x^2)}). Products of sums are not expanded, so the derivative of {@code (x + 1)^2} is
 * {@code 2(x + 1)}; a number times a sum is distributed only inside a larger sum, where it lets
 * terms cancel ({@code (x + 1) - x} becomes 1).
 *
 * <p>The result equals the input wherever both are defined, up to floating-point rounding of
 * folded numbers; simplification may remove points where the input was undefined ({@code x/x}
 * becomes 1).
 */
public final class Simplifier {
    private Simplifier() {}

    /** Returns a simplified expression equal to {@code e}; never null. */
    public static Expr simplify(Expr e) {
        if (e instanceof Const || e instanceof Var) {
            return e;
        }
        if (e instanceof Neg n) {
            Sum sum = new Sum();
            sum.addSimplified(simplify(n.operand()), -1);
            return sum.build();
        }
        if (e instanceof Add a) {
            Sum sum = new Sum();
            sum.addSimplified(simplify(a.left()), 1);
            sum.addSimplified(simplify(a.right()), 1);
            return sum.build();
        }
        if (e instanceof Sub s) {
            Sum sum = new Sum();
            sum.addSimplified(simplify(s.left()), 1);
            sum.addSimplified(simplify(s.right()), -1);
            return sum.build();
        }
        if (e instanceof Mul m) {
            return decompose(simplify(m.left())).times(decompose(simplify(m.right()))).build();
        }
        if (e instanceof Div d) {
            return decompose(simplify(d.left())).times(decompose(simplify(d.right())).inverse()).build();
        }
        if (e instanceof Pow p) {
            return power(simplify(p.base()), simplify(p.exponent())).build();
        }
        if (e instanceof Call c) {
            List<Expr> args = new ArrayList<>(c.args().size());
            for (Expr arg : c.args()) {
                args.add(simplify(arg));
            }
            return call(c.func(), args);
        }
        throw new AssertionError(e);
    }

    // ---------------------------------------------------------------- calls

    private static Expr call(Func f, List<Expr> args) {
        boolean allConst = args.stream().allMatch(a -> a instanceof Const);
        if (allConst) {
            double a = ((Const) args.get(0)).value();
            double b = args.size() > 1 ? ((Const) args.get(1)).value() : 0;
            double v = f.apply(a, b);
            boolean exactFunction = f == Func.ABS || f == Func.MAX || f == Func.MIN || f == Func.RELU
                    || f == Func.STEP || f == Func.SIGN;
            if (!Double.isNaN(v) && !Double.isInfinite(v) && (exactFunction || isInteger(v) || v == Math.E)) {
                return new Const(v);
            }
        }
        if (f == Func.LN && args.get(0) instanceof Call inner && inner.func() == Func.EXP) {
            return inner.arg();
        }
        if (f == Func.LOG && args.get(0) instanceof Const base && base.is(Math.E)) {
            return call(Func.LN, List.of(args.get(1)));
        }
        return new Call(f, args);
    }

    // ---------------------------------------------------------------- products

    /** Splits an already simplified expression into a number times powers of factors. */
    static Term decompose(Expr s) {
        if (s instanceof Const c) {
            return new Term(c.value());
        }
        if (s instanceof Neg n) {
            return decompose(n.operand()).scale(-1);
        }
        if (s instanceof Mul m) {
            return decompose(m.left()).times(decompose(m.right()));
        }
        if (s instanceof Div d) {
            return decompose(d.left()).times(decompose(d.right()).inverse());
        }
        if (s instanceof Pow p) {
            return power(p.base(), p.exponent());
        }
        return Term.factor(s, Const.ONE);
    }

    /** The term of {@code base ^ exponent}, both already simplified. */
    private static Term power(Expr base, Expr exponent) {
        if (exponent instanceof Const k) {
            double n = k.value();
            if (n == 0) {
                return new Term(1);
            }
            if (n == 1) {
                return decompose(base);
            }
            if (base instanceof Const b) {
                double v = Math.pow(b.value(), n);
                if (b.value() == 1 || b.value() == 0 && n > 0
                        || isInteger(b.value()) && isInteger(n) && Math.abs(n) <= 64 && Double.isFinite(v)
                        && (n > 0 || isInteger(1 / v))) {
                    return new Term(v);
                }
                if (b.value() == Math.E) {
                    return Term.factor(call(Func.EXP, List.of(exponent)), Const.ONE);
                }
                return Term.factor(base, exponent);
            }
            if (base instanceof Call c && c.func() == Func.EXP) {
                return Term.factor(call(Func.EXP, List.of(simplify(new Mul(exponent, c.arg())))), Const.ONE);
            }
            if (isInteger(n)) {
                return decompose(base).pow(n);
            }
            if (base instanceof Pow || base instanceof Mul || base instanceof Div || base instanceof Neg) {
                return Term.factor(base, exponent); // (x^2)^0.5 is |x|, not x: keep as written
            }
            return Term.factor(base, exponent);
        }
        if (base instanceof Const b) {
            if (b.value() == Math.E) {
                return Term.factor(call(Func.EXP, List.of(exponent)), Const.ONE);
            }
            if (b.value() == 1) {
                return new Term(1);
            }
        }
        return Term.factor(base, exponent);
    }

    static boolean isInteger(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v);
    }

    /** A number times a product of powers, as a map from base to exponent in first-seen order. */
    static final class Term {
        double coefficient;
        final LinkedHashMap<Expr, Expr> factors = new LinkedHashMap<>();

        Term(double coefficient) {
            this.coefficient = coefficient;
        }

        static Term factor(Expr base, Expr exponent) {
            Term t = new Term(1);
            t.factors.put(base, exponent);
            return t;
        }

        Term scale(double k) {
            coefficient *= k;
            return this;
        }

        Term times(Term other) {
            coefficient *= other.coefficient;
            for (Map.Entry<Expr, Expr> f : other.factors.entrySet()) {
                Expr old = factors.get(f.getKey());
                if (old == null) {
                    factors.put(f.getKey(), f.getValue());
                } else {
                    Expr sum = addExponents(old, f.getValue());
                    if (sum instanceof Const c && c.value() == 0) {
                        factors.remove(f.getKey());
                    } else {
                        factors.put(f.getKey(), sum);
                    }
                }
            }
            return this;
        }

        Term inverse() {
            coefficient = 1 / coefficient;
            factors.replaceAll((base, exponent) -> negate(exponent));
            return this;
        }

        Term pow(double n) {
            coefficient = Math.pow(coefficient, n);
            factors.replaceAll((base, exponent) -> exponent instanceof Const c
                    ? new Const(c.value() * n)
                    : simplify(new Mul(new Const(n), exponent)));
            return this;
        }

        private static Expr addExponents(Expr a, Expr b) {
            if (a instanceof Const x && b instanceof Const y) {
                return new Const(x.value() + y.value());
            }
            return simplify(new Add(a, b));
        }

        private static Expr negate(Expr e) {
            if (e instanceof Const c) {
                return new Const(-c.value());
            }
            return simplify(new Neg(e));
        }

        /** Builds the canonical expression of this term. */
        Expr build() {
            double c = coefficient;
            List<Map.Entry<Expr, Expr>> numerator = new ArrayList<>();
            List<Map.Entry<Expr, Expr>> denominator = new ArrayList<>();
            for (Map.Entry<Expr, Expr> f : factors.entrySet()) {
                Expr base = f.getKey();
                Expr exponent = f.getValue();
                if (base instanceof Const b && exponent instanceof Const k && isInteger(k.value())
                        && Double.isFinite(Math.pow(b.value(), k.value()))) {
                    c *= Math.pow(b.value(), k.value());
                } else if (base instanceof Call call && call.func() == Func.EXP && exponent instanceof Const k
                        && k.value() != 1) {
                    numerator.add(Map.entry(call(Func.EXP, List.of(simplify(new Mul(k, call.arg())))), Const.ONE));
                } else if (exponent instanceof Const k && k.value() < 0) {
                    denominator.add(Map.entry(base, new Const(-k.value())));
                } else {
                    numerator.add(f);
                }
            }
            if (c == 0 || Double.isNaN(c) || numerator.isEmpty() && denominator.isEmpty()) {
                return new Const(c);
            }
            numerator.sort(FACTOR_ORDER);
            denominator.sort(FACTOR_ORDER);
            boolean negative = c < 0;
            double magnitude = Math.abs(c);
            Expr num = null;
            Expr den = null;
            double reciprocal = 1 / magnitude;
            if (!denominator.isEmpty() && magnitude < 1 && isInteger(reciprocal) && reciprocal < 1e15) {
                den = new Const(reciprocal);
            } else if (magnitude != 1 || numerator.isEmpty()) {
                num = new Const(magnitude);
            }
            for (Map.Entry<Expr, Expr> f : numerator) {
                num = num == null ? powerExpr(f) : new Mul(num, powerExpr(f));
            }
            for (Map.Entry<Expr, Expr> f : denominator) {
                den = den == null ? powerExpr(f) : new Mul(den, powerExpr(f));
            }
            if (num == null) {
                num = Const.ONE;
            }
            Expr result = den == null ? num : new Div(num, den);
            return negative ? new Neg(result) : result;
        }

        private static Expr powerExpr(Map.Entry<Expr, Expr> f) {
            return f.getValue() instanceof Const k && k.value() == 1 ? f.getKey() : new Pow(f.getKey(), f.getValue());
        }
    }

    private static boolean isSum(Expr e) {
        return e instanceof Add || e instanceof Sub || e instanceof Neg;
    }

    /** Variables first (by name), then powers of numbers, functions, e^…, and sums last. */
    private static final Comparator<Map.Entry<Expr, Expr>> FACTOR_ORDER =
            Comparator.<Map.Entry<Expr, Expr>>comparingInt(f -> rank(f.getKey()))
                    .thenComparing(f -> f.getKey() instanceof Var v ? v.name() : "");

    private static int rank(Expr base) {
        if (base instanceof Var) {
            return 0;
        }
        if (base instanceof Const) {
            return 1;
        }
        if (base instanceof Call c) {
            return c.func() == Func.EXP ? 3 : 2;
        }
        if (isSum(base)) {
            return 5;
        }
        return 4;
    }

    // ---------------------------------------------------------------- sums

    /** Like terms collected in first-seen order; the key is a term's factors. */
    static final class Sum {
        private final LinkedHashMap<Map<Expr, Expr>, Term> terms = new LinkedHashMap<>();

        /** Adds {@code scale · s} where s is already simplified. */
        void addSimplified(Expr s, double scale) {
            if (s instanceof Add a) {
                addSimplified(a.left(), scale);
                addSimplified(a.right(), scale);
            } else if (s instanceof Sub d) {
                addSimplified(d.left(), scale);
                addSimplified(d.right(), -scale);
            } else if (s instanceof Neg n) {
                addSimplified(n.operand(), -scale);
            } else {
                add(decompose(s).scale(scale));
            }
        }

        private void add(Term t) {
            if (t.factors.size() == 1) {
                Map.Entry<Expr, Expr> only = t.factors.entrySet().iterator().next();
                if (isSum(only.getKey()) && only.getValue() instanceof Const k && k.value() == 1) {
                    addSimplified(only.getKey(), t.coefficient); // distribute c·(a + b)
                    return;
                }
            }
            Term existing = terms.get(t.factors);
            if (existing == null) {
                terms.put(t.factors, t);
            } else {
                existing.coefficient += t.coefficient;
            }
        }

        Expr build() {
            Expr result = null;
            for (Term t : terms.values()) {
                if (t.coefficient == 0) {
                    continue;
                }
                if (result == null) {
                    result = t.build();
                } else if (t.coefficient < 0) {
                    t.coefficient = -t.coefficient;
                    result = new Sub(result, t.build());
                } else {
                    result = new Add(result, t.build());
                }
            }
            return result == null ? Const.ZERO : result;
        }
    }
}
