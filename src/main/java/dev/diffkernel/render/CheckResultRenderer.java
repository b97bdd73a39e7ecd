package dev.diffkernel.render;

import dev.diffkernel.common.Html;

import dev.diffkernel.check.CheckResult;
import dev.diffkernel.check.Score;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** A passed answer check: a green line, and its text twin; a score adds its points. */
final class CheckResultRenderer {
    private CheckResultRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(CheckResult.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((result, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> passedLine(result, ""));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, result::toString);
                });
        // the plain text stays the bare number: nbgrader parses it as the cell's partial score
        renderer.createRegistration(Score.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((score, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> passedLine(score.check(),
                            " (" + score + (score.points() == 1 ? " point)" : " points)")));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, score::toString);
                });
    }

    private static String passedLine(CheckResult result, String suffix) {
        return "<span style=\"color:#1a7f37\">✔ passed: " + Html.escape(result.description()) + Html.escape(suffix) + "</span>";
    }
}
