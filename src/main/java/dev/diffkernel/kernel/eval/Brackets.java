package dev.diffkernel.kernel.eval;

import java.util.function.IntConsumer;

/**
 * A quick look at Java source without JShell: whether it leaves a bracket, string or comment open
 * (the kernel's answer to a console's "is this complete?" while JShell is still starting; a console
 * that gets no answer within a second stops asking for the rest of the session), the last
 * character of its code once trailing comments are set aside, and whether it has a comma outside
 * brackets.
 */
public final class Brackets {
    private Brackets() {}

    /** What is still open where the code ends. */
    private enum Open { NOTHING, LINE_COMMENT, BLOCK_COMMENT, TEXT_BLOCK, LITERAL }

    /**
     * @param code Java source, never null
     * @return true when a {@code ( [ {}, a text block or a block comment is still open
     */
    public static boolean leaveOpen(String code) {
        int[] depth = {0};
        Open open = scan(code, i -> {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth[0]++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth[0]--;
            }
        });
        // an unclosed quote on a line is javac's error to report, not a sign that more input follows
        return open == Open.BLOCK_COMMENT || open == Open.TEXT_BLOCK || depth[0] > 0;
    }

    /**
     * Whether the end of {@code code} (the cursor, when code is what precedes it) lies inside a
     * string, char literal, text block or comment, where completing Java names makes no sense.
     */
    public static boolean endsInsideLiteralOrComment(String code) {
        return scan(code, i -> {}) != Open.NOTHING;
    }

    /**
     * The last character of code in {@code code}, comments and blanks aside, or 0 for none: a cell
     * piece whose last is {@code ;} hides its value even with a comment after it, {@code x; // done}
     * (IPython's rule for a trailing semicolon).
     */
    static char lastCodeChar(String code) {
        int last = lastCodeIndex(code);
        return last < 0 ? 0 : code.charAt(last);
    }

    private static int lastCodeIndex(String code) {
        int[] last = {-1};
        scan(code, i -> {
            if (!Character.isWhitespace(code.charAt(i))) {
                last[0] = i;
            }
        });
        return last[0];
    }

    /** {@code code} up to its last character of code if that is a semicolon ({@code x = 1; // one} gives {@code x = 1}), else all of it. */
    static String withoutLastSemicolon(String code) {
        int last = lastCodeIndex(code);
        return last >= 0 && code.charAt(last) == ';' ? code.substring(0, last) : code;
    }

    /** Whether {@code code} has a comma outside every bracket, literal and comment. */
    static boolean hasTopLevelComma(String code) {
        int[] depth = {0};
        boolean[] comma = {false};
        scan(code, i -> {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth[0]++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth[0]--;
            } else if (c == ',' && depth[0] == 0) {
                comma[0] = true;
            }
        });
        return comma[0];
    }

    /**
     * The names in {@code code} that Java must look up by their simple name (a variable, method or
     * type named on its own, as {@code f} and {@code plot} in {@code plot(f.diff())}), leaving out
     * names after a dot ({@code diff}), keywords, and everything inside literals and comments. A
     * cell whose simple names are all the notebook's own needs no import to compile.
     */
    static java.util.Set<String> simpleNames(String code) {
        char[] text = new char[code.length()];
        java.util.Arrays.fill(text, ' ');
        scan(code, i -> text[i] = code.charAt(i) == '"' || code.charAt(i) == '\'' ? ' ' : code.charAt(i));
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        char previous = ' '; // the last character of code before the current one, blanks aside
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length && Character.isJavaIdentifierPart(text[i])) {
                    i++;
                }
                String name = new String(text, start, i - start);
                if (previous != '.' && !KEYWORDS.contains(name)) {
                    names.add(name);
                }
                previous = 'a';
            } else if (Character.isDigit(c)) { // a number, with its suffix or exponent: 1e5, 10L, 0x1F
                while (i < text.length && (Character.isJavaIdentifierPart(text[i]) || text[i] == '.')) {
                    i++;
                }
                previous = '0';
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = c;
                }
                i++;
            }
        }
        return names;
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("abstract", "assert", "boolean", "break",
            "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record");

    /**
     * Walks {@code code}, giving {@code codeChar} the index of every character outside comments and
     * literals, and of the closing quote of each literal (the last character of that piece of code).
     */
    private static Open scan(String code, IntConsumer codeChar) {
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                if (end < 0) {
                    return Open.LINE_COMMENT;
                }
                i = end + 1;
            } else if (code.startsWith("/*", i) || code.startsWith("\"\"\"", i)) {
                String close = c == '/' ? "*/" : "\"\"\"";
                int end = code.indexOf(close, i + close.length());
                if (end < 0) {
                    return c == '/' ? Open.BLOCK_COMMENT : Open.TEXT_BLOCK;
                }
                i = end + close.length();
                if (c == '"') {
                    codeChar.accept(i - 1);
                }
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(code, i);
                if (end >= n) {
                    return Open.LITERAL;
                }
                codeChar.accept(end);
                i = end + 1;
            } else {
                codeChar.accept(i);
                i++;
            }
        }
        return Open.NOTHING;
    }

    /**
     * Where the string or char literal opening at {@code open} stops: the index of its closing
     * quote, or, when it is left open, of the end of its line or of the code (escapes skipped).
     */
    static int literalEnd(String code, int open) {
        char quote = code.charAt(open);
        int j = open + 1;
        while (j < code.length() && code.charAt(j) != quote && code.charAt(j) != '\n') {
            j += code.charAt(j) == '\\' ? 2 : 1;
        }
        return j;
    }
}
