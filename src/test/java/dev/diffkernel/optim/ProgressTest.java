package dev.diffkernel.optim;

import static dev.diffkernel.optim.Descent.gradientDescent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Long runs show progress in place and stop when the cell is interrupted. */
class ProgressTest {
    /** x0² + x1², slowed down to about {@code micros} per evaluation. */
    private static ToDoubleFunction<double[]> slowBowl(long micros) {
        return x -> {
            long until = System.nanoTime() + micros * 1000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return x[0] * x[0] + x[1] * x[1];
        };
    }

    @Test
    void aLongRunShowsThrottledProgressAndEndsWithADoneSnapshot() {
        List<Progress> shown = new CopyOnWriteArrayList<>();
        // 5 evaluations per step (f and the central difference) of 0.3 ms: about 0.75 s for 500 steps
        Run run = gradientDescent(slowBowl(300), -3.0, 4.0).lr(0.001).steps(500).progressTo(() -> shown::add).run();
        assertFalse(shown.isEmpty());
        assertTrue(shown.size() <= 2 + run.elapsed().toMillis() / 200, "too many updates: " + shown.size());
        Progress last = shown.get(shown.size() - 1);
        assertTrue(last.done());
        assertEquals(500, last.step());
        assertEquals(run.endValue(), last.value());
        for (int i = 0; i + 1 < shown.size(); i++) {
            assertFalse(shown.get(i).done());
            assertTrue(shown.get(i).elapsed().compareTo(Duration.ofMillis(500)) >= 0);
            assertTrue(shown.get(i).step() < shown.get(i + 1).step());
        }
    }

    @Test
    void aShortRunShowsNothing() {
        List<Progress> shown = new CopyOnWriteArrayList<>();
        gradientDescent(x -> x[0] * x[0], 1.0).steps(1000).progressTo(() -> shown::add).run();
        assertEquals(List.of(), shown);
    }

    @Test
    void interruptingTheCellThreadStopsTheRun() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread cell = new Thread(() -> {
            try {
                gradientDescent(slowBowl(100), -3.0, 4.0).lr(0.001).steps(1_000_000).quiet().run();
            } catch (Throwable e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        cell.start();
        Thread.sleep(200);
        long interruptedAt = System.nanoTime();
        cell.interrupt();
        cell.join(5000);
        assertFalse(cell.isAlive());
        assertTrue(System.nanoTime() - interruptedAt < 1_000_000_000L);
        CancellationException e = assertInstanceOf(CancellationException.class, thrown.get());
        assertTrue(e.getMessage().matches("gradient descent on f\\(x0, x1\\) was interrupted at step \\d+ of 1000000"),
                e.getMessage());
        assertTrue(stillInterrupted.get(), "the interrupt flag is kept for the caller");
    }

    @Test
    void progressReadsAsOneLine() {
        Progress progress = new Progress("f(x0, x1)", 1200, 10000, 0.0123, 0.5, Duration.ofMillis(1200), false);
        assertEquals("gradient descent on f(x0, x1): step 1200 of 10000 (12%), f = 0.0123, |∇f| = 0.5, 1.2 s",
                progress.toString());
    }
}
