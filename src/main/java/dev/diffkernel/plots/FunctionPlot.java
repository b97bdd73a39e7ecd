package dev.diffkernel.plots;

import dev.diffkernel.common.Args;
import dev.diffkernel.output.Bounds;
import dev.diffkernel.plots.internal.ChartLayout;
import dev.diffkernel.output.Colors;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.plots.internal.PlotFunction;
import dev.diffkernel.plots.internal.Samples;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Line plots of functions of one variable over an interval, with a legend and optional tangent
 * lines: {@code plot(f).from(0).to(20).tangentAt(5)}. Immutable; each step returns a new plot.
 */
public final class FunctionPlot implements Chart {
    /** Samples per function unless {@link #samples} says otherwise. */
    public static final int DEFAULT_SAMPLES = 401;
    /** The interval when none is given. */
    public static final double DEFAULT_FROM = -5;
    public static final double DEFAULT_TO = 5;
    /** Most samples a plot takes (the display keeps about 4,000 of them). */
    public static final int MAX_SAMPLES = 10_000_000;

    private final List<PlotFunction> functions;
    private final Double from;
    private final Double to;
    private final int samples;
    private final List<Double> tangents;
    private final ChartLayout look;
    private final Double yMin;
    private final Double yMax;

    private FunctionPlot(List<PlotFunction> functions, Double from, Double to, int samples, List<Double> tangents,
                         ChartLayout look, Double yMin, Double yMax) {
        this.functions = functions;
        this.from = from;
        this.to = to;
        this.samples = samples;
        this.tangents = tangents;
        this.look = look;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    static FunctionPlot of(List<PlotFunction> functions) {
        Objects.requireNonNull(functions, "functions");
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("plot needs at least one function, e.g. plot(f) or plot(f, g)");
        }
        for (PlotFunction f : functions) {
            if (f.arity() != 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "plot draws functions of one variable, but %s has %d (%s); use surface(%s) or contour(%s)",
                        f.name(), f.arity(), String.join(", ", f.variables()), f.name(), f.name()));
            }
        }
        String variable = functions.get(0).variables().get(0);
        String yTitle = functions.size() == 1 ? functions.get(0).name() + "(" + variable + ")" : "y";
        return new FunctionPlot(List.copyOf(functions), null, null, DEFAULT_SAMPLES, List.of(),
                ChartLayout.of(variable, yTitle), null, null);
    }

    /**
     * Starts the interval at {@code a}; without {@link #to} it ends at {@code a + 10}.
     *
     * @param a the smallest x, finite
     * @throws IllegalArgumentException if {@code a} is not finite or not below a given end
     */
    public FunctionPlot from(double a) {
        Args.finite("from", a);
        if (to != null) {
            Args.range("the interval", a, to);
        }
        return new FunctionPlot(functions, a, to, samples, tangents, look, yMin, yMax);
    }

    /**
     * Ends the interval at {@code b}; without {@link #from} it starts at {@code b - 10}.
     *
     * @param b the largest x, finite
     * @throws IllegalArgumentException if {@code b} is not finite or not above a given start
     */
    public FunctionPlot to(double b) {
        Args.finite("to", b);
        if (from != null) {
            Args.range("the interval", from, b);
        }
        return new FunctionPlot(functions, from, b, samples, tangents, look, yMin, yMax);
    }

    /**
     * Sets the interval, as {@code surface(f).x(a, b)} sets a surface's: the same as
     * {@code from(a).to(b)}, e.g. {@code plot(f).x(0, 20)}.
     *
     * @param from the smallest x, finite
     * @param to the largest x, finite
     * @throws IllegalArgumentException unless {@code from < to}, both finite
     */
    public FunctionPlot x(double from, double to) {
        Args.range("x", from, to);
        return new FunctionPlot(functions, from, to, samples, tangents, look, yMin, yMax);
    }

    /**
     * Samples each function at {@code n} evenly spaced values of x from the start to the end of the
     * interval (default 401). Every plot builder names its sampling {@code samples(n)}, counted per
     * axis: here the one axis, on {@link SurfacePlot#samples surface}, {@link ContourPlot#samples contour}
     * and {@link QuiverPlot#samples quiver} an {@code n} × {@code n} grid. A large {@code n} is fine:
     * the notebook receives at most a few thousand, chosen to keep the curve's shape.
     *
     * @param n between 2 and 10,000,000
     * @throws IllegalArgumentException if {@code n} is outside that range
     */
    public FunctionPlot samples(int n) {
        Args.between("samples", n, 2, MAX_SAMPLES);
        return new FunctionPlot(functions, from, to, n, tangents, look, yMin, yMax);
    }

    /**
     * Adds the tangent of the first function at {@code x0}, drawn across the interval, and marks the
     * point of contact. The slope is the derivative (symbolic when the function has one, else the
     * central difference with h = 1e-4, as the lecture's numerical_diff).
     *
     * @param x0 where the tangent touches, finite
     * @throws IllegalArgumentException if the function has no finite value or slope at {@code x0}
     */
    public FunctionPlot tangentAt(double x0) {
        Args.finite("tangentAt", x0);
        tangent(functions.get(0), x0); // fails now, at the call, if there is no tangent
        List<Double> more = new ArrayList<>(tangents);
        more.add(x0);
        return new FunctionPlot(functions, from, to, samples, List.copyOf(more), look, yMin, yMax);
    }

    /** Sets the title (default: the function, when there is one). */
    public FunctionPlot title(String title) {
        return new FunctionPlot(functions, from, to, samples, tangents, look.withTitle(Args.text("title", title)), yMin, yMax);
    }

    /**
     * Sets the axis titles. By default they are the function's variable and value, e.g. "t" and
     * "f(t)" for {@code fn("f", "t^2")}; a Java lambda has no variable name, so its plot says "x".
     */
    public FunctionPlot labels(String xTitle, String yTitle) {
        return new FunctionPlot(functions, from, to, samples, tangents,
                look.withAxes(Args.text("xTitle", xTitle), Args.text("yTitle", yTitle), null), yMin, yMax);
    }

    /** Draws the y axis on a logarithmic scale (points with y ≤ 0 are left out). */
    public FunctionPlot logY() {
        return new FunctionPlot(functions, from, to, samples, tangents, look.withLog(look.logX(), true), yMin, yMax);
    }

    /** Draws the x axis on a logarithmic scale; the interval must then be positive. */
    public FunctionPlot logX() {
        return new FunctionPlot(functions, from, to, samples, tangents, look.withLog(true, look.logY()), yMin, yMax);
    }

    /**
     * Fixes the y range instead of fitting it to the curves (useful when a function shoots off).
     *
     * @throws IllegalArgumentException unless {@code low < high}, both finite
     */
    public FunctionPlot yRange(double low, double high) {
        Args.range("yRange", low, high);
        return new FunctionPlot(functions, from, to, samples, tangents, look, low, high);
    }

    /**
     * Sets the figure's size in CSS pixels (default 700 × 450).
     *
     * @throws IllegalArgumentException unless both are between 100 and 2400
     */
    public FunctionPlot size(int width, int height) {
        Args.between("width", width, 100, 2400);
        Args.between("height", height, 100, 2400);
        return new FunctionPlot(functions, from, to, samples, tangents, look.withSize(width, height), yMin, yMax);
    }

    /** The plotted interval's start. */
    public double start() {
        return from != null ? from : to != null ? to - 10 : DEFAULT_FROM;
    }

    /** The plotted interval's end. */
    public double end() {
        return to != null ? to : from != null ? from + 10 : DEFAULT_TO;
    }

    private record Tangent(String variable, double x0, double y0, double slope) {
        double at(double x) {
            return y0 + slope * (x - x0);
        }

        String label() {
            double intercept = y0 - slope * x0;
            return "tangent at " + variable + " = " + round(x0) + ": y = " + round(slope) + variable
                    + (intercept < 0 ? " − " : " + ")
                    + round(Math.abs(intercept));
        }
    }

    private static Tangent tangent(PlotFunction f, double x0) {
        double y0;
        double slope;
        try {
            y0 = f.valueAt(x0);
            slope = f.slopeAt(x0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot draw the tangent of " + f.name() + " at "
                    + f.variables().get(0) + " = " + Numbers.shortest(x0)
                    + ": " + e.getMessage(), e);
        }
        if (!Double.isFinite(y0) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("Cannot draw the tangent of " + f.name() + " at "
                    + f.variables().get(0) + " = " + Numbers.shortest(x0)
                    + ": " + f.name() + "(" + Numbers.shortest(x0) + ") = " + Numbers.shortest(y0) + ", slope "
                    + Numbers.shortest(slope) + "; pick a point where " + f.name() + " is defined and smooth");
        }
        return new Tangent(f.variables().get(0), x0, y0, slope);
    }

    /** Six significant digits, for labels: 0.1999999999990898 is shown as 0.2. */
    static String round(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return Numbers.shortest(v);
        }
        return Numbers.shortest(new BigDecimal(v).round(new MathContext(6)).doubleValue());
    }

    @Override
    public Figure figure() {
        double a = start();
        double b = end();
        if (look.logX() && a <= 0) {
            throw new IllegalArgumentException("logX needs a positive interval but it starts at " + Numbers.shortest(a)
                    + "; use from(...) with a number > 0");
        }
        double[] xs = look.logX() ? logspace(a, b, samples) : Samples.linspace(a, b, samples);
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            PlotFunction f = functions.get(i);
            double[] ys = Samples.curve(f, xs);
            double[] x = xs;
            if (ys.length > Bounds.MAX_LINE_POINTS) {
                // keep each bucket's extremes: the drawn curve looks the same, the notebook stays small
                int[] keep = Bounds.minMax(ys, Bounds.MAX_LINE_POINTS);
                x = new double[keep.length];
                double[] y = new double[keep.length];
                for (int k = 0; k < keep.length; k++) {
                    x[k] = xs[keep[k]];
                    y[k] = ys[keep[k]];
                }
                ys = y;
            }
            traces.add(Scatter.of(x, ys).withMode(Mode.LINES).withName(f.label()).withLine(Line.of(hex(i), 2.5)));
        }
        for (int k = 0; k < tangents.size(); k++) {
            Tangent t = tangent(functions.get(0), tangents.get(k));
            String colour = hex(functions.size() + k);
            traces.add(Scatter.of(new double[]{a, b}, new double[]{t.at(a), t.at(b)}).withMode(Mode.LINES)
                    .withName(t.label()).withLine(Line.of(colour, 2).withDash("dash")));
            traces.add(Scatter.of(new double[]{t.x0()}, new double[]{t.y0()}).withMode(Mode.MARKERS)
                    .withName("(" + round(t.x0()) + ", " + round(t.y0()) + ")").withShowLegend(false)
                    .withMarker(Marker.of(9, colour)));
        }
        ChartLayout l = look.title() == null && functions.size() == 1 ? look.withTitle(functions.get(0).label()) : look;
        return Figure.of(l.flat(yMin, yMax), traces);
    }

    private static double[] logspace(double a, double b, int n) {
        double[] e = Samples.linspace(Math.log10(a), Math.log10(b), n);
        for (int i = 0; i < n; i++) {
            e[i] = Math.pow(10, e[i]);
        }
        e[0] = a;
        e[n - 1] = b;
        return e;
    }

    static String hex(int index) {
        java.awt.Color c = Colors.cycle(index);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("plot of ");
        for (int i = 0; i < functions.size(); i++) {
            out.append(i == 0 ? "" : i == functions.size() - 1 ? " and " : ", ").append(functions.get(i).label());
        }
        out.append(" for ").append(functions.get(0).variables().get(0)).append(" from ").append(Numbers.shortest(start()))
                .append(" to ").append(Numbers.shortest(end())).append(" (").append(samples).append(" points");
        if (samples > Bounds.MAX_LINE_POINTS) {
            out.append(String.format(Locale.ROOT, "; at most %,d are drawn, keeping each stretch's lowest and highest",
                    Bounds.MAX_LINE_POINTS));
        }
        if (look.logX() || look.logY()) {
            out.append(look.logX() && look.logY() ? ", log-log" : look.logX() ? ", log x" : ", log y");
        }
        out.append(')');
        for (double x0 : tangents) {
            out.append("; ").append(tangent(functions.get(0), x0).label());
        }
        return out.toString();
    }
}
