package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * Contour lines (or filled bands) of a grid of values. Immutable: arrays are copied in and out, each {@code with} returns a new trace.
 *
 * @param x the column coordinates
 * @param y the row coordinates
 * @param z the values, {@code z[row][column]}: {@code y.length} rows of {@code x.length} (NaN leaves a hole)
 * @param name the legend and hover name, "" for none
 * @param colorscale a plotly colour scale name ("Viridis", "RdBu", ...) or null for plotly's default
 * @param showScale whether the colour bar is drawn
 * @param opacity 0 to 1, or null for opaque
 * @param ncontours about how many levels plotly draws, or null for its choice
 * @param coloring "fill", "lines", "heatmap" or "none" (plotly's {@code contours.coloring}), or null
 * @param line the contour lines, or null
 * @param showLegend whether the trace has a legend entry
 * @param colorbarThickness the colour bar's width in pixels, or null
 */
public record Contour(double[] x, double[] y, double[][] z, String name, String colorscale, boolean showScale,
        Double opacity, Integer ncontours, String coloring, Line line, boolean showLegend, Integer colorbarThickness) implements Trace {
    public Contour {
        x = Objects.requireNonNull(x, "x").clone();
        y = Objects.requireNonNull(y, "y").clone();
        z = Attributes.grid(x, y, z);
        Objects.requireNonNull(name, "name");
    }

    /** The grid {@code z[row][column]} over {@code x} (columns) and {@code y} (rows). */
    public static Contour of(double[] x, double[] y, double[][] z) {
        return new Contour(x, y, z, "", null, true, null, null, null, null, true, null);
    }

    @Override
    public String type() {
        return "contour";
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[][] z() {
        return Attributes.copy(z);
    }

    public Contour withName(String n) {
        return new Contour(x, y, z, n, colorscale, showScale, opacity, ncontours, coloring, line, showLegend, colorbarThickness);
    }

    public Contour withColorscale(String scale) {
        return new Contour(x, y, z, name, scale, showScale, opacity, ncontours, coloring, line, showLegend, colorbarThickness);
    }

    public Contour withShowScale(boolean show) {
        return new Contour(x, y, z, name, colorscale, show, opacity, ncontours, coloring, line, showLegend, colorbarThickness);
    }

    public Contour withOpacity(double o) {
        return new Contour(x, y, z, name, colorscale, showScale, o, ncontours, coloring, line, showLegend, colorbarThickness);
    }

    public Contour withNcontours(Integer value) {
        return new Contour(x, y, z, name, colorscale, showScale, opacity, value, coloring, line, showLegend, colorbarThickness);
    }

    public Contour withColoring(String value) {
        return new Contour(x, y, z, name, colorscale, showScale, opacity, ncontours, value, line, showLegend, colorbarThickness);
    }

    public Contour withLine(Line value) {
        return new Contour(x, y, z, name, colorscale, showScale, opacity, ncontours, coloring, value, showLegend, colorbarThickness);
    }

    public Contour withShowLegend(boolean value) {
        return new Contour(x, y, z, name, colorscale, showScale, opacity, ncontours, coloring, line, value, colorbarThickness);
    }

    public Contour withColorbarThickness(Integer value) {
        return new Contour(x, y, z, name, colorscale, showScale, opacity, ncontours, coloring, line, showLegend, value);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return Attributes.grid("contour", x, y, z, name, colorscale, showScale, opacity).put("ncontours", ncontours)
                .put("contours", coloring == null ? null : Attributes.single("coloring", coloring)).put("line", line)
                .put("showlegend", showLegend ? null : false)
                .put("colorbar", colorbarThickness == null ? null : Attributes.single("thickness", colorbarThickness)).map();
    }
}
