package dev.diffkernel.kernel.eval;

import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The notebook's variables that {@code var} declarations compiled without JShell made
 * ({@code var f = fn("x^2")}): each is a public static field of a class of its own in JShell's
 * {@code REPL} package, as JShell's own variables are. Compiled cells import it from there.
 *
 * <p>JShell learns of such a variable only when it must compile something that names it (a method,
 * a statement, a completion): it then gets an {@code import static} of the field, so both see one
 * variable, and an assignment in either reaches the other. For its compiler to find the class, the
 * class file is written to a directory of this kernel's own on JShell's class path. When JShell
 * then declares a variable of the same name itself, the import is dropped and the name is JShell's.
 *
 * <p>Used by the evaluator's thread only.
 */
final class CompiledVariables implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CompiledVariables.class.getName());

    /** A variable: its name, its type as source, and the binary name of the class whose field holds it. */
    record Holder(String name, String type, String className) {}

    private final Path classes;
    private final Map<String, Holder> byName = new LinkedHashMap<>();
    /** The import snippet JShell was given for each variable it knows, by name. */
    private final Map<String, Snippet> imports = new HashMap<>();

    private CompiledVariables(Path classes) {
        this.classes = classes;
    }

    /** Each kernel's directory is named so, then its process id and a dash. */
    private static final String DIRECTORY_PREFIX = "diffkernel-variables-";

    /** The directories of this JVM's variables not yet deleted. */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Variables whose class files go to a new temporary directory, deleted on {@link #close}, by
     * {@link #deleteAll} or when the JVM exits normally.
     */
    static CompiledVariables inTemporaryDirectory() throws IOException {
        Path directory = Files.createTempDirectory(DIRECTORY_PREFIX + ProcessHandle.current().pid() + "-");
        directory.toFile().deleteOnExit();
        Path repl = Files.createDirectory(directory.resolve(CellCompiler.PACKAGE));
        repl.toFile().deleteOnExit();
        LIVE.add(directory);
        return new CompiledVariables(directory);
    }

    /** Deletes every directory of this JVM's variables: for an exit that skips shutdown hooks ({@code Runtime.halt}). */
    static void deleteAll() {
        for (Path directory : List.copyOf(LIVE)) {
            delete(directory);
            LIVE.remove(directory);
        }
    }

    /** The directory to put on JShell's class path. */
    Path classPath() {
        return classes;
    }

    /** The variable of that name, or null when compiled cells did not declare it. */
    Holder get(String name) {
        return byName.get(name);
    }

    /** Every variable, in the order of declaration. */
    List<Holder> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Takes a variable declared (again) by a compiled cell, whose classes are {@code classFiles}
     * (by binary name). When JShell knew a variable of that name held elsewhere, it gets the new one
     * instead, so that its methods use it.
     *
     * @param jshell JShell, or null when it has not started (and so knows no variable)
     */
    void declared(Holder holder, Map<String, byte[]> classFiles, JShell jshell) {
        classFiles.forEach(this::write);
        Holder old = byName.remove(holder.name());
        byName.put(holder.name(), holder);
        if (old != null && !old.className().equals(holder.className()) && imports.containsKey(holder.name())) {
            dropImport(holder.name(), jshell);
            giveImport(holder, jshell);
        }
    }

    private void write(String binaryName, byte[] classFile) {
        Path file = classes.resolve(binaryName.replace('.', '/') + ".class");
        try {
            Files.write(file, classFile);
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class of a variable for JShell", e);
        }
    }

    /** Gives JShell the variables {@code code} names that it does not know yet. */
    void giveToJShell(String code, JShell jshell) {
        giveToJShell(code, null, jshell);
    }

    /**
     * Gives JShell the variables {@code code} names, and those whose name begins with
     * {@code prefix} (the word a completion is asked for; all of them for an empty one).
     */
    void giveToJShell(String code, String prefix, JShell jshell) {
        for (Holder holder : List.copyOf(byName.values())) {
            if (!imports.containsKey(holder.name())
                    && (JavaEvaluator.mentions(code, holder.name()) || prefix != null && holder.name().startsWith(prefix))) {
                giveImport(holder, jshell);
            }
        }
    }

    private void giveImport(Holder holder, JShell jshell) {
        String source = "import static " + holder.className() + "." + holder.name() + ";";
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.causeSnippet() == null && event.snippet() instanceof ImportSnippet) {
                if (event.status().isDefined()) {
                    imports.put(holder.name(), event.snippet());
                } else {
                    LOG.warning("JShell could not import the variable " + holder.name() + ": " + event.status());
                }
            }
        }
    }

    private void dropImport(String name, JShell jshell) {
        Snippet given = imports.remove(name);
        if (given != null && jshell.status(given).isActive()) {
            jshell.drop(given);
        }
    }

    /**
     * JShell has just declared a variable of that name itself: if it was one of these, it is no
     * longer, and its import is dropped, so that JShell's methods use JShell's variable.
     */
    void declaredByJShell(String name, JShell jshell) {
        if (byName.remove(name) != null) {
            dropImport(name, jshell);
        }
    }

    @Override
    public void close() {
        delete(classes);
        LIVE.remove(classes);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.fine("could not delete " + directory + ": " + e);
        }
    }

    /**
     * Deletes the directories of kernels that ended without deleting their own (killed, as Jupyter
     * does to a kernel that does not stop in time), whose process is gone; another user's cannot be
     * deleted and stay. Off the path of any cell: the kernel calls it when idle.
     */
    void sweepAbandoned() {
        Path temporary = classes.getParent();
        try (Stream<Path> entries = Files.list(temporary)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(DIRECTORY_PREFIX) || entry.equals(classes)) {
                    continue;
                }
                int dash = name.indexOf('-', DIRECTORY_PREFIX.length());
                if (dash < 0) {
                    continue; // not named by a kernel
                }
                try {
                    long pid = Long.parseLong(name.substring(DIRECTORY_PREFIX.length(), dash));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (Files.isDirectory(entry) && Files.isWritable(entry)) {
                    delete(entry);
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.fine("could not look for abandoned variable directories in " + temporary + ": " + e);
        }
    }

    /** Java's default value of a field of this type, as source: what a variable holds until its initializer ends. */
    static String defaultValue(String type) {
        return switch (type) {
            case "boolean" -> "false";
            case "byte", "short", "char", "int", "long", "float", "double" -> "(" + type + ") 0";
            default -> "null";
        };
    }
}
