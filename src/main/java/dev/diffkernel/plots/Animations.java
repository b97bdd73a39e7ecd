package dev.diffkernel.plots;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Frame;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Margin;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Slider;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.figure.UpdateMenu;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient descent replayed: plotly frames, a Play button and a slider over the picture a run's {@code plot()}
 * draws. The figure's own traces show the whole path, so the static picture (no JavaScript, exported PDF) is the
 * finished run; each frame shows the path up to one step. {@code run.animate()} and
 * {@code compareRates(...).animate()} build on it; it takes plain paths, so it needs nothing from {@code optim}.
 */
public final class Animations {
    /** At most this many frames; longer runs show every k-th step (and the last). */
    public static final int MAX_FRAMES = 150;
    private static final String POINT_COLOUR = "#111111";
    private static final int FRAME_MILLIS = 120;

    private Animations() {}

    /**
     * One descent, for {@link #rates}: a label, a title and the points it visited.
     *
     * @param label the slider's label, e.g. {@code 0.1}; never null
     * @param title the title while this one shows; never null
     * @param path the points, one per step from the start; never null, not empty
     * @param values f at each point; as many as points
     * @param diverged whether it ran away (the picture's range then ignores it)
     */
    public record Descent(String label, String title, double[][] path, double[] values, boolean diverged) {
        /** Checks the parts and keeps copies of the arrays, so that the record stays immutable. */
        public Descent {
            requireNonNull(label, "label");
            requireNonNull(title, "title");
            if (path.length == 0 || path.length != values.length) {
                throw new IllegalArgumentException("a descent needs one value per point but has " + path.length
                        + " points and " + values.length + " values");
            }
            path = copy(path);
            values = values.clone();
        }

        /** The points, a new array. */
        @Override
        public double[][] path() {
            return copy(path);
        }

        /** f at each point, a new array. */
        @Override
        public double[] values() {
            return values.clone();
        }

        private static double[][] copy(double[][] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i].clone();
            }
            return out;
        }
    }

    /**
     * A descent as an animation: on the level curves of f for two variables, else f against the step.
     *
     * @param f the function; never null
     * @param name the path's legend name, e.g. {@code lr = 0.1}; never null
     * @param title e.g. {@code f(x, y) = x^2 + y^2: took all 20 steps}; never null
     * @param path the points, one per step from the start; never null, not empty
     * @param values f at each point
     * @return a new figure with a frame per step (at most {@link #MAX_FRAMES}), Play and a slider; never null
     */
    public static Figure descent(Fn f, String name, String title, double[][] path, double[] values) {
        requireNonNull(f, "f");
        Figure base = f.arity() == 2
                ? Plots.contour(f).path(name, Arrays.asList(path)).title(title).figure()
                : valuesFigure(name, title, values);
        int pathIndex = 1;
        Scatter pathTrace = (Scatter) base.data().get(pathIndex);
        Figure figure = base.plus(point(pathTrace, pathTrace.y().length - 1));
        int pointIndex = figure.data().size() - 1;
        List<Frame> frames = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String function = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
        for (int step : frameSteps(path.length)) {
            frames.add(Frame.of("step " + step, List.of(upTo(pathTrace, step + 1), point(pathTrace, step)),
                    List.of(pathIndex, pointIndex),
                    Layout.empty().withTitle(function + ": step " + step + ", f = " + Numbers.shortest(values[step]))));
            labels.add(Integer.toString(step));
        }
        return animated(figure, frames, labels, "step ", frames.size() - 1);
    }

    /**
     * Several descents of one function, one slider position each (the learning-rate experiment).
     *
     * @param f the function; never null
     * @param descents the descents, in slider order; not empty
     * @param prefix the slider's prefix, e.g. {@code lr = }
     * @return a new figure with one frame per descent; never null
     */
    public static Figure choices(Fn f, List<Descent> descents, String prefix) {
        requireNonNull(f, "f");
        if (descents.isEmpty()) {
            throw new IllegalArgumentException("choices needs at least one descent");
        }
        // the picture without JavaScript shows the first descent that did not diverge, and the slider starts there
        int shown = 0;
        while (shown < descents.size() - 1 && descents.get(shown).diverged()) {
            shown++;
        }
        Descent base = descents.get(shown);
        int pathIndex = 1;
        Figure figure;
        if (f.arity() == 2) {
            // the contour spans the descents that stayed near the start, so a diverging one flies off the picture
            List<double[]> kept = new ArrayList<>();
            for (Descent d : descents) {
                if (!d.diverged()) {
                    kept.addAll(Arrays.asList(d.path()));
                }
            }
            figure = Plots.contour(f).path(prefix + base.label(), kept.isEmpty() ? Arrays.asList(base.path()) : kept)
                    .title(base.title()).figure();
            Scatter path = (Scatter) figure.data().get(pathIndex);
            figure = figure.withData(replace(figure.data(), pathIndex,
                    restyle(path, column(base.path(), 0), column(base.path(), 1), prefix + base.label())));
        } else {
            figure = valuesFigure(prefix + base.label(), base.title(), base.values());
        }
        Scatter style = (Scatter) figure.data().get(pathIndex);
        List<Frame> frames = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Descent d : descents) {
            Scatter trace = f.arity() == 2
                    ? restyle(style, column(d.path(), 0), column(d.path(), 1), prefix + d.label())
                    : restyle(style, steps(d.values().length), d.values(), prefix + d.label());
            frames.add(Frame.of(prefix + d.label(), List.of(trace), List.of(pathIndex), Layout.empty().withTitle(d.title())));
            labels.add(d.label());
        }
        return animated(figure, frames, labels, prefix, shown);
    }

    private static Figure valuesFigure(String name, String title, double[] values) {
        Figure figure = Figure.of(Layout.empty().withTitle(title).withXaxis(Axis.titled("step")).withYaxis(Axis.titled("f")),
                Scatter.of(new double[0], new double[0]).withName("").withShowLegend(false),
                Scatter.of(steps(values.length), values).withName(name).withMode(Mode.LINES_MARKERS)
                        .withLine(Line.of(ContourPlot.PATH_COLOUR, 2)).withMarker(Marker.of(5, ContourPlot.PATH_COLOUR)));
        return figure.withLayout(figure.layout().withShowLegend(false));
    }

    private static Figure animated(Figure figure, List<Frame> frames, List<String> labels, String prefix, int active) {
        Slider slider = new Slider(frames.stream().map(Frame::name).toList(), labels, prefix, 0, active);
        Layout layout = figure.layout();
        int height = layout.height() == null ? 450 : layout.height();
        layout = layout.withSize(layout.width() == null ? 700 : layout.width(), height + 110)
                .withMargin(new Margin(60, 30, 60, 150, false))
                .withSliders(List.of(slider)).withUpdateMenus(List.of(UpdateMenu.playPause(FRAME_MILLIS)));
        return figure.withLayout(layout).withFrames(frames);
    }

    /** The steps that get a frame: all of them up to {@link #MAX_FRAMES}, else evenly spaced and the last. */
    static List<Integer> frameSteps(int points) {
        List<Integer> steps = new ArrayList<>();
        int stride = Math.max(1, (int) Math.ceil((points - 1) / (double) (MAX_FRAMES - 1)));
        for (int s = 0; s < points; s += stride) {
            steps.add(s);
        }
        if (steps.get(steps.size() - 1) != points - 1) {
            steps.add(points - 1);
        }
        return steps;
    }

    private static Scatter upTo(Scatter path, int count) {
        return restyle(path, Arrays.copyOf(path.x(), count), Arrays.copyOf(path.y(), count), path.name());
    }

    private static Scatter point(Scatter path, int index) {
        return Scatter.of(new double[] {path.x()[index]}, new double[] {path.y()[index]}).withName("now")
                .withMode(Mode.MARKERS).withShowLegend(false)
                .withMarker(Marker.of(13, POINT_COLOUR).withLine(Line.of("white", 2)));
    }

    private static Scatter restyle(Scatter style, double[] x, double[] y, String name) {
        return new Scatter(x, List.of(), y, style.mode(), name, style.line(), style.marker(), style.showLegend(),
                List.of(), style.hoverInfo(), style.textPosition());
    }

    private static List<Trace> replace(List<Trace> traces, int index, Trace by) {
        List<Trace> out = new ArrayList<>(traces);
        out.set(index, by);
        return out;
    }

    private static double[] column(double[][] points, int i) {
        double[] out = new double[points.length];
        for (int k = 0; k < points.length; k++) {
            out[k] = points[k][i];
        }
        return out;
    }

    private static double[] steps(int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = i;
        }
        return out;
    }
}
