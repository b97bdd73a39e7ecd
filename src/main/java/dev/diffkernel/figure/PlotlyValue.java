package dev.diffkernel.figure;

import java.util.Map;

/**
 * A part of a figure that plotly reads as one JSON object (a trace, the layout, an axis, a line).
 */
public interface PlotlyValue {
    /**
     * This part as plotly's attributes: a new mutable map each call, whose values are strings,
     * numbers, booleans, {@code double[]}, {@code double[][]}, lists and maps of the same. Unset
     * attributes are left out, so plotly's defaults apply.
     *
     * @return a new map, never null
     */
    Map<String, Object> toPlotly();
}
