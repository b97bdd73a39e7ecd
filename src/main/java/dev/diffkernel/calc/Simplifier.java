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

import java.util.ArrayList;
import java.util.List;

/**
 * Brings an expression into the form the lecture notes write: numbers folded, like terms and
 * equal bases combined, the coefficient first ({@code 6x·e^(3x^2)}), subtraction instead of adding
 * a negative ({@code 1/x - 1/x^2}). It never changes the value where the original is defined.
 */
final class Simplifier {
    private Simplifier() {}

    static Expr simplify(Expr e) {
        Expr previous;
        Expr current = e;
        int rounds = 0;
        do {
            previous = current;
            current = once(current);
        } while (!current.equals(previous) && ++rounds < 8);
        return current;
    }

    private static Expr once(Expr e) {
        if (e instanceof Const || e instanceof Var) {
            return e;
        }
        if (e instanceof Neg n) {
            return negate(once(n.operand()));
        }
        if (e instanceof Add || e instanceof Sub) {
            return sum(e);
        }
        if (e instanceof Mul || e instanceof Div) {
            return product(e);
        }
        if (e instanceof Pow p) {
            return power(once(p.base()), once(p.exponent()));
        }
        if (e instanceof Call c) {
            return call(new Call(c.function(), c.args().stream().map(Simplifier::once).toList()));
        }
        throw new AssertionError(e);
    }

    static boolean isNumber(Expr e) {
        return e instanceof Const c && c.symbol() == null;
    }

    static boolean isNumber(Expr e, double value) {
        return e instanceof Const c && c.symbol() == null && c.value() == value;
    }

    static Expr negate(Expr e) {
        if (e instanceof Const c && c.symbol() == null) {
            return new Const(-c.value());
        }
        if (e instanceof Neg n) {
            return n.operand();
        }
        if (e instanceof Mul m && isNumber(m.left())) {
            return new Mul(new Const(-((Const) m.left()).value()), m.right());
        }
        return new Neg(e);
    }

    // ---- sums -------------------------------------------------------------------------------------

    /** A term of a sum: coefficient times a product (null for a plain number). */
    private record Term(double coefficient, Expr rest) {}

    private static Expr sum(Expr e) {
        List<Term> terms = new ArrayList<>();
        collectTerms(e, 1, terms);
        List<Term> combined = new ArrayList<>();
        double constant = 0;
        int constantPosition = -1; // constants stay where the first one stood: 2 + 3y, 1 - σ(x)
        for (Term term : terms) {
            if (term.rest() == null) {
                constant += term.coefficient();
                if (constantPosition < 0 && term.coefficient() != 0) {
                    constantPosition = combined.size();
                }
                continue;
            }
            boolean merged = false;
            for (int i = 0; i < combined.size(); i++) {
                if (combined.get(i).rest().equals(term.rest())) {
                    combined.set(i, new Term(combined.get(i).coefficient() + term.coefficient(), term.rest()));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                combined.add(term);
            }
        }
        int removedBefore = 0;
        for (int i = 0; i < Math.min(Math.max(constantPosition, 0), combined.size()); i++) {
            if (combined.get(i).coefficient() == 0) {
                removedBefore++;
            }
        }
        combined.removeIf(t -> t.coefficient() == 0);
        if (constant != 0 || combined.isEmpty()) {
            int position = Math.max(0, Math.min(constantPosition - removedBefore, combined.size()));
            combined.add(constantPosition < 0 ? combined.size() : position, new Term(constant, null));
        }
        Expr result = null;
        for (Term term : combined) {
            double magnitude = Math.abs(term.coefficient());
            Expr positive = term.rest() == null ? new Const(magnitude) : scaled(magnitude, term.rest());
            if (result == null) {
                result = term.coefficient() < 0 ? negate(positive) : positive;
            } else {
                result = term.coefficient() < 0 ? new Sub(result, positive) : new Add(result, positive);
            }
        }
        return result;
    }

    private static void collectTerms(Expr e, double sign, List<Term> terms) {
        if (e instanceof Add a) {
            collectTerms(a.left(), sign, terms);
            collectTerms(a.right(), sign, terms);
        } else if (e instanceof Sub s) {
            collectTerms(s.left(), sign, terms);
            collectTerms(s.right(), -sign, terms);
        } else if (e instanceof Neg n) {
            collectTerms(n.operand(), -sign, terms);
        } else {
            Expr simple = once(e);
            if (simple instanceof Add || simple instanceof Sub || simple instanceof Neg) {
                collectTerms(simple, sign, terms);
                return;
            }
            Term term = split(simple);
            terms.add(new Term(sign * term.coefficient(), term.rest()));
        }
    }

    /** Splits {@code 3x}, {@code 3x/y}, {@code 5} into coefficient and the rest. */
    private static Term split(Expr e) {
        if (e instanceof Const c && c.symbol() == null) {
            return new Term(c.value(), null);
        }
        Expr withoutCoefficient = dropLeadingNumber(e);
        if (withoutCoefficient != null) {
            return new Term(((Const) leadingFactor(e)).value(), withoutCoefficient);
        }
        if (e instanceof Div d && dropLeadingNumber(d.left()) != null) {
            return new Term(((Const) leadingFactor(d.left())).value(), new Div(dropLeadingNumber(d.left()), d.right()));
        }
        if (e instanceof Div d && isNumber(d.left()) && !isNumber(d.left(), 1)) {
            return new Term(((Const) d.left()).value(), new Div(new Const(1), d.right()));
        }
        return new Term(1, e);
    }

    /** The leftmost factor of a product chain ((6·x)·y gives 6). */
    private static Expr leadingFactor(Expr e) {
        return e instanceof Mul m ? leadingFactor(m.left()) : e;
    }

    /** The product without its leading number, or null when it does not start with one. */
    private static Expr dropLeadingNumber(Expr e) {
        if (!(e instanceof Mul m)) {
            return null;
        }
        if (isNumber(m.left())) {
            return m.right();
        }
        Expr rest = dropLeadingNumber(m.left());
        return rest == null ? null : new Mul(rest, m.right());
    }

    /** {@code coefficient · rest}, with the coefficient written in front or into a fraction. */
    private static Expr scaled(double coefficient, Expr rest) {
        if (coefficient == 1) {
            return rest;
        }
        if (rest instanceof Div d) {
            Expr numerator = isNumber(d.left(), 1) ? new Const(coefficient) : withCoefficient(coefficient, d.left());
            return new Div(numerator, d.right());
        }
        return withCoefficient(coefficient, rest);
    }

    // ---- products ---------------------------------------------------------------------------------

    /** A factor of a product: base raised to an exponent. */
    private record Factor(Expr base, Expr exponent) {}

    private static Expr product(Expr e) {
        List<Factor> factors = new ArrayList<>();
        double[] coefficient = {1, 1}; // numerator, denominator
        collectFactors(e, false, coefficient, factors);
        if (coefficient[0] == 0) {
            return new Const(0);
        }
        double quotient = coefficient[0] / coefficient[1];
        if (quotient == Math.rint(quotient) || coefficient[1] == 1 || Printer.number(quotient).length() <= 6 && quotient * coefficient[1] == coefficient[0] && Math.abs(coefficient[0]) != 1) {
            coefficient[0] = quotient;
            coefficient[1] = 1;
        }
        List<Factor> combined = new ArrayList<>();
        for (Factor factor : factors) {
            boolean merged = false;
            for (int i = 0; i < combined.size(); i++) {
                Factor existing = combined.get(i);
                if (existing.base().equals(factor.base())) {
                    combined.set(i, new Factor(existing.base(), sum(new Add(existing.exponent(), factor.exponent()))));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                combined.add(factor);
            }
        }
        // Numbers first, then powers of variables, then the rest, as the notes write 6x·e^(3x^2).
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Factor factor : combined) {
                boolean plain = factor.base() instanceof Var;
                if ((pass == 0) != plain || isNumber(factor.exponent(), 0)) {
                    continue;
                }
                if (factor.exponent() instanceof Const c && c.symbol() == null && c.value() < 0) {
                    denominator.add(power(factor.base(), new Const(-c.value())));
                } else {
                    numerator.add(power(factor.base(), factor.exponent()));
                }
            }
        }
        double magnitude = Math.abs(coefficient[0]);
        double below = coefficient[1];
        Expr top = chain(numerator);
        Expr bottom = chain(denominator);
        if (below != 1) {
            bottom = bottom == null ? new Const(below) : withCoefficient(below, bottom);
        }
        Expr scaledTop = top == null ? new Const(magnitude) : withCoefficient(magnitude, top);
        Expr result = bottom == null ? scaledTop : new Div(scaledTop, bottom);
        return coefficient[0] < 0 ? negate(result) : result;
    }

    /** {@code c·a·b} as ((c·a)·b), so that it prints 6x·e^(3x^2). */
    private static Expr withCoefficient(double coefficient, Expr product) {
        if (coefficient == 1) {
            return product;
        }
        if (product instanceof Mul m) {
            return new Mul(withCoefficient(coefficient, m.left()), m.right());
        }
        return new Mul(new Const(coefficient), product);
    }

    private static Expr chain(List<Expr> factors) {
        Expr result = null;
        for (Expr factor : factors) {
            result = result == null ? factor : new Mul(result, factor);
        }
        return result;
    }

    private static void collectFactors(Expr e, boolean inverted, double[] coefficient, List<Factor> factors) {
        if (e instanceof Mul m) {
            collectFactors(m.left(), inverted, coefficient, factors);
            collectFactors(m.right(), inverted, coefficient, factors);
            return;
        }
        if (e instanceof Div d) {
            collectFactors(d.left(), inverted, coefficient, factors);
            collectFactors(d.right(), !inverted, coefficient, factors);
            return;
        }
        Expr simple = once(e);
        if (simple instanceof Mul || simple instanceof Div) {
            collectFactors(simple, inverted, coefficient, factors);
            return;
        }
        if (simple instanceof Neg n) {
            coefficient[0] = -coefficient[0];
            collectFactors(n.operand(), inverted, coefficient, factors);
            return;
        }
        if (simple instanceof Const c && c.symbol() == null) {
            coefficient[inverted ? 1 : 0] *= c.value();
            if (coefficient[1] < 0) {
                coefficient[1] = -coefficient[1];
                coefficient[0] = -coefficient[0];
            }
            return;
        }
        Expr base = simple;
        Expr exponent = new Const(1);
        if (simple instanceof Pow p && isNumber(p.exponent())) {
            base = p.base();
            exponent = p.exponent();
        }
        if (inverted) {
            exponent = negate(exponent);
        }
        factors.add(new Factor(base, exponent));
    }

    // ---- powers and calls -------------------------------------------------------------------------

    static Expr power(Expr base, Expr exponent) {
        if (isNumber(exponent, 1)) {
            return base;
        }
        if (isNumber(exponent, 0) || isNumber(base, 1)) {
            return new Const(1);
        }
        if (isNumber(base) && isNumber(exponent)) {
            double value = Math.pow(((Const) base).value(), ((Const) exponent).value());
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return new Const(value);
            }
        }
        if (base instanceof Pow inner && isNumber(inner.exponent()) && isNumber(exponent)) {
            return power(inner.base(), new Const(((Const) inner.exponent()).value() * ((Const) exponent).value()));
        }
        return new Pow(base, exponent);
    }

    private static Expr call(Call c) {
        boolean constantArguments = c.args().stream().allMatch(a -> a instanceof Const);
        if (constantArguments) {
            double first = ((Const) c.args().get(0)).value();
            double second = c.args().size() > 1 ? ((Const) c.args().get(1)).value() : 0;
            double value = c.function().apply(first, second);
            // ln(e) = 1 and cos(0) = 1 read better folded; ln(2) stays exact as written.
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return new Const(value);
            }
        }
        if (c.function() == MathFunction.EXP) {
            return new Pow(Expressions.E, c.args().get(0));
        }
        return c;
    }
}
