package dev.diffkernel.render;

import dev.diffkernel.data.Sequence;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows a {@link Sequence} as a table with a column n and one column per sequence, and as text. */
final class SequenceRenderer {
    private SequenceRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Sequence.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register((sequence, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> NnHtml.table(sequence.table()));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, sequence::toString);
                });
    }
}
