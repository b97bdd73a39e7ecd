package dev.diffkernel.render;

import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Tablesaw figure that also carries plotly layout attributes Tablesaw's {@link Layout} cannot
 * express (a 3-D scene's {@code aspectmode}, an axis's {@code scaleanchor}, legend placement). They
 * are applied over the layout when the figure is displayed, also after {@link #setLayout}.
 *
 * <pre>{@code
 * var fig = surface(f).figure();
 * ((PlotlyFigure) fig).setLayoutAttribute("scene.aspectmode", "data");
 * fig
 * }</pre>
 */
public class PlotlyFigure extends tech.tablesaw.plotly.components.Figure {
    private final Map<String, Object> layoutAttributes = new LinkedHashMap<>();

    /**
     * A figure of {@code traces} with {@code layout} (null for plotly's defaults).
     *
     * @param layout the layout, or null
     * @param traces the traces, in drawing order; never null
     */
    public PlotlyFigure(Layout layout, Trace... traces) {
        super(layout, (Config) null, Objects.requireNonNull(traces, "traces"));
    }

    /**
     * Sets a plotly layout attribute by its dotted path, e.g. {@code "legend.orientation"}.
     *
     * @param path a dotted path below the layout; never null
     * @param value a string, number, boolean, list or map; null removes the attribute
     * @return this figure
     */
    public PlotlyFigure setLayoutAttribute(String path, Object value) {
        Objects.requireNonNull(path, "path");
        if (value == null) {
            layoutAttributes.remove(path);
        } else {
            layoutAttributes.put(path, value);
        }
        return this;
    }

    /** The layout attributes set on this figure, by dotted path; an unmodifiable view. */
    public Map<String, Object> layoutAttributes() {
        return Collections.unmodifiableMap(layoutAttributes);
    }
}
