package dev.diffkernel.render;

import dev.diffkernel.display.Rich;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** {@link Rich} content ({@code html(...)}, {@code markdown(...)}, {@code image(...)}) in its own MIME type. */
final class RichRenderer {
    private RichRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Rich.class).preferring(MIMEType.ANY).supporting(MIMEType.TEXT_PLAIN)
                .register((rich, context) -> {
                    context.getOutputContainer().putData(MIMEType.parse(rich.mimeType()), rich.data());
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, rich::text);
                });
    }
}
