package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * The 3-D scene of a figure with {@link Surface} or {@link Scatter3d} traces. Immutable.
 *
 * @param xaxis the x axis, or null
 * @param yaxis the y axis, or null
 * @param zaxis the z axis, or null
 * @param aspectMode "auto", "cube", "data" or "manual", or null
 * @param extra any other plotly scene attributes ({@code camera}, ...), by name, possibly empty; the
 *     typed components are written in the place of same-named ones
 */
public record Scene(Axis xaxis, Axis yaxis, Axis zaxis, String aspectMode, Map<String, Object> extra)
        implements PlotlyValue {
    public Scene {
        extra = Attributes.copyOf(Objects.requireNonNull(extra, "extra"));
    }

    /** A scene without other plotly attributes. */
    public Scene(Axis xaxis, Axis yaxis, Axis zaxis, String aspectMode) {
        this(xaxis, yaxis, zaxis, aspectMode, Map.of());
    }

    /** A scene with axis titles. */
    public static Scene titled(String x, String y, String z) {
        return new Scene(Axis.titled(x), Axis.titled(y), Axis.titled(z), null);
    }

    @Override
    public Map<String, Object> extra() {
        return Attributes.copyOf(extra);
    }

    public Scene withAspectMode(String mode) {
        return new Scene(xaxis, yaxis, zaxis, mode, extra);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return Attributes.over(extra, new Attributes().put("xaxis", xaxis).put("yaxis", yaxis).put("zaxis", zaxis)
                .put("aspectmode", aspectMode));
    }
}
