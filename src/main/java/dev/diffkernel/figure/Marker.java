package dev.diffkernel.figure;

import java.util.Map;

/**
 * How points are marked. Immutable; a null component leaves plotly's default.
 *
 * @param size the diameter in CSS pixels, or null
 * @param color a CSS colour, or null
 * @param line the outline, or null
 * @param symbol plotly's symbol name ("circle", "square", "x", ...), or null
 */
public record Marker(Double size, String color, Line line, String symbol) implements PlotlyValue {
    /** Round markers of a size and colour. */
    public static Marker of(double size, String color) {
        return new Marker(size, color, null, null);
    }

    /** These markers with an outline. */
    public Marker withLine(Line outline) {
        return new Marker(size, color, outline, symbol);
    }

    /** These markers drawn as {@code symbol} ("square", "diamond", "x", ...). */
    public Marker withSymbol(String name) {
        return new Marker(size, color, line, name);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("size", size).put("color", color).put("line", line).put("symbol", symbol).map();
    }
}
