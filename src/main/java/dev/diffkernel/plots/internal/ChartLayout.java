package dev.diffkernel.plots.internal;

import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Margin;
import dev.diffkernel.figure.Scene;

/**
 * The look shared by the DSL plots, as a figure {@link Layout}: title, axis titles and types,
 * size, and (for equal-aspect plots) fixed ranges and margins that make one unit as long on both
 * axes.
 *
 * @param title the plot title, or null for none
 * @param xTitle x axis title
 * @param yTitle y axis title
 * @param zTitle z axis title (3-D plots)
 * @param logX whether the x axis is logarithmic
 * @param logY whether the y axis is logarithmic
 * @param width figure width in CSS pixels
 * @param height figure height in CSS pixels
 */
public record ChartLayout(String title, String xTitle, String yTitle, String zTitle, boolean logX, boolean logY,
                          int width, int height) {
    /** Plotly's usual figure size. */
    public static final int WIDTH = 700;
    public static final int HEIGHT = 450;

    /** Default look with the given axis titles. */
    public static ChartLayout of(String xTitle, String yTitle) {
        return new ChartLayout(null, xTitle, yTitle, null, false, false, WIDTH, HEIGHT);
    }

    public ChartLayout withTitle(String t) {
        return new ChartLayout(t, xTitle, yTitle, zTitle, logX, logY, width, height);
    }

    public ChartLayout withAxes(String x, String y, String z) {
        return new ChartLayout(title, x, y, z, logX, logY, width, height);
    }

    public ChartLayout withLog(boolean x, boolean y) {
        return new ChartLayout(title, xTitle, yTitle, zTitle, x, y, width, height);
    }

    public ChartLayout withSize(int w, int h) {
        return new ChartLayout(title, xTitle, yTitle, zTitle, logX, logY, w, h);
    }

    /** A 2-D layout that lets plotly choose the ranges. */
    public Layout flat() {
        return flat(null, null);
    }

    /** A 2-D layout with a fixed y range when both ends are given (plotly wants powers of ten on a log axis). */
    public Layout flat(Double yMin, Double yMax) {
        Axis y = axis(yTitle, logY);
        if (yMin != null && yMax != null) {
            y = y.withRange(logY ? Math.log10(Math.max(yMin, 1e-300)) : yMin, logY ? Math.log10(Math.max(yMax, 1e-300)) : yMax);
        }
        return base(width, height).withXaxis(axis(xTitle, logX)).withYaxis(y);
    }

    /**
     * A 2-D layout with fixed ranges whose plot area has the ranges' aspect, so a unit is as long
     * on both axes (circles stay round, arrows keep their angles).
     *
     * @param rightMargin room at the right, e.g. for a colour bar
     */
    public Layout equalAspect(double x0, double x1, double y0, double y1, int rightMargin) {
        int left = 70;
        int top = title == null ? 30 : 60;
        int bottom = 60;
        int plotWidth = width - left - rightMargin;
        int plotHeight = (int) Math.round(plotWidth * (y1 - y0) / (x1 - x0));
        if (plotHeight > height * 1.6) { // very tall: keep the height, narrow the plot
            plotHeight = (int) Math.round(height * 1.6);
            plotWidth = (int) Math.round(plotHeight * (x1 - x0) / (y1 - y0));
        }
        plotHeight = Math.max(plotHeight, 120);
        return base(plotWidth + left + rightMargin, plotHeight + top + bottom)
                .withMargin(new Margin(left, rightMargin, top, bottom, false))
                .withXaxis(axis(xTitle, false).withRange(x0, x1)).withYaxis(axis(yTitle, false).withRange(y0, y1));
    }

    /** A 3-D layout with axis titles. */
    public Layout scene() {
        return base(width, height).withScene(Scene.titled(xTitle, yTitle, zTitle));
    }

    private Layout base(int w, int h) {
        Layout l = Layout.empty().withSize(w, h);
        return title != null && !title.isBlank() ? l.withTitle(title) : l;
    }

    private static Axis axis(String title, boolean log) {
        return Axis.titled(title == null ? "" : title).withLog(log);
    }
}
