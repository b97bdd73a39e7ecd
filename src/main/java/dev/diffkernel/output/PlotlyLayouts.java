package dev.diffkernel.output;

import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Margin;
import dev.diffkernel.figure.Scene;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layout given as plotly attributes (a Tablesaw figure's, or a DSL layout that sets axes or sizes
 * through {@link Layout#with}) made typed: title, size, legend switch, margins and axes (also a 3-D
 * scene's) become the components the outputs read. Each typed part also keeps every attribute it
 * was read from, in order, as its {@code extra}; the typed values are the same as the attributes
 * they replace, so the figure's plotly JSON is what was given.
 */
final class PlotlyLayouts {
    /** The layout attributes this reads into typed components. */
    static final Set<String> TYPED = Set.of("title", "width", "height", "xaxis", "yaxis", "scene", "margin", "showlegend");

    private PlotlyLayouts() {}

    static Layout layout(Map<String, Object> attributes) {
        return new Layout(attributes.get("title") instanceof String s ? s : null, whole(attributes.get("width")),
                whole(attributes.get("height")), axis(attributes.get("xaxis")), axis(attributes.get("yaxis")),
                scene(attributes.get("scene")), margin(attributes.get("margin")),
                attributes.get("showlegend") instanceof Boolean b ? b : null, null, List.of(), List.of(), List.of(),
                List.of(), attributes);
    }

    @SuppressWarnings("unchecked")
    private static Axis axis(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, Object> attributes = (Map<String, Object>) m;
        double[] range = attributes.get("range") instanceof double[] r && r.length == 2 && r[0] < r[1] ? r : null;
        return new Axis(attributes.get("title") instanceof String s ? s : null, "log".equals(attributes.get("type")),
                range, attributes.get("visible") instanceof Boolean b ? b : null,
                attributes.get("scaleanchor") instanceof String s ? s : null, attributes);
    }

    @SuppressWarnings("unchecked")
    private static Scene scene(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, Object> attributes = (Map<String, Object>) m;
        return new Scene(axis(attributes.get("xaxis")), axis(attributes.get("yaxis")), axis(attributes.get("zaxis")),
                attributes.get("aspectmode") instanceof String s ? s : null, attributes);
    }

    @SuppressWarnings("unchecked")
    private static Margin margin(Object value) {
        if (!(value instanceof Map<?, ?> m) || !(m.get("autoexpand") instanceof Boolean autoExpand)) {
            return null;
        }
        Integer l = whole(m.get("l"));
        Integer r = whole(m.get("r"));
        Integer t = whole(m.get("t"));
        Integer b = whole(m.get("b"));
        return l == null || r == null || t == null || b == null ? null
                : new Margin(l, r, t, b, autoExpand, (Map<String, Object>) m);
    }

    /** A whole number of pixels, or null: only such numbers are written back unchanged. */
    private static Integer whole(Object value) {
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < Integer.MAX_VALUE ? n.intValue() : null;
    }
}
