package dev.diffkernel.render;

import dev.diffkernel.render.internal.Json;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Tablesaw trace written as plotly attributes, for the trace types and options Tablesaw lacks
 * (a 3-D {@code surface}, a {@code contour} with levels and colour scale, arrows drawn as lines).
 * The DSL plots are made of these; put one into any Tablesaw {@code Figure} beside Tablesaw's own.
 * Immutable: {@link #with} returns a changed copy.
 *
 * <pre>{@code
 * var fig = surface(f).figure();
 * fig.setTraces(((PlotlyTrace) fig.getTraces()[0]).with("colorscale", "Hot").with("opacity", 0.8));
 * fig
 * }</pre>
 *
 * @see <a href="https://plotly.com/javascript/reference/">plotly's attribute reference</a>
 */
public final class PlotlyTrace implements Trace {
    private final Map<String, Object> attributes;

    private PlotlyTrace(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    /**
     * An empty trace of a plotly type.
     *
     * @param type a plotly trace type such as "scatter", "surface" or "contour"; never null or blank
     * @throws IllegalArgumentException if {@code type} is blank
     */
    public static PlotlyTrace of(String type) {
        Objects.requireNonNull(type, "type");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type must name a plotly trace type (e.g. \"scatter\") but was blank");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        return new PlotlyTrace(attributes);
    }

    /**
     * This trace with one attribute set; a dotted path sets a nested one ({@code "line.dash"}).
     *
     * @param path an attribute name or dotted path; never null
     * @param value a string, number, boolean, {@code double[]}, {@code double[][]}, list or map;
     *     null removes the attribute. Arrays are copied.
     * @return a new trace; this one is unchanged
     */
    public PlotlyTrace with(String path, Object value) {
        Objects.requireNonNull(path, "path");
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        String[] keys = path.split("\\.");
        Map<String, Object> current = copy;
        for (int i = 0; i < keys.length - 1; i++) {
            Object inner = current.get(keys[i]);
            Map<String, Object> next = new LinkedHashMap<>();
            if (inner instanceof Map<?, ?> m) {
                m.forEach((k, v) -> next.put(String.valueOf(k), v));
            }
            current.put(keys[i], next);
            current = next;
        }
        String last = keys[keys.length - 1];
        if (value == null) {
            current.remove(last);
        } else {
            current.put(last, copyOf(value));
        }
        return new PlotlyTrace(copy);
    }

    private static Object copyOf(Object value) {
        if (value instanceof double[] d) {
            return d.clone();
        }
        if (value instanceof double[][] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = rows[i].clone();
            }
            return out;
        }
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<>(map);
        }
        return value;
    }

    /**
     * An attribute's value, or null.
     *
     * @param path an attribute name or dotted path
     */
    public Object get(String path) {
        Object current = attributes;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return copyOf(current);
    }

    /** The plotly trace type, e.g. "surface". */
    public String type() {
        return (String) attributes.get("type");
    }

    @Override
    public String asJavascript(int i) {
        return "var trace" + i + " = " + Json.write(attributes) + ";";
    }

    @Override
    public String name() {
        Object name = attributes.get("name");
        return name instanceof String s ? s : "";
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return !Boolean.FALSE.equals(attributes.get("showlegend"));
    }

    @Override
    public String toString() {
        return "PlotlyTrace " + type() + (name().isEmpty() ? "" : " '" + name() + "'");
    }
}
