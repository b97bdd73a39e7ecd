package dev.diffkernel.output;

import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ContourTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureModelsTest {
    private static final ContourTrace CONTOUR = ContourTrace.builder(new Object[]{0, 1}, new Object[]{0, 1},
            new double[][]{{0, 1}, {1, 2}}).build();
    private static final ScatterTrace PATH = ScatterTrace.builder(new double[]{0, 0.5}, new double[]{1, Double.NaN})
            .name("path").mode(ScatterTrace.Mode.LINE_AND_MARKERS).build();

    @Test
    void aContourTraceAfterAnotherTraceDoesNotHideIt() {
        // Tablesaw's ContourTrace calls itself trace0 wherever it stands
        FigureModel model = FigureModels.of(new Figure(PATH, CONTOUR));
        assertEquals(List.of("scatter", "contour"), model.traces().stream().map(FigureModel::type).toList());
        assertArrayEquals(new double[][]{{0, 1}, {1, 2}}, (double[][]) model.traces().get(1).get("z"));
    }

    @Test
    void numbersTablesawQuotesBecomeNumbers() {
        FigureModel model = FigureModels.of(new Figure(PATH));
        assertArrayEquals(new double[]{0, 0.5}, (double[]) model.traces().get(0).get("x"));
        assertArrayEquals(new double[]{1, Double.NaN}, (double[]) model.traces().get(0).get("y"));
        assertEquals("path", model.traces().get(0).get("name"));
    }

    @Test
    void axisRangesAndAutorangeBecomeWhatPlotlyReads() {
        Layout layout = Layout.builder().title("t").xAxis(Axis.builder().title("x").range(-2.0, 2.0).build()).build();
        FigureModel model = FigureModels.of(new Figure(layout, PATH));
        Map<?, ?> xaxis = (Map<?, ?>) model.layout().get("xaxis");
        assertArrayEquals(new double[]{-2, 2}, (double[]) xaxis.get("range"));
        assertEquals(Boolean.FALSE, xaxis.get("autorange"));
        assertEquals(700.0, model.layout().get("width"));
        assertEquals("t", model.title());
    }

    @Test
    void aDslFigureGivesItsAttributesWithoutText() {
        var figure = dev.diffkernel.figure.Figure.of(dev.diffkernel.figure.Layout.empty().withShowLegend(false),
                Scatter.of(new double[]{0, 1}, new double[]{2, 3}).withMode(Mode.LINES).withLine(Line.of("#123456", 2)));
        FigureModel model = FigureModels.of(figure);
        assertArrayEquals(new double[]{2, 3}, (double[]) model.traces().get(0).get("y"));
        assertEquals("lines", model.traces().get(0).get("mode"));
        assertEquals("#123456", Attrs.get(model.traces().get(0), "line.color"));
        assertEquals(false, model.layout().get("showlegend"));
    }

    @Test
    void readsTablesawsLiteralsWithUnquotedKeysSingleQuotesAndTrailingCommas() {
        Map<String, Object> literal = FigureModels.read("var trace3 = {x: ['1.0', \"a, ]\",], mode: 'lines', n: 2, "
                + "b: true, gap: NaN,};");
        assertEquals(List.of("1.0", "a, ]"), literal.get("x"));
        assertEquals("lines", literal.get("mode"));
        assertEquals(2.0, literal.get("n"));
        assertEquals(true, literal.get("b"));
        assertEquals(Double.NaN, literal.get("gap"));
    }

    @Test
    void somethingElseThanALiteralIsReportedWithItsText() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FigureModels.read("var a = [1, 2];"));
        assertEquals("Expected an object literal but found [1, 2]", e.getMessage());
    }

    @Test
    void titlesLoseTheirMarkupInText() {
        assertEquals("f'(x) < 3 & more", Attrs.plain("<b>f&#39;(x)</b> &lt; 3<br>&amp; more"));
    }
}
