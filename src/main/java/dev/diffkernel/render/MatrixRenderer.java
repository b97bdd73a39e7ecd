package dev.diffkernel.render;

import dev.diffkernel.linalg.Matrix;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/** Shows a {@link Matrix} as an HTML table, a typeset LaTeX {@code bmatrix} and numpy-style text. */
final class MatrixRenderer {
    private MatrixRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Matrix.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_LATEX, MIMEType.TEXT_PLAIN)
                .register((matrix, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> NnHtml.matrix(matrix));
                    context.renderIfRequested(MIMEType.TEXT_LATEX, () -> "$$" + matrix.toLatex() + "$$");
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, matrix::toString);
                });
    }
}
