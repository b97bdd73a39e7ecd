package dev.diffkernel.render;

import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** Formulas read with JavaScript off: their HTML is MathML, which browsers draw themselves. */
class FormulaHtmlTest {
    private static DisplayData render(Object value) {
        Renderer renderer = new Renderer();
        Renderers.registerAll(renderer);
        return renderer.render(value);
    }

    @Test
    void derivativeHasAMathmlFormBesideLatexAndText() {
        DisplayData data = render(fn("f(x) = 0.01*x^2 + 0.1*x").diff());
        assertEquals("<math display=\"inline\"><mrow><mi>f'(x)</mi><mo>=</mo><mrow><mrow><mn>0.02</mn><mo>&#x2062;</mo>"
                + "<mi>x</mi></mrow><mo>+</mo><mn>0.1</mn></mrow></mrow></math>", data.getData(MIMEType.TEXT_HTML));
        assertEquals("$f'(x) = 0.02x + 0.1$", data.getData(MIMEType.TEXT_LATEX));
        assertEquals("f'(x) = 0.02x + 0.1", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void fractionsRootsAndFunctionsUseTheirMathmlElements() {
        assertEquals("<math display=\"inline\"><mrow><mi>f'(x)</mi><mo>=</mo><mfrac><mrow><mn>1</mn></mrow><mrow><mrow>"
                + "<mn>3</mn><mo>&#x2062;</mo><msup><mrow><mi>x</mi></mrow><mrow><mfrac><mn>2</mn><mn>3</mn></mfrac></mrow>"
                + "</msup></mrow></mrow></mfrac></mrow></math>", fn("x^(1/3)").diff().toMathml());
        assertEquals("<math display=\"inline\"><mrow><mi>f(x)</mi><mo>=</mo><mrow><mi>sin</mi><mo>&#x2061;</mo><mrow>"
                + "<mo>(</mo><msqrt><mi>x</mi></msqrt><mo>)</mo></mrow></mrow></mrow></math>", fn("sin(sqrt(x))").toMathml());
    }

    @Test
    void lambdaNoteIsPlainHtmlBesideTheFormula() {
        String html = render(fn("h", x -> x * x)).getData(MIMEType.TEXT_HTML).toString();
        assertEquals("<math display=\"inline\"><mrow><mi>h(x)</mi><mo>=</mo><mtext>(Java lambda)</mtext></mrow></math>", html);
    }
}
