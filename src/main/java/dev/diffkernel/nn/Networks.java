package dev.diffkernel.nn;

import dev.diffkernel.data.NormalSample;
import dev.diffkernel.data.Sequence;
import dev.diffkernel.linalg.Matrix;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.calc.Calculus;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.Numerical;
import dev.diffkernel.common.Numbers;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The notebook DSL for the neural-network lectures: matrices, activations, softmax and losses,
 * perceptrons and logic gates, the lecture's {@code simpleNet} and its gradients, distances, and
 * sequences. The kernel imports it with {@code import static dev.diffkernel.nn.Networks.*;}.
 *
 * <p>All methods are static and stateless; all results are immutable.
 */
public final class Networks {
    /** The unit step u(z): 1 when z ≥ 0, else 0. Use it as a perceptron's activation. */
    public static final Activation STEP = Activation.STEP;
    /** The sigmoid σ(z) = 1 / (1 + e^(−z)). Use it as a perceptron's activation. */
    public static final Activation SIGMOID = Activation.SIGMOID;
    /** ReLU(z) = max(0, z). Use it as a perceptron's activation. */
    public static final Activation RELU = Activation.RELU;
    /** tanh(z). Use it as a perceptron's activation. */
    public static final Activation TANH = Activation.TANH;

    private Networks() {}

    // ---------------------------------------------------------------- matrices

    /**
     * Makes a matrix from its rows: {@code matrix(new double[] {1, 2}, new double[] {3, 4})} or
     * {@code matrix(new double[][] {{1, 2}, {3, 4}})}. The values are copied.
     *
     * @param rows the rows, never null, at least one, all of the same non-zero length
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no rows, or rows are empty or differ in length
     */
    public static Matrix matrix(double[]... rows) {
        return Matrix.of(rows);
    }

    /**
     * Makes a 1xn matrix, e.g. the input {@code x = (0.6, 0.9)} of the lecture's simpleNet.
     *
     * @param values the entries, never null, at least one
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no values
     */
    public static Matrix rowVector(double... values) {
        return Matrix.rowVector(values);
    }

    /**
     * Makes an nx1 matrix, e.g. {@code columnVector(1, 2, 3)} is 3x1.
     *
     * @param values the entries, never null, at least one
     * @return a new matrix, never null
     * @throws IllegalArgumentException if there are no values
     */
    public static Matrix columnVector(double... values) {
        return Matrix.columnVector(values);
    }

    /**
     * Makes a matrix of zeros, e.g. {@code zeros(2, 3)} for a 2x3 weight matrix to fill in.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix zeros(int rows, int cols) {
        return Matrix.zeros(rows, cols);
    }

    /**
     * Makes a matrix of standard normal random numbers (mean 0, standard deviation 1), numpy's
     * {@code np.random.randn(rows, cols)}, reproducibly: the same seed gives the same matrix (but not
     * numpy's numbers).
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param seed any long
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix randn(int rows, int cols, long seed) {
        return Matrix.randn(rows, cols, seed);
    }

    /**
     * Makes a matrix of standard normal random numbers that differ on every call, like numpy's
     * {@code np.random.randn(rows, cols)}. For numbers that a notebook reproduces, pass a seed.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @return a new matrix, never null
     * @throws IllegalArgumentException if a dimension is below 1
     */
    public static Matrix randn(int rows, int cols) {
        return Matrix.randn(rows, cols, new Random());
    }

    /**
     * Returns the matrix product {@code a · b}, numpy's {@code np.dot(a, b)}.
     *
     * @param a the left factor, never null
     * @param b the right factor, never null, with as many rows as {@code a} has columns
     * @return a new matrix, never null
     * @throws IllegalArgumentException if the inner dimensions differ, e.g.
     *     {@code Cannot multiply 2x3 by 2x3: inner dimensions 3 and 2 differ}
     */
    public static Matrix dot(Matrix a, Matrix b) {
        return requireNonNull(a, "a").dot(b);
    }

    /**
     * Draws standard normal numbers for the weight-initialisation slide; show {@code .figure(30)} for the
     * histogram with the bell curve over it, or {@code .histogram(30)} as a table.
     *
     * @param count how many numbers, at least 1
     * @param seed any long; the same seed gives the same numbers
     * @return a new sample, never null
     * @throws IllegalArgumentException if count is below 1
     */
    public static NormalSample normalSample(int count, long seed) {
        return NormalSample.draw(count, 0, 1, seed);
    }

    /**
     * Draws numbers from N(μ, σ²).
     *
     * @param count how many numbers, at least 1
     * @param mu the mean μ, finite
     * @param sigma the standard deviation σ, greater than 0
     * @param seed any long; the same seed gives the same numbers
     * @return a new sample, never null
     * @throws IllegalArgumentException if count is below 1 or σ is not greater than 0
     */
    public static NormalSample normalSample(int count, double mu, double sigma, long seed) {
        return NormalSample.draw(count, mu, sigma, seed);
    }

    /**
     * Returns the normal density f(x) = 1/(√(2π)σ) · e^(−(x−μ)²/(2σ²)) from the initialisation slide.
     *
     * @param x the point
     * @param mu the mean μ
     * @param sigma the standard deviation σ, greater than 0
     * @return f(x)
     * @throws IllegalArgumentException if σ is not greater than 0
     */
    public static double normalPdf(double x, double mu, double sigma) {
        return NormalSample.pdf(x, mu, sigma);
    }

    // ---------------------------------------------------------------- activations

    /**
     * The sigmoid σ(x) = 1 / (1 + e^(-x)) as a function to plot, tabulate and differentiate:
     * {@code sigmoid().diff()} is σ'(x) = σ(x)·(1 - σ(x)).
     *
     * @return the function σ, never null
     */
    public static Fn sigmoid() {
        return Calculus.fn("σ", "sigmoid(x)");
    }

    /**
     * The step function (1 for x > 0, else 0) as a function to plot; its derivative is 0 wherever
     * it exists, which is why learning needs the sigmoid instead.
     *
     * @return the function, never null
     */
    public static Fn step() {
        return Calculus.fn("step", "step(x)");
    }

    /**
     * ReLU(x) = max(x, 0) as a function to plot and differentiate (its derivative is the step).
     *
     * @return the function, never null
     */
    public static Fn relu() {
        return Calculus.fn("ReLU", "relu(x)");
    }

    /**
     * tanh as a function to plot and differentiate: tanh'(x) = 1 - tanh(x)^2.
     *
     * @return the function, never null
     */
    public static Fn tanh() {
        return Calculus.fn("tanh", "tanh(x)");
    }

    /**
     * Returns the unit step u(z): 1 when z &gt; 0, else 0 (the notes' {@code x > 0}), the same as
     * {@code step().at(z)}.
     *
     * @param z the weighted input
     * @return 0 or 1
     */
    public static double step(double z) {
        return STEP.applyAsDouble(z);
    }

    /**
     * Returns u(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array of 0s and 1s, never null
     */
    public static double[] step(double... z) {
        return STEP.apply(z);
    }

    /**
     * Returns u(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix of 0s and 1s, never null
     */
    public static Matrix step(Matrix z) {
        return STEP.apply(z);
    }

    /**
     * Returns the sigmoid σ(z) = 1 / (1 + e^(−z)), e.g. {@code sigmoid(-10)} = 4.5397868702434395e-05.
     *
     * @param z the weighted input
     * @return σ(z), between 0 and 1
     */
    public static double sigmoid(double z) {
        return SIGMOID.applyAsDouble(z);
    }

    /**
     * Returns σ(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array, never null
     */
    public static double[] sigmoid(double... z) {
        return SIGMOID.apply(z);
    }

    /**
     * Returns σ(z) of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix, never null
     */
    public static Matrix sigmoid(Matrix z) {
        return SIGMOID.apply(z);
    }

    /**
     * Returns the sigmoid with another base in place of e, 1 / (1 + base^(−z)), as an activation. The
     * notes compute their perceptron table "with e = 2.7": {@code sigmoidWithBase(2.7)} gives their
     * 0.43 and 0.84, where the true σ gives 0.43 and 0.85.
     *
     * @param base the base, greater than 0 and not 1
     * @return the activation, never null
     * @throws IllegalArgumentException if the base is not greater than 0 or is 1
     */
    public static Activation sigmoidWithBase(double base) {
        return Activation.sigmoidWithBase(base);
    }

    /**
     * Returns ReLU(z) = max(0, z).
     *
     * @param z the weighted input
     * @return 0 or more
     */
    public static double relu(double z) {
        return RELU.applyAsDouble(z);
    }

    /**
     * Returns ReLU of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array, never null
     */
    public static double[] relu(double... z) {
        return RELU.apply(z);
    }

    /**
     * Returns ReLU of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix, never null
     */
    public static Matrix relu(Matrix z) {
        return RELU.apply(z);
    }

    /**
     * Returns tanh(z).
     *
     * @param z the weighted input
     * @return tanh(z), between −1 and 1
     */
    public static double tanh(double z) {
        return TANH.applyAsDouble(z);
    }

    /**
     * Returns tanh of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new array, never null
     */
    public static double[] tanh(double... z) {
        return TANH.apply(z);
    }

    /**
     * Returns tanh of every entry.
     *
     * @param z the weighted inputs, never null
     * @return a new matrix, never null
     */
    public static Matrix tanh(Matrix z) {
        return TANH.apply(z);
    }

    // ---------------------------------------------------------------- softmax and losses

    /**
     * Returns softmax(a)_k = e^(a_k) / Σ e^(a_i), computed stably (the largest entry subtracted first).
     *
     * @param a the scores, never null, at least one
     * @return a new array of probabilities summing to 1, never null
     * @throws IllegalArgumentException if {@code a} is empty
     */
    public static double[] softmax(double... a) {
        return Losses.softmax(a);
    }

    /**
     * Returns the softmax of every row.
     *
     * @param a the scores, one sample per row, never null
     * @return a new matrix whose rows sum to 1, never null
     */
    public static Matrix softmax(Matrix a) {
        return Losses.softmax(a);
    }

    /**
     * Returns the cross-entropy error −Σ t_k log(y_k + 1e-7), the lecture's {@code cross_entropy_error}.
     *
     * @param y the predicted probabilities, never null
     * @param t the targets, e.g. one-hot {@code (0, 0, 1)}, never null, as long as {@code y}
     * @return the error
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double crossEntropy(double[] y, double[] t) {
        return Losses.crossEntropy(y, t);
    }

    /**
     * Returns the cross-entropy error of a batch (one sample per row), averaged over the rows.
     *
     * @param y the predicted probabilities, never null
     * @param t the targets, never null, of the same shape
     * @return the mean error
     * @throws IllegalArgumentException if the shapes differ
     */
    public static double crossEntropy(Matrix y, Matrix t) {
        return Losses.crossEntropy(y, t);
    }

    /**
     * Returns lecture 001's error of sigmoid outputs, −Σ (t_i log y_i + (1 − t_i) log(1 − y_i)), with
     * no δ, as the notes write it.
     *
     * @param y the sigmoid outputs, never null, strictly between 0 and 1 for a finite result
     * @param t the targets, never null, as long as {@code y}
     * @return the error
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double binaryCrossEntropy(double[] y, double[] t) {
        return Losses.binaryCrossEntropy(y, t);
    }

    /**
     * Returns the mean squared error (1/n) Σ (y_k − t_k)².
     *
     * @param y the predictions, never null, at least one
     * @param t the targets, never null, as long as {@code y}
     * @return the error, 0 or more
     * @throws IllegalArgumentException if the lengths differ or are 0
     */
    public static double meanSquaredError(double[] y, double[] t) {
        return Losses.meanSquaredError(y, t);
    }

    // ---------------------------------------------------------------- perceptrons

    /**
     * Makes a perceptron with these weights, bias 0 and the step activation; continue with
     * {@code .bias(-1)} or {@code .threshold(0.7)} and {@code .activation(SIGMOID)}, then show
     * {@code .table(...)} or {@code .truthTable()}.
     *
     * @param weights w₁ … wₙ, never null, at least one
     * @return a new perceptron, never null
     * @throws IllegalArgumentException if there are no weights
     */
    public static Perceptron perceptron(double... weights) {
        return Perceptron.withWeights(weights);
    }

    /**
     * Returns the AND gate: weights 0.5 and 0.5, threshold 0.7, step activation;
     * {@code andGate().output(1, 1)} is 1, {@code andGate().truthTable()} shows all four rows.
     *
     * @return the perceptron, never null
     */
    public static Perceptron andGate() {
        return perceptron(0.5, 0.5).threshold(0.7);
    }

    /**
     * Returns the NAND gate: weights −0.5 and −0.5, threshold −0.7, step activation;
     * {@code nandGate().output(1, 1)} is 0.
     *
     * @return the perceptron, never null
     */
    public static Perceptron nandGate() {
        return perceptron(-0.5, -0.5).threshold(-0.7);
    }

    /**
     * Returns the OR gate: weights 0.5 and 0.5, threshold 0.2, step activation;
     * {@code orGate().output(0, 1)} is 1.
     *
     * @return the perceptron, never null
     */
    public static Perceptron orGate() {
        return perceptron(0.5, 0.5).threshold(0.2);
    }

    /**
     * Returns XOR as two layers, which no single perceptron can be: h1 = NAND(x1, x2),
     * h2 = OR(x1, x2), y = AND(h1, h2).
     *
     * @return the network, never null
     */
    public static PerceptronNetwork xorNetwork() {
        return perceptronNetwork(List.of(nandGate(), orGate()), List.of(andGate()));
    }

    /**
     * Makes a network of perceptrons in layers, e.g.
     * {@code perceptronNetwork(List.of(nandGate(), orGate()), List.of(andGate()))}.
     *
     * @param layers the layers from input to output, never null, none empty
     * @return a new network, never null
     * @throws IllegalArgumentException if a perceptron's number of weights does not fit the layer before
     */
    @SafeVarargs
    public static PerceptronNetwork perceptronNetwork(List<Perceptron>... layers) {
        return PerceptronNetwork.of(layers);
    }

    // ---------------------------------------------------------------- simpleNet and gradients

    /**
     * Makes the lecture's {@code simpleNet} with weights W: scores x·W, softmax, cross-entropy.
     *
     * @param weights W, never null, one row per input and one column per output (2x3 in the lecture)
     * @return a new network, never null
     */
    public static SimpleNet simpleNet(Matrix weights) {
        return new SimpleNet(weights, SimpleNet.Output.SOFTMAX_CROSS_ENTROPY);
    }

    /**
     * Makes the lecture's {@code simpleNet} with a 2x3 W drawn by {@code randn(2, 3, seed)}.
     *
     * @param seed any long; the same seed gives the same W
     * @return a new network, never null
     */
    public static SimpleNet simpleNet(long seed) {
        return simpleNet(randn(2, 3, seed));
    }

    /**
     * Makes lecture 001's network: scores x·W, sigmoid outputs, binary cross-entropy; its gradient is
     * (y_i − t_i) x_j.
     *
     * @param weights W, never null, one row per input and one column per output
     * @return a new network, never null
     */
    public static SimpleNet sigmoidNet(Matrix weights) {
        return new SimpleNet(weights, SimpleNet.Output.SIGMOID_CROSS_ENTROPY);
    }

    /**
     * Returns the gradient of a function of a matrix by central differences with h = 1e-4, the
     * lecture's {@code numerical_gradient(f, W)}; W itself is never changed.
     *
     * @param f the function, e.g. {@code w -> net.withWeights(w).loss(x, t)}; never null
     * @param w the point, never null
     * @return a new matrix of W's shape, never null
     */
    public static Matrix numericalGradient(ToDoubleFunction<Matrix> f, Matrix w) {
        requireNonNull(f, "f");
        requireNonNull(w, "w");
        return Matrix.of(Numerical.gradient(a -> f.applyAsDouble(Matrix.of(a)), w.toArray(), SimpleNet.H));
    }

    // ---------------------------------------------------------------- distances

    /**
     * Returns the Manhattan (L1) distance Σ |p_i − q_i|.
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @return the distance, 0 or more
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double manhattanDistance(double[] p, double[] q) {
        return minkowskiDistance(p, q, 1);
    }

    /**
     * Returns the Euclidean (L2) distance √(Σ (p_i − q_i)²).
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @return the distance, 0 or more
     * @throws IllegalArgumentException if the dimensions differ
     */
    public static double euclideanDistance(double[] p, double[] q) {
        checkSameDimension(p, q);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double d = p[i] - q[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /**
     * Returns the Minkowski distance (Σ |p_i − q_i|^m)^(1/m): m = 1 is Manhattan, m = 2 Euclidean,
     * and {@code Double.POSITIVE_INFINITY} gives max |p_i − q_i|.
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @param m the order, at least 1
     * @return the distance, 0 or more
     * @throws IllegalArgumentException if the dimensions differ or m is below 1
     */
    public static double minkowskiDistance(double[] p, double[] q, double m) {
        checkSameDimension(p, q);
        if (!(m >= 1)) {
            throw new IllegalArgumentException("m must be >= 1 but was " + Numbers.significant(m)
                    + "; below 1 the formula is no distance");
        }
        if (Double.isInfinite(m)) {
            double max = 0;
            for (int i = 0; i < p.length; i++) {
                max = Math.max(max, Math.abs(p[i] - q[i]));
            }
            return max;
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += m == 1 ? Math.abs(p[i] - q[i]) : Math.pow(Math.abs(p[i] - q[i]), m);
        }
        return m == 1 ? sum : Math.pow(sum, 1 / m);
    }

    /**
     * Returns the Minkowski distances of two points for several orders m, one row each, e.g.
     * {@code distanceTable(new double[] {0, 0}, new double[] {3, 4}, 1, 2, 3)}: 7, 5 and about 4.5.
     *
     * @param p a point, never null
     * @param q a point, never null, of the same dimension
     * @param orders the orders m, never null, each at least 1
     * @return a new table with columns m and distance, never null
     * @throws IllegalArgumentException if the dimensions differ or an order is below 1
     */
    public static Table distanceTable(double[] p, double[] q, double... orders) {
        requireNonNull(orders, "orders");
        DoubleColumn m = Columns.doubles("m");
        DoubleColumn distance = Columns.doubles("distance");
        for (double order : orders) {
            distance.append(minkowskiDistance(p, q, order));
            m.append(order);
        }
        return Table.create("Minkowski distances", m, distance);
    }

    private static void checkSameDimension(double[] p, double[] q) {
        requireNonNull(p, "p");
        requireNonNull(q, "q");
        if (p.length != q.length) {
            throw new IllegalArgumentException("p and q must have the same dimension but p has " + p.length
                    + " coordinates and q has " + q.length);
        }
    }

    // ---------------------------------------------------------------- sequences

    /**
     * Makes a sequence from its general term, e.g. {@code sequence("a", n -> 2 * n, 5)} for 2, 4, 6, 8, 10.
     *
     * @param name the name, e.g. {@code "a"}; never null or blank
     * @param term a_n as a function of n (from 1), never null
     * @param count how many terms, at least 1
     * @return a new sequence (show {@code .table()} for a table), never null
     * @throws IllegalArgumentException if the name is blank or the count below 1
     */
    public static Sequence sequence(String name, IntToDoubleFunction term, int count) {
        return Sequence.of(name, term, count);
    }

    /**
     * Makes a sequence by a recurrence, e.g. {@code recurrence("a", 1, (n, a) -> a + 2, 5)} for
     * a_1 = 1, a_{n+1} = a_n + 2: 1, 3, 5, 7, 9.
     *
     * @param name the name, never null or blank
     * @param first a_1
     * @param step a_{n+1} from n and a_n, never null
     * @param count how many terms, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if the name is blank or the count below 1
     */
    public static Sequence recurrence(String name, double first, Sequence.Step step, int count) {
        return Sequence.recurrence(name, first, step, count);
    }

    /**
     * Makes sequences that are computed together, e.g. the notes' a_1 = b_1 = 1,
     * a_{n+1} = a_n + 2b_n + 2, b_{n+1} = 2a_n + 3b_n + 1:
     * {@code coupledRecurrence(List.of("a", "b"), new double[] {1, 1},
     * (n, v) -> new double[] {v[0] + 2 * v[1] + 2, 2 * v[0] + 3 * v[1] + 1}, 3)}.
     *
     * @param names the names, never null, distinct
     * @param first the first terms, never null, one per name
     * @param step all next terms from n and all current terms, never null
     * @param count how many terms of each, at least 1
     * @return a new sequence, never null
     * @throws IllegalArgumentException if names and first terms differ in number or the count is below 1
     */
    public static Sequence coupledRecurrence(List<String> names, double[] first, Sequence.CoupledStep step,
                                             int count) {
        return Sequence.coupled(names, first, step, count);
    }

    /**
     * Returns 1!, 2!, …, count! computed by the recurrence a_1 = 1, a_{n+1} = (n + 1)a_n, as the notes
     * say a computer does it. Exact up to 18!; beyond that the doubles round.
     *
     * @param count how many terms, at least 1
     * @return a new sequence named {@code n!}, never null
     * @throws IllegalArgumentException if the count is below 1
     */
    public static Sequence factorials(int count) {
        return recurrence("n!", 1, (n, a) -> (n + 1) * a, count);
    }
}
