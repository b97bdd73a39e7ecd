package dev.diffkernel.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plotly figure: traces drawn in order, a layout, and animation frames. Immutable: each
 * {@code with} returns a new figure. A notebook shows it as an interactive plot over a static
 * picture, with its plotly JSON beside them.
 *
 * <pre>{@code
 * var fig = plot(f).figure();
 * fig.withLayout(fig.layout().withTitle("My title").withSize(500, 300))
 * }</pre>
 *
 * @param data the traces, in drawing order; possibly empty
 * @param layout the layout; never null
 * @param frames animation frames; empty for a still figure
 */
public record Figure(List<Trace> data, Layout layout, List<Frame> frames) implements PlotlyValue {
    public Figure {
        data = List.copyOf(data);
        Objects.requireNonNull(layout, "layout");
        frames = List.copyOf(frames);
    }

    /** A still figure of {@code traces}. */
    public static Figure of(Layout layout, List<? extends Trace> traces) {
        return new Figure(List.copyOf(traces), layout, List.of());
    }

    /** A still figure of {@code traces}. */
    public static Figure of(Layout layout, Trace... traces) {
        return of(layout, List.of(traces));
    }

    public Figure withLayout(Layout l) {
        return new Figure(data, l, frames);
    }

    public Figure withData(List<Trace> traces) {
        return new Figure(traces, layout, frames);
    }

    /** This figure with one more trace drawn on top. */
    public Figure plus(Trace trace) {
        List<Trace> more = new ArrayList<>(data);
        more.add(Objects.requireNonNull(trace, "trace"));
        return new Figure(more, layout, frames);
    }

    /** This figure animated through {@code f}; add a {@link Slider} or {@link UpdateMenu#playPause} to the layout. */
    public Figure withFrames(List<Frame> f) {
        return new Figure(data, layout, f);
    }

    /**
     * The figure as plotly reads it: {@code {"data": [...], "layout": {...}}} plus {@code "frames"}
     * when animated.
     */
    @Override
    public Map<String, Object> toPlotly() {
        Map<String, Object> out = new Attributes().put("data", new ArrayList<>(data)).map();
        out.putIfAbsent("data", new ArrayList<>());
        out.put("layout", layout.toPlotly());
        return new Attributes().put("frames", new ArrayList<>(frames)).map().isEmpty() ? out
                : putFrames(out);
    }

    private Map<String, Object> putFrames(Map<String, Object> out) {
        out.putAll(new Attributes().put("frames", new ArrayList<>(frames)).map());
        return out;
    }

    /** The traces and their types, e.g. "Figure of 2 traces (scatter, scatter)". */
    @Override
    public String toString() {
        return "Figure of " + data.size() + (data.size() == 1 ? " trace" : " traces")
                + (data.isEmpty() ? "" : " (" + String.join(", ", data.stream().map(Trace::type).toList()) + ")")
                + (frames.isEmpty() ? "" : ", " + frames.size() + " frames");
    }
}
