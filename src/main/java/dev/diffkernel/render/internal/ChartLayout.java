package dev.diffkernel.render.internal;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.threeD.Scene;

/**
 * The look shared by the DSL plots, as a Tablesaw {@link Layout}: title, axis titles and types,
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
        Layout.LayoutBuilder b = base(width, height);
        b.xAxis(axis(xTitle, logX).build());
        Axis.AxisBuilder y = axis(yTitle, logY);
        if (yMin != null && yMax != null) {
            y.range(logY ? Math.log10(Math.max(yMin, 1e-300)) : yMin, logY ? Math.log10(Math.max(yMax, 1e-300)) : yMax);
        }
        b.yAxis(y.build());
        return b.build();
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
        Layout.LayoutBuilder b = base(plotWidth + left + rightMargin, plotHeight + top + bottom);
        b.margin(Margin.builder().left(left).right(rightMargin).top(top).bottom(bottom).autoExpand(false).build());
        b.xAxis(axis(xTitle, false).range(x0, x1).build());
        b.yAxis(axis(yTitle, false).range(y0, y1).build());
        return b.build();
    }

    /** A 3-D layout with axis titles. */
    public Layout scene() {
        Layout.LayoutBuilder b = base(width, height);
        b.scene(Scene.sceneBuilder().xAxis(Axis.builder().title(xTitle).build()).yAxis(Axis.builder().title(yTitle).build())
                .zAxis(Axis.builder().title(zTitle).build()).build());
        return b.build();
    }

    private Layout.LayoutBuilder base(int w, int h) {
        Layout.LayoutBuilder b = Layout.builder().width(w).height(h);
        if (title != null && !title.isBlank()) {
            b.title(title);
        }
        return b;
    }

    private static Axis.AxisBuilder axis(String title, boolean log) {
        Axis.AxisBuilder a = Axis.builder().title(title == null ? "" : title);
        if (log) {
            a.type(Axis.Type.LOG);
        }
        return a;
    }
}
