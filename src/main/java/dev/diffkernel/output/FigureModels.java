package dev.diffkernel.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.GenericTrace;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.event.EventHandler;
import tech.tablesaw.plotly.traces.Trace;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link FigureModel} the outputs are made from. A DSL {@link Figure} goes in as it is; a
 * Tablesaw figure a user built is read from the JavaScript its parts write (Tablesaw has no other
 * way out), with Gson's lenient reader, into the typed figure. Each Tablesaw trace is read on its own with its own
 * index, so a trace that names itself {@code trace0} whatever its position (Tablesaw's
 * {@code ContourTrace}) cannot hide another.
 */
public final class FigureModels {
    /** Plotly attributes that carry one value per point or per grid row. */
    static final List<String> DATA_KEYS = List.of("x", "y", "z", "open", "high", "low", "close");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?s)\\s*var\\s+[\\w$]+\\s*=\\s*(.*?)[\\s;]*");

    private FigureModels() {}

    /**
     * The model of a DSL figure, as it is, not yet bounded in size. A layout that sets what has a
     * typed component by name instead ({@code layout.with("xaxis", ...)}) is read into the typed
     * components first, so the picture sees what plotly draws.
     */
    public static FigureModel of(Figure figure) {
        dev.diffkernel.figure.Layout layout = figure.layout();
        if (!java.util.Collections.disjoint(layout.extra().keySet(), PlotlyLayouts.TYPED)) {
            figure = figure.withLayout(PlotlyLayouts.layout(layout.toPlotly()));
        }
        return FigureModel.of(figure);
    }

    /**
     * The model of a Tablesaw figure, read once into the typed figure, numbers as numbers, not yet
     * bounded in size. Each trace becomes a {@link GenericTrace} of the attributes Tablesaw wrote, in
     * their order (its {@code xaxis: 'x'} and attribute order have no place in a record, and the
     * plotly bundle keeps them); the layout's title, size, legend switch, margins and axes become
     * typed components, written back in their place, and everything else stays in its
     * {@code extra}, so nothing the user set is lost ({@link PlotlyLayouts}).
     *
     * @throws IllegalArgumentException if a part of the figure writes something other than a literal
     */
    public static FigureModel of(tech.tablesaw.plotly.components.Figure figure) {
        List<dev.diffkernel.figure.Trace> traces = new ArrayList<>();
        Trace[] parts = figure.getTraces();
        if (parts != null) {
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == null) {
                    continue;
                }
                try {
                    Map<String, Object> trace = tidyTrace(numeric(read(parts[i].asJavascript(i))));
                    traces.add(new GenericTrace(trace.get("type") instanceof String s && !s.isBlank() ? s : "scatter",
                            trace));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Cannot read trace " + i + " (" + parts[i].getClass().getSimpleName()
                            + ") of the figure: " + e.getMessage(), e);
                }
            }
        }
        dev.diffkernel.figure.Layout layout = dev.diffkernel.figure.Layout.empty();
        Layout l = figure.getLayout();
        if (l != null) {
            layout = PlotlyLayouts.layout(tidyLayout(read(l.asJavascript())));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        Config c = figure.getConfig();
        if (c != null) {
            config = read(c.asJavascript());
        }
        StringBuilder events = new StringBuilder();
        EventHandler[] handlers = figure.getEventHandlers();
        if (handlers != null) {
            for (EventHandler handler : handlers) {
                events.append(handler.asJavascript("target", "dkTarget")).append('\n');
            }
        }
        return new FigureModel(Figure.of(layout, traces), config, events.toString(), List.of());
    }

    /**
     * The object of one {@code var name = {...};} statement as Tablesaw writes it (unquoted keys,
     * single quotes, trailing commas), as maps, lists, doubles, strings and booleans.
     *
     * @throws IllegalArgumentException if the text is not one such statement
     */
    static Map<String, Object> read(String javascript) {
        Matcher m = ASSIGNMENT.matcher(javascript);
        String literal = m.matches() ? m.group(1) : javascript.strip();
        try {
            JsonReader reader = new JsonReader(new StringReader(withoutTrailingCommas(literal)));
            reader.setLenient(true);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("Expected one literal but found more after it in " + abbreviate(literal));
            }
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("Expected an object literal but found " + abbreviate(literal));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) plain(element);
            return map;
        } catch (JsonParseException | java.io.IOException e) {
            throw new IllegalArgumentException("Not a JavaScript literal: " + e.getMessage() + " in " + abbreviate(literal), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Drops the commas before {@code ]} and {@code }} outside strings (lenient Gson would read a null). */
    static String withoutTrailingCommas(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                int j = i + 1;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == ']' || text.charAt(j) == '}')) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Gson's tree as plain Java values; numbers become doubles, as JavaScript reads them. */
    private static Object plain(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e instanceof JsonObject o) {
            Map<String, Object> map = new LinkedHashMap<>();
            o.entrySet().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (e instanceof JsonArray a) {
            List<Object> list = new ArrayList<>(a.size());
            a.forEach(v -> list.add(plain(v)));
            return list;
        }
        JsonPrimitive p = (JsonPrimitive) e;
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            return p.getAsDouble();
        }
        String s = p.getAsString();
        return switch (s) { // lenient Gson reads bare words as strings
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            case "undefined" -> null;
            default -> s;
        };
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
        axis.computeIfPresent("scaleratio", (k, v) -> v instanceof String str ? orOne(Attrs.number(str)) : v);
    }

    /** Tablesaw writes {@code opacity: '0.5'} and {@code visible: 'True'}; plotly wants 0.5 and true. */
    static Map<String, Object> tidyTrace(Map<String, Object> trace) {
        trace.computeIfPresent("opacity", (k, v) -> v instanceof String str ? orOne(Attrs.number(str)) : v);
        trace.computeIfPresent("visible", (k, v) -> "True".equals(v) ? Boolean.TRUE : "False".equals(v) ? Boolean.FALSE : v);
        return trace;
    }

    private static double orOne(Double value) {
        return value == null ? 1 : value;
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
