package dev.diffkernel.bench;

import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.optim.Descent.gradientDescent;

import dev.diffkernel.optim.GradientDescent;
import dev.diffkernel.optim.Run;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps per second of {@code gradientDescent} against the lecture notes' NumPy {@code gradient_descent}
 * on the notes' own problem (x0² + x1² from (−3, 4), lr = 0.1, 100 steps per run), in one run: this
 * program times the Java side, then starts {@code bench/descent_numpy.py} and prints one table with
 * the ratio. Both sides are timed in CPU time of the measuring thread/process, which stays steady on a
 * shared machine where wall time does not.
 *
 * <p>Not a test: {@code bench/run-descent-bench.sh [SECONDS]} compiles and runs it as
 * {@code java -cp target/test-classes:target/classes:DEPS dev.diffkernel.bench.DescentBench SECONDS}.
 */
public final class DescentBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static double sink;

    private DescentBench() {}

    private record Case(String name, GradientDescent descent) {}

    private record Result(String name, long runs, int steps, double stepsPerCpuSecond, double stepsPerWallSecond,
                          double[] end) {}

    public static void main(String[] args) throws IOException, InterruptedException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        String python = args.length > 1 ? args[1] : "/usr/bin/python3";
        List<Case> cases = List.of(
                new Case("Java lambda, numerical gradient (the notes' algorithm)",
                        gradientDescent(x -> x[0] * x[0] + x[1] * x[1], -3.0, 4.0).lr(0.1).steps(100).quiet()),
                new Case("fn(\"x0^2 + x1^2\"), numerical gradient",
                        gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).numerical().lr(0.1).steps(100).quiet()),
                new Case("fn(\"x0^2 + x1^2\"), symbolic gradient",
                        gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).lr(0.1).steps(100).quiet()),
                new Case("Java lambda, numerical, one run of 100000 steps",
                        gradientDescent(x -> x[0] * x[0] + x[1] * x[1], -3.0, 4.0).lr(1e-6).steps(100_000).quiet()));
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            measure(c, Math.min(1.0, seconds / 2)); // warm-up: let the JIT compile the loop
            results.add(measure(c, seconds));
        }
        Result numpy = numpy(python, seconds);
        print(results, numpy, seconds);
    }

    private static Result measure(Case c, double seconds) {
        Run first = c.descent().run();
        long runs = 0;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long budget = (long) (seconds * 1e9);
        while (THREADS.getCurrentThreadCpuTime() - cpu0 < budget) {
            Run run = c.descent().run();
            sink += run.endValue();
            runs++;
        }
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        int steps = first.settings().maxSteps();
        return new Result(c.name(), runs, steps, runs * steps / cpu, runs * steps / wall, first.end());
    }

    private static Result numpy(String python, double seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, "bench/descent_numpy.py", String.valueOf(seconds), "100")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("bench/descent_numpy.py failed: " + out);
        }
        return new Result("NumPy, the notes' gradient_descent (numpy " + field(out, "numpy") + ", Python "
                + field(out, "python") + ")", Long.parseLong(field(out, "runs")), 100,
                Double.parseDouble(field(out, "steps_per_cpu_second")),
                Double.parseDouble(field(out, "steps_per_wall_second")),
                Arrays.stream(field(out, "end").replaceAll("[\\[\\]]", "").split(","))
                        .mapToDouble(s -> Double.parseDouble(s.strip())).toArray());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": (\"[^\"]*\"|\\[[^\\]]*\\]|[-0-9.eE+]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1).replace("\"", "");
    }

    private static void print(List<Result> results, Result numpy, double seconds) {
        System.out.printf(Locale.ROOT, "Gradient descent on x0^2 + x1^2 from (-3, 4), lr = 0.1, 100 steps a run;"
                + " about %.1f s of CPU time each (%s, %d cores)%n%n", seconds, System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| implementation | steps/s (CPU) | steps/s (wall) | × NumPy (CPU) | same end point as NumPy |");
        System.out.println("|---|---:|---:|---:|---|");
        for (Result r : results) {
            boolean comparable = r.steps() == 100;
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.0f× | %s |%n", r.name(), r.stepsPerCpuSecond(),
                    r.stepsPerWallSecond(), r.stepsPerCpuSecond() / numpy.stepsPerCpuSecond(),
                    comparable ? (Arrays.equals(r.end(), numpy.end()) ? "yes, bit for bit"
                            : "no: " + Arrays.toString(r.end())) : "(other settings)");
        }
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | 1× | %s |%n", numpy.name(), numpy.stepsPerCpuSecond(),
                numpy.stepsPerWallSecond(), Arrays.toString(numpy.end()));
        if (sink == 42) {
            System.out.println();
        }
    }
}
