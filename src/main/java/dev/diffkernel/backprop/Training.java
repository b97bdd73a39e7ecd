package dev.diffkernel.backprop;

import dev.diffkernel.data.Dataset;
import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.optim.Descent;
import dev.diffkernel.optim.GradientDescent;
import dev.diffkernel.optim.Outcome;
import dev.diffkernel.optim.Run;

/**
 * Full-batch training of a {@link TwoLayerNet} on a {@link Dataset}, set up step by step:
 * {@code net.train(data).lr(1.0).epochs(2000).run()}. Each epoch is one step of gradient descent over all
 * examples with the backpropagated gradient, run by the same loop as {@code gradientDescent}: long runs show
 * their progress in place, Kernel &gt; Interrupt stops them, a diverging run says so. Immutable: each setter
 * returns a new training.
 */
public final class Training {
    /** The learning rate unless set: the book's 0.1. */
    public static final double DEFAULT_LEARNING_RATE = 0.1;
    /** The number of epochs unless set. */
    public static final int DEFAULT_EPOCHS = 1000;

    private final TwoLayerNet net;
    private final Dataset data;
    private final double learningRate;
    private final int epochs;
    private final boolean quiet;

    Training(TwoLayerNet net, Dataset data) {
        this(net, data, DEFAULT_LEARNING_RATE, DEFAULT_EPOCHS, false);
    }

    private Training(TwoLayerNet net, Dataset data, double learningRate, int epochs, boolean quiet) {
        this.net = net;
        this.data = data;
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.quiet = quiet;
    }

    /**
     * Sets the learning rate.
     *
     * @param learningRate greater than 0 and finite; the default is 0.1
     * @return a new training, never null
     * @throws IllegalArgumentException if it is not greater than 0 or not finite
     */
    public Training lr(double learningRate) {
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learningRate must be > 0 but was " + learningRate);
        }
        return new Training(net, data, learningRate, epochs, quiet);
    }

    /**
     * Sets the number of epochs, passes over the whole data set, one gradient step each.
     *
     * @param epochs at least 1; the default is 1000
     * @return a new training, never null
     * @throws IllegalArgumentException if {@code epochs} is below 1
     */
    public Training epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1 but was " + epochs);
        }
        return new Training(net, data, learningRate, epochs, quiet);
    }

    /**
     * Shows no progress while running, even for long runs.
     *
     * @return a new training, never null
     */
    public Training quiet() {
        return new Training(net, data, learningRate, epochs, true);
    }

    /**
     * Trains. The network this training started from is not changed; the result holds the trained one.
     *
     * @return the loss and accuracy of every epoch and the trained network, never null
     */
    public TrainingRun run() {
        double[] x = TwoLayerNet.rows(data.x(), net.inputs(), "x");
        double[] t = net.targets(data.x(), data.t());
        Passes passes = new Passes(net, x, t);
        GradientDescent descent = Descent.gradientDescent((Matrix w) -> passes.at(w.row(0)).loss,
                        Matrix.of(net.flatParameters()))
                .matrixGradient(w -> Matrix.of(passes.at(w.row(0)).gradient))
                .lr(learningRate)
                .steps(epochs);
        if (quiet) {
            descent = descent.quiet();
        }
        Run run = descent.run();
        double[] losses = run.losses();
        double[][] path = run.path();
        double[] accuracies = new double[path.length];
        for (int epoch = 0; epoch < path.length; epoch++) {
            accuracies[epoch] = passes.at(path[epoch]).accuracy;
        }
        return new TrainingRun(net, net.withFlatParameters(run.end()), data, learningRate, epochs, losses,
                accuracies, run.reason(),
                run.outcome() == Outcome.DIVERGED);
    }

    /** One forward and backward pass per point, shared by the loop's f, its gradient and the accuracy. */
    private static final class Passes {
        private final TwoLayerNet net;
        private final double[] x;
        private final double[] t;
        private final java.util.Map<Point, Pass> recent = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Point, Pass> eldest) {
                return size() > 4;
            }
        };
        private Pass last;

        Passes(TwoLayerNet net, double[] x, double[] t) {
            this.net = net;
            this.x = x;
            this.t = t;
        }

        Pass at(double[] w) {
            if (last != null && java.util.Arrays.equals(last.w, w)) {
                return last;
            }
            Pass pass = recent.get(new Point(w));
            if (pass == null) {
                double[] gradient = new double[w.length];
                TwoLayerNet at = net.withFlatParameters(w);
                double loss = at.lossAndGradient(x, t, gradient);
                pass = new Pass(w.clone(), loss, gradient, at.accuracyOf(x, t));
                recent.put(new Point(pass.w), pass);
            }
            last = pass;
            return pass;
        }
    }

    private record Pass(double[] w, double loss, double[] gradient, double accuracy) {}

    private record Point(double[] w) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Point p && java.util.Arrays.equals(w, p.w);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(w);
        }
    }

    /** E.g. {@code training twoLayerNet(2, 50, 3) on spiral(100, 3, 42): lr = 1, 2000 epochs (call .run())}. */
    @Override
    public String toString() {
        return "training " + net + " on " + data.name() + ": lr = " + learningRate + ", " + epochs
                + " epochs, full batch (call .run() to run it)";
    }
}
