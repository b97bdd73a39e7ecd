package dev.diffkernel.render;

import dev.diffkernel.plots.Chart;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import static dev.diffkernel.plots.Plots.contour;
import static dev.diffkernel.plots.Plots.plot;
import static dev.diffkernel.plots.Plots.quiver;
import static dev.diffkernel.plots.Plots.surface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderersTest {
    private final Renderer renderer = new Renderer();

    RenderersTest() {
        Renderers.registerAll(renderer);
    }

    private static String html(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_HTML);
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void aScoreIsTheBareNumberAsTextAndTheGreenLineWithItsPoints() {
        DisplayData data = renderer.render(dev.diffkernel.check.Checks.check(true, "x < 1").points(0.5));
        assertEquals("0.5", text(data));
        assertEquals("<span style=\"color:#1a7f37\">✔ passed: x &lt; 1 (0.5 points)</span>", html(data));
        assertEquals("<span style=\"color:#1a7f37\">✔ passed: x &lt; 1 (1 point)</span>",
                html(renderer.render(dev.diffkernel.check.Checks.check(true, "x < 1").points(1))));
    }

    @Test
    void tableRendersEscapedHtmlAndAlignedText() {
        Table t = Table.create("scores", StringColumn.create("name", new String[]{"<img src=x onerror=alert(1)>"}),
                DoubleColumn.create("score", new double[]{0.5}));
        DisplayData data = renderer.render(t);
        assertTrue(html(data).contains("&lt;img src=x onerror=alert(1)&gt;"), html(data));
        assertFalse(html(data).contains("<img"));
        assertEquals("scores\n"
                + "name                          score\n"
                + "----------------------------  -----\n"
                + "<img src=x onerror=alert(1)>    0.5\n"
                + "1 row × 2 columns", text(data));
        assertNull(data.getData(MIMEType.IMAGE_PNG));
    }

    @Test
    void aHundredThousandRowTableSaysItIsTruncatedAndStaysSmall() {
        int[] i = new int[100_000];
        java.util.Arrays.setAll(i, k -> k);
        DisplayData data = renderer.render(Table.create("big", IntColumn.create("i", i)));
        assertTrue(html(data).contains("100,000 rows × 1 column (showing the first 10 and the last 10 rows)"));
        assertTrue(text(data).endsWith("100,000 rows × 1 column (showing the first 10 and the last 10 rows)"));
        assertTrue(html(data).length() + text(data).length() < 10_000);
    }

    @Test
    void aSliceAndAColumnRenderAsTables() {
        Table t = Table.create("t", IntColumn.create("n", new int[]{1, 2, 3}));
        assertTrue(html(renderer.render(t.first(2))).contains("2 rows × 1 column"));
        assertTrue(html(renderer.render(t.intColumn("n"))).contains("3 rows × 1 column"));
    }

    @Test
    void figureRendersHtmlPngAndText() throws IOException {
        Figure figure = new Figure(ScatterTrace.builder(new double[]{1, 2}, new double[]{3, 4}).name("s").build());
        DisplayData data = renderer.render(figure);
        assertTrue(html(data).contains("class=\"diffkernel-plot\"") && html(data).contains("Plotly.newPlot"));
        String png = (String) data.getData(MIMEType.IMAGE_PNG);
        assertNotNull(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png))));
        assertEquals("Figure: 1 trace\n  scatter 's': 2 points, x 1 … 2, y 3 … 4", text(data));
    }

    @Test
    void everyPlotCarriesPlotlysOwnJsonWithDataAndLayout() {
        DisplayData data = renderer.render(plot(x -> x * x).from(0).to(2).samples(3).title("sq"));
        com.google.gson.JsonObject plotly = (com.google.gson.JsonObject) data.getData(
                MIMEType.parse("application/vnd.plotly.v1+json"));
        assertEquals("[0,1,2]", plotly.getAsJsonArray("data").get(0).getAsJsonObject().get("x").toString());
        assertEquals("[0,1,4]", plotly.getAsJsonArray("data").get(0).getAsJsonObject().get("y").toString());
        assertEquals("sq", plotly.getAsJsonObject("layout").get("title").getAsString());
        Figure tablesaw = new Figure(ScatterTrace.builder(new double[]{1, 2}, new double[]{3, 4}).build());
        assertNotNull(renderer.render(tablesaw).getData(MIMEType.parse("application/vnd.plotly.v1+json")));
    }

    @Test
    void anAnimatedFigureSendsItsFramesSliderAndPlayButton() {
        var frames = List.of(
                dev.diffkernel.figure.Frame.of("0", List.of(dev.diffkernel.figure.Scatter.of(new double[]{0}, new double[]{0}))),
                dev.diffkernel.figure.Frame.of("1", List.of(dev.diffkernel.figure.Scatter.of(new double[]{1}, new double[]{1}))));
        var layout = dev.diffkernel.figure.Layout.empty()
                .withSliders(List.of(dev.diffkernel.figure.Slider.over(frames, "step ")))
                .withUpdateMenus(List.of(dev.diffkernel.figure.UpdateMenu.playPause(300)));
        var figure = dev.diffkernel.figure.Figure.of(layout, frames.get(0).data()).withFrames(frames);
        DisplayData data = renderer.render(figure);
        com.google.gson.JsonObject plotly = (com.google.gson.JsonObject) data.getData(
                MIMEType.parse("application/vnd.plotly.v1+json"));
        assertEquals(2, plotly.getAsJsonArray("frames").size());
        assertEquals("[[\"1\"],{\"mode\":\"immediate\",\"frame\":{\"duration\":0,\"redraw\":true},\"transition\":{\"duration\":0}}]",
                plotly.getAsJsonObject("layout").getAsJsonArray("sliders").get(0).getAsJsonObject()
                        .getAsJsonArray("steps").get(1).getAsJsonObject().get("args").toString());
        assertEquals("[null,{\"mode\":\"immediate\",\"frame\":{\"duration\":300,\"redraw\":true},\"transition\":{\"duration\":0},\"fromcurrent\":true}]",
                plotly.getAsJsonObject("layout").getAsJsonArray("updatemenus").get(0).getAsJsonObject()
                        .getAsJsonArray("buttons").get(0).getAsJsonObject().get("args").toString());
        assertTrue(html(data).contains("\"frames\":[{\"name\":\"0\""), html(data));
        assertEquals("Figure: 1 trace\n  scatter: 1 point, x 0 … 0, y 0 … 0", text(data));
    }

    @Test
    void htmlMarkdownLatexAndSvgRenderInTheirOwnTypeWithTextTwins() {
        DisplayData html = renderer.render(dev.diffkernel.display.Display.html("<b>hi</b>"));
        assertEquals("<b>hi</b>", html(html));
        assertEquals("<b>hi</b>", text(html));
        assertEquals("**hi**", renderer.render(dev.diffkernel.display.Display.markdown("**hi**")).getData(MIMEType.TEXT_MARKDOWN));
        assertEquals("$x^2$", renderer.render(dev.diffkernel.display.Display.latex("$x^2$")).getData(MIMEType.TEXT_LATEX));
        DisplayData svg = renderer.render(dev.diffkernel.display.Display.svg("<svg width='2' height='2'></svg>"));
        assertEquals("<svg width='2' height='2'></svg>", svg.getData(MIMEType.IMAGE_SVG));
        assertEquals("SVG picture (32 characters)", text(svg));
    }

    @Test
    void anImageFileIsShownByItsContentNotItsName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path file = dir.resolve("picture.jpg"); // a PNG whose name says JPEG
        ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
                file.toFile());
        DisplayData data = renderer.render(dev.diffkernel.display.Display.image(file.toString()));
        String png = (String) data.getData(MIMEType.IMAGE_PNG);
        assertEquals(3, ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png))).getWidth());
        assertTrue(text(data).startsWith("image picture.jpg ("), text(data));
    }

    @Test
    void aMissingOrForeignImageFileSaysWhatIsWrong(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        String missing = dir.resolve("nope.png").toString();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> dev.diffkernel.display.Display.image(missing));
        assertTrue(e.getMessage().startsWith("Cannot show image " + missing + ": no such file (relative paths start at "),
                e.getMessage());
        java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals("Cannot show image notes.txt: it is not a PNG, JPEG, GIF or SVG file (its first bytes say none of these)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> dev.diffkernel.display.Display.image(text)).getMessage());
    }

    @Test
    void aFigureThatCannotBeReadSaysWhyInsteadOfFailing() {
        Trace odd = new Trace() {
            public String asJavascript(int i) {
                return "var trace" + i + " = makeTrace();";
            }

            public String name() {
                return "odd";
            }

            public tech.tablesaw.plotly.components.HoverLabel hoverLabel() {
                return null;
            }

            public boolean showLegend() {
                return true;
            }
        };
        DisplayData data = renderer.render(new Figure(odd));
        assertTrue(text(data).startsWith("Figure that cannot be shown: Cannot read trace 0"), text(data));
    }

    @Test
    void dslChartsRenderWithTheirOwnWordsAsText() {
        List<Chart> charts = List.of(plot(x -> x * x).from(0).to(2), surface((x, y) -> x * y), contour((x, y) -> x + y),
                quiver((x, y) -> x * x + y * y));
        for (Chart chart : charts) {
            DisplayData data = renderer.render(chart);
            assertEquals(chart.toString(), text(data));
            assertTrue(html(data).contains("<img class=\"dk-static\""), chart.toString());
            assertNotNull(data.getData(MIMEType.IMAGE_PNG), chart.toString());
        }
    }

    @Test
    void plotlyJsIsSentWithTheFirstPlotOnly() {
        String first = html(renderer.render(plot(x -> x).from(0).to(1)));
        String second = html(renderer.render(plot(x -> -x).from(0).to(1)));
        assertTrue(first.contains("DecompressionStream"));
        assertFalse(second.contains("DecompressionStream"));
        Renderer another = new Renderer();
        Renderers.registerAll(another);
        assertTrue(html(another.render(plot(x -> x).from(0).to(1))).contains("DecompressionStream"),
                "a new kernel session starts a new page");
    }

    @Test
    void warmUpRendersATableAndAPlotTwiceWithoutAWarning() {
        // warmUp swallows failures (it runs on a background thread): its log says whether it worked
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Renderers.class.getName());
        List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override public void publish(java.util.logging.LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        handler.setLevel(java.util.logging.Level.ALL);
        java.util.logging.Level before = log.getLevel();
        log.setLevel(java.util.logging.Level.FINE);
        log.addHandler(handler);
        try {
            Renderers.warmUp();
            Renderers.warmUp();
        } finally {
            log.removeHandler(handler);
            log.setLevel(before);
        }
        List<String> messages = records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList();
        assertEquals(2, messages.stream().filter(m -> m.startsWith("FINE render warm-up took")).count(), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("WARNING")), messages.toString());
    }
}
