package dev.diffkernel.optim;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.linalg.Shape;
import dev.diffkernel.common.Numbers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import dev.diffkernel.plots.Chart;
import dev.diffkernel.plots.Plots;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The result of a gradient descent: where it started and ended, every step in between, and why it
 * stopped. Shown in a notebook as a summary; {@link #table()}, {@link #plot()} and {@link #losses()} give
 * the details. Immutable: array accessors return copies.
 *
 * @param function what was minimised, as a calculus function of the coordinates (a weight matrix flattened
 *     row by row, variables {@code x0, x1, …}), e.g. to evaluate {@code run.function().at(run.end())}; never null
 * @param label how tables, plots and the summary name what was minimised, e.g. {@code f(x, y) = x^2 + y^2},
 *     {@code f(x0, x1)} for a Java lambda or {@code L(W)} for a loss of a weight matrix; never null
 * @param variables the names of the coordinates, e.g. {@code [x, y]} or {@code [W[0][0], …]}; never null
 * @param matrixShape the shape of the weight matrix when the run descended over one, otherwise empty
 * @param settings learning rate, step limit, tolerance, optimizer and gradient; never null
 * @param history every point from the start (step 0) to the end, with f and |∇f|; never null
 * @param outcome how the run ended, never null
 * @param reason the sentence saying why, with the numbers (step, value, a hint); never null
 * @param elapsed the wall-clock time of the run, never null
 */
public record Run(Fn function, String label, List<String> variables, Optional<Shape> matrixShape, Settings settings,
                  History history, Outcome outcome, String reason, Duration elapsed) {

    /** Checks the components and copies the variable list. */
    public Run {
        requireNonNull(function, "function");
        requireNonNull(label, "label");
        variables = List.copyOf(variables);
        requireNonNull(matrixShape, "matrixShape");
        requireNonNull(settings, "settings");
        requireNonNull(history, "history");
        requireNonNull(outcome, "outcome");
        requireNonNull(reason, "reason");
        requireNonNull(elapsed, "elapsed");
        if (variables.size() != history.dimension()) {
            throw new IllegalArgumentException("a run over " + history.dimension() + " coordinates needs "
                    + history.dimension() + " variable names but got " + variables);
        }
    }

    /** The start point (a copy; the caller's array was never changed). */
    public double[] start() {
        return history.point(0);
    }

    /** The point the run ended at (a copy). */
    public double[] end() {
        return history.point(history.size() - 1);
    }

    /** f at the end point. */
    public double endValue() {
        return history.value(history.size() - 1);
    }

    /** |∇f| at the end point. */
    public double endGradientNorm() {
        return history.gradientNorm(history.size() - 1);
    }

    /**
     * The number of steps this run took, 0 or more: at most the limit set with
     * {@code gradientDescent(...).steps(n)} ({@code settings().maxSteps()}), fewer when it converged or
     * stopped early. The history has one more point (the start).
     */
    public int stepsTaken() {
        return history.size() - 1;
    }

    /** Every point visited, one row per step from the start; a new array. */
    public double[][] path() {
        return history.points();
    }

    /** f at every step from the start, the run's loss curve; a new array. */
    public double[] losses() {
        return history.values();
    }

    /** |∇f| at every step from the start; a new array. */
    public double[] gradientNorms() {
        return history.gradientNorms();
    }

    /**
     * The end point as the weight matrix it stands for, when the run descended over a matrix.
     *
     * @return a new matrix, never null
     * @throws IllegalStateException if the run was over a vector
     */
    public Matrix endMatrix() {
        Shape shape = matrixShape.orElseThrow(() -> new IllegalStateException(
                "endMatrix() needs a run over a weight matrix but this run was over a vector of "
                        + history.dimension() + "; use end()"));
        double[] flat = end();
        double[][] rows = new double[shape.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = java.util.Arrays.copyOfRange(flat, r * shape.cols(), (r + 1) * shape.cols());
        }
        return Matrix.of(rows);
    }

    /**
     * The run step by step: a Tablesaw table with the columns {@code step}, one per variable, {@code f}
     * and {@code gradNorm} (|∇f|, the symbol in the rendered header), one row per point from the start.
     *
     * @return a new table, never null
     */
    public Table table() {
        int size = history.size();
        int[] steps = new int[size];
        for (int step = 0; step < size; step++) {
            steps[step] = step;
        }
        Table table = Table.create("gradient descent on " + label + ", lr = " + Numbers.numpy(settings.learningRate()),
                IntColumn.create("step", steps));
        for (int i = 0; i < variables.size(); i++) {
            double[] column = new double[size];
            for (int step = 0; step < size; step++) {
                column[step] = history.coordinate(step, i);
            }
            table.addColumns(DoubleColumn.create(variables.get(i), column));
        }
        String valueName = variables.contains("f") ? "f(x)" : "f";
        table.addColumns(DoubleColumn.create(valueName, history.values()),
                DoubleColumn.create("gradNorm", history.gradientNorms()));
        return table;
    }

    /**
     * The run as a picture: for a function of two variables, the path drawn on the level curves of f
     * (start marked, the range widened to hold the whole path); otherwise f against the step, on a
     * logarithmic axis when f stays positive.
     *
     * @return a new chart, never null; {@code .figure()} gives it as a Tablesaw figure to restyle
     */
    public Chart plot() {
        if (variables.size() == 2) {
            return Plots.contour(function)
                    .path("lr = " + Numbers.numpy(settings.learningRate()), java.util.Arrays.asList(path()))
                    .title(label + ": " + outcome.after(stepsTaken()));
        }
        String valueName = variables.contains("f") ? "f(x)" : "f";
        var chart = Plots.plot(table(), "step", valueName)
                .title(label + ": " + outcome.after(stepsTaken()));
        return allPositive(history.values()) ? chart.logY() : chart;
    }

    /**
     * The loss curve: f against the step, on a logarithmic axis when f stays positive, e.g.
     * {@code gradientDescent(f, -3.0, 4.0).lr(0.1).run().lossPlot()}.
     *
     * @return a new chart, never null
     */
    public Chart lossPlot() {
        var chart = Plots.plot("f", losses()).labels("step", "f")
                .title(label + ": " + outcome.after(stepsTaken()));
        return allPositive(history.values()) ? chart.logY() : chart;
    }

    /**
     * The run replayed: the path drawn step by step on the level curves of f (for two variables; otherwise f
     * against the step), with a Play button and a step slider (plotly frames, offline, also in exported HTML).
     * Without JavaScript, the picture shows the whole path.
     *
     * @return a new animated figure, never null
     */
    public dev.diffkernel.figure.Figure animate() {
        return dev.diffkernel.plots.Animations.descent(function, "lr = " + Numbers.numpy(settings.learningRate()),
                label + ": " + outcome.after(stepsTaken()), path(), losses());
    }

    static boolean allPositive(double[] values) {
        for (double v : values) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The summary a notebook shows as plain text:
     * <pre>
     * Gradient descent on f(x0, x1): diverged
     *   start  (-3, 4)  f = 25
     *   end    (-2.58983747e+13, -1.29524862e+12)  f = 6.72403483e+26  |∇f| = …
     *   steps  100 of at most 100; lr = 10, plain gradient descent, gradient numerical (central difference, h = 1e-4)
     *   Diverged: f rose from 25 to 6.72e+26 in 100 steps (first rise at step 1: f = 9.03e+03). …
     * </pre>
     */
    @Override
    public String toString() {
        return "Gradient descent on " + label + ": " + outcome.label() + "\n"
                + "  start  " + startText() + "  f = " + Numbers.numpy(history.value(0)) + "\n"
                + "  end    " + endText() + "  f = " + Numbers.numpy(endValue())
                + "  |∇f| = " + Numbers.numpy(endGradientNorm()) + "\n"
                + "  steps  " + stepsText() + "\n"
                + "  " + reason;
    }

    /** The start point as the notes print it, e.g. {@code (-3, 4)}, or a matrix's rows. */
    public String startText() {
        return pointText(start());
    }

    /** The end point as the notes print it, e.g. {@code (-2.99999994, 3.99999992)}. */
    public String endText() {
        return pointText(end());
    }

    /**
     * The summary's "steps" row: the steps taken, the step limit and the settings, e.g.
     * {@code 100 of at most 100; lr = 0.1, plain gradient descent, gradient symbolic, ∇f = (2x, 2y)}. The
     * time taken is left out so that a notebook's outputs are the same on every run; see {@link #elapsed()}.
     */
    public String stepsText() {
        return stepsTaken() + " of at most " + settings.maxSteps() + "; lr = " + Numbers.numpy(settings.learningRate())
                + (settings.tolerance() > 0 ? ", tolerance " + Numbers.numpy(settings.tolerance()) : "")
                + ", " + settings.optimizer().describe() + ", gradient " + settings.gradientDescription();
    }

    private String pointText(double[] point) {
        if (matrixShape.isEmpty()) {
            return Numbers.numpyPoint(point);
        }
        int cols = matrixShape.get().cols();
        StringBuilder text = new StringBuilder("[");
        for (int r = 0; r * cols < point.length; r++) {
            text.append(r == 0 ? "" : ", ")
                    .append(Numbers.numpyPoint(java.util.Arrays.copyOfRange(point, r * cols, (r + 1) * cols))
                            .replace('(', '[').replace(')', ']'));
        }
        return text.append(']').toString();
    }
}
