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
    void theWarmUpServesAWholeLoopbackSession() throws Exception {
        JupyterClients.Output output = JupyterClients.run(
                List.of(argv.get(0), "-Djava.awt.headless=true", "-jar", KERNEL_DIR.resolve("diffkernel.jar").toString(),
                        "--warm-up"), 300);
        assertEquals(0, output.exitCode(), output.text());
        assertTrue(output.text().contains("warm-up done"), output.text());
        assertFalse(output.text().contains("failed"), output.text());
    }
}
