package dev.diffkernel.render;

import dev.diffkernel.common.Html;

import dev.diffkernel.nn.Perceptron;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * Shows a {@link Perceptron} as its formula with its truth table (for up to four inputs), in HTML,
 * LaTeX (the formula) and text.
 */
final class PerceptronRenderer {
    /** Beyond this many inputs the 2ⁿ-row truth table is left out. */
    static final int MAX_TABLE_INPUTS = 4;

    private PerceptronRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Perceptron.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_LATEX, MIMEType.TEXT_PLAIN)
                .register((p, context) -> {
                    boolean table = p.inputs() <= MAX_TABLE_INPUTS;
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<div class=\"dk-perceptron\"><p><code>"
                            + Html.escape(p.toString()) + "</code></p>"
                            + (table ? NnHtml.table(p.truthTable()) : "") + "</div>");
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$" + p.toLatex() + "$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN,
                            () -> table ? p.truthTable().printAll() : p.toString()); // the table's title is the formula
                });
    }
}
