package dev.diffkernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ContourTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.plots.Plots.contour;
import static dev.diffkernel.plots.Plots.plot;
import static dev.diffkernel.plots.Plots.quiver;
import static dev.diffkernel.plots.Plots.surface;
import static dev.diffkernel.plots.Plots.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens a page of rendered outputs in headless Chromium, offline: with scripts on, plotly (unpacked
 * from the kernel's own copy, past a RequireJS-like {@code define} and a Notebook-like late attach)
 * draws every plot; with scripts off, the static pictures show. Screenshots are kept in
 * {@code target/render-check/} for a person to look at.
 */
class PlotsInBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target", "render-check");
    private static final int PLOTS = 7;

    private static String outputs;

    @BeforeAll
    static void renderOutputs() throws IOException {
        Files.createDirectories(OUT);
        Renderer renderer = new Renderer();
        Renderers.registerAll(renderer);
        List<Object> values = List.of(
                plot(fn("function_1(x) = 0.01*x^2 + 0.1*x")).from(0).to(20).tangentAt(5),
                contour(fn("x^2 + y^2")).path(List.of(new double[]{-3, 4}, new double[]{-2.4, 3.2},
                        new double[]{-1.92, 2.56}, new double[]{-1.536, 2.048}, new double[]{-0.6, 0.8}, new double[]{0, 0})),
                surface((x, y) -> x * x + y * y).x(-3, 3).y(-3, 3),
                quiver((x, y) -> x * x + y * y).x(-2, 2).y(-2, 2),
                plot(table("h", new double[]{1e-1, 1e-2, 1e-3, 1e-4, 1e-5}, "forward",
                        new double[]{0.14, 0.0136, 0.00136, 1.36e-4, 1.4e-5}, "central",
                        new double[]{4.5e-3, 4.5e-5, 4.5e-7, 4.6e-9, 2e-10}), "h", "forward", "central").logX().logY(),
                table("x", new double[]{5, 0.1999999999990898, 1e-10}, "note", new String[]{"<b>not bold</b>", "a & b", "접선"}),
                // Tablesaw's own contour after a scatter: its JavaScript calls it trace0 too
                new Figure(Layout.builder().title("Tablesaw figure").build(),
                        ScatterTrace.builder(new double[]{0, 1, 2}, new double[]{0, 1, 2}).name("line").build(),
                        ContourTrace.builder(new Object[]{0, 1, 2}, new Object[]{0, 1, 2},
                                new double[][]{{0, 1, 2}, {1, 2, 3}, {2, 3, 4}}).build()),
                plot(Math::sin).from(-10).to(10).samples(1_000_000));
        StringBuilder body = new StringBuilder();
        List<String> late = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            DisplayData data = renderer.render(values.get(i));
            String html = (String) data.getData(MIMEType.TEXT_HTML);
            if (i == 3) {
                late.add(html); // attached late, the way classic Notebook does it
            } else {
                body.append("<div class=\"output\">").append(html).append("</div>\n");
            }
        }
        StringBuilder lateScript = new StringBuilder("<script>\n(function () {\n");
        for (String html : late) {
            lateScript.append("  var box = document.createElement('div'); box.className = 'output';\n")
                    .append("  box.innerHTML = ").append(dev.diffkernel.output.PlotlyJson.write(html)).append(";\n")
                    .append("  box.querySelectorAll('script').forEach(function (s) { (0, eval)(s.text); });\n")
                    .append("  setTimeout(function () { document.getElementById('late').appendChild(box); }, 400);\n");
        }
        lateScript.append("})();\n</script>\n");
        outputs = body + "<div id=\"late\"></div>\n" + lateScript;
    }

    private static String page(boolean scripts) {
        String head = scripts
                // RequireJS puts define (with define.amd) on classic Notebook's page; plotly must not use it
                ? "<script>window.__amd = 0; window.define = function () { window.__amd++; }; window.define.amd = {};"
                        + " window.require = function () { window.__amd++; };</script>"
                : "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">";
        String check = !scripts ? "" : "<pre id=\"dk-result\">waiting</pre><script>\n"
                + "(function poll(n) {\n"
                + "  var plots = document.querySelectorAll('.diffkernel-plot');\n"
                + "  var drawn = document.querySelectorAll('.diffkernel-plot .dk-plotly .main-svg').length;\n"
                + "  var hidden = Array.prototype.filter.call(document.querySelectorAll('.dk-static'),"
                + " function (i) { return i.style.display === 'none'; }).length;\n"
                + "  var done = plots.length === " + PLOTS + " && hidden === plots.length;\n"
                + "  if (done || n > 400) {\n"
                + "    var dk = window.__diffkernel || {};\n"
                + "    document.getElementById('dk-result').textContent = 'plots=' + plots.length + ' hidden=' + hidden"
                + " + ' drawn=' + (drawn > 0) + ' amd=' + window.__amd + ' version=' + (dk.plotly ? dk.plotly.version : 'none');\n"
                + "  } else { setTimeout(function () { poll(n + 1); }, 100); }\n"
                + "})(0);\n</script>";
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>DiffKernel render check</title>" + head
                + "<style>body{font-family:sans-serif} .output{margin:16px 0} table{border-collapse:collapse}"
                + " td,th{padding:2px 8px;border-bottom:1px solid #ddd}</style></head>\n<body>\n"
                + outputs + check + "\n</body></html>\n";
    }

    private static String chromium(Path page, String... options) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dk-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND", // nothing leaves the machine
                "--user-data-dir=" + profile, "--window-size=920,5600"));
        command.addAll(List.of(options));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void withScriptsPlotlyDrawsEveryPlotOffline() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM);
        Path page = OUT.resolve("scripts-on.html").toAbsolutePath();
        String html = page(true);
        assertFalse(html.contains("src=\"http"), "no resource from the network");
        Files.writeString(page, html);
        String dom = chromium(page, "--virtual-time-budget=60000", "--dump-dom");
        Matcher result = Pattern.compile("<pre id=\"dk-result\">([^<]*)</pre>").matcher(dom);
        assertTrue(result.find(), "the page's check ran");
        assertEquals("plots=" + PLOTS + " hidden=" + PLOTS + " drawn=true amd=0 version=1.54.1", result.group(1));
        chromium(page, "--virtual-time-budget=60000", "--screenshot=" + OUT.resolve("scripts-on.png").toAbsolutePath());
        assertTrue(Files.size(OUT.resolve("scripts-on.png")) > 50_000);
    }

    @Test
    void withoutScriptsTheStaticPicturesShow() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM);
        Path page = OUT.resolve("scripts-off.html").toAbsolutePath();
        Files.writeString(page, page(false));
        String dom = chromium(page, "--dump-dom");
        assertFalse(dom.contains("main-svg"), "plotly did not run");
        Matcher pictures = Pattern.compile("<img class=\"dk-static\"[^>]*src=\"data:image/(svg\\+xml|png);base64,").matcher(dom);
        int count = 0;
        while (pictures.find()) {
            count++;
        }
        assertEquals(PLOTS - 1, count, "each plot attached at load shows its picture");
        chromium(page, "--screenshot=" + OUT.resolve("scripts-off.png").toAbsolutePath());
        assertTrue(Files.size(OUT.resolve("scripts-off.png")) > 50_000);
    }
}
