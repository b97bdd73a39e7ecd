package dev.diffkernel.calc;

import dev.diffkernel.common.Numbers;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A numerical derivative f'(x) as the lectures compute it: central difference
 * {@code (f(x+h) - f(x-h)) / (2h)} with h = 1e-4 by default, or forward/backward difference, or
 * Richardson extrapolation for when 9 digits are not enough. Immutable: each method returns a new
 * value. Shows the exact derivative and the error beside it where f has a formula.
 *
 * <pre>{@code
 * derivative(f, 5)                 // 0.1999999999990898
 * derivative(f, 5).forward()       // forward difference
 * derivative(f, 5).h(1e-5).value() // as a double
 * }</pre>
 */
public final class NumericalDerivative {
    /** The step the lectures use. */
    public static final double DEFAULT_H = Numerical.H;

    /** How the derivative is estimated. */
    public enum Scheme {
        FORWARD("forward difference (f(x+h) - f(x))/h, error O(h)"),
        BACKWARD("backward difference (f(x) - f(x-h))/h, error O(h)"),
        CENTRAL("central difference (f(x+h) - f(x-h))/(2h), error O(h^2)"),
        RICHARDSON("Richardson extrapolation of central differences");

        private final String description;

        Scheme(String description) {
            this.description = description;
        }

        /** What the scheme computes, with its order of error. */
        public String description() {
            return description;
        }
    }

    private final Fn f;
    private final double x;
    private final Scheme scheme;
    private final double h;
    private final double value;
    private final double errorEstimate;

    NumericalDerivative(Fn f, double x, Scheme scheme, double h) {
        Objects.requireNonNull(f, "f");
        if (f.arity() < 0) {
            f = f.withDimensions(1);
        }
        if (f.arity() != 1) {
            throw new IllegalArgumentException(f.name() + " has " + f.arity() + " variables; use gradient("
                    + f.name() + ", point...) for functions of several variables");
        }
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be > 0 but was " + h);
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("x must be a finite number but was " + x);
        }
        this.f = f;
        this.x = x;
        this.scheme = scheme;
        this.h = h;
        if (scheme == Scheme.RICHARDSON) {
            double[] estimate = richardson(f, x);
            this.value = estimate[0];
            this.errorEstimate = estimate[1];
        } else {
            this.value = estimate(f, x, scheme, h);
            this.errorEstimate = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(f.name() + "'(" + Numbers.written(x) + ") cannot be estimated: " + f.name()
                    + " is not defined (or not finite) near x = " + Numbers.written(x) + " (" + f.name() + "(x - h) = "
                    + f.at(x - h) + ", " + f.name() + "(x + h) = " + f.at(x + h) + ")");
        }
    }

    static double central(Fn f, double x, double h) {
        return Numerical.central(f::at, x, h);
    }

    private static double estimate(Fn f, double x, Scheme scheme, double h) {
        return switch (scheme) {
            case FORWARD -> Numerical.forward(f::at, x, h);
            case BACKWARD -> Numerical.backward(f::at, x, h);
            case CENTRAL, RICHARDSON -> central(f, x, h);
        };
    }

    /**
     * Richardson extrapolation of central differences (Ridders' method) from h0 = 0.1·max(1, |x|),
     * shrinking the step by 1.4 per round; returns {value, error estimate}.
     */
    private static double[] richardson(Fn f, double x) {
        Numerical.Extrapolated r = Numerical.richardson(f.asUnary(), x, 0.1 * Math.max(1, Math.abs(x)));
        return new double[] {r.value(), r.errorEstimate()};
    }

    /** Forward difference with the same h. */
    public NumericalDerivative forward() {
        return new NumericalDerivative(f, x, Scheme.FORWARD, h);
    }

    /** Backward difference with the same h. */
    public NumericalDerivative backward() {
        return new NumericalDerivative(f, x, Scheme.BACKWARD, h);
    }

    /** Central difference with the same h (the default). */
    public NumericalDerivative central() {
        return new NumericalDerivative(f, x, Scheme.CENTRAL, h);
    }

    /** High accuracy: Richardson extrapolation, with an error estimate ({@link #errorEstimate()}). */
    public NumericalDerivative richardson() {
        return new NumericalDerivative(f, x, Scheme.RICHARDSON, h);
    }

    /**
     * The same scheme with another step.
     *
     * @param step the step h, > 0 (the lectures show 1e-50 going wrong: try it)
     * @throws IllegalArgumentException if step is not > 0
     */
    public NumericalDerivative h(double step) {
        return new NumericalDerivative(f, x, scheme, step);
    }

    /** The estimate. */
    public double value() {
        return value;
    }

    /** Where the derivative is taken. */
    public double x() {
        return x;
    }

    /** The step (not used by Richardson, which chooses its own). */
    public double step() {
        return h;
    }

    /** The scheme. */
    public Scheme scheme() {
        return scheme;
    }

    /** The function. */
    public Fn function() {
        return f;
    }

    /** The exact derivative f'(x) when f has a formula, else empty. */
    public OptionalDouble exact() {
        return f.isSymbolic() ? OptionalDouble.of(f.diff().at(x)) : OptionalDouble.empty();
    }

    /**
     * How far the numerical value is from the exact derivative, {@code value − exact}, e.g. -9.1e-13 for
     * {@code derivative(fn("0.01x^2 + 0.1x"), 5)}.
     *
     * @return the error when f has a formula ({@link #exact()} is present), else empty; never null
     */
    public OptionalDouble error() {
        OptionalDouble exact = exact();
        return exact.isPresent() ? OptionalDouble.of(value - exact.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * Richardson extrapolation's own estimate of its error, which needs no formula.
     *
     * @return the estimate for {@code .richardson()}, else empty; never null
     */
    public OptionalDouble errorEstimate() {
        return scheme == Scheme.RICHARDSON ? OptionalDouble.of(errorEstimate) : OptionalDouble.empty();
    }

    /** E.g. {@code 0.1999999999990898  (central difference, h = 1e-4; exact 0.2, error -9.1e-13)}. */
    @Override
    public String toString() {
        String how = scheme == Scheme.RICHARDSON
                ? "Richardson extrapolation, estimated error " + String.format(Locale.ROOT, "%.1e", errorEstimate)
                : scheme.name().toLowerCase(Locale.ROOT) + " difference, h = " + Numbers.step(h);
        boolean kink = isKink();
        String pole = poleNote();
        OptionalDouble exact = exact();
        // at a kink or a pole f'(x) does not exist, whatever the formula's derivative evaluates to there
        String comparison = exact.isPresent() && !kink && pole.isEmpty()
                ? "; exact " + exact.getAsDouble() + ", error " + String.format(Locale.ROOT, "%.1e", value - exact.getAsDouble()) : "";
        return value + "  (" + how + comparison + ")" + (kink ? kinkNote() : "") + pole;
    }

    /** Where f(x) itself is not finite (1/x at 0) the quotient only measures the step. */
    private String poleNote() {
        double at = f.at(x);
        if (Double.isFinite(at)) {
            return "";
        }
        String name = f.name();
        return "\n" + name + "(" + Numbers.written(x) + ") = " + at + ": " + name + " is not defined at x = "
                + Numbers.written(x) + " (a pole or a gap), so " + name + "'(" + Numbers.written(x)
                + ") does not exist; this number only reflects the step h";
    }

    /**
     * Whether f has a kink at x: the forward and backward differences disagree, and keep disagreeing
     * when h shrinks tenfold (for a smooth f their gap is about h·f''(x) and shrinks with h).
     */
    public boolean isKink() {
        double gap = gap(h);
        double scale = Math.max(1, Math.max(Math.abs(estimate(f, x, Scheme.FORWARD, h)),
                Math.abs(estimate(f, x, Scheme.BACKWARD, h))));
        return Math.abs(gap) > 1e-3 * scale && Math.abs(gap(h / 10)) > 0.5 * Math.abs(gap);
    }

    private double gap(double step) {
        return estimate(f, x, Scheme.FORWARD, step) - estimate(f, x, Scheme.BACKWARD, step);
    }

    private String kinkNote() {
        String name = f.name();
        return "\n" + name + " has a kink at x = " + Numbers.written(x) + ": the forward difference gives "
                + Numbers.written(estimate(f, x, Scheme.FORWARD, h)) + " and the backward "
                + Numbers.written(estimate(f, x, Scheme.BACKWARD, h)) + ", so " + name + "'(" + Numbers.written(x)
                + ") does not exist; no difference quotient is its slope there";
    }
}
