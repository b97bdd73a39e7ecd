package dev.diffkernel.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs Python test scripts that drive the installed kernel through Jupyter's own clients. The
 * kernelspec is installed once, by install.sh itself, into a private Jupyter path under target/.
 */
final class JupyterClients {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JUPYTER_PREFIX = ROOT.resolve("target/it-jupyter");
    private static boolean installed;

    private JupyterClients() {}

    /** Installs the kernelspec from the freshly packaged jar, as a user's install.sh run would. */
    static synchronized void installKernelspec() throws IOException, InterruptedException {
        if (installed) {
            return;
        }
        Output output = run(List.of("bash", "install.sh", "--no-build", "--prefix", JUPYTER_PREFIX.toString()), 600);
        assertEquals(0, output.exitCode(), "install.sh failed:\n" + output.text());
        installed = true;
    }

    /** Runs one Python unittest module from src/test/python and fails with its output unless it passes. */
    static void runPythonTests(String module, int timeoutSeconds) throws IOException, InterruptedException {
        installKernelspec();
        Path script = ROOT.resolve("src/test/python").resolve(module + ".py");
        assertTrue(Files.exists(script), "missing " + script);
        Output output = run(List.of("/usr/bin/python3", "-X", "faulthandler", "-m", "unittest", "-v", script.toString()),
                timeoutSeconds);
        System.out.println(output.text());
        assertEquals(0, output.exitCode(), module + " failed:\n" + output.text());
    }

    record Output(int exitCode, String text) {}

    static Output run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("jupyter-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JUPYTER_PATH", JUPYTER_PREFIX.resolve("share/jupyter").toString());
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PYTHONWARNINGS", "ignore");
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("WARNING: ")) // JVM notices, e.g. a library's sun.misc.Unsafe use on JDK 24+
                .reduce("", (a, b) -> a + b + "\n");
        Files.deleteIfExists(log);
        return new Output(finished ? process.exitValue() : -1, (finished ? "" : "TIMED OUT after " + timeoutSeconds + " s\n") + text);
    }
}
