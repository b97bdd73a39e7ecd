package dev.diffkernel.render;

import dev.diffkernel.output.FigureModel;
import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.FigureText;
import dev.diffkernel.common.Html;
import dev.diffkernel.output.PlotlyPage;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.plotly.components.Figure;

import java.util.function.Supplier;

/**
 * Any figure, a DSL {@link dev.diffkernel.figure.Figure} or a Tablesaw {@link Figure}, as an
 * interactive plotly plot drawn offline over a static picture, plus a PNG, plotly's own JSON and a
 * text twin. Tablesaw's {@code Plot.show}, which opens a desktop browser, is never
 * called.
 */
final class FigureRenderer {
    private FigureRenderer() {}

    /** Plotly's own MIME type: front ends with plotly built in (JupyterLab, VS Code) draw from it. */
    static final MIMEType PLOTLY = MIMEType.parse(PlotlyPage.PLOTLY_MIME);

    static void register(Renderer renderer, PlotlyPage page) {
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG, PLOTLY).supporting(MIMEType.TEXT_PLAIN)
                .register((figure, context) -> render(context, page, () -> FigureModels.of(figure), null));
        renderer.createRegistration(dev.diffkernel.figure.Figure.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG, PLOTLY).supporting(MIMEType.TEXT_PLAIN)
                .register((figure, context) -> render(context, page, () -> FigureModels.of(figure), null));
    }

    /**
     * Puts a figure's outputs into {@code context}; if the figure cannot be read, the outputs say
     * why instead of failing the cell.
     *
     * @param description the text twin, or null to describe the figure's traces
     */
    static void render(RenderContext context, PlotlyPage page, Supplier<FigureModel> model, String description) {
        FigureModel m;
        try {
            m = model.get();
        } catch (RuntimeException e) {
            String text = "Figure that cannot be shown: " + e.getMessage();
            context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<pre>" + Html.escape(text) + "</pre>");
            context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
            return;
        }
        boolean rich = context.wantsDataRenderedAs(MIMEType.TEXT_HTML) || context.wantsDataRenderedAs(MIMEType.IMAGE_PNG)
                || context.wantsDataRenderedAs(PLOTLY);
        if (!rich) {
            context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> description != null ? description : FigureText.describe(m));
            return;
        }
        PlotlyPage.Output out = page.render(m, description);
        context.renderIfRequested(MIMEType.TEXT_HTML, out::html);
        if (out.png() != null) {
            context.renderIfRequested(MIMEType.IMAGE_PNG, out::png);
        }
        context.renderIfRequested(PLOTLY, out::plotly);
        context.renderIfRequested(MIMEType.TEXT_PLAIN, out::text);
    }
}
