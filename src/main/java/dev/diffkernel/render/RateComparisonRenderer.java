package dev.diffkernel.render;

import dev.diffkernel.optim.RateComparison;
import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.PlotlyPage;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows the learning-rate experiment ({@link RateComparison}) as one table and one picture. */
final class RateComparisonRenderer {
    private RateComparisonRenderer() {}

    static void register(Renderer renderer, PlotlyPage page) {
        renderer.createRegistration(RateComparison.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((comparison, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> {
                        var chart = comparison.plot();
                        return OptimHtml.comparison(comparison,
                                page.render(FigureModels.of(chart.figure()), chart.toString()).html());
                    });
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, comparison::toString);
                });
    }
}
