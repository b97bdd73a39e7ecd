package dev.diffkernel.kernel.eval;

/**
 * Threads a cell starts would run in JShell's thread group, whose handler swallows their uncaught
 * exceptions: a failing background thread would vanish without a word. Snippets run in a
 * {@link Group} instead, which prints such an exception to System.err as Java does outside JShell
 * (the text goes to the cell that is running, or to the last one).
 */
final class CellThreads {
    private CellThreads() {}

    /** The thread group of one snippet and every thread it starts. */
    static final class Group extends ThreadGroup {
        @SuppressWarnings("deprecation")
        Group(ThreadGroup parent) {
            super(parent, "cell");
            setDaemon(true); // before JDK 19, a group is kept until destroyed; this one goes with its last thread
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            if (error instanceof ThreadDeath) {
                return; // stopped by Kernel > Interrupt: that is no news
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" (started by a cell) ");
            error.printStackTrace(System.err);
        }
    }
}
