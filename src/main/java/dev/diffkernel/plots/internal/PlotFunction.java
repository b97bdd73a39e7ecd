package dev.diffkernel.plots.internal;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.Numerical;
import dev.diffkernel.nn.Activation;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * A function as the plots see it: the one door between {@code dev.diffkernel.render} and the
 * functions it samples. Everything a plot needs (values, the slope of a tangent, a gradient for
 * arrows) goes through here, so the plots do not depend on how a function is defined.
 *
 * @param name the function's name for legends ("f")
 * @param label what it is, for legends and text ("f(x) = 0.01x^2 + 0.1x")
 * @param variables the variable names, in argument order
 * @param values the function itself; may throw for points outside its domain
 * @param slope the derivative of a one-variable function, or null to take the central difference
 * @param gradient the gradient of a function of several variables, or null for central differences
 */
public record PlotFunction(String name, String label, List<String> variables, ToDoubleFunction<double[]> values,
                           DoubleUnaryOperator slope, java.util.function.Function<double[], double[]> gradient) {
    /** The step of the lecture's numerical_diff and numerical_gradient: 1e-4. */
    public static final double H = Numerical.H;

    public PlotFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        variables = List.copyOf(variables);
        Objects.requireNonNull(values, "values");
    }

    /**
     * A calculus function: its own derivative for tangents (symbolic for math text, the central
     * difference for a lambda) and its gradient for arrows (symbolic, else
     * {@link Numerical#gradient} with h = 1e-4).
     */
    public static PlotFunction of(Fn fn) {
        Objects.requireNonNull(fn, "function");
        String call = fn.name() + "(" + String.join(", ", fn.variables()) + ")";
        // step() is step(x) = step(x) otherwise: a formula that only repeats the call says nothing more
        String label = fn.isSymbolic() && !fn.formula().equalsIgnoreCase(call) ? call + " = " + fn.formula() : call;
        DoubleUnaryOperator slope = null;
        java.util.function.Function<double[], double[]> gradient = null;
        if (fn.arity() == 1) {
            Fn[] derivative = new Fn[1]; // made on first use: a tangent is optional
            slope = x -> {
                if (derivative[0] == null) {
                    derivative[0] = fn.diff();
                }
                return derivative[0].at(x);
            };
        } else if (fn.isSymbolic()) {
            Fn.Gradient[] symbolic = new Fn.Gradient[1];
            gradient = p -> {
                if (symbolic[0] == null) {
                    symbolic[0] = fn.gradient();
                }
                return symbolic[0].at(p);
            };
        } else {
            gradient = p -> Numerical.gradient(fn::at, p, H);
        }
        return new PlotFunction(fn.name(), label, fn.variables(), fn::at, slope, gradient);
    }

    /** An activation function of z, with its own derivative for tangents. */
    public static PlotFunction of(Activation activation) {
        Objects.requireNonNull(activation, "activation");
        return new PlotFunction(activation.name(), activation.name() + "(z)", List.of("z"),
                z -> activation.applyAsDouble(z[0]), activation.derivative(), null);
    }

    /** A Java lambda of one variable (an {@link Activation} keeps its name and derivative). */
    public static PlotFunction of(String name, DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "function");
        if (f instanceof Activation a) {
            return of(a);
        }
        return new PlotFunction(name, name + "(x)", List.of("x"), x -> f.applyAsDouble(x[0]), null, null);
    }

    /** A Java lambda of two variables. */
    public static PlotFunction of(String name, DoubleBinaryOperator f) {
        Objects.requireNonNull(f, "function");
        return new PlotFunction(name, name + "(x, y)", List.of("x", "y"), x -> f.applyAsDouble(x[0], x[1]), null, null);
    }

    /** The number of variables. */
    public int arity() {
        return variables.size();
    }

    /** The value at {@code x}; throws whatever the function throws outside its domain. */
    public double valueAt(double... x) {
        return values.applyAsDouble(x);
    }

    /** The slope at {@code x} of a one-variable function: its derivative, else the central difference. */
    public double slopeAt(double x) {
        if (slope != null) {
            return slope.applyAsDouble(x);
        }
        return (valueAt(x + H) - valueAt(x - H)) / (2 * H);
    }

    /** The gradient at {@code x}: the function's own, else central differences with h = 1e-4. */
    public double[] gradientAt(double... x) {
        if (gradient != null) {
            return gradient.apply(x.clone());
        }
        double[] g = new double[x.length];
        double[] p = x.clone();
        for (int i = 0; i < x.length; i++) {
            p[i] = x[i] + H;
            double up = valueAt(p);
            p[i] = x[i] - H;
            double down = valueAt(p);
            p[i] = x[i];
            g[i] = (up - down) / (2 * H);
        }
        return g;
    }
}
