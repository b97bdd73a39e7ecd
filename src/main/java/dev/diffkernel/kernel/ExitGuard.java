package dev.diffkernel.kernel;

import java.io.OutputStream;
import java.io.PrintStream;
import java.security.Permission;
import java.util.logging.Logger;

/**
 * Refuses {@code System.exit} and {@code Runtime.halt} from cells: user code runs inside the
 * kernel's JVM, so an exit would end the kernel and lose the notebook's variables. On JDK 17 the
 * only hook for this is a SecurityManager that permits everything else; where the JDK no longer
 * allows one (JDK 24+), the kernel runs without the guard and logs that.
 */
final class ExitGuard extends SecurityManager {
    private static final Logger LOG = Logger.getLogger(ExitGuard.class.getName());
    private static volatile boolean exitAllowed;

    private ExitGuard() {}

    @SuppressWarnings("removal")
    static void install() {
        PrintStream err = System.err;
        try {
            // JDK 17 prints a deprecation warning here; it is expected, so keep it out of the log.
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            System.setSecurityManager(new ExitGuard());
        } catch (UnsupportedOperationException | SecurityException e) {
            LOG.warning("System.exit in a cell cannot be guarded on this JDK: " + e.getMessage());
        } finally {
            System.setErr(err);
        }
    }

    /** Lets the kernel itself exit (shutdown, parent gone). */
    static void allowExit() {
        exitAllowed = true;
    }

    @Override
    public void checkExit(int status) {
        if (!exitAllowed) {
            throw new SecurityException("System.exit(" + status + ") was refused: it would end the kernel and lose "
                    + "this notebook's variables. To start afresh, use Kernel > Restart.");
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        // everything else is allowed
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        // everything else is allowed
    }
}
