package dev.diffkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdleHeapTrimTest {
    private static final long MB = 1L << 20;

    /** Scheduled tasks run when the test says so, as a scheduler would after the delay. */
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final List<CompletableFuture<Void>> futures = new ArrayList<>();
    private long heap = 100 * MB;
    private long committed = 120 * MB;
    private int collections;
    private long now = 0;
    private final IdleHeapTrim trim = new IdleHeapTrim(this::schedule, () -> heap, () -> committed, () -> {
        collections++;
        heap = 60 * MB;
        committed = 75 * MB; // MaxHeapFreeRatio=20
    }, () -> now);

    private Future<?> schedule(Runnable task, long millis) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        scheduled.add(task);
        delays.add(millis);
        futures.add(future);
        return future;
    }

    /** Runs the i-th scheduled task unless it was cancelled, as an executor does. */
    private void runScheduled(int i) {
        if (!futures.get(i).isCancelled()) {
            scheduled.get(i).run();
        }
    }

    @Test
    void collectsOnceTheKernelIsIdleAfterTheHeapGrew() {
        trim.idle();
        assertEquals(List.of(IdleHeapTrim.IDLE_MILLIS), delays);
        runScheduled(0);
        assertEquals(1, collections);
    }

    @Test
    void aCellStartingBeforeTheDelayPostponesTheTrimToTheNextIdleMoment() {
        trim.idle();
        trim.busy();
        runScheduled(0);
        assertEquals(0, collections);
        trim.idle();
        runScheduled(1);
        assertEquals(1, collections);
    }

    @Test
    void aCellStartingAfterTheTaskWasTakenOffTheQueueStillStopsIt() {
        trim.idle();
        trim.busy();
        scheduled.get(0).run(); // the executor had already started it when busy() came
        assertEquals(0, collections);
    }

    @Test
    void idleAgainWithoutGrowthDoesNotCollectAgain() {
        trim.idle();
        runScheduled(0);
        heap += IdleHeapTrim.GROWTH_BYTES - MB;
        trim.idle();
        runScheduled(1);
        assertEquals(1, collections);
        heap += 2 * MB;
        trim.idle();
        runScheduled(2);
        assertEquals(2, collections);
    }

    @Test
    void aHeapTheJvmGrewButDoesNotUseIsTrimmedThoughLittleIsInUse() {
        heap = 30 * MB;
        committed = 400 * MB; // JShell's compiler made G1 grow the heap; the garbage is collected already
        trim.idle();
        runScheduled(0);
        assertEquals(1, collections);
        heap += IdleHeapTrim.GROWTH_BYTES / 2;
        committed = heap + 15 * MB + IdleHeapTrim.SLACK_BYTES - MB;
        trim.idle();
        runScheduled(1);
        assertEquals(1, collections, "less than SLACK_BYTES beyond the slack the last trim left");
        committed += 2 * MB;
        trim.idle();
        runScheduled(2);
        assertEquals(2, collections);
    }

    @Test
    void aBigHeapInUseIsNotCollectedAgainForTheSlackItKeeps() {
        IdleHeapTrim big = new IdleHeapTrim(this::schedule, () -> heap, () -> committed, () -> {
            collections++;
            committed = heap * 5 / 4; // 400 MB of arrays in use: 100 MB of slack stay after every trim
        }, () -> now);
        heap = 400 * MB;
        committed = 1000 * MB;
        big.idle();
        runScheduled(0);
        big.busy();
        big.idle();
        runScheduled(1);
        assertEquals(1, collections);
    }

    @Test
    void idleTwiceInARowSchedulesOneTrim() {
        trim.idle();
        trim.idle();
        runScheduled(0);
        runScheduled(1);
        assertEquals(1, collections);
    }

    @Test
    void garbageThatDidNotGrowTheHeapIsTrimmedOnceAMinuteHasPassedSinceTheLastTrim() {
        trim.idle();
        runScheduled(0); // a trim while a big variable is alive: 60 MB stay
        trim.busy(); // big = null: nothing grows, the 60 MB are garbage now
        trim.idle();
        runScheduled(1);
        assertEquals(1, collections);
        now += java.util.concurrent.TimeUnit.SECONDS.toNanos(IdleHeapTrim.AT_LEAST_EVERY_SECONDS);
        trim.idle();
        runScheduled(2);
        assertEquals(2, collections);
    }

    @Test
    void anIdleKernelWhereNoCellRanIsNotCollectedAgainHoweverLongItWaits() {
        trim.idle();
        runScheduled(0);
        now += java.util.concurrent.TimeUnit.HOURS.toNanos(1);
        trim.idle();
        runScheduled(1);
        assertEquals(1, collections);
    }
}
