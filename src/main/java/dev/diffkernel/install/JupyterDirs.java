package dev.diffkernel.install;

import dev.diffkernel.install.InstallOptions.Scope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where Jupyter keeps kernelspecs for each install scope, found the way Jupyter itself finds them:
 * {@code --prefix DIR} needs nothing, {@code --user} honours {@code JUPYTER_DATA_DIR} or asks
 * {@code jupyter --data-dir}, {@code --sys-prefix} asks the Python that runs {@code jupyter}.
 */
final class JupyterDirs {
    private final Map<String, String> env;

    JupyterDirs(Map<String, String> env) {
        this.env = env;
    }

    /**
     * The directory that holds kernelspecs ({@code .../share/jupyter/kernels}) for a scope.
     *
     * @throws InstallException when Jupyter is needed to tell and is not on PATH
     */
    Path kernelsDir(InstallOptions options) throws InstallException {
        switch (options.scope()) {
            case PREFIX:
                return options.prefix().resolve("share/jupyter/kernels");
            case USER:
                String dataDir = env.get("JUPYTER_DATA_DIR");
                if (dataDir != null && !dataDir.isBlank()) {
                    return Path.of(dataDir).toAbsolutePath().resolve("kernels");
                }
                return Path.of(ask(jupyter(Scope.USER), "--data-dir")).resolve("kernels");
            case SYS_PREFIX:
                Path jupyter = jupyter(Scope.SYS_PREFIX);
                String python = shebangPython(jupyter).orElseThrow(() -> new InstallException(
                        "cannot tell which Python runs " + jupyter + ", so not where its sys.prefix is; "
                                + "install with --prefix DIR instead (DIR/share/jupyter/kernels)"));
                return Path.of(ask(Path.of(python), "-c", "import sys; print(sys.prefix)")).resolve("share/jupyter/kernels");
            default:
                throw new AssertionError(options.scope());
        }
    }

    /** The {@code jupyter} command on PATH, or an error that says how to do without it. */
    Path jupyter(Scope scope) throws InstallException {
        return onPath("jupyter").orElseThrow(() -> new InstallException(
                "jupyter is not on PATH, so there is no telling where Jupyter keeps kernels"
                        + (scope == Scope.SYS_PREFIX ? " for --sys-prefix" : "") + ". Install Jupyter first "
                        + "(e.g. pip install jupyterlab, or your system's jupyter package) and run again, or name the "
                        + "Jupyter data directory yourself: JUPYTER_DATA_DIR=DIR java -jar diffkernel.jar install --user "
                        + "(kernelspec in DIR/kernels), or java -jar diffkernel.jar install --prefix DIR "
                        + "(kernelspec in DIR/share/jupyter/kernels; Jupyter reads it with JUPYTER_PATH=DIR/share/jupyter)."));
    }

    Optional<Path> onPath(String command) {
        String path = env.getOrDefault("PATH", "");
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : windows ? List.of(command + ".exe", command + ".cmd", command) : List.of(command)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The interpreter of a script's {@code #!} line, e.g. {@code /usr/bin/python3}. */
    static Optional<String> shebangPython(Path script) {
        try (var reader = Files.newBufferedReader(script, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            if (first == null || !first.startsWith("#!")) {
                return Optional.empty();
            }
            String[] words = first.substring(2).strip().split("\\s+");
            // "#!/usr/bin/env python3" names the interpreter in its second word
            String interpreter = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
            return interpreter.contains("python") ? Optional.of(interpreter) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Runs a command with this environment and returns its trimmed output's last line. */
    private String ask(Path command, String... args) throws InstallException {
        List<String> line = new java.util.ArrayList<>();
        line.add(command.toString());
        line.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || output.isEmpty()) {
                throw new InstallException(String.join(" ", line) + " failed" + (output.isEmpty() ? "" : ": " + output));
            }
            String[] lines = output.split("\\R");
            return lines[lines.length - 1].strip();
        } catch (IOException e) {
            throw new InstallException("cannot run " + String.join(" ", line) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("interrupted while running " + String.join(" ", line));
        }
    }
}
