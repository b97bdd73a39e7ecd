package dev.diffkernel.kernel;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Stops a cell before it fills the heap. A real OutOfMemoryError in a cell also strikes the
 * kernel's own threads (the output flusher, ZeroMQ's I/O), and what the cell allocated usually
 * stays reachable through its variables, so the kernel would be deaf afterwards. Instead, when the
 * old generation passes {@value #LIMIT_PERCENT}% of its maximum, the running cell is stopped and
 * told why; the remaining headroom keeps the kernel working.
 */
final class MemoryGuard {
    private static final Logger LOG = Logger.getLogger(MemoryGuard.class.getName());
    static final int LIMIT_PERCENT = 85;

    private MemoryGuard() {}

    /**
     * Watches the heap and calls {@code onLimit} with a description when it passes the limit.
     *
     * @return false when this JVM offers no pool to watch
     */
    static boolean install(java.util.function.Consumer<String> onLimit) {
        boolean watching = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && max > 0) {
                pool.setUsageThreshold(max / 100 * LIMIT_PERCENT);
                watching = true;
            }
        }
        if (!watching) {
            LOG.warning("no heap pool supports a usage threshold; cells that fill the heap are not stopped early");
            return false;
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((Notification notification, Object handback) -> {
            if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                Runtime runtime = Runtime.getRuntime();
                onLimit.accept(String.format(Locale.ROOT, "the Java heap is over %d%% full (%d of %d MB)", LIMIT_PERCENT,
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20));
            }
        }, null, null);
        return true;
    }
}
