package dev.diffkernel.it;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What install.sh leaves behind: a kernelspec whose class-data-sharing archive really maps. */
class InstalledKernelIT {
    private static final Path KERNEL_DIR = JupyterClients.JUPYTER_PREFIX.resolve("share/jupyter/kernels/diffkernel");
    private static List<String> argv;

    @BeforeAll
    static void install() throws Exception {
        JupyterClients.installKernelspec();
        argv = new ArrayList<>();
        String spec = Files.readString(KERNEL_DIR.resolve("kernel.json"), StandardCharsets.UTF_8);
        JsonParser.parseString(spec).getAsJsonObject().getAsJsonArray("argv")
                .forEach(a -> argv.add(a.getAsString().replace("{resource_dir}", KERNEL_DIR.toString())));
    }

    @Test
    void theKernelStartsWithTheRecordedArchiveRequired() throws Exception {
        assertTrue(Files.size(KERNEL_DIR.resolve("diffkernel.jsa")) > 1_000_000, "install.sh records diffkernel.jsa");
        // -Xshare:on makes the JVM refuse to start if the archive does not map; without a connection
        // file the kernel prints its usage and exits with 2.
        List<String> command = new ArrayList<>(argv.subList(0, argv.size() - 1));
        command.removeIf(a -> a.startsWith("-Xshare"));
        command.add(1, "-Xshare:on");
        JupyterClients.Output output = JupyterClients.run(command, 60);
        assertEquals(2, output.exitCode(), output.text());
        assertTrue(output.text().contains("usage: java -jar diffkernel.jar CONNECTION_FILE"), output.text());
    }

    @Test
    void theKernelspecsJarIsSlimAndShowsCellsOnlyTablesawAndTheDsl() throws Exception {
        Path jar = KERNEL_DIR.resolve("diffkernel.jar");
        assertTrue(Files.size(jar) <= 30L << 20, "the jar is " + Files.size(jar) + " bytes, over 30 MB");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            List<String> packages = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(name -> name.endsWith(".class") && name.indexOf('/') > 0)
                    .map(name -> name.substring(0, name.indexOf('/', name.indexOf('/') + 1) + 1))
                    .distinct().sorted().toList();
            // what a cell can import by its own name: the DSL (its libraries are under dev/diffkernel/shaded),
            // Tablesaw, basekernel's display types, and SLF4J's logging front
            assertEquals(List.of("dev/diffkernel/", "io/github/", "org/slf4j/", "tech/tablesaw/"), packages);
            assertEquals(1, zip.stream().filter(e -> e.getName().startsWith("META-INF/resources/webjars/") && !e.isDirectory())
                    .count(), "only plotly.min.js of the webjar");
        }
    }

    @Test
    void theWarmUpServesAWholeLoopbackSession() throws Exception {
        JupyterClients.Output output = JupyterClients.run(
                List.of(argv.get(0), "-Djava.awt.headless=true", "-jar", KERNEL_DIR.resolve("diffkernel.jar").toString(),
                        "--warm-up"), 300);
        assertEquals(0, output.exitCode(), output.text());
        assertTrue(output.text().contains("warm-up done"), output.text());
        assertFalse(output.text().contains("failed"), output.text());
    }
}
