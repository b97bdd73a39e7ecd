package dev.diffkernel.figure;

/**
 * One plotly trace: a set of data drawn one way ({@link Scatter}, {@link Scatter3d},
 * {@link Surface}, {@link Contour}, {@link Heatmap}, {@link Bar}, or any type through {@link GenericTrace}).
 * Implementations are immutable records. The set is closed, so the renderers can draw each kind
 * by its fields; a plotly type without a record goes through {@link GenericTrace}.
 */
public sealed interface Trace extends PlotlyValue permits Scatter, Scatter3d, Surface, Contour, Heatmap, Bar,
        GenericTrace {
    /** Plotly's name of the trace type, e.g. "scatter"; never null. */
    String type();

    /** The name shown in the legend and on hover; "" when it has none. */
    String name();
}
