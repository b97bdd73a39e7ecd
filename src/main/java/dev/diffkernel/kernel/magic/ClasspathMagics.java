package dev.diffkernel.kernel.magic;

import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.JavaEvaluator;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code %classpath PATH...}, {@code %jars GLOB} and {@code %maven G:A:V}: a teacher's or student's
 * own jars and class directories, added for the cells that follow. Relative paths are taken from the kernel's working
 * directory (the notebook's folder). Nothing is added when any path is wrong.
 */
final class ClasspathMagics {
    private ClasspathMagics() {}

    /** {@code %classpath a.jar classes/}: adds each; with no argument lists what was added. */
    static Object classpath(String argument, MagicContext context) throws CellException {
        JavaEvaluator evaluator = context.evaluator();
        List<String> words = words(argument);
        if (words.isEmpty()) {
            List<String> added = evaluator.addedClasspath();
            if (added.isEmpty()) {
                return new ClasspathReport(List.of("Nothing added to the class path yet (%classpath PATH..., %jars GLOB, %maven G:A:V)"));
            }
            List<String> lines = new ArrayList<>(List.of("Added to the class path:"));
            added.forEach(entry -> lines.add("  " + entry));
            return new ClasspathReport(lines);
        }
        List<Path> entries = new ArrayList<>();
        for (String word : words) {
            Path path = resolve(word);
            if (!Files.exists(path)) {
                throw error("%classpath: no such file or directory: " + word
                        + (Path.of(word).isAbsolute() ? "" : " (relative to " + workingDirectory() + ")")
                        + "; nothing was added");
            }
            if (Files.isRegularFile(path) && !isJar(path)) {
                throw error("%classpath: " + word + " is neither a jar nor a directory of classes; nothing was added");
            }
            entries.add(path);
        }
        return added(evaluator, entries);
    }

    /** {@code %jars lib/*.jar}: adds every jar the glob matches (sorted); none is an error. */
    static Object jars(String argument, MagicContext context) throws CellException {
        List<String> globs = words(argument);
        if (globs.isEmpty()) {
            throw error("%jars needs a pattern, e.g. %jars lib/*.jar");
        }
        List<Path> entries = new ArrayList<>();
        for (String glob : globs) {
            List<Path> matches = matches(glob);
            if (matches.isEmpty()) {
                throw error("%jars: no jar matches " + glob + " (in " + resolve(glob).getParent() + "); nothing was added");
            }
            entries.addAll(matches);
        }
        return added(context.evaluator(), entries);
    }

    /**
     * {@code %maven group:artifact:version...}: resolves each with its runtime dependencies (local
     * repository first, then the remote one) and adds the jars.
     */
    static Object maven(String argument, MagicContext context) throws CellException {
        List<String> coordinates = words(argument);
        if (coordinates.isEmpty()) {
            throw error("%maven needs coordinates, e.g. %maven org.apache.commons:commons-math3:3.6.1");
        }
        MavenArtifacts maven = MavenArtifacts.configured(System.getenv());
        List<Path> jars = new ArrayList<>();
        for (String coordinate : coordinates) {
            try {
                jars.addAll(maven.resolve(coordinate));
            } catch (IllegalArgumentException e) {
                throw error("%maven: " + e.getMessage() + "; nothing was added");
            }
        }
        return added(context.evaluator(), jars);
    }

    /** Jars matching a glob whose wildcards are in the last path element, e.g. {@code lib/*.jar}. */
    static List<Path> matches(String glob) throws CellException {
        Path pattern = resolve(glob);
        Path dir = pattern.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw error("%jars: no such directory: " + (dir == null ? glob : dir) + "; nothing was added");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.getFileName());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> matcher.matches(f.getFileName()) && Files.isRegularFile(f) && isJar(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw error("%jars: cannot list " + dir + ": " + e.getMessage());
        }
    }

    static ClasspathReport added(JavaEvaluator evaluator, List<Path> entries) {
        List<String> lines = new ArrayList<>();
        for (Path entry : entries) {
            boolean isNew = evaluator.addToClasspath(entry);
            lines.add((isNew ? "Added " : "Already on the class path: ") + entry.toAbsolutePath().normalize());
        }
        return new ClasspathReport(lines);
    }

    private static boolean isJar(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    private static Path resolve(String word) {
        String expanded = word.startsWith("~/") ? System.getProperty("user.home") + word.substring(1) : word;
        return workingDirectory().resolve(expanded).normalize();
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** Whitespace-separated words; "double quotes" keep a path with spaces together. */
    static List<String> words(String argument) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : argument.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    static CellException error(String message) {
        return new CellException("ClasspathException", message, List.of("ClasspathException: " + message));
    }
}
