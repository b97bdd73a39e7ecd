package dev.diffkernel.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A slider under the plot that shows one {@link Frame} per step. Immutable.
 *
 * @param frames the frame names, one per step, in order
 * @param labels the step labels, as many as {@code frames}
 * @param prefix the text before the current label ("step: "), or ""
 * @param frameMillis how long the move to a frame takes, in milliseconds (0 for a jump)
 */
public record Slider(List<String> frames, List<String> labels, String prefix, int frameMillis) implements PlotlyValue {
    public Slider {
        frames = List.copyOf(frames);
        labels = List.copyOf(labels);
        Objects.requireNonNull(prefix, "prefix");
        if (frames.size() != labels.size()) {
            throw new IllegalArgumentException("a slider needs a label per frame but has " + frames.size()
                    + " frames and " + labels.size() + " labels");
        }
        if (frameMillis < 0) {
            throw new IllegalArgumentException("frameMillis must be >= 0 but was " + frameMillis);
        }
    }

    /** A slider over {@code frames}, labelled by their names. */
    public static Slider over(List<Frame> frames, String prefix) {
        List<String> names = frames.stream().map(Frame::name).toList();
        return new Slider(names, names, prefix, 0);
    }

    @Override
    public Map<String, Object> toPlotly() {
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            steps.add(new Attributes().put("label", labels.get(i)).put("method", "animate")
                    .put("args", List.of(List.of(frames.get(i)), UpdateMenu.animation(frameMillis, true))).map());
        }
        return new Attributes().put("active", 0).put("steps", steps)
                .put("currentvalue", Attributes.single("prefix", prefix)).put("pad", Attributes.single("t", 50)).map();
    }
}
