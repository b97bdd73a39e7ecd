package dev.diffkernel.output;

import dev.diffkernel.common.Html;

import com.google.gson.JsonObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outputs of plotly figures in one notebook page: an HTML block that shows a static picture
 * (visible without JavaScript and in untrusted notebooks) and draws the interactive plot over it
 * when scripts run, a PNG for PDF and image-only viewers, and a text twin. The first figure carries
 * plotly.js itself; later ones use it.
 *
 * <p>One instance serves one kernel session; it is thread-safe.
 */
public final class PlotlyPage {
    /** Beyond this many characters of figure JSON the plot stays a static picture. */
    public static final int MAX_FIGURE_JSON = 3_000_000;
    /** An SVG picture longer than this is replaced by the PNG in the HTML. */
    public static final int MAX_INLINE_SVG = 160_000;

    private static final Logger LOG = Logger.getLogger(PlotlyPage.class.getName());

    private final AtomicBoolean bundleSent = new AtomicBoolean();
    private final AtomicLong figures = new AtomicLong();
    private final Supplier<String> ids;

    /**
     * A page whose plots get element ids derived from the figure and its place in the session (the
     * n-th figure shown), never random: executing a notebook again gives the same bytes, so executed
     * notebooks can be kept under version control.
     */
    public PlotlyPage() {
        this.ids = null;
    }

    /** A page whose plots take their element ids from {@code ids} (tests use fixed ones). */
    public PlotlyPage(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * One figure's outputs.
     *
     * @param html the text/html form
     * @param png the image/png form, base64-encoded, or null if no picture could be drawn
     * @param width the picture's width in CSS pixels
     * @param height the picture's height in CSS pixels
     * @param text the text/plain form
     * @param plotly the {@code application/vnd.plotly.v1+json} form: {@code data} and {@code layout}
     *     (and {@code frames} when animated), for front ends that draw plotly themselves
     */
    public record Output(String html, String png, int width, int height, String text, JsonObject plotly) {}

    /** The MIME type of a plain plotly figure, which JupyterLab and VS Code draw natively. */
    public static final String PLOTLY_MIME = "application/vnd.plotly.v1+json";

    /**
     * Bounds {@code model} in size and makes its outputs.
     *
     * @param description the text twin's first lines; null to describe the figure's traces
     */
    public Output render(FigureModel figureModel, String description) {
        FigureModel model = Bounds.apply(figureModel);
        String text = description == null ? FigureText.describe(model)
                : model.notes().isEmpty() ? description : description + "\n" + String.join("\n", model.notes());
        StaticPictures.Picture picture = null;
        String pictureError = null;
        try {
            picture = StaticPictures.draw(model, true, 1);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "static picture of a figure failed", e);
            pictureError = e.toString();
        }
        int[] size = StaticPictures.size(model);
        Map<String, Object> plotly = model.figure().toPlotly();
        String figureJson = figureJson(model, plotly);
        String id = ids != null ? ids.get() : stableId(figures.incrementAndGet(), figureJson);
        StringBuilder html = new StringBuilder(8192);
        html.append("<div id=\"").append(id).append("\" class=\"diffkernel-plot\" style=\"max-width:100%;overflow-x:auto\">");
        if (picture != null) {
            boolean svg = picture.svg().length() <= MAX_INLINE_SVG;
            html.append("<img class=\"dk-static\" width=\"").append(picture.width()).append("\" height=\"")
                    .append(picture.height()).append("\" style=\"max-width:100%;height:auto\" alt=\"")
                    .append(Html.escape(text)).append("\" src=\"data:image/")
                    .append(svg ? "svg+xml" : "png").append(";base64,")
                    .append(svg ? Base64.getEncoder().encodeToString(picture.svg().getBytes(StandardCharsets.UTF_8))
                            : Base64.getEncoder().encodeToString(picture.png()))
                    .append("\">");
        } else {
            html.append("<pre class=\"dk-static\">").append(Html.escape(text)).append("\n(no static picture: ")
                    .append(Html.escape(pictureError)).append(")</pre>");
        }
        boolean interactive = figureJson.length() <= MAX_FIGURE_JSON;
        List<String> notes = new ArrayList<>(model.notes());
        if (!interactive) {
            notes.add("The figure is too large to be interactive (" + figureJson.length()
                    + " characters of data); this is its static picture.");
        }
        for (String note : notes) {
            html.append("<div class=\"dk-note\" style=\"color:#666;font-size:0.85em\">").append(Html.escape(note))
                    .append("</div>");
        }
        html.append("</div>");
        if (interactive) {
            if (bundleSent.compareAndSet(false, true)) {
                try {
                    html.append("\n<script>").append(PlotlyBundle.loaderScript()).append("</script>");
                } catch (RuntimeException e) {
                    bundleSent.set(false);
                    LOG.log(Level.WARNING, "plotly.js could not be prepared; plots stay static", e);
                }
            }
            html.append("\n<script>").append(Resources.text("plotly-figure.js")
                    .replace("@ID@", id)
                    .replace("@EVENTS@", model.eventScript().replace("</", "<\\/"))
                    .replace("@FIGURE@", figureJson)).append("</script>");
        }
        String png = picture == null ? null : Base64.getEncoder().encodeToString(picture.png());
        return new Output(html.toString(), png, size[0], size[1], text, PlotlyJson.tree(plotly));
    }

    /** Whether the page has been sent plotly.js; the next figure will not carry it. */
    public boolean bundleSent() {
        return bundleSent.get();
    }

    /**
     * An element id from the figure's place in the session and its content: the same on every run of
     * a notebook, and different for different figures (two notebooks open in one browser page rarely
     * share one, as both the place and the figure would have to match).
     */
    static String stableId(long sequence, String figureJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((sequence + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest(figureJson.getBytes(StandardCharsets.UTF_8));
            return "dk-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }

    /** The figure for plotly.js: {@code plotly}'s data and layout, the config, then its frames if any. */
    static String figureJson(FigureModel model, Map<String, Object> plotly) {
        Map<String, Object> config = new LinkedHashMap<>(model.config());
        config.putIfAbsent("displaylogo", false);
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("data", plotly.get("data"));
        figure.put("layout", plotly.get("layout"));
        figure.put("config", config);
        if (plotly.containsKey("frames")) {
            figure.put("frames", plotly.get("frames"));
        }
        return PlotlyJson.write(figure);
    }
}
