package dev.diffkernel.kernel.magic;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The measurement behind {@code %timeit}: calibrates a loop count so one run takes at least 0.2 s,
 * then times seven runs. Public because cells call it; use {@code %timeit} instead. The system
 * property {@code diffkernel.timeit.runSeconds} changes the 0.2 s, so tests need not spend seconds.
 *
 * @param meanSeconds mean time of one loop, in seconds
 * @param stdDevSeconds standard deviation of the per-loop time across runs, in seconds
 * @param runs how many runs were timed
 * @param loops loops per run
 */
public record TimeIt(double meanSeconds, double stdDevSeconds, int runs, long loops) {
    private static final int RUNS = 7;
    private static final double TARGET_RUN_SECONDS = runSeconds(System.getProperty("diffkernel.timeit.runSeconds"));
    /** Results are folded in here so that the JIT cannot prove the timed code useless. */
    private static volatile int sink;

    /** Times a statement. */
    public static TimeIt measure(Runnable code) {
        return measure(() -> {
            code.run();
            return null;
        });
    }

    /** Times an expression. */
    public static TimeIt measure(Supplier<Object> code) {
        long loops = 1;
        while (true) {
            double seconds = run(code, loops);
            if (seconds >= TARGET_RUN_SECONDS || loops >= 1L << 40) {
                break;
            }
            loops *= seconds < TARGET_RUN_SECONDS / 10 ? 10 : 2;
        }
        double[] perLoop = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            perLoop[i] = run(code, loops) / loops;
        }
        double mean = Arrays.stream(perLoop).average().orElse(0);
        double variance = Arrays.stream(perLoop).map(t -> (t - mean) * (t - mean)).sum() / Math.max(1, RUNS - 1);
        return new TimeIt(mean, Math.sqrt(variance), RUNS, loops);
    }

    private static double runSeconds(String property) {
        try {
            double seconds = property == null ? 0.2 : Double.parseDouble(property);
            return seconds > 0 && seconds <= 60 ? seconds : 0.2;
        } catch (NumberFormatException e) {
            return 0.2;
        }
    }

    private static double run(Supplier<Object> code, long loops) {
        int hash = 0;
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            Object value = code.get();
            hash += value == null ? 0 : 1;
        }
        long elapsed = System.nanoTime() - start;
        sink += hash;
        return elapsed / 1e9;
    }

    /** Seconds in the unit that reads best: s, ms, µs or ns. */
    public static String format(double seconds) {
        if (seconds >= 1) {
            return String.format(Locale.ROOT, "%.3g s", seconds);
        } else if (seconds >= 1e-3) {
            return String.format(Locale.ROOT, "%.3g ms", seconds * 1e3);
        } else if (seconds >= 1e-6) {
            return String.format(Locale.ROOT, "%.3g µs", seconds * 1e6);
        }
        return String.format(Locale.ROOT, "%.3g ns", seconds * 1e9);
    }

    @Override
    public String toString() {
        return format(meanSeconds) + " ± " + format(stdDevSeconds) + " per loop (mean ± std. dev. of "
                + runs + " runs, " + loops + (loops == 1 ? " loop" : " loops") + " each)";
    }
}
