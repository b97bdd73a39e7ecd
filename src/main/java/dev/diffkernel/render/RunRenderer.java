package dev.diffkernel.render;

import dev.diffkernel.optim.Run;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows a gradient-descent {@link Run} as its summary: start, end, f, steps and why it stopped. */
final class RunRenderer {
    private RunRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Run.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((run, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> OptimHtml.run(run));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, run::toString);
                });
    }
}
