package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * Bars of height {@code y[i]} centred at {@code x[i]} (a histogram's bins). Immutable: arrays are
 * copied in and out, each {@code with} returns a new trace.
 *
 * @param x the bar centres
 * @param y the bar heights, as many
 * @param name the legend name, "" for none
 * @param marker the bars' colour and outline, or null for plotly's
 */
public record Bar(double[] x, double[] y, String name, Marker marker) implements Trace {
    public Bar {
        x = Objects.requireNonNull(x, "x").clone();
        y = Objects.requireNonNull(y, "y").clone();
        Objects.requireNonNull(name, "name");
        Attributes.sameLength("x and y", x.length, y.length);
    }

    /** Bars of height {@code y[i]} at {@code x[i]}. */
    public static Bar of(double[] x, double[] y) {
        return new Bar(x, y, "", null);
    }

    @Override
    public String type() {
        return "bar";
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public Bar withName(String n) {
        return new Bar(x, y, n, marker);
    }

    public Bar withMarker(Marker m) {
        return new Bar(x, y, name, m);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("type", "bar").put("x", x.clone()).put("y", y.clone())
                .put("name", name.isEmpty() ? null : name).put("marker", marker).map();
    }
}
