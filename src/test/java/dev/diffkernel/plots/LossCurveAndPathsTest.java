package dev.diffkernel.plots;

import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.optim.Descent.gradientDescent;
import static dev.diffkernel.plots.Plots.contour;
import static dev.diffkernel.plots.Plots.plot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.diffkernel.optim.Run;
import org.junit.jupiter.api.Test;

class LossCurveAndPathsTest {
    private static Run run(double x, double y) {
        return gradientDescent(fn("x^2 + y^2"), x, y).lr(0.1).quiet().run();
    }

    @Test
    void aSeriesOfNumbersPlotsAgainstItsIndex() {
        assertEquals("plot of value against index from table 'value' (101 rows)", plot(run(-3, 4).losses()).toString());
        assertEquals("plot of loss against index from table 'loss' (3 rows)", plot("loss", new double[] {3, 2, 1}).toString());
        assertEquals("plot(loss) needs at least one value but the array is empty",
                assertThrows(IllegalArgumentException.class, () -> plot("loss", new double[0])).getMessage());
    }

    @Test
    void lossPlotIsFAgainstTheStepOnALogAxis() {
        assertEquals("plot of f against index from table 'f' (101 rows, log y)", run(-3, 4).lossPlot().toString());
    }

    @Test
    void runPlotRangeIsRoundedNotFloatingPointNoise() {
        // the path reaches x = -3 and y = 4, plus half a unit of margin
        assertEquals("contour of f(x, y) = x^2 + y^2 for x from -3.5 to 3 and y from -3 to 4.5 (80 × 80 grid,"
                + " about 20 levels); lr = 0.1: 101 points from (-3, 4) to (-6.111107929003464e-10, 8.148143905337951e-10)",
                run(-3, 4).plot().toString());
        assertArrayEquals(new double[] {-3, 3.5}, ContourPlot.rounded(-3, 3.4999999999999996));
        assertArrayEquals(new double[] {-3.6, 3}, ContourPlot.rounded(-3.52, 3));
        assertArrayEquals(new double[] {-200, 3000}, ContourPlot.rounded(-113, 2950));
    }

    @Test
    void namedPathsTakeArraysAndGetDistinctColours() {
        ContourPlot plot = contour(fn("x^2 + y^2")).path("from (-3, 4)", run(-3, 4).path()).path("from (2, 1)", run(2, 1).path());
        var lines = plot.figure().data().stream().filter(t -> t instanceof dev.diffkernel.figure.Scatter s
                && s.name().startsWith("from") && !s.name().endsWith("start"))
                .map(t -> (dev.diffkernel.figure.Scatter) t).toList();
        assertEquals(java.util.List.of("from (-3, 4)", "from (2, 1)"), lines.stream().map(s -> s.name()).toList());
        assertEquals(false, lines.get(0).line().color().equals(lines.get(1).line().color()));
    }

    @Test
    void unnamedPathsAreNamedByTheirStart() {
        ContourPlot plot = contour(fn("x^2 + y^2")).path(run(-3, 4).path()).path(run(2, 1).path()).path(run(2, 1).path());
        assertEquals(java.util.List.of("from (-3, 4)", "from (2, 1)", "from (2, 1) (3)"), plot.figure().data().stream()
                .filter(t -> t instanceof dev.diffkernel.figure.Scatter s && !s.name().endsWith("start"))
                .map(t -> ((dev.diffkernel.figure.Scatter) t).name()).toList());
    }

    @Test
    void aDescentOfAnAnimationKeepsItsOwnCopyOfThePath() {
        double[][] path = {{-3, 4}, {-2.4, 3.2}};
        double[] values = {25, 16};
        Animations.Descent descent = new Animations.Descent("0.1", "bowl", path, values, false);
        path[1][0] = 99;
        values[1] = 99;
        descent.path()[0][0] = 99;
        descent.values()[0] = 99;
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[][] {{-3, 4}, {-2.4, 3.2}}, descent.path());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {25, 16}, descent.values());
    }
}
