package dev.diffkernel.output;

import dev.diffkernel.figure.Contour;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.plots.internal.Samples;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundsTest {
    private static FigureModel model(Trace... traces) {
        return FigureModel.of(Figure.of(Layout.empty(), traces));
    }

    private static Scatter line(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 1000.0);
        }
        if (n > 654_321) {
            y[123_457] = 5;   // spikes the reduced line must keep
            y[654_321] = -7;
        }
        return Scatter.of(x, y).withMode(Mode.LINES).withName("f");
    }

    @Test
    void aMillionPointLineKeepsItsEnvelopeInAFewThousandPoints() {
        FigureModel given = model(line(1_000_000));
        FigureModel model = Bounds.apply(given);
        double[] y = ((Scatter) model.traces().get(0)).y();
        double[] x = ((Scatter) model.traces().get(0)).x();
        assertTrue(y.length <= Bounds.MAX_LINE_POINTS, "kept " + y.length);
        assertEquals(y.length, x.length);
        assertEquals(5, java.util.Arrays.stream(y).max().orElseThrow());
        assertEquals(-7, java.util.Arrays.stream(y).min().orElseThrow());
        assertEquals(0, x[0]);
        assertEquals(999_999, x[x.length - 1]);
        assertEquals(List.of("Trace 'f': 1,000,000 points reduced to " + String.format("%,d", y.length)
                + " for display (the minimum and maximum of each bucket are kept)."), model.notes());
        assertTrue(PlotlyJson.write(model.figure().toPlotly()).length() < 200_000);
        assertEquals(1_000_000, ((Scatter) given.traces().get(0)).y().length, "the given model is unchanged");
        assertTrue(given.notes().isEmpty());
    }

    @Test
    void markersKeepEveryKthPointAndTheirTexts() {
        int n = 50_000;
        double[] x = new double[n];
        List<String> text = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = i;
            text.add("p" + i);
        }
        FigureModel model = Bounds.apply(model(Scatter.of(x, x.clone()).withMode(Mode.MARKERS).withText(text, null)));
        Scatter kept = (Scatter) model.traces().get(0);
        assertEquals(10_000, kept.x().length);
        assertEquals(5, kept.x()[1]);
        assertEquals("p5", kept.text().get(1));
        assertEquals(List.of("Trace #1: 50,000 points reduced to 10,000 for display (every 5th point is kept)."),
                model.notes());
    }

    @Test
    void aGenericTraceIsCutByItsAttributesAlsoNestedOnes() {
        int n = 50_000;
        double[] x = new double[n];
        List<Object> colours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = i;
            colours.add(i % 2 == 0 ? "red" : "blue");
        }
        Map<String, Object> marker = new LinkedHashMap<>(Map.of("color", colours));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("x", x);
        attributes.put("y", x.clone());
        attributes.put("mode", "markers");
        attributes.put("marker", marker);
        attributes.put("type", "scattergl");
        FigureModel model = Bounds.apply(model(new GenericTrace("scattergl", attributes)));
        Map<String, Object> kept = ((GenericTrace) model.traces().get(0)).attributes();
        assertEquals(List.of("x", "y", "mode", "marker", "type"), List.copyOf(kept.keySet()));
        assertEquals(10_000, ((double[]) kept.get("y")).length);
        assertEquals(10_000, ((List<?>) ((Map<?, ?>) kept.get("marker")).get("color")).size());
        assertEquals("blue", ((List<?>) ((Map<?, ?>) kept.get("marker")).get("color")).get(1), "point 5");
    }

    @Test
    void largeGridsKeepEveryKthRowAndColumn() {
        double[][] z = new double[1000][1000];
        double[] x = Samples.linspace(0, 1, 1000);
        FigureModel model = Bounds.apply(model(Contour.of(x, x.clone(), z)));
        Contour kept = (Contour) model.traces().get(0);
        assertEquals(143, kept.z().length);
        assertEquals(143, kept.z()[0].length);
        assertEquals(143, kept.x().length);
        assertEquals(x[7], kept.x()[1]);
        assertEquals(List.of("Trace #1: 1,000 × 1,000 grid reduced to 143 × 143 for display."), model.notes());
    }

    @Test
    void smallFiguresAreLeftAlone() {
        FigureModel model = model(line(100));
        assertSame(model, Bounds.apply(model));
    }
}
