package dev.diffkernel.bench;

import com.sun.source.util.JavacTask;
import dev.diffkernel.kernel.eval.JavaEvaluator;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * What a cell would cost if the kernel compiled it in one javac task instead of JShell's three: each
 * "cell" {@code 1 + 1} becomes a class with the kernel's default imports, compiled, loaded and run.
 * Modes, one per JVM:
 * <ul>
 *   <li>{@code kernel}: the kernel's own {@link JavaEvaluator} with its start-up, which compiles such a
 *       value expression with its {@code CellCompiler} when javac's packages are opened to it (the
 *       jar's manifest does that for the kernel; here, the same {@code --add-exports} and
 *       {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} on the command line), else with JShell;</li>
 *   <li>{@code fresh}: {@code JavaCompiler.getTask} per cell (a new javac context each time);</li>
 *   <li>{@code pool}: one javac context kept across cells ({@code com.sun.tools.javac.api.JavacTaskPool},
 *       what JShell itself uses; needs {@code --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED}).</li>
 * </ul>
 * The cells here refer to nothing earlier, so this is a lower bound for an evaluator that keeps
 * variables across cells. Not a test: {@code java -XX:TieredStopAtLevel=1 --add-exports ...
 * -cp target/test-classes:target/diffkernel.jar dev.diffkernel.bench.OneTaskCompileBench MODE [CELLS]}.
 */
public final class OneTaskCompileBench {
    private OneTaskCompileBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int cells = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        double[] millis = switch (mode) {
            case "kernel" -> kernel(cells);
            case "fresh", "pool" -> oneTask(cells, mode.equals("pool"));
            default -> throw new IllegalArgumentException("mode: kernel, fresh or pool");
        };
        double[] first = Arrays.copyOf(millis, Math.min(50, cells));
        double[] later = Arrays.copyOfRange(millis, cells / 2, cells);
        System.out.printf(Locale.ROOT, "%-7s first 50 cells: median %.1f ms; cells %d-%d: median %.1f ms%n",
                mode, median(first), cells / 2, cells, median(later));
    }

    private static double[] kernel(int cells) throws Exception {
        Method startup = Class.forName("dev.diffkernel.kernel.Main").getDeclaredMethod("startup");
        startup.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> imports = (List<String>) startup.invoke(null);
        double[] millis = new double[cells];
        try (JavaEvaluator evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), imports,
                new PrintStream(OutputStream.nullOutputStream()))) {
            for (int i = 0; i < cells; i++) {
                long start = System.nanoTime();
                check(evaluator.eval("1 + 1", i + 1).value());
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    private static double[] oneTask(int cells, boolean pooled) throws Exception {
        Method startup = Class.forName("dev.diffkernel.kernel.Main").getDeclaredMethod("startup");
        startup.setAccessible(true);
        String header = ((List<?>) startup.invoke(null)).stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Path out = Files.createTempDirectory("one-task-cells");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null);
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
        files.setLocation(StandardLocation.CLASS_PATH, JavaEvaluator.currentClasspath().stream().map(File::new).toList());
        Object pool = null;
        Method poolTask = null;
        Class<?> worker = null;
        if (pooled) {
            Class<?> poolClass = Class.forName("com.sun.tools.javac.api.JavacTaskPool");
            pool = poolClass.getConstructor(int.class).newInstance(1);
            worker = Class.forName("com.sun.tools.javac.api.JavacTaskPool$Worker");
            poolTask = Arrays.stream(poolClass.getMethods()).filter(m -> m.getName().equals("getTask")).findFirst().orElseThrow();
        }
        List<String> options = List.of("-proc:none", "-Xlint:none");
        double[] millis = new double[cells];
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, OneTaskCompileBench.class.getClassLoader())) {
            for (int i = 0; i < cells; i++) {
                long start = System.nanoTime();
                String name = "Cell" + i;
                List<JavaFileObject> units = List.of(new Source(name, "package cells;\n" + header + "public class " + name
                        + " { public static Object run() throws Throwable { return 1 + 1; } }"));
                DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
                boolean compiled;
                if (pooled) {
                    Object call = Proxy.newProxyInstance(worker.getClassLoader(), new Class<?>[] {worker},
                            (proxy, method, arguments) -> ((JavacTask) arguments[0]).call());
                    compiled = (Boolean) poolTask.invoke(pool, null, files, diagnostics, options, null, units, call);
                } else {
                    compiled = javac.getTask(null, files, diagnostics, options, null, units).call();
                }
                if (!compiled) {
                    throw new IllegalStateException(diagnostics.getDiagnostics().toString());
                }
                check(Class.forName("cells." + name, true, loader).getMethod("run").invoke(null));
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    private static void check(Object value) {
        if (!Integer.valueOf(2).equals(value)) {
            throw new IllegalStateException("1 + 1 gave " + value);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A cell's source, held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String name, String code) {
            super(URI.create("string:///cells/" + name + ".java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            return code;
        }
    }
}
