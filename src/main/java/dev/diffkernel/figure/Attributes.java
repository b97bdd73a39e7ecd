package dev.diffkernel.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Checks that {@code z} has {@code y.length} rows of {@code x.length} values. */
    static void checkGrid(double[] x, double[] y, double[][] z) {
        if (z.length != y.length) {
            throw new IllegalArgumentException("z must have a row per y (" + y.length + ") but has " + z.length);
        }
        for (int r = 0; r < z.length; r++) {
            if (z[r].length != x.length) {
                throw new IllegalArgumentException("z row " + r + " must have a value per x (" + x.length + ") but has "
                        + z[r].length);
            }
        }
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
