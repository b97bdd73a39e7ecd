package dev.diffkernel.render;

import dev.diffkernel.nn.Activation;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows an {@link Activation} as its defining formula, typeset, with its name as text. */
final class ActivationRenderer {
    private ActivationRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Activation.class)
                .preferring(MIMEType.TEXT_LATEX, MIMEType.TEXT_PLAIN)
                .register((activation, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$" + activation.definition() + "$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, activation::toString);
                });
    }
}
