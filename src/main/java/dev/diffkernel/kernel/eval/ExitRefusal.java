package dev.diffkernel.kernel.eval;

/**
 * What a cell's {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} calls become:
 * cells run inside the kernel's JVM, so a real exit would end the kernel and lose the notebook's
 * variables. {@link ExitCallRewriter} points those calls here when JShell loads a snippet's class.
 *
 * <p>Public only because snippet classes, loaded by JShell's own class loader, must be able to
 * call it; not for use by anyone else.
 */
public final class ExitRefusal {
    private ExitRefusal() {}

    /** Stands in for {@code System.exit(status)}. */
    public static void exit(int status) {
        throw refusal("System.exit(" + status + ")");
    }

    /** Stands in for {@code runtime.exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw refusal("Runtime.exit(" + status + ")");
    }

    /** Stands in for {@code runtime.halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw refusal("Runtime.halt(" + status + ")");
    }

    private static SecurityException refusal(String call) {
        return new SecurityException(call + " was refused: it would end the kernel and lose this notebook's "
                + "variables. To start afresh, use Kernel > Restart.");
    }
}
