package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * A line, rectangle or circle drawn on a plot in axis units (plotly's {@code layout.shapes}): a
 * graph's edges and nodes, a marked region. Immutable.
 *
 * @param kind what is drawn
 * @param x0 the first corner's (or the line's start) x
 * @param y0 the first corner's y
 * @param x1 the opposite corner's (or the line's end) x
 * @param y1 the opposite corner's y
 * @param line the outline, or null
 * @param fillColor the fill, a CSS colour, or null for none
 * @param below whether the shape is drawn below the traces
 */
public record FigureShape(Kind kind, double x0, double y0, double x1, double y1, Line line, String fillColor,
                          boolean below) implements PlotlyValue {
    /** The kinds of shape plotly draws from two corners. */
    public enum Kind {
        LINE("line"), RECT("rect"), CIRCLE("circle");

        private final String plotly;

        Kind(String plotly) {
            this.plotly = plotly;
        }

        /** Plotly's name, e.g. "rect". */
        public String plotly() {
            return plotly;
        }
    }

    public FigureShape {
        Objects.requireNonNull(kind, "kind");
    }

    /** A line from {@code (x0, y0)} to {@code (x1, y1)}. */
    public static FigureShape line(double x0, double y0, double x1, double y1, Line line) {
        return new FigureShape(Kind.LINE, x0, y0, x1, y1, line, null, false);
    }

    /** A rectangle between two corners. */
    public static FigureShape rect(double x0, double y0, double x1, double y1, Line line, String fillColor) {
        return new FigureShape(Kind.RECT, x0, y0, x1, y1, line, fillColor, false);
    }

    /** A circle (an ellipse on unequal axes) centred at {@code (x, y)} with radius {@code r} in axis units. */
    public static FigureShape circle(double x, double y, double r, Line line, String fillColor) {
        return new FigureShape(Kind.CIRCLE, x - r, y - r, x + r, y + r, line, fillColor, false);
    }

    /** This shape drawn below the traces. */
    public FigureShape withBelow(boolean b) {
        return new FigureShape(kind, x0, y0, x1, y1, line, fillColor, b);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("type", kind.plotly()).put("xref", "x").put("yref", "y").put("x0", x0).put("y0", y0)
                .put("x1", x1).put("y1", y1).put("line", line).put("fillcolor", fillColor)
                .put("layer", below ? "below" : null).map();
    }
}
