package dev.diffkernel.nn;

import dev.diffkernel.linalg.Matrix;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.calc.Numerical;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The lecture's {@code simpleNet}: one weight matrix W, no bias, scores z = x·W, an output layer and
 * a loss, with the gradient of the loss with respect to W both numerically and by the chain rule.
 *
 * <p>Immutable; W is never changed, also not while the numerical gradient is taken.
 *
 * @param weights W, never null: one row per input, one column per output
 * @param output the output layer and its loss, never null
 */
public record SimpleNet(Matrix weights, Output output) {
    /** The step of the central difference, as in the lecture's {@code numerical_gradient}. */
    public static final double H = Numerical.H;

    /** The output layer and the loss that goes with it. */
    public enum Output {
        /** Softmax outputs and {@link Losses#crossEntropy(double[], double[]) cross-entropy}: the book's simpleNet. */
        SOFTMAX_CROSS_ENTROPY("softmax", "cross-entropy"),
        /** Sigmoid outputs and {@link Losses#binaryCrossEntropy binary cross-entropy}: lecture 001's network. */
        SIGMOID_CROSS_ENTROPY("sigmoid", "binary cross-entropy");

        private final String activation;
        private final String loss;

        Output(String activation, String loss) {
            this.activation = activation;
            this.loss = loss;
        }

        double[] apply(double[] z) {
            return this == SOFTMAX_CROSS_ENTROPY ? Activations.softmax(z) : Activation.SIGMOID.apply(z);
        }

        double loss(double[] y, double[] t) {
            return this == SOFTMAX_CROSS_ENTROPY ? Losses.crossEntropy(y, t) : Losses.binaryCrossEntropy(y, t);
        }

        /** Returns e.g. {@code "softmax + cross-entropy"}. */
        @Override
        public String toString() {
            return activation + " + " + loss;
        }
    }

    /**
     * Checks that no part is null.
     *
     * @throws NullPointerException if a part is null
     */
    public SimpleNet {
        requireNonNull(weights, "weights");
        requireNonNull(output, "output");
    }

    /**
     * Returns the same network with other weights.
     *
     * @param weights the new W, never null
     * @return a new network, never null
     */
    public SimpleNet withWeights(Matrix weights) {
        return new SimpleNet(weights, output);
    }

    /**
     * Returns the scores z = x·W, the lecture's {@code predict(x)}.
     *
     * @param x the input, never null, one value per row of W
     * @return a new array, one score per column of W, never null
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public double[] predict(double... x) {
        checkInput(x);
        return Matrix.rowVector(x).dot(weights).row(0);
    }

    /**
     * Returns the outputs y: softmax(z) or σ(z).
     *
     * @param x the input, never null, one value per row of W
     * @return a new array, one output per column of W, never null
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public double[] outputs(double... x) {
        return output.apply(predict(x));
    }

    /**
     * Returns the loss of the outputs against the targets, the lecture's {@code loss(x, t)}.
     *
     * @param x the input, never null, one value per row of W
     * @param t the targets, never null, one per column of W
     * @return the loss
     * @throws IllegalArgumentException if {@code x} or {@code t} has the wrong length
     */
    public double loss(double[] x, double[] t) {
        checkTarget(t);
        return output.loss(outputs(x), t);
    }

    /**
     * Returns ∂L/∂W by central differences with h = 1e-4, the lecture's
     * {@code numerical_gradient(lambda w: net.loss(x, t), net.W)}. W itself is not changed.
     *
     * @param x the input, never null, one value per row of W
     * @param t the targets, never null, one per column of W
     * @return a new matrix of W's shape, never null
     * @throws IllegalArgumentException if {@code x} or {@code t} has the wrong length
     */
    public Matrix numericalGradient(double[] x, double[] t) {
        checkInput(x);
        checkTarget(t);
        double[] xs = x.clone();
        double[] ts = t.clone();
        return Matrix.of(Numerical.gradient(w -> withWeights(Matrix.of(w)).loss(xs, ts), weights.toArray(), H));
    }

    /**
     * Returns ∂L/∂W by the chain rule: ∂L/∂w_ji = (y_i − t_i) x_j, the same formula for softmax with
     * cross-entropy and for sigmoid with binary cross-entropy (lecture 001). For softmax it ignores the
     * loss's δ = 1e-7, so it agrees with {@link #numericalGradient} to about 1e-7.
     *
     * @param x the input, never null, one value per row of W
     * @param t the targets, never null, one per column of W
     * @return a new matrix of W's shape, never null
     * @throws IllegalArgumentException if {@code x} or {@code t} has the wrong length
     */
    public Matrix analyticGradient(double[] x, double[] t) {
        checkTarget(t);
        double[] y = outputs(x);
        double[] error = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            error[i] = y[i] - t[i];
        }
        return Matrix.columnVector(x).dot(Matrix.rowVector(error));
    }

    /**
     * Returns both gradients side by side, one row per weight {@code w_ji} (j the input, i the output,
     * both counted from 1), with their difference.
     *
     * @param x the input, never null, one value per row of W
     * @param t the targets, never null, one per column of W
     * @return a new table with columns weight, value, numerical, analytic, difference; never null
     * @throws IllegalArgumentException if {@code x} or {@code t} has the wrong length
     */
    public Table gradientTable(double[] x, double[] t) {
        Matrix numerical = numericalGradient(x, t);
        Matrix analytic = analyticGradient(x, t);
        StringColumn name = StringColumn.create("weight");
        DoubleColumn value = Columns.doubles("value");
        DoubleColumn num = Columns.doubles("numerical");
        DoubleColumn ana = Columns.doubles("analytic");
        DoubleColumn diff = Columns.doubles("difference");
        for (int j = 0; j < weights.rows(); j++) {
            for (int i = 0; i < weights.cols(); i++) {
                name.append("w" + (j + 1) + (i + 1));
                value.append(weights.get(j, i));
                num.append(numerical.get(j, i));
                ana.append(analytic.get(j, i));
                diff.append(numerical.get(j, i) - analytic.get(j, i));
            }
        }
        return Table.create("dL/dW: numerical vs (y_i - t_i) x_j", name, value, num, ana, diff);
    }

    private void checkInput(double[] x) {
        requireNonNull(x, "x");
        if (x.length != weights.rows()) {
            throw new IllegalArgumentException("x has " + x.length + " values but W is " + weights.shape()
                    + ", so x needs " + weights.rows() + " (one per row of W)");
        }
    }

    private void checkTarget(double[] t) {
        requireNonNull(t, "t");
        if (t.length != weights.cols()) {
            throw new IllegalArgumentException("t has " + t.length + " values but W is " + weights.shape()
                    + ", so t needs " + weights.cols() + " (one per column of W)");
        }
    }

    /** Returns e.g. {@code "simpleNet(W 2x3, softmax + cross-entropy)"} followed by W. */
    @Override
    public String toString() {
        return "simpleNet(W " + weights.shape() + ", " + output + ")\nW =\n" + weights;
    }
}
