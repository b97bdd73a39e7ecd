package dev.diffkernel.plots;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.nn.Activation;
import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.output.FigureModel;
import dev.diffkernel.output.FigureModels;
import dev.diffkernel.plots.internal.PlotFunction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.diffkernel.calc.Calculus.diffErrors;
import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.plots.Plots.contour;
import static dev.diffkernel.plots.Plots.plot;
import static dev.diffkernel.plots.Plots.quiver;
import static dev.diffkernel.plots.Plots.surface;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FnPlotsTest {
    private static final Fn FUNCTION_1 = fn("function_1(x) = 0.01*x^2 + 0.1*x");

    private static FigureModel model(Chart chart) {
        return FigureModels.of(chart.figure());
    }

    @Test
    void mathTextFunctionsShowTheirFormulaAndUseTheExactSlope() {
        FunctionPlot p = plot(FUNCTION_1).from(0).to(20).tangentAt(5);
        FigureModel m = model(p);
        assertEquals("function_1(x) = 0.01x^2 + 0.1x", m.traces().get(0).name());
        assertEquals("tangent at x = 5: y = 0.2x − 0.25", m.traces().get(1).name());
        assertArrayEquals(new double[]{-0.25, 3.75}, ((Scatter) m.traces().get(1)).y(), 1e-12);
        assertEquals("function_1(x)", m.figure().layout().yaxis().title());
    }

    @Test
    void aFunctionOfTIsPlottedAgainstT() {
        FunctionPlot p = plot(fn("g", "t^2")).from(0).to(2).tangentAt(1);
        FigureModel m = model(p);
        assertEquals("t", m.figure().layout().xaxis().title());
        assertEquals("g(t)", m.figure().layout().yaxis().title());
        assertEquals("tangent at t = 1: y = 2t − 1", m.traces().get(1).name());
        assertEquals("plot of g(t) = t^2 for t from 0 to 2 (401 points); tangent at t = 1: y = 2t − 1", p.toString());
    }

    @Test
    void aLambdaFunctionsTangentHasTheLecturesNumericalSlope() {
        Fn f = fn("function_1", x -> 0.01 * x * x + 0.1 * x);
        assertEquals(0.1999999999990898, PlotFunction.of(f).slopeAt(5)); // numerical_diff(function_1, 5)
        assertEquals("function_1(x)", model(plot(f)).traces().get(0).name());
    }

    @Test
    void aFunctionAndItsDerivativeShareAPlot() {
        FigureModel m = model(plot(FUNCTION_1, FUNCTION_1.diff()).from(0).to(10).samples(3));
        assertEquals(List.of("function_1(x) = 0.01x^2 + 0.1x", "function_1'(x) = 0.02x + 0.1"),
                m.traces().stream().map(Trace::name).toList());
        assertArrayEquals(new double[]{0.1, 0.2, 0.3}, ((Scatter) m.traces().get(1)).y(), 1e-12);
    }

    @Test
    void activationsKeepTheirNamesAndDerivatives() {
        FigureModel m = model(plot(Activation.SIGMOID, Activation.STEP).from(-6).to(6).tangentAt(0));
        assertEquals("sigmoid(z)", m.traces().get(0).name());
        assertEquals("step(z)", m.traces().get(1).name());
        assertEquals("tangent at z = 0: y = 0.25z + 0.5", m.traces().get(2).name()); // sigmoid is a function of z
    }

    @Test
    void quiverOfTheLecturesFunctionUsesItsGradient() {
        FigureModel m = model(quiver(fn("x0^2 + x1^2")).x(-1, 1).y(-1, 1).samples(3));
        List<?> hover = ((Scatter) m.traces().get(1)).text();
        assertEquals("(-1, -1): −∇f = (2, 2)", hover.get(0));
        assertEquals("x0", m.figure().layout().xaxis().title());
        assertEquals("x1", m.figure().layout().yaxis().title());
    }

    @Test
    void quiverOfALambdaUsesTheNumericalGradient() {
        Fn f = fn("f", (x, y) -> x * x + y * y);
        double[] g = PlotFunction.of(f).gradientAt(3, 4);
        assertArrayEquals(new double[]{6.00000000000378, 7.999999999999119}, g, 0); // the lecture's numerical_gradient
        assertEquals(2, model(quiver(f)).traces().size());
    }

    @Test
    void surfaceAndContourSampleTheFunction() {
        Fn g = fn("g(x, y) = x^2 + 2*y^2");
        FigureModel s = model(surface(g).x(-1, 1).y(-1, 1).samples(3));
        assertArrayEquals(new double[][]{{3, 2, 3}, {1, 0, 1}, {3, 2, 3}}, ((Surface) s.traces().get(0)).z());
        assertEquals("g(x, y) = x^2 + 2y^2", s.title());
        FigureModel c = model(contour(g).path(List.of(new double[]{1, 1}, new double[]{0, 0})));
        assertEquals("contour", c.traces().get(0).type());
    }

    @Test
    void functionsWithTheWrongNumberOfVariablesAreNamed() {
        assertEquals("plot draws functions of one variable, but g has 2 (x, y); use surface(g) or contour(g)",
                assertThrows(IllegalArgumentException.class, () -> plot(fn("g(x, y) = x*y"))).getMessage());
        assertEquals("surface draws functions of two variables, but function_1 has 1 (x); use plot(function_1)",
                assertThrows(IllegalArgumentException.class, () -> surface(FUNCTION_1)).getMessage());
    }

    @Test
    void diffErrorsPlotOnLogLogAxes() {
        FigureModel m = model(plot(diffErrors(fn("e^x"), 1)));
        assertEquals(List.of("forward error", "backward error", "central error"),
                m.traces().stream().map(Trace::name).toList());
        assertEquals(15, ((Scatter) m.traces().get(0)).x().length);
        Axis y = m.figure().layout().yaxis();
        assertTrue(y.log());
        assertEquals("absolute error", y.title());
    }
}
