package dev.diffkernel.figure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One frame of an animation: the traces (and optionally layout) it shows, by name. A
 * {@link Slider} or a play {@link UpdateMenu} moves between frames. Immutable.
 *
 * @param name the frame's name, which sliders and buttons refer to; not blank
 * @param data the traces of the frame, replacing the figure's traces in order
 * @param layout layout changes for this frame, or null for none
 */
public record Frame(String name, List<Trace> data, Layout layout) implements PlotlyValue {
    public Frame {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a frame needs a name (sliders refer to it) but it was blank");
        }
        data = List.copyOf(data);
    }

    /** A frame of traces, without layout changes. */
    public static Frame of(String name, List<Trace> data) {
        return new Frame(name, data, null);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("name", name).put("data", data).put("layout", layout).map();
    }
}
