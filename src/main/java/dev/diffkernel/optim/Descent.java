package dev.diffkernel.optim;

import dev.diffkernel.common.Args;

import dev.diffkernel.common.Numbers;

import static dev.diffkernel.common.Args.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Calculus;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.linalg.Shape;
import dev.diffkernel.optim.internal.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The notebook DSL of gradient descent, imported statically into every notebook:
 * <pre>{@code
 * var run = gradientDescent(fn("x^2 + y^2"), -3.0, 4.0).lr(0.1).steps(100).run();
 * run.table();  run.plot();  run.losses();
 * compareRates(fn("x0^2 + x1^2"), new double[] {-3, 4}, 10, 0.1, 1e-10)
 * }</pre>
 */
public final class Descent {
    private Descent() {}

    /**
     * Starts a gradient descent on a function from the calculus DSL. Its gradient is symbolic when f has a
     * formula ({@code fn("x^2 + y^2")}), numerical (the lecture's central difference, h = 1e-4) when it is a
     * Java lambda; {@code .numerical()} forces the lecture's way, and the run says which was used.
     *
     * @param f the function to minimise, never null
     * @param start the start point, one finite coordinate per variable of f; copied, never changed
     * @return a descent to set up ({@code .lr(0.1).steps(100)}) and {@code .run()}, never null
     * @throws IllegalArgumentException if {@code start} does not have one finite coordinate per variable
     */
    public static GradientDescent gradientDescent(Fn f, double... start) {
        requireNonNull(f, "f");
        requireNonNull(start, "start");
        return new GradientDescent(objective(f), start);
    }

    private static Objective objective(Fn f) {
        String label = f.isSymbolic() ? f.toString() : f.name() + "(" + String.join(", ", f.variables()) + ")";
        if (!f.isSymbolic()) {
            return new Objective(label, f.variables(), Optional.empty(), f::at, null, "", f);
        }
        Fn.Gradient gradient = f.gradient();
        return new Objective(label, f.variables(), Optional.empty(), f::at, gradient::at, gradient.toString(), f);
    }

    /**
     * Starts a gradient descent on a Java function of a vector, with the lecture's numerical gradient
     * (central difference, h = 1e-4). The function is named {@code f} and its coordinates {@code x0, x1, …}.
     *
     * @param f the function to minimise, e.g. {@code x -> x[0]*x[0] + x[1]*x[1]}; it gets a scratch copy of
     *     the point, never the caller's array. Never null.
     * @param start the start point, at least one finite coordinate; copied, never changed
     * @return a descent to set up ({@code .lr(0.1).steps(100)}) and {@code .run()}, never null
     * @throws IllegalArgumentException if {@code start} is empty or not finite
     */
    public static GradientDescent gradientDescent(ToDoubleFunction<double[]> f, double... start) {
        requireNonNull(f, "f");
        requireNonNull(start, "start");
        checkArgument(start.length >= 1, "start must have at least one coordinate but was empty");
        List<String> variables = Objective.indexedNames("x", start.length);
        String label = "f(" + String.join(", ", variables) + ")";
        return new GradientDescent(new Objective(label, variables, Optional.empty(), f, null, "",
                Calculus.fn("f", start.length, f)), start);
    }

    /**
     * Starts a gradient descent over a weight matrix, as the lecture trains {@code simpleNet}: the loss is
     * a function of the matrix, its gradient numerical entry by entry (h = 1e-4) unless given with
     * {@code .matrixGradient(...)}, and {@code run.endMatrix()} gives the trained weights.
     *
     * @param loss the loss, e.g. {@code w -> net.withWeights(w).loss(x, t)}; never null
     * @param weights the start weights, never null; never changed
     * @return a descent to set up and run, never null
     */
    public static GradientDescent gradientDescent(ToDoubleFunction<Matrix> loss, Matrix weights) {
        requireNonNull(loss, "loss");
        requireNonNull(weights, "weights");
        Shape shape = weights.shape();
        return new GradientDescent(matrixObjective(shape, flat -> loss.applyAsDouble(
                Matrix.of(GradientDescent.unflatten(flat, shape)))), GradientDescent.flatten(weights.toArray()));
    }

    /**
     * Starts a gradient descent over a weight matrix given as a Java array.
     *
     * @param loss the loss as a function of the weights (a fresh array each call); never null
     * @param weights the start weights, rectangular, at least 1x1; never null, never changed
     * @return a descent to set up and run, never null
     * @throws IllegalArgumentException if {@code weights} is empty or ragged
     */
    public static GradientDescent gradientDescent(ToDoubleFunction<double[][]> loss, double[][] weights) {
        requireNonNull(loss, "loss");
        requireNonNull(weights, "weights");
        checkArgument(weights.length >= 1 && weights[0] != null && weights[0].length >= 1,
                "weights must have at least one row and one column");
        for (int r = 1; r < weights.length; r++) {
            checkArgument(weights[r] != null && weights[r].length == weights[0].length,
                    "weights must be rectangular but row %s has %s entries and row 0 has %s",
                    r, weights[r] == null ? 0 : weights[r].length, weights[0].length);
        }
        Shape shape = new Shape(weights.length, weights[0].length);
        return new GradientDescent(matrixObjective(shape,
                flat -> loss.applyAsDouble(GradientDescent.unflatten(flat, shape))), GradientDescent.flatten(weights));
    }

    private static Objective matrixObjective(Shape shape, ToDoubleFunction<double[]> value) {
        List<String> variables = new ArrayList<>();
        for (int r = 0; r < shape.rows(); r++) {
            for (int c = 0; c < shape.cols(); c++) {
                variables.add("W[" + r + "][" + c + "]");
            }
        }
        return new Objective("L(W)", variables, Optional.of(shape), value, null, "",
                Calculus.fn("L", shape.size(), value));
    }

    /**
     * Runs the same descent once per learning rate and shows them as one table and one plot; the short form
     * of {@link #compareRates(Fn, double[], double...)}:
     * {@code compareRates(fn("x^2 + y^2"), -3.0, 4.0, 10, 0.1, 1e-10)} starts at (-3, 4) (one number per
     * variable of f) and tries the rates 10, 0.1 and 1e-10, 100 steps each. The gradient is the one
     * {@link #gradientDescent(Fn, double...)} uses: symbolic when f has a formula, numerical for a lambda.
     * For the notes' numbers digit for digit (numerical gradient, h = 1e-4), pass a descent:
     * {@code compareRates(gradientDescent(f, -3.0, 4.0).numerical(), 10, 0.1, 1e-10)}.
     *
     * @param f the function, never null
     * @param startThenRates f's start coordinates (one per variable), then at least one learning rate
     * @return the runs as one table and one picture, never null
     * @throws IllegalArgumentException if there are not more numbers than f has variables, or a rate is not > 0
     */
    public static RateComparison compareRates(Fn f, double... startThenRates) {
        requireNonNull(f, "f");
        requireNonNull(startThenRates, "startThenRates");
        int n = f.arity();
        checkArgument(startThenRates.length > n,
                "compareRates(f, ...) takes %s start coordinates (%s) and then at least one learning rate, but got %s numbers",
                n, String.join(", ", f.variables()), startThenRates.length);
        return compareRates(gradientDescent(f, java.util.Arrays.copyOf(startThenRates, n)),
                java.util.Arrays.copyOfRange(startThenRates, n, startThenRates.length));
    }

    /**
     * Runs the same descent once per learning rate, 100 steps each, and shows them as one table and one plot:
     * {@code compareRates(fn("x^2 + y^2"), new double[] {-3, 4}, 10, 0.1, 1e-10)}. The gradient is symbolic
     * when f has a formula, numerical for a lambda, as in {@link #gradientDescent(Fn, double...)}; a run that
     * diverges says at which step.
     *
     * @param f the function, never null
     * @param start the start point, e.g. {@code new double[] {-3, 4}}; never changed
     * @param learningRates at least one, each greater than 0
     * @return the runs as one table and one picture, never null
     * @throws IllegalArgumentException if no rate is given or one is not greater than 0
     */
    public static RateComparison compareRates(Fn f, double[] start, double... learningRates) {
        return compareRates(gradientDescent(f, start), learningRates);
    }

    /**
     * The lecture's learning-rate experiment on a Java function: one run per rate from the same start, with
     * the lecture's 100 steps and numerical gradient.
     *
     * @param f the function, e.g. {@code x -> x[0]*x[0] + x[1]*x[1]}; never null
     * @param start the start point, e.g. {@code new double[] {-3, 4}}; never changed
     * @param learningRates at least one, each greater than 0, e.g. {@code 10, 0.1, 1e-10}
     * @return the runs as one table and one picture, never null
     * @throws IllegalArgumentException if no rate is given or one is not greater than 0
     */
    public static RateComparison compareRates(ToDoubleFunction<double[]> f, double[] start, double... learningRates) {
        return compareRates(gradientDescent(f, start), learningRates);
    }

    /**
     * The learning-rate experiment with any descent as the template: each rate replaces the template's
     * learning rate, everything else (steps, optimizer, gradient) is kept.
     *
     * @param template e.g. {@code gradientDescent(f, -3, 4).steps(100).numerical()}; never null
     * @param learningRates at least one, each greater than 0
     * @return the runs as one table and one picture, never null
     * @throws IllegalArgumentException if no rate is given, one is not greater than 0, or one is given twice
     */
    public static RateComparison compareRates(GradientDescent template, double... learningRates) {
        requireNonNull(template, "template");
        requireNonNull(learningRates, "learningRates");
        checkArgument(learningRates.length >= 1, "compareRates needs at least one learning rate, e.g. 10, 0.1, 1e-10");
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < learningRates.length; i++) {
            for (int j = 0; j < i; j++) {
                checkArgument(learningRates[i] != learningRates[j], "learning rate %s is given twice",
                        dev.diffkernel.common.Numbers.numpy(learningRates[i]));
            }
        }
        for (double rate : learningRates) {
            runs.add(template.lr(rate).run());
        }
        return new RateComparison(runs);
    }
}
