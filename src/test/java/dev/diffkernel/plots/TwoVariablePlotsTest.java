package dev.diffkernel.plots;

import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Scatter3d;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.output.FigureModel;
import dev.diffkernel.output.FigureModels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.diffkernel.plots.Plots.contour;
import static dev.diffkernel.plots.Plots.quiver;
import static dev.diffkernel.plots.Plots.surface;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoVariablePlotsTest {
    private static double bowl(double x, double y) {
        return x * x + y * y;
    }

    @Test
    void surfaceSamplesTheFunctionOnTheGrid() {
        FigureModel m = FigureModels.of(surface(TwoVariablePlotsTest::bowl).x(-3, 3).y(-1, 1).samples(3).figure());
        Surface s = (Surface) m.traces().get(0);
        assertArrayEquals(new double[][]{{10, 1, 10}, {9, 0, 9}, {10, 1, 10}}, s.z());
        assertEquals("cube", m.figure().layout().scene().aspectMode());
        assertEquals("f(x, y)", m.figure().layout().scene().zaxis().title());
    }

    @Test
    void surfacePathLiesOnTheSurface() {
        FigureModel m = FigureModels.of(surface(TwoVariablePlotsTest::bowl).path(List.of(new double[]{1, 2})).figure());
        assertArrayEquals(new double[]{5}, ((Scatter3d) m.traces().get(1)).z());
    }

    @Test
    void contourComesFirstAndThePathIsDrawnOverIt() {
        List<double[]> path = List.of(new double[]{-3, 4}, new double[]{-1.8, 2.4}, new double[]{0, 0});
        ContourPlot c = contour(TwoVariablePlotsTest::bowl).path(path);
        FigureModel m = FigureModels.of(c.figure());
        assertEquals(List.of("contour", "scatter", "scatter"), m.traces().stream().map(Trace::type).toList());
        assertArrayEquals(new double[]{-3, -1.8, 0}, ((Scatter) m.traces().get(1)).x());
        assertArrayEquals(new double[]{-3.5, 3}, c.xRange(), "widened to hold the path");
        assertArrayEquals(new double[]{-3, 4.5}, c.yRange());
        assertEquals(false, m.figure().layout().showLegend());
        assertEquals("contour of f(x, y) for x from -3.5 to 3 and y from -3 to 4.5 (80 × 80 grid, about 20 levels);"
                + " path: 3 points from (-3, 4) to (0, 0)", c.toString());
    }

    @Test
    void contourAndQuiverKeepOneUnitAsLongOnBothAxes() {
        for (Chart chart : List.<Chart>of(contour(TwoVariablePlotsTest::bowl).x(-2, 2).y(-1, 1),
                quiver(TwoVariablePlotsTest::bowl).x(-2, 2).y(-1, 1))) {
            Layout l = FigureModels.of(chart.figure()).figure().layout();
            double[] xr = l.xaxis().range();
            double[] yr = l.yaxis().range();
            double plotWidth = l.width() - l.margin().left() - l.margin().right();
            double plotHeight = l.height() - l.margin().top() - l.margin().bottom();
            assertEquals((xr[1] - xr[0]) / plotWidth, (yr[1] - yr[0]) / plotHeight, 0.01 * (xr[1] - xr[0]) / plotWidth,
                    chart.toString());
        }
    }

    @Test
    void quiverArrowsPointDownhill() {
        FigureModel m = FigureModels.of(quiver(TwoVariablePlotsTest::bowl).x(-1, 1).y(-1, 1).samples(3).figure());
        double[] x = ((Scatter) m.traces().get(0)).x();
        double[] y = ((Scatter) m.traces().get(0)).y();
        // the first arrow starts at (-1, -1), where −∇f = (2, 2): up and to the right
        assertEquals(-1, x[0]);
        assertEquals(-1, y[0]);
        assertTrue(x[1] > -1 && y[1] > -1 && Math.abs((x[1] + 1) - (y[1] + 1)) < 1e-9);
        List<?> hover = ((Scatter) m.traces().get(1)).text();
        assertEquals("(-1, -1): −∇f = (2, 2)", hover.get(0));
        assertEquals("(0, 0): −∇f = (0, 0)", hover.get(4));
    }

    @Test
    void pathsMustBePairsOfFiniteNumbers() {
        assertEquals("path point 1 must be [x, y] but was [1.0, 2.0, 3.0]", assertThrows(IllegalArgumentException.class,
                () -> contour(TwoVariablePlotsTest::bowl).path(List.of(new double[]{0, 0}, new double[]{1, 2, 3}))).getMessage());
        assertEquals("path point 0 must be finite but was [NaN, 2]; did the descent diverge?",
                assertThrows(IllegalArgumentException.class,
                        () -> contour(TwoVariablePlotsTest::bowl).path(List.<double[]>of(new double[]{Double.NaN, 2}))).getMessage());
    }

    @Test
    void rangesMustGoUp() {
        assertEquals("x must go from a smaller to a larger number but was 2 to -2",
                assertThrows(IllegalArgumentException.class, () -> quiver(TwoVariablePlotsTest::bowl).x(2, -2)).getMessage());
        assertEquals("samples must be between 2 and 300 but was 1",
                assertThrows(IllegalArgumentException.class, () -> surface(TwoVariablePlotsTest::bowl).samples(1)).getMessage());
        assertEquals("samples must be between 2 and 400 but was 401",
                assertThrows(IllegalArgumentException.class, () -> contour(TwoVariablePlotsTest::bowl).samples(401)).getMessage());
        assertEquals("samples must be between 2 and 60 but was 61",
                assertThrows(IllegalArgumentException.class, () -> quiver(TwoVariablePlotsTest::bowl).samples(61)).getMessage());
    }

    @Test
    void samplesSetsTheCountPerAxisOnEveryPlotBuilder() {
        assertTrue(Plots.plot(Math::sin).samples(7).toString().endsWith("(7 points)"), Plots.plot(Math::sin).samples(7).toString());
        assertTrue(surface(TwoVariablePlotsTest::bowl).samples(5).toString().contains("(5 × 5 grid)"));
        assertTrue(contour(TwoVariablePlotsTest::bowl).samples(6).toString().contains("(6 × 6 grid, about 20 levels)"));
        assertTrue(quiver(TwoVariablePlotsTest::bowl).samples(4).toString().contains("on a 4 × 4 grid"));
        assertEquals(16, quiver(TwoVariablePlotsTest::bowl).samples(4).vectors().length);
    }
}
