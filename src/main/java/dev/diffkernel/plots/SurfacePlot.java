package dev.diffkernel.plots;

import dev.diffkernel.common.Args;
import dev.diffkernel.plots.internal.ChartLayout;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.plots.internal.PlotFunction;
import dev.diffkernel.plots.internal.Samples;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Scatter3d;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The graph of a function of two variables as a 3-D surface you can turn with the mouse:
 * {@code surface(f).x(-3, 3).y(-3, 3)}; a path (e.g. of gradient descent) can be drawn on it.
 * Immutable; each step returns a new plot.
 */
public final class SurfacePlot implements Chart {
    /** Samples per axis unless {@link #samples} says otherwise. */
    public static final int DEFAULT_SAMPLES = 50;

    private final PlotFunction f;
    private final double[] xRange;
    private final double[] yRange;
    private final int samples;
    private final List<double[]> path;
    private final ChartLayout look;

    private SurfacePlot(PlotFunction f, double[] xRange, double[] yRange, int samples, List<double[]> path, ChartLayout look) {
        this.f = f;
        this.xRange = xRange;
        this.yRange = yRange;
        this.samples = samples;
        this.path = path;
        this.look = look;
    }

    static SurfacePlot of(PlotFunction f) {
        requireTwoVariables(f, "surface");
        List<String> v = f.variables();
        return new SurfacePlot(f, new double[]{-3, 3}, new double[]{-3, 3}, DEFAULT_SAMPLES, List.of(),
                ChartLayout.of(v.get(0), v.get(1)).withAxes(v.get(0), v.get(1), f.name() + "(" + String.join(", ", v) + ")")
                        .withSize(700, 520));
    }

    static void requireTwoVariables(PlotFunction f, String plot) {
        if (f.arity() != 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s draws functions of two variables, but %s has %d (%s)%s",
                    plot, f.name(), f.arity(), String.join(", ", f.variables()),
                    f.arity() == 1 ? "; use plot(" + f.name() + ")" : ""));
        }
    }

    /**
     * Sets the range of the first variable (default -3 to 3).
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public SurfacePlot x(double from, double to) {
        Args.range("x", from, to);
        return new SurfacePlot(f, new double[]{from, to}, yRange, samples, path, look);
    }

    /**
     * Sets the range of the second variable (default -3 to 3).
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public SurfacePlot y(double from, double to) {
        Args.range("y", from, to);
        return new SurfacePlot(f, xRange, new double[]{from, to}, samples, path, look);
    }

    /**
     * Samples the function at {@code n} evenly spaced values per axis, an {@code n} × {@code n} grid
     * (default 50); the same name and count per axis as {@link FunctionPlot#samples plot(f).samples(n)}.
     *
     * @param n between 2 and 300
     * @throws IllegalArgumentException if {@code n} is outside that range
     */
    public SurfacePlot samples(int n) {
        Args.between("samples", n, 2, 300);
        return new SurfacePlot(f, xRange, yRange, n, path, look);
    }

    /**
     * Draws a path on the surface through the points (x, y, f(x, y)), e.g. the steps of gradient
     * descent.
     *
     * @param points [x, y] pairs, in order; never null
     * @throws IllegalArgumentException if a point is not two finite numbers
     */
    public SurfacePlot path(List<double[]> points) {
        return new SurfacePlot(f, xRange, yRange, samples, ContourPlot.checkPath(points), look);
    }

    /**
     * Draws a path given as an array of points, e.g. a gradient-descent run's {@code run.path()}.
     *
     * @param points the points (x, y) in order, not null
     * @return a new plot with the path
     */
    public SurfacePlot path(double[][] points) {
        return path(List.of(points));
    }

    /** Sets the title (default: the function). */
    public SurfacePlot title(String title) {
        return new SurfacePlot(f, xRange, yRange, samples, path, look.withTitle(Args.text("title", title)));
    }

    /** Sets the figure's size in CSS pixels (default 700 × 520); each between 100 and 2400. */
    public SurfacePlot size(int width, int height) {
        Args.between("width", width, 100, 2400);
        Args.between("height", height, 100, 2400);
        return new SurfacePlot(f, xRange, yRange, samples, path, look.withSize(width, height));
    }

    @Override
    public Figure figure() {
        double[] xs = Samples.linspace(xRange[0], xRange[1], samples);
        double[] ys = Samples.linspace(yRange[0], yRange[1], samples);
        List<Trace> traces = new ArrayList<>();
        traces.add(Surface.of(xs, ys, Samples.grid(f, xs, ys)).withName(f.label()).withColorscale("Viridis"));
        if (!path.isEmpty()) {
            double[] px = new double[path.size()];
            double[] py = new double[path.size()];
            double[] pz = new double[path.size()];
            for (int i = 0; i < path.size(); i++) {
                px[i] = path.get(i)[0];
                py[i] = path.get(i)[1];
                try {
                    pz[i] = f.valueAt(px[i], py[i]);
                } catch (RuntimeException e) {
                    pz[i] = Double.NaN;
                }
            }
            traces.add(Scatter3d.of(px, py, pz).withMode(Mode.LINES_MARKERS).withName("path")
                    .withLine(Line.of(ContourPlot.PATH_COLOUR, 5)).withMarker(Marker.of(3, ContourPlot.PATH_COLOUR)));
        }
        ChartLayout l = look.title() == null ? look.withTitle(f.label()) : look;
        // a cube, like the static picture: the bowl of x^2 + y^2 keeps its shape whatever z's range
        Layout layout = l.scene();
        return Figure.of(layout.withScene(layout.scene().withAspectMode("cube")), traces);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "surface of %s for %s from %s to %s and %s from %s to %s (%d × %d grid)%s",
                f.label(), f.variables().get(0), Numbers.shortest(xRange[0]), Numbers.shortest(xRange[1]), f.variables().get(1),
                Numbers.shortest(yRange[0]), Numbers.shortest(yRange[1]), samples, samples,
                path.isEmpty() ? "" : ", with a path of " + path.size() + " points");
    }
}
