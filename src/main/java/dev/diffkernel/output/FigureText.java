package dev.diffkernel.output;

import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Bar;
import dev.diffkernel.figure.Contour;
import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Heatmap;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Scatter3d;
import dev.diffkernel.figure.Scene;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;

import java.util.List;
import java.util.Map;

/** The text twin of a figure: its title, its traces with their sizes and ranges, and its axes. */
public final class FigureText {
    private FigureText() {}

    /** A few lines describing {@code model} for a reader without pictures. */
    public static String describe(FigureModel model) {
        StringBuilder out = new StringBuilder("Figure");
        String title = model.title();
        if (!title.isBlank()) {
            out.append(" \"").append(title).append('"');
        }
        int n = model.traces().size();
        out.append(": ").append(n).append(n == 1 ? " trace" : " traces");
        for (Trace trace : model.traces()) {
            out.append("\n  ").append(trace(trace));
        }
        String axes = axes(model);
        if (!axes.isEmpty()) {
            out.append("\n  ").append(axes);
        }
        for (String note : model.notes()) {
            out.append('\n').append(note);
        }
        return out.toString();
    }

    static String trace(Trace trace) {
        StringBuilder out = new StringBuilder(trace.type());
        String name = Attrs.plain(trace.name());
        if (!name.isBlank()) {
            out.append(" '").append(name).append('\'');
        }
        double[][] grid = trace instanceof Contour c ? c.z() : trace instanceof Heatmap h ? h.z()
                : trace instanceof Surface s ? s.z() : null;
        if (trace instanceof GenericTrace g && !"scatter3d".equals(g.type()) && g.attributes().get("z") instanceof double[][] z) {
            grid = z;
        }
        if (grid != null) {
            out.append(": ").append(grid.length).append(" × ").append(grid.length == 0 ? 0 : grid[0].length).append(" grid");
            range(out, "z", grid);
            return out.toString();
        }
        double[] x = null; // numbers, or null where x is absent or categories
        double[] y = null;
        int xCount = 0;
        if (trace instanceof Scatter s) {
            x = s.categories().isEmpty() ? s.x() : null;
            xCount = s.categories().isEmpty() ? s.x().length : s.categories().size();
            y = s.y();
        } else if (trace instanceof Scatter3d s) {
            x = s.x();
            y = s.y();
        } else if (trace instanceof Bar b) {
            x = b.x();
            y = b.y();
        } else if (trace instanceof GenericTrace g) {
            Map<String, Object> attributes = g.attributes();
            Object xs = attributes.get("x");
            x = xs instanceof double[] d ? d : null;
            xCount = xs instanceof double[] d ? d.length : xs instanceof List<?> l ? l.size() : 0;
            y = Attrs.numbers(attributes, "y");
        }
        int points = y != null ? y.length : x != null ? x.length : xCount;
        out.append(": ").append(points).append(points == 1 ? " point" : " points");
        if (x != null) {
            range(out, "x", new double[][]{x});
        }
        if (y != null) {
            range(out, "y", new double[][]{y});
        }
        return out.toString();
    }

    private static void range(StringBuilder out, String axis, double[][] values) {
        double[] finite = Bounds.finiteRange(values);
        double lo = finite[0];
        double hi = finite[1];
        if (lo <= hi) {
            out.append(", ").append(axis).append(' ').append(Ticks.label(lo)).append(" … ").append(Ticks.label(hi));
        }
    }

    private static String axes(FigureModel model) {
        Layout layout = model.figure().layout();
        Scene scene = layout.scene();
        Axis[] axes = model.isThreeD()
                ? new Axis[]{scene == null ? null : scene.xaxis(), scene == null ? null : scene.yaxis(),
                    scene == null ? null : scene.zaxis()}
                : new Axis[]{layout.xaxis(), layout.yaxis()};
        StringBuilder out = new StringBuilder();
        for (int a = 0; a < axes.length; a++) {
            String title = axes[a] == null || axes[a].title() == null ? "" : Attrs.plain(axes[a].title());
            boolean log = axes[a] != null && axes[a].log();
            if (title.isBlank() && !log) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append("xyz".charAt(a)).append(" axis");
            if (!title.isBlank()) {
                out.append(": ").append(title);
            }
            if (log) {
                out.append(" (log scale)");
            }
        }
        return out.toString();
    }
}
