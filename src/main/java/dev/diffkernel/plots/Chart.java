package dev.diffkernel.plots;

import dev.diffkernel.figure.Figure;

/**
 * A plot made by the DSL ({@code plot}, {@code surface}, {@code contour}, {@code quiver}). It is
 * displayed as an interactive plotly plot over a static picture; {@link #figure()} gives the same
 * plot as a typed plotly {@link Figure} to restyle. Charts are immutable: each step returns a new chart.
 */
public sealed interface Chart permits FunctionPlot, TablePlot, SurfacePlot, ContourPlot, QuiverPlot {
    /**
     * The figure of this chart: change its layout or traces (each change returns a new figure) and
     * display it.
     *
     * @return a new figure each time, never null
     * @throws IllegalArgumentException if a function cannot be evaluated anywhere on the plotted range
     */
    Figure figure();

    /** What the chart shows, in words; also its text/plain form. */
    @Override
    String toString();
}
