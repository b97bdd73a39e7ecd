package dev.diffkernel.figure;

/**
 * One plotly trace: a set of data drawn one way ({@link Scatter}, {@link Scatter3d},
 * {@link Surface}, {@link Contour}, {@link Heatmap}, {@link Bar}, or any type through {@link GenericTrace}).
 * Implementations are immutable records; a new trace type needs only this interface.
 */
public interface Trace extends PlotlyValue {
    /** Plotly's name of the trace type, e.g. "scatter"; never null. */
    String type();

    /** The name shown in the legend and on hover; "" when it has none. */
    String name();
}
