package dev.diffkernel.kernel;

import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.wire.ConnectionInfo;
import dev.diffkernel.kernel.wire.Sockets;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Starts the kernel: {@code java -jar diffkernel.jar CONNECTION_FILE}, as the kernelspec does.
 * {@code --warm-up} instead runs a few cells without Jupyter and exits (install.sh uses it to
 * record a class-data-sharing archive for a faster start); {@code install}, {@code uninstall} and
 * {@code --help} register the jar with Jupyter ({@link dev.diffkernel.install.InstallCommand}).
 */
public final class Main {
    /** The DSL's facades, imported statically into every notebook when present. */
    static final List<String> FACADES = List.of(
            "dev.diffkernel.display.Display",
            "dev.diffkernel.calc.Calculus",
            "dev.diffkernel.plots.Plots",
            "dev.diffkernel.optim.Descent",
            "dev.diffkernel.linalg.Matrices",
            "dev.diffkernel.nn.Activations",
            "dev.diffkernel.nn.Losses",
            "dev.diffkernel.nn.Perceptrons",
            "dev.diffkernel.nn.Networks",
            "dev.diffkernel.data.Datasets",
            "dev.diffkernel.data.Distances",
            "dev.diffkernel.data.Sequences",
            "dev.diffkernel.backprop.Backprop",
            "dev.diffkernel.check.Checks");

    /** Packages whose types cells use by their simple names. */
    static final List<String> PACKAGES = List.of(
            "java.util", "java.util.function", "java.util.stream", "java.io", "java.math", "java.nio.file",
            "tech.tablesaw.api", "dev.diffkernel.calc", "dev.diffkernel.plots", "dev.diffkernel.figure",
            "dev.diffkernel.optim", "dev.diffkernel.linalg", "dev.diffkernel.nn", "dev.diffkernel.calc.graph",
            "dev.diffkernel.data", "dev.diffkernel.backprop",
            // Tablesaw's own plots (LinePlot.create(table, …)) and the pieces to adjust them
            "tech.tablesaw.plotly.api", "tech.tablesaw.plotly.components");

    /**
     * DiffKernel's types whose simple names Tablesaw's plotly packages also use: imported by name, so
     * {@code Figure} or {@code Layout} means DiffKernel's and is never ambiguous; Tablesaw's are
     * written in full ({@code tech.tablesaw.plotly.components.Layout}).
     */
    static final List<String> PREFERRED = List.of(
            "dev.diffkernel.figure.Figure", "dev.diffkernel.figure.Layout", "dev.diffkernel.figure.Axis",
            "dev.diffkernel.figure.Marker", "dev.diffkernel.figure.Line", "dev.diffkernel.figure.Margin",
            "dev.diffkernel.figure.Annotation", "dev.diffkernel.figure.Heatmap", "dev.diffkernel.plots.ContourPlot");

    /** Static imports besides the facades: Tablesaw's aggregate functions for table.summarize("f", mean). */
    static final List<String> STATIC_IMPORTS = List.of("tech.tablesaw.aggregate.AggregateFunctions");

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (dev.diffkernel.install.InstallCommand.handles(args)) {
            System.exit(dev.diffkernel.install.InstallCommand.run(args, System.out, System.err));
        }
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        configureLogging(console);
        if (args.length != 1) {
            console.println("usage: java -jar diffkernel.jar CONNECTION_FILE   (Jupyter passes {connection_file})");
            console.println("       java -jar diffkernel.jar install --help   (registers the kernel with Jupyter)");
            System.exit(2);
        }
        // JShell's start (about a second of javac warming up) is the critical path: begin it before
        // the connection file, sockets and renderers, which then get ready on the other core.
        CompletableFuture<JavaEvaluator> evaluator = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                evaluator.complete(newEvaluator(console));
            } catch (Throwable t) {
                evaluator.completeExceptionally(t);
            }
        }, "jshell-start");
        starter.setDaemon(true);
        starter.start();
        if (args[0].equals("--warm-up")) {
            try {
                WarmUp.run(console, evaluator);
            } catch (Exception e) {
                console.println("warm-up failed: " + e);
            }
            System.exit(0);
        }
        ConnectionInfo info = ConnectionInfo.read(Path.of(args[0]));
        if (!info.transport().equals("tcp")) {
            // JeroMQ emulates ipc over a TCP port of its own, so a client looking for the socket file finds nothing
            console.println("DiffKernel serves Jupyter over tcp only, but " + args[0] + " asks for transport '"
                    + info.transport() + "'; start the kernel with transport tcp (the default)");
            System.exit(2);
        }
        Sockets sockets = new Sockets(info);
        JavaKernel kernel = new JavaKernel(sockets, evaluator::join, () -> exit(sockets, 0));
        kernel.start();
        exitWithParent(sockets);
    }

    /** The start-up snippets: default imports plus the DSL facades that exist in this build. */
    static List<String> startup() {
        List<String> snippets = new ArrayList<>();
        for (String pkg : PACKAGES) {
            if (pkg.startsWith("java.") || Package.getPackage(pkg) != null || packageHasClasses(pkg)) {
                snippets.add("import " + pkg + ".*;");
            }
        }
        for (String type : PREFERRED) {
            if (Main.class.getClassLoader().getResource(type.replace('.', '/') + ".class") != null) {
                snippets.add("import " + type + ";");
            }
        }
        for (String facade : STATIC_IMPORTS) {
            snippets.add("import static " + facade + ".*;");
        }
        for (String facade : FACADES) {
            try {
                Class.forName(facade, false, Main.class.getClassLoader());
                snippets.add("import static " + facade + ".*;");
            } catch (ClassNotFoundException absent) {
                LOG.fine("no facade " + facade);
            }
        }
        return snippets;
    }

    private static boolean packageHasClasses(String pkg) {
        return Main.class.getClassLoader().getResource(pkg.replace('.', '/')) != null;
    }

    static JavaEvaluator newEvaluator(PrintStream console) {
        JavaEvaluator evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), startup(), console);
        CourseSetup.apply(evaluator, System.getenv(), console); // a course's jars and helper code
        return evaluator;
    }

    /** Jupyter may die without a shutdown request; a kernel left behind would hold its ports. */
    private static void exitWithParent(Sockets sockets) {
        Optional<ProcessHandle> parent = Optional.ofNullable(System.getenv("JPY_PARENT_PID"))
                .flatMap(pid -> {
                    try {
                        return ProcessHandle.of(Long.parseLong(pid.strip()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .or(() -> ProcessHandle.current().parent());
        parent.ifPresent(p -> p.onExit().thenRun(() -> {
            LOG.warning("the process that started this kernel (pid " + p.pid() + ") is gone; exiting");
            exit(sockets, 0);
        }));
    }

    /** Ends the JVM within about a second, whatever threads a cell left running. */
    static void exit(Sockets sockets, int status) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ignored) {
                // exit now
            }
            Runtime.getRuntime().halt(status);
        }, "exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            sockets.close(); // lets the last replies leave
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing sockets", e);
        }
        JavaEvaluator.deleteTemporaryFiles(); // halt runs no shutdown hook, so deleteOnExit would not
        Runtime.getRuntime().halt(status);
    }

    /**
     * Kernel logs go to the process's real stderr (Jupyter's terminal), never into a cell. The
     * level is WARNING unless DIFFKERNEL_LOG names another (e.g. FINE).
     */
    private static void configureLogging(PrintStream console) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "[%1$tT %4$s %3$s] %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Level level;
        try {
            level = Level.parse(Optional.ofNullable(System.getenv("DIFFKERNEL_LOG")).orElse("WARNING"));
        } catch (IllegalArgumentException e) {
            level = Level.WARNING;
        }
        // SimpleFormatter tries its pattern on the current time when it is made (time-zone data,
        // java.util.Formatter): tens of milliseconds of every start, for a log that is mostly never written
        Formatter firstUse = new Formatter() {
            private Formatter simple;

            @Override
            public synchronized String format(LogRecord record) {
                if (simple == null) {
                    simple = new SimpleFormatter();
                }
                return simple.format(record);
            }
        };
        StreamHandler handler = new StreamHandler(console, firstUse) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(level);
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        root.addHandler(handler);
    }
}
