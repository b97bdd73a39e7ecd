package dev.diffkernel.figure;

import java.util.Map;
import java.util.Objects;

/**
 * A trace of any plotly type given as its raw attributes: what a Tablesaw figure's traces become,
 * and the way to use a plotly trace type this package has no record for. Immutable: the
 * attributes are deep-copied in and out.
 *
 * @param type plotly's trace type, e.g. "histogram"; not blank
 * @param attributes the attributes, in plotly's names (nested maps for nested objects), in the order
 *     they are written; a {@code "type"} among them keeps its place and says {@code type}
 */
public record GenericTrace(String type, Map<String, Object> attributes) implements Trace {
    public GenericTrace {
        Objects.requireNonNull(type, "type");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type must name a plotly trace type (e.g. \"bar\") but was blank");
        }
        attributes = Attributes.copyOf(Objects.requireNonNull(attributes, "attributes"));
        attributes.replace("type", type);
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.copyOf(attributes);
    }

    @Override
    public String name() {
        return attributes.get("name") instanceof String s ? s : "";
    }

    @Override
    public Map<String, Object> toPlotly() {
        if (attributes.containsKey("type")) {
            return attributes();
        }
        Map<String, Object> out = new Attributes().put("type", type).map();
        out.putAll(attributes());
        return out;
    }
}
