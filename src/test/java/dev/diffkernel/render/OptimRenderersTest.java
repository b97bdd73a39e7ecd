package dev.diffkernel.render;

import dev.diffkernel.plots.ContourPlot;
import dev.diffkernel.plots.TablePlot;

import static dev.diffkernel.optim.Descent.compareRates;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.optim.Progress;
import dev.diffkernel.optim.RateComparison;
import dev.diffkernel.optim.Run;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class OptimRenderersTest {
    private static final ToDoubleFunction<double[]> BOWL = x -> x[0] * x[0] + x[1] * x[1];

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
    void runRendersHtmlAndPlainText() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).lr(10).steps(100).quiet().run();
        DisplayData data = render(run);
        assertEquals(run.toString(), text(data, MIMEType.TEXT_PLAIN));
        String html = text(data, MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<div class=\"dk-run\">"), html);
        assertTrue(html.contains("<b>Gradient descent on f(x0, x1)</b>"), html);
        assertTrue(html.contains(">diverged</span>"), html);
        assertTrue(html.contains(">(-2.58983747e+13, -1.29524862e+12)</td>"), html);
        assertTrue(html.contains("The learning rate 10 is too large; try 1 or smaller."), html);
        assertTrue(!html.contains("<script"), html);
    }

    @Test
    void rateComparisonRendersOneTableAndOnePicture() {
        RateComparison comparison = compareRates(gradientDescent(BOWL, -3.0, 4.0).quiet(), 10, 0.1, 1e-10);
        DisplayData data = render(comparison);
        assertEquals(comparison.toString(), text(data, MIMEType.TEXT_PLAIN));
        String html = text(data, MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<div class=\"dk-rates\">"), html.substring(0, 200));
        assertTrue(html.contains("<table"), "has the table");
        assertTrue(html.contains("barely moved"), "has the outcomes");
        assertTrue(html.contains("<svg") || html.contains("<img"), "has a static picture");
    }

    @Test
    void runPlotIsAContourWithThePathForTwoVariables() {
        Run run = gradientDescent(BOWL, -3.0, 4.0).lr(0.1).steps(20).quiet().run();
        ContourPlot plot = assertInstanceOf(ContourPlot.class, run.plot());
        assertTrue(plot.toString().contains("lr = 0.1: 21 points from (-3, 4) to"), plot.toString());
        assertEquals("contour", plot.figure().data().get(0).type());
        Run symbolic = gradientDescent(dev.diffkernel.calc.Calculus.fn("x^2 + y^2"), -3.0, 4.0).lr(0.1).quiet().run();
        assertTrue(symbolic.plot().toString().startsWith("contour of f(x, y) = x^2 + y^2 for x from -3.5 to 3 and y from"),
                symbolic.plot().toString());
    }

    @Test
    void runPlotIsFByStepForOtherDimensions() {
        Run run = gradientDescent(x -> x[0] * x[0] + x[1] * x[1] + x[2] * x[2], 1.0, 2.0, 3.0).lr(0.1).quiet().run();
        assertInstanceOf(TablePlot.class, run.plot());
        assertTrue(run.plot().toString().endsWith("(101 rows, log y)"), run.plot().toString());
        Run negative = gradientDescent(x -> x[0] * x[0] - 1, 3.0).lr(0.1).quiet().run();
        assertTrue(negative.plot().toString().endsWith("(101 rows)"), negative.plot().toString());
    }

    @Test
    void progressRendersABarAndText() {
        Progress progress = new Progress("f(x0, x1)", 50, 200, 1.5, 2.5, Duration.ofMillis(700), false);
        DisplayData data = render(progress);
        assertEquals(progress.toString(), text(data, MIMEType.TEXT_PLAIN));
        assertTrue(text(data, MIMEType.TEXT_HTML).contains("<progress max=\"200\" value=\"50\""));
    }
}
