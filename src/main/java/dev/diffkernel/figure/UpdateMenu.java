package dev.diffkernel.figure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of buttons on the plot (plotly's {@code layout.updatemenus}); {@link #playPause} makes the
 * usual Play and Pause of an animation. Immutable.
 *
 * @param buttons the buttons, left to right
 * @param x the menu's left edge, 0 to 1 across the plot area
 * @param y the menu's top edge, 0 to 1 up the plot area (below 0 is under the plot)
 */
public record UpdateMenu(List<Button> buttons, double x, double y) implements PlotlyValue {
    /**
     * One button: a label and the plotly method it calls with its arguments.
     *
     * @param label the button's text
     * @param method plotly's method: "animate", "restyle", "relayout" or "update"
     * @param args the method's arguments, as plotly documents them (lists, maps, strings, numbers, null)
     */
    public record Button(String label, String method, List<Object> args) implements PlotlyValue {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(method, "method");
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args)); // plotly uses null args
        }

        @Override
        public Map<String, Object> toPlotly() {
            Map<String, Object> out = new Attributes().put("label", label).put("method", method).map();
            out.put("args", Attributes.deepCopy(args));
            return out;
        }
    }

    public UpdateMenu {
        buttons = List.copyOf(buttons);
    }

    /**
     * Play (all frames from the current one, {@code frameMillis} each) and Pause buttons, under
     * the plot's left corner.
     *
     * @param frameMillis how long each frame shows, in milliseconds; > 0
     */
    public static UpdateMenu playPause(int frameMillis) {
        if (frameMillis <= 0) {
            throw new IllegalArgumentException("frameMillis must be > 0 but was " + frameMillis);
        }
        Map<String, Object> play = animation(frameMillis, true);
        play.put("fromcurrent", true);
        java.util.List<Object> playArgs = new java.util.ArrayList<>();
        playArgs.add(null); // null: every frame
        playArgs.add(play);
        java.util.List<Object> pauseArgs = new java.util.ArrayList<>();
        java.util.List<Object> none = new java.util.ArrayList<>();
        none.add(null);
        pauseArgs.add(none); // [null]: stop where it is
        pauseArgs.add(animation(0, false));
        return new UpdateMenu(List.of(new Button("Play", "animate", playArgs), new Button("Pause", "animate", pauseArgs)),
                0, 0);
    }

    /** Plotly's animation options: frame duration, no transition, immediate mode. */
    static Map<String, Object> animation(int frameMillis, boolean redraw) {
        Map<String, Object> frame = new Attributes().put("duration", frameMillis).put("redraw", redraw).map();
        return new Attributes().put("mode", "immediate").put("frame", frame)
                .put("transition", Attributes.single("duration", 0)).map();
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("type", "buttons").put("showactive", false).put("direction", "left")
                .put("x", x).put("y", y).put("xanchor", "left").put("yanchor", "top")
                .put("pad", new Attributes().put("t", 60).put("r", 10).map()).put("buttons", buttons).map();
    }
}
