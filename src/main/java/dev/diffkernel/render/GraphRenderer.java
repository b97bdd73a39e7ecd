package dev.diffkernel.render;

import dev.diffkernel.calc.graph.ComputationGraph;
import dev.diffkernel.calc.graph.EvaluatedGraph;
import dev.diffkernel.output.GraphSvg;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * Shows a computational graph as an SVG drawing (inline in HTML, and as {@code image/svg+xml} for static
 * viewers) with its text twin: after {@code .at(...)}, every node's forward value and ∂f/∂node.
 */
final class GraphRenderer {
    static final MIMEType SVG = MIMEType.parse("image/svg+xml");

    private GraphRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(ComputationGraph.class)
                .preferring(MIMEType.TEXT_HTML, SVG).supporting(MIMEType.TEXT_PLAIN)
                .register((graph, context) -> {
                    String svg = GraphSvg.draw(graph, null, null, null);
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div class=\"dk-graph\">" + svg + "</div>");
                    context.renderIfRequested(SVG, () -> svg);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, graph::toString);
                });
        renderer.createRegistration(EvaluatedGraph.class)
                .preferring(MIMEType.TEXT_HTML, SVG).supporting(MIMEType.TEXT_PLAIN)
                .register((graph, context) -> {
                    String svg = GraphSvg.draw(graph.graph(), graph.values(), graph.gradients(), graph.localDerivatives());
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div class=\"dk-graph\">" + svg + "</div>");
                    context.renderIfRequested(SVG, () -> svg);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, graph::toString);
                });
    }
}
