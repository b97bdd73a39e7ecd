package dev.diffkernel.install;

import com.google.gson.JsonParser;
import dev.diffkernel.install.InstallOptions.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstallerTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<List<String>> recordings = new ArrayList<>();

    private Installer installer(Map<String, String> env) throws IOException {
        return installer(env, 17);
    }

    private Installer installer(Map<String, String> env, int javaRelease) throws IOException {
        Path jar = tmp.resolve("build/diffkernel.jar");
        Files.createDirectories(jar.getParent());
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar");
        }
        return new Installer(env, Path.of("/opt/jdk/bin/java"), javaRelease, jar, (java, options, installedJar, archive) -> {
            recordings.add(options);
            try {
                Files.writeString(archive, "archive of " + installedJar);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return "class-data-sharing archive: recorded";
        }, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private static InstallOptions parse(String... args) throws UsageException {
        return InstallOptions.parse(List.of(args));
    }

    @Test
    void installIntoAPrefixWritesASelfContainedKernelspec() throws Exception {
        Path dir = installer(Map.of()).install(parse("install", "--prefix", tmp.resolve("p").toString()));
        assertEquals(tmp.resolve("p/share/jupyter/kernels/diffkernel"), dir);
        assertEquals("not really a jar", Files.readString(dir.resolve("diffkernel.jar")));
        assertTrue(Files.size(dir.resolve("logo-64x64.png")) > 100);
        var spec = JsonParser.parseString(Files.readString(dir.resolve("kernel.json"))).getAsJsonObject();
        var argv = spec.getAsJsonArray("argv");
        assertEquals("/opt/jdk/bin/java", argv.get(0).getAsString());
        assertEquals("-XX:SharedArchiveFile={resource_dir}/diffkernel.jsa", argv.get(1).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertEquals("Java (DiffKernel)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertTrue(recordings.get(0).contains("-XX:TieredStopAtLevel=1"), recordings.toString());
        assertFalse(recordings.get(0).stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare")),
                recordings.toString());
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("diffkernel.jsa"))),
                "students' kernels share the archive; none may change it");
    }

    @Test
    void onJdk25TheKernelspecUsesAnAotCacheInsteadOfTheCdsArchive() throws Exception {
        Path dir = installer(Map.of(), 25).install(parse("install", "--prefix", tmp.resolve("p").toString()));
        String spec = Files.readString(dir.resolve("kernel.json"));
        assertTrue(spec.contains("\"-XX:AOTCache={resource_dir}/diffkernel.aot\""), spec);
        assertFalse(spec.contains("SharedArchiveFile"), spec);
        assertFalse(spec.contains("-Xshare"), "JDK 25 refuses -Xshare beside -XX:AOTCache: " + spec);
        assertTrue(Files.exists(dir.resolve("diffkernel.aot")));
        assertFalse(Files.exists(dir.resolve("diffkernel.jsa")));
    }

    @Test
    void aSecondIdenticalInstallChangesNothing() throws Exception {
        Installer installer = installer(Map.of());
        installer.install(parse("install", "--prefix", tmp.resolve("p").toString()));
        installer.install(parse("install", "--prefix", tmp.resolve("p").toString()));
        assertEquals(1, recordings.size());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("is already installed and up to date in "
                + tmp.resolve("p/share/jupyter/kernels/diffkernel")));
    }

    @Test
    void anExistingDifferentInstallIsKeptUnlessReplaceIsGiven() throws Exception {
        Installer installer = installer(Map.of());
        String prefix = tmp.resolve("p").toString();
        installer.install(parse("install", "--prefix", prefix));
        InstallException refused = assertThrows(InstallException.class,
                () -> installer.install(parse("install", "--prefix", prefix, "--display-name", "Java (course)")));
        assertEquals("a kernelspec named 'diffkernel' is already installed in " + tmp.resolve("p/share/jupyter/kernels/diffkernel")
                + "; run again with --replace to overwrite it, or choose another --name", refused.getMessage());
        Path dir = installer.install(parse("install", "--prefix", prefix, "--display-name", "Java (course)", "--replace", "--full-jit"));
        String spec = Files.readString(dir.resolve("kernel.json"));
        assertTrue(spec.contains("\"display_name\": \"Java (course)\""), spec);
        assertFalse(spec.contains("TieredStopAtLevel"), spec);
        assertEquals(2, recordings.size());
    }

    @Test
    void uninstallRemovesTheKernelspecOrSaysThereIsNone() throws Exception {
        Installer installer = installer(Map.of());
        String prefix = tmp.resolve("p").toString();
        Path dir = installer.install(parse("install", "--prefix", prefix, "--name", "calc-2026"));
        assertEquals(dir, installer.uninstall(parse("uninstall", "--prefix", prefix, "--name", "calc-2026")));
        assertFalse(Files.exists(dir));
        InstallException none = assertThrows(InstallException.class,
                () -> installer.uninstall(parse("uninstall", "--prefix", prefix, "--name", "calc-2026")));
        assertEquals("no kernelspec named 'calc-2026' in " + tmp.resolve("p/share/jupyter/kernels") + "; nothing removed",
                none.getMessage());
    }

    @Test
    void withoutJupyterOnPathTheErrorSaysHowToNameADataDirectory() throws Exception {
        InstallException missing = assertThrows(InstallException.class,
                () -> installer(Map.of("PATH", tmp.toString())).install(parse("install", "--user")));
        assertTrue(missing.getMessage().startsWith("jupyter is not on PATH, so there is no telling where Jupyter keeps kernels. "
                + "Install Jupyter first"), missing.getMessage());
        assertTrue(missing.getMessage().contains("JUPYTER_DATA_DIR=DIR java -jar diffkernel.jar install --user"), missing.getMessage());
        assertTrue(missing.getMessage().contains("java -jar diffkernel.jar install --prefix DIR"), missing.getMessage());
    }

    @Test
    void jupyterDataDirNamesTheUserDirectoryWithoutAskingJupyter() throws Exception {
        Path dir = installer(Map.of("PATH", tmp.toString(), "JUPYTER_DATA_DIR", tmp.resolve("data").toString()))
                .install(parse("install"));
        assertEquals(tmp.resolve("data/kernels/diffkernel"), dir);
    }

    @Test
    void wrongCommandLinesNameTheArgument() {
        assertEquals("--prefix needs a value (a directory)",
                assertThrows(UsageException.class, () -> parse("install", "--prefix")).getMessage());
        assertEquals("unknown option '--everyone'",
                assertThrows(UsageException.class, () -> parse("install", "--everyone")).getMessage());
        assertEquals("choose one of --user, --sys-prefix and --prefix DIR, not two (--user and --sys-prefix)",
                assertThrows(UsageException.class, () -> parse("install", "--user", "--sys-prefix")).getMessage());
        assertEquals("--name must be letters, digits, '.', '_' or '-' (Jupyter's rule) but was 'my kernel'",
                assertThrows(UsageException.class, () -> parse("install", "--name", "my kernel")).getMessage());
        assertEquals("uninstall takes only --user, --sys-prefix, --prefix DIR and --name",
                assertThrows(UsageException.class, () -> parse("uninstall", "--full-jit")).getMessage());
    }

    @Test
    void theShebangOfJupyterNamesItsPython() throws Exception {
        Path script = tmp.resolve("jupyter");
        Files.writeString(script, "#!/usr/bin/env python3.11\nimport sys\n");
        assertEquals("python3.11", JupyterDirs.shebangPython(script).orElseThrow());
        Files.writeString(script, "#!/opt/conda/bin/python\n");
        assertEquals("/opt/conda/bin/python", JupyterDirs.shebangPython(script).orElseThrow());
    }

    @Test
    void helpAndExitStatuses() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        assertEquals(0, InstallCommand.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err)));
        assertTrue(out.toString().startsWith("usage: java -jar diffkernel.jar install [--user | --sys-prefix | --prefix DIR]"));
        assertEquals(2, InstallCommand.run(new String[] {"install", "--bogus"}, new PrintStream(out), new PrintStream(err)));
        assertEquals("diffkernel: unknown option '--bogus' (see java -jar diffkernel.jar --help)\n", err.toString());
    }
}
