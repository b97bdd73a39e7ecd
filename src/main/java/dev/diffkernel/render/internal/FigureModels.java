package dev.diffkernel.render.internal;

import dev.diffkernel.render.PlotlyFigure;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.event.EventHandler;
import tech.tablesaw.plotly.traces.Trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Tablesaw {@link Figure} into a {@link FigureModel} by reading the JavaScript each of its
 * parts writes. Each trace is read on its own with its own index, so a trace that names itself
 * {@code trace0} whatever its position (Tablesaw's {@code ContourTrace}) cannot hide another, and
 * every figure's variables stay in its own function scope in the page.
 */
public final class FigureModels {
    /** Plotly attributes that carry one value per point or per grid row. */
    static final List<String> DATA_KEYS = List.of("x", "y", "z", "open", "high", "low", "close");

    private FigureModels() {}

    /**
     * The model of {@code figure}, numbers as numbers, not yet bounded in size.
     *
     * @throws IllegalArgumentException if a part of the figure writes something other than a literal
     */
    public static FigureModel of(Figure figure) {
        List<Map<String, Object>> traces = new ArrayList<>();
        Trace[] parts = figure.getTraces();
        if (parts != null) {
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == null) {
                    continue;
                }
                Object literal;
                try {
                    literal = JsLiteral.parseAssignment(parts[i].asJavascript(i));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Cannot read trace " + i + " (" + parts[i].getClass().getSimpleName()
                            + ") of the figure: " + e.getMessage(), e);
                }
                traces.add(tidyTrace(numeric(asMap(literal))));
            }
        }
        Map<String, Object> layout = new LinkedHashMap<>();
        Layout l = figure.getLayout();
        if (l != null) {
            layout = tidyLayout(asMap(JsLiteral.parseAssignment(l.asJavascript())));
        }
        if (figure instanceof PlotlyFigure extra) {
            for (Map.Entry<String, Object> e : extra.layoutAttributes().entrySet()) {
                put(layout, e.getKey(), e.getValue());
            }
        }
        Map<String, Object> config = new LinkedHashMap<>();
        Config c = figure.getConfig();
        if (c != null) {
            config = asMap(JsLiteral.parseAssignment(c.asJavascript()));
        }
        StringBuilder events = new StringBuilder();
        EventHandler[] handlers = figure.getEventHandlers();
        if (handlers != null) {
            for (EventHandler handler : handlers) {
                events.append(handler.asJavascript("target", "dkTarget")).append('\n');
            }
        }
        return new FigureModel(traces, layout, config, events.toString(), new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> map, String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> current = map;
        for (int i = 0; i < keys.length - 1; i++) {
            Object inner = current.get(keys[i]);
            if (!(inner instanceof Map<?, ?>)) {
                inner = new LinkedHashMap<String, Object>();
                current.put(keys[i], inner);
            }
            current = (Map<String, Object>) inner;
        }
        current.put(keys[keys.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object literal) {
        if (literal instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("Expected an object literal but found " + literal);
    }

    /**
     * Undoes Tablesaw's quoting where plotly wants numbers or booleans: {@code autorange: 'false'},
     * {@code range: ["-2.0", "2.0"]}, in every axis (also those of a 3-D scene).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> tidyLayout(Map<String, Object> layout) {
        for (Map.Entry<String, Object> e : layout.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> inner) {
                Map<String, Object> m = (Map<String, Object>) inner;
                if (e.getKey().matches("[xyz]axis\\d*")) {
                    tidyAxis(m);
                } else if (e.getKey().equals("scene")) {
                    tidyLayout(m);
                }
            }
        }
        return layout;
    }

    private static void tidyAxis(Map<String, Object> axis) {
        axis.computeIfPresent("autorange", (k, v) -> "false".equals(v) ? Boolean.FALSE : "true".equals(v) ? Boolean.TRUE : v);
        axis.computeIfPresent("range", (k, v) -> v instanceof List<?> l && Attrs.toDoubles(l) != null ? Attrs.toDoubles(l) : v);
        axis.computeIfPresent("scaleratio", (k, v) -> v instanceof String str ? Attrs.number(Map.of("v", str), "v", 1) : v);
    }

    /** Tablesaw writes {@code opacity: '0.5'} and {@code visible: 'True'}; plotly wants 0.5 and true. */
    static Map<String, Object> tidyTrace(Map<String, Object> trace) {
        trace.computeIfPresent("opacity", (k, v) -> v instanceof String str ? Attrs.number(Map.of("v", str), "v", 1) : v);
        trace.computeIfPresent("visible", (k, v) -> "True".equals(v) ? Boolean.TRUE : "False".equals(v) ? Boolean.FALSE : v);
        return trace;
    }

    /** Replaces lists of numbers (Tablesaw writes them as strings, "1.0") in data keys by arrays. */
    static Map<String, Object> numeric(Map<String, Object> trace) {
        for (String key : DATA_KEYS) {
            Object value = trace.get(key);
            if (value instanceof List<?> list && !list.isEmpty()) {
                if (list.get(0) instanceof List<?>) {
                    double[][] rows = new double[list.size()][];
                    boolean all = true;
                    for (int r = 0; r < rows.length && all; r++) {
                        rows[r] = list.get(r) instanceof List<?> row ? Attrs.toDoubles(row) : null;
                        all = rows[r] != null;
                    }
                    if (all) {
                        trace.put(key, rows);
                    }
                } else {
                    double[] numbers = Attrs.toDoubles(list);
                    if (numbers != null) {
                        trace.put(key, numbers);
                    }
                }
            }
        }
        return trace;
    }
}
