package dev.diffkernel.bench;

import dev.diffkernel.kernel.Main;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JShell's own time for a trivial snippet, without Jupyter: the baseline that the kernel's round
 * trip is compared with. One mode per JVM, started fresh so that the first evaluation is a cold one:
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
 * After building JShell and evaluating the snippet once, it prints one JSON object on stdout (time
 * to build, first evaluation, launch of the JVM to that first result). Then, for each line read from
 * stdin, it evaluates the snippet once more and prints the milliseconds that took, so that the
 * benchmark can interleave these evaluations with the kernels' round trips; it ends at end of input.
 *
 * <p>Not a test: {@code bench/kernel_bench.py} runs it as {@code java -cp
 * target/test-classes:target/diffkernel.jar dev.diffkernel.bench.JShellBench MODE [SNIPPET]}.
 */
public final class JShellBench {
    private JShellBench() {}

    /** How a mode evaluates one snippet. */
    private interface Evaluation {
        void eval(String code) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: JShellBench bare|bare-drop|bare-kernel-setup|evaluator [SNIPPET]");
            System.exit(2);
        }
        String mode = args[0];
        String snippet = args.length > 1 ? args[1] : "1 + 1";
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

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
        double launchToFirstS = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(),
                Instant.now()).toNanos() / 1e9;
        System.out.println(String.format(Locale.ROOT, "{\"mode\": \"%s\", "
                        + "\"start_ms\": %.3f, \"first_ms\": %.3f, \"launch_to_first_s\": %.3f}",
                mode, startMs, firstMs, launchToFirstS));
        System.out.flush();

        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (commands.readLine() != null) {
            long t = System.nanoTime();
            evaluation.eval(snippet);
            System.out.println(String.format(Locale.ROOT, "%.3f", millisSince(t)));
            System.out.flush();
        }
        resource.close();
        System.exit(0); // JShell's local engine may leave non-daemon threads behind
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

    private static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }
}
