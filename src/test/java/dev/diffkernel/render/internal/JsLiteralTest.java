package dev.diffkernel.render.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsLiteralTest {
    @Test
    void readsTablesawTraceWithTrailingCommasAndSingleQuotes() {
        String js = "var trace3 =\n{\nx: [\"1.0\",\"2.0\",],\nz: [[1.0,2.0,],[3.0,NaN,],],\nmode: 'lines',\nname: 'f&#39;s',\n};";
        Object value = JsLiteral.parseAssignment(js);
        Map<?, ?> trace = (Map<?, ?>) value;
        assertEquals(List.of("1.0", "2.0"), trace.get("x"));
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, Double.NaN)), trace.get("z"));
        assertEquals("lines", trace.get("mode"));
        assertEquals("f&#39;s", trace.get("name"));
    }

    @Test
    void readsStatementsWithAndWithoutSemicolons() {
        Map<String, Object> values = JsLiteral.parseStatements("var config = {\n  \"responsive\" : true\n}\nvar layout = {w: -1.5e-3, n: null};");
        assertEquals(Map.of("responsive", true), values.get("config"));
        Map<?, ?> layout = (Map<?, ?>) values.get("layout");
        assertEquals(-1.5e-3, layout.get("w"));
        assertTrue(layout.containsKey("n"));
    }

    @Test
    void readsEscapesInStrings() {
        assertEquals("a'b\"c\\d\ne\u00e9</", JsLiteral.parse("'a\\'b\"c\\\\d\\ne\\u00e9<\\/'"));
    }

    @Test
    void readsInfinitiesAndBooleans() {
        assertEquals(List.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, false),
                JsLiteral.parse("[-Infinity, Infinity, true, false]"));
    }

    @Test
    void reportsWhereTheTextStopsBeingALiteral() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsLiteral.parse("{x: [1, 2 3]}"));
        assertEquals("Expected ',' or ']' at offset 10 near \"{x: [1, 2 3]}\"", e.getMessage());
    }

    @Test
    void rejectsCodeThatIsNotALiteral() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsLiteral.parseStatements("var a = foo(1);"));
        assertTrue(e.getMessage().startsWith("Unexpected word 'foo'"), e.getMessage());
    }
}
