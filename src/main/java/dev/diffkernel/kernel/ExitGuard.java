package dev.diffkernel.kernel;

import java.io.OutputStream;
import java.lang.reflect.Field;
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
        // JDK 17 prints a four-line deprecation warning to the JVM's initial stderr, which
        // `jupyter console` shows to the user. It is expected here, so silence that one print
        // (possible when kernel.json opens java.lang, as install.sh's kernelspec does).
        Field initialErr = initialErrStream();
        Object saved = null;
        try {
            if (initialErr != null) {
                saved = initialErr.get(null);
                initialErr.set(null, new PrintStream(OutputStream.nullOutputStream()));
            }
            System.setSecurityManager(new ExitGuard());
        } catch (UnsupportedOperationException | SecurityException | IllegalAccessException e) {
            LOG.warning("System.exit in a cell cannot be guarded on this JDK: " + e.getMessage());
        } finally {
            if (initialErr != null) {
                try {
                    initialErr.set(null, saved);
                } catch (IllegalAccessException e) {
                    LOG.fine("could not restore System.initialErrStream: " + e);
                }
            }
        }
    }

    private static Field initialErrStream() {
        try {
            Field field = System.class.getDeclaredField("initialErrStream");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // not opened: the JDK's warning will show, nothing worse
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
