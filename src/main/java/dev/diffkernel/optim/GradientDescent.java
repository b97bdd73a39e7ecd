package dev.diffkernel.optim;

import dev.diffkernel.common.Args;

import static dev.diffkernel.common.Args.checkArgument;
import static dev.diffkernel.common.Args.checkState;
import static java.util.Objects.requireNonNull;

import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.linalg.Shape;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.Numerical;
import dev.diffkernel.optim.internal.Engine;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.optim.internal.Objective;
import dev.diffkernel.optim.internal.ProgressSink;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * A gradient descent waiting to run: made by {@link Descent#gradientDescent}, set up step by step, and run
 * by {@link #run()}. Immutable: every setting returns a new descent, so one can be reused with other
 * settings ({@code gd.lr(0.1).run()}, then {@code gd.lr(10).run()}). Each setting is checked at once.
 *
 * <p>Defaults are the lecture's {@code gradient_descent(f, init_x, lr=0.01, step_num=100)}: learning rate
 * 0.01, 100 steps, no early stop, plain steps, and the gradient symbolic when f has a formula, else the
 * central difference with h = 1e-4.
 */
public final class GradientDescent {
    /** The lecture's default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    /** The lecture's default step limit ({@code step_num = 100}), as {@link #steps(int)} sets it. */
    public static final int DEFAULT_STEPS = 100;
    /** The lecture's central-difference step. */
    public static final double DEFAULT_H = Numerical.H;
    /** The most numbers a run may record (steps + 1 times the dimension), about 400 MB. */
    static final long MAX_RECORDED = 50_000_000L;

    private final Objective objective;
    private final double[] start;
    private final double learningRate;
    private final int maxSteps;
    private final double tolerance;
    private final Optimizer optimizer;
    private final GradientKind gradient;
    private final double h;
    private final UnaryOperator<double[]> supplied;
    private final Supplier<ProgressSink> progress;

    GradientDescent(Objective objective, double[] start) {
        this(objective, start.clone(), DEFAULT_LEARNING_RATE, DEFAULT_STEPS, 0, new Optimizer.Plain(),
                objective.symbolicGradient() != null ? GradientKind.SYMBOLIC : GradientKind.NUMERICAL,
                DEFAULT_H, null, ProgressSink::display);
        checkArgument(start.length == objective.dimension(), "%s has %s variables %s but the start point %s has %s",
                objective.label(), objective.dimension(), objective.variables(), Numbers.numpyPoint(start), start.length);
        for (int i = 0; i < start.length; i++) {
            checkArgument(Double.isFinite(start[i]), "start[%s] must be finite but was %s", i, start[i]);
        }
        checkRecordable(DEFAULT_STEPS, start.length);
    }

    private static void checkRecordable(int maxSteps, int dimension) {
        long recorded = (maxSteps + 1L) * dimension;
        checkArgument(recorded <= MAX_RECORDED,
                "steps(%s) over %s coordinates would record %s numbers, more than %s; take fewer steps",
                maxSteps, dimension, recorded, MAX_RECORDED);
    }

    private GradientDescent(Objective objective, double[] start, double learningRate, int maxSteps, double tolerance,
                            Optimizer optimizer, GradientKind gradient, double h, UnaryOperator<double[]> supplied,
                            Supplier<ProgressSink> progress) {
        this.objective = objective;
        this.start = start;
        this.learningRate = learningRate;
        this.maxSteps = maxSteps;
        this.tolerance = tolerance;
        this.optimizer = optimizer;
        this.gradient = gradient;
        this.h = h;
        this.supplied = supplied;
        this.progress = progress;
    }

    /**
     * Sets the learning rate, how far each step moves along −∇f.
     *
     * @param learningRate greater than 0 and finite; the default is 0.01
     * @return a new descent, never null
     * @throws IllegalArgumentException if {@code learningRate} is not greater than 0 or not finite
     */
    public GradientDescent lr(double learningRate) {
        checkArgument(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY,
                "learningRate must be > 0 but was %s", Numbers.numpy(learningRate));
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer, gradient, h,
                supplied, progress);
    }

    /**
     * Sets the step limit: the most steps the run takes (the lecture's {@code step_num}); it takes fewer
     * when it converges or stops early. The run's count is {@link Run#stepsTaken()}, the limit
     * {@code run.settings().maxSteps()}.
     *
     * @param maxSteps at least 1; the default is 100
     * @return a new descent, never null
     * @throws IllegalArgumentException if {@code maxSteps} is below 1, or so large that the history would not fit
     */
    public GradientDescent steps(int maxSteps) {
        checkArgument(maxSteps >= 1, "steps must be >= 1 but was %s", maxSteps);
        checkRecordable(maxSteps, start.length);
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer, gradient, h,
                supplied, progress);
    }

    /**
     * Stops the run early once |∇f| ≤ {@code tolerance}.
     *
     * @param tolerance 0 or more; the default 0 never stops early (only at an exact zero gradient), as in the notes
     * @return a new descent, never null
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public GradientDescent tolerance(double tolerance) {
        checkArgument(tolerance >= 0 && tolerance < Double.POSITIVE_INFINITY,
                "tolerance must be >= 0 but was %s", Numbers.numpy(tolerance));
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer, gradient, h,
                supplied, progress);
    }

    /**
     * Uses momentum: {@code v ← β·v − lr·∇f; x ← x + v}.
     *
     * @param beta in [0, 1); 0.9 is usual
     * @return a new descent, never null
     * @throws IllegalArgumentException if {@code beta} is outside [0, 1)
     */
    public GradientDescent momentum(double beta) {
        return optimizer(new Optimizer.Momentum(beta));
    }

    /**
     * Uses Adam with the usual β1 = 0.9, β2 = 0.999, ε = 1e-8; its learning rate is a step length, so
     * 0.001 to 0.1 is usual.
     *
     * @return a new descent, never null
     */
    public GradientDescent adam() {
        return optimizer(new Optimizer.Adam());
    }

    /**
     * Uses the given optimizer.
     *
     * @param optimizer never null
     * @return a new descent, never null
     */
    public GradientDescent optimizer(Optimizer optimizer) {
        requireNonNull(optimizer, "optimizer");
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer, gradient, h,
                supplied, progress);
    }

    /**
     * Takes the gradient numerically with the lecture's central difference, h = 1e-4, even when f has a
     * formula; this is how the notes compute it, digit for digit.
     *
     * @return a new descent, never null
     */
    public GradientDescent numerical() {
        return numerical(DEFAULT_H);
    }

    /**
     * Takes the gradient numerically with the central difference {@code (f(x+h) − f(x−h)) / 2h}.
     *
     * @param h the step, greater than 0 and finite
     * @return a new descent, never null
     * @throws IllegalArgumentException if {@code h} is not greater than 0 or not finite
     */
    public GradientDescent numerical(double h) {
        checkArgument(h > 0 && h < Double.POSITIVE_INFINITY, "h must be > 0 but was %s", Numbers.numpy(h));
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer,
                GradientKind.NUMERICAL, h, null, progress);
    }

    /**
     * Takes the gradient from f's formula (the default when f has one).
     *
     * @return a new descent, never null
     * @throws IllegalStateException if f has no formula, e.g. it is a Java lambda
     */
    public GradientDescent symbolic() {
        checkState(objective.symbolicGradient() != null,
                "%s has no formula to differentiate (it is a Java lambda), so its gradient can only be numerical;"
                        + " define it from math text, e.g. fn(\"x^2 + y^2\")", objective.label());
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer,
                GradientKind.SYMBOLIC, DEFAULT_H, null, progress);
    }

    /**
     * Uses the given gradient function, e.g. one worked out by hand or by back propagation.
     *
     * @param gradient maps a point (a copy it may keep) to ∇f there, an array of the same length; never null
     * @return a new descent, never null
     * @throws IllegalStateException if the descent is over a weight matrix; use {@link #matrixGradient}
     */
    public GradientDescent gradient(UnaryOperator<double[]> gradient) {
        requireNonNull(gradient, "gradient");
        checkState(objective.matrixShape().isEmpty(),
                "this descent is over a %s weight matrix; give its gradient with matrixGradient(w -> ...)",
                objective.matrixShape().map(Shape::toString).orElse(""));
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer,
                GradientKind.SUPPLIED, DEFAULT_H, gradient, progress);
    }

    /**
     * Uses the given gradient of a loss over a weight matrix, e.g. {@code w -> net.withWeights(w).analyticGradient(x, t)}.
     *
     * @param gradient maps the weights to ∂L/∂W, a matrix of the same shape; never null
     * @return a new descent, never null
     * @throws IllegalStateException if the descent is over a vector; use {@link #gradient}
     */
    public GradientDescent matrixGradient(UnaryOperator<Matrix> gradient) {
        requireNonNull(gradient, "gradient");
        Shape shape = objective.matrixShape().orElseThrow(() -> new IllegalStateException(
                "this descent is over a vector, not a weight matrix; give its gradient with gradient(x -> ...)"));
        UnaryOperator<double[]> flat = x -> flatten(gradient.apply(Matrix.of(unflatten(x, shape))), shape);
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer,
                GradientKind.SUPPLIED, DEFAULT_H, flat, progress);
    }

    /**
     * Shows no progress while running, even for long runs.
     *
     * @return a new descent, never null
     */
    public GradientDescent quiet() {
        return progressTo(ProgressSink::none);
    }

    GradientDescent progressTo(Supplier<ProgressSink> sink) {
        return new GradientDescent(objective, start, learningRate, maxSteps, tolerance, optimizer, gradient, h,
                supplied, sink);
    }

    /** How the gradient will be taken, e.g. {@code symbolic, ∇f = (2x, 2y)}. */
    public GradientKind gradientKind() {
        return gradient;
    }

    /** The learning rate this descent will use. */
    public double learningRate() {
        return learningRate;
    }

    /**
     * What this descent minimises, as a calculus function of the coordinates (for a weight matrix, its entries
     * row by row as {@code x0, x1, …}); the same function {@link Run#function()} gives.
     *
     * @return never null
     */
    public Fn function() {
        return objective.function();
    }

    /** How the run will name what it minimises, e.g. {@code f(x, y) = x^2 + y^2}, {@code f(x0, x1)} or {@code L(W)}. */
    public String label() {
        return objective.label();
    }

    /** The start point, a copy. */
    public double[] start() {
        return start.clone();
    }

    /**
     * Runs the descent. Long runs show their progress below the cell, updated in place; Kernel &gt; Interrupt
     * stops them.
     *
     * @return the run, never null; a diverging run is a run whose outcome says so, not an exception
     * @throws IllegalArgumentException if f or its gradient is not finite at the start
     */
    public Run run() {
        Settings settings = new Settings(optimizer, learningRate, maxSteps, tolerance, gradient,
                gradient == GradientKind.NUMERICAL ? h : 0,
                gradient == GradientKind.SYMBOLIC ? objective.gradientFormula() : "");
        return Engine.run(objective, settings, start, gradientFunction(), progress.get());
    }

    private Engine.GradientFn gradientFunction() {
        int n = start.length;
        switch (gradient) {
            case NUMERICAL:
                ToDoubleFunction<double[]> f = objective.value();
                double step = h;
                return (x, out) -> System.arraycopy(Numerical.gradient(f, x, step), 0, out, 0, out.length);
            case SYMBOLIC:
                return (x, out) -> copyChecked(objective.symbolicGradient().apply(x.clone()), out, "the symbolic gradient");
            case SUPPLIED:
                return (x, out) -> copyChecked(supplied.apply(x.clone()), out, "the supplied gradient");
            default:
                throw new AssertionError(gradient);
        }
    }

    private void copyChecked(double[] value, double[] out, String what) {
        if (value == null || value.length != out.length) {
            throw new IllegalStateException(what + " of " + objective.label() + " returned "
                    + (value == null ? "null" : value.length + " numbers") + " but f has " + out.length + " variables");
        }
        System.arraycopy(value, 0, out, 0, out.length);
    }

    static double[][] unflatten(double[] flat, Shape shape) {
        double[][] rows = new double[shape.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = java.util.Arrays.copyOfRange(flat, r * shape.cols(), (r + 1) * shape.cols());
        }
        return rows;
    }

    static double[] flatten(Matrix matrix, Shape shape) {
        checkState(matrix != null && matrix.shape().equals(shape),
                "the matrix gradient must have the weights' shape %s but was %s", shape,
                matrix == null ? "null" : matrix.shape());
        return flatten(matrix.toArray());
    }

    static double[] flatten(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return flat;
    }

    /** E.g. {@code gradient descent on f(x0, x1) from (-3, 4): lr = 0.01, at most 100 steps, plain, gradient numerical}. */
    @Override
    public String toString() {
        return "gradient descent on " + objective.label() + " from " + Numbers.numpyPoint(start) + ": lr = "
                + Numbers.numpy(learningRate) + ", at most " + maxSteps + " steps" + (tolerance > 0 ? ", tolerance " + Numbers.numpy(tolerance) : "")
                + ", " + optimizer.describe() + ", gradient "
                + new Settings(optimizer, learningRate, maxSteps, tolerance, gradient, h,
                        gradient == GradientKind.SYMBOLIC ? objective.gradientFormula() : "").gradientDescription()
                + " (call .run() to run it)";
    }
}
