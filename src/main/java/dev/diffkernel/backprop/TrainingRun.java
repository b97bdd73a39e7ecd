package dev.diffkernel.backprop;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.data.Dataset;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A finished training: the trained network and the loss and accuracy after every epoch (entry 0 is the
 * untrained network). Immutable; arrays handed out are copies.
 */
public final class TrainingRun {
    private final TwoLayerNet start;
    private final TwoLayerNet net;
    private final Dataset data;
    private final double learningRate;
    private final int epochs;
    private final double[] losses;
    private final double[] accuracies;
    private final String reason;

    TrainingRun(TwoLayerNet start, TwoLayerNet net, Dataset data, double learningRate, int epochs, double[] losses,
                double[] accuracies, String reason) {
        this.start = requireNonNull(start, "start");
        this.net = requireNonNull(net, "net");
        this.data = requireNonNull(data, "data");
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.losses = losses.clone();
        this.accuracies = accuracies.clone();
        this.reason = requireNonNull(reason, "reason");
    }

    /** The trained network. */
    public TwoLayerNet net() {
        return net;
    }

    /** The network before training. */
    public TwoLayerNet start() {
        return start;
    }

    /** The data it was trained on. */
    public Dataset data() {
        return data;
    }

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** The epochs asked for. */
    public int epochs() {
        return epochs;
    }

    /** The epochs taken: fewer than asked when the run diverged. */
    public int epochsTaken() {
        return losses.length - 1;
    }

    /** The trained network's accuracy on the training data, from 0 to 1. */
    public double accuracy() {
        return accuracies[accuracies.length - 1];
    }

    /** The trained network's loss on the training data. */
    public double loss() {
        return losses[losses.length - 1];
    }

    /** The loss after each epoch, entry 0 before training; a copy. */
    public double[] losses() {
        return losses.clone();
    }

    /** The accuracy after each epoch, entry 0 before training; a copy. */
    public double[] accuracies() {
        return accuracies.clone();
    }

    /** How the run ended, in the words of gradient descent's summary. */
    public String reason() {
        return reason;
    }

    /** Epoch by epoch: a Tablesaw table with the columns epoch, loss, accuracy. */
    public Table table() {
        int[] epoch = new int[losses.length];
        for (int i = 0; i < epoch.length; i++) {
            epoch[i] = i;
        }
        return Table.create("training " + data.name() + ", lr = " + number(learningRate),
                IntColumn.create("epoch", epoch), DoubleColumn.create("loss", losses),
                DoubleColumn.create("accuracy", accuracies));
    }

    /**
     * E.g.
     * <pre>
     * Trained twoLayerNet(2, 50, 3) on spiral(100, 3, 42): 2000 epochs, lr = 1
     *   loss      1.0986 → 0.1234
     *   accuracy  33.3% → 97.7%
     * </pre>
     */
    @Override
    public String toString() {
        return "Trained twoLayerNet(" + net.inputs() + ", " + net.hidden() + ", " + net.outputs() + ") on " + data.name()
                + ": " + epochsTaken() + " epoch" + (epochsTaken() == 1 ? "" : "s") + ", lr = " + number(learningRate)
                + ", full batch\n"
                + String.format(Locale.ROOT, "  loss      %.4f → %.4f%n", losses[0], loss())
                + String.format(Locale.ROOT, "  accuracy  %.1f%% → %.1f%%", 100 * accuracies[0], 100 * accuracy())
                + (epochsTaken() < epochs ? "\n  " + reason : "");
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
