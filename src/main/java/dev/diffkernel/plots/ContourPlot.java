package dev.diffkernel.plots;

import dev.diffkernel.common.Args;
import dev.diffkernel.plots.internal.ChartLayout;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.plots.internal.PlotFunction;
import dev.diffkernel.plots.internal.Samples;
import dev.diffkernel.figure.Contour;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Legend;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Level curves of a function of two variables, filled by height, with one unit as long on both
 * axes; paths (e.g. the steps of gradient descent) can be drawn over them:
 * {@code contour(f).path(run.path())}. Immutable; each step returns a new plot.
 */
public final class ContourPlot implements Chart {
    /** Samples per axis unless {@link #samples} says otherwise. */
    public static final int DEFAULT_SAMPLES = 80;
    /** Most points of a path that are drawn (the display keeps its shape). */
    public static final int MAX_PATH = 1_000_000;
    static final String PATH_COLOUR = "#e4002b";

    private final PlotFunction f;
    private final double[] xRange;   // null: default, grown to fit paths
    private final double[] yRange;
    private final int samples;
    private final int levels;
    private final List<Path> paths;
    private final ChartLayout look;

    private record Path(String name, List<double[]> points) {}

    private ContourPlot(PlotFunction f, double[] xRange, double[] yRange, int samples, int levels, List<Path> paths,
                        ChartLayout look) {
        this.f = f;
        this.xRange = xRange;
        this.yRange = yRange;
        this.samples = samples;
        this.levels = levels;
        this.paths = paths;
        this.look = look;
    }

    static ContourPlot of(PlotFunction f) {
        SurfacePlot.requireTwoVariables(f, "contour");
        return new ContourPlot(f, null, null, DEFAULT_SAMPLES, 20, List.of(),
                ChartLayout.of(f.variables().get(0), f.variables().get(1)).withSize(640, 560));
    }

    /**
     * Sets the range of the first variable (default -3 to 3, widened to show the paths).
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public ContourPlot x(double from, double to) {
        Args.range("x", from, to);
        return new ContourPlot(f, new double[]{from, to}, yRange, samples, levels, paths, look);
    }

    /**
     * Sets the range of the second variable (default -3 to 3, widened to show the paths).
     *
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public ContourPlot y(double from, double to) {
        Args.range("y", from, to);
        return new ContourPlot(f, xRange, new double[]{from, to}, samples, levels, paths, look);
    }

    /**
     * Samples the function at {@code n} evenly spaced values per axis, an {@code n} × {@code n} grid
     * (default 80) that the level curves are traced on; the same name and count per axis as
     * {@link FunctionPlot#samples plot(f).samples(n)}.
     *
     * @param n between 2 and 400
     * @throws IllegalArgumentException if {@code n} is outside that range
     */
    public ContourPlot samples(int n) {
        Args.between("samples", n, 2, 400);
        return new ContourPlot(f, xRange, yRange, n, levels, paths, look);
    }

    /** Asks for about {@code n} level curves (default 20; between 2 and 100). */
    public ContourPlot levels(int n) {
        Args.between("levels", n, 2, 100);
        return new ContourPlot(f, xRange, yRange, samples, n, paths, look);
    }

    /**
     * Draws a path over the level curves, e.g. the points gradient descent visited, start marked.
     *
     * @param points [x, y] pairs, in order; never null, at most 1,000,000
     * @throws IllegalArgumentException if a point is not two finite numbers
     */
    public ContourPlot path(List<double[]> points) {
        if (paths.isEmpty()) {
            return path(AUTO_NAME, points);
        }
        // several paths are named by where they start, which tells them apart better than "path 2"
        ContourPlot plot = this;
        if (paths.size() == 1 && paths.get(0).name().equals(AUTO_NAME)) {
            Path first = paths.get(0);
            plot = new ContourPlot(f, xRange, yRange, samples, levels, List.of(new Path(startName(first.points()), first.points())), look);
        }
        String name = startName(points);
        for (Path p : plot.paths) {
            if (p.name().equals(name)) {
                name = name + " (" + (plot.paths.size() + 1) + ")";
                break;
            }
        }
        return plot.path(name, points);
    }

    private static final String AUTO_NAME = "path";

    private static String startName(List<double[]> points) {
        return points == null || points.isEmpty() || points.get(0) == null || points.get(0).length != 2 ? AUTO_NAME
                : "from (" + Numbers.shortest(points.get(0)[0]) + ", " + Numbers.shortest(points.get(0)[1]) + ")";
    }

    /**
     * Draws a path given as an array of points, e.g. a gradient-descent run's {@code run.path()}.
     *
     * @param points the points (x, y) in order, not null
     * @return a new plot with the path
     */
    public ContourPlot path(double[][] points) {
        return path(List.of(points));
    }

    /**
     * Draws a named path given as an array of points: {@code .path("lr = 0.1", run.path())}.
     *
     * @param name the legend entry; never blank
     * @param points the points (x, y) in order; never null
     * @return a new plot with the path
     * @throws IllegalArgumentException if a point is not two finite numbers
     */
    public ContourPlot path(String name, double[][] points) {
        return path(name, List.of(Objects.requireNonNull(points, "points")));
    }

    /**
     * Draws a named path (the name shows in the legend), e.g. one per learning rate.
     *
     * @param name the legend entry; never blank
     * @param points [x, y] pairs, in order; never null
     * @throws IllegalArgumentException if a point is not two finite numbers
     */
    public ContourPlot path(String name, List<double[]> points) {
        Args.text("path name", name);
        List<Path> more = new ArrayList<>(paths);
        more.add(new Path(name, checkPath(points)));
        return new ContourPlot(f, xRange, yRange, samples, levels, List.copyOf(more), look);
    }

    static List<double[]> checkPath(List<double[]> points) {
        Objects.requireNonNull(points, "points");
        if (points.size() > MAX_PATH) {
            throw new IllegalArgumentException("A path may have at most " + MAX_PATH + " points but had " + points.size());
        }
        List<double[]> copy = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            if (p == null || p.length != 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "path point %d must be [x, y] but was %s", i, p == null ? "null" : java.util.Arrays.toString(p)));
            }
            if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "path point %d must be finite but was [%s, %s]; did the descent diverge?", i, Numbers.shortest(p[0]),
                        Numbers.shortest(p[1])));
            }
            copy.add(p.clone());
        }
        return List.copyOf(copy);
    }

    /** Sets the title (default: the function). */
    public ContourPlot title(String title) {
        return new ContourPlot(f, xRange, yRange, samples, levels, paths, look.withTitle(Args.text("title", title)));
    }

    /** Sets the figure's width in CSS pixels (default 640); the height follows the aspect. */
    public ContourPlot width(int width) {
        Args.between("width", width, 200, 2400);
        return new ContourPlot(f, xRange, yRange, samples, levels, paths, look.withSize(width, look.height()));
    }

    /** The x range drawn: the one set, else -3 to 3 widened to hold every path. */
    public double[] xRange() {
        return range(xRange, 0);
    }

    /** The y range drawn: the one set, else -3 to 3 widened to hold every path. */
    public double[] yRange() {
        return range(yRange, 1);
    }

    private double[] range(double[] set, int axis) {
        if (set != null) {
            return set.clone();
        }
        double lo = -3;
        double hi = 3;
        double pathLo = Double.POSITIVE_INFINITY;
        double pathHi = Double.NEGATIVE_INFINITY;
        for (Path p : paths) {
            for (double[] point : p.points()) {
                pathLo = Math.min(pathLo, point[axis]);
                pathHi = Math.max(pathHi, point[axis]);
            }
        }
        if (pathLo <= pathHi) {
            double pad = Math.max(0.5, 0.1 * (pathHi - pathLo));
            lo = Math.min(lo, pathLo - pad);
            hi = Math.max(hi, pathHi + pad);
        }
        return rounded(lo, hi);
    }

    /**
     * Widens a range outward to two significant digits of its span, so it reads -3 to 3.5, not
     * -3 to 3.4999999999999996; divides by a power of ten held exactly rather than multiplying by 0.1.
     */
    static double[] rounded(double lo, double hi) {
        int exponent = (int) Math.floor(Math.log10(hi - lo)) - 1;
        if (exponent >= 0) {
            double step = Math.pow(10, exponent);
            return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step};
        }
        double inverse = Math.pow(10, -exponent);
        return new double[] {Math.floor(lo * inverse) / inverse, Math.ceil(hi * inverse) / inverse};
    }

    @Override
    public Figure figure() {
        double[] xr = xRange();
        double[] yr = yRange();
        double[] xs = Samples.linspace(xr[0], xr[1], samples);
        double[] ys = Samples.linspace(yr[0], yr[1], samples);
        double[][] z = Samples.grid(f, xs, ys);
        List<Trace> traces = new ArrayList<>();
        // Tablesaw's own ContourTrace names itself trace0 wherever it stands; this one has no such limit
        traces.add(Contour.of(xs, ys, z).withName(f.label()).withColorscale("Viridis").withNcontours(levels)
                .withColoring("fill").withLine(Line.of("rgba(0,0,0,0.35)", 0.5)).withShowLegend(false)
                .withColorbarThickness(14));
        for (int k = 0; k < paths.size(); k++) {
            Path p = paths.get(k);
            double[] px = p.points().stream().mapToDouble(q -> q[0]).toArray();
            double[] py = p.points().stream().mapToDouble(q -> q[1]).toArray();
            String colour = k == 0 ? PATH_COLOUR : FunctionPlot.hex(k + 2);
            traces.add(Scatter.of(px, py).withName(p.name()).withMode(px.length <= 200 ? Mode.LINES_MARKERS : Mode.LINES)
                    .withLine(Line.of(colour, 2)).withMarker(Marker.of(5, colour)));
            if (px.length > 0) {
                traces.add(Scatter.of(new double[]{px[0]}, new double[]{py[0]}).withName(p.name() + " start")
                        .withMode(Mode.MARKERS).withShowLegend(false)
                        .withMarker(Marker.of(11, "white").withLine(Line.of(colour, 2.5))));
            }
        }
        ChartLayout l = look.title() == null ? look.withTitle(f.label()) : look;
        Layout layout = l.equalAspect(xr[0], xr[1], yr[0], yr[1], 110);
        // the colour bar stands at the right: a legend (for several paths) goes inside, top left
        layout = paths.size() <= 1 ? layout.withShowLegend(false)
                : layout.withLegend(Legend.at(0.01, 0.99, "rgba(255,255,255,0.75)"));
        return Figure.of(layout, traces);
    }

    @Override
    public String toString() {
        double[] xr = xRange();
        double[] yr = yRange();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "contour of %s for %s from %s to %s and %s from %s to %s (%d × %d grid, about %d levels)", f.label(),
                f.variables().get(0), Numbers.shortest(xr[0]), Numbers.shortest(xr[1]), f.variables().get(1),
                Numbers.shortest(yr[0]), Numbers.shortest(yr[1]), samples, samples, levels));
        for (Path p : paths) {
            out.append("; ").append(p.name()).append(": ").append(p.points().size()).append(" points");
            if (!p.points().isEmpty()) {
                double[] a = p.points().get(0);
                double[] b = p.points().get(p.points().size() - 1);
                out.append(" from (").append(Numbers.shortest(a[0])).append(", ").append(Numbers.shortest(a[1])).append(") to (")
                        .append(Numbers.shortest(b[0])).append(", ").append(Numbers.shortest(b[1])).append(')');
            }
        }
        return out.toString();
    }
}
