package dev.diffkernel.render;

import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

class LambdaFormulaRenderTest {
    @Test
    void lambdaDerivativeNoteStaysInsideTheDollarSigns() {
        Renderer renderer = new Renderer();
        Renderers.registerAll(renderer);
        String latex = renderer.render(fn("h", x -> Math.abs(x)).diff()).getData(MIMEType.TEXT_LATEX).toString();
        assertEquals("$h'(x) = \\text{(numerical)}\\quad\\text{(h is a Java lambda with no formula, so h' is numerical:"
                + " central difference, h = 1e-4)}$", latex);
    }
}
