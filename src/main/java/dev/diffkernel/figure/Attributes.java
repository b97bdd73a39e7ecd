package dev.diffkernel.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds one plotly attribute object, leaving out what is not set (null, empty). */
final class Attributes {
    private final Map<String, Object> map = new LinkedHashMap<>();

    Attributes put(String key, Object value) {
        if (value instanceof PlotlyValue v) {
            Map<String, Object> inner = v.toPlotly();
            if (!inner.isEmpty()) {
                map.put(key, inner);
            }
        } else if (value instanceof List<?> list) {
            if (!list.isEmpty()) {
                List<Object> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add(o instanceof PlotlyValue v ? v.toPlotly() : o);
                }
                map.put(key, out);
            }
        } else if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    /** A one-attribute object, mutable like every map this package writes. */
    static Map<String, Object> single(String key, Object value) {
        return new Attributes().put(key, value).map();
    }

    /** A deep, mutable copy of plotly attributes (maps, lists and arrays copied). */
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(deepCopy(v)));
            return out;
        }
        if (value instanceof double[] d) {
            return d.clone();
        }
        if (value instanceof double[][] rows) {
            return copy(rows);
        }
        return value;
    }

    /** A deep, mutable copy of an attribute map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copyOf(Map<String, Object> attributes) {
        return (Map<String, Object>) deepCopy(attributes);
    }

    /**
     * {@code extra} with {@code typed} written over it: a typed attribute takes the place of an
     * extra one of the same name, the others follow in order. This is how a part read from a user's
     * figure keeps every attribute, in its order, while its typed components win.
     */
    static Map<String, Object> over(Map<String, Object> extra, Attributes typed) {
        Map<String, Object> out = copyOf(extra);
        out.putAll(typed.map());
        return out;
    }

    Map<String, Object> map() {
        return map;
    }

    /**
     * A copy of {@code z}, checked to have {@code y.length} rows of {@code x.length} values: the
     * grid of a {@link Contour}, {@link Heatmap} or {@link Surface}.
     */
    static double[][] grid(double[] x, double[] y, double[][] z) {
        z = copy(Objects.requireNonNull(z, "z"));
        if (z.length != y.length) {
            throw new IllegalArgumentException("z must have a row per y (" + y.length + ") but has " + z.length);
        }
        for (int r = 0; r < z.length; r++) {
            if (z[r].length != x.length) {
                throw new IllegalArgumentException("z row " + r + " must have a value per x (" + x.length + ") but has "
                        + z[r].length);
            }
        }
        return z;
    }

    /**
     * Checks that arrays have one length, e.g. {@code sameLength("x, y and z", 3, 3, 2)} fails with
     * "x, y and z must have the same length but have 3, 3 and 2".
     */
    static void sameLength(String names, int... lengths) {
        for (int length : lengths) {
            if (length != lengths[0]) {
                StringBuilder have = new StringBuilder();
                for (int i = 0; i < lengths.length; i++) {
                    have.append(i == 0 ? "" : i == lengths.length - 1 ? " and " : ", ").append(lengths[i]);
                }
                throw new IllegalArgumentException(names + " must have the same length but have " + have);
            }
        }
    }

    /**
     * The attributes a grid trace starts with, in this order: type, x, y, z (copies), name,
     * colour scale, colour bar switch, opacity.
     */
    static Attributes grid(String type, double[] x, double[] y, double[][] z, String name, String colorscale,
                           boolean showScale, Double opacity) {
        return new Attributes().put("type", type).put("x", x.clone()).put("y", y.clone()).put("z", copy(z))
                .put("name", name.isEmpty() ? null : name).put("colorscale", colorscale)
                .put("showscale", showScale ? null : false).put("opacity", opacity);
    }

    static double[][] copy(double[][] rows) {
        if (rows == null) {
            return null;
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }
}
