package dev.diffkernel.figure;

import java.util.Map;

/**
 * One axis of a 2-D plot or a 3-D scene. Immutable; a null component leaves plotly's default.
 *
 * @param title the axis title, or null
 * @param log whether the scale is logarithmic
 * @param range the shown range {low, high} (on a log axis, in powers of ten, as plotly wants), or null to fit
 * @param visible false hides the axis, its grid and ticks (a graph drawing), or null
 * @param scaleAnchor "x" or "y" to keep one unit as long as on that axis, or null
 */
public record Axis(String title, boolean log, double[] range, Boolean visible, String scaleAnchor) implements PlotlyValue {
    public Axis {
        if (range != null) {
            if (range.length != 2 || !(range[0] < range[1])) {
                throw new IllegalArgumentException("range must be {low, high} with low < high but was "
                        + java.util.Arrays.toString(range));
            }
            range = range.clone();
        }
    }

    /** A linear axis with a title (null for none) and a fitted range. */
    public static Axis titled(String title) {
        return new Axis(title, false, null, null, null);
    }

    @Override
    public double[] range() {
        return range == null ? null : range.clone();
    }

    public Axis withTitle(String t) {
        return new Axis(t, log, range, visible, scaleAnchor);
    }

    public Axis withLog(boolean l) {
        return new Axis(title, l, range, visible, scaleAnchor);
    }

    /** This axis showing {@code low} to {@code high}. */
    public Axis withRange(double low, double high) {
        return new Axis(title, log, new double[]{low, high}, visible, scaleAnchor);
    }

    public Axis withVisible(boolean v) {
        return new Axis(title, log, range, v, scaleAnchor);
    }

    public Axis withScaleAnchor(String axis) {
        return new Axis(title, log, range, visible, axis);
    }

    @Override
    public Map<String, Object> toPlotly() {
        return new Attributes().put("title", title)
                .put("type", log ? "log" : null)
                // a log axis labels 1e-10 as 10⁻¹⁰, as the static pictures do, not plotly's SI "100p"
                .put("exponentformat", log ? "power" : null).put("range", range == null ? null : range.clone())
                .put("autorange", range == null ? null : false).put("visible", visible).put("scaleanchor", scaleAnchor)
                .map();
    }
}
