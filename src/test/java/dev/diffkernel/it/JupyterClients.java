package dev.diffkernel.it;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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

    /**
     * Runs one Python unittest module from src/test/python and returns one JUnit test per Python
     * test, each failing with its own traceback, so Maven's reports name every Python test. A suite
     * that times out, dies or runs no test at all comes back as one failing test with its output.
     */
    static List<DynamicTest> pythonSuite(String module, int timeoutSeconds) throws IOException, InterruptedException {
        installKernelspec();
        Path script = ROOT.resolve("src/test/python").resolve(module + ".py");
        assertTrue(Files.exists(script), "missing " + script);
        Path results = Files.createTempFile(module, ".json");
        Output output = run(List.of("/usr/bin/python3", "-X", "faulthandler",
                ROOT.resolve("src/test/python/run_suite.py").toString(), module, results.toString()), timeoutSeconds);
        System.out.println("=== " + module + " ===\n" + output.text());
        String json = Files.readString(results, StandardCharsets.UTF_8);
        Files.deleteIfExists(results);
        List<DynamicTest> tests = new ArrayList<>();
        boolean failedOne = false;
        for (JsonElement element : json.isBlank() ? List.<JsonElement>of() : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject record = element.getAsJsonObject();
            String name = record.get("name").getAsString();
            String outcome = record.get("outcome").getAsString();
            String detail = record.get("detail").getAsString();
            failedOne |= outcome.equals("failed") || outcome.equals("error");
            tests.add(DynamicTest.dynamicTest(name, outcomeOf(outcome, detail)));
        }
        if (tests.isEmpty() || (output.exitCode() != 0 && !failedOne)) {
            String why = tests.isEmpty() ? " ran no test" : " exited with " + output.exitCode() + " though no test failed";
            tests.add(DynamicTest.dynamicTest(module, () -> fail(module + why + ":\n" + output.text())));
        }
        return tests;
    }

    private static Executable outcomeOf(String outcome, String detail) {
        return switch (outcome) {
            case "passed" -> () -> {};
            case "skipped" -> () -> { throw new TestAbortedException(detail); };
            default -> () -> fail(outcome + ":\n" + detail);
        };
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
