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
 * @param active the step the slider shows at first, 0 to {@code frames.size() - 1} (the one the figure's own
 *     traces show)
 */
public record Slider(List<String> frames, List<String> labels, String prefix, int frameMillis, int active)
        implements PlotlyValue {
    public Slider {
        frames = List.copyOf(frames);
        labels = List.copyOf(labels);
        Objects.requireNonNull(prefix, "prefix");
        if (frames.size() != labels.size()) {
            throw new IllegalArgumentException("a slider needs a label per frame but has " + frames.size()
                    + " frames and " + labels.size() + " labels");
        }
        if (active < 0 || active >= Math.max(1, frames.size())) {
            throw new IllegalArgumentException("active must be a step from 0 to " + (frames.size() - 1) + " but was "
                    + active);
        }
        if (frameMillis < 0) {
            throw new IllegalArgumentException("frameMillis must be >= 0 but was " + frameMillis);
        }
    }

    /** A slider starting at the first step. */
    public Slider(List<String> frames, List<String> labels, String prefix, int frameMillis) {
        this(frames, labels, prefix, frameMillis, 0);
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
        return new Attributes().put("active", active).put("steps", steps)
                .put("currentvalue", Attributes.single("prefix", prefix)).put("pad", Attributes.single("t", 50)).map();
    }
}
