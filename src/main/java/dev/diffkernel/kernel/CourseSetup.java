package dev.diffkernel.kernel;

import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.JavaEvaluator;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A course's own code in every kernel, set where the kernel starts (the kernelspec's {@code env},
 * or the hub's environment): {@code DIFFKERNEL_CLASSPATH} lists jars and class directories
 * (separated like a class path; {@code dir/*} means every jar in dir), and
 * {@code DIFFKERNEL_STARTUP} names a file of Java run once before the first cell (helper methods,
 * imports). What cannot be used is reported on the kernel's log, naming the entry, and skipped.
 */
final class CourseSetup {
    static final String CLASSPATH = "DIFFKERNEL_CLASSPATH";
    static final String STARTUP = "DIFFKERNEL_STARTUP";

    private CourseSetup() {}

    static void apply(JavaEvaluator evaluator, Map<String, String> env, PrintStream log) {
        String classpath = env.get(CLASSPATH);
        if (classpath != null && !classpath.isBlank()) {
            for (Path entry : entries(classpath, log)) {
                evaluator.addToClasspath(entry);
            }
        }
        String startup = env.get(STARTUP);
        if (startup != null && !startup.isBlank()) {
            Path file = Path.of(startup);
            try {
                evaluator.eval(Files.readString(file, StandardCharsets.UTF_8), 0);
            } catch (IOException e) {
                log.println(STARTUP + ": cannot read " + file.toAbsolutePath() + " (" + e + "); skipped");
            } catch (CellException e) {
                log.println(STARTUP + ": " + file.toAbsolutePath() + " failed: " + e.ename() + ": " + e.evalue());
            }
        }
    }

    /** The existing entries of a class-path string; a missing one is reported and skipped. */
    static List<Path> entries(String classpath, PrintStream log) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                Path dir = Path.of(entry.substring(0, entry.length() - 2));
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(entries::add);
                } catch (IOException e) {
                    log.println(CLASSPATH + ": no such directory: " + dir + "; skipped");
                }
            } else if (Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry));
            } else {
                log.println(CLASSPATH + ": no such file or directory: " + entry + "; skipped");
            }
        }
        return entries;
    }
}
