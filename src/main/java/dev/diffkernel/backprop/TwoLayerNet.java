package dev.diffkernel.backprop;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Numerical;
import dev.diffkernel.data.Dataset;
import dev.diffkernel.linalg.Matrix;
import java.util.Random;

/**
 * The book's two-layer network: Affine → ReLU → Affine → Softmax-with-loss. Its start differs from the
 * book's (0.01·randn, zero biases) in two ways, both for the spiral lecture: W1 and W2 are 0.3·randn, which
 * trains the spiral in 2,000 full-batch epochs where 0.01 stalls near 65% accuracy; and b1 = 1, which keeps every
 * hidden unit active at the start (|x·W1| stays below 1 for inputs in the unit disc), so the loss has no ReLU
 * kink within h of the start and the gradient check compares smooth functions (CS231n's "kinks in the
 * objective"). Its gradient comes by backpropagation, layer by layer, each layer's backward rule applied to the
 * gradient flowing in from the right:
 * <ul>
 *   <li>Softmax-with-loss: ∂L/∂s = (y − t) / N</li>
 *   <li>Affine s = h·W2 + b2: ∂L/∂W2 = hᵀ·∂L/∂s, ∂L/∂b2 = column sums of ∂L/∂s, ∂L/∂h = ∂L/∂s·W2ᵀ</li>
 *   <li>ReLU h = max(0, a): ∂L/∂a = ∂L/∂h where a &gt; 0, else 0</li>
 *   <li>Affine a = x·W1 + b1: ∂L/∂W1 = xᵀ·∂L/∂a, ∂L/∂b1 = column sums of ∂L/∂a</li>
 * </ul>
 * The loss is the mean cross-entropy, computed as a stable log-softmax (no {@code 1e-7} inside the log), so the
 * analytic gradient is exactly its derivative and the gradient check agrees to about 1e-10.
 *
 * <p>Immutable: training returns a new network.
 */
public final class TwoLayerNet {
    /** The step of the central difference in {@link #numericalGradient}, as in the notes. */
    public static final double H = Numerical.H;
    /** The standard deviation of the starting weights (the book's {@code weight_init_std}). */
    public static final double WEIGHT_INIT_STD = 0.3;
    /** The hidden layer's starting bias: every unit starts active for inputs in the unit disc. */
    public static final double INITIAL_HIDDEN_BIAS = 1.0;

    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final double[] w1;
    private final double[] b1;
    private final double[] w2;
    private final double[] b2;
    /** W2 transposed, outputs × hidden, so that the inner loops run along the hidden layer. */
    private final double[] w2t;
    /** The latest training pass, so that its accuracy costs no second pass; not part of the value. */
    private Pass lastPass;

    private TwoLayerNet(int inputs, int hidden, int outputs, double[] w1, double[] b1, double[] w2, double[] b2) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.w2t = new double[w2.length];
        for (int k = 0; k < hidden; k++) {
            for (int c = 0; c < outputs; c++) {
                w2t[c * hidden + k] = w2[k * outputs + c];
            }
        }
    }

    /**
     * A fresh network with seeded weights: W1 and W2 are {@value #WEIGHT_INIT_STD} times standard normal numbers
     * from {@code new Random(seed)}, drawn row by row (W1 first), b1 is {@value #INITIAL_HIDDEN_BIAS} and b2 zero.
     *
     * @param inputs the input size, at least 1
     * @param hidden the hidden layer's size, at least 1
     * @param outputs the number of classes, at least 2
     * @param seed the seed of the weights
     * @return the network, never null
     * @throws IllegalArgumentException if a size is out of range
     */
    public static TwoLayerNet of(int inputs, int hidden, int outputs, long seed) {
        check(inputs >= 1, "inputs must be >= 1 but was " + inputs);
        check(hidden >= 1, "hidden must be >= 1 but was " + hidden);
        check(outputs >= 2, "outputs must be >= 2 (softmax over one class is always 1) but was " + outputs);
        Random random = new Random(seed);
        double[] w1 = new double[inputs * hidden];
        double[] w2 = new double[hidden * outputs];
        for (int i = 0; i < w1.length; i++) {
            w1[i] = WEIGHT_INIT_STD * random.nextGaussian();
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] = WEIGHT_INIT_STD * random.nextGaussian();
        }
        double[] b1 = new double[hidden];
        java.util.Arrays.fill(b1, INITIAL_HIDDEN_BIAS);
        return new TwoLayerNet(inputs, hidden, outputs, w1, b1, w2, new double[outputs]);
    }

    /**
     * A network with the given parameters, e.g. to try a hand-made change.
     *
     * @param parameters W1 (inputs × hidden), b1 (1 × hidden), W2 (hidden × outputs), b2 (1 × outputs); never null
     * @return the network, never null
     * @throws IllegalArgumentException if the shapes do not fit together
     */
    public static TwoLayerNet of(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        int in = parameters.W1().rows();
        int hid = parameters.W1().cols();
        int out = parameters.W2().cols();
        check(parameters.b1().rows() == 1 && parameters.b1().cols() == hid,
                "b1 must be 1x" + hid + " to match W1 " + parameters.W1().shape() + " but was " + parameters.b1().shape());
        check(parameters.W2().rows() == hid,
                "W2 must have " + hid + " rows to match W1 " + parameters.W1().shape() + " but was " + parameters.W2().shape());
        check(parameters.b2().rows() == 1 && parameters.b2().cols() == out,
                "b2 must be 1x" + out + " to match W2 " + parameters.W2().shape() + " but was " + parameters.b2().shape());
        check(out >= 2, "W2 must have at least 2 columns (classes) but was " + parameters.W2().shape());
        return new TwoLayerNet(in, hid, out, flat(parameters.W1()), flat(parameters.b1()), flat(parameters.W2()),
                flat(parameters.b2()));
    }

    /** The input size. */
    public int inputs() {
        return inputs;
    }

    /** The hidden layer's size. */
    public int hidden() {
        return hidden;
    }

    /** The number of classes. */
    public int outputs() {
        return outputs;
    }

    /** W1, b1, W2, b2 as matrices (copies). */
    public Parameters parameters() {
        return new Parameters(matrix(w1, inputs, hidden), matrix(b1, 1, hidden), matrix(w2, hidden, outputs),
                matrix(b2, 1, outputs));
    }

    /**
     * The hidden layer's output ReLU(x·W1 + b1), one row per example.
     *
     * @param x the inputs, N × inputs; never null
     * @return a new N × hidden matrix
     * @throws IllegalArgumentException if x has the wrong number of columns
     */
    public Matrix hidden(Matrix x) {
        Pass pass = forward(rows(x, inputs, "x"), null);
        return matrix(pass.h, pass.n, hidden);
    }

    /**
     * The softmax output y, one row of class probabilities per example (the book's {@code predict}, with
     * softmax).
     *
     * @param x the inputs, N × inputs; never null
     * @return a new N × outputs matrix whose rows sum to 1
     * @throws IllegalArgumentException if x has the wrong number of columns
     */
    public Matrix predict(Matrix x) {
        Pass pass = forward(rows(x, inputs, "x"), null);
        return matrix(pass.y, pass.n, outputs);
    }

    /**
     * The mean cross-entropy loss L over the examples.
     *
     * @param x the inputs, N × inputs; never null
     * @param t the one-hot targets, N × outputs; never null
     * @return L, at least 0
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public double loss(Matrix x, Matrix t) {
        return forward(rows(x, inputs, "x"), targets(x, t)).loss;
    }

    /**
     * The share of examples whose most probable class is the target's.
     *
     * @param x the inputs; never null
     * @param t the one-hot targets; never null
     * @return a number from 0 to 1
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public double accuracy(Matrix x, Matrix t) {
        double[] target = targets(x, t);
        return forward(rows(x, inputs, "x"), target).accuracy(target);
    }

    /** The accuracy on a data set; see {@link #accuracy(Matrix, Matrix)}. */
    public double accuracy(Dataset data) {
        requireNonNull(data, "data");
        return accuracy(data.x(), data.t());
    }

    /** The loss on a data set; see {@link #loss(Matrix, Matrix)}. */
    public double loss(Dataset data) {
        requireNonNull(data, "data");
        return loss(data.x(), data.t());
    }

    /**
     * ∂L/∂W1, ∂L/∂b1, ∂L/∂W2, ∂L/∂b2 by backpropagation: one forward pass, then each layer's backward rule
     * from the loss back to the input (see the class comment). Exact up to rounding.
     *
     * @param x the inputs, N × inputs; never null
     * @param t the one-hot targets, N × outputs; never null
     * @return the gradients, shaped like the parameters; never null
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public Parameters gradient(Matrix x, Matrix t) {
        double[] target = targets(x, t);
        double[][] g = backward(forward(rows(x, inputs, "x"), target), target);
        return new Parameters(matrix(g[0], inputs, hidden), matrix(g[1], 1, hidden), matrix(g[2], hidden, outputs),
                matrix(g[3], 1, outputs));
    }

    /**
     * The same gradients by the notes' central difference, (L(p + h) − L(p − h)) / 2h with h = 1e-4, one
     * parameter at a time: two forward passes per parameter, which is why backpropagation wins.
     *
     * @param x the inputs; never null
     * @param t the one-hot targets; never null
     * @return the gradients, shaped like the parameters; never null
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public Parameters numericalGradient(Matrix x, Matrix t) {
        double[] target = targets(x, t);
        double[] in = rows(x, inputs, "x");
        TwoLayerNet scratch = new TwoLayerNet(inputs, hidden, outputs, w1.clone(), b1.clone(), w2.clone(), b2.clone());
        double[][] params = {scratch.w1, scratch.b1, scratch.w2, scratch.b2};
        double[][] grads = new double[4][];
        for (int p = 0; p < 4; p++) {
            double[] param = params[p];
            grads[p] = new double[param.length];
            for (int i = 0; i < param.length; i++) {
                double saved = param[i];
                scratch.set(p, i, saved + H);
                double plus = scratch.forward(in, target).loss;
                scratch.set(p, i, saved - H);
                double minus = scratch.forward(in, target).loss;
                scratch.set(p, i, saved);
                grads[p][i] = (plus - minus) / (2 * H);
            }
        }
        return new Parameters(matrix(grads[0], inputs, hidden), matrix(grads[1], 1, hidden),
                matrix(grads[2], hidden, outputs), matrix(grads[3], 1, outputs));
    }

    /** Sets one entry of parameter p (0 W1, 1 b1, 2 W2, 3 b2) of this scratch copy, W2's transpose too. */
    private void set(int p, int i, double value) {
        switch (p) {
            case 0: w1[i] = value; break;
            case 1: b1[i] = value; break;
            case 2:
                w2[i] = value;
                w2t[(i % outputs) * hidden + i / outputs] = value;
                break;
            default: b2[i] = value;
        }
    }

    /**
     * Starts full-batch training on a data set: each epoch is one step of gradient descent on the loss over all
     * examples, with the backpropagated gradient. Set it up with {@code .lr(1.0).epochs(2000)} and
     * {@code .run()}.
     *
     * @param data the examples; their features and classes must match the network's sizes; never null
     * @return the training to set up and run, never null
     * @throws IllegalArgumentException if the data does not fit the network
     */
    public Training train(Dataset data) {
        requireNonNull(data, "data");
        rows(data.x(), inputs, "x");
        targets(data.x(), data.t());
        return new Training(this, data);
    }

    /** E.g. {@code twoLayerNet(2, 50, 3): Affine 2→50 → ReLU → Affine 50→3 → Softmax-with-loss, 303 parameters}. */
    @Override
    public String toString() {
        return "twoLayerNet(" + inputs + ", " + hidden + ", " + outputs + "): Affine " + inputs + "→" + hidden
                + " → ReLU → Affine " + hidden + "→" + outputs + " → Softmax-with-loss, " + parameterCount()
                + " parameters";
    }

    /** The number of weights and biases. */
    public int parameterCount() {
        return w1.length + b1.length + w2.length + b2.length;
    }

    // ---------------------------------------------------------------- flat parameters, for training

    double[] flatParameters() {
        double[] flat = new double[parameterCount()];
        int at = 0;
        for (double[] p : new double[][] {w1, b1, w2, b2}) {
            System.arraycopy(p, 0, flat, at, p.length);
            at += p.length;
        }
        return flat;
    }

    TwoLayerNet withFlatParameters(double[] flat) {
        double[][] parts = {new double[w1.length], new double[b1.length], new double[w2.length], new double[b2.length]};
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(flat, at, p, 0, p.length);
            at += p.length;
        }
        return new TwoLayerNet(inputs, hidden, outputs, parts[0], parts[1], parts[2], parts[3]);
    }

    /** The loss and the flat gradient in one pass, for training; the pass is kept for {@link #accuracyOf}. */
    double lossAndGradient(double[] x, double[] target, double[] flatGradient) {
        Pass pass = forward(x, target);
        lastPass = pass;
        double[][] g = backward(pass, target);
        int at = 0;
        for (double[] p : g) {
            System.arraycopy(p, 0, flatGradient, at, p.length);
            at += p.length;
        }
        return pass.loss;
    }

    /** The accuracy from the pass {@link #lossAndGradient} just made on this network (or a new pass). */
    double accuracyOf(double[] x, double[] target) {
        Pass pass = lastPass != null && lastPass.x == x ? lastPass : forward(x, target);
        return pass.accuracy(target);
    }

    double lossOf(double[] x, double[] target) {
        return forward(x, target).loss;
    }

    int[] classify(double[] x) {
        Pass pass = forward(x, null);
        int[] classes = new int[pass.n];
        for (int i = 0; i < pass.n; i++) {
            classes[i] = pass.argmax(i);
        }
        return classes;
    }

    // ---------------------------------------------------------------- the layers

    /** One forward pass: every layer's output, kept for the backward pass. */
    private final class Pass {
        final int n;
        final double[] x;
        final double[] a;
        final double[] h;
        final double[] y;
        double loss;

        Pass(double[] x) {
            this.x = x;
            this.n = x.length / inputs;
            this.a = new double[n * hidden];
            this.h = new double[n * hidden];
            this.y = new double[n * outputs];
        }

        int argmax(int row) {
            int best = 0;
            for (int c = 1; c < outputs; c++) {
                if (y[row * outputs + c] > y[row * outputs + best]) {
                    best = c;
                }
            }
            return best;
        }

        double accuracy(double[] target) {
            int right = 0;
            for (int i = 0; i < n; i++) {
                int best = argmax(i);
                int want = 0;
                for (int c = 1; c < outputs; c++) {
                    if (target[i * outputs + c] > target[i * outputs + want]) {
                        want = c;
                    }
                }
                right += best == want ? 1 : 0;
            }
            return (double) right / n;
        }
    }

    private Pass forward(double[] x, double[] target) {
        Pass pass = new Pass(x);
        int n = pass.n;
        // Affine 1 and ReLU: a = x·W1 + b1, h = max(0, a)
        for (int i = 0; i < n; i++) {
            int row = i * hidden;
            System.arraycopy(b1, 0, pass.a, row, hidden);
            for (int k = 0; k < inputs; k++) {
                double xik = x[i * inputs + k];
                int wRow = k * hidden;
                for (int j = 0; j < hidden; j++) {
                    pass.a[row + j] += xik * w1[wRow + j];
                }
            }
            for (int j = 0; j < hidden; j++) {
                pass.h[row + j] = Math.max(0, pass.a[row + j]);
            }
        }
        // Affine 2: s = h·W2 + b2, then softmax and cross-entropy (as a stable log-softmax)
        double loss = 0;
        double[] s = new double[outputs];
        for (int i = 0; i < n; i++) {
            int row = i * hidden;
            for (int c = 0; c < outputs; c++) {
                int col = c * hidden;
                double sum = b2[c];
                for (int k = 0; k < hidden; k++) {
                    sum += pass.h[row + k] * w2t[col + k];
                }
                s[c] = sum;
            }
            double max = s[0];
            for (int c = 1; c < outputs; c++) {
                max = Math.max(max, s[c]);
            }
            double sum = 0;
            for (int c = 0; c < outputs; c++) {
                sum += Math.exp(s[c] - max);
            }
            double logSum = Math.log(sum);
            for (int c = 0; c < outputs; c++) {
                double logY = s[c] - max - logSum;
                pass.y[i * outputs + c] = Math.exp(logY);
                if (target != null && target[i * outputs + c] != 0) {
                    loss -= target[i * outputs + c] * logY;
                }
            }
        }
        pass.loss = loss / n;
        return pass;
    }

    /** Each layer's backward rule, from the loss back: returns dW1, db1, dW2, db2. */
    private double[][] backward(Pass pass, double[] target) {
        int n = pass.n;
        double[] dW1 = new double[w1.length];
        double[] db1 = new double[hidden];
        double[] dW2t = new double[w2t.length];
        double[] db2 = new double[outputs];
        double[] dh = new double[hidden];
        for (int i = 0; i < n; i++) {
            int row = i * hidden;
            java.util.Arrays.fill(dh, 0);
            for (int c = 0; c < outputs; c++) {
                // Softmax-with-loss: ∂L/∂s = (y − t) / N
                double ds = (pass.y[i * outputs + c] - target[i * outputs + c]) / n;
                db2[c] += ds;
                // Affine 2: ∂L/∂W2 += hᵀ·∂L/∂s, ∂L/∂h = ∂L/∂s·W2ᵀ
                int col = c * hidden;
                for (int k = 0; k < hidden; k++) {
                    dW2t[col + k] += pass.h[row + k] * ds;
                    dh[k] += ds * w2t[col + k];
                }
            }
            // ReLU: the gradient passes where a > 0 and stops elsewhere
            for (int k = 0; k < hidden; k++) {
                if (!(pass.a[row + k] > 0)) {
                    dh[k] = 0;
                }
                db1[k] += dh[k];
            }
            // Affine 1: ∂L/∂W1 += xᵀ·∂L/∂a, ∂L/∂b1 += ∂L/∂a
            for (int k = 0; k < inputs; k++) {
                double xik = pass.x[i * inputs + k];
                int wRow = k * hidden;
                for (int j = 0; j < hidden; j++) {
                    dW1[wRow + j] += xik * dh[j];
                }
            }
        }
        double[] dW2 = new double[w2.length];
        for (int k = 0; k < hidden; k++) {
            for (int c = 0; c < outputs; c++) {
                dW2[k * outputs + c] = dW2t[c * hidden + k];
            }
        }
        return new double[][] {dW1, db1, dW2, db2};
    }

    // ---------------------------------------------------------------- matrices in and out

    double[] targets(Matrix x, Matrix t) {
        requireNonNull(x, "x");
        requireNonNull(t, "t");
        check(t.rows() == x.rows(), "x has " + x.rows() + " rows but t has " + t.rows() + "; give one target row per example");
        return rows(t, outputs, "t");
    }

    static double[] rows(Matrix m, int cols, String name) {
        requireNonNull(m, name);
        check(m.cols() == cols, name + " must have " + cols + " columns for this network but was " + m.shape());
        double[] flat = new double[m.rows() * cols];
        for (int r = 0; r < m.rows(); r++) {
            System.arraycopy(m.row(r), 0, flat, r * cols, cols);
        }
        return flat;
    }

    private static double[] flat(Matrix m) {
        return rows(m, m.cols(), "matrix");
    }

    private static Matrix matrix(double[] flat, int rows, int cols) {
        double[][] values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            values[r] = java.util.Arrays.copyOfRange(flat, r * cols, (r + 1) * cols);
        }
        return Matrix.of(values);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
