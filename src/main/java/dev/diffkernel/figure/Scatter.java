package dev.diffkernel.figure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A 2-D scatter trace: points joined by lines, marked, or labelled ({@link Mode}). Immutable:
 * arrays are copied in and out, and each {@code with} returns a new trace.
 *
 * <pre>{@code
 * Scatter.of(xs, ys).withMode(Mode.LINES).withName("f(x)").withLine(Line.of("#1f77b4", 2.5))
 * }</pre>
 *
 * @param x the x coordinates; empty when {@code categories} gives them
 * @param categories x as category labels (a table's text column), or empty
 * @param y the y coordinates (NaN leaves a gap)
 * @param mode how points are drawn, or null for plotly's default
 * @param name the legend name, "" for none
 * @param line the line, or null
 * @param marker the markers, or null
 * @param showLegend whether the trace has a legend entry
 * @param text a label per point (hover text, or drawn with a {@code TEXT} mode), or empty
 * @param hoverInfo plotly's {@code hoverinfo} ("text", "skip", ...), or null
 * @param textPosition where drawn labels sit ("top center", "middle center", ...), or null
 */
public record Scatter(double[] x, List<String> categories, double[] y, Mode mode, String name, Line line,
                      Marker marker, boolean showLegend, List<String> text, String hoverInfo, String textPosition)
        implements Trace {
    public Scatter {
        x = Objects.requireNonNull(x, "x").clone();
        categories = List.copyOf(categories);
        y = Objects.requireNonNull(y, "y").clone();
        Objects.requireNonNull(name, "name");
        text = List.copyOf(text);
        Attributes.sameLength("x and y", categories.isEmpty() ? x.length : categories.size(), y.length);
    }

    /** Points at {@code (x[i], y[i])}, in plotly's default mode. */
    public static Scatter of(double[] x, double[] y) {
        return new Scatter(x, List.of(), y, null, "", null, null, true, List.of(), null, null);
    }

    /** Points at {@code (categories[i], y[i])} on a category x axis. */
    public static Scatter of(List<String> categories, double[] y) {
        return new Scatter(new double[0], categories, y, null, "", null, null, true, List.of(), null, null);
    }

    @Override
    public String type() {
        return "scatter";
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public Scatter withMode(Mode m) {
        return new Scatter(x, categories, y, m, name, line, marker, showLegend, text, hoverInfo, textPosition);
    }

    public Scatter withName(String n) {
        return new Scatter(x, categories, y, mode, n, line, marker, showLegend, text, hoverInfo, textPosition);
    }

    public Scatter withLine(Line l) {
        return new Scatter(x, categories, y, mode, name, l, marker, showLegend, text, hoverInfo, textPosition);
    }

    public Scatter withMarker(Marker m) {
        return new Scatter(x, categories, y, mode, name, line, m, showLegend, text, hoverInfo, textPosition);
    }

    public Scatter withShowLegend(boolean show) {
        return new Scatter(x, categories, y, mode, name, line, marker, show, text, hoverInfo, textPosition);
    }

    /** This trace with a label per point and plotly's {@code hoverinfo} (null for the default). */
    public Scatter withText(List<String> labels, String hover) {
        return new Scatter(x, categories, y, mode, name, line, marker, showLegend, labels, hover, textPosition);
    }

    /** This trace with plotly's {@code hoverinfo} ("skip" for none). */
    public Scatter withHoverInfo(String hover) {
        return new Scatter(x, categories, y, mode, name, line, marker, showLegend, text, hover, textPosition);
    }

    public Scatter withTextPosition(String position) {
        return new Scatter(x, categories, y, mode, name, line, marker, showLegend, text, hoverInfo, position);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("type", "scatter")
                .put("x", categories.isEmpty() ? x.clone() : categories).put("y", y.clone())
                .put("mode", mode == null ? null : mode.plotly()).put("name", name.isEmpty() ? null : name)
                .put("text", text).put("hoverinfo", hoverInfo).put("textposition", textPosition)
                .put("line", line).put("marker", marker).put("showlegend", showLegend ? null : false).map();
    }
}
