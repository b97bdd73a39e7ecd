package dev.diffkernel.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JavaScript that Tablesaw writes for a figure: {@code var name = literal;} statements
 * whose literals are objects, arrays, strings, numbers and booleans, with unquoted keys, single
 * quotes and trailing commas. Objects become {@link LinkedHashMap}s, arrays {@link ArrayList}s,
 * numbers {@link Double}s (including NaN and infinities); {@code null} and {@code undefined} become
 * null.
 */
public final class JsLiteral {
    private final String text;
    private int pos;

    private JsLiteral(String text) {
        this.text = text;
    }

    /**
     * Parses one literal, e.g. {@code {x: [1, 2,], name: 'f'}}.
     *
     * @throws IllegalArgumentException if the text is not a single literal
     */
    public static Object parse(String text) {
        JsLiteral parser = new JsLiteral(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos < text.length() && text.charAt(parser.pos) == ';') {
            parser.pos++;
            parser.skipSpace();
        }
        if (parser.pos != text.length()) {
            throw parser.error("end of literal");
        }
        return value;
    }

    /**
     * Parses {@code var a = ...; var b = ...} statements (semicolons optional) into their values,
     * in order; a later statement with the same name replaces the earlier one.
     *
     * @throws IllegalArgumentException if the text holds anything else
     */
    public static Map<String, Object> parseStatements(String text) {
        JsLiteral parser = new JsLiteral(text);
        Map<String, Object> values = new LinkedHashMap<>();
        parser.skipSpace();
        while (parser.pos < text.length()) {
            parser.expectWord("var");
            parser.skipSpace();
            String name = parser.identifier();
            parser.skipSpace();
            parser.expect('=');
            values.put(name, parser.value());
            parser.skipSpace();
            if (parser.pos < text.length() && text.charAt(parser.pos) == ';') {
                parser.pos++;
            }
            parser.skipSpace();
        }
        return values;
    }

    /** Parses the literal after {@code var name =} in one statement, whatever the name. */
    public static Object parseAssignment(String text) {
        Map<String, Object> values = parseStatements(text);
        if (values.size() != 1) {
            throw new IllegalArgumentException("Expected one 'var' statement but found " + values.size());
        }
        return values.values().iterator().next();
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        if (Character.isJavaIdentifierStart(c)) {
            String word = identifier();
            switch (word) {
                case "true": return Boolean.TRUE;
                case "false": return Boolean.FALSE;
                case "null":
                case "undefined": return null;
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                default: throw new IllegalArgumentException("Unexpected word '" + word + "' at offset " + pos + near());
            }
        }
        throw error("a value");
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            char c = peek();
            String key = c == '\'' || c == '"' ? string(c) : identifier();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw error("',' or '}'");
            }
        }
    }

    private List<Object> array() {
        expect('[');
        List<Object> list = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != ']') {
                throw error("',' or ']'");
            }
        }
    }

    private String string(char quote) {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e); // \' \" \\ \/ and anything else stand for themselves
            }
        }
        throw error("closing " + quote);
    }

    private Double number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        if (text.startsWith("Infinity", pos)) {
            pos += "Infinity".length();
            return text.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            char c = text.charAt(pos);
            if ((c == '+' || c == '-') && !(text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')) {
                break;
            }
            pos++;
        }
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("a number");
        }
    }

    private String identifier() {
        int start = pos;
        if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
            pos++;
            while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
        }
        if (start == pos) {
            throw error("a name");
        }
        return text.substring(start, pos);
    }

    private void expectWord(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("'" + word + "'");
        }
        pos += word.length();
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("Expected " + expected + " at offset " + pos + near());
    }

    private String near() {
        int from = Math.max(0, pos - 20);
        int to = Math.min(text.length(), pos + 20);
        return " near \"" + text.substring(from, to).replace("\n", "\\n") + "\"";
    }
}
