package dev.diffkernel.render;

import static java.util.Objects.requireNonNull;

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
import dev.diffkernel.optim.Outcome;
import dev.diffkernel.optim.RateComparison;
import dev.diffkernel.optim.Run;
import dev.diffkernel.render.internal.NumberText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient descent replayed: plotly frames, a Play button and a step slider over the picture a run's
 * {@code plot()} draws. The figure's own traces show the whole path, so the static picture (no JavaScript,
 * exported PDF) is the finished run; each frame shows the path up to one step. Used by {@code run.animate()}
 * and {@code compareRates(...).animate()}.
 */
public final class Animations {
    /** At most this many frames; longer runs show every k-th step (and the last). */
    public static final int MAX_FRAMES = 150;
    private static final String POINT_COLOUR = "#111111";
    private static final int FRAME_MILLIS = 120;

    private Animations() {}

    /**
     * A run as an animation: on the level curves of f for two variables, else f against the step.
     *
     * @param run the run, never null
     * @return a new figure with frames, a Play button and a slider; never null
     */
    public static Figure descent(Run run) {
        requireNonNull(run, "run");
        double[][] path = run.path();
        String name = "lr = " + NumberText.of(run.settings().learningRate());
        Figure base;
        if (run.variables().size() == 2) {
            base = Plots.contour(run.f()).path(name, Arrays.asList(path))
                    .title(run.function() + ": " + run.outcome().after(run.steps())).figure();
        } else {
            base = pathOfValues(run, name);
        }
        int pathIndex = 1;
        Scatter pathTrace = (Scatter) base.data().get(pathIndex);
        Figure figure = base.plus(point(pathTrace, path.length - 1));
        int pointIndex = figure.data().size() - 1;
        List<Frame> frames = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int step : frameSteps(path.length)) {
            Scatter upTo = upTo(pathTrace, step + 1);
            frames.add(Frame.of("step " + step, List.of(upTo, point(pathTrace, step)), List.of(pathIndex, pointIndex),
                    Layout.empty().withTitle(run.function() + ": step " + step + ", f = "
                            + NumberText.of(run.losses()[step]))));
            labels.add(Integer.toString(step));
        }
        return animated(figure, frames, labels, "step ", frames.size() - 1);
    }

    /**
     * The learning-rate experiment as one slider over the rates: each position shows one rate's whole run.
     *
     * @param comparison the runs, never null
     * @return a new figure with one frame per learning rate; never null
     */
    public static Figure rates(RateComparison comparison) {
        requireNonNull(comparison, "comparison");
        List<Run> runs = comparison.runs();
        Run first = runs.get(0);
        List<Frame> frames = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Figure figure;
        int pathIndex = 1;
        // the picture without JavaScript shows the first run that did not diverge, and the slider starts there
        int shown = 0;
        while (shown < runs.size() - 1 && runs.get(shown).outcome() == Outcome.DIVERGED) {
            shown++;
        }
        Run base = runs.get(shown);
        String baseName = "lr = " + NumberText.of(base.settings().learningRate());
        if (first.variables().size() == 2) {
            // the contour spans the runs that stayed near the start, so a diverging rate flies off the picture
            List<double[]> kept = new ArrayList<>();
            for (Run run : runs) {
                if (run.outcome() != Outcome.DIVERGED) {
                    kept.addAll(Arrays.asList(run.path()));
                }
            }
            figure = Plots.contour(first.f()).path(baseName, kept.isEmpty() ? Arrays.asList(base.path()) : kept)
                    .title(title(base)).figure();
            Scatter path = (Scatter) figure.data().get(pathIndex);
            figure = figure.withData(replace(figure.data(), pathIndex,
                    restyle(path, column(base.path(), 0), column(base.path(), 1), baseName)));
        } else {
            figure = pathOfValues(base, baseName);
        }
        Scatter style = (Scatter) figure.data().get(pathIndex);
        for (Run run : runs) {
            String label = "lr = " + NumberText.of(run.settings().learningRate());
            Scatter trace = first.variables().size() == 2
                    ? restyle(style, column(run.path(), 0), column(run.path(), 1), label)
                    : restyle(style, steps(run.path().length), run.losses(), label);
            frames.add(Frame.of(label, List.of(trace), List.of(pathIndex), Layout.empty().withTitle(title(run))));
            labels.add(NumberText.of(run.settings().learningRate()));
        }
        return animated(figure, frames, labels, "lr = ", shown);
    }

    private static String title(Run run) {
        return run.function() + ", lr = " + NumberText.of(run.settings().learningRate()) + ": " + run.outcome().after(run.steps());
    }

    private static Figure pathOfValues(Run run, String name) {
        double[] values = run.losses();
        Figure figure = Figure.of(Layout.empty().withTitle(run.function() + ": " + run.outcome().after(run.steps()))
                        .withXaxis(dev.diffkernel.figure.Axis.titled("step"))
                        .withYaxis(dev.diffkernel.figure.Axis.titled("f")),
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
