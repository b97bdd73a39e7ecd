package dev.diffkernel.figure;

import java.util.Map;

/**
 * The room around the plot area, in CSS pixels. Immutable.
 *
 * @param left left margin
 * @param right right margin
 * @param top top margin
 * @param bottom bottom margin
 * @param autoExpand whether plotly may grow the margins for legends and colour bars
 */
public record Margin(int left, int right, int top, int bottom, boolean autoExpand) implements PlotlyValue {
    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("l", left).put("r", right).put("t", top).put("b", bottom)
                .put("autoexpand", autoExpand).map();
    }
}
