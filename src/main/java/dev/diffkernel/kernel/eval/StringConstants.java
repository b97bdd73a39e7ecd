package dev.diffkernel.kernel.eval;

/**
 * Finds string literals too long for a class file's constant pool (65,535 bytes of modified
 * UTF-8) before javac sees them. javac reports such a constant, but inside JShell the constant then
 * stays in the reused compiler's pool and every later cell fails to compile, so the kernel must
 * refuse the cell instead of compiling it.
 */
final class StringConstants {
    /** The most bytes a class-file constant (CONSTANT_Utf8) can hold. */
    static final int LIMIT = 65_535;

    private StringConstants() {}

    /**
     * The offset of the first string literal or text block in {@code source} whose value is longer
     * than {@link #LIMIT} bytes, or -1 when there is none. Comments and char literals are skipped.
     */
    static int firstTooLong(String source) {
        int n = source.length();
        if (n <= LIMIT / 3) {
            return -1; // fast path: no literal in so short a text can reach the limit
        }
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = endOfLine(source, i);
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int start = i;
                int bytes = 0;
                i += block ? 3 : 1;
                while (i < n && !(block ? source.startsWith("\"\"\"", i) : source.charAt(i) == '"' || source.charAt(i) == '\n')) {
                    char d = source.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        i++; // an escape stands for one character; count it as one byte
                        d = 'x';
                    }
                    bytes += d != 0 && d < 0x80 ? 1 : d < 0x800 ? 2 : 3;
                    i++;
                }
                if (bytes > LIMIT) {
                    return start;
                }
                i += block ? 3 : 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int endOfLine(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static int skipQuoted(String source, int from, char quote) {
        int i = from + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
