package dev.diffkernel.figure;

import java.util.Map;

/**
 * The 3-D scene of a figure with {@link Surface} or {@link Scatter3d} traces. Immutable.
 *
 * @param xaxis the x axis, or null
 * @param yaxis the y axis, or null
 * @param zaxis the z axis, or null
 * @param aspectMode "auto", "cube", "data" or "manual", or null
 */
public record Scene(Axis xaxis, Axis yaxis, Axis zaxis, String aspectMode) implements PlotlyValue {
    /** A scene with axis titles. */
    public static Scene titled(String x, String y, String z) {
        return new Scene(Axis.titled(x), Axis.titled(y), Axis.titled(z), null);
    }

    public Scene withAspectMode(String mode) {
        return new Scene(xaxis, yaxis, zaxis, mode);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("xaxis", xaxis).put("yaxis", yaxis).put("zaxis", zaxis).put("aspectmode", aspectMode)
                .map();
    }
}
