package dev.diffkernel.output;

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
        for (Map<String, Object> trace : model.traces()) {
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

    static String trace(Map<String, Object> trace) {
        StringBuilder out = new StringBuilder(FigureModel.type(trace));
        String name = Attrs.plain(Attrs.string(trace, "name", ""));
        if (!name.isBlank()) {
            out.append(" '").append(name).append('\'');
        }
        if (trace.get("z") instanceof double[][] z && !"scatter3d".equals(FigureModel.type(trace))) {
            out.append(": ").append(z.length).append(" × ").append(z.length == 0 ? 0 : z[0].length).append(" grid");
            range(out, "z", z);
        } else {
            double[] y = Attrs.numbers(trace, "y");
            Object x = trace.get("x");
            int points = y != null ? y.length : x instanceof double[] d ? d.length : x instanceof List<?> l ? l.size() : 0;
            out.append(": ").append(points).append(points == 1 ? " point" : " points");
            if (x instanceof double[] d) {
                range(out, "x", new double[][]{d});
            }
            if (y != null) {
                range(out, "y", new double[][]{y});
            }
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
        StringBuilder out = new StringBuilder();
        for (String axis : model.isThreeD() ? new String[]{"scene.xaxis", "scene.yaxis", "scene.zaxis"}
                : new String[]{"xaxis", "yaxis"}) {
            String title = Attrs.text(Attrs.get(model.layout(), axis + ".title"));
            boolean log = "log".equals(Attrs.get(model.layout(), axis + ".type"));
            if (title.isBlank() && !log) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            String letter = axis.substring(axis.length() - 5, axis.length() - 4);
            out.append(letter).append(" axis");
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
