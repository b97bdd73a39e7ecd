package dev.diffkernel.bench;

import static dev.diffkernel.plots.Plots.plot;

import dev.diffkernel.plots.Chart;
import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.PlotlyPage;
import dev.diffkernel.output.StaticPictures;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a 4,000-point line plot costs on its way to the notebook: building its figure model, and
 * the whole display (model, static picture, HTML with the plotly JSON). Not a test: run
 * {@code bench/run-plot-bench.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlotBench {
    private Chart chart;
    private PlotlyPage page;

    @Setup
    public void setUp() {
        chart = plot(x -> Math.sin(x) * x).from(-10).to(10).samples(4000);
        page = new PlotlyPage(() -> "dk-bench");
    }

    /** The chart's figure model, ready for the outputs. */
    @Benchmark
    public Object model() {
        return FigureModels.of(chart.figure());
    }

    /** Model plus its static picture (SVG and PNG), the part of the display drawn in Java. */
    @Benchmark
    public Object picture() {
        return StaticPictures.draw(FigureModels.of(chart.figure()), true, 1);
    }

    /** Model plus every output: static picture (SVG and PNG), HTML, JSON, text. */
    @Benchmark
    public Object display() {
        return page.render(FigureModels.of(chart.figure()), null);
    }
}
