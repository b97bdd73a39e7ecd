package dev.diffkernel.bench;

import dev.diffkernel.kernel.Main;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * JShell's own time for a trivial snippet, without Jupyter: the baseline that the kernel's round
 * trip is compared with. One mode per run, in a fresh JVM, so the first evaluation is a cold one:
 * <ul>
 *   <li>{@code bare}: {@code JShell.builder().executionEngine("local").build()}, nothing else;</li>
 *   <li>{@code bare-drop}: the same, dropping each snippet once evaluated, so that the temporary
 *       variables ({@code $1}, {@code $2}, ...) do not pile up: JShell imports every live one into
 *       each later compilation, so an evaluation gets slower the more of them there are;</li>
 *   <li>{@code bare-kernel-setup}: the same JShell given the kernel's class path and start-up
 *       imports (what a cell compiles against in the kernel), to see what those cost;</li>
 *   <li>{@code evaluator}: the kernel's own {@link JavaEvaluator}, in-process (its capturing
 *       execution engine, cell splitting, result handling), without the wire protocol.</li>
 * </ul>
 * Prints one JSON object on stdout: times to build, first evaluation, launch of the JVM to the
 * first result, the median of later evaluations, and the process's CPU time (every thread, as
 * the kernel's is measured, which on a shared machine is steadier than wall time). With
 * {@code -Djava.security.manager=allow -Dbench.securityManager=true} a permit-all SecurityManager
 * is installed first, as the kernel's exit guard is.
 *
 * <p>Not a test: {@code bench/run-kernel-bench.sh} runs it as {@code java -cp
 * target/test-classes:target/diffkernel.jar dev.diffkernel.bench.JShellBench MODE WARMUP RUNS [SNIPPET]}.
 */
public final class JShellBench {
    private JShellBench() {}

    /** How a mode evaluates one snippet. */
    private interface Evaluation {
        void eval(String code) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: JShellBench bare|bare-drop|bare-kernel-setup|evaluator WARMUP RUNS [SNIPPET]");
            System.exit(2);
        }
        String mode = args[0];
        int warmUp = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        String snippet = args.length > 3 ? args[3] : "1 + 1";
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        if (Boolean.getBoolean("bench.securityManager")) {
            installPermissiveSecurityManager();
        }

        long startNanos = System.nanoTime();
        Evaluation evaluation;
        AutoCloseable resource;
        switch (mode) {
            case "bare" -> {
                JShell jshell = JShell.builder().executionEngine("local").out(quiet).err(quiet).build();
                evaluation = code -> check(jshell.eval(code), code);
                resource = jshell;
            }
            case "bare-drop" -> {
                JShell jshell = JShell.builder().executionEngine("local").out(quiet).err(quiet).build();
                evaluation = code -> {
                    List<SnippetEvent> events = jshell.eval(code);
                    check(events, code);
                    events.forEach(event -> jshell.drop(event.snippet()));
                };
                resource = jshell;
            }
            case "bare-kernel-setup" -> {
                JShell jshell = JShell.builder().executionEngine("local").out(quiet).err(quiet)
                        .compilerOptions("-Xlint:none", "-proc:none").build();
                JavaEvaluator.currentClasspath().forEach(jshell::addToClasspath);
                for (String line : kernelStartup()) {
                    check(jshell.eval(line), line);
                }
                evaluation = code -> check(jshell.eval(code), code);
                resource = jshell;
            }
            case "evaluator" -> {
                JavaEvaluator evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), kernelStartup(), quiet);
                int[] cell = {1};
                evaluation = code -> evaluator.eval(code, cell[0]++);
                resource = evaluator;
            }
            default -> throw new IllegalArgumentException(
                    "mode must be bare, bare-drop, bare-kernel-setup or evaluator but was " + mode);
        }
        double startMs = millisSince(startNanos);

        long firstNanos = System.nanoTime();
        evaluation.eval(snippet);
        double firstMs = millisSince(firstNanos);
        double cpuAtFirstS = cpuNanos() / 1e9;
        double sinceLaunchS = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(),
                Instant.now()).toNanos() / 1e9;

        for (int i = 0; i < warmUp; i++) {
            evaluation.eval(snippet);
        }
        double[] times = new double[runs];
        long cpuNanos = cpuNanos();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            evaluation.eval(snippet);
            times[i] = millisSince(t);
        }
        double cpuMsPerEval = (cpuNanos() - cpuNanos) / 1e6 / runs;
        resource.close();
        Arrays.sort(times);
        System.out.println(String.format(Locale.ROOT, "{\"mode\": \"%s\", \"security_manager\": %s, "
                        + "\"start_ms\": %.3f, \"first_ms\": %.3f, \"launch_to_first_s\": %.3f, \"cpu_at_first_s\": %.3f, "
                        + "\"median_ms\": %.3f, \"p10_ms\": %.3f, \"p90_ms\": %.3f, \"cpu_ms_per_eval\": %.3f, \"runs\": %d}",
                mode, System.getSecurityManager() != null, startMs, firstMs, sinceLaunchS, cpuAtFirstS,
                median(times), percentile(times, 10), percentile(times, 90), cpuMsPerEval, runs));
        System.exit(0); // JShell's local engine may leave non-daemon threads behind
    }

    /**
     * A SecurityManager that allows everything, as the kernel's exit guard is (it only refuses
     * {@code System.exit}): to see what merely having one installed costs JShell. Needs
     * {@code -Djava.security.manager=allow}.
     */
    @SuppressWarnings("removal")
    private static void installPermissiveSecurityManager() {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(java.security.Permission permission) {
                // allowed
            }

            @Override
            public void checkPermission(java.security.Permission permission, Object context) {
                // allowed
            }
        });
    }

    /** The kernel's start-up snippets (imports of the DSL), as the kernel itself computes them. */
    @SuppressWarnings("unchecked")
    private static List<String> kernelStartup() throws ReflectiveOperationException {
        Method startup = Main.class.getDeclaredMethod("startup");
        startup.setAccessible(true);
        return new ArrayList<>((List<String>) startup.invoke(null));
    }

    private static void check(List<SnippetEvent> events, String code) {
        for (SnippetEvent event : events) {
            if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
                throw new IllegalStateException("snippet failed: " + code + " " + event);
            }
        }
    }

    /** CPU time of the whole process (every thread: JIT compilers and GC too), as the kernel's is measured. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.round((sorted.length - 1) * p / 100.0);
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
