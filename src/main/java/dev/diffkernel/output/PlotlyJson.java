package dev.diffkernel.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.util.Map;

/**
 * Plotly attributes as JSON, with Gson. The text is also safe inside an HTML {@code <script>}
 * (Gson escapes {@code < > & = '} and the two line separators JavaScript rejects); NaN and infinite
 * numbers become null (plotly leaves a gap there), and whole numbers are written without ".0".
 */
public final class PlotlyJson {
    private static final TypeAdapter<Double> NUMBER = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                out.nullValue();
            } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.value(value.longValue());
            } else {
                out.value(value.doubleValue());
            }
        }

        @Override
        public Double read(JsonReader in) {
            throw new UnsupportedOperationException("PlotlyJson only writes");
        }
    };

    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Double.class, NUMBER)
            .registerTypeAdapter(double.class, NUMBER)
            .registerTypeAdapter(Float.class, new TypeAdapter<Float>() {
                @Override
                public void write(JsonWriter out, Float value) throws IOException {
                    NUMBER.write(out, value == null ? null : value.doubleValue());
                }

                @Override
                public Float read(JsonReader in) {
                    throw new UnsupportedOperationException("PlotlyJson only writes");
                }
            })
            .disableInnerClassSerialization()
            .create();

    private PlotlyJson() {}

    /** The JSON text of plotly attributes (maps, lists, arrays, strings, numbers, booleans). */
    public static String write(Object value) {
        return GSON.toJson(value);
    }

    /** The same as a Gson tree, e.g. for a display bundle's {@code application/vnd.plotly.v1+json}. */
    public static JsonObject tree(Map<String, Object> value) {
        return GSON.toJsonTree(value).getAsJsonObject();
    }
}
