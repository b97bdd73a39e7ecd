package dev.diffkernel.output;

import dev.diffkernel.common.Numbers;
import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Bar;
import dev.diffkernel.figure.Contour;
import dev.diffkernel.figure.GenericTrace;
import dev.diffkernel.figure.Heatmap;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Margin;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Scatter3d;
import dev.diffkernel.figure.Scene;
import dev.diffkernel.figure.Surface;
import dev.diffkernel.figure.Trace;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Static pictures of plotly figures, drawn in Java with JFreeChart (2-D) or {@link ThreeDPlot}
 * (3-D), for viewers that run no JavaScript: GitHub, nbconvert to PDF, untrusted notebooks. The
 * picture has plotly's size, colours and axis types, so the interactive plot replaces it without a
 * jump. Trace types it cannot draw are named in a subtitle. Typed traces are read by their fields; a
 * {@link GenericTrace} (a Tablesaw figure's, or a type without a record) by its attributes.
 */
public final class StaticPictures {
    /** Plotly's size for a figure whose layout sets none (it fills the width; 700 is typical). */
    public static final int DEFAULT_WIDTH = 700;
    public static final int DEFAULT_HEIGHT = 450;

    private static final Font TITLE_FONT = new Font("SansSerif", Font.PLAIN, 17);
    private static final Font AXIS_FONT = new Font("SansSerif", Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font("SansSerif", Font.PLAIN, 12);
    private static final Color GRID = new Color(0xee, 0xee, 0xee);
    private static final Color TEXT = new Color(0x44, 0x44, 0x44);

    private StaticPictures() {}

    /**
     * A drawn picture.
     *
     * @param svg the SVG document, or null if not asked for
     * @param png the PNG bytes, or null if not asked for
     * @param width width in CSS pixels
     * @param height height in CSS pixels
     */
    public record Picture(String svg, byte[] png, int width, int height) {}

    /** The figure's size in CSS pixels: its layout's, else plotly's default. */
    public static int[] size(FigureModel model) {
        Layout layout = model.figure().layout();
        int width = layout.width() == null ? DEFAULT_WIDTH : layout.width();
        int height = layout.height() == null ? DEFAULT_HEIGHT : layout.height();
        return new int[]{Math.max(100, Math.min(width, 2400)), Math.max(100, Math.min(height, 2400))};
    }

    /**
     * Draws {@code model}.
     *
     * @param svg whether to make the SVG form
     * @param pngScale device pixels per CSS pixel of the PNG form, or 0 for none
     */
    public static Picture draw(FigureModel model, boolean svg, double pngScale) {
        headless();
        int[] size = size(model);
        int w = size[0];
        int h = size[1];
        JFreeChart chart = chart(model);
        fitAspect(chart, model, w, h);
        String svgText = null;
        if (svg) {
            SVGGraphics2D g2 = new SVGGraphics2D(w, h);
            g2.setGeomDoubleConverter(StaticPictures::tenth); // 0.1 px is plenty and halves the SVG
            // JFreeSVG prefixes its clip-path ids with System.nanoTime(); the picture sits in an <img>, a
            // document of its own, so a fixed prefix cannot clash and the same figure gives the same bytes.
            g2.setDefsKeyPrefix("dk");
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
            svgText = g2.getSVGDocument();
        }
        byte[] png = null;
        if (pngScale > 0) {
            BufferedImage image = new BufferedImage((int) Math.round(w * pngScale), (int) Math.round(h * pngScale),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(pngScale, pngScale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
            g2.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            png = out.toByteArray();
        }
        return new Picture(svgText, png, w, h);
    }

    private static String tenth(double d) {
        long r = Math.round(d * 10);
        return r % 10 == 0 ? Long.toString(r / 10) : (r < 0 && r > -10 ? "-" : "") + (r / 10) + "." + Math.abs(r % 10);
    }

    /** AWT must not try to open a window (on macOS it would add a Dock icon to the kernel). */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static JFreeChart chart(FigureModel model) {
        List<String> skipped = new ArrayList<>();
        List<Trace> traces = model.traces();
        Layout layout = model.figure().layout();
        Plot plot;
        boolean legend;
        if (model.isThreeD()) {
            List<ThreeDPlot.Part> parts = new ArrayList<>();
            int index = 0;
            for (Trace t : traces) {
                if (!FigureModel.isThreeD(t)) {
                    continue;
                }
                if (!(t instanceof Surface || t instanceof Scatter3d || t instanceof GenericTrace g
                        && (g.type().equals("surface") || g.type().equals("scatter3d")))) {
                    skipped.add(t.type());
                    continue;
                }
                ThreeDPlot.Part part = part(t, index++);
                if (part != null) {
                    parts.add(part);
                }
            }
            Scene scene = layout.scene() == null ? new Scene(null, null, null, null) : layout.scene();
            Map<String, Object> sceneExtra = scene.extra();
            double[] eye = {Attrs.number(sceneExtra, "camera.eye.x", 1.25), Attrs.number(sceneExtra, "camera.eye.y", 1.25),
                Attrs.number(sceneExtra, "camera.eye.z", 1.25)};
            plot = new ThreeDPlot(parts, axisTitle(scene.xaxis(), "x"), axisTitle(scene.yaxis(), "y"),
                    axisTitle(scene.zaxis(), "z"), eye);
            legend = false;
        } else if (!traces.isEmpty() && traces.stream().allMatch(t -> t instanceof GenericTrace g && g.type().equals("pie"))) {
            plot = pie(((GenericTrace) traces.get(0)).attributes());
            legend = true;
        } else if (!traces.isEmpty() && traces.stream().allMatch(StaticPictures::isCategoryBar)) {
            plot = categoryBars(model);
            legend = traces.size() > 1;
        } else {
            XyResult xy = xy(model, skipped);
            plot = xy.plot();
            legend = showLegend(layout, xy.legendEntries());
            JFreeChart chart = finish(model, plot, legend, skipped);
            xy.colourBars().forEach(chart::addSubtitle);
            return chart;
        }
        return finish(model, plot, legend, skipped);
    }

    /** A 3-D trace as the scene draws it, or null when it has nothing to draw. */
    private static ThreeDPlot.Part part(Trace trace, int index) {
        if (trace instanceof Surface s) {
            return new ThreeDPlot.Sheet(s.x(), s.y(), s.z(), Colors.scale(s.colorscale(), false),
                    s.opacity() == null ? 1 : s.opacity(), s.showScale());
        }
        if (trace instanceof Scatter3d s) {
            return new ThreeDPlot.Path(s.x(), s.y(), s.z(), s.mode() == null ? null : s.mode().plotly(),
                    colour(s.line(), s.marker(), index), s.line() == null || s.line().width() == null ? 2.5 : s.line().width(),
                    s.marker() == null || s.marker().size() == null ? 6 : s.marker().size(), index);
        }
        Map<String, Object> a = ((GenericTrace) trace).attributes();
        if (trace.type().equals("surface")) {
            return a.get("z") instanceof double[][] z ? new ThreeDPlot.Sheet(Attrs.numbers(a, "x"), Attrs.numbers(a, "y"), z,
                    Colors.scale(a), Attrs.number(a, "opacity", 1), !Boolean.FALSE.equals(a.get("showscale"))) : null;
        }
        double[] x = Attrs.numbers(a, "x");
        double[] y = Attrs.numbers(a, "y");
        double[] z = Attrs.numbers(a, "z");
        return x == null || y == null || z == null ? null : new ThreeDPlot.Path(x, y, z,
                a.get("mode") instanceof String m ? m : null,
                Colors.parse(Attrs.get(a, "line.color"), Colors.parse(Attrs.get(a, "marker.color"), Colors.cycle(index))),
                Attrs.number(a, "line.width", 2.5), Attrs.number(a, "marker.size", 6), index);
    }

    /** A trace's line colour, else its markers', else the colourway's {@code index}-th. */
    private static Color colour(Line line, Marker marker, int index) {
        return Colors.parse(line == null ? null : line.color(),
                Colors.parse(marker == null ? null : marker.color(), Colors.cycle(index)));
    }

    private static JFreeChart finish(FigureModel model, Plot plot, boolean legend, List<String> skipped) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        String title = model.title();
        if (!title.isBlank()) {
            TextTitle t = new TextTitle(title, TITLE_FONT);
            t.setPaint(TEXT);
            t.setHorizontalAlignment(HorizontalAlignment.CENTER); // as plotly 1.x places it
            t.setMargin(new RectangleInsets(8, 12, 4, 8));
            chart.setTitle(t);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.RIGHT);
            l.setFrame(BlockBorder.NONE);
            l.setItemFont(TICK_FONT);
            l.setItemPaint(TEXT);
        }
        if (!skipped.isEmpty()) {
            TextTitle note = new TextTitle("Not drawn in this picture (needs JavaScript): "
                    + String.join(", ", new TreeSet<>(skipped)) + " traces", new Font("SansSerif", Font.ITALIC, 11));
            note.setPaint(Color.GRAY);
            note.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        return chart;
    }

    private static boolean showLegend(Layout layout, int entries) {
        Boolean show = layout.showLegend();
        return show != null ? show && entries > 0 : entries > 1;
    }

    private static String axisTitle(Axis axis, String fallback) {
        String t = title(axis);
        return t.isBlank() ? fallback : t;
    }

    /** An axis's title without markup, or "". */
    private static String title(Axis axis) {
        return axis == null || axis.title() == null ? "" : Attrs.plain(axis.title());
    }

    private record XyResult(XYPlot plot, int legendEntries, List<PaintScaleLegend> colourBars) {}

    /**
     * What a 2-D trace of points draws, read from a typed trace or from attributes.
     *
     * @param x the x values, or null for 0, 1, 2, ...
     * @param y the y values, or null for none
     * @param mode plotly's mode, or null for its default (lines and markers below 20 points)
     */
    private record Points(String name, boolean showLegend, double[] x, double[] y, String mode, Color colour,
                          double lineWidth, String dash, double markerSize) {}

    private static Points points(Trace trace, int index) {
        if (trace instanceof Scatter s) {
            Line line = s.line();
            return new Points(s.name(), s.showLegend(), s.categories().isEmpty() ? s.x() : Attrs.toDoubles(s.categories()),
                    s.y(), s.mode() == null ? null : s.mode().plotly(), colour(line, s.marker(), index),
                    line == null || line.width() == null ? 2 : line.width(), line == null || line.dash() == null ? "solid"
                    : line.dash(), s.marker() == null || s.marker().size() == null ? 6 : s.marker().size());
        }
        if (trace instanceof Bar b) {
            return new Points(b.name(), true, b.x(), b.y(), null, colour(null, b.marker(), index), 2, "solid", 6);
        }
        Map<String, Object> a = ((GenericTrace) trace).attributes();
        return new Points(trace.name(), !Boolean.FALSE.equals(a.get("showlegend")), Attrs.numbers(a, "x"),
                Attrs.numbers(a, "y"), a.get("mode") instanceof String m ? m : null,
                Colors.parse(Attrs.get(a, "line.color"), Colors.parse(Attrs.get(a, "marker.color"), Colors.cycle(index))),
                Attrs.number(a, "line.width", 2), Attrs.string(a, "line.dash", "solid"), Attrs.number(a, "marker.size", 6));
    }

    private static XyResult xy(FigureModel model, List<String> skipped) {
        Layout layout = model.figure().layout();
        boolean logX = layout.xaxis() != null && layout.xaxis().log();
        boolean logY = layout.yaxis() != null && layout.yaxis().log();
        ValueAxis xAxis = axis(layout.xaxis(), logX);
        ValueAxis yAxis = axis(layout.yaxis(), logY);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainZeroBaselineVisible(!logX);
        plot.setRangeZeroBaselineVisible(!logY);
        plot.setDomainZeroBaselinePaint(new Color(0x44, 0x44, 0x44));
        plot.setRangeZeroBaselinePaint(new Color(0x44, 0x44, 0x44));
        int dataset = 0;
        int legendEntries = 0;
        boolean hasField = false;
        boolean markersOnly = true;
        List<PaintScaleLegend> colourBars = new ArrayList<>();
        for (int i = 0; i < model.traces().size(); i++) {
            Trace trace = model.traces().get(i);
            String type = trace.type();
            String name = Attrs.plain(trace.name());
            switch (type) {
                case "scatter", "scattergl" -> {
                    Points points = points(trace, i);
                    boolean inLegend = points.showLegend() && !name.isBlank();
                    XYSeries series = series(name.isBlank() ? "trace " + i : name, points.x(), points.y(), logX, logY);
                    int n = series.getItemCount();
                    String mode = points.mode() != null ? points.mode() : n < 20 ? "lines+markers" : "lines";
                    markersOnly &= !mode.contains("lines");
                    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(mode.contains("lines"), mode.contains("markers"));
                    r.setSeriesPaint(0, points.colour());
                    r.setSeriesStroke(0, stroke(points.lineWidth(), points.dash()));
                    double size = points.markerSize();
                    r.setSeriesShape(0, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
                    r.setDrawSeriesLineAsPath(true);
                    r.setSeriesVisibleInLegend(0, inLegend);
                    legendEntries += inLegend ? 1 : 0;
                    plot.setDataset(dataset, new XYSeriesCollection(series));
                    plot.setRenderer(dataset++, r);
                }
                case "bar" -> {
                    Points points = points(trace, i);
                    boolean inLegend = points.showLegend() && !name.isBlank();
                    XYSeries series = series(name.isBlank() ? "trace " + i : name, points.x(), points.y(), logX, logY);
                    XYBarRenderer r = new XYBarRenderer(0.2);
                    r.setBarPainter(new StandardXYBarPainter());
                    r.setShadowVisible(false);
                    r.setSeriesPaint(0, trace instanceof Bar b ? colour(null, b.marker(), i) : Colors.parse(
                            Attrs.get(((GenericTrace) trace).attributes(), "marker.color"), Colors.cycle(i)));
                    r.setSeriesVisibleInLegend(0, inLegend);
                    legendEntries += inLegend ? 1 : 0;
                    plot.setDataset(dataset, new XYBarDataset(new XYSeriesCollection(series), spacing(series)));
                    plot.setRenderer(dataset++, r);
                }
                case "histogram" -> {
                    Map<String, Object> a = ((GenericTrace) trace).attributes();
                    boolean inLegend = !Boolean.FALSE.equals(a.get("showlegend")) && !name.isBlank();
                    double[] values = Attrs.numbers(a, "x");
                    if (values == null) {
                        skipped.add(type);
                        continue;
                    }
                    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
                    if (finite.length == 0) {
                        continue;
                    }
                    HistogramDataset histogram = new HistogramDataset();
                    int bins = (int) Attrs.number(a, "nbinsx", Math.ceil(Math.log(finite.length) / Math.log(2) + 1));
                    histogram.addSeries(name.isBlank() ? "trace " + i : name, finite, Math.max(1, bins));
                    XYBarRenderer r = new XYBarRenderer(0.02);
                    r.setBarPainter(new StandardXYBarPainter());
                    r.setShadowVisible(false);
                    r.setSeriesPaint(0, Colors.parse(Attrs.get(a, "marker.color"), Colors.cycle(i)));
                    r.setSeriesVisibleInLegend(0, inLegend);
                    plot.setDataset(dataset, histogram);
                    plot.setRenderer(dataset++, r);
                }
                case "contour", "heatmap" -> {
                    FieldParts field = field(trace);
                    if (field == null) {
                        skipped.add(type);
                        continue;
                    }
                    hasField = true;
                    // an invisible series at the field's corners makes the axes cover it
                    XYSeries corners = new XYSeries("field " + i, false, true);
                    corners.add(field.x()[0], field.y()[0]);
                    corners.add(field.x()[field.x().length - 1], field.y()[field.y().length - 1]);
                    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, false);
                    r.setSeriesVisibleInLegend(0, false);
                    r.addAnnotation(field.annotation(), Layer.BACKGROUND);
                    plot.setDataset(dataset, new XYSeriesCollection(corners));
                    plot.setRenderer(dataset++, r);
                    if (field.showScale() && field.high() > field.low()) {
                        colourBars.add(colourBar(field));
                    }
                }
                default -> skipped.add(type);
            }
        }
        if (dataset == 0) { // nothing drawable: an empty plot still needs a renderer
            plot.setDataset(0, new XYSeriesCollection());
            plot.setRenderer(0, new XYLineAndShapeRenderer());
        }
        if (hasField && xAxis instanceof NumberAxis nx && yAxis instanceof NumberAxis ny) {
            nx.setLowerMargin(0);
            nx.setUpperMargin(0);
            ny.setLowerMargin(0);
            ny.setUpperMargin(0);
        } else if (!markersOnly && xAxis instanceof NumberAxis nx) {
            nx.setLowerMargin(0);
            nx.setUpperMargin(0);
        }
        // plotly draws the first trace at the bottom; JFreeChart draws dataset 0 last by default
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        fixRange(layout.xaxis(), xAxis);
        fixRange(layout.yaxis(), yAxis);
        return new XyResult(plot, legendEntries, colourBars);
    }

    /** A bar trace over category labels: only attributes hold those (a typed {@link Bar}'s x are numbers). */
    private static boolean isCategoryBar(Trace trace) {
        return trace instanceof GenericTrace g && g.type().equals("bar") && g.attributes().get("x") instanceof List<?>;
    }

    private static Plot categoryBars(FigureModel model) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < model.traces().size(); i++) {
            Map<String, Object> trace = ((GenericTrace) model.traces().get(i)).attributes();
            String name = Attrs.plain(Attrs.string(trace, "name", "trace " + i));
            List<?> x = (List<?>) trace.get("x");
            double[] y = Attrs.numbers(trace, "y");
            for (int k = 0; y != null && k < Math.min(x.size(), y.length); k++) {
                data.addValue(y[k], name.isBlank() ? "trace " + i : name, Attrs.plain(String.valueOf(x.get(k))));
            }
            r.setSeriesPaint(i, Colors.parse(Attrs.get(trace, "marker.color"), Colors.cycle(i)));
        }
        Layout layout = model.figure().layout();
        CategoryAxis x = new CategoryAxis(title(layout.xaxis()));
        NumberAxis y = new TickAxis(title(layout.yaxis()));
        styleAxis(x);
        styleAxis(y);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    private static Plot pie(Map<String, Object> trace) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        Object labels = trace.get("labels");
        double[] values = Attrs.numbers(trace, "values");
        if (labels instanceof List<?> l && values != null) {
            for (int i = 0; i < Math.min(l.size(), values.length); i++) {
                data.setValue(Attrs.plain(String.valueOf(l.get(i))), values[i]);
            }
        }
        PiePlot<String> plot = new PiePlot<>(data);
        int i = 0;
        for (Object key : data.getKeys()) {
            plot.setSectionPaint((String) key, Colors.cycle(i++));
        }
        plot.setShadowPaint(null);
        plot.setLabelFont(TICK_FONT);
        return plot;
    }

    private static XYSeries series(String key, double[] x, double[] y, boolean logX, boolean logY) {
        XYSeries series = new XYSeries(key, false, true);
        if (y == null) {
            return series;
        }
        for (int i = 0; i < y.length; i++) {
            double xi = x == null ? i : i < x.length ? x[i] : Double.NaN;
            double yi = y[i];
            xi = logX ? (xi > 0 ? Math.log10(xi) : Double.NaN) : xi;
            yi = logY ? (yi > 0 ? Math.log10(yi) : Double.NaN) : yi;
            if (Double.isInfinite(xi)) {
                xi = Double.NaN;
            }
            if (Double.isInfinite(yi)) {
                yi = Double.NaN;
            }
            if (Double.isNaN(xi)) {
                // a gap (plotly lifts the pen at a missing x): a NaN y at the previous x does the same here
                if (series.getItemCount() > 0) {
                    series.add(series.getX(series.getItemCount() - 1).doubleValue(), Double.NaN);
                }
                continue;
            }
            series.add(xi, yi);
        }
        return series;
    }

    private static double spacing(XYSeries series) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < series.getItemCount(); i++) {
            double d = Math.abs(series.getX(i).doubleValue() - series.getX(i - 1).doubleValue());
            if (d > 0) {
                best = Math.min(best, d);
            }
        }
        return Double.isFinite(best) ? best * 0.8 : 0.8;
    }

    private static Stroke stroke(double width, String dash) {
        float w = (float) width;
        float[] pattern = switch (dash) {
            case "dash" -> new float[]{5 * w, 3 * w};
            case "dot" -> new float[]{w, 2 * w};
            case "dashdot" -> new float[]{5 * w, 2 * w, w, 2 * w};
            case "longdash" -> new float[]{9 * w, 3 * w};
            default -> null;
        };
        return pattern == null ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    private static ValueAxis axis(Axis typed, boolean log) {
        String title = title(typed);
        ValueAxis axis;
        if (log) {
            // the data are drawn as log10 values; ticks at whole powers of ten read 0.01, 1, 1e-5
            NumberAxis logAxis = new NumberAxis(title);
            logAxis.setAutoRangeIncludesZero(false);
            logAxis.setStandardTickUnits(powersOfTen());
            axis = logAxis;
        } else {
            axis = new TickAxis(title);
        }
        styleAxis(axis);
        return axis;
    }

    private static org.jfree.chart.axis.TickUnitSource powersOfTen() {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        java.text.NumberFormat format = new java.text.NumberFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double exponent, StringBuffer out, java.text.FieldPosition pos) {
                long e = Math.round(exponent);
                return out.append(e >= -3 && e <= 5 ? Numbers.shortest(Math.pow(10, e)) : "1e" + e);
            }

            @Override
            public StringBuffer format(long exponent, StringBuffer out, java.text.FieldPosition pos) {
                return format((double) exponent, out, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                return null;
            }
        };
        for (int step : new int[]{1, 2, 3, 5, 10, 20, 50, 100}) {
            units.add(new org.jfree.chart.axis.NumberTickUnit(step, format));
        }
        return units;
    }

    private static void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(AXIS_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    private static void fixRange(Axis typed, ValueAxis axis) {
        double[] range = typed == null ? null : typed.range(); // low < high, as Axis checks
        if (range != null && Double.isFinite(range[0] + range[1])) {
            axis.setRange(range[0], range[1]); // on a log axis plotly gives the range in powers of ten, as drawn here
        }
    }

    private record FieldParts(XYAnnotation annotation, double[] x, double[] y, double low, double high,
                              Colors.Scale scale, boolean showScale) {}

    /** A contour or heatmap as the picture draws it, or null when it has too few rows or columns. */
    private static FieldParts field(Trace trace) {
        if (trace instanceof Contour c) {
            return field(c.x(), c.y(), c.z(), null, null, null, c.ncontours(), c.coloring(),
                    Colors.scale(c.colorscale(), false), c.showScale(), true);
        }
        if (trace instanceof Heatmap h) {
            return field(h.x(), h.y(), h.z(), h.zmin(), h.zmax(), null, null, null, Colors.scale(h.colorscale(), false),
                    h.showScale(), false);
        }
        Map<String, Object> a = ((GenericTrace) trace).attributes();
        if (!(a.get("z") instanceof double[][] z)) {
            return null;
        }
        double start = Attrs.number(a, "contours.start", Double.NaN);
        double end = Attrs.number(a, "contours.end", Double.NaN);
        double size = Attrs.number(a, "contours.size", Double.NaN);
        double[] levels = Double.isFinite(start + end + size) ? new double[]{start, end, size} : null;
        Object coloring = Attrs.get(a, "contours.coloring");
        return field(Attrs.numbers(a, "x"), Attrs.numbers(a, "y"), z, Attrs.number(a.get("zmin")), Attrs.number(a.get("zmax")), levels,
                a.containsKey("ncontours") ? (int) Attrs.number(a, "ncontours", 15) : null,
                coloring instanceof String c ? c : null, Colors.scale(a), !Boolean.FALSE.equals(a.get("showscale")),
                trace.type().equals("contour"));
    }

    /**
     * @param x column coordinates, or null (or of another length) for 0, 1, 2, ...
     * @param levelSpec plotly's {@code contours} {start, end, size}, or null for round levels
     */
    private static FieldParts field(double[] x, double[] y, double[][] z, Double zmin, Double zmax, double[] levelSpec,
                                    Integer ncontours, String coloring, Colors.Scale scale, boolean showScale,
                                    boolean contour) {
        if (z.length == 0) {
            return null;
        }
        int columns = z[0].length;
        if (x == null || x.length != columns) {
            x = new double[columns];
            Arrays.setAll(x, i -> i);
        }
        if (y == null || y.length != z.length) {
            y = new double[z.length];
            Arrays.setAll(y, i -> i);
        }
        if (x.length < 2 || y.length < 2) {
            return null;
        }
        double[] finite = Bounds.finiteRange(z);
        double low = zmin != null ? zmin : finite[0];
        double high = zmax != null ? zmax : finite[1];
        double[] levels = new double[0];
        if (contour) {
            if (levelSpec != null && levelSpec[2] > 0 && (levelSpec[1] - levelSpec[0]) / levelSpec[2] < 500) {
                List<Double> l = new ArrayList<>();
                for (double v = levelSpec[0]; v <= levelSpec[1] + levelSpec[2] * 1e-9; v += levelSpec[2]) {
                    l.add(v);
                }
                levels = l.stream().mapToDouble(Double::doubleValue).toArray();
            } else {
                levels = Isolines.niceLevels(low, high, ncontours == null ? 15 : ncontours);
            }
        }
        boolean fill = !contour || !"lines".equals(coloring);
        return new FieldParts(new FieldAnnotation(x, y, z, scale, levels, low, high, contour, fill), x, y, low, high, scale,
                showScale);
    }

    private static PaintScaleLegend colourBar(FieldParts field) {
        PaintScale paintScale = new PaintScale() {
            @Override
            public double getLowerBound() {
                return field.low();
            }

            @Override
            public double getUpperBound() {
                return field.high();
            }

            @Override
            public Paint getPaint(double value) {
                return field.scale().at((value - field.low()) / (field.high() - field.low()));
            }
        };
        NumberAxis axis = new NumberAxis();
        axis.setRange(field.low(), field.high());
        double[] ticks = Ticks.nice(field.low(), field.high(), 6);
        if (ticks.length > 1) {
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(ticks[1] - ticks[0]));
        }
        styleAxis(axis);
        axis.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(paintScale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(30, 8, 30, 4));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /**
     * When the layout fixes both axis ranges and the margins (as an equal-aspect plot does), makes
     * the picture's data area keep the aspect of plotly's plot area, so circles stay round.
     */
    private static void fitAspect(JFreeChart chart, FigureModel model, int w, int h) {
        Layout layout = model.figure().layout();
        Margin margin = layout.margin();
        if (!(chart.getPlot() instanceof XYPlot) || layout.xaxis() == null || layout.xaxis().range() == null
                || layout.yaxis() == null || layout.yaxis().range() == null || margin == null) {
            return;
        }
        double plotW = w - margin.left() - margin.right();
        double plotH = h - margin.top() - margin.bottom();
        if (plotW <= 0 || plotH <= 0) {
            return;
        }
        double target = plotW / plotH;
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        g2.setRenderingHint(FieldAnnotation.LAYOUT_ONLY, Boolean.TRUE);
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double actual = area.getWidth() / area.getHeight();
        RectangleInsets padding = chart.getPadding();
        if (actual > target) {
            double extra = area.getWidth() - area.getHeight() * target;
            chart.setPadding(new RectangleInsets(padding.getTop(), padding.getLeft() + extra / 2, padding.getBottom(),
                    padding.getRight() + extra / 2));
        } else {
            double extra = area.getHeight() - area.getWidth() / target;
            chart.setPadding(new RectangleInsets(padding.getTop() + extra / 2, padding.getLeft(),
                    padding.getBottom() + extra / 2, padding.getRight()));
        }
    }
}
