package dev.diffkernel.kernel.eval;

import java.util.Set;

/**
 * A piece of a cell that declares one variable with an initializer, {@code var f = fn("x^2")} or
 * {@code double rate = 0.1}, taken apart by its shape alone: javac decides whether it is Java.
 *
 * @param type the type as written, {@code var} for none
 * @param name the variable's name
 * @param initializer the expression after {@code =}, never blank
 */
record Declaration(String type, String name, String initializer) {
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double");
    /** Words that cannot begin a type: a piece starting with one is something else ({@code final int x = 1} too). */
    private static final Set<String> NOT_A_TYPE = Set.of("abstract", "assert", "break", "case", "catch", "class", "const",
            "continue", "default", "do", "else", "enum", "extends", "final", "finally", "for", "goto", "if", "implements",
            "import", "instanceof", "interface", "native", "new", "package", "private", "protected", "public", "return",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "yield", "record", "sealed", "non");

    /** Whether the type is left to inference. */
    boolean inferred() {
        return type.equals("var");
    }

    /**
     * The declaration in {@code code} (a cell's piece, its last semicolon removed), or null when it is
     * not a single variable declared with an initializer and no modifier.
     */
    static Declaration of(String code) {
        Shape shape = new Shape(code);
        int typeStart = shape.blanks(0);
        int at = shape.identifier(typeStart);
        if (at < 0 || NOT_A_TYPE.contains(code.substring(typeStart, at))) {
            return null;
        }
        boolean primitive = PRIMITIVES.contains(code.substring(typeStart, at));
        while (!primitive && at < code.length() && code.charAt(at) == '.') {
            at = shape.identifier(at + 1);
            if (at < 0) {
                return null;
            }
        }
        at = shape.blanks(at);
        if (!primitive && at < code.length() && code.charAt(at) == '<') {
            at = shape.typeArguments(at);
            if (at < 0) {
                return null;
            }
        }
        int typeEnd = at;
        for (int open = shape.blanks(at); open < code.length() && code.charAt(open) == '['; open = shape.blanks(at)) {
            int close = shape.blanks(open + 1);
            if (close >= code.length() || code.charAt(close) != ']') {
                return null;
            }
            at = close + 1;
            typeEnd = at;
        }
        int nameStart = shape.blanks(at);
        if (nameStart == typeEnd && Character.isJavaIdentifierPart(code.charAt(typeEnd - 1))) {
            return null; // no blank between a type's last word and the name
        }
        int nameEnd = shape.identifier(nameStart);
        if (nameEnd < 0) {
            return null;
        }
        int equals = shape.blanks(nameEnd);
        if (equals >= code.length() || code.charAt(equals) != '=' || code.startsWith("==", equals)) {
            return null;
        }
        String type = code.substring(typeStart, typeEnd).strip();
        String initializer = code.substring(equals + 1);
        if (initializer.isBlank()) {
            return null;
        }
        return new Declaration(type, code.substring(nameStart, nameEnd), initializer);
    }

    /** Scanning helpers over one piece of code. */
    private record Shape(String code) {
        int blanks(int from) {
            int i = from;
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The end of the identifier starting at {@code from}, or -1 for none. */
        int identifier(int from) {
            if (from >= code.length() || !Character.isJavaIdentifierStart(code.charAt(from))) {
                return -1;
            }
            int i = from + 1;
            while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The end of the type arguments {@code <...>} opening at {@code from}, or -1 when they are not only that. */
        int typeArguments(int from) {
            int depth = 0;
            for (int i = from; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '<') {
                    depth++;
                } else if (c == '>') {
                    if (--depth == 0) {
                        return i + 1;
                    }
                } else if (!Character.isJavaIdentifierPart(c) && !Character.isWhitespace(c) && ".,?&[]@".indexOf(c) < 0) {
                    return -1;
                }
            }
            return -1;
        }
    }
}
