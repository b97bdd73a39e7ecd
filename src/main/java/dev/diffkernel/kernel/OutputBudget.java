package dev.diffkernel.kernel;

import java.util.Locale;

/**
 * How much text one cell may print (stdout and stderr together), like an editor's output limit:
 * 200 MB printed in a loop would otherwise be held in memory, sent in thousands of messages and
 * freeze the front end. What is over the limit is counted, not kept. Thread-safe.
 */
final class OutputBudget {
    /** Bytes of text a cell may print. */
    static final long LIMIT = 4L << 20;

    private long printed;
    private long cut;

    /** How many of {@code length} more bytes may still be shown; the rest is counted as cut. */
    synchronized int allow(int length) {
        long allowed = Math.max(0, Math.min(length, LIMIT - printed));
        printed += length;
        cut += length - allowed;
        return (int) allowed;
    }

    /** Starts a new cell's count; returns the note on what the last one cut, or null if nothing. */
    synchronized String reset() {
        String note = cut == 0 ? null : String.format(Locale.ROOT,
                "\n[output cut off: the cell printed %s; the first %s are shown and %s were left out]\n",
                size(printed), size(LIMIT), size(cut));
        printed = 0;
        cut = 0;
        return note;
    }

    /** The note written where the output stops, once per cell. */
    static String cutNote() {
        return String.format(Locale.ROOT, "\n[output cut off here: a cell may print at most %s; how much was left out"
                + " is said when the cell ends]\n", size(LIMIT));
    }

    static String size(long bytes) {
        if (bytes < 1 << 10) {
            return bytes + " bytes";
        }
        if (bytes < 1 << 20) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
