package dev.diffkernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.nn.Activation;
import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.nn.Perceptrons;
import dev.diffkernel.nn.Networks;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NnRenderersTest {
    private static DisplayData render(Object value) {
        Renderer renderer = new Renderer();
        Renderers.registerAll(renderer);
        return renderer.render(value);
    }

    private static String text(DisplayData data, MIMEType type) {
        assertTrue(data.hasDataForType(type), () -> "no " + type);
        return data.getData(type).toString();
    }

    @Test
    void matrixRendersHtmlLatexAndPlainText() {
        DisplayData data = render(Matrix.of(new double[][] {{1, 2.5}, {-3, 4}}));
        assertEquals("[[ 1.   2.5]\n [-3.   4. ]]", text(data, MIMEType.TEXT_PLAIN));
        assertEquals("$$\\begin{bmatrix} 1 & 2.5 \\\\ -3 & 4 \\end{bmatrix}$$", text(data, MIMEType.TEXT_LATEX));
        String html = text(data, MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<table class=\"dk-matrix\""), html);
        assertTrue(html.contains(">2x2 matrix</caption>"), html);
        assertTrue(html.contains(">2.5</td>"), html);
        assertTrue(!html.contains("<script"), html);
    }

    @Test
    void bigMatricesAreShortenedLikeNumpy() {
        Matrix big = dev.diffkernel.linalg.Matrices.randn(40, 40, 1);
        String plain = text(render(big), MIMEType.TEXT_PLAIN);
        assertEquals(7, plain.lines().count()); // three rows, "...", three rows
        assertTrue(plain.lines().skip(3).findFirst().orElseThrow().equals(" ..."), plain);
        assertTrue(text(render(big), MIMEType.TEXT_LATEX).contains("\\vdots & \\vdots & \\vdots & \\ddots"));
        assertEquals(7 * 7, text(render(big), MIMEType.TEXT_HTML).split("<td").length - 1);
    }

    @Test
    void perceptronRendersFormulaAndTruthTable() {
        DisplayData data = render(Perceptrons.andGate());
        assertEquals("$y = u\\left(0.5x_{1} + 0.5x_{2} - 0.7\\right)$", text(data, MIMEType.TEXT_LATEX));
        String html = text(data, MIMEType.TEXT_HTML);
        assertTrue(html.contains("<code>y = step(0.5x1 + 0.5x2 - 0.7)</code>"), html);
        assertTrue(html.contains(">x1</th>") && html.contains(">y</th>"), html);
        assertEquals(4 + 1, html.split("<tr>").length - 1); // header and four rows
        String plain = text(data, MIMEType.TEXT_PLAIN);
        assertTrue(plain.startsWith("y = step(0.5x1 + 0.5x2 - 0.7)"), plain);
        assertTrue(plain.contains("-0.2"), plain);
    }

    @Test
    void xorNetworkRendersLayersAndTruthTable() {
        DisplayData data = render(Perceptrons.xorNetwork());
        assertTrue(text(data, MIMEType.TEXT_HTML).contains(">h1</th>"));
        assertTrue(text(data, MIMEType.TEXT_PLAIN).startsWith("layer 1: "));
    }

    @Test
    void sequenceRendersAsATable() {
        DisplayData data = render(dev.diffkernel.data.Sequences.coupledRecurrence(List.of("a", "b"), new double[] {1, 1},
                (n, v) -> new double[] {v[0] + 2 * v[1] + 2, 2 * v[0] + 3 * v[1] + 1}, 3));
        assertEquals("a: 1, 5, 19\nb: 1, 6, 29", text(data, MIMEType.TEXT_PLAIN));
        String html = text(data, MIMEType.TEXT_HTML);
        assertTrue(html.contains(">19</td>") && html.contains(">29</td>"), html);
    }

    @Test
    void activationRendersItsDefinition() {
        DisplayData data = render(Activation.SIGMOID);
        assertEquals("$\\sigma(z) = \\frac{1}{1 + e^{-z}}$", text(data, MIMEType.TEXT_LATEX));
        assertEquals("sigmoid", text(data, MIMEType.TEXT_PLAIN));
    }

    @Test
    void simpleNetRendersItsWeights() {
        DisplayData data = render(Networks.simpleNet(Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}})));
        assertEquals("simpleNet(W 2x3, softmax + cross-entropy)\nW =\n[[1. 2. 3.]\n [4. 5. 6.]]",
                text(data, MIMEType.TEXT_PLAIN));
        assertTrue(text(data, MIMEType.TEXT_LATEX).startsWith("$$W = \\begin{bmatrix}"));
        assertTrue(text(data, MIMEType.TEXT_HTML).contains("dk-matrix"));
    }
}
