package dev.diffkernel.output;

import dev.diffkernel.figure.Bar;
import dev.diffkernel.figure.Contour;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Heatmap;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Scatter3d;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a figure small enough for a notebook: long point traces are downsampled (lines keep the
 * minimum and maximum of each bucket, so the drawn envelope is unchanged; markers keep every k-th
 * point), large grids keep every k-th row and column, and each reduction adds a note saying so.
 * Typed traces are cut by their fields; a {@link GenericTrace} by its attributes.
 */
public final class Bounds {
    /** Points kept per line trace: about two per horizontal pixel of a wide plot. */
    public static final int MAX_LINE_POINTS = 4_000;
    /** Points kept per marker (or 3-D) trace. */
    public static final int MAX_MARKER_POINTS = 10_000;
    /** Rows and columns kept per grid (contour, surface, heatmap). */
    public static final int MAX_GRID_SIDE = 150;

    private Bounds() {}

    /** {@code model} small enough to show, with a note per reduction; {@code model} itself if it already is. */
    public static FigureModel apply(FigureModel model) {
        List<Trace> traces = model.traces();
        List<Trace> bounded = new ArrayList<>(traces.size());
        List<String> notes = new ArrayList<>();
        for (int t = 0; t < traces.size(); t++) {
            Trace trace = traces.get(t);
            String label = trace.name().isBlank() ? "#" + (t + 1) : "'" + Attrs.plain(trace.name()) + "'";
            bounded.add(bound(trace, label, notes));
        }
        if (notes.isEmpty()) {
            return model;
        }
        Figure figure = model.figure();
        return new FigureModel(figure.withData(bounded), model.config(), model.eventScript(), model.notes())
                .withNotes(notes);
    }

    private static Trace bound(Trace trace, String label, List<String> notes) {
        if (trace instanceof Scatter s) {
            double[] y = s.y(); // each accessor call copies
            double[] x = s.categories().isEmpty() ? s.x() : Attrs.toDoubles(s.categories());
            Reduction r = points(y.length, true, s.mode() == null ? null : s.mode().plotly(), x, y, label, notes);
            return r == null ? s : new Scatter(r.pick(s.x()), r.pick(s.categories()), r.pick(y), s.mode(), s.name(),
                    s.line(), s.marker(), s.showLegend(), r.pick(s.text()), s.hoverInfo(), s.textPosition());
        }
        if (trace instanceof Scatter3d s) {
            Reduction r = points(s.x().length, false, null, null, null, label, notes);
            return r == null ? s : new Scatter3d(r.pick(s.x()), r.pick(s.y()), r.pick(s.z()), s.mode(), s.name(), s.line(),
                    s.marker());
        }
        if (trace instanceof Bar b) {
            Reduction r = points(b.x().length, false, null, null, null, label, notes);
            return r == null ? b : new Bar(r.pick(b.x()), r.pick(b.y()), b.name(), b.marker());
        }
        if (trace instanceof Contour c) {
            Grid g = grid(c.x(), c.y(), c.z(), label, notes);
            return g == null ? c : new Contour(g.x(), g.y(), g.z(), c.name(), c.colorscale(), c.showScale(), c.opacity(),
                    c.ncontours(), c.coloring(), c.line(), c.showLegend(), c.colorbarThickness());
        }
        if (trace instanceof Heatmap h) {
            Grid g = grid(h.x(), h.y(), h.z(), label, notes);
            return g == null ? h : new Heatmap(g.x(), g.y(), g.z(), h.name(), h.colorscale(), h.showScale(), h.opacity(),
                    h.zmin(), h.zmax());
        }
        if (trace instanceof Surface s) {
            Grid g = grid(s.x(), s.y(), s.z(), label, notes);
            return g == null ? s : new Surface(g.x(), g.y(), g.z(), s.name(), s.colorscale(), s.showScale(), s.opacity());
        }
        if (trace instanceof GenericTrace g) {
            return generic(g, label, notes);
        }
        throw new AssertionError(trace);
    }

    /** The points kept of a trace of {@code n}, or null to keep them all. */
    private record Reduction(int n, int[] keep) {
        double[] pick(double[] values) {
            if (values.length != n) {
                return values;
            }
            double[] out = new double[keep.length];
            for (int i = 0; i < keep.length; i++) {
                out[i] = values[keep[i]];
            }
            return out;
        }

        <T> List<T> pick(List<T> values) {
            if (values.size() != n) {
                return values;
            }
            List<T> out = new ArrayList<>(keep.length);
            for (int i : keep) {
                out.add(values.get(i));
            }
            return out;
        }

        Object pick(Object value) {
            return value instanceof double[] d ? pick(d) : value instanceof List<?> l ? pick(l) : value;
        }
    }

    /**
     * Which of {@code n} points to keep, noting the reduction, or null when all fit. A scatter's
     * lines (its {@code mode}, else plotly's default: lines from 20 points on) keep each bucket's
     * minimum and maximum where x rises (null x counts: plotly uses 0, 1, 2, ...).
     */
    private static Reduction points(int n, boolean scatter, String mode, double[] x, double[] y, String label,
                                    List<String> notes) {
        boolean lines = scatter && y != null && (mode != null ? mode.contains("lines") : n >= 20);
        int max = lines ? MAX_LINE_POINTS : MAX_MARKER_POINTS;
        if (n <= max) {
            return null;
        }
        int[] keep = lines && monotonic(x) ? minMax(y, max) : stride(n, max);
        notes.add(String.format(Locale.ROOT, "Trace %s: %,d points reduced to %,d for display (%s).", label, n,
                keep.length, lines ? "the minimum and maximum of each bucket are kept" : "every " + (n / keep.length) + "th point is kept"));
        return new Reduction(n, keep);
    }

    /** A trace of any type, by its attributes: every per-point array or list is cut alike, also in nested objects. */
    private static Trace generic(GenericTrace trace, String label, List<String> notes) {
        Map<String, Object> attributes = trace.attributes();
        if (attributes.get("z") instanceof double[][] z && !"scatter3d".equals(trace.type())) {
            Grid g = grid(null, null, z, label, notes);
            if (g == null) {
                return trace;
            }
            attributes.put("z", g.z());
            attributes.computeIfPresent("x", (k, v) -> g.columns().pick(v));
            attributes.computeIfPresent("y", (k, v) -> g.rows().pick(v));
            return new GenericTrace(trace.type(), attributes);
        }
        int n = 0;
        for (String key : FigureModels.DATA_KEYS) {
            Object v = attributes.get(key);
            n = Math.max(n, v instanceof double[] d ? d.length : v instanceof List<?> l ? l.size() : 0);
        }
        boolean scatter = trace.type().startsWith("scatter") && !trace.type().equals("scatter3d");
        Reduction r = points(n, scatter, attributes.get("mode") instanceof String m ? m : null,
                Attrs.numbers(attributes, "x"), Attrs.numbers(attributes, "y"), label, notes);
        if (r == null) {
            return trace;
        }
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            e.setValue(r.pick(e.getValue()));
            if (e.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                inner.replaceAll((k, v) -> r.pick(v));
            }
        }
        return new GenericTrace(trace.type(), attributes);
    }

    private static boolean monotonic(double[] x) {
        if (x == null) {
            return true; // plotly uses 0, 1, 2, ...
        }
        double last = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (v < last) {
                return false;
            }
            if (!Double.isNaN(v)) {
                last = v;
            }
        }
        return true;
    }

    /**
     * The least and greatest finite values of {@code values}, as {@code {low, high}}; low is
     * greater than high when there is no finite value.
     */
    static double[] finiteRange(double[][] values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return new double[]{low, high};
    }

    /** Indices of the first point, each bucket's minimum, maximum and first gap, and the last point. */
    public static int[] minMax(double[] y, int max) {
        int n = y.length;
        int buckets = Math.max(1, (max - 2) / 3);
        List<Integer> keep = new ArrayList<>(max);
        keep.add(0);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) n * b / buckets);
            int to = (int) ((long) n * (b + 1) / buckets);
            int min = -1;
            int maxAt = -1;
            int gap = -1;
            for (int i = from; i < to; i++) {
                double v = y[i];
                if (Double.isNaN(v)) {
                    if (gap < 0) {
                        gap = i;
                    }
                    continue;
                }
                if (min < 0 || v < y[min]) {
                    min = i;
                }
                if (maxAt < 0 || v > y[maxAt]) {
                    maxAt = i;
                }
            }
            int[] picks = {min, maxAt, gap};
            Arrays.sort(picks);
            for (int p : picks) {
                if (p > keep.get(keep.size() - 1)) {
                    keep.add(p);
                }
            }
        }
        if (keep.get(keep.size() - 1) != n - 1) {
            keep.add(n - 1);
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] stride(int n, int max) {
        int step = (n + max - 1) / max;
        int[] keep = new int[(n + step - 1) / step];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = i * step;
        }
        return keep;
    }

    /** A grid cut to every k-th row and column, with the rows and columns kept. */
    private record Grid(double[] x, double[] y, double[][] z, Reduction rows, Reduction columns) {}

    /** {@code z} (and its x and y, where they match it) cut to {@link #MAX_GRID_SIDE}, noting it, or null when it fits. */
    private static Grid grid(double[] x, double[] y, double[][] z, String label, List<String> notes) {
        int rows = z.length;
        int cols = Arrays.stream(z).mapToInt(r -> r.length).max().orElse(0);
        if (rows <= MAX_GRID_SIDE && cols <= MAX_GRID_SIDE) {
            return null;
        }
        int[] keepRows = stride(rows, MAX_GRID_SIDE);
        int[] keepCols = stride(cols, MAX_GRID_SIDE);
        double[][] out = new double[keepRows.length][];
        for (int r = 0; r < keepRows.length; r++) {
            double[] row = z[keepRows[r]];
            out[r] = new double[keepCols.length];
            for (int c = 0; c < keepCols.length; c++) {
                out[r][c] = keepCols[c] < row.length ? row[keepCols[c]] : Double.NaN;
            }
        }
        notes.add(String.format(Locale.ROOT, "Trace %s: %,d × %,d grid reduced to %,d × %,d for display.", label, rows, cols,
                keepRows.length, keepCols.length));
        Reduction byRow = new Reduction(rows, keepRows);
        Reduction byColumn = new Reduction(cols, keepCols);
        return new Grid(x == null ? null : byColumn.pick(x), y == null ? null : byRow.pick(y), out, byRow, byColumn);
    }
}
