package dev.diffkernel.render;

import dev.diffkernel.common.Html;

import dev.diffkernel.nn.SimpleNet;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows a {@link SimpleNet} as its output layer and its weight matrix W, in HTML, LaTeX and text. */
final class SimpleNetRenderer {
    private SimpleNetRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(SimpleNet.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_LATEX, MIMEType.TEXT_PLAIN)
                .register((net, context) -> {
                    String title = "simpleNet: x·W, " + net.output();
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div class=\"dk-simplenet\"><p>"
                            + Html.escape(title) + "</p><p>W =</p>" + NnHtml.matrix(net.weights()) + "</div>");
                    context.renderIfRequested(MIMEType.TEXT_LATEX,
                            () -> "$$W = " + net.weights().toLatex() + "$$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, net::toString);
                });
    }
}
