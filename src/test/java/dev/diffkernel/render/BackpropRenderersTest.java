package dev.diffkernel.render;

import static dev.diffkernel.backprop.Backprop.gradientCheck;
import static dev.diffkernel.backprop.Backprop.twoLayerNet;
import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.data.Datasets.spiral;
import static dev.diffkernel.optim.Descent.compareRates;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.backprop.TrainingRun;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.StaticPictures;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackpropRenderersTest {
    private static DisplayData render(Object value) {
        Renderer renderer = new Renderer();
        Renderers.registerAll(renderer);
        return renderer.render(value);
    }

    private static void save(String name, Figure figure) throws IOException {
        Path dir = Path.of("target", "pictures");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), StaticPictures.draw(FigureModels.of(figure), false, 1).png());
    }

    @Test
    void evaluatedGraphIsDrawnAsSvgWithValuesAndGradients() throws IOException {
        DisplayData data = render(fn("f(x, y) = (x*y + sin(x))^2").graph().at(1, 2));
        String svg = (String) data.getData(GraphRenderer.SVG);
        assertTrue(svg.startsWith("<svg"), svg);
        assertTrue(svg.contains("t1 = xy") && svg.contains("= 8.07396") && svg.contains("∂f/∂x = 14.4364"), svg);
        assertTrue(svg.contains("∂t2/∂x = 0.540302"), svg);
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("<svg"));
        assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).endsWith("∇f = [14.436390589529829, 5.6829419696157935]"));
        Files.createDirectories(Path.of("target", "pictures"));
        Files.writeString(Path.of("target", "pictures", "graph.svg"), svg);
        String big = (String) render(fn("f(x, y, z) = sigmoid(x*y + z) * ln(1 + e^(x - y)) + (x + y)^3 / (1 + z^2)"
                + " - tanh(x*z)").graph().at(0.5, -1, 2)).getData(GraphRenderer.SVG);
        Files.writeString(Path.of("target", "pictures", "graph-big.svg"), big);
    }

    @Test
    void descentAnimationHasAFramePerStepASliderAndPlay() throws IOException {
        Figure figure = gradientDescent(fn("x^2 + y^2"), -3.0, 4.0).lr(0.1).steps(20).run().animate();
        assertEquals(21, figure.frames().size());
        Map<String, Object> layout = figure.layout().toPlotly();
        assertEquals(1, ((List<?>) layout.get("sliders")).size());
        assertTrue(layout.get("updatemenus").toString().contains("Play"), layout.toString());
        assertEquals(List.of(1, 3), figure.frames().get(5).traces());
        save("animate", figure);
        Figure rates = compareRates(fn("x^2 + y^2"), -3.0, 4.0, 10.0, 0.1, 1e-10).animate();
        assertEquals(3, rates.frames().size());
        save("rates", rates);
        DisplayData data = render(figure);
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("frames"));
    }

    @Test
    void spiralTrainingAndRegionsArePictures() throws IOException {
        var data = spiral(100, 3, 42);
        save("spiral", data.plot());
        assertEquals(3, data.plot().data().size());
        TrainingRun run = twoLayerNet(2, 50, 3, 42).train(data).lr(1.0).epochs(2000).quiet().run();
        save("training", run.plot());
        save("boundary", run.boundary());
        assertEquals(4, run.boundary().data().size());
        DisplayData shown = render(run);
        assertTrue(((String) shown.getData(MIMEType.TEXT_PLAIN)).startsWith("Trained twoLayerNet(2, 50, 3)"));
        assertTrue(((String) render(gradientCheck(twoLayerNet(2, 5, 3, 1), data.x(), data.t()))
                .getData(MIMEType.TEXT_PLAIN)).contains("max difference"));
    }
}
