package dev.diffkernel.output;

import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Contour;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Heatmap;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.plots.internal.Samples;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticPicturesTest {
    private static FigureModel model(Layout layout, Trace... traces) {
        return FigureModel.of(Figure.of(layout, traces));
    }

    @Test
    void pngHasTheFiguresSizeAndSvgKeepsTextAsText() throws IOException {
        FigureModel model = model(Layout.empty().withTitle("tangent").withSize(500, 300),
                Scatter.of(new double[]{0, 1, 2}, new double[]{0, 1, 4}).withName("접선"));
        StaticPictures.Picture p = StaticPictures.draw(model, true, 1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
        assertEquals(500, image.getWidth());
        assertEquals(300, image.getHeight());
        assertTrue(p.svg().startsWith("<?xml") && p.svg().contains("<svg"), p.svg().substring(0, 60));
        assertTrue(p.svg().contains(">tangent</text>"), "title as text, so any viewer's fonts draw it");
    }

    @Test
    void aTablesawFiguresTypedLayoutAndGenericTracesDrawTheSameWay() {
        var layout = tech.tablesaw.plotly.components.Layout.builder().title("saw").width(500).height(300)
                .xAxis(tech.tablesaw.plotly.components.Axis.builder().title("h").type(
                        tech.tablesaw.plotly.components.Axis.Type.LOG).build()).build();
        var trace = tech.tablesaw.plotly.traces.ScatterTrace.builder(new double[]{1e-5, 1e-3, 0.1},
                new double[]{1, 2, 3}).build();
        StaticPictures.Picture p = StaticPictures.draw(FigureModels.of(
                new tech.tablesaw.plotly.components.Figure(layout, trace)), true, 0);
        assertEquals(500, p.width());
        assertEquals(300, p.height());
        assertTrue(p.svg().contains(">saw</text>") && p.svg().contains(">h</text>"), "title and axis title");
        assertTrue(p.svg().contains(">1e-5</text>"), "the log axis read from Tablesaw's layout");
    }

    @Test
    void tracesItCannotDrawAreNamed() {
        FigureModel model = model(Layout.empty(), new GenericTrace("violin", Map.of("y", new double[]{1, 2})));
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
        for (Trace trace : List.<Trace>of(Contour.of(x, x, z), Heatmap.of(x, x, z), Surface.of(x, x, z),
                new GenericTrace("contour", Map.of("x", x, "y", x, "z", z)))) {
            FigureModel model = model(Layout.empty(), trace);
            assertTrue(StaticPictures.draw(model, false, 1).png().length > 1_000, trace.toString());
        }
        Layout layout = Layout.empty().withXaxis(Axis.titled(null).withLog(true)).withYaxis(Axis.titled(null).withLog(true));
        FigureModel log = model(layout, Scatter.of(new double[]{1e-5, 1e-3, 0.1}, new double[]{1e-10, 0, 1e-2}));
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
