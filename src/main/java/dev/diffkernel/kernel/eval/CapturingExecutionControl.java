package dev.diffkernel.kernel.eval;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Logger;

/**
 * JShell's local execution engine (user code runs in this JVM, so {@code JShell.stop()} can end a
 * {@code while (true) {}} and variables survive), extended to keep the live value of the last
 * snippet instead of only its {@code toString()}: the kernel renders that object richly. Snippet
 * classes are loaded with their exit calls refused ({@link ExitCallRewriter}).
 *
 * <p>The local engine runs {@code invoke(Method)} on a thread of its own; we hand it a trampoline
 * that calls the real snippet method and remembers what it returned.
 */
final class CapturingExecutionControl extends LocalExecutionControl {
    private static final Logger LOG = Logger.getLogger(CapturingExecutionControl.class.getName());
    private static final Method TRAMPOLINE;

    static {
        try {
            TRAMPOLINE = CapturingExecutionControl.class.getMethod("trampoline");
            TRAMPOLINE.setAccessible(true); // the class is not public; the local engine calls it reflectively
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The control whose snippet is starting. The local engine makes the snippet's thread in
     * {@code super.invoke}, on the calling thread, so the value is inherited by exactly that thread.
     */
    private static final InheritableThreadLocal<CapturingExecutionControl> STARTING = new InheritableThreadLocal<>();

    /** Runs on the cell's thread the moment it runs out of memory; set once by the kernel. */
    static volatile Runnable onOutOfMemory = () -> { };

    private volatile Method pending;
    private volatile boolean threadDied;

    /** Whether the last snippet's thread died of ThreadDeath (a stop), then forgets it. */
    boolean takeThreadDeath() {
        boolean died = threadDied;
        threadDied = false;
        return died;
    }
    private volatile Object value;
    private volatile boolean stopPending;

    @Override
    protected String invoke(Method doit) throws Exception {
        STARTING.set(this);
        pending = doit;
        value = null;
        try {
            return super.invoke(TRAMPOLINE);
        } finally {
            pending = null;
            STARTING.remove();
        }
    }

    /** Told of each class JShell loads (name, class file as javac wrote it); set once by the evaluator. */
    volatile java.util.function.BiConsumer<String, byte[]> onJShellClass = (name, bytes) -> { };

    /**
     * Loads snippet classes with their exit calls pointed at {@link ExitRefusal}. Synchronized: JShell
     * may load its warm-up while the evaluator loads a compiled cell.
     */
    @Override
    public synchronized void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] guarded = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            guarded[i] = new ClassBytecodes(classes[i].name(), guard(classes[i].bytecodes()));
        }
        super.load(guarded);
        for (ClassBytecodes loaded : classes) {
            if (!loaded.name().startsWith(JavaEvaluator.CELL_CLASS_PREFIX)) {
                onJShellClass.accept(loaded.name(), loaded.bytecodes());
            }
        }
    }

    private static byte[] guard(byte[] classFile) {
        try {
            return ExitCallRewriter.rewrite(classFile);
        } catch (RuntimeException e) {
            if (!unreadableWarned) {
                unreadableWarned = true;
                LOG.warning("System.exit in cells cannot be refused on this JDK (" + e + ")");
            }
            return classFile;
        }
    }

    private static volatile boolean unreadableWarned;

    /**
     * Stops user code running on a thread JShell did not start (the kernel rendering a cell's value
     * with its {@code toString()}). JDKs before 20 can stop any thread; later ones (where
     * {@code Thread.stop} throws) make JShell weave a check of {@code REPL.$Cancel$.allStop} into
     * every loop and method of snippet classes, so raising that flag stops the user's code on any
     * thread. {@link #clearForeignStop} lowers it again.
     */
    @SuppressWarnings({"removal", "deprecation"})
    void stopForeign(Thread thread) {
        thread.interrupt(); // a toString() that sleeps or waits
        try {
            thread.stop();
        } catch (UnsupportedOperationException newerJdk) {
            setCancelFlag(true);
        }
    }

    /** Lowers the flag {@link #stopForeign} may have raised; JShell's next snippet lowers it too. */
    void clearForeignStop() {
        if (cancelRaised) {
            setCancelFlag(false);
        }
    }

    private volatile boolean cancelRaised;

    private void setCancelFlag(boolean stop) {
        try {
            findClass("REPL.$Cancel$").getField("allStop").setBoolean(null, stop);
            cancelRaised = stop;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("cannot stop user code outside a snippet on this JDK (" + e + ")");
        }
    }

    /** The value of a public static field of a class loaded here (a variable's). */
    Object staticField(String className, String field) throws ReflectiveOperationException {
        return findClass(className).getField(field).get(null);
    }

    /** A value as JShell shows a variable's: strings and characters quoted, arrays with their elements. */
    static String valueText(Object value) {
        return valueString(value);
    }

    /** A stop asked for while the snippet was still compiling: it will not start. */
    void requestStop() {
        stopPending = true;
    }

    /** Forgets an earlier stop request; called as each snippet begins. */
    void clearStop() {
        stopPending = false;
    }

    /**
     * Runs the pending snippet method. Public only so that the local engine can call it
     * reflectively; not for use by anyone else.
     */
    public static Object trampoline() throws Throwable {
        CapturingExecutionControl control = STARTING.get();
        if (control.stopPending) {
            throw new InterruptedException("stopped before it started");
        }
        // The snippet runs on a thread of a group of our own, inside JShell's (so JShell's stop still
        // reaches it): threads the cell starts join that group, which reports what they throw.
        Throwable[] failure = new Throwable[1];
        Thread cell = new Thread(new CellThreads.Group(Thread.currentThread().getThreadGroup()), () -> {
            try {
                control.value = control.pending.invoke(null);
            } catch (InvocationTargetException e) {
                failure[0] = e.getCause();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "cell");
        cell.start();
        cell.join();
        Throwable error = failure[0];
        if (error != null) {
            if (error instanceof ThreadDeath) {
                control.threadDied = true; // JShell takes it for its own stop and says nothing
            }
            if (error instanceof OutOfMemoryError) {
                onOutOfMemory.run(); // before anything else allocates: the kernel frees its reserve
            }
            throw error; // the user's own exception, as if the snippet had thrown it directly
        }
        // JShell turns what we return into its display string; the kernel uses the live value instead,
        // so spare a possibly expensive or throwing toString() here.
        return "";
    }

    /** The value the last snippet produced (null for none), then forgets it. */
    Object takeValue() {
        Object result = value;
        value = null;
        return result;
    }

    /** Hands JShell an instance of this control and remembers it for the evaluator. */
    static final class Provider implements ExecutionControlProvider {
        private volatile CapturingExecutionControl control;

        @Override
        public String name() {
            return "diffkernel-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new CapturingExecutionControl();
            return control;
        }

        CapturingExecutionControl control() {
            return control;
        }
    }
}
