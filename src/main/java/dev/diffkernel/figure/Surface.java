package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * A surface {@code z = f(x, y)} over a grid, drawn in a 3-D scene. Immutable: arrays are copied in and out, each {@code with} returns a new trace.
 *
 * @param x the column coordinates
 * @param y the row coordinates
 * @param z the values, {@code z[row][column]}: {@code y.length} rows of {@code x.length} (NaN leaves a hole)
 * @param name the legend and hover name, "" for none
 * @param colorscale a plotly colour scale name ("Viridis", "RdBu", ...) or null for plotly's default
 * @param showScale whether the colour bar is drawn
 * @param opacity 0 to 1, or null for opaque
 */
public record Surface(double[] x, double[] y, double[][] z, String name, String colorscale, boolean showScale,
        Double opacity) implements Trace {
    public Surface {
        x = Objects.requireNonNull(x, "x").clone();
        y = Objects.requireNonNull(y, "y").clone();
        z = Attributes.grid(x, y, z);
        Objects.requireNonNull(name, "name");
    }

    /** The grid {@code z[row][column]} over {@code x} (columns) and {@code y} (rows). */
    public static Surface of(double[] x, double[] y, double[][] z) {
        return new Surface(x, y, z, "", null, true, null);
    }

    @Override
    public String type() {
        return "surface";
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

    public Surface withName(String n) {
        return new Surface(x, y, z, n, colorscale, showScale, opacity);
    }

    public Surface withColorscale(String scale) {
        return new Surface(x, y, z, name, scale, showScale, opacity);
    }

    public Surface withShowScale(boolean show) {
        return new Surface(x, y, z, name, colorscale, show, opacity);
    }

    public Surface withOpacity(double o) {
        return new Surface(x, y, z, name, colorscale, showScale, o);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return Attributes.grid("surface", x, y, z, name, colorscale, showScale, opacity).map();
    }
}
