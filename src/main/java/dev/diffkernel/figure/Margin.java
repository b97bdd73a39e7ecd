package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * The room around the plot area, in CSS pixels. Immutable.
 *
 * @param left left margin
 * @param right right margin
 * @param top top margin
 * @param bottom bottom margin
 * @param autoExpand whether plotly may grow the margins for legends and colour bars
 * @param extra any other plotly margin attributes ({@code pad}), by name, possibly empty; the typed
 *     components are written in the place of same-named ones
 */
public record Margin(int left, int right, int top, int bottom, boolean autoExpand, Map<String, Object> extra)
        implements PlotlyValue {
    public Margin {
        extra = Attributes.copyOf(Objects.requireNonNull(extra, "extra"));
    }

    /** Margins without other plotly attributes. */
    public Margin(int left, int right, int top, int bottom, boolean autoExpand) {
        this(left, right, top, bottom, autoExpand, Map.of());
    }

    @Override
    public Map<String, Object> extra() {
        return Attributes.copyOf(extra);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return Attributes.over(extra, new Attributes().put("l", left).put("r", right).put("t", top).put("b", bottom)
                .put("autoexpand", autoExpand));
    }
}
