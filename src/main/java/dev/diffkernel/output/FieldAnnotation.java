package dev.diffkernel.output;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

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
            BufferedImage image = new BufferedImage((int) Math.ceil(w * scaleUp), (int) Math.ceil(h * scaleUp), BufferedImage.TYPE_INT_ARGB);
            int[] columns = new int[image.getWidth()];
            double[] xs = new double[image.getWidth()];
            for (int px = 0; px < xs.length; px++) {
                xs[px] = domainAxis.java2DToValue(left + (px + 0.5) / scaleUp, dataArea, xEdge);
                columns[px] = contour ? cell(x, xs[px]) : nearestIndex(x, xs[px]);
            }
            for (int py = 0; py < image.getHeight(); py++) {
                double dy = rangeAxis.java2DToValue(top + (py + 0.5) / scaleUp, dataArea, yEdge);
                int row = contour ? cell(y, dy) : nearestIndex(y, dy);
                for (int px = 0; px < xs.length; px++) {
                    double v = contour ? bilinear(xs[px], columns[px], dy, row) : at(row, columns[px]);
                    image.setRGB(px, py, colour(v).getRGB());
                }
            }
            g2.drawImage(image, (int) Math.round(left), (int) Math.round(top), w, h, null);
        }
        if (contour) {
            g2.setStroke(new BasicStroke(fill ? 0.6f : 1.2f));
            for (double level : levels) {
                g2.setColor(fill ? new Color(0, 0, 0, 90) : scale.at(normal(level)));
                Path2D.Double path = new Path2D.Double();
                for (Line2D.Double s : Isolines.at(x, y, z, level)) {
                    path.moveTo(domainAxis.valueToJava2D(s.x1, dataArea, xEdge), rangeAxis.valueToJava2D(s.y1, dataArea, yEdge));
                    path.lineTo(domainAxis.valueToJava2D(s.x2, dataArea, xEdge), rangeAxis.valueToJava2D(s.y2, dataArea, yEdge));
                }
                g2.draw(path); // one path per level keeps an SVG small
            }
        }
    }

    private Color colour(double v) {
        if (Double.isNaN(v)) {
            return new Color(0, 0, 0, 0);
        }
        if (!contour || levels.length == 0) {
            return scale.at(normal(v));
        }
        // plotly fills each band between two levels with the colour of its middle value
        int band = Arrays.binarySearch(levels, v);
        band = band >= 0 ? band + 1 : -band - 1;
        double lo = band == 0 ? zMin : levels[band - 1];
        double hi = band == levels.length ? zMax : levels[band];
        return scale.at(normal((lo + hi) / 2));
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
