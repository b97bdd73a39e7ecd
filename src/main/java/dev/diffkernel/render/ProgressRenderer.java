package dev.diffkernel.render;

import dev.diffkernel.optim.Progress;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows a long run's {@link Progress} as a progress bar with the step, f and |∇f|. */
final class ProgressRenderer {
    private ProgressRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Progress.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((progress, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> OptimHtml.progress(progress));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, progress::toString);
                });
    }
}
