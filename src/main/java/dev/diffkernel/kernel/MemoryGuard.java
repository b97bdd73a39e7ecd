package dev.diffkernel.kernel;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops a cell before it fills the heap. A real OutOfMemoryError in a cell also strikes the
 * kernel's own threads (the output flusher, ZeroMQ's I/O), and what the cell allocated usually
 * stays reachable through its variables, so the kernel would be deaf afterwards. Instead, when a
 * heap pool passes {@value #LIMIT_PERCENT}% of its maximum, the running cell is stopped and told why.
 *
 * <p>Each cell re-arms the guard: when earlier cells already keep the heap over the limit, this
 * cell's limit is half-way between what is in use and {@value #CEILING_PERCENT}%, so a second fill
 * is stopped too (the JVM's threshold notification fires only on crossing, and the heap never
 * went back below). Usage counts garbage, so a crossing is confirmed by a collection, and a cell
 * that keeps no more than it found (such as {@code big = null;}) is never stopped. The JVM notices
 * crossings at collections only, so a watcher also polls while a cell runs (and sleeps while none
 * does: a class's idle kernels should not wake a hundred times a second). A reserve of memory, let go
 * when the guard fires or the moment a cell runs out of memory anyway (and taken again once there is
 * room), leaves the kernel room to report it and go on. It is taken only once the heap is over
 * {@value #RESERVE_PERCENT}% full: below that the heap has room enough, and an array taken at the
 * first cell would be megabytes of every kernel's memory, resident for nothing.
 */
final class MemoryGuard {
    private static final Logger LOG = Logger.getLogger(MemoryGuard.class.getName());
    static final int LIMIT_PERCENT = 85;
    private static final long POLL_MILLIS = 10;
    /** Heap use, in percent of the maximum, over which the reserve is taken while a cell runs. */
    static final int RESERVE_PERCENT = 50;

    private final List<MemoryPoolMXBean> pools;
    private final Consumer<String> onLimit;
    private final long reserveBytes;
    /** Per pool, the usage over which the running cell is stopped (what it may not exceed after a GC). */
    private final long[] cellLimits;
    /**
     * The whole heap's usage when the cell started: a cell that keeps no more than that is not
     * stopped. The whole heap, not per pool, because a full collection moves what young objects
     * survive into the old pool, which would look like the cell's growth.
     */
    private volatile long cellBase;
    /** The most of a pool any cell may fill, leaving room for the kernel itself. */
    static final int CEILING_PERCENT = 95;
    private volatile byte[] reserve;
    /** A cell runs and has not been stopped for memory yet. */
    private volatile boolean armed;
    private final ScheduledExecutorService watcher;
    /** The watcher's polling while a cell runs, else null; guarded by {@code watcher}. */
    private ScheduledFuture<?> polling;

    private MemoryGuard(List<MemoryPoolMXBean> pools, Consumer<String> onLimit, ScheduledExecutorService watcher) {
        this.pools = pools;
        this.onLimit = onLimit;
        this.watcher = watcher;
        this.reserveBytes = Math.max(4L << 20, Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 32));
        this.cellLimits = new long[pools.size()];
    }

    /**
     * Watches the heap and calls {@code onLimit} with a description when a running cell passes the
     * limit; at most once per cell.
     *
     * @return the guard, or null when this JVM offers no pool to watch
     */
    static MemoryGuard install(Consumer<String> onLimit) {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && pool.getUsage().getMax() > 0) {
                pools.add(pool);
            }
        }
        if (pools.isEmpty()) {
            LOG.warning("no heap pool supports a usage threshold; cells that fill the heap are not stopped early");
            return null;
        }
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "memory-guard");
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY);
            return thread;
        });
        MemoryGuard guard = new MemoryGuard(List.copyOf(pools), onLimit, watcher);
        guard.setThresholds();
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((Notification notification, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                guard.poll();
            }
        }, null, null);
        return guard;
    }

    /** Arms the guard for a cell about to run, with limits above what earlier cells keep. */
    void cellStarting() {
        if (usedFraction() > LIMIT_PERCENT / 100.0) {
            // Nearly full at the start: collect once, so the base is what earlier cells keep, not
            // the garbage of a freed fill (which would let this cell fill the heap unseen).
            System.gc();
        }
        takeReserveIfFilling();
        setThresholds();
        armed = true;
        synchronized (watcher) {
            if (polling == null) {
                polling = watcher.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Disarms the guard; a cell that ran out of memory anyway gives the kernel the reserve. */
    void cellEnded(boolean outOfMemory) {
        armed = false;
        synchronized (watcher) {
            if (polling != null) {
                polling.cancel(false);
                polling = null;
            }
        }
        if (outOfMemory) {
            releaseReserve();
        }
    }

    /** Takes the reserve once the heap is over {@value #RESERVE_PERCENT}% full, if it has room for it. */
    private void takeReserveIfFilling() {
        double used = usedFraction();
        if (reserve == null && used > RESERVE_PERCENT / 100.0
                && used + reserveBytes / (double) Runtime.getRuntime().maxMemory() < CEILING_PERCENT / 100.0) {
            try {
                reserve = new byte[(int) reserveBytes];
            } catch (OutOfMemoryError stillFull) {
                LOG.fine("no room yet for the memory reserve");
            }
        }
    }

    /** Lets the reserve go, at once, where a cell's OutOfMemoryError is caught. */
    void releaseReserve() {
        reserve = null;
    }

    private synchronized void setThresholds() {
        cellBase = heapUsed();
        for (int i = 0; i < pools.size(); i++) {
            MemoryPoolMXBean pool = pools.get(i);
            try {
                long max = pool.getUsage().getMax();
                long used = pool.getUsage().getUsed();
                cellLimits[i] = Math.min(max / 100 * CEILING_PERCENT, Math.max(max / 100 * LIMIT_PERCENT, used + (max - used) / 2));
                pool.setUsageThreshold(cellLimits[i]);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "setting a usage threshold", e);
            }
        }
    }

    /**
     * Over a threshold: collect, and stop the cell if what is left is still over its limit. Usage
     * counts garbage too, so a cell that merely churns, on a heap that earlier cells keep nearly
     * full, is not stopped; the threshold then moves half-way to the maximum.
     */
    private synchronized void check() {
        boolean over = false;
        for (MemoryPoolMXBean pool : pools) {
            over |= pool.getUsage().getUsed() > pool.getUsageThreshold();
        }
        if (!over || !armed) {
            return;
        }
        System.gc();
        boolean grew = heapUsed() > cellBase + Runtime.getRuntime().maxMemory() / 100;
        for (int i = 0; i < pools.size(); i++) {
            MemoryPoolMXBean pool = pools.get(i);
            long used = pool.getUsage().getUsed();
            long max = pool.getUsage().getMax();
            if (used > cellLimits[i] && grew) {
                fire();
                return;
            }
            pool.setUsageThreshold(Math.max(cellLimits[i], Math.min(max - 1, used + (max - used) / 2)));
        }
    }

    /** What every heap pool holds (young and old), which a collection moving objects between them does not change. */
    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private double usedFraction() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (double) runtime.maxMemory();
    }

    private void poll() {
        if (!armed) {
            return;
        }
        try {
            takeReserveIfFilling();
            check();
        } catch (Throwable t) { // this thread must outlive a full heap
            reserve = null;
            try {
                fire(); // checking failed for want of memory: the heap is full, whatever the pools said
            } catch (Throwable stillFull) {
                // the next poll tries again, with the reserve's room
            }
        }
    }

    private void fire() {
        if (!armed) {
            return;
        }
        armed = false;
        reserve = null; // room for the kernel to stop the cell and say why
        Runtime runtime = Runtime.getRuntime();
        onLimit.accept(String.format(Locale.ROOT, "the Java heap is over %d%% full (%d of %d MB)",
                Math.min(99, Math.round(usedFraction() * 100)),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20));
    }
}
