package dev.diffkernel.figure;

import java.util.Map;

/**
 * How a line is drawn (a trace's {@code line}, a marker's outline, a shape's border). Immutable;
 * a null component leaves plotly's default.
 *
 * @param color a CSS colour such as "#1f77b4" or "rgba(0,0,0,0.35)", or null
 * @param width the width in CSS pixels, or null
 * @param dash "solid", "dash", "dot" or "dashdot", or null
 */
public record Line(String color, Double width, String dash) implements PlotlyValue {
    /** A solid line of a colour and width. */
    public static Line of(String color, double width) {
        return new Line(color, width, null);
    }

    /** This line dashed ("dash", "dot", ...). */
    public Line withDash(String dash) {
        return new Line(color, width, dash);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("color", color).put("width", width).put("dash", dash).map();
    }
}
