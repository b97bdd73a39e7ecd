package dev.diffkernel.output;

import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.ContourTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureModelsTest {
    private static final ContourTrace CONTOUR = ContourTrace.builder(new Object[]{0, 1}, new Object[]{0, 1},
            new double[][]{{0, 1}, {1, 2}}).build();
    private static final ScatterTrace PATH = ScatterTrace.builder(new double[]{0, 0.5}, new double[]{1, Double.NaN})
            .name("path").mode(ScatterTrace.Mode.LINE_AND_MARKERS).build();

    private static Map<String, Object> attributes(FigureModel model, int trace) {
        return ((GenericTrace) model.traces().get(trace)).attributes();
    }

    @Test
    void aContourTraceAfterAnotherTraceDoesNotHideIt() {
        // Tablesaw's ContourTrace calls itself trace0 wherever it stands
        FigureModel model = FigureModels.of(new Figure(PATH, CONTOUR));
        assertEquals(List.of("scatter", "contour"), model.traces().stream().map(Trace::type).toList());
        assertArrayEquals(new double[][]{{0, 1}, {1, 2}}, (double[][]) attributes(model, 1).get("z"));
    }

    @Test
    void numbersTablesawQuotesBecomeNumbers() {
        FigureModel model = FigureModels.of(new Figure(PATH));
        assertArrayEquals(new double[]{0, 0.5}, (double[]) attributes(model, 0).get("x"));
        assertArrayEquals(new double[]{1, Double.NaN}, (double[]) attributes(model, 0).get("y"));
        assertEquals("path", model.traces().get(0).name());
    }

    @Test
    void tablesawTracesKeepEveryAttributeInTablesawsOrder() {
        FigureModel model = FigureModels.of(new Figure(PATH));
        assertEquals(List.of("x", "y", "mode", "xaxis", "yaxis", "type", "name"), List.copyOf(attributes(model, 0).keySet()));
        assertEquals("{\"x\":[0,0.5],\"y\":[1,null],\"mode\":\"lines+markers\",\"xaxis\":\"x\",\"yaxis\":\"y\","
                + "\"type\":\"scatter\",\"name\":\"path\"}", PlotlyJson.write(model.traces().get(0).toPlotly()));
    }

    @Test
    void theLayoutIsTypedAndWritesBackWhatTablesawWrote() {
        Layout layout = Layout.builder().title("t").margin(Margin.builder().left(10).right(20).top(5).bottom(7).build())
                .xAxis(Axis.builder().title("x").type(Axis.Type.LOG).range(-2.0, 2.0).build()).build();
        FigureModel model = FigureModels.of(new Figure(layout, PATH));
        dev.diffkernel.figure.Layout typed = model.figure().layout();
        assertEquals("t", typed.title());
        assertEquals(700, typed.width());
        assertEquals(450, typed.height());
        assertArrayEquals(new double[]{-2, 2}, typed.xaxis().range());
        assertTrue(typed.xaxis().log());
        assertEquals("x", typed.xaxis().title());
        assertEquals(Boolean.FALSE, typed.xaxis().extra().get("autorange"));
        assertEquals(List.of(10, 20, 5, 7), List.of(typed.margin().left(), typed.margin().right(), typed.margin().top(),
                typed.margin().bottom()));
        assertEquals(0.0, typed.margin().extra().get("pad"), "kept though it has no typed home");
        assertEquals("t", model.title());
        // the typed parts write back exactly what Tablesaw wrote: no log tick format of our own, same order
        assertEquals(PlotlyJson.write(FigureModels.tidyLayout(FigureModels.read(layout.asJavascript()))),
                PlotlyJson.write(typed.toPlotly()));
    }

    @Test
    void aDslLayoutThatSetsAnAxisByNameIsReadIntoTheTypedAxis() {
        var given = dev.diffkernel.figure.Figure.of(dev.diffkernel.figure.Layout.empty().withTitle("t")
                        .with("xaxis", Map.of("type", "log")).with("hovermode", "closest"),
                Scatter.of(new double[]{1, 10}, new double[]{2, 3}));
        FigureModel model = FigureModels.of(given);
        assertTrue(model.figure().layout().xaxis().log());
        assertEquals("t", model.title());
        assertEquals(PlotlyJson.write(given.toPlotly()), PlotlyJson.write(model.figure().toPlotly()));
    }

    @Test
    void aDslFigureGoesInAsItIs() {
        var figure = dev.diffkernel.figure.Figure.of(dev.diffkernel.figure.Layout.empty().withShowLegend(false),
                Scatter.of(new double[]{0, 1}, new double[]{2, 3}).withMode(Mode.LINES).withLine(Line.of("#123456", 2)));
        FigureModel model = FigureModels.of(figure);
        assertSame(figure, model.figure());
        assertTrue(model.config().isEmpty() && model.eventScript().isEmpty() && model.notes().isEmpty());
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
