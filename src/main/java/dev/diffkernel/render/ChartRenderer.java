package dev.diffkernel.render;

import dev.diffkernel.plots.Chart;

import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.PlotlyPage;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** The DSL's plots ({@link Chart}): like any figure, with the chart's own words as the text twin. */
final class ChartRenderer {
    private ChartRenderer() {}

    static void register(Renderer renderer, PlotlyPage page) {
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG, FigureRenderer.PLOTLY).supporting(MIMEType.TEXT_PLAIN)
                .register((chart, context) -> FigureRenderer.render(context, page, () -> FigureModels.of(chart.figure()),
                        chart.toString()));
    }
}
