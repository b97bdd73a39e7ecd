package dev.diffkernel.bench;

import dev.diffkernel.calc.Calculus;
import dev.diffkernel.calc.Fn;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Calculus benchmark (issue 3), not a test: nanoseconds per evaluation of a parsed {@code fn(...)}
 * against the same function as a handwritten lambda and as a plain exp4j Expression; and numerical
 * gradients per second against the notes' NumPy {@code numerical_gradient} on the same function,
 * measured in the same run. Prints a Markdown table. Run with bench/run-calc-bench.sh.
 */
public final class FnBench {
    private static volatile double sink;

    private FnBench() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        String python = args.length > 1 ? args[1] : "/usr/bin/python3";

        DoubleUnaryOperator lambda = x -> 0.01 * x * x + 0.1 * x;
        Fn parsed = Calculus.fn("0.01*x^2 + 0.1*x");
        Expression exp4j = new ExpressionBuilder("0.01*x^2 + 0.1*x").variable("x").build();
        double lambdaNs = nsPerCall(x -> lambda.applyAsDouble(x), seconds);
        double fnNs = nsPerCall(parsed::at, seconds);
        double exp4jNs = nsPerCall(x -> exp4j.setVariable("x", x).evaluate(), seconds);

        Fn function2 = Calculus.fn("x0^2 + x1^2");
        double gradientsPerSecond = perSecond(() -> sink += Calculus.gradient(function2, 3.0, 4.0).values()[0], seconds);
        ToDoubleFunction<double[]> lambda2 = w -> w[0] * w[0] + w[1] * w[1];
        double lambdaGradientsPerSecond = perSecond(
                () -> sink += dev.diffkernel.calc.Numerical.gradient(lambda2, new double[] {3.0, 4.0}, 1e-4)[0], seconds);
        double numpy = numpyGradientsPerSecond(python, seconds);

        System.out.println("| evaluation of 0.01x^2 + 0.1x | ns per call | vs lambda |");
        System.out.println("|---|---:|---:|");
        row("handwritten Java lambda", lambdaNs, lambdaNs);
        row("fn(\"0.01*x^2 + 0.1*x\") (closure tree)", fnNs, lambdaNs);
        row("plain exp4j Expression", exp4jNs, lambdaNs);
        System.out.println();
        System.out.println("| numerical gradient of x0^2 + x1^2 at (3, 4), h = 1e-4 | gradients per second | vs NumPy |");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| gradient(fn(\"x0^2 + x1^2\"), 3, 4) | %,.0f | %.1f× |%n", gradientsPerSecond, gradientsPerSecond / numpy);
        System.out.printf(Locale.ROOT, "| Numerical.gradient(Java lambda) | %,.0f | %.1f× |%n", lambdaGradientsPerSecond, lambdaGradientsPerSecond / numpy);
        System.out.printf(Locale.ROOT, "| NumPy, the notes' numerical_gradient | %,.0f | 1.0× |%n", numpy);
    }

    private static void row(String name, double ns, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f× |%n", name, ns, ns / baseline);
    }

    private static double nsPerCall(DoubleUnaryOperator f, double seconds) {
        for (int i = 0; i < 2_000_000; i++) {
            sink += f.applyAsDouble(i * 1e-6);
        }
        long calls = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        double x = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 100_000; i++) {
                sink += f.applyAsDouble(x);
                x += 1e-7;
            }
            calls += 100_000;
        }
        return (System.nanoTime() - start) / (double) calls;
    }

    private static double perSecond(Runnable task, double seconds) {
        for (int i = 0; i < 200_000; i++) {
            task.run();
        }
        long count = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 10_000; i++) {
                task.run();
            }
            count += 10_000;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** The notes' numerical_gradient in NumPy, timed in the same run. */
    private static double numpyGradientsPerSecond(String python, double seconds) throws Exception {
        String script = String.join("\n",
                "import numpy as np, time",
                "def function_2(x): return x[0]**2 + x[1]**2",
                "def numerical_gradient(f, x):",
                "    h = 1e-4",
                "    grad = np.zeros_like(x)",
                "    for idx in range(x.size):",
                "        tmp_val = x[idx]",
                "        x[idx] = tmp_val + h",
                "        fxh1 = f(x)",
                "        x[idx] = tmp_val - h",
                "        fxh2 = f(x)",
                "        grad[idx] = (fxh1 - fxh2) / (2*h)",
                "        x[idx] = tmp_val",
                "    return grad",
                "x = np.array([3.0, 4.0])",
                "for _ in range(2000): numerical_gradient(function_2, x)",
                "n = 0; start = time.perf_counter()",
                "while time.perf_counter() - start < " + seconds + ":",
                "    for _ in range(1000): numerical_gradient(function_2, x)",
                "    n += 1000",
                "print(n / (time.perf_counter() - start))");
        Process process = new ProcessBuilder(python, "-c", script).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            process.waitFor();
            return Double.parseDouble(line.strip());
        }
    }
}
