package dev.diffkernel.render;

import dev.diffkernel.common.Html;

import dev.diffkernel.nn.PerceptronNetwork;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows a {@link PerceptronNetwork} as its layers with its truth table, in HTML and text. */
final class PerceptronNetworkRenderer {
    private PerceptronNetworkRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(PerceptronNetwork.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register((net, context) -> {
                    boolean table = net.inputs() <= PerceptronRenderer.MAX_TABLE_INPUTS;
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div class=\"dk-network\"><pre>"
                            + Html.escape(net.toString()) + "</pre>"
                            + (table ? NnHtml.table(net.truthTable()) : "") + "</div>");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN,
                            () -> net + (table ? "\n" + net.truthTable().printAll() : ""));
                });
    }
}
