package dev.diffkernel.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the simplest cells into snippets without JShell's source analysis: a run of statements,
 * declarations and expressions with no braces, annotations, text blocks, unicode escapes or
 * control-flow keywords, such as {@code var f = fn("x^2"); f.diff() // f'(x)}. Such a cell ends a
 * snippet at every semicolon outside parentheses, brackets, literals and comments, exactly where
 * JShell's analysis would (a test holds the two to the same answer on every lecture cell).
 *
 * <p>Why: JShell's {@code SourceCodeAnalysis}, once created, indexes the whole JDK and class path
 * on a background thread, about 0.3 s of CPU that a class of kernels starting together on a shared
 * machine pays at the worst moment. Cells like these are most of a lecture's first minutes; the
 * analysis is made when a cell, a completion or an inspection first needs it.
 */
final class QuickSplit {
    /** Words that make a cell more than a run of simple snippets: JShell's analysis decides those. */
    private static final Set<String> NOT_SIMPLE = Set.of(
            "if", "else", "for", "while", "do", "switch", "case", "default", "try", "catch", "finally",
            "class", "interface", "enum", "record", "import", "package", "module", "synchronized",
            "return", "throw", "yield", "break", "continue", "assert", "abstract", "native", "sealed",
            "permits", "non");

    private QuickSplit() {}

    /**
     * The snippets of a simple cell as {start, end} offsets, each ending after its semicolon or at
     * the end of the cell, blank stretches left out; or null when the cell is not simple.
     */
    static List<int[]> spans(String cell) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean code = false; // the snippet so far has more than blanks and comments
        int i = 0;
        while (i < cell.length()) {
            char c = cell.charAt(i);
            if (c == '/' && cell.startsWith("//", i)) {
                int end = cell.indexOf('\n', i);
                i = end < 0 ? cell.length() : end;
                continue;
            }
            if (c == '/' && cell.startsWith("/*", i)) {
                int end = cell.indexOf("*/", i + 2);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
                continue;
            }
            if (!Character.isWhitespace(c) && c != ';') {
                code = true;
            }
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(cell, i);
                if (end < 0) {
                    return null;
                }
                i = end;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < cell.length() && Character.isJavaIdentifierPart(cell.charAt(end))) {
                    end++;
                }
                if (NOT_SIMPLE.contains(cell.substring(i, end))) {
                    return null;
                }
                i = end;
                continue;
            }
            switch (c) {
                case '{', '}', '@', '\\' -> {
                    return null;
                }
                case '(', '[' -> depth++;
                case ')', ']' -> {
                    if (--depth < 0) {
                        return null;
                    }
                }
                case ';' -> {
                    if (depth == 0) {
                        if (!code) {
                            return null; // an empty statement: leave it to JShell
                        }
                        spans.add(new int[] {start, i + 1});
                        start = i + 1;
                        code = false;
                    }
                }
                default -> { }
            }
            i++;
        }
        if (depth != 0) {
            return null;
        }
        if (code) {
            spans.add(new int[] {start, cell.length()});
        } else if (!spans.isEmpty() && !cell.substring(start).isBlank()) {
            spans.get(spans.size() - 1)[1] = cell.length(); // JShell keeps trailing comments with the last snippet
        }
        return spans;
    }

    /**
     * The index after the string or char literal opening at {@code quote}, or -1 if it is not a
     * plain one: a text block, one left open, or one with a unicode escape or a carriage return.
     */
    private static int endOfLiteral(String cell, int quote) {
        if (cell.startsWith("\"\"\"", quote)) {
            return -1; // a text block
        }
        int close = Brackets.literalEnd(cell, quote);
        if (close >= cell.length() || cell.charAt(close) != cell.charAt(quote)) {
            return -1;
        }
        String body = cell.substring(quote + 1, close);
        // a unicode escape is read by javac before anything else
        return body.contains("\\u") || body.indexOf('\r') >= 0 ? -1 : close + 1;
    }
}
