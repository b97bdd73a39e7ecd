package dev.diffkernel.kernel.eval;

/**
 * A quick look at whether Java source leaves a bracket, string or comment open, without JShell:
 * the kernel's answer to a console's "is this complete?" while JShell is still starting (a console
 * that gets no answer within a second stops asking for the rest of the session).
 */
public final class Brackets {
    private Brackets() {}

    /**
     * @param code Java source, never null
     * @return true when a {@code ( [ {}, a string, a text block or a block comment is still open
     */
    public static boolean leaveOpen(String code) {
        int depth = 0;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                if (end < 0) {
                    return true;
                }
                i = end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                if (end < 0) {
                    return true;
                }
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                i = literalEnd(code, i) + 1; // an unclosed quote on a line is javac's error to report, not more input
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
                i++;
            }
        }
        return depth > 0;
    }

    /**
     * Whether the end of {@code code} (the cursor, when code is what precedes it) lies inside a
     * string, char literal, text block or comment, where completing Java names makes no sense.
     */
    public static boolean endsInsideLiteralOrComment(String code) {
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                if (end < 0) {
                    return true;
                }
                i = end + 1;
            } else if (code.startsWith("/*", i) || code.startsWith("\"\"\"", i)) {
                String close = c == '/' ? "*/" : "\"\"\"";
                int end = code.indexOf(close, i + close.length());
                if (end < 0) {
                    return true;
                }
                i = end + close.length();
            } else if (c == '"' || c == '\'') {
                int j = literalEnd(code, i);
                if (j >= n) {
                    return true;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return false;
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
