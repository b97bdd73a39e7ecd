package dev.diffkernel.kernel.eval;

import java.util.List;

/**
 * A cell failed: it did not compile, or it threw. Carries what Jupyter shows: the error's name (the
 * real exception class, e.g. {@code ArithmeticException}), its message, and a short traceback that
 * points at the user's own lines rather than at kernel internals.
 */
public final class CellException extends Exception {
    private final String ename;
    private final List<String> traceback;

    public CellException(String ename, String evalue, List<String> traceback) {
        super(evalue, null, false, false);
        this.ename = ename;
        this.traceback = List.copyOf(traceback);
    }

    /** The error's class name, never null. */
    public String ename() {
        return ename;
    }

    /** The error's message, never null but possibly empty. */
    public String evalue() {
        return getMessage() == null ? "" : getMessage();
    }

    /** Lines to show, without newlines; never null. */
    public List<String> traceback() {
        return traceback;
    }
}
