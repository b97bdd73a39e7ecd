package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * Points, lines or both in a 3-D scene (a descent path over a {@link Surface}). Immutable.
 *
 * @param x the x coordinates
 * @param y the y coordinates, as many
 * @param z the z coordinates, as many
 * @param mode how points are drawn, or null for plotly's default
 * @param name the legend name, "" for none
 * @param line the line, or null
 * @param marker the markers, or null
 */
public record Scatter3d(double[] x, double[] y, double[] z, Mode mode, String name, Line line, Marker marker)
        implements Trace {
    public Scatter3d {
        x = Objects.requireNonNull(x, "x").clone();
        y = Objects.requireNonNull(y, "y").clone();
        z = Objects.requireNonNull(z, "z").clone();
        Objects.requireNonNull(name, "name");
        Attributes.sameLength("x, y and z", x.length, y.length, z.length);
    }

    /** Points at {@code (x[i], y[i], z[i])}. */
    public static Scatter3d of(double[] x, double[] y, double[] z) {
        return new Scatter3d(x, y, z, null, "", null, null);
    }

    @Override
    public String type() {
        return "scatter3d";
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
    public double[] z() {
        return z.clone();
    }

    public Scatter3d withMode(Mode m) {
        return new Scatter3d(x, y, z, m, name, line, marker);
    }

    public Scatter3d withName(String n) {
        return new Scatter3d(x, y, z, mode, n, line, marker);
    }

    public Scatter3d withLine(Line l) {
        return new Scatter3d(x, y, z, mode, name, l, marker);
    }

    public Scatter3d withMarker(Marker m) {
        return new Scatter3d(x, y, z, mode, name, line, m);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("type", "scatter3d").put("x", x.clone()).put("y", y.clone()).put("z", z.clone())
                .put("mode", mode == null ? null : mode.plotly()).put("name", name.isEmpty() ? null : name)
                .put("line", line).put("marker", marker).map();
    }
}
