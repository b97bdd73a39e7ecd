package dev.diffkernel.backprop;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.data.Dataset;
import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Heatmap;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Legend;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;
import java.util.ArrayList;
import java.util.List;
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
    private final boolean diverged;

    TrainingRun(TwoLayerNet start, TwoLayerNet net, Dataset data, double learningRate, int epochs, double[] losses,
                double[] accuracies, String reason, boolean diverged) {
        this.start = requireNonNull(start, "start");
        this.net = requireNonNull(net, "net");
        this.data = requireNonNull(data, "data");
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.losses = losses.clone();
        this.accuracies = accuracies.clone();
        this.reason = requireNonNull(reason, "reason");
        this.diverged = diverged;
    }

    /** True when the loss ran away (the learning rate is too large); {@link #reason()} says how. */
    public boolean diverged() {
        return diverged;
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
     * The training curves: loss and accuracy against the epoch.
     *
     * @return a new figure, never null
     */
    public Figure plot() {
        double[] epoch = new double[losses.length];
        for (int i = 0; i < epoch.length; i++) {
            epoch[i] = i;
        }
        return Figure.of(Layout.empty().withTitle("training on " + data.name() + ", lr = " + number(learningRate)
                        + ": accuracy " + String.format(Locale.ROOT, "%.1f%%", 100 * accuracy()))
                        .withSize(700, 420).withXaxis(Axis.titled("epoch"))
                        // the first steps of a large rate may overshoot; the range keeps the rest readable
                        .withYaxis(Axis.titled("loss, accuracy").withRange(0, Math.max(1.05, 1.5 * losses[0])))
                        .withLegend(Legend.at(0.75, 0.6, "rgba(255,255,255,0.8)")),
                Scatter.of(epoch, losses).withName("loss").withMode(Mode.LINES).withLine(Line.of("#e4002b", 2)),
                Scatter.of(epoch, accuracies).withName("accuracy").withMode(Mode.LINES).withLine(Line.of("#1f77b4", 2)));
    }

    /**
     * The decision regions: the class the trained network predicts at every point of the plane around the
     * data, with the examples on top.
     *
     * @return a new figure, never null
     */
    public Figure boundary() {
        return regions(net, data, "decision regions of the trained network, accuracy "
                + String.format(Locale.ROOT, "%.1f%%", 100 * accuracy()));
    }

    /** The decision regions of any network on a two-feature data set. */
    static Figure regions(TwoLayerNet net, Dataset data, String title) {
        if (data.features() != 2) {
            throw new IllegalStateException("decision regions need two input features but " + data.name() + " has "
                    + data.features());
        }
        double lo0 = Double.POSITIVE_INFINITY, hi0 = Double.NEGATIVE_INFINITY;
        double lo1 = Double.POSITIVE_INFINITY, hi1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            lo0 = Math.min(lo0, data.x().get(i, 0));
            hi0 = Math.max(hi0, data.x().get(i, 0));
            lo1 = Math.min(lo1, data.x().get(i, 1));
            hi1 = Math.max(hi1, data.x().get(i, 1));
        }
        double pad0 = 0.1 * (hi0 - lo0) + 1e-9;
        double pad1 = 0.1 * (hi1 - lo1) + 1e-9;
        int n = 120;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] grid = new double[n * n * 2];
        for (int i = 0; i < n; i++) {
            xs[i] = lo0 - pad0 + (hi0 - lo0 + 2 * pad0) * i / (n - 1);
            ys[i] = lo1 - pad1 + (hi1 - lo1 + 2 * pad1) * i / (n - 1);
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                grid[2 * (r * n + c)] = xs[c];
                grid[2 * (r * n + c) + 1] = ys[r];
            }
        }
        int[] classes = net.classify(grid);
        double[][] z = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                z[r][c] = classes[r * n + c];
            }
        }
        List<Trace> traces = new ArrayList<>();
        traces.add(Heatmap.of(xs, ys, z).withName("predicted class").withColorscale("Viridis").withShowScale(false)
                .withOpacity(0.35).withZmin(0.0).withZmax((double) Math.max(1, data.classes() - 1)));
        traces.addAll(data.points());
        return Figure.of(Layout.empty().withTitle(title).withSize(580, 540)
                .withXaxis(Axis.titled("x₁").withRange(xs[0], xs[n - 1]))
                .withYaxis(Axis.titled("x₂").withRange(ys[0], ys[n - 1]).withScaleAnchor("x"))
                .withLegend(Legend.at(0.01, 0.99, "rgba(255,255,255,0.8)")), traces);
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
                + (diverged || epochsTaken() < epochs ? "\n  " + reason : "");
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
