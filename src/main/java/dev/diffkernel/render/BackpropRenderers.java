package dev.diffkernel.render;

import dev.diffkernel.backprop.GradientCheck;
import dev.diffkernel.backprop.TrainingRun;
import dev.diffkernel.data.Dataset;
import dev.diffkernel.common.Html;
import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.PlotlyPage;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * Shows the backpropagation lecture's results: a data set as its scatter plot, a finished training as its
 * loss and accuracy curves (the summary as the text twin), a gradient check as its table.
 */
final class BackpropRenderers {
    private BackpropRenderers() {}

    static void register(Renderer renderer, PlotlyPage page) {
        renderer.createRegistration(Dataset.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG, FigureRenderer.PLOTLY).supporting(MIMEType.TEXT_PLAIN)
                .register((data, context) -> FigureRenderer.render(context, page, () -> FigureModels.of(data.plot()),
                        data.toString()));
        renderer.createRegistration(TrainingRun.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG, FigureRenderer.PLOTLY).supporting(MIMEType.TEXT_PLAIN)
                .register((run, context) -> FigureRenderer.render(context, page, () -> FigureModels.of(run.plot()),
                        run.toString()));
        renderer.createRegistration(GradientCheck.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((check, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<pre>" + Html.escape(check.toString()) + "</pre>");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, check::toString);
                });
    }
}
