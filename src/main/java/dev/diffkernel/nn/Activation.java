package dev.diffkernel.nn;

import dev.diffkernel.calc.expr.MathFunctions;

import dev.diffkernel.linalg.Matrix;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.common.Numbers;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * An activation function of a perceptron, with its derivative and its formula: the step function
 * u(z), the sigmoid σ(z), ReLU and tanh.
 *
 * <p>Immutable. It is a {@link DoubleUnaryOperator}, so it also works wherever a plain function of
 * one double is expected, e.g. {@code matrix.map(Activation.SIGMOID)}.
 *
 * @param name the name in text, e.g. {@code "sigmoid"}; never null
 * @param symbol the name in LaTeX, e.g. {@code "\\sigma"}; never null
 * @param definition the defining formula in LaTeX, e.g. {@code \sigma(z) = \frac{1}{1 + e^{-z}}};
 *     never null
 * @param function the function itself; never null
 * @param derivative its derivative; never null. Where the derivative does not exist (the step at 0)
 *     it returns NaN.
 */
public record Activation(String name, String symbol, String definition, DoubleUnaryOperator function,
                         DoubleUnaryOperator derivative) implements DoubleUnaryOperator {

    /**
     * The unit step u(z): 1 when z &gt; 0, else 0, as the notes' {@code np.array(x > 0)}; the same
     * function as {@code step(x)} in math text, so {@code step(0.0)} and {@code step().at(0)} agree.
     */
    public static final Activation STEP = new Activation("step", "u",
            "u(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\leq 0 \\end{cases}",
            MathFunctions::step,
            z -> z == 0 || Double.isNaN(z) ? Double.NaN : 0);

    /** The sigmoid σ(z) = 1 / (1 + e^(−z)), whose derivative is σ(z)(1 − σ(z)). */
    public static final Activation SIGMOID = new Activation("sigmoid", "\\sigma",
            "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
            MathFunctions::sigmoid,
            z -> {
                double s = MathFunctions.sigmoid(z);
                return s * (1 - s);
            });

    /** The rectified linear unit max(0, z); its derivative is taken as 0 at z = 0, as frameworks do. */
    public static final Activation RELU = new Activation("relu", "\\operatorname{ReLU}",
            "\\operatorname{ReLU}(z) = \\max(0, z)",
            MathFunctions::relu,
            MathFunctions::step);

    /** The hyperbolic tangent, whose derivative is 1 − tanh²(z). */
    public static final Activation TANH = new Activation("tanh", "\\tanh",
            "\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
            Math::tanh,
            z -> {
                double t = Math.tanh(z);
                return 1 - t * t;
            });

    /**
     * Checks that no part is null.
     *
     * @throws NullPointerException if a part is null
     */
    public Activation {
        requireNonNull(name, "name");
        requireNonNull(symbol, "symbol");
        requireNonNull(definition, "definition");
        requireNonNull(function, "function");
        requireNonNull(derivative, "derivative");
    }

    /**
     * Returns the sigmoid with another base in place of e, 1 / (1 + base^(−z)). The notes work their
     * perceptron table by hand "with e = 2.7" and get 0.43 and 0.84; with the true e the second value
     * rounds to 0.85. {@code sigmoidWithBase(2.7)} reproduces the notes' hand calculation.
     *
     * @param base the base, greater than 0 and not 1
     * @return the activation, never null
     * @throws IllegalArgumentException if the base is not greater than 0, is 1, or is not finite
     */
    public static Activation sigmoidWithBase(double base) {
        if (!(base > 0) || base == 1 || Double.isInfinite(base)) {
            throw new IllegalArgumentException(
                    "base must be > 0, finite and not 1 but was " + Numbers.significant(base));
        }
        double lnBase = Math.log(base);
        String b = Numbers.significant(base);
        DoubleUnaryOperator f = z -> 1 / (1 + Math.pow(base, -z));
        return new Activation("sigmoid[base " + b + "]", "\\sigma_{" + b + "}",
                "\\sigma_{" + b + "}(z) = \\frac{1}{1 + " + b + "^{-z}}",
                f,
                z -> {
                    double s = f.applyAsDouble(z);
                    return lnBase * s * (1 - s);
                });
    }

    /** Returns the activation at {@code z}. */
    @Override
    public double applyAsDouble(double z) {
        return function.applyAsDouble(z);
    }

    /**
     * Returns the activation of every entry.
     *
     * @param z the inputs, never null
     * @return a new array of the same length, never null
     */
    public double[] apply(double... z) {
        requireNonNull(z, "z");
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = function.applyAsDouble(z[i]);
        }
        return out;
    }

    /**
     * Returns the activation of every entry.
     *
     * @param z the inputs, never null
     * @return a new matrix of the same shape, never null
     */
    public Matrix apply(Matrix z) {
        requireNonNull(z, "z");
        return z.map(function);
    }

    /**
     * Returns a table of the activation and its derivative at these points: columns z, the name (e.g.
     * {@code sigmoid}) and {@code d/dz} (NaN, shown empty, where the derivative does not exist).
     *
     * @param z the points, never null
     * @return a new table, never null
     */
    public Table table(double... z) {
        requireNonNull(z, "z");
        DoubleColumn zs = Columns.doubles("z");
        DoubleColumn values = Columns.doubles(name);
        DoubleColumn slopes = Columns.doubles("d/dz");
        for (double v : z) {
            zs.append(v);
            values.append(function.applyAsDouble(v));
            slopes.append(derivative.applyAsDouble(v));
        }
        return Table.create(name, zs, values, slopes);
    }

    /** Returns the derivative at {@code z}, NaN where it does not exist. */
    public double derivativeAt(double z) {
        return derivative.applyAsDouble(z);
    }

    /** Returns the name, e.g. {@code "sigmoid"}. */
    @Override
    public String toString() {
        return name;
    }
}
