package dev.diffkernel.kernel;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Gives memory back to the system when the kernel falls idle after work that left garbage behind.
 * JShell's compiler and the first plot leave about a hundred megabytes of dead objects in the old
 * generation, which the JVM would keep resident until the heap filled; on a hub of sixty kernels
 * that is most of a machine. So once no cell has run for {@link #IDLE_MILLIS} ms (the student is
 * reading the output) and the heap holds {@link #GROWTH_BYTES} more than after the last trim, one
 * full collection runs, and the JVM shrinks the heap to {@code MaxHeapFreeRatio} (the kernelspec
 * sets 20%). A run of cells with no pause between them ("Run All") is never interrupted by it.
 */
final class IdleHeapTrim {
    private static final Logger LOG = Logger.getLogger(IdleHeapTrim.class.getName());
    /** How long the kernel must be idle: longer than the gap between cells of "Run All". */
    static final long IDLE_MILLIS = 1000;
    /** Growth worth a collection: more than the young generation (32 MB) can hold on its own. */
    static final long GROWTH_BYTES = 48L << 20;

    private final BiFunction<Runnable, Long, Future<?>> schedule;
    private final LongSupplier heapUsed;
    private final Runnable collect;
    private Future<?> pending;
    private long usedAfterTrim;

    /**
     * @param schedule runs a task after a delay in milliseconds, off the cell's thread
     * @param heapUsed bytes of heap in use now
     * @param collect a full collection
     */
    IdleHeapTrim(BiFunction<Runnable, Long, Future<?>> schedule, LongSupplier heapUsed, Runnable collect) {
        this.schedule = schedule;
        this.heapUsed = heapUsed;
        this.collect = collect;
    }

    /** A trim of this JVM's heap with {@link System#gc()}. */
    static IdleHeapTrim ofThisJvm(ScheduledExecutorService scheduler) {
        return new IdleHeapTrim((task, millis) -> scheduler.schedule(task, millis, TimeUnit.MILLISECONDS), () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                System::gc);
    }

    /** A cell starts: a trim not yet begun waits for the next idle moment. */
    synchronized void busy() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** The kernel is idle from now on: trims after {@link #IDLE_MILLIS} ms unless a cell starts first. */
    synchronized void idle() {
        busy();
        pending = schedule.apply(this::trimIfGrown, IDLE_MILLIS);
    }

    private void trimIfGrown() {
        synchronized (this) {
            if (pending == null || pending.isCancelled()) {
                return; // a cell started after this trim was taken off the queue
            }
            pending = null;
        }
        long before = heapUsed.getAsLong();
        if (before - usedAfterTrim < GROWTH_BYTES) {
            return;
        }
        long started = System.nanoTime();
        collect.run();
        usedAfterTrim = heapUsed.getAsLong();
        LOG.fine(() -> String.format("idle: heap %d MB -> %d MB in %d ms", before >> 20, usedAfterTrim >> 20,
                (System.nanoTime() - started) / 1_000_000));
    }
}
