package dev.diffkernel.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plotly figure as data: traces, layout and config as plotly attribute maps (numeric data as
 * {@code double[]} or {@code double[][]}), event-handler script, and notes for the reader (e.g.
 * "downsampled"). Both the interactive view and the static picture are made from it.
 *
 * <p>The maps are mutable and owned by whoever made the model; {@link Bounds} edits them in place.
 *
 * @param traces plotly traces, in drawing order
 * @param layout plotly layout, possibly empty
 * @param config plotly config, possibly empty
 * @param eventScript JavaScript run after drawing with {@code target} bound to the plot element
 *     (Tablesaw's event handlers), possibly empty
 * @param notes sentences shown under the plot and in its text twin, possibly empty
 * @param frames plotly animation frames, possibly empty
 */
public record FigureModel(List<Map<String, Object>> traces, Map<String, Object> layout, Map<String, Object> config,
                          String eventScript, List<String> notes, List<Map<String, Object>> frames) {
    public FigureModel {
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(traces, "traces");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(eventScript, "eventScript");
        Objects.requireNonNull(notes, "notes");
    }

    /** A model with empty config, no events and no notes. */
    public static FigureModel of(List<Map<String, Object>> traces, Map<String, Object> layout) {
        return new FigureModel(new ArrayList<>(traces), new LinkedHashMap<>(layout), new LinkedHashMap<>(), "",
                new ArrayList<>(), new ArrayList<>());
    }

    /** The figure's title, without markup, or "" if it has none. */
    public String title() {
        return Attrs.text(layout.get("title"));
    }

    /** A trace's plotly type; plotly's default is "scatter". */
    public static String type(Map<String, Object> trace) {
        Object type = trace.get("type");
        return type instanceof String s && !s.isEmpty() ? s : "scatter";
    }

    /** Whether any trace is drawn in 3-D (surface, scatter3d, mesh3d, ...). */
    public boolean isThreeD() {
        return traces.stream().anyMatch(t -> Attrs.isThreeD(type(t)));
    }
}
