package dev.diffkernel.output;

import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Scatter3d;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A figure on its way out: the typed {@link Figure}, plus what only a user's Tablesaw figure brings
 * (plotly config, event-handler script) and notes for the reader (e.g. "downsampled"). The
 * interactive view, the static picture and the plotly bundle are all made from it. Immutable:
 * {@link Bounds} returns a new model.
 *
 * @param figure the figure; never null
 * @param config plotly config, possibly empty
 * @param eventScript JavaScript run after drawing with {@code target} bound to the plot element
 *     (Tablesaw's event handlers), possibly empty
 * @param notes sentences shown under the plot and in its text twin, possibly empty
 */
public record FigureModel(Figure figure, Map<String, Object> config, String eventScript, List<String> notes) {
    public FigureModel {
        Objects.requireNonNull(figure, "figure");
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config)); // in order: it is written as JSON
        Objects.requireNonNull(eventScript, "eventScript");
        notes = List.copyOf(notes);
    }

    /** A model of {@code figure} with empty config, no events and no notes. */
    public static FigureModel of(Figure figure) {
        return new FigureModel(figure, Map.of(), "", List.of());
    }

    /** The traces, in drawing order. */
    public List<Trace> traces() {
        return figure.data();
    }

    /** This model with {@code more} notes after its own. */
    public FigureModel withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new FigureModel(figure, config, eventScript, all);
    }

    /** The figure's title, without markup, or "" if it has none. */
    public String title() {
        String title = figure.layout().title();
        return title == null ? "" : Attrs.plain(title);
    }

    /** Whether any trace is drawn in 3-D (surface, scatter3d, mesh3d, ...). */
    public boolean isThreeD() {
        return figure.data().stream().anyMatch(FigureModel::isThreeD);
    }

    /** Whether plotly draws {@code trace} in a 3-D scene. */
    static boolean isThreeD(Trace trace) {
        return trace instanceof Surface || trace instanceof Scatter3d
                || trace instanceof GenericTrace g && Attrs.isThreeD(g.type());
    }
}
