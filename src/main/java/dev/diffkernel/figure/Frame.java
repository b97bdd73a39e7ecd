package dev.diffkernel.figure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One frame of an animation: the traces (and optionally layout) it shows, by name. A
 * {@link Slider} or a play {@link UpdateMenu} moves between frames. Immutable.
 *
 * @param name the frame's name, which sliders and buttons refer to; not blank
 * @param data the traces of the frame, replacing the figure's traces in order, or those in {@code traces}
 * @param layout layout changes for this frame, or null for none
 * @param traces the indices of the figure's traces that {@code data} replaces, one per trace (plotly's
 *     {@code frame.traces}), or empty to replace the first ones in order; a frame that moves a point over a
 *     contour names the point's trace and leaves the contour's grid out of every frame
 */
public record Frame(String name, List<Trace> data, Layout layout, List<Integer> traces) implements PlotlyValue {
    public Frame {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a frame needs a name (sliders refer to it) but it was blank");
        }
        data = List.copyOf(data);
        traces = List.copyOf(traces);
        if (!traces.isEmpty() && traces.size() != data.size()) {
            throw new IllegalArgumentException("frame " + name + " has " + data.size() + " traces but names "
                    + traces.size() + " trace indices; give one index per trace");
        }
    }

    /** A frame replacing the figure's first traces in order, with optional layout changes. */
    public Frame(String name, List<Trace> data, Layout layout) {
        this(name, data, layout, List.of());
    }

    /** A frame of traces, without layout changes. */
    public static Frame of(String name, List<Trace> data) {
        return new Frame(name, data, null);
    }

    /** A frame replacing the traces at {@code indices} (one per trace of {@code data}), with optional layout changes. */
    public static Frame of(String name, List<Trace> data, List<Integer> indices, Layout layout) {
        return new Frame(name, data, layout, indices);
    }

    @Override
    public Map<String, Object> toPlotly() {
        Attributes a = new Attributes().put("name", name).put("data", data).put("layout", layout);
        if (!traces.isEmpty()) {
            a.put("traces", traces);
        }
        return a.map();
    }
}
