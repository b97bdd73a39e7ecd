package dev.diffkernel.output;

import dev.diffkernel.plots.internal.Samples;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundsTest {
    private static Map<String, Object> line(int n) {
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
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("type", "scatter");
        trace.put("mode", "lines");
        trace.put("name", "f");
        trace.put("x", x);
        trace.put("y", y);
        return trace;
    }

    @Test
    void aMillionPointLineKeepsItsEnvelopeInAFewThousandPoints() {
        FigureModel model = FigureModel.of(List.of(line(1_000_000)), Map.of());
        Bounds.apply(model);
        double[] y = (double[]) model.traces().get(0).get("y");
        double[] x = (double[]) model.traces().get(0).get("x");
        assertTrue(y.length <= Bounds.MAX_LINE_POINTS, "kept " + y.length);
        assertEquals(y.length, x.length);
        assertEquals(5, java.util.Arrays.stream(y).max().orElseThrow());
        assertEquals(-7, java.util.Arrays.stream(y).min().orElseThrow());
        assertEquals(0, x[0]);
        assertEquals(999_999, x[x.length - 1]);
        assertEquals(List.of("Trace 'f': 1,000,000 points reduced to " + String.format("%,d", y.length)
                + " for display (the minimum and maximum of each bucket are kept)."), model.notes());
        assertTrue(PlotlyJson.write(model.traces()).length() < 200_000);
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
        Map<String, Object> trace = new LinkedHashMap<>(Map.of("type", "scatter", "mode", "markers", "x", x, "y", x.clone(),
                "text", text));
        FigureModel model = FigureModel.of(List.of(trace), Map.of());
        Bounds.apply(model);
        double[] kept = (double[]) model.traces().get(0).get("x");
        assertEquals(10_000, kept.length);
        assertEquals(5, kept[1]);
        assertEquals("p5", ((List<?>) model.traces().get(0).get("text")).get(1));
    }

    @Test
    void largeGridsKeepEveryKthRowAndColumn() {
        double[][] z = new double[1000][1000];
        double[] x = Samples.linspace(0, 1, 1000);
        Map<String, Object> trace = new LinkedHashMap<>(Map.of("type", "contour", "x", x, "y", x.clone(), "z", z));
        FigureModel model = FigureModel.of(List.of(trace), Map.of());
        Bounds.apply(model);
        double[][] kept = (double[][]) model.traces().get(0).get("z");
        assertEquals(143, kept.length);
        assertEquals(143, kept[0].length);
        assertEquals(143, ((double[]) model.traces().get(0).get("x")).length);
        assertEquals(List.of("Trace #1: 1,000 × 1,000 grid reduced to 143 × 143 for display."), model.notes());
    }

    @Test
    void smallFiguresAreLeftAlone() {
        Map<String, Object> trace = line(100);
        FigureModel model = FigureModel.of(List.of(trace), Map.of());
        Bounds.apply(model);
        assertEquals(100, ((double[]) model.traces().get(0).get("y")).length);
        assertTrue(model.notes().isEmpty());
    }
}
