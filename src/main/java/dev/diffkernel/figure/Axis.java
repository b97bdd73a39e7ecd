package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * One axis of a 2-D plot or a 3-D scene. Immutable; a null component leaves plotly's default.
 *
 * @param title the axis title, or null
 * @param log whether the scale is logarithmic
 * @param range the shown range {low, high} (on a log axis, in powers of ten, as plotly wants), or null to fit
 * @param visible false hides the axis, its grid and ticks (a graph drawing), or null
 * @param scaleAnchor "x" or "y" to keep one unit as long as on that axis, or null
 * @param extra any other plotly axis attributes, by name, possibly empty: a figure read from Tablesaw
 *     keeps all of its axis here, in its order, and the typed components are written in their place
 *     (a log axis read so keeps its own tick format)
 */
public record Axis(String title, boolean log, double[] range, Boolean visible, String scaleAnchor,
                   Map<String, Object> extra) implements PlotlyValue {
    public Axis {
        if (range != null) {
            if (range.length != 2 || !(range[0] < range[1])) {
                throw new IllegalArgumentException("range must be {low, high} with low < high but was "
                        + java.util.Arrays.toString(range));
            }
            range = range.clone();
        }
        extra = Attributes.copyOf(Objects.requireNonNull(extra, "extra"));
    }

    /** An axis without other plotly attributes. */
    public Axis(String title, boolean log, double[] range, Boolean visible, String scaleAnchor) {
        this(title, log, range, visible, scaleAnchor, Map.of());
    }

    /** A linear axis with a title (null for none) and a fitted range. */
    public static Axis titled(String title) {
        return new Axis(title, false, null, null, null);
    }

    @Override
    public double[] range() {
        return range == null ? null : range.clone();
    }

    @Override
    public Map<String, Object> extra() {
        return Attributes.copyOf(extra);
    }

    public Axis withTitle(String t) {
        return new Axis(t, log, range, visible, scaleAnchor, extra);
    }

    public Axis withLog(boolean l) {
        return new Axis(title, l, range, visible, scaleAnchor, extra);
    }

    /** This axis showing {@code low} to {@code high}. */
    public Axis withRange(double low, double high) {
        return new Axis(title, log, new double[]{low, high}, visible, scaleAnchor, extra);
    }

    public Axis withVisible(boolean v) {
        return new Axis(title, log, range, v, scaleAnchor, extra);
    }

    public Axis withScaleAnchor(String axis) {
        return new Axis(title, log, range, visible, axis, extra);
    }

    @Override
    public Map<String, Object> toPlotly() {
        boolean ownFormat = log && !"log".equals(extra.get("type"));
        return Attributes.over(extra, new Attributes().put("title", title)
                .put("type", log ? "log" : null)
                // a log axis labels 1e-10 as 10⁻¹⁰, as the static pictures do, not plotly's SI "100p"
                .put("exponentformat", ownFormat ? "power" : null).put("range", range == null ? null : range.clone())
                .put("autorange", range == null || extra.containsKey("autorange") ? null : false).put("visible", visible)
                .put("scaleanchor", scaleAnchor));
    }
}
