package dev.diffkernel.figure;

import java.util.Map;

/**
 * Where and how the legend is drawn. Immutable; a null component leaves plotly's default.
 *
 * @param x the left edge, 0 to 1 across the plot area, or null
 * @param y the top edge, 0 to 1 up the plot area, or null
 * @param bgcolor the background, a CSS colour, or null
 * @param orientation "v" or "h", or null
 */
public record Legend(Double x, Double y, String bgcolor, String orientation) implements PlotlyValue {
    /** A legend at {@code (x, y)} in plot-area fractions, on a background colour. */
    public static Legend at(double x, double y, String bgcolor) {
        return new Legend(x, y, bgcolor, null);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("x", x).put("y", y).put("bgcolor", bgcolor).put("orientation", orientation).map();
    }
}
