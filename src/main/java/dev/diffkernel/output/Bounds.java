package dev.diffkernel.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps a figure small enough for a notebook: long point traces are downsampled (lines keep the
 * minimum and maximum of each bucket, so the drawn envelope is unchanged; markers keep every k-th
 * point), large grids keep every k-th row and column, and each reduction adds a note saying so.
 */
public final class Bounds {
    /** Points kept per line trace: about two per horizontal pixel of a wide plot. */
    public static final int MAX_LINE_POINTS = 4_000;
    /** Points kept per marker (or 3-D) trace. */
    public static final int MAX_MARKER_POINTS = 10_000;
    /** Rows and columns kept per grid (contour, surface, heatmap). */
    public static final int MAX_GRID_SIDE = 150;

    private Bounds() {}

    /** Bounds {@code model} in place and returns it. */
    public static FigureModel apply(FigureModel model) {
        for (int t = 0; t < model.traces().size(); t++) {
            Map<String, Object> trace = model.traces().get(t);
            String label = label(trace, t);
            if (trace.get("z") instanceof double[][] z && !"scatter3d".equals(FigureModel.type(trace))) {
                boundGrid(trace, z, label, model.notes());
            } else {
                boundPoints(trace, label, model.notes());
            }
        }
        return model;
    }

    private static String label(Map<String, Object> trace, int index) {
        Object name = trace.get("name");
        return name instanceof String s && !s.isBlank() ? "'" + Attrs.plain(s) + "'" : "#" + (index + 1);
    }

    private static void boundPoints(Map<String, Object> trace, String label, List<String> notes) {
        int n = length(trace);
        String type = FigureModel.type(trace);
        boolean lines = type.startsWith("scatter") && !type.equals("scatter3d") && isLines(trace, n);
        int max = lines ? MAX_LINE_POINTS : MAX_MARKER_POINTS;
        if (n <= max) {
            return;
        }
        int[] keep = lines && monotonic(Attrs.numbers(trace, "x"))
                ? minMax(Attrs.numbers(trace, "y"), max)
                : stride(n, max);
        for (Map.Entry<String, Object> e : trace.entrySet()) {
            e.setValue(select(e.getValue(), n, keep));
            if (e.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                inner.replaceAll((k, v) -> select(v, n, keep));
            }
        }
        notes.add(String.format(Locale.ROOT, "Trace %s: %,d points reduced to %,d for display (%s).", label, n,
                keep.length, lines ? "the minimum and maximum of each bucket are kept" : "every " + (n / keep.length) + "th point is kept"));
    }

    private static int length(Map<String, Object> trace) {
        int n = 0;
        for (String key : FigureModels.DATA_KEYS) {
            Object v = trace.get(key);
            n = Math.max(n, v instanceof double[] d ? d.length : v instanceof List<?> l ? l.size() : 0);
        }
        return n;
    }

    private static boolean isLines(Map<String, Object> trace, int n) {
        Object mode = trace.get("mode");
        return mode instanceof String m ? m.contains("lines") : n >= 20; // plotly's default mode
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

    private static Object select(Object value, int n, int[] keep) {
        if (value instanceof double[] d && d.length == n) {
            double[] out = new double[keep.length];
            for (int i = 0; i < keep.length; i++) {
                out[i] = d[keep[i]];
            }
            return out;
        }
        if (value instanceof List<?> l && l.size() == n) {
            List<Object> out = new ArrayList<>(keep.length);
            for (int i : keep) {
                out.add(l.get(i));
            }
            return out;
        }
        return value;
    }

    private static void boundGrid(Map<String, Object> trace, double[][] z, String label, List<String> notes) {
        int rows = z.length;
        int cols = Arrays.stream(z).mapToInt(r -> r.length).max().orElse(0);
        if (rows <= MAX_GRID_SIDE && cols <= MAX_GRID_SIDE) {
            return;
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
        trace.put("z", out);
        trace.computeIfPresent("x", (k, v) -> select(v, cols, keepCols));
        trace.computeIfPresent("y", (k, v) -> select(v, rows, keepRows));
        notes.add(String.format(Locale.ROOT, "Trace %s: %,d × %,d grid reduced to %,d × %,d for display.", label, rows, cols,
                keepRows.length, keepCols.length));
    }
}
