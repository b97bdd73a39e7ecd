package dev.diffkernel.output;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws a scalar field on an XY plot for a static picture: plotly's heatmap (one colour per cell) or
 * contour (colour bands between levels, then the level lines). The colours are painted as one image
 * in data coordinates, the lines as vectors on top.
 */
final class FieldAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private final transient double[] x;
    private final transient double[] y;
    private final transient double[][] z;
    private final transient Colors.Scale scale;
    private final transient double[] levels;
    private final double zMin;
    private final double zMax;
    private final boolean contour;
    private final boolean fill;
    /**
     * Set to {@code Boolean.TRUE} on a drawing made only to measure the chart's layout: the field takes no
     * part in the layout and is its costliest part, so it is not drawn then.
     */
    static final RenderingHints.Key LAYOUT_ONLY = new RenderingHints.Key(0x646b) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }
    };
    private static final int TRANSPARENT = new Color(0, 0, 0, 0).getRGB();
    // made on first use and kept: a picture draws its chart more than once (layout, SVG, PNG)
    private transient int[] bandColours;
    private transient int[][] cellColours;
    private transient List<List<Line2D.Double>> lines;
    private transient List<Object> imageKey;
    private transient BufferedImage image;

    FieldAnnotation(double[] x, double[] y, double[][] z, Colors.Scale scale, double[] levels, double zMin, double zMax,
                    boolean contour, boolean fill) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.scale = scale;
        this.levels = levels;
        this.zMin = zMin;
        this.zMax = zMax;
        this.contour = contour;
        this.fill = fill;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (Boolean.TRUE.equals(g2.getRenderingHint(LAYOUT_ONLY))) {
            return;
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double left = Math.max(dataArea.getMinX(), Math.min(
                domainAxis.valueToJava2D(first(x), dataArea, xEdge), domainAxis.valueToJava2D(last(x), dataArea, xEdge)));
        double right = Math.min(dataArea.getMaxX(), Math.max(
                domainAxis.valueToJava2D(first(x), dataArea, xEdge), domainAxis.valueToJava2D(last(x), dataArea, xEdge)));
        double top = Math.max(dataArea.getMinY(), Math.min(
                rangeAxis.valueToJava2D(first(y), dataArea, yEdge), rangeAxis.valueToJava2D(last(y), dataArea, yEdge)));
        double bottom = Math.min(dataArea.getMaxY(), Math.max(
                rangeAxis.valueToJava2D(first(y), dataArea, yEdge), rangeAxis.valueToJava2D(last(y), dataArea, yEdge)));
        int w = (int) Math.ceil(right - left);
        int h = (int) Math.ceil(bottom - top);
        if (w <= 0 || h <= 0) {
            return;
        }
        if (fill) {
            // one image pixel per device pixel
            double scaleUp = Math.max(1, Math.min(3, g2.getTransform().getScaleX()));
            g2.drawImage(colours(left, top, w, h, scaleUp, dataArea, domainAxis, xEdge, rangeAxis, yEdge),
                    (int) Math.round(left), (int) Math.round(top), w, h, null);
        }
        if (contour) {
            g2.setStroke(new BasicStroke(fill ? 0.6f : 1.2f));
            List<List<Line2D.Double>> lines = lines();
            for (int i = 0; i < levels.length; i++) {
                g2.setColor(fill ? new Color(0, 0, 0, 90) : scale.at(normal(levels[i])));
                Path2D.Double path = new Path2D.Double();
                for (Line2D.Double s : lines.get(i)) {
                    path.moveTo(domainAxis.valueToJava2D(s.x1, dataArea, xEdge), rangeAxis.valueToJava2D(s.y1, dataArea, yEdge));
                    path.lineTo(domainAxis.valueToJava2D(s.x2, dataArea, xEdge), rangeAxis.valueToJava2D(s.y2, dataArea, yEdge));
                }
                g2.draw(path); // one path per level keeps an SVG small
            }
        }
    }

    /**
     * The colour image of the field over the data area. A picture draws its chart once for SVG and
     * once for PNG with the same data area, so the last image is kept and reused: it is the costliest
     * part of the picture (a pixel each, hundreds of thousands).
     */
    private BufferedImage colours(double left, double top, int w, int h, double scaleUp, Rectangle2D dataArea,
                                  ValueAxis domainAxis, RectangleEdge xEdge, ValueAxis rangeAxis, RectangleEdge yEdge) {
        List<Object> key = List.of(left, top, w, h, scaleUp, dataArea.getBounds2D(), domainAxis.getRange(), rangeAxis.getRange(),
                xEdge, yEdge);
        if (key.equals(imageKey)) {
            return image;
        }
        int width = (int) Math.ceil(w * scaleUp);
        BufferedImage made = new BufferedImage(width, (int) Math.ceil(h * scaleUp), BufferedImage.TYPE_INT_ARGB);
        // TYPE_INT_ARGB holds each pixel as its ARGB int: writing the array is what setRGB does, minus the
        // colour-model call per pixel
        int[] pixels = ((DataBufferInt) made.getRaster().getDataBuffer()).getData();
        int[] columns = new int[width];
        double[] xs = new double[width];
        for (int px = 0; px < width; px++) {
            xs[px] = domainAxis.java2DToValue(left + (px + 0.5) / scaleUp, dataArea, xEdge);
            columns[px] = contour ? cell(x, xs[px]) : nearestIndex(x, xs[px]);
        }
        for (int py = 0; py < made.getHeight(); py++) {
            double dy = rangeAxis.java2DToValue(top + (py + 0.5) / scaleUp, dataArea, yEdge);
            int row = contour ? cell(y, dy) : nearestIndex(y, dy);
            for (int px = 0; px < width; px++) {
                pixels[py * width + px] = contour ? bandColour(bilinear(xs[px], columns[px], dy, row))
                        : cellColour(row, columns[px]);
            }
        }
        imageKey = key;
        image = made;
        return made;
    }

    /** Each level's contour segments in data coordinates; they do not change from one drawing to the next. */
    private List<List<Line2D.Double>> lines() {
        if (lines == null) {
            List<List<Line2D.Double>> made = new ArrayList<>(levels.length);
            for (double level : levels) {
                made.add(Isolines.at(x, y, z, level));
            }
            lines = made;
        }
        return lines;
    }

    /** A contour pixel's ARGB: the colour of its band between two levels (a few dozen colours, computed once). */
    private int bandColour(double v) {
        if (Double.isNaN(v)) {
            return TRANSPARENT;
        }
        if (levels.length == 0) {
            return colour(v).getRGB();
        }
        if (bandColours == null) {
            int[] made = new int[levels.length + 1];
            for (int band = 0; band <= levels.length; band++) {
                // plotly fills each band between two levels with the colour of its middle value
                double lo = band == 0 ? zMin : levels[band - 1];
                double hi = band == levels.length ? zMax : levels[band];
                made[band] = scale.at(normal((lo + hi) / 2)).getRGB();
            }
            bandColours = made;
        }
        int band = Arrays.binarySearch(levels, v);
        return bandColours[band >= 0 ? band + 1 : -band - 1];
    }

    /** A heatmap pixel's ARGB: the colour of its grid cell (computed once per cell). */
    private int cellColour(int r, int c) {
        if (r < 0 || r >= z.length || c < 0 || c >= z[r].length) {
            return TRANSPARENT;
        }
        if (cellColours == null) {
            int[][] made = new int[z.length][];
            for (int i = 0; i < z.length; i++) {
                made[i] = new int[z[i].length];
                for (int j = 0; j < z[i].length; j++) {
                    made[i][j] = colour(z[i][j]).getRGB();
                }
            }
            cellColours = made;
        }
        return cellColours[r][c];
    }

    /** The scale's colour of {@code v} itself (heatmaps, and contours without levels); NaN is transparent. */
    private Color colour(double v) {
        return Double.isNaN(v) ? new Color(0, 0, 0, 0) : scale.at(normal(v));
    }

    private double normal(double v) {
        return zMax > zMin ? (v - zMin) / (zMax - zMin) : 0.5;
    }

    private double at(int r, int c) {
        return r >= 0 && r < z.length && c >= 0 && c < z[r].length ? z[r][c] : Double.NaN;
    }

    private double bilinear(double dx, int c, double dy, int r) {
        if (c < 0 || r < 0 || r + 1 >= z.length || c + 1 >= z[r].length || c + 1 >= z[r + 1].length) {
            return at(nearestIndex(y, dy), nearestIndex(x, dx));
        }
        double tx = (dx - x[c]) / (x[c + 1] - x[c]);
        double ty = (dy - y[r]) / (y[r + 1] - y[r]);
        double top = z[r][c] * (1 - tx) + z[r][c + 1] * tx;
        double bottom = z[r + 1][c] * (1 - tx) + z[r + 1][c + 1] * tx;
        return top * (1 - ty) + bottom * ty;
    }

    /** The index i with a[i] <= v <= a[i+1] in an increasing or decreasing array, or -1. */
    private static int cell(double[] a, double v) {
        for (int i = 0; i + 1 < a.length; i++) {
            if ((a[i] <= v && v <= a[i + 1]) || (a[i] >= v && v >= a[i + 1])) {
                return a[i] == a[i + 1] ? -1 : i;
            }
        }
        return -1;
    }

    private static int nearestIndex(double[] a, double v) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            if (Math.abs(a[i] - v) < Math.abs(a[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    private static double first(double[] a) {
        return a[0];
    }

    private static double last(double[] a) {
        return a[a.length - 1];
    }
}
