package dev.diffkernel.install;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.diffkernel.install.InstallOptions.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Installs and uninstalls the kernelspec: {@code kernel.json} naming the JVM that ran the
 * installer, the logos, the jar itself, and a class-data-sharing archive recorded for that jar
 * and JVM. A second install of the same jar and JVM changes nothing.
 */
public final class Installer {
    static final String JAR = "diffkernel.jar";
    static final String ARCHIVE = "diffkernel.jsa";
    /** JDK 25's ahead-of-time cache (JEP 483, 514, 515), which replaces the CDS archive there. */
    static final String AOT_CACHE = "diffkernel.aot";
    /** The first Java release whose AOT cache the installer records (one-step training, JEP 514). */
    static final int AOT_RELEASE = 25;
    private static final String TEMPLATE = "/dev/diffkernel/install/kernelspec/";
    private static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png");

    private final JupyterDirs dirs;
    private final Path java;
    private final int javaRelease;
    private final Path jar;
    private final ArchiveRecorder recorder;
    private final PrintStream out;

    /**
     * @param env the environment (PATH, JUPYTER_DATA_DIR) to find Jupyter with
     * @param java the JVM the kernel will run with
     * @param javaRelease its feature release, e.g. 17 or 25
     * @param jar the kernel jar to copy in
     * @param recorder records the class-data-sharing archive
     * @param out where progress is reported
     */
    Installer(Map<String, String> env, Path java, int javaRelease, Path jar, ArchiveRecorder recorder, PrintStream out) {
        this.dirs = new JupyterDirs(env);
        this.java = Objects.requireNonNull(java, "java");
        this.javaRelease = javaRelease;
        this.jar = Objects.requireNonNull(jar, "jar");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Records the class-data-sharing archive (or, on JDK 25+, the AOT cache) of an installed kernelspec. */
    interface ArchiveRecorder {
        /**
         * @param jvmOptions the kernelspec's JVM options that shape the archive (JIT, GC)
         * @param archive the file to record: {@code .jsa} for a CDS archive, {@code .aot} for an AOT cache
         * @return a line for the user saying what was recorded, or why nothing was
         */
        String record(Path java, List<String> jvmOptions, Path jar, Path archive);
    }

    private String archiveName() {
        return javaRelease >= AOT_RELEASE ? AOT_CACHE : ARCHIVE;
    }

    /** Installs; returns the kernelspec's directory. */
    Path install(InstallOptions options) throws InstallException, IOException {
        Path dir = dirs.kernelsDir(options).resolve(options.name());
        String kernelJson = kernelJson(options);
        if (Files.exists(dir.resolve("kernel.json"))) {
            if (sameInstall(dir, kernelJson)) {
                out.println("Kernelspec '" + options.name() + "' is already installed and up to date in " + dir);
                return dir;
            }
            if (!options.replace()) {
                throw new InstallException("a kernelspec named '" + options.name() + "' is already installed in " + dir
                        + "; run again with --replace to overwrite it, or choose another --name");
            }
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        Files.copy(jar, dir.resolve(JAR), StandardCopyOption.REPLACE_EXISTING);
        for (String logo : LOGOS) {
            try (InputStream in = resource(logo)) {
                Files.copy(in, dir.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(dir.resolve("kernel.json"), kernelJson, StandardCharsets.UTF_8);
        out.println("Installed kernelspec '" + options.name() + "' (\"" + options.displayName() + "\") in " + dir);
        out.println("  Java: " + java);
        out.println("  " + recorder.record(java, jvmOptions(kernelJson), dir.resolve(JAR), dir.resolve(archiveName())));
        makeReadOnly(dir.resolve(archiveName()));
        if (options.scope() == Scope.PREFIX) {
            out.println("  Jupyter reads it when " + options.prefix().resolve("share/jupyter")
                    + " is on its path: JUPYTER_PATH=" + options.prefix().resolve("share/jupyter") + " (see jupyter --paths)");
        }
        return dir;
    }

    /** Uninstalls; returns the directory removed. */
    Path uninstall(InstallOptions options) throws InstallException, IOException {
        Path dir = dirs.kernelsDir(options).resolve(options.name());
        if (!Files.exists(dir.resolve("kernel.json"))) {
            throw new InstallException("no kernelspec named '" + options.name() + "' in " + dir.getParent() + "; nothing removed"
                    + (options.scope() == Scope.USER ? " (installed with --sys-prefix or --prefix DIR? say so again)" : ""));
        }
        deleteTree(dir);
        out.println("Removed kernelspec '" + options.name() + "' from " + dir);
        return dir;
    }

    /** The kernel.json template in the jar, completed for this JVM and these options. */
    String kernelJson(InstallOptions options) throws IOException {
        String template;
        try (InputStream in = resource("kernel.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonObject spec = JsonParser.parseString(template).getAsJsonObject();
        JsonArray argv = new JsonArray();
        for (var element : spec.getAsJsonArray("argv")) {
            String arg = element.getAsString();
            if (options.fullJit() && arg.startsWith("-XX:TieredStopAtLevel")) {
                continue;
            }
            if (arg.startsWith("-XX:SharedArchiveFile=") && javaRelease >= AOT_RELEASE) {
                // JDK 25's AOT cache holds the CDS archive's classes plus their linking and profiles
                argv.add("-XX:AOTCache={resource_dir}/" + AOT_CACHE);
                continue;
            }
            if (arg.startsWith("-Xshare") && javaRelease >= AOT_RELEASE) {
                continue; // the JVM refuses -Xshare beside -XX:AOTCache; a cache that does not map is skipped anyway
            }
            argv.add(arg.equals("@JAVA@") ? java.toString() : arg);
        }
        spec.add("argv", argv);
        spec.addProperty("display_name", options.displayName());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /** The kernelspec's JVM options that also shape the archive (JIT, GC), not the archive's own. */
    static List<String> jvmOptions(String kernelJson) {
        List<String> options = new ArrayList<>();
        for (var element : JsonParser.parseString(kernelJson).getAsJsonObject().getAsJsonArray("argv")) {
            String arg = element.getAsString();
            if (arg.equals("-jar")) {
                break;
            }
            if (arg.startsWith("-") && !arg.startsWith("-XX:SharedArchiveFile") && !arg.startsWith("-XX:AOTCache")
                    && !arg.startsWith("-Xshare")
                    && !arg.startsWith("-Xlog")) {
                options.add(arg);
            }
        }
        return options;
    }

    private boolean sameInstall(Path dir, String kernelJson) throws IOException {
        if (!Files.exists(dir.resolve(archiveName())) || !Files.exists(dir.resolve(JAR))
                || !kernelJson.equals(Files.readString(dir.resolve("kernel.json"), StandardCharsets.UTF_8))) {
            return false;
        }
        return Files.mismatch(jar, dir.resolve(JAR)) == -1;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Installer.class.getResourceAsStream(TEMPLATE + name);
        if (in == null) {
            throw new IOException("the jar has no " + TEMPLATE + name + "; it was not built by mvn package");
        }
        return in;
    }

    /** Kernels of every user share the archive; none may change it. */
    private static void makeReadOnly(Path file) throws IOException {
        if (Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
