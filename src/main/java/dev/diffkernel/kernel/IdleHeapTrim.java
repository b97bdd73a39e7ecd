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
 * reading the output) and the heap holds {@link #GROWTH_BYTES} more than after the last trim, or
 * the JVM holds {@link #SLACK_BYTES} more of heap it does not use than after it (the JVM grows the heap
 * while JShell compiles and keeps it, its pages resident, even when little of it stays in use), one
 * full collection runs, and the JVM shrinks the heap to {@code MaxHeapFreeRatio} (the kernelspec
 * sets 20%). Garbage that did not grow the heap (a cell that sets a big variable to null after a
 * trim) is found by the same trim at most {@link #AT_LEAST_EVERY_SECONDS} s later, once cells have
 * run. A run of cells with no pause between them ("Run All") is never interrupted by it.
 */
final class IdleHeapTrim {
    private static final Logger LOG = Logger.getLogger(IdleHeapTrim.class.getName());
    /** How long the kernel must be idle: longer than the gap between cells of "Run All". */
    static final long IDLE_MILLIS = 1000;
    /** Growth worth a collection: more than the young generation (32 MB) can hold on its own. */
    static final long GROWTH_BYTES = 48L << 20;
    /** Growth of the committed heap beyond what is in use that is worth giving back. */
    static final long SLACK_BYTES = 64L << 20;
    /** After cells ran, a trim at the next idle moment this long after the last one, grown or not. */
    static final long AT_LEAST_EVERY_SECONDS = 60;

    private final BiFunction<Runnable, Long, Future<?>> schedule;
    private final LongSupplier heapUsed;
    private final LongSupplier heapCommitted;
    private final Runnable collect;
    private final LongSupplier nanoTime;
    private Future<?> pending;
    private long usedAfterTrim;
    private long slackAfterTrim;
    private long lastTrim;
    private boolean cellsSinceTrim;

    /**
     * @param schedule runs a task after a delay in milliseconds, off the cell's thread
     * @param heapUsed bytes of heap in use now
     * @param heapCommitted bytes of heap the JVM holds now
     * @param collect a full collection
     * @param nanoTime a monotonic clock, as {@link System#nanoTime()}
     */
    IdleHeapTrim(BiFunction<Runnable, Long, Future<?>> schedule, LongSupplier heapUsed, LongSupplier heapCommitted,
                 Runnable collect, LongSupplier nanoTime) {
        this.schedule = schedule;
        this.heapUsed = heapUsed;
        this.heapCommitted = heapCommitted;
        this.collect = collect;
        this.nanoTime = nanoTime;
        this.lastTrim = nanoTime.getAsLong();
    }

    /** A trim of this JVM's heap with {@link System#gc()}. */
    static IdleHeapTrim ofThisJvm(ScheduledExecutorService scheduler) {
        var memory = ManagementFactory.getMemoryMXBean();
        return new IdleHeapTrim((task, millis) -> scheduler.schedule(task, millis, TimeUnit.MILLISECONDS),
                () -> memory.getHeapMemoryUsage().getUsed(), () -> memory.getHeapMemoryUsage().getCommitted(),
                System::gc, System::nanoTime);
    }

    /** A cell starts: a trim not yet begun waits for the next idle moment. */
    synchronized void busy() {
        cellsSinceTrim = true;
        cancelPending();
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** The kernel is idle from now on: trims after {@link #IDLE_MILLIS} ms unless a cell starts first. */
    synchronized void idle() {
        cancelPending();
        pending = schedule.apply(this::trimIfWorthIt, IDLE_MILLIS);
    }

    private void trimIfWorthIt() {
        boolean due;
        synchronized (this) {
            if (pending == null || pending.isCancelled()) {
                return; // a cell started after this trim was taken off the queue
            }
            pending = null;
            due = cellsSinceTrim && nanoTime.getAsLong() - lastTrim >= TimeUnit.SECONDS.toNanos(AT_LEAST_EVERY_SECONDS);
        }
        long before = heapUsed.getAsLong();
        boolean grown = before - usedAfterTrim >= GROWTH_BYTES;
        boolean slack = heapCommitted.getAsLong() - before - slackAfterTrim >= SLACK_BYTES;
        if (!grown && !slack && !due) {
            return;
        }
        long started = nanoTime.getAsLong();
        collect.run();
        long after = heapUsed.getAsLong();
        long committed = heapCommitted.getAsLong();
        long ended = nanoTime.getAsLong();
        synchronized (this) {
            usedAfterTrim = after;
            slackAfterTrim = committed - after;
            lastTrim = ended;
            cellsSinceTrim = false;
        }
        LOG.fine(() -> String.format("idle: heap %d MB -> %d MB (%d MB held) in %d ms", before >> 20, after >> 20,
                committed >> 20, (ended - started) / 1_000_000));
    }
}
