package dev.diffkernel.optim.internal;

import dev.diffkernel.common.Numbers;

import dev.diffkernel.optim.History;
import dev.diffkernel.optim.Optimizer;
import dev.diffkernel.optim.Outcome;
import dev.diffkernel.optim.Progress;
import dev.diffkernel.optim.Run;
import dev.diffkernel.optim.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * The descent loop: steps, records every point, watches for divergence and convergence, reports progress
 * of long runs, and writes the verdict. Internal; the DSL reaches it through {@code GradientDescent.run()}.
 */
public final class Engine {
    /**
     * Beyond this magnitude of f or of a coordinate the run is stopped as diverged; well below overflow,
     * so no NaN or 1e+300 ever reaches a table.
     */
    public static final double BLOW_UP = 1e100;
    /** A run whose f changed by less than this share of its size barely moved. */
    static final double BARELY = 1e-6;
    /** The last steps looked at for oscillation. */
    static final int WINDOW = 20;
    /** Over the window, |∇f| of an oscillating run shrinks by less than this factor (a converging zig-zag shrinks fast). */
    static final double STUCK = 0.3;
    /** Progress appears only for runs longer than this, and is then refreshed this often. */
    static final long SHOW_AFTER_NANOS = 500_000_000L;
    static final long REFRESH_NANOS = 200_000_000L;

    /** Writes ∇f(x) into out; x must not be changed. */
    @FunctionalInterface
    public interface GradientFn {
        void gradient(double[] x, double[] out);
    }

    private Engine() {}

    /**
     * Runs a descent.
     *
     * @param objective what to minimise, never null
     * @param settings how, never null
     * @param start the start point, not changed, of the objective's dimension
     * @param gradient the gradient the settings name, never null
     * @param sink where progress of long runs goes, never null
     * @return the run, never null
     * @throws IllegalArgumentException if f or its gradient is not finite at the start
     * @throws CancellationException if the thread is interrupted during the run
     */
    public static Run run(Objective objective, Settings settings, double[] start, GradientFn gradient,
                          ProgressSink sink) {
        return new Loop(objective, settings, start, gradient, sink).run();
    }

    private static final class Loop {
        private final Objective objective;
        private final Settings settings;
        private final GradientFn gradientFn;
        private final ProgressSink sink;
        private final int n;
        private final double[] x;
        private final double[] g;
        private final double[] scratch;
        private double[] points;
        private double[] values;
        private double[] norms;
        private int size;
        private final long startNanos = System.nanoTime();
        private long lastCheck = startNanos;
        private long lastShown;
        private boolean shown;
        private int stride = 1;
        private int countdown = 1;
        private int firstZeroGradient = -1;

        Loop(Objective objective, Settings settings, double[] start, GradientFn gradient, ProgressSink sink) {
            this.objective = objective;
            this.settings = settings;
            this.gradientFn = gradient;
            this.sink = sink;
            this.n = start.length;
            this.x = start.clone();
            this.g = new double[n];
            this.scratch = new double[n];
            int capacity = (int) Math.min(settings.maxSteps() + 1L, 1024);
            this.points = new double[capacity * n];
            this.values = new double[capacity];
            this.norms = new double[capacity];
        }

        Run run() {
            double f = value(x);
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("f is not finite at the start " + Numbers.numpyPoint(x) + ": f = "
                        + Numbers.numpy(f) + "; start where " + objective.label() + " is defined");
            }
            gradient(x);
            double norm = norm(g);
            if (!Double.isFinite(norm)) {
                throw new IllegalArgumentException("the gradient is not finite at the start " + Numbers.numpyPoint(x)
                        + ": " + Numbers.numpyPoint(g) + "; start where " + objective.label() + " is smooth");
            }
            vanishingStep(x);
            record(f, norm);
            double lr = settings.learningRate();
            double tolerance = settings.tolerance();
            Optimizer optimizer = settings.optimizer();
            double beta = optimizer instanceof Optimizer.Momentum momentum ? momentum.beta() : 0;
            Optimizer.Adam adam = optimizer instanceof Optimizer.Adam a ? a : null;
            double[] v = optimizer instanceof Optimizer.Plain ? null : new double[n];
            double[] m = adam == null ? null : new double[n];
            double beta1Power = 1;
            double beta2Power = 1;
            for (int step = 1; step <= settings.maxSteps(); step++) {
                if (tolerance > 0 && norm <= tolerance) {
                    return finish(Outcome.CONVERGED, converged(step - 1, norm));
                }
                if (optimizer instanceof Optimizer.Plain) {
                    for (int i = 0; i < n; i++) {
                        x[i] -= lr * g[i];
                    }
                } else if (optimizer instanceof Optimizer.Momentum) {
                    for (int i = 0; i < n; i++) {
                        v[i] = beta * v[i] - lr * g[i];
                        x[i] += v[i];
                    }
                } else if (adam != null) {
                    beta1Power *= adam.beta1();
                    beta2Power *= adam.beta2();
                    for (int i = 0; i < n; i++) {
                        m[i] = adam.beta1() * m[i] + (1 - adam.beta1()) * g[i];
                        v[i] = adam.beta2() * v[i] + (1 - adam.beta2()) * g[i] * g[i];
                        double mHat = m[i] / (1 - beta1Power);
                        double vHat = v[i] / (1 - beta2Power);
                        x[i] -= lr * mHat / (Math.sqrt(vHat) + adam.epsilon());
                    }
                } else {
                    throw new AssertionError(optimizer);
                }
                f = allFinite(x) ? value(x) : Double.NaN;
                if (Double.isFinite(f)) {
                    gradient(x);
                    norm = norm(g);
                }
                if (!Double.isFinite(f) || !Double.isFinite(norm)) {
                    return finish(Outcome.DIVERGED, notFinite(step, f, norm));
                }
                if (norm == 0 && stopped()) {
                    // ∇f = 0 and the last step did not move x: momentum's or Adam's leftover step only
                    // shrinks from here, so every further step would repeat the point
                    return finish(Outcome.CONVERGED, "Converged after " + (step - 1) + (step == 2 ? " step" : " steps")
                            + ": |∇f| = 0 and the point stopped moving.");
                }
                record(f, norm);
                if (norm == 0 && firstZeroGradient < 0) {
                    firstZeroGradient = step;
                }
                if (Math.abs(f) > BLOW_UP || maxAbs(x) > BLOW_UP) {
                    return finish(Outcome.DIVERGED, blownUp(step, f));
                }
                if (--countdown == 0) {
                    check(step, f, norm);
                }
            }
            return judgeFullRun(norm);
        }

        private Run judgeFullRun(double norm) {
            int steps = size - 1;
            double f0 = values[0];
            double fEnd = values[steps];
            double lr = settings.learningRate();
            if (fEnd - f0 > Math.max(Math.abs(f0), Double.MIN_NORMAL)) {
                int firstRise = 1;
                while (values[firstRise] <= f0) {
                    firstRise++;
                }
                return finish(Outcome.DIVERGED, "Diverged: f rose from " + Numbers.brief(f0) + " to "
                        + Numbers.brief(fEnd) + " in " + steps + " steps (first rise at step " + firstRise + ": f = "
                        + Numbers.brief(values[firstRise]) + "). " + tooLarge(lr) + vanished());
            }
            if (norm <= settings.tolerance()) {
                return finish(Outcome.CONVERGED, converged(steps, norm));
            }
            String oscillation = oscillation(steps, norm);
            if (oscillation != null) {
                return finish(Outcome.OSCILLATED, oscillation);
            }
            double change = Math.abs(fEnd - f0);
            double scale = Math.max(Math.abs(f0), Math.abs(fEnd));
            if (scale > 0 && change <= BARELY * scale) {
                double share = change / Math.abs(f0 == 0 ? fEnd : f0);
                String suggestion = share > 0
                        ? "try about " + Numbers.numpy(powerOfTenBelow(lr * 0.5 / share)) + "."
                        : "try a much larger one.";
                return finish(Outcome.BARELY_MOVED, "Barely moved: f " + (fEnd <= f0 ? "fell" : "rose") + " by only "
                        + Numbers.brief(change) + " in " + steps + " steps, " + Numbers.brief(share)
                        + " of its start value " + Numbers.brief(f0) + ". The learning rate " + Numbers.numpy(lr)
                        + " is probably too small; " + suggestion);
            }
            return finish(Outcome.FINISHED, "Took all " + steps + " steps: f " + (fEnd <= f0 ? "fell" : "rose")
                    + " from " + Numbers.brief(f0) + " to " + Numbers.brief(fEnd) + "; |∇f| = "
                    + Numbers.brief(norm) + " at the end.");
        }

        /**
         * Whether the point did not move in the last step. Not for the numerical gradient, whose 0 far from a minimum is
         * rounding (the notes' lr = 10 run), which {@link #vanished()} explains instead.
         */
        private boolean stopped() {
            if (settings.gradient() == dev.diffkernel.optim.GradientKind.NUMERICAL || size < 1) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (x[i] != points[(size - 1) * n + i]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The verdict for a run whose last steps reverse direction again and again while |∇f| hardly shrinks:
         * every step overshoots, so the rate is too large, never too small. Null if the run does not oscillate.
         */
        private String oscillation(int steps, double norm) {
            int window = Math.min(WINDOW, steps);
            if (window < 4 || !(norm > STUCK * norms[steps - window])) {
                return null;
            }
            int reversals = 0;
            for (int k = steps - window + 2; k <= steps; k++) {
                double dot = 0;
                double a = 0;
                double b = 0;
                for (int i = 0; i < n; i++) {
                    double now = points[k * n + i] - points[(k - 1) * n + i];
                    double before = points[(k - 1) * n + i] - points[(k - 2) * n + i];
                    dot += now * before;
                    a += now * now;
                    b += before * before;
                }
                if (dot < -0.5 * Math.sqrt(a) * Math.sqrt(b)) {
                    reversals++;
                }
            }
            if (reversals < 0.8 * (window - 1)) {
                return null;
            }
            double lr = settings.learningRate();
            double fEarlier = values[steps - window];
            double fEnd = values[steps];
            String advice = "The learning rate " + Numbers.numpy(lr) + " is too large; try " + Numbers.numpy(lr / 2)
                    + " or smaller.";
            if (fEarlier - fEnd <= BARELY * Math.max(Math.abs(fEarlier), Math.abs(fEnd))) {
                return "Oscillated: the point jumps back and forth across the minimum, between "
                        + Numbers.numpyPoint(java.util.Arrays.copyOfRange(points, (steps - 1) * n, steps * n)) + " and "
                        + Numbers.numpyPoint(java.util.Arrays.copyOfRange(points, steps * n, (steps + 1) * n))
                        + " at the end, and f stays at " + Numbers.brief(fEnd) + ". " + advice;
            }
            return "Zig-zagged for " + steps + " steps: each step overshoots and the point crosses the valley back"
                    + " and forth; f fell from " + Numbers.brief(values[0]) + " to " + Numbers.brief(fEnd)
                    + " but |∇f| = " + Numbers.brief(norm) + " at the end (" + Numbers.brief(norms[steps - window])
                    + " " + window + " steps before). " + advice.substring(0, advice.length() - 1)
                    + (settings.optimizer() instanceof Optimizer.Plain ? ", or add .momentum(0.9)." : ".");
        }

        /**
         * Why a numerical gradient read 0 far from a minimum: beyond |x| ≈ h·2^52, x + h rounds back to x. This
         * is what stops the notes' lr = 10 run at -2.58983747e+13 instead of overflowing.
         */
        private String vanished() {
            if (settings.gradient() != dev.diffkernel.optim.GradientKind.NUMERICAL || firstZeroGradient < 0) {
                return "";
            }
            double largest = 0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(points[firstZeroGradient * n + i]));
            }
            return " From step " + firstZeroGradient + " on the numerical gradient reads 0: at |x| = "
                    + Numbers.brief(largest) + ", x + h rounds back to x (h = " + Numbers.numpy(settings.h())
                    + "), so the point stopped moving.";
        }

        /**
         * A step h below the spacing of doubles at the start makes x + h round back to x: the
         * numerical gradient reads 0 and the run would claim to have converged wherever it started.
         */
        private void vanishingStep(double[] start) {
            if (settings.gradient() != dev.diffkernel.optim.GradientKind.NUMERICAL) {
                return;
            }
            for (int i = 0; i < n; i++) {
                if (start[i] + settings.h() == start[i] || start[i] - settings.h() == start[i]) {
                    throw new IllegalArgumentException("h = " + Numbers.numpy(settings.h()) + " is too small at the start "
                            + Numbers.numpyPoint(start) + ": x + h rounds back to x there (doubles near "
                            + Numbers.brief(start[i]) + " are " + Numbers.numpy(Math.ulp(start[i])) + " apart), so the"
                            + " numerical gradient would read 0 and the run would seem to converge at once; use a"
                            + " larger h, such as the default 1e-4");
                }
            }
        }

        private String converged(int steps, double norm) {
            return "Converged after " + steps + (steps == 1 ? " step" : " steps") + ": |∇f| = " + Numbers.brief(norm)
                    + " ≤ tolerance " + Numbers.numpy(settings.tolerance()) + ".";
        }

        private String notFinite(int step, double f, double norm) {
            if (f == Double.NEGATIVE_INFINITY) {
                return "Diverged at step " + step + ": f fell without bound to -Infinity (it was "
                        + Numbers.brief(values[0]) + " at the start); the run ends at step " + (step - 1)
                        + ", the last finite point. f may have no minimum.";
            }
            String what = Double.isFinite(f) ? "|∇f| = " + Numbers.numpy(norm) : "f = " + Numbers.numpy(f);
            return "Diverged at step " + step + ": " + what + " (f was " + Numbers.brief(values[0])
                    + " at the start); the run ends at step " + (step - 1) + ", the last finite point. "
                    + tooLarge(settings.learningRate());
        }

        private String blownUp(int step, double f) {
            if (f < values[0] && f < -BLOW_UP) {
                return "Diverged at step " + step + ": f fell without bound to " + Numbers.brief(f) + " (it was "
                        + Numbers.brief(values[0]) + " at the start); f may have no minimum.";
            }
            return "Diverged at step " + step + ": f = " + Numbers.brief(f) + " (it was " + Numbers.brief(values[0])
                    + " at the start). " + tooLarge(settings.learningRate());
        }

        private static String tooLarge(double lr) {
            return "The learning rate " + Numbers.numpy(lr) + " is too large; try " + Numbers.numpy(lr / 10) + " or smaller.";
        }

        private static double powerOfTenBelow(double value) {
            return Double.parseDouble("1e" + (int) Math.floor(Math.log10(value)));
        }

        private Run finish(Outcome outcome, String reason) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            if (shown) {
                int last = size - 1;
                sink.show(new Progress(objective.label(), last, settings.maxSteps(), values[last], norms[last],
                        elapsed, true));
            }
            History history = History.of(n, size, points, values, norms);
            return new Run(objective.function(), objective.label(), objective.variables(), objective.matrixShape(), settings, history,
                    outcome, reason, elapsed);
        }

        /** Every so often: stop if interrupted, and show progress once the run has taken a while. */
        private void check(int step, double f, double norm) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("gradient descent on " + objective.label()
                        + " was interrupted at step " + step + " of " + settings.maxSteps());
            }
            long now = System.nanoTime();
            long sinceLast = now - lastCheck;
            lastCheck = now;
            if (sinceLast < 1_000_000L) {
                stride = Math.min(stride * 2, 1 << 16);
            } else if (sinceLast > 50_000_000L) {
                stride = Math.max(1, stride / 2);
            }
            countdown = stride;
            // at the last step the done snapshot follows at once: an update there would repeat its step
            if (step < settings.maxSteps() && now - startNanos >= SHOW_AFTER_NANOS && (!shown || now - lastShown >= REFRESH_NANOS)) {
                shown = true;
                lastShown = now;
                sink.show(new Progress(objective.label(), step, settings.maxSteps(), f, norm,
                        Duration.ofNanos(now - startNanos), false));
            }
        }

        private double value(double[] point) {
            System.arraycopy(point, 0, scratch, 0, n);
            return objective.value().applyAsDouble(scratch);
        }

        private void gradient(double[] point) {
            gradientFn.gradient(point, g);
        }

        private void record(double f, double norm) {
            if (size == values.length) {
                int capacity = (int) Math.min(settings.maxSteps() + 1L, 2L * size);
                points = Arrays.copyOf(points, capacity * n);
                values = Arrays.copyOf(values, capacity);
                norms = Arrays.copyOf(norms, capacity);
            }
            System.arraycopy(x, 0, points, size * n, n);
            values[size] = f;
            norms[size] = norm;
            size++;
        }

        private static boolean allFinite(double[] point) {
            for (double c : point) {
                if (!Double.isFinite(c)) {
                    return false;
                }
            }
            return true;
        }

        private static double maxAbs(double[] point) {
            double max = 0;
            for (double c : point) {
                max = Math.max(max, Math.abs(c));
            }
            return max;
        }

        /** The Euclidean norm, without overflow for large components. */
        static double norm(double[] v) {
            double sum = 0;
            for (double c : v) {
                sum += c * c;
            }
            if (Double.isFinite(sum) || !allFinite(v)) {
                return Math.sqrt(sum);
            }
            double scale = maxAbs(v);
            double scaled = 0;
            for (double c : v) {
                scaled += (c / scale) * (c / scale);
            }
            return scale * Math.sqrt(scaled);
        }
    }
}
