package dev.diffkernel.bench;

import static dev.diffkernel.backprop.Backprop.gradientCheck;
import static dev.diffkernel.backprop.Backprop.twoLayerNet;
import static dev.diffkernel.data.Datasets.spiral;

import dev.diffkernel.backprop.TrainingRun;
import dev.diffkernel.data.Dataset;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two timings issue 15 asks for, beside the book's two-layer net in NumPy ({@code bench/backprop_numpy.py}):
 * {@code gradientCheck(twoLayerNet(2, 50, 3, 42), spiral(100, 3, 42))} and 2,000 epochs of full-batch training
 * at lr = 1. Each is the median CPU time of the measuring thread over REPS runs, after as many warm-up runs
 * (the kernel's JVM is warm after a few cells too); NumPy's is the median process CPU time. Prints a Markdown
 * table with the ratios.
 *
 * <p>Not a test: {@code bench/run-backprop-bench.sh [REPS]}.
 */
public final class BackpropBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BackpropBench() {}

    private record Timing(double seconds, Object result) {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String python = args.length > 1 ? args[1] : "/usr/bin/python3";
        Dataset data = spiral(100, 3, 42);
        Timing coldCheck = time(() -> gradientCheck(twoLayerNet(2, 50, 3, 42), data.x(), data.t()).maxDifference(), 1);
        Timing coldTrain = time(() -> twoLayerNet(2, 50, 3, 42).train(data).lr(1.0).epochs(2000).quiet().run(), 1);
        Timing check = time(() -> gradientCheck(twoLayerNet(2, 50, 3, 42), data.x(), data.t()).maxDifference(), reps);
        Timing train = time(() -> twoLayerNet(2, 50, 3, 42).train(data).lr(1.0).epochs(2000).quiet().run(), reps);
        TrainingRun run = (TrainingRun) train.result();

        Process process = new ProcessBuilder(python, "bench/backprop_numpy.py", Integer.toString(reps), "2000")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(python + " bench/backprop_numpy.py failed: " + json);
        }
        double npCheck = number(json, "gradient_check_cpu_seconds");
        double npTrain = number(json, "train_cpu_seconds");

        System.out.printf(Locale.ROOT, "java %s, %s; numpy %s, python %s; median of %d runs, CPU time%n%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), text(json, "numpy"),
                text(json, "python"), reps);
        System.out.println("| task | DiffKernel (first run) | DiffKernel (warm) | NumPy | NumPy / DiffKernel (warm) |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| gradientCheck, 303 parameters, 300 examples | %.3f s | %.3f s | %.3f s | %.2f |%n",
                coldCheck.seconds(), check.seconds(), npCheck, npCheck / check.seconds());
        System.out.printf(Locale.ROOT, "| 2,000 epochs, full batch, lr = 1 | %.3f s | %.3f s | %.3f s | %.2f |%n",
                coldTrain.seconds(), train.seconds(), npTrain, npTrain / train.seconds());
        System.out.printf(Locale.ROOT, "%nDiffKernel: max difference %.2e, accuracy %.3f, loss %.4f%n",
                (Double) check.result(), run.accuracy(), run.loss());
        System.out.printf(Locale.ROOT, "NumPy:      max difference %.2e, accuracy %.3f, loss %.4f (its own spiral and seed)%n",
                number(json, "max_difference"), number(json, "accuracy"), number(json, "loss"));
    }

    private static Timing time(Supplier<Object> task, int reps) {
        double[] seconds = new double[reps];
        Object result = null;
        for (int i = 0; i < reps; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            result = task.get();
            seconds[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return new Timing(seconds[reps / 2], result);
    }

    private static double number(String json, String key) {
        return Double.parseDouble(text(json, key));
    }

    private static String text(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"?([^,\"}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return m.group(1);
    }
}
