package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * A grid of values drawn as coloured cells (e.g. a classifier's decision regions). Immutable: arrays are copied in and out, each {@code with} returns a new trace.
 *
 * @param x the column coordinates
 * @param y the row coordinates
 * @param z the values, {@code z[row][column]}: {@code y.length} rows of {@code x.length} (NaN leaves a hole)
 * @param name the legend and hover name, "" for none
 * @param colorscale a plotly colour scale name ("Viridis", "RdBu", ...) or null for plotly's default
 * @param showScale whether the colour bar is drawn
 * @param opacity 0 to 1, or null for opaque
 * @param zmin the value at the scale's low end, or null to fit the data
 * @param zmax the value at the scale's high end, or null to fit the data
 */
public record Heatmap(double[] x, double[] y, double[][] z, String name, String colorscale, boolean showScale,
        Double opacity, Double zmin, Double zmax) implements Trace {
    public Heatmap {
        x = Objects.requireNonNull(x, "x").clone();
        y = Objects.requireNonNull(y, "y").clone();
        z = Attributes.grid(x, y, z);
        Objects.requireNonNull(name, "name");
    }

    /** The grid {@code z[row][column]} over {@code x} (columns) and {@code y} (rows). */
    public static Heatmap of(double[] x, double[] y, double[][] z) {
        return new Heatmap(x, y, z, "", null, true, null, null, null);
    }

    @Override
    public String type() {
        return "heatmap";
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

    public Heatmap withName(String n) {
        return new Heatmap(x, y, z, n, colorscale, showScale, opacity, zmin, zmax);
    }

    public Heatmap withColorscale(String scale) {
        return new Heatmap(x, y, z, name, scale, showScale, opacity, zmin, zmax);
    }

    public Heatmap withShowScale(boolean show) {
        return new Heatmap(x, y, z, name, colorscale, show, opacity, zmin, zmax);
    }

    public Heatmap withOpacity(double o) {
        return new Heatmap(x, y, z, name, colorscale, showScale, o, zmin, zmax);
    }

    public Heatmap withZmin(Double value) {
        return new Heatmap(x, y, z, name, colorscale, showScale, opacity, value, zmax);
    }

    public Heatmap withZmax(Double value) {
        return new Heatmap(x, y, z, name, colorscale, showScale, opacity, zmin, value);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return Attributes.grid("heatmap", x, y, z, name, colorscale, showScale, opacity).put("zmin", zmin).put("zmax", zmax)
                .map();
    }
}
