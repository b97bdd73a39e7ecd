package dev.diffkernel.data;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Legend;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.linalg.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled examples for classification: inputs {@code x}, one row per example, and their classes as one-hot
 * rows {@code t}, as the book feeds its networks. Immutable.
 *
 * @param name e.g. {@code spiral(100, 3, 42)}; never null
 * @param x the inputs, N × features; never null
 * @param t the targets, N × classes, one 1 per row; never null
 */
public record Dataset(String name, Matrix x, Matrix t) {
    /**
     * Checks that x and t have one row per example.
     *
     * @throws IllegalArgumentException if their row counts differ
     */
    public Dataset {
        requireNonNull(name, "name");
        requireNonNull(x, "x");
        requireNonNull(t, "t");
        if (x.rows() != t.rows()) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but t has " + t.rows()
                    + "; give one target row per example");
        }
    }

    /** The number of examples N. */
    public int size() {
        return x.rows();
    }

    /** The number of classes (columns of t). */
    public int classes() {
        return t.cols();
    }

    /** The number of input features (columns of x). */
    public int features() {
        return x.cols();
    }

    /** Each example's class, 0 … classes−1, read from the one-hot t; a new array. */
    public int[] labels() {
        int[] labels = new int[size()];
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < classes(); c++) {
                if (t.get(i, c) > t.get(i, best)) {
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    /**
     * One colour per class, the same in every picture of a data set and its decision regions: the viridis
     * scale at evenly spaced points, as the regions' heat map draws the class numbers.
     *
     * @param classes the number of classes, at least 1
     * @return CSS colours, one per class
     */
    public static List<String> classColours(int classes) {
        List<String> colours = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            colours.add(viridis(classes == 1 ? 0 : (double) c / (classes - 1)));
        }
        return colours;
    }

    private static final int[][] VIRIDIS = {{68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142},
        {38, 130, 142}, {31, 158, 137}, {53, 183, 121}, {109, 205, 89}, {180, 222, 44}, {253, 231, 37}};

    private static String viridis(double t) {
        double at = t * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(at));
        double f = at - i;
        int[] rgb = new int[3];
        for (int k = 0; k < 3; k++) {
            rgb[k] = (int) Math.round(VIRIDIS[i][k] + f * (VIRIDIS[i + 1][k] - VIRIDIS[i][k]));
        }
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /**
     * The examples as a scatter plot, one colour per class (the first two features as x and y).
     *
     * @return a new figure, never null
     * @throws IllegalStateException if the data has fewer than two features
     */
    public Figure plot() {
        if (features() < 2) {
            throw new IllegalStateException(name + " has " + features() + " feature; a scatter plot needs two");
        }
        return Figure.of(Layout.empty().withTitle(toString()).withSize(560, 520)
                .withXaxis(Axis.titled("x₁")).withYaxis(Axis.titled("x₂").withScaleAnchor("x"))
                .withLegend(Legend.at(0.01, 0.99, "rgba(255,255,255,0.8)")), points());
    }

    /** The examples as scatter traces, one per class, for pictures that draw on top of them. */
    public List<Trace> points() {
        int[] labels = labels();
        List<String> colours = classColours(classes());
        List<Trace> traces = new ArrayList<>();
        for (int c = 0; c < classes(); c++) {
            int count = 0;
            for (int label : labels) {
                count += label == c ? 1 : 0;
            }
            double[] xs = new double[count];
            double[] ys = new double[count];
            int k = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    xs[k] = x.get(i, 0);
                    ys[k++] = x.get(i, 1);
                }
            }
            traces.add(Scatter.of(xs, ys).withName("class " + c).withMode(Mode.MARKERS)
                    .withMarker(Marker.of(7, colours.get(c)).withLine(Line.of("#222222", 1))));
        }
        return traces;
    }

    /** E.g. {@code spiral(100, 3, 42): 300 examples, 2 features, 3 classes}. */
    @Override
    public String toString() {
        return name + ": " + size() + " examples, " + features() + " feature" + (features() == 1 ? "" : "s") + ", "
                + classes() + " classes";
    }
}
