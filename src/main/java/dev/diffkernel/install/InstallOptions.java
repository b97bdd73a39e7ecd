package dev.diffkernel.install;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@code install} or {@code uninstall} was asked to do, parsed from the command line. Immutable.
 *
 * @param action install, uninstall or help
 * @param scope where the kernelspec goes
 * @param prefix the directory of {@code --prefix DIR}; null for the other scopes
 * @param name the kernelspec's name, e.g. {@code diffkernel}
 * @param displayName what Jupyter's kernel menu shows
 * @param replace whether an existing kernelspec of that name may be overwritten
 * @param fullJit whether the kernel runs with the optimising JIT (C2) too; the default is C1 only
 */
public record InstallOptions(Action action, Scope scope, Path prefix, String name, String displayName,
                             boolean replace, boolean fullJit) {
    /** The default kernelspec name, as notebooks' metadata names it. */
    public static final String DEFAULT_NAME = "diffkernel";
    /** The default name in Jupyter's kernel menu. */
    public static final String DEFAULT_DISPLAY_NAME = "Java (DiffKernel)";
    private static final Pattern KERNEL_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    /** The sub-command. */
    public enum Action { INSTALL, UNINSTALL, HELP }

    /** Where a kernelspec lives, as {@code jupyter kernelspec install} names the choices. */
    public enum Scope {
        /** This user's Jupyter data directory ({@code jupyter --data-dir}). */
        USER,
        /** The share/jupyter of the Python environment that runs {@code jupyter}: every user of it. */
        SYS_PREFIX,
        /** {@code DIR/share/jupyter}, which Jupyter reads when it is on {@code JUPYTER_PATH} (or a standard prefix). */
        PREFIX
    }

    public InstallOptions {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        if ((scope == Scope.PREFIX) != (prefix != null)) {
            throw new IllegalArgumentException("a prefix goes with scope PREFIX only, but was " + prefix + " for " + scope);
        }
    }

    /**
     * Parses {@code install [options]}, {@code uninstall [options]} or {@code --help}.
     *
     * @param args the command line, the sub-command first
     * @return the options, never null
     * @throws UsageException naming the argument that is wrong
     */
    public static InstallOptions parse(List<String> args) throws UsageException {
        if (args.isEmpty() || List.of("--help", "-h", "help").contains(args.get(0))) {
            return new InstallOptions(Action.HELP, Scope.USER, null, DEFAULT_NAME, DEFAULT_DISPLAY_NAME, false, false);
        }
        Action action;
        switch (args.get(0)) {
            case "install" -> action = Action.INSTALL;
            case "uninstall" -> action = Action.UNINSTALL;
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        }
        Scope scope = null;
        Path prefix = null;
        String name = DEFAULT_NAME;
        String displayName = null;
        boolean replace = false;
        boolean fullJit = false;
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return new InstallOptions(Action.HELP, Scope.USER, null, DEFAULT_NAME, DEFAULT_DISPLAY_NAME, false, false);
                }
                case "--user", "--sys-prefix", "--prefix" -> {
                    if (scope != null) {
                        throw new UsageException("choose one of --user, --sys-prefix and --prefix DIR, not two ("
                                + flag(scope) + " and " + arg + ")");
                    }
                    scope = arg.equals("--user") ? Scope.USER : arg.equals("--sys-prefix") ? Scope.SYS_PREFIX : Scope.PREFIX;
                    if (scope == Scope.PREFIX) {
                        prefix = Path.of(value(rest, ++i, arg)).toAbsolutePath().normalize();
                    }
                }
                case "--name" -> {
                    name = value(rest, ++i, arg);
                    if (!KERNEL_NAME.matcher(name).matches()) {
                        throw new UsageException("--name must be letters, digits, '.', '_' or '-' (Jupyter's rule) but was '" + name + "'");
                    }
                }
                case "--display-name" -> displayName = value(rest, ++i, arg);
                case "--replace" -> replace = true;
                case "--full-jit" -> fullJit = true;
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (action == Action.UNINSTALL && (displayName != null || fullJit)) {
            throw new UsageException("uninstall takes only --user, --sys-prefix, --prefix DIR and --name");
        }
        return new InstallOptions(action, scope == null ? Scope.USER : scope, prefix, name,
                displayName == null ? DEFAULT_DISPLAY_NAME : displayName, replace, fullJit);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value" + (option.equals("--prefix") ? " (a directory)" : ""));
        }
        return args.get(index);
    }

    private static String flag(Scope scope) {
        return switch (scope) {
            case USER -> "--user";
            case SYS_PREFIX -> "--sys-prefix";
            case PREFIX -> "--prefix";
        };
    }

    /** A command line that cannot be run; the message names the argument. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}
