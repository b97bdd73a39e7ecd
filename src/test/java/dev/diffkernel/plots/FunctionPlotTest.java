package dev.diffkernel.plots;

import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.output.FigureModel;
import dev.diffkernel.output.FigureModels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.diffkernel.plots.Plots.plot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionPlotTest {
    /** The lecture's function_1. */
    private static double function1(double x) {
        return 0.01 * x * x + 0.1 * x;
    }

    private static FigureModel model(Chart chart) {
        return FigureModels.of(chart.figure());
    }

    @Test
    void tangentOfFunction1AtFiveHasTheLecturesSlope() {
        FunctionPlot p = plot("function_1", FunctionPlotTest::function1).from(0).to(20).tangentAt(5);
        FigureModel m = model(p);
        assertEquals(3, m.traces().size());
        Scatter tangent = (Scatter) m.traces().get(1);
        assertEquals("tangent at x = 5: y = 0.2x − 0.25", tangent.name());
        double slope = 0.1999999999990898; // numerical_diff(function_1, 5) in the lecture
        double[] y = tangent.y();
        assertEquals(function1(5) - slope * 5, y[0], 1e-15);
        assertEquals(function1(5) + slope * 15, y[1], 1e-15);
        assertArrayEquals(new double[]{5}, ((Scatter) m.traces().get(2)).x());
        assertArrayEquals(new double[]{0.75}, ((Scatter) m.traces().get(2)).y(), 1e-15);
        assertEquals("plot of function_1(x) for x from 0 to 20 (401 points); tangent at x = 5: y = 0.2x − 0.25", p.toString());
    }

    @Test
    void severalFunctionsGetALegendEntryEach() {
        FigureModel m = model(plot(Math::sin, Math::cos).from(-3).to(3).samples(7));
        assertEquals(List.of("f(x)", "g(x)"), m.traces().stream().map(Trace::name).toList());
        assertArrayEquals(new double[]{-3, -2, -1, 0, 1, 2, 3}, ((Scatter) m.traces().get(0)).x());
        assertEquals("y", m.figure().layout().yaxis().title());
    }

    @Test
    void pointsWhereTheFunctionIsUndefinedBecomeGaps() {
        double[] y = ((Scatter) model(plot(Math::log).from(-1).to(1).samples(3)).traces().get(0)).y();
        // ln(-1) is NaN and ln(0) is -Infinity: plotly gets null for both and leaves a gap
        assertTrue(Double.isNaN(y[0]) && Double.isNaN(y[1]) && y[2] == 0, java.util.Arrays.toString(y));
    }

    @Test
    void aFunctionThatFailsEverywhereIsReported() {
        FunctionPlot p = plot("boom", x -> {
            throw new ArithmeticException("division by zero");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, p::figure);
        assertEquals("boom cannot be evaluated anywhere on [-5, 5]: division by zero", e.getMessage());
    }

    @Test
    void aMillionPointsAreSampledButAFewThousandDrawn() {
        FigureModel m = model(plot(Math::sin).samples(1_000_000));
        assertTrue(((Scatter) m.traces().get(0)).y().length <= 4_000);
    }

    @Test
    void logAxesAreSetOnTheLayout() {
        FigureModel m = model(plot(x -> x * x).from(1e-3).to(10).logX().logY());
        assertTrue(m.figure().layout().xaxis().log());
        assertTrue(m.figure().layout().yaxis().log());
        assertEquals(1e-3, ((Scatter) m.traces().get(0)).x()[0], 1e-18);
    }

    @Test
    void eachStepReturnsANewPlot() {
        FunctionPlot base = plot(Math::sin);
        base.from(0).to(1);
        assertEquals(-5, base.start());
        assertEquals(5, base.end());
        assertEquals(10, plot(Math::sin).from(0).end());
        assertEquals(-10, plot(Math::sin).to(0).start());
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("the interval must go from a smaller to a larger number but was 5 to 1",
                assertThrows(IllegalArgumentException.class, () -> plot(Math::sin).from(5).to(1)).getMessage());
        assertEquals("from must be a finite number but was NaN",
                assertThrows(IllegalArgumentException.class, () -> plot(Math::sin).from(Double.NaN)).getMessage());
        assertEquals("samples must be between 2 and 10000000 but was 1",
                assertThrows(IllegalArgumentException.class, () -> plot(Math::sin).samples(1)).getMessage());
        assertEquals("Cannot draw the tangent of f at x = 0: f(0) = -Infinity, slope NaN; pick a point where f is defined and smooth",
                assertThrows(IllegalArgumentException.class, () -> plot(Math::log).tangentAt(0)).getMessage());
        assertEquals("logX needs a positive interval but it starts at -5; use from(...) with a number > 0",
                assertThrows(IllegalArgumentException.class, () -> plot(Math::exp).logX().figure()).getMessage());
    }

    @Test
    void legendOfAFunctionWhoseFormulaOnlyRepeatsItsCallIsTheCall() {
        var text = plot(dev.diffkernel.nn.Activations.step(), dev.diffkernel.nn.Activations.tanh(),
                dev.diffkernel.nn.Activations.sigmoid()).from(-6).to(6).toString();
        assertEquals("plot of step(x), tanh(x) and σ(x) = sigmoid(x) for x from -6 to 6 (401 points)", text);
    }

    @Test
    void xSetsTheIntervalAsOnASurface() {
        assertEquals(plot(Math::sin).from(0).to(20).toString(), plot(Math::sin).x(0, 20).toString());
        assertEquals("x must go from a smaller to a larger number but was 2 to 1",
                assertThrows(IllegalArgumentException.class, () -> plot(Math::sin).x(2, 1)).getMessage());
    }
}
