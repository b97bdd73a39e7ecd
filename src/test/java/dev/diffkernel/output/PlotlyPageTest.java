package dev.diffkernel.output;

import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.plots.internal.Samples;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotlyPageTest {
    private final AtomicInteger ids = new AtomicInteger();
    private final PlotlyPage page = new PlotlyPage(() -> "dk-test-" + ids.incrementAndGet());

    private static FigureModel line(String name, int n) {
        double[] x = Samples.linspace(0, 1, n);
        return FigureModel.of(Figure.of(Layout.empty().withTitle("a <i>title</i>"),
                Scatter.of(x, x.clone()).withMode(Mode.LINES).withName(name)));
    }

    @Test
    void onlyTheFirstFigureCarriesPlotlyJs() {
        String first = page.render(line("f", 10), null).html();
        String second = page.render(line("g", 10), null).html();
        assertTrue(first.contains("DecompressionStream") && first.length() > 1_000_000, "first: " + first.length());
        assertFalse(second.contains("DecompressionStream"));
        assertTrue(second.length() < 100_000, "second: " + second.length());
        assertTrue(page.bundleSent());
    }

    @Test
    void theLoaderHidesAmdSoPlotlySetsWindowPlotly() {
        String loader = PlotlyBundle.loaderScript();
        assertTrue(loader.contains("(function (define, require, module, exports) {"), "the UMD wrapper must see no AMD");
        assertFalse(loader.contains("http://") || loader.contains("https://cdn"), "nothing is fetched");
    }

    @Test
    void theStaticPictureIsInsideTheHtmlAndHiddenOnlyAfterDrawing() {
        PlotlyPage.Output out = page.render(line("f", 10), null);
        String html = out.html();
        assertTrue(html.startsWith("<div id=\"dk-test-1\" class=\"diffkernel-plot\""), html.substring(0, 80));
        assertTrue(html.contains("<img class=\"dk-static\" width=\"700\" height=\"450\""));
        assertTrue(html.contains("src=\"data:image/svg+xml;base64,"));
        assertTrue(html.contains("var id = 'dk-test-1';"));
        assertNotNull(out.png());
        assertEquals(700, out.width());
    }

    @Test
    void userTextCannotCloseTheScript() {
        String html = page.render(line("</script><script>alert(1)</script>", 10), null).html();
        String afterLoader = html.substring(html.lastIndexOf("<script>"));
        assertEquals(1, afterLoader.split("</script>", -1).length - 1, "only the figure's own closing tag");
        assertFalse(html.contains("<script>alert(1)"));
    }

    @Test
    void aMillionPointFigureWritesWellUnderAMegabyte() {
        page.render(line("warm", 2), null); // the bundle goes out with this one
        PlotlyPage.Output out = page.render(line("big", 1_000_000), null);
        assertTrue(out.html().length() < 600_000, "html: " + out.html().length());
        assertTrue(out.text().contains("1,000,000 points reduced to"), out.text());
        assertTrue(out.html().contains("class=\"dk-note\""), "the reduction is said under the plot");
    }

    @Test
    void theTextTwinDescribesTheTraces() {
        String text = page.render(line("f", 5), null).text();
        assertEquals("Figure \"a title\": 1 trace\n  scatter 'f': 5 points, x 0 … 1, y 0 … 1", text);
    }

    @Test
    void aNotebookExecutedAgainGetsTheSameElementIds() {
        PlotlyPage firstRun = new PlotlyPage();
        PlotlyPage secondRun = new PlotlyPage();
        String a1 = firstRun.render(line("f", 10), null).html();
        String a2 = firstRun.render(line("f", 10), null).html();
        assertEquals(a1, secondRun.render(line("f", 10), null).html());
        assertEquals(a2, secondRun.render(line("f", 10), null).html());
        assertTrue(a1.startsWith("<div id=\"dk-") && a1.charAt(28) == '"', a1.substring(0, 40));
        assertFalse(a2.startsWith(a1.substring(0, 29)), "the same figure shown twice gets two ids");
    }

    @Test
    void differentFiguresInTheSamePlaceGetDifferentIds() {
        assertFalse(PlotlyPage.stableId(1, "{\"data\":[1]}").equals(PlotlyPage.stableId(1, "{\"data\":[2]}")));
        assertEquals("dk-", PlotlyPage.stableId(1, "{}").substring(0, 3));
        assertEquals(19, PlotlyPage.stableId(1, "{}").length());
    }
}
