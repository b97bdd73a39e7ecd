package dev.diffkernel.render;

import dev.diffkernel.common.Html;

import dev.diffkernel.check.CheckResult;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** A passed answer check: a green line, and its text twin. */
final class CheckResultRenderer {
    private CheckResultRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(CheckResult.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((result, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> "<span style=\"color:#1a7f37\">✔ passed: "
                            + Html.escape(result.description()) + "</span>");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, result::toString);
                });
    }
}
