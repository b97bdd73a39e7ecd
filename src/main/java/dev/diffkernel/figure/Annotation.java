package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * Text placed on a plot, with or without an arrow (a node's label in a graph drawing, a value by
 * a point). Immutable.
 *
 * @param text the text (plotly accepts {@code <b>}, {@code <br>}); never null
 * @param x where, in x-axis units
 * @param y where, in y-axis units
 * @param showArrow whether an arrow points from the text to {@code (x, y)}
 * @param fontSize the font size in pixels, or null
 * @param fontColor a CSS colour, or null
 * @param bgcolor the box behind the text, a CSS colour, or null
 */
public record Annotation(String text, double x, double y, boolean showArrow, Integer fontSize, String fontColor,
                         String bgcolor) implements PlotlyValue {
    public Annotation {
        Objects.requireNonNull(text, "text");
    }

    /** Text centred at {@code (x, y)}, without an arrow. */
    public static Annotation at(double x, double y, String text) {
        return new Annotation(text, x, y, false, null, null, null);
    }

    public Annotation withFont(int size, String color) {
        return new Annotation(text, x, y, showArrow, size, color, bgcolor);
    }

    public Annotation withBackground(String color) {
        return new Annotation(text, x, y, showArrow, fontSize, fontColor, color);
    }

    public Annotation withArrow(boolean arrow) {
        return new Annotation(text, x, y, arrow, fontSize, fontColor, bgcolor);
    }

    @Override
    public Map<String, Object> toPlotly() {
        Map<String, Object> font = new Attributes().put("size", fontSize).put("color", fontColor).map();
        return new Attributes().put("text", text).put("x", x).put("y", y).put("xref", "x").put("yref", "y")
                .put("showarrow", showArrow).put("font", font.isEmpty() ? null : font).put("bgcolor", bgcolor).map();
    }
}
