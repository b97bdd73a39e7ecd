package dev.diffkernel.optim;

import dev.diffkernel.common.Numbers;
import dev.diffkernel.plots.Chart;
import dev.diffkernel.plots.Plots;
import dev.diffkernel.plots.TablePlot;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The lecture's learning-rate experiment: the same descent run once per learning rate, shown as one table
 * ({@link #table()}) and one picture ({@link #plot()}). Immutable.
 *
 * @param runs one run per learning rate, in the order given; never null, never empty
 */
public record RateComparison(List<Run> runs) {
    /** Copies the list and checks it is not empty. */
    public RateComparison {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one run");
        }
    }

    /** The run with the given learning rate. @throws IllegalArgumentException if none has it */
    public Run run(double learningRate) {
        return runs.stream().filter(run -> run.settings().learningRate() == learningRate).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run has learning rate " + Numbers.numpy(learningRate)
                        + "; the rates are " + rates()));
    }

    private List<String> rates() {
        return runs.stream().map(run -> Numbers.numpy(run.settings().learningRate())).toList();
    }

    /**
     * One row per learning rate: {@code lr}, the end point (one column per variable), {@code f}, {@code gradNorm} (shown as |∇f|),
     * {@code steps} (the steps that run took, {@link Run#stepsTaken()}) and {@code outcome}.
     *
     * @return a new table, never null
     */
    public Table table() {
        Run first = runs.get(0);
        Table table = Table.create("learning rates on " + first.label() + " from " + first.startText(),
                DoubleColumn.create("lr", runs.stream().mapToDouble(run -> run.settings().learningRate()).toArray()));
        for (int i = 0; i < first.variables().size(); i++) {
            int coordinate = i;
            table.addColumns(DoubleColumn.create(first.variables().get(i),
                    runs.stream().mapToDouble(run -> run.end()[coordinate]).toArray()));
        }
        String valueName = first.variables().contains("f") ? "f(x)" : "f";
        table.addColumns(
                DoubleColumn.create(valueName, runs.stream().mapToDouble(Run::endValue).toArray()),
                DoubleColumn.create("gradNorm", runs.stream().mapToDouble(Run::endGradientNorm).toArray()),
                IntColumn.create("steps", runs.stream().mapToInt(Run::stepsTaken).toArray()),
                StringColumn.create("outcome", runs.stream().map(run -> run.outcome().label()).toList()));
        return table;
    }

    /**
     * The picture of the experiment: f against the step for every learning rate, one line each, on a
     * logarithmic axis when f stays positive (a run that stopped early keeps its last value).
     *
     * @return a new chart, never null
     */
    public Chart plot() {
        int longest = runs.stream().mapToInt(run -> run.stepsTaken() + 1).max().orElse(1);
        Table curves = Table.create("f by step for each learning rate on " + runs.get(0).label(),
                IntColumn.indexColumn("step", longest, 0));
        boolean positive = true;
        for (Run run : runs) {
            double[] losses = run.losses();
            double[] padded = java.util.Arrays.copyOf(losses, longest);
            java.util.Arrays.fill(padded, losses.length, longest, losses[losses.length - 1]);
            positive &= Run.allPositive(padded);
            curves.addColumns(DoubleColumn.create(label(run), padded));
        }
        TablePlot chart = Plots.plot(curves, "step").title("Learning rates on " + runs.get(0).label()
                + " from " + runs.get(0).startText()).labels("step", "f");
        return positive ? chart.logY() : chart;
    }

    /**
     * The experiment as one slider over the learning rates: each position shows that rate's whole path (on the
     * level curves of f for two variables, else f against the step), with a Play button to go through them.
     * Without JavaScript, the picture shows the first rate's run.
     *
     * @return a new animated figure, never null
     */
    public dev.diffkernel.figure.Figure animate() {
        List<dev.diffkernel.plots.Animations.Descent> descents = new java.util.ArrayList<>();
        for (Run run : runs) {
            String rate = Numbers.numpy(run.settings().learningRate());
            descents.add(new dev.diffkernel.plots.Animations.Descent(rate,
                    run.label() + ", lr = " + rate + ": " + run.outcome().after(run.stepsTaken()), run.path(), run.losses(),
                    run.outcome() == Outcome.DIVERGED));
        }
        return dev.diffkernel.plots.Animations.choices(runs.get(0).function(), descents, "lr = ");
    }

    private static String label(Run run) {
        return "lr = " + Numbers.numpy(run.settings().learningRate());
    }

    /**
     * E.g.
     * <pre>
     * Learning rates on f(x0, x1) from (-3, 4), gradient numerical (central difference, h = 0.0001):
     *   lr = 10     end (-2.58983747e+13, -1.29524862e+12)  f = 6.72e+26  diverged after 100 steps
     *   lr = 0.1    end (-6.11110793e-10, 8.14814391e-10)  f = 1.04e-18  took all 100 steps
     *   lr = 1e-10  end (-2.99999994, 3.99999992)  f = 25  barely moved in 100 steps
     * </pre>
     */
    @Override
    public String toString() {
        Run first = runs.get(0);
        int width = rates().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder("Learning rates on ").append(first.label()).append(" from ")
                .append(first.startText()).append(", gradient ").append(first.settings().gradientDescription())
                .append(':');
        for (Run run : runs) {
            String lr = Numbers.numpy(run.settings().learningRate());
            text.append("\n  lr = ").append(lr).append(" ".repeat(width - lr.length()))
                    .append("  end ").append(run.endText())
                    .append("  f = ").append(Numbers.brief(run.endValue()))
                    .append("  ").append(run.outcome().after(run.stepsTaken()));
        }
        return text.toString();
    }
}
