package dev.diffkernel.install;

import dev.diffkernel.install.InstallOptions.UsageException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code java -jar diffkernel.jar install|uninstall|--help}: the command line around {@link Installer}. */
public final class InstallCommand {
    static final String HELP = String.join("\n",
            "usage: java -jar diffkernel.jar install [--user | --sys-prefix | --prefix DIR] [--name NAME]",
            "                                        [--display-name TEXT] [--replace] [--full-jit]",
            "       java -jar diffkernel.jar uninstall [--user | --sys-prefix | --prefix DIR] [--name NAME]",
            "       java -jar diffkernel.jar CONNECTION_FILE     (how Jupyter starts the kernel)",
            "",
            "Registers this jar as a Jupyter kernel. The kernelspec is self-contained: the jar is copied",
            "into it, it runs with the Java that runs this command, and a class-data-sharing archive is",
            "recorded there for a faster start (read-only, shared by every kernel started from it).",
            "",
            "  --user              for you only, in Jupyter's data directory (the default;",
            "                      JUPYTER_DATA_DIR=DIR puts it in DIR/kernels without asking jupyter)",
            "  --sys-prefix        for every user of the Python environment that runs `jupyter`",
            "                      (e.g. a JupyterHub's environment)",
            "  --prefix DIR        in DIR/share/jupyter/kernels; Jupyter reads it when that directory is",
            "                      on its path (a standard prefix such as /usr/local, or JUPYTER_PATH)",
            "  --name NAME         the kernelspec's name (default diffkernel, as notebooks name it)",
            "  --display-name TEXT the name in Jupyter's kernel menu (default \"Java (DiffKernel)\")",
            "  --replace           overwrite a kernelspec of that name (an identical one is left as is)",
            "  --full-jit          let the JVM's optimising compiler run too: long numeric cells run up",
            "                      to ~20% faster, but the kernel starts slower",
            "",
            "Needs Java 17 or newer and, for --user and --sys-prefix, `jupyter` on PATH.");

    private InstallCommand() {}

    /** Whether {@code args} ask for this command rather than a kernel start. */
    public static boolean handles(String[] args) {
        return args.length > 0 && List.of("install", "uninstall", "--help", "-h", "help").contains(args[0]);
    }

    /**
     * Runs the command.
     *
     * @return the exit status: 0 done, 1 could not, 2 a wrong command line
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        InstallOptions options;
        try {
            options = InstallOptions.parse(List.of(args));
        } catch (UsageException e) {
            err.println("diffkernel: " + e.getMessage() + " (see java -jar diffkernel.jar --help)");
            return 2;
        }
        if (options.action() == InstallOptions.Action.HELP) {
            out.println(HELP);
            return 0;
        }
        try {
            Installer installer = new Installer(System.getenv(), currentJava(), Runtime.version().feature(), ownJar(),
                    InstallCommand::recordArchive, out);
            if (options.action() == InstallOptions.Action.INSTALL) {
                installer.install(options);
            } else {
                installer.uninstall(options);
            }
            return 0;
        } catch (InstallException e) {
            err.println("diffkernel: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("diffkernel: " + options.action().name().toLowerCase(java.util.Locale.ROOT) + " failed: " + e);
            return 1;
        }
    }

    /** The java launcher of the running JVM, with links resolved so an update of a link changes nothing. */
    static Path currentJava() throws IOException {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        return java.toRealPath();
    }

    private static Path ownJar() throws InstallException {
        try {
            Path location = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new InstallException("install runs from the packaged jar (java -jar diffkernel.jar install), not from " + location);
            }
            return location;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new InstallException("cannot tell where this jar is: " + e);
        }
    }

    /**
     * Records the archive by running the kernel's own warm-up (a loopback session) in the installed
     * JVM with {@code -XX:ArchiveClassesAtExit}; a failure leaves a working kernel that starts slower.
     */
    static String recordArchive(Path java, List<String> jvmOptions, Path jar, Path archive) {
        boolean aot = archive.getFileName().toString().endsWith(".aot");
        String kind = aot ? "ahead-of-time cache" : "class-data-sharing archive";
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        // JDK 25 records an AOT cache in one step (training run, then the cache at exit: JEP 514)
        command.addAll(aot ? List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(List.of("-Djava.awt.headless=true", "-jar", jar.toString(), "--warm-up"));
        try {
            Files.deleteIfExists(archive);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return kind + ": none (the warm-up took over 10 minutes); the kernel works, it starts slower";
            }
            if (process.exitValue() == 0 && Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return kind + ": " + archive.getFileName() + " (" + Files.size(archive) / (1 << 20) + " MB, read-only)";
            }
            return kind + ": none (the warm-up exited with " + process.exitValue()
                    + "); the kernel works, it starts slower";
        } catch (IOException e) {
            return kind + ": none (" + e.getMessage() + "); the kernel works, it starts slower";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return kind + ": none (interrupted)";
        }
    }
}
