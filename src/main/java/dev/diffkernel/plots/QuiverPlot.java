package dev.diffkernel.plots;

import dev.diffkernel.common.Args;
import dev.diffkernel.plots.internal.ChartLayout;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.plots.internal.PlotFunction;
import dev.diffkernel.plots.internal.Samples;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Arrows of the negative gradient −∇f on a grid, with one unit as long on both axes: each arrow
 * points the way f falls fastest and its length grows with the slope (the lecture's gradient_2d
 * picture): {@code quiver(f).x(-2, 2).y(-2, 2)}. Immutable; each step returns a new plot.
 */
public final class QuiverPlot implements Chart {
    /** Samples (arrows) per axis unless {@link #samples} says otherwise: -2 to 2 in steps of 0.25, as in the lecture. */
    public static final int DEFAULT_SAMPLES = 17;
    static final String ARROW_COLOUR = "#666666";

    private final PlotFunction f;
    private final double[] xRange;
    private final double[] yRange;
    private final int samples;
    private final boolean ascent;
    private final ChartLayout look;

    private QuiverPlot(PlotFunction f, double[] xRange, double[] yRange, int samples, boolean ascent, ChartLayout look) {
        this.f = f;
        this.xRange = xRange;
        this.yRange = yRange;
        this.samples = samples;
        this.ascent = ascent;
        this.look = look;
    }

    static QuiverPlot of(PlotFunction f) {
        SurfacePlot.requireTwoVariables(f, "quiver");
        return new QuiverPlot(f, new double[]{-2, 2}, new double[]{-2, 2}, DEFAULT_SAMPLES, false,
                ChartLayout.of(f.variables().get(0), f.variables().get(1)).withSize(560, 560));
    }

    /**
     * Sets the range of the first variable (default -2 to 2).
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public QuiverPlot x(double from, double to) {
        Args.range("x", from, to);
        return new QuiverPlot(f, new double[]{from, to}, yRange, samples, ascent, look);
    }

    /**
     * Sets the range of the second variable (default -2 to 2).
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public QuiverPlot y(double from, double to) {
        Args.range("y", from, to);
        return new QuiverPlot(f, xRange, new double[]{from, to}, samples, ascent, look);
    }

    /**
     * Samples the gradient at {@code n} evenly spaced values per axis and draws an arrow at each, an
     * {@code n} × {@code n} grid (default 17); the same name and count per axis as
     * {@link FunctionPlot#samples plot(f).samples(n)}.
     *
     * @param n between 2 and 60
     * @throws IllegalArgumentException if {@code n} is outside that range
     */
    public QuiverPlot samples(int n) {
        Args.between("samples", n, 2, 60);
        return new QuiverPlot(f, xRange, yRange, n, ascent, look);
    }

    /** Draws +∇f (the way up) instead of −∇f. */
    public QuiverPlot ascent() {
        return new QuiverPlot(f, xRange, yRange, samples, true, look);
    }

    /** Sets the title (default: "−∇f(x, y)"). */
    public QuiverPlot title(String title) {
        return new QuiverPlot(f, xRange, yRange, samples, ascent, look.withTitle(Args.text("title", title)));
    }

    /** Sets the figure's width in CSS pixels (default 560); the height follows the aspect. */
    public QuiverPlot width(int width) {
        Args.between("width", width, 200, 2400);
        return new QuiverPlot(f, xRange, yRange, samples, ascent, look.withSize(width, look.height()));
    }

    /** The arrows: for each grid point, {x, y, dx, dy} before scaling; NaN where the gradient is undefined. */
    double[][] vectors() {
        double[] xs = Samples.linspace(xRange[0], xRange[1], samples);
        double[] ys = Samples.linspace(yRange[0], yRange[1], samples);
        double[][] out = new double[samples * samples][];
        int k = 0;
        for (double y : ys) {
            for (double x : xs) {
                double[] g;
                try {
                    g = f.gradientAt(x, y);
                } catch (RuntimeException e) {
                    g = new double[]{Double.NaN, Double.NaN};
                }
                double sign = ascent ? 1 : -1;
                out[k++] = new double[]{x, y, sign * g[0], sign * g[1]};
            }
        }
        return out;
    }

    @Override
    public Figure figure() {
        double[][] vectors = vectors();
        double step = Math.min((xRange[1] - xRange[0]), (yRange[1] - yRange[0])) / Math.max(1, samples - 1);
        double longest = 0;
        for (double[] v : vectors) {
            double length = Math.hypot(v[2], v[3]);
            if (Double.isFinite(length)) {
                longest = Math.max(longest, length);
            }
        }
        double scale = longest > 0 ? 0.9 * step / longest : 0;
        List<Double> lx = new ArrayList<>();
        List<Double> ly = new ArrayList<>();
        double[] hx = new double[vectors.length];
        double[] hy = new double[vectors.length];
        List<String> hover = new ArrayList<>();
        String symbol = ascent ? "∇" : "−∇";
        for (int i = 0; i < vectors.length; i++) {
            double[] v = vectors[i];
            hx[i] = v[0];
            hy[i] = v[1];
            hover.add(String.format(Locale.ROOT, "(%s, %s): %s%s = (%s, %s)", FunctionPlot.round(v[0]),
                    FunctionPlot.round(v[1]), symbol, f.name(), FunctionPlot.round(v[2]), FunctionPlot.round(v[3])));
            double dx = v[2] * scale;
            double dy = v[3] * scale;
            double length = Math.hypot(dx, dy);
            if (!(length > 1e-12 * step)) {
                continue;
            }
            double tipX = v[0] + dx;
            double tipY = v[1] + dy;
            addSegment(lx, ly, v[0], v[1], tipX, tipY);
            double head = Math.min(0.35 * length, 0.3 * step);
            double angle = Math.atan2(dy, dx);
            for (double side : new double[]{-1, 1}) {
                double a = angle + Math.PI - side * Math.toRadians(25);
                addSegment(lx, ly, tipX, tipY, tipX + head * Math.cos(a), tipY + head * Math.sin(a));
            }
        }
        List<Trace> traces = new ArrayList<>();
        traces.add(Scatter.of(toArray(lx), toArray(ly)).withMode(Mode.LINES).withName(symbol + f.name())
                .withLine(Line.of(ARROW_COLOUR, 1.6)).withHoverInfo("skip").withShowLegend(false));
        traces.add(Scatter.of(hx, hy).withMode(Mode.MARKERS).withName("grid").withText(hover, "text")
                .withMarker(Marker.of(3, ARROW_COLOUR)).withShowLegend(false));
        ChartLayout l = look.title() == null
                ? look.withTitle(symbol + f.name() + "(" + String.join(", ", f.variables()) + ")") : look;
        double pad = step * 0.6;
        return Figure.of(l.equalAspect(xRange[0] - pad, xRange[1] + pad, yRange[0] - pad, yRange[1] + pad, 30), traces);
    }

    private static void addSegment(List<Double> xs, List<Double> ys, double x0, double y0, double x1, double y1) {
        xs.add(x0);
        ys.add(y0);
        xs.add(x1);
        ys.add(y1);
        xs.add(Double.NaN); // a gap: plotly and the static picture lift the pen here
        ys.add(Double.NaN);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "arrows of %s%s on a %d × %d grid, %s from %s to %s and %s from %s to %s",
                ascent ? "∇" : "−∇", f.label(), samples, samples, f.variables().get(0), Numbers.shortest(xRange[0]),
                Numbers.shortest(xRange[1]), f.variables().get(1), Numbers.shortest(yRange[0]), Numbers.shortest(yRange[1]));
    }
}
