package dev.diffkernel.output;

import dev.diffkernel.plots.internal.Samples;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticPicturesTest {
    private static Map<String, Object> trace(Object... keyValues) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            t.put((String) keyValues[i], keyValues[i + 1]);
        }
        return t;
    }

    @Test
    void pngHasTheFiguresSizeAndSvgKeepsTextAsText() throws IOException {
        FigureModel model = FigureModel.of(List.of(trace("type", "scatter", "x", new double[]{0, 1, 2},
                "y", new double[]{0, 1, 4}, "name", "접선")), Map.of("title", "tangent", "width", 500.0, "height", 300.0));
        StaticPictures.Picture p = StaticPictures.draw(model, true, 1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
        assertEquals(500, image.getWidth());
        assertEquals(300, image.getHeight());
        assertTrue(p.svg().startsWith("<?xml") && p.svg().contains("<svg"), p.svg().substring(0, 60));
        assertTrue(p.svg().contains(">tangent</text>"), "title as text, so any viewer's fonts draw it");
    }

    @Test
    void tracesItCannotDrawAreNamed() {
        FigureModel model = FigureModel.of(List.of(trace("type", "violin", "y", new double[]{1, 2})), Map.of());
        assertTrue(StaticPictures.draw(model, true, 0).svg().contains("Not drawn in this picture (needs JavaScript): violin traces"));
    }

    @Test
    void drawsContoursSurfacesAndLogAxesWithoutFailing() {
        double[] x = Samples.linspace(-1, 1, 20);
        double[][] z = new double[20][20];
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                z[r][c] = x[c] * x[c] + x[r] * x[r];
            }
        }
        for (String type : new String[]{"contour", "heatmap", "surface"}) {
            FigureModel model = FigureModel.of(List.of(trace("type", type, "x", x, "y", x, "z", z)), Map.of());
            assertTrue(StaticPictures.draw(model, false, 1).png().length > 1_000, type);
        }
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("xaxis", Map.of("type", "log"));
        layout.put("yaxis", Map.of("type", "log"));
        FigureModel log = FigureModel.of(List.of(trace("type", "scatter", "x", new double[]{1e-5, 1e-3, 0.1},
                "y", new double[]{1e-10, 0, 1e-2})), layout);
        String svg = StaticPictures.draw(log, true, 0).svg();
        assertTrue(svg.contains(">1e-5</text>") && svg.contains(">0.001</text>"), "tick labels at powers of ten");
    }

    @Test
    void isolinesCrossTheGridWhereTheLevelIs() {
        double[] x = {0, 1};
        double[] y = {0, 1};
        double[][] z = {{0, 2}, {0, 2}};
        var segments = Isolines.at(x, y, z, 1);
        assertEquals(1, segments.size());
        assertEquals(0.5, segments.get(0).x1, 1e-12);
        assertEquals(0.5, segments.get(0).x2, 1e-12);
    }
}
