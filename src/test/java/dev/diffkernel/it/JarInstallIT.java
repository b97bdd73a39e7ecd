package dev.diffkernel.it;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student's laptop: the jar alone, a fresh HOME, an empty prefix. {@code java -jar diffkernel.jar
 * install} makes a kernelspec that Jupyter runs a notebook through, refuses to overwrite it without
 * --replace, and uninstall removes it.
 */
class JarInstallIT {
    @TempDir
    Path tmp;

    @Test
    void theJarInstallsItselfAndRunsANotebook() throws Exception {
        Path jar = tmp.resolve("download/diffkernel.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(JupyterClients.ROOT.resolve("target/diffkernel.jar"), jar);
        Path prefix = tmp.resolve("empty prefix");
        Path kernel = prefix.resolve("share/jupyter/kernels/diffkernel");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Result install = run(List.of(java, "-jar", jar.toString(), "install", "--prefix", prefix.toString()), Map.of());
        assertEquals(0, install.exitCode(), install.text());
        assertTrue(install.text().contains("Installed kernelspec 'diffkernel' (\"Java (DiffKernel)\") in " + kernel), install.text());
        assertTrue(install.text().contains("class-data-sharing archive: diffkernel.jsa ("), install.text());
        assertEquals(Files.size(jar), Files.size(kernel.resolve("diffkernel.jar")));
        assertEquals("r--r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(kernel.resolve("diffkernel.jsa"))), "every kernel shares the archive, read-only");

        Result again = run(List.of(java, "-jar", jar.toString(), "install", "--prefix", prefix.toString(),
                "--display-name", "Java (course)"), Map.of());
        assertEquals(1, again.exitCode(), again.text());
        assertTrue(again.text().contains("already installed in " + kernel + "; run again with --replace"), again.text());

        Path notebook = tmp.resolve("lesson.ipynb");
        Files.writeString(notebook, notebook("var f = fn(\"x^2\");", "f.diff().at(3)", "check(f.diff().at(3)).closeTo(6, 1e-12)"));
        Result executed = run(List.of("/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--output", "executed.ipynb", notebook.toString()), Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString()));
        assertEquals(0, executed.exitCode(), executed.text());
        JsonArray cells = JsonParser.parseString(Files.readString(tmp.resolve("executed.ipynb"))).getAsJsonObject()
                .getAsJsonArray("cells");
        JsonObject value = cells.get(1).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("execute_result", value.get("output_type").getAsString());
        assertEquals("6.0", text(value));
        JsonObject check = cells.get(2).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("display_data", check.get("output_type").getAsString());
        assertEquals("✔ passed: 6.0 is within 1.0E-12 of 6.0", text(check));

        Result uninstall = run(List.of(java, "-jar", jar.toString(), "uninstall", "--prefix", prefix.toString()), Map.of());
        assertEquals(0, uninstall.exitCode(), uninstall.text());
        assertFalse(Files.exists(kernel));
    }

    @Test
    void withoutJupyterOnPathTheInstallerSaysHowToNameADataDirectory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result result = run(List.of(java, "-jar", JupyterClients.ROOT.resolve("target/diffkernel.jar").toString(), "install"),
                Map.of("PATH", tmp.toString()));
        assertEquals(1, result.exitCode(), result.text());
        assertTrue(result.text().startsWith("diffkernel: jupyter is not on PATH"), result.text());
        assertTrue(result.text().contains("JUPYTER_DATA_DIR=DIR"), result.text());
    }

    private static String text(JsonObject output) {
        var plain = output.getAsJsonObject("data").get("text/plain");
        if (plain.isJsonArray()) {
            StringBuilder joined = new StringBuilder();
            plain.getAsJsonArray().forEach(line -> joined.append(line.getAsString()));
            return joined.toString();
        }
        return plain.getAsString();
    }

    private static String notebook(String... sources) {
        JsonArray cells = new JsonArray();
        for (String source : sources) {
            JsonObject cell = new JsonObject();
            cell.addProperty("cell_type", "code");
            cell.addProperty("execution_count", (String) null);
            cell.add("metadata", new JsonObject());
            cell.add("outputs", new JsonArray());
            cell.addProperty("source", source);
            cells.add(cell);
        }
        JsonObject spec = new JsonObject();
        spec.addProperty("name", "diffkernel");
        spec.addProperty("display_name", "Java (DiffKernel)");
        spec.addProperty("language", "java");
        JsonObject metadata = new JsonObject();
        metadata.add("kernelspec", spec);
        JsonObject nb = new JsonObject();
        nb.add("cells", cells);
        nb.add("metadata", metadata);
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return nb.toString();
    }

    private record Result(int exitCode, String text) {}

    /** Runs with a fresh HOME and no Jupyter settings from the machine; {@code env} adds or overrides. */
    private Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        Path log = tmp.resolve("command.log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(tmp.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("JUPYTER") || key.startsWith("JPY"));
        environment.put("HOME", home.toString());
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("PYTHONWARNINGS", "ignore");
        environment.putAll(env);
        Process process = builder.start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            return new Result(-1, "TIMED OUT\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
