package dev.diffkernel.output;

import java.util.List;
import java.util.Map;

/**
 * Reading plotly attributes that have no typed home: a {@link dev.diffkernel.figure.GenericTrace}'s
 * and the {@code extra} of a layout part read from Tablesaw (dotted lookups, numbers that Tablesaw
 * may write as strings), and plotly text as plain text.
 */
public final class Attrs {
    private Attrs() {}

    /** The value at a dotted path such as "xaxis.title", or null. */
    public static Object get(Map<String, Object> map, String path) {
        Object current = map;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    /** The string at {@code path}, or {@code fallback}. */
    public static String string(Map<String, Object> map, String path, String fallback) {
        Object value = get(map, path);
        return value instanceof String s ? s : fallback;
    }

    /** The number at {@code path}, or {@code fallback}; numeric strings (Tablesaw writes some) count. */
    public static double number(Map<String, Object> map, String path, double fallback) {
        Double value = number(get(map, path));
        return value == null ? fallback : value;
    }

    /** {@code value} as a number (a numeric string counts), or null if it is none. */
    public static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The numbers at {@code path}, or null if absent or not all numeric. */
    public static double[] numbers(Map<String, Object> map, String path) {
        Object value = get(map, path);
        return value instanceof double[] d ? d : value instanceof List<?> l ? toDoubles(l) : null;
    }

    /** The numbers of {@code list} (numeric strings, "" and "NaN" included), or null if any is not a number. */
    public static double[] toDoubles(List<?> list) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object o = list.get(i);
            if (o == null) {
                out[i] = Double.NaN;
            } else if (o instanceof Number n) {
                out[i] = n.doubleValue();
            } else if (o instanceof String s) {
                String t = s.strip();
                if (t.isEmpty() || t.equals("NaN")) {
                    out[i] = Double.NaN;
                } else {
                    try {
                        out[i] = Double.parseDouble(t);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            } else {
                return null;
            }
        }
        return out;
    }

    /**
     * Plotly text (HTML entities from Tablesaw's templates, pseudo-HTML such as {@code <b>} and
     * {@code <br>}) as plain text for a static picture.
     */
    public static String plain(String s) {
        String noTags = s.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]{0,40}>", "");
        return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** Whether plotly draws {@code type} in a 3-D scene. */
    public static boolean isThreeD(String type) {
        return switch (type) {
            case "surface", "scatter3d", "mesh3d", "cone", "streamtube", "isosurface", "volume" -> true;
            default -> false;
        };
    }
}
