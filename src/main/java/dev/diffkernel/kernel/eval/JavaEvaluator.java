package dev.diffkernel.kernel.eval;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.PersistentSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;

import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Evaluates notebook cells as Java with JShell, inside this JVM, and answers the editor's questions
 * about code (completion, documentation, completeness). A cell may hold several snippets; the live
 * value of the last one, if it is an expression, is the cell's result.
 *
 * <p>Not thread-safe except for {@link #stop()}, which may be called from any thread while
 * {@link #eval} runs.
 */
public final class JavaEvaluator implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JavaEvaluator.class.getName());
    private static final int VALUE_TEXT_LIMIT = 120;

    /** Use {@link #jshell()}, which waits until JShell has its start-up imports; directly only where noted. */
    private final JShell shell;
    /** Made when first needed (see {@link QuickSplit} for why); guarded by this. */
    private SourceCodeAnalysis analysis;
    private final CapturingExecutionControl control;
    /** Compiles value expressions in one javac task; null where javac's internals are closed to us. */
    private final CellCompiler compiler;
    private final ReplClasses replClasses;
    /** Variables that {@code var} declarations compiled without JShell made; null where cells go through JShell alone. */
    private final CompiledVariables variables;
    /** Where each snippet came from, by snippet id, to point tracebacks at cells and lines. */
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    /** Methods the start-up's static imports bring in, by name, to the simple name of their class. */
    private final Map<String, String> importedMethods;
    private final List<String> facadeClasses;
    private final SourceJavadoc sourceJavadoc;

    /**
     * A snippet's or compiled cell's place: its first line in cell {@code [cell]}; its line k is
     * line {@code k + lineShift} of its class (0 for JShell's frames, which JShell translates).
     */
    private record Origin(int cell, int firstLine, String source, int lineShift) {
        Origin(int cell, int firstLine, String source) {
            this(cell, firstLine, source, 0);
        }
    }

    /**
     * A snippet's source and the offset in the cell where it starts; {@code silent} when the user
     * ended it with a semicolon, which (as in IPython) means "don't show the value".
     */
    record Piece(String source, int offset, boolean silent) {}

    /** The outcome of a cell that ran without error. */
    public record Result(Object value, boolean hasValue) {
        /** No value: the cell ended with a statement or declaration. */
        public static final Result NONE = new Result(null, false);
    }

    /**
     * Starts JShell with the given class path and start-up code (imports), and warms it up so the
     * first cell does not pay for it. Where {@link CellCompiler} can work and the start-up is all
     * imports, JShell takes its imports on a thread of its own (about half a second) while this
     * returns as soon as the compiler is warm: value expressions run at once, anything else waits
     * for JShell.
     *
     * @param classpath class path entries cells compile against, never null
     * @param startup snippets evaluated once, e.g. {@code import static ...*;}; failures are logged
     * @param console where JShell itself reports (not where cells print: they use System.out)
     */
    public JavaEvaluator(List<String> classpath, List<String> startup, PrintStream console) {
        long started = System.nanoTime();
        this.sourceJavadoc = new SourceJavadoc(JavaEvaluator.class.getClassLoader(), importedPackages(startup));
        var provider = new CapturingExecutionControl.Provider();
        this.shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .out(console)
                .err(console)
                .compilerOptions("-Xlint:none", "-proc:none")
                .build();
        this.control = Objects.requireNonNull(provider.control(), "execution control");
        classpath.forEach(shell::addToClasspath);
        CellCompiler cells = CellCompiler.create(classpath);
        this.replClasses = cells == null ? null : ReplClasses.of(shell);
        this.compiler = replClasses == null ? null : cells;
        CompiledVariables compiledVariables = null;
        if (compiler != null) {
            control.onJShellClass = compiler::remember;
            try {
                compiledVariables = CompiledVariables.inTemporaryDirectory();
                shell.addToClasspath(compiledVariables.classPath().toString());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.info("var declarations go through JShell alone: " + e);
            }
        }
        this.variables = compiledVariables;
        this.importedMethods = staticallyImportedMethods(startup);
        this.facadeClasses = startup.stream().map(line -> STATIC_IMPORT.matcher(line.strip()))
                .filter(Matcher::matches).map(matcher -> matcher.group(1)).toList();
        long built = System.nanoTime();
        List<String> snippets = new ArrayList<>();
        for (String snippet : startupSnippets(startup)) {
            Matcher single = SINGLE_TYPE_IMPORT.matcher(snippet);
            if (single.matches()) {
                deferredImports.put(single.group(1), snippet);
            } else {
                snippets.add(snippet);
            }
        }
        Runnable startJShell = () -> {
            jshellStarter = Thread.currentThread();
            long begun = System.nanoTime();
            for (String snippet : snippets) {
                importDeferred(snippet);
                if (!evalStartup(snippet) && snippet.startsWith(IMPORTS_KEY)) {
                    // one import that cannot be found rejects them all: keep the others, name that one
                    startup.stream().filter(line -> IMPORT_LINE.matcher(line.strip()).matches()).forEach(this::evalStartup);
                }
            }
            long imported = System.nanoTime();
            warmUpJShell();
            LOG.fine(() -> String.format("JShell ready: built in %d ms, %d start-up lines in %d ms (single-type imports"
                    + " deferred: %d), warm-up %d ms", (built - started) / 1_000_000, startup.size(),
                    (imported - begun) / 1_000_000, deferredImports.size(), (System.nanoTime() - imported) / 1_000_000));
        };
        this.jshellStart = new FutureTask<>(startJShell, null);
        boolean allImports = startup.stream().allMatch(line -> line.strip().startsWith("import "));
        if (compiler != null && allImports) {
            this.startupImports = startup.stream().map(String::strip).toList();
            // javac's first task costs about 0.35 s of class loading and interpreted code: the compiler
            // takes it first; JShell takes its imports later, with javac warm (0.17 s instead of 0.4),
            // when the kernel is idle (prepareWhileIdle) or a cell first needs it
            warmUpCompiler();
            LOG.fine(() -> String.format("cell compiler ready: JShell built in %d ms, compiler warm %d ms later",
                    (built - started) / 1_000_000, (System.nanoTime() - built) / 1_000_000));
        } else {
            this.startupImports = List.of();
            jshellStart.run();
            warmUpCompiler();
        }
    }

    /**
     * Gives JShell its start-up imports now, on the calling thread, unless that is done or under way;
     * returns at once then. Also deletes the temporary directories killed kernels left behind
     * ({@link CompiledVariables#sweepAbandoned}). The kernel calls it when it falls idle: value expressions and
     * {@code var} declarations run without JShell, so a session's first cells need not share the
     * two cores with JShell's start, which only a cell JShell must take (a method, a statement, a
     * class), a completion or an inspection waits for.
     */
    public void prepareWhileIdle() {
        jshellStart.run();
        if (variables != null && !swept) {
            swept = true;
            variables.sweepAbandoned();
        }
    }

    /** Whether {@link #prepareWhileIdle} has looked for other kernels' abandoned directories; they are looked for once. */
    private volatile boolean swept;

    /**
     * The start-up's single-type imports (DiffKernel's {@code Figure}, {@code Layout}, ...) by simple
     * name, not yet given to JShell. Each is a JShell snippet of its own, so that a cell can replace
     * it, and costs JShell about 7 ms; together they were half of JShell's start. JShell takes one
     * only when a cell, a completion or an inspection names it; until then no snippet can need it.
     */
    private final Map<String, String> deferredImports = new ConcurrentHashMap<>();

    /** Gives JShell the deferred single-type imports whose simple names {@code code} mentions. */
    private void importDeferred(String code) {
        if (deferredImports.isEmpty()) {
            return;
        }
        for (String name : List.copyOf(deferredImports.keySet())) {
            if (mentions(code, name)) {
                String line = deferredImports.remove(name);
                if (line != null) {
                    evalStartup(line);
                }
            }
        }
    }

    /**
     * Whether {@code name} occurs in {@code code} as a whole identifier (in a comment too: harmless).
     * Wider than {@link Brackets#simpleNames} on purpose: a cell's own
     * {@code import tech.tablesaw.plotly.components.Marker;} names Marker after a dot, and the default
     * import must reach JShell before it, or would later replace the cell's.
     */
    static boolean mentions(String code, String name) {
        for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isJavaIdentifierPart(code.charAt(at - 1)))
                    && (end == code.length() || !Character.isJavaIdentifierPart(code.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SINGLE_TYPE_IMPORT = Pattern.compile("import\\s+[\\w.]+\\.(\\w+)\\s*;");

    /** JShell taking its start-up imports; done once JShell may be used. */
    private final FutureTask<Void> jshellStart;
    /** The start-up's import lines, for cells compiled while JShell is still taking them. */
    private final List<String> startupImports;
    /** The thread that gives JShell its imports, which may use it before {@link #jshell()} answers. */
    private volatile Thread jshellStarter;

    /** JShell, once it has its start-up imports (giving them now, or waiting for them, if need be). */
    private JShell jshell() {
        if (!jshellStart.isDone() && Thread.currentThread() != jshellStarter) {
            jshellStart.run(); // here and now, unless another thread has begun it
            boolean interrupted = false;
            while (true) {
                try {
                    jshellStart.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // JShell must be ready all the same: keep waiting, keep the flag
                } catch (ExecutionException e) {
                    throw new IllegalStateException("JShell did not start", e.getCause());
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return shell;
    }

    /**
     * Adds a jar or class directory for the cells that follow, to compile against and to run with
     * (JShell's own class loader takes it; the kernel's classes are unaffected).
     *
     * @param entry an existing jar or directory, not null
     * @return whether it was new (false: it was on the class path already)
     */
    public boolean addToClasspath(java.nio.file.Path entry) {
        String path = entry.toAbsolutePath().normalize().toString();
        if (addedClasspath.contains(path)) {
            return false;
        }
        jshell().addToClasspath(path);
        if (compiler != null) {
            compiler.addToClasspath(path);
        }
        addedClasspath.add(path);
        return true;
    }

    /** What {@link #addToClasspath} added so far, in order; never null. */
    public List<String> addedClasspath() {
        return List.copyOf(addedClasspath);
    }

    private final List<String> addedClasspath = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The class path of this JVM, for cells to compile against the kernel's own libraries. */
    public static List<String> currentClasspath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    /**
     * Has JShell compile, load and drop a method, which runs nothing: the cell compiler may be
     * running a cell meanwhile, and the execution engine runs one thing at a time.
     */
    private void warmUpJShell() {
        for (SnippetEvent event : shell.eval(compiler == null ? "1 + 1" : "void " + VALUE_VARIABLE + "WarmUp() {}")) {
            shell.drop(event.snippet());
        }
        if (compiler == null) {
            control.takeValue(); // not otherwise: the value a compiled cell is producing meanwhile is not ours
        }
    }

    /** Whether JShell has its start-up imports; for tests. */
    boolean jshellReady() {
        return jshellStart.isDone();
    }

    private void warmUpCompiler() {
        if (compiler != null) {
            try {
                evalCompiled("1 + 1", 0, new Piece("1 + 1", 0, false));
            } catch (CellException e) {
                LOG.warning("warm-up of the cell compiler failed: " + e.getMessage());
            }
        }
    }

    /** JShell's source analysis, made on first use: making it starts an index of the class path. */
    private synchronized SourceCodeAnalysis analysis() {
        if (analysis == null) {
            analysis = jshell().sourceCodeAnalysis();
        }
        return analysis;
    }

    /**
     * Runs a cell.
     *
     * @param cell the cell's code, never null
     * @param cellNumber the execution count, used in tracebacks that point into earlier cells
     * @return the value of the cell's last expression, if it has one
     * @throws CellException if a snippet does not compile or throws; earlier snippets stay defined
     */
    public Result eval(String cell, int cellNumber) throws CellException {
        int tooLong = StringConstants.firstTooLong(cell);
        if (tooLong >= 0) {
            throw classFileLimit("compiler.err.limit.string", "", cell, lineOf(cell, tooLong), "nothing in this cell was run");
        }
        importDeferred(cell);
        Result result = Result.NONE;
        for (Piece piece : split(cell)) {
            result = evalPiece(cell, cellNumber, piece);
        }
        return result;
    }

    private Result evalPiece(String cell, int cellNumber, Piece piece) throws CellException {
        // a stop from here on, while the piece compiles or runs, stops it
        control.takeValue();
        control.takeThreadDeath();
        stopRequested = false;
        control.clearStop();
        if (variables != null) {
            Result declared = evalDeclaration(cell, cellNumber, piece);
            if (declared != null) {
                return declared;
            }
        }
        if (mayBeTypedAsObject(piece)) {
            Result typed = compiler != null ? evalCompiled(cell, cellNumber, piece) : evalAsObject(cell, cellNumber, piece);
            if (typed != null) {
                return typed;
            }
        }
        List<SnippetEvent> events = evalSource(piece.source());
        Object value = control.takeValue();
        try {
            checkStopped(cell, piece);
            return outcome(cell, cellNumber, piece, events, value);
        } finally {
            dropTemporaries(events);
        }
    }

    private List<SnippetEvent> evalSource(String source) {
        control.takeValue();
        if (variables == null) {
            return jshell().eval(source);
        }
        variables.giveToJShell(source, jshell());
        List<SnippetEvent> events = jshell().eval(source);
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null && event.snippet() instanceof VarSnippet var && event.status().isDefined()) {
                variables.declaredByJShell(var.name(), jshell());
                declared(var.name());
            }
        }
        return events;
    }

    /**
     * When each variable was last declared, by name, JShell's and compiled cells' alike, so that
     * {@link #variables} lists them in that order, as JShell alone would.
     */
    private final Map<String, Integer> declarationOrder = new HashMap<>();
    private int declarations;

    private void declared(String name) {
        declarationOrder.put(name, ++declarations);
    }

    /**
     * The variables value expressions are evaluated into, and dropped at once; no cell names them.
     * Each has a name of its own, numbered: JShell keeps every snippet of a name it has seen, and
     * one name declared again and again made each cell slower than the last (500 ms a cell after
     * 2,000 cells).
     */
    static final String VALUE_VARIABLE = "$diffkernelValue";
    private int typedValues;

    private static final Pattern NOT_AN_EXPRESSION = Pattern.compile(
            "(?s)\\s*(?:@|(?:if|for|while|do|try|return|throw|break|continue|class|interface|enum|record|import|var"
                    + "|final|abstract|static|public|private|protected|synchronized|assert|yield|void|sealed)\\b).*");
    private static final Pattern SWITCH = Pattern.compile("\\bswitch\\b");

    /**
     * Whether a piece may be a value expression worth evaluating as {@code Object v = expression;}.
     * Pieces that cannot be (statements, declarations, blocks) are left out to save a try; a
     * {@code switch} expression is left out because its arms would be boxed one by one for an
     * {@code Object} target ({@code 1} rather than {@code 1.0} for arms {@code 1} and {@code 2.0});
     * a comma at the top level because {@code Object v = 1, y = 2;} would declare {@code y}.
     */
    private static boolean mayBeTypedAsObject(Piece piece) {
        String source = piece.source();
        return !piece.silent() && Brackets.lastCodeChar(source) != '}' && !Brackets.hasTopLevelComma(source)
                && !NOT_AN_EXPRESSION.matcher(source).matches() && !SWITCH.matcher(source).find();
    }

    /**
     * Evaluates a value expression as the declaration {@code Object $diffkernelValueN = expression;},
     * then drops that variable. JShell compiles a declaration of a given type without first
     * analysing the expression for its type, so this takes one of JShell's three javac tasks away
     * (about a third of a trivial cell's time). The value is the same live object.
     *
     * @return the cell's value, or null when JShell does not take the piece this way (a void call,
     *     a statement, a compile error, a name not yet defined): the piece is then evaluated as it
     *     is, and JShell reports any error in its own words
     */
    private Result evalAsObject(String cell, int cellNumber, Piece piece) throws CellException {
        String name = VALUE_VARIABLE + ++typedValues;
        // the semicolon on a line of its own, so that a trailing // comment cannot swallow it
        List<SnippetEvent> events = evalSource("Object " + name + " = " + piece.source() + "\n;");
        Object value = control.takeValue();
        try {
            List<SnippetEvent> own = events.stream().filter(event -> event.causeSnippet() == null).toList();
            checkStopped(cell, piece); // a stopped piece is not run again
            if (own.size() != 1 || own.get(0).status() != Snippet.Status.VALID
                    || !(own.get(0).snippet() instanceof VarSnippet var && var.name().equals(name))) {
                return null;
            }
            origins.put(var.id(), new Origin(cellNumber, lineOf(cell, piece.offset()), piece.source()));
            if (own.get(0).exception() != null) {
                throw runtimeError(own.get(0).exception());
            }
            return new Result(value, true);
        } finally {
            for (SnippetEvent event : events) {
                if (event.causeSnippet() == null && jshell().status(event.snippet()).isActive()) {
                    jshell().drop(event.snippet());
                }
            }
        }
    }

    /** The simple names of the classes {@link #evalCompiled} makes, numbered, and their binary names. */
    private static final String CELL_CLASS = "$DiffKernelCell$";
    static final String CELL_CLASS_PREFIX = CellCompiler.PACKAGE + "." + CELL_CLASS;
    private int compiledCells;
    private int compiledCellsRun;

    /** How many pieces ran compiled by {@link CellCompiler} rather than by JShell; for tests. */
    int compiledCellsRun() {
        return compiledCellsRun;
    }

    /**
     * Evaluates a value expression without JShell: compiled in one javac task into a class of
     * JShell's {@code REPL} package that imports what JShell's own next snippet would (the import
     * snippets, and the notebook's variables, methods and classes that the expression names), loaded
     * and run by JShell's execution engine like a snippet, so that an interrupt, {@code System.exit}
     * and the memory guard treat it alike. JShell takes three javac tasks for the same (parse,
     * analyse, compile); this takes a short cell two to four times less time.
     *
     * @return the cell's value, or null when javac does not take the piece as a value expression (a
     *     void call, a statement, an error, something only JShell's own wrapping handles): JShell then
     *     evaluates it and reports any error in its own words; nothing of the piece has run
     */
    private Result evalCompiled(String cell, int cellNumber, Piece piece) throws CellException {
        String simpleName = CELL_CLASS + ++compiledCells;
        Ran ran = compileAndRun(cell, cellNumber, piece, simpleName, cellHeader(piece.source()),
                "class " + simpleName + " { static Object do_it$() throws Throwable {\n return " + piece.source() + "\n; } }\n");
        if (ran == null) {
            return null;
        }
        ran.rethrow();
        return new Result(ran.value(), true);
    }

    /**
     * What running a compiled class's {@code do_it$} gave: its value, or what it threw (the error
     * the user sees, already made) or why it stopped; and the classes compiled, by binary name.
     */
    private record Ran(Object value, CellException failure, Map<String, byte[]> classes) {
        void rethrow() throws CellException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Compiles {@code header} and {@code body}, the source of a class {@code simpleName} of the REPL
     * package whose {@code do_it$} runs the piece, then runs it ({@link #runCompiled}). In the body,
     * the piece's code begins on a line of its own, after the class's first line, and is followed by
     * a line break before any semicolon the body adds, which a trailing {@code //} comment would
     * otherwise swallow.
     *
     * @return the outcome, or null when javac, the loading or the start refused it: nothing of the
     *     piece has run, and JShell may take it
     */
    private Ran compileAndRun(String cell, int cellNumber, Piece piece, String simpleName, String header, String body)
            throws CellException {
        Map<String, byte[]> classes = compiler.compile(simpleName, header + body);
        int headerLines = (int) header.chars().filter(c -> c == '\n').count() + 1;
        return classes == null ? null : runCompiled(cell, cellNumber, piece, simpleName, classes, headerLines);
    }

    /**
     * Loads a cell's classes and runs {@code do_it$} of the one named {@code simpleName}, as JShell
     * runs a snippet: on JShell's execution engine, so that an interrupt, {@code System.exit} and the
     * memory guard treat it alike.
     *
     * @param headerLines the lines of the source before the piece's first
     * @return the outcome, or null when the classes did not load or the method did not start:
     *     nothing of the piece has run, and JShell may take it
     * @throws CellException when the cell was stopped while it compiled
     */
    private Ran runCompiled(String cell, int cellNumber, Piece piece, String simpleName, Map<String, byte[]> classes,
            int headerLines) throws CellException {
        String className = CellCompiler.PACKAGE + "." + simpleName;
        checkStopped(cell, piece); // stopped while it compiled
        try {
            control.load(classes.entrySet().stream()
                    .map(c -> new ExecutionControl.ClassBytecodes(c.getKey(), c.getValue()))
                    .toArray(ExecutionControl.ClassBytecodes[]::new));
        } catch (ExecutionControl.ExecutionControlException e) {
            LOG.fine(() -> "a compiled cell did not load, JShell takes it: " + e);
            return null;
        }
        compiledCellsRun++;
        origins.put(simpleName, new Origin(cellNumber, lineOf(cell, piece.offset()), piece.source(), headerLines));
        Throwable failure = null;
        try {
            control.invoke(className, "do_it$");
        } catch (ExecutionControl.InternalException e) {
            LOG.fine(() -> "a compiled cell did not start, JShell takes it: " + e);
            return null; // thrown before the cell's code runs (finding its class or method)
        } catch (ExecutionControl.ExecutionControlException e) {
            failure = e;
        }
        Object value = control.takeValue();
        try {
            checkStopped(cell, piece);
        } catch (CellException stopped) {
            return new Ran(null, stopped, classes);
        }
        if (failure instanceof ExecutionControl.StoppedException) {
            String message = "the cell was stopped at line " + lineOf(cell, piece.offset());
            return new Ran(null, new CellException("InterruptedException", message, List.of("InterruptedException: " + message)),
                    classes);
        }
        return new Ran(value, failure == null ? null : runtimeError(failure), classes);
    }

    /** The simple names of the classes {@link #evalDeclaration} makes to hold variables, numbered. */
    private static final String VARIABLE_CLASS = "$DiffKernelVar$";
    private static final String TYPE_PROBE_CLASS = "$DiffKernelType$";
    private int variableClasses;
    private int typeProbes;

    /**
     * Declares {@code var name = expression} or {@code Type name = expression} without JShell: javac's
     * analysis finds the variable's type (for {@code var}, the one it gives the expression), then one
     * class with a static field of that type is compiled, its initializer run, and the field kept as
     * the notebook's variable ({@link CompiledVariables}).
     * A declaration of a variable declared so before, with the same type, assigns the same field.
     * As with JShell, an initializer that throws leaves the variable declared, with Java's default
     * value. Two javac tasks in a warm context instead of JShell's three, and JShell need not have
     * started: a session's first cells run while it has not.
     *
     * @return {@link Result#NONE}, or null when the piece is not such a declaration or JShell should
     *     take it: a type that cannot be written for a field (an anonymous class, a class the
     *     notebook declared), a variable JShell holds, an initializer that names the variable or is
     *     an array initializer ({@code int[] a = {1, 2}}, which only a declaration may have), an
     *     error (JShell reports it in its own words); nothing of the piece has run then
     */
    private Result evalDeclaration(String cell, int cellNumber, Piece piece) throws CellException {
        Declaration declaration = Declaration.of(Brackets.withoutLastSemicolon(piece.source()));
        if (declaration == null) {
            return null;
        }
        String name = declaration.name();
        String expression = declaration.initializer();
        if (expression.strip().startsWith("{") || Brackets.hasTopLevelComma(expression)
                || Brackets.simpleNames(expression).contains(name) || jshellHasVariable(name)) {
            return null;
        }
        String header = cellHeader(declaration.type() + " " + expression);
        String probe = TYPE_PROBE_CLASS + ++typeProbes;
        String type = compiler.variableType(probe, header + "class " + probe + " { static void probe$() throws Throwable {\n "
                + declaration.type() + " $value = " + expression + "\n; } }\n", "$value");
        if (type == null) {
            return null;
        }
        CompiledVariables.Holder old = variables.get(name);
        boolean sameField = old != null && old.type().equals(type);
        String holder = sameField ? old.className().substring(CellCompiler.PACKAGE.length() + 1) : VARIABLE_CLASS + ++variableClasses;
        String runner = sameField ? CELL_CLASS + ++compiledCells : holder;
        String field = holder + "." + name;
        String body = (sameField ? "class " + runner + " {" : "public class " + holder + " { public static " + type + " " + name + ";")
                + " static Object do_it$() throws Throwable {\n " + field + " = " + CompiledVariables.defaultValue(type) + "; "
                + field + " = " + expression + "\n; return null; } }\n";
        Ran ran = compileAndRun(cell, cellNumber, piece, runner, header, body);
        if (ran == null) {
            return null;
        }
        if (!sameField) {
            variables.declared(new CompiledVariables.Holder(name, type, CellCompiler.PACKAGE + "." + holder), ran.classes(),
                    jshellStart.isDone() ? jshell() : null);
        }
        declared(name);
        ran.rethrow();
        return Result.NONE;
    }

    /** Whether JShell holds a variable of this name (none before it has started: its start-up is imports then). */
    private boolean jshellHasVariable(String name) {
        return jshellStart.isDone()
                && jshell().variables().anyMatch(v -> v.name().equals(name) && jshell().status(v).isActive());
    }

    /**
     * The package and imports of a compiled cell: those JShell's own next snippet would have (its
     * import snippets, and an {@code import static} of each of the notebook's declarations), less
     * what the cell does not need. Imports cost javac about half of such a cell's time; a cell whose
     * simple names are all the notebook's own ({@code f.diff()}, {@code x * 2}, {@code 1 + 1}) needs
     * none but theirs, which would shadow any other anyway.
     */
    private String cellHeader(String expression) {
        StringBuilder source = new StringBuilder("package ").append(CellCompiler.PACKAGE).append(";\n");
        java.util.Set<String> simpleNames = Brackets.simpleNames(expression);
        java.util.Set<String> own = new java.util.HashSet<>();
        if (variables != null) {
            for (CompiledVariables.Holder holder : variables.all()) {
                if (simpleNames.contains(holder.name())) {
                    source.append("import static ").append(holder.className()).append('.').append(holder.name()).append(";\n");
                    own.add(holder.name());
                }
            }
        }
        if (!jshellStart.isDone()) {
            // JShell has not taken the start-up imports, so no cell has declared anything in it yet
            if (!own.containsAll(simpleNames)) {
                startupImports.forEach(line -> source.append(line).append('\n'));
            }
        } else {
            jshell().snippets().forEach(snippet -> {
                if (snippet instanceof DeclarationSnippet declared && simpleNames.contains(declared.name())
                        && jshell().status(snippet).isDefined()) {
                    source.append("import static ").append(replClasses.className(snippet)).append('.')
                            .append(declared.name()).append(";\n");
                    own.add(declared.name());
                }
            });
            if (!own.containsAll(simpleNames)) {
                jshell().imports().forEach(i -> {
                    String text = i.source().strip();
                    source.append(text).append(text.endsWith(";") ? "\n" : ";\n");
                });
            }
        }
        return source.toString();
    }

    private void checkStopped(String cell, Piece piece) throws CellException {
        if (stopRequested && memoryReason != null) {
            String message = "the cell was stopped at line " + lineOf(cell, piece.offset()) + " because " + memoryReason
                    + ". Free memory by setting large variables to null (or restart the kernel).";
            memoryReason = null;
            throw new CellException("OutOfMemoryError", message, List.of("OutOfMemoryError: " + message));
        }
        if (control.takeThreadDeath() && !stopRequested) {
            String message = "the cell's thread was stopped at line " + lineOf(cell, piece.offset())
                    + " (Thread.stop() or ThreadDeath thrown by the cell); the rest of the cell did not run";
            throw new CellException("ThreadDeath", message, List.of("ThreadDeath: " + message));
        }
        if (stopRequested) {
            String message = "the cell was stopped (Kernel > Interrupt) at line " + lineOf(cell, piece.offset())
                    + "; variables defined so far are kept";
            throw new CellException("InterruptedException", message, List.of("InterruptedException: " + message));
        }
    }

    private Result outcome(String cell, int cellNumber, Piece piece, List<SnippetEvent> events, Object value)
            throws CellException {
        Result result = Result.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet was updated; not this cell's concern
            }
            Snippet snippet = event.snippet();
            origins.put(snippet.id(), new Origin(cellNumber, lineOf(cell, piece.offset()), piece.source()));
            if (!event.status().isDefined()) {
                failIfOverClassFileLimit(cell, piece, snippet);
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw compilationError(cell, piece, snippet);
            }
            if (event.exception() != null) {
                throw runtimeError(event.exception());
            }
            if (snippet instanceof DeclarationSnippet declaration && (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
                warnUnresolved(declaration);
            }
            if (snippet instanceof MethodSnippet method && event.status().isDefined()) {
                warnIfHidingImport(method);
            }
            if (isValueExpression(snippet) && !piece.silent()) {
                result = new Result(value, true);
            }
        }
        return result;
    }

    /**
     * Forgets the {@code $N} variable JShell makes for each expression, once its value is captured.
     * JShell imports every live one into each later compilation, so keeping them would make every
     * cell compile slower than the one before (about 30 ms per cell after a few hundred cells). The
     * cost: a cell cannot refer to {@code $3}, a name notebooks never show.
     */
    private void dropTemporaries(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null && event.snippet() instanceof VarSnippet var
                    && var.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                    && jshell().status(var).isActive()) {
                jshell().drop(var);
            }
        }
    }

    private static boolean isValueExpression(Snippet snippet) {
        if (snippet instanceof VarSnippet var) {
            return var.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        }
        return snippet instanceof ExpressionSnippet expression
                && expression.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    /**
     * A method declared in a cell hides every statically imported method of the same name (Java's
     * scoping rules), so {@code plot(f)} would stop compiling after a cell declares its own
     * {@code plot}: say so, and how to still reach the DSL's.
     */
    private void warnIfHidingImport(MethodSnippet method) {
        String facade = importedMethods.get(method.name());
        if (facade != null) {
            // stdout, not stderr: nbgrader scores a graded cell with any stderr output as 0 points
            System.out.println("Note: your method " + method.name() + "(...) hides " + facade + "." + method.name()
                    + "(...) from now on; call that one as " + facade + "." + method.name()
                    + "(...), or give yours another name.");
        }
    }

    /** The packages of {@code import p.*;} and {@code import static p.C.*;} lines, in order. */
    private static List<String> importedPackages(List<String> startup) {
        List<String> packages = new ArrayList<>();
        for (String line : startup) {
            Matcher m = IMPORT_LINE.matcher(line.strip());
            if (m.matches()) {
                String name = m.group(2);
                String pkg = m.group(1) != null ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name;
                if (!pkg.isEmpty() && !packages.contains(pkg)) {
                    packages.add(pkg);
                }
            }
        }
        return packages;
    }

    /** Evaluates one start-up snippet; a rejected one is logged with JShell's reason. */
    private boolean evalStartup(String snippet) {
        boolean accepted = true;
        for (SnippetEvent event : jshell().eval(snippet)) {
            if (event.status() == Snippet.Status.REJECTED) {
                accepted = false;
                if (!snippet.startsWith(IMPORTS_KEY)) {
                    LOG.warning("Start-up snippet rejected: " + snippet + " " + diagnostics(event.snippet()));
                }
            }
        }
        return accepted;
    }

    /**
     * The start-up as JShell evaluates it: all on-demand imports ({@code import p.*;},
     * {@code import static p.C.*;}) in one snippet, keyed by {@link #IMPORTS_KEY}, then the other
     * lines one by one. Evaluated one by one, the ~30 imports cost a kernel about 40 ms more of its start;
     * single-type imports stay snippets of their own, so that a cell can replace one
     * ({@code import tech.tablesaw.plotly.components.Figure;}), and wait until a cell names them
     * ({@link #importDeferred}).
     */
    static List<String> startupSnippets(List<String> startup) {
        List<String> onDemand = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String line : startup) {
            (IMPORT_LINE.matcher(line.strip()).matches() ? onDemand : others).add(line.strip());
        }
        List<String> snippets = new ArrayList<>();
        if (!onDemand.isEmpty()) {
            snippets.add(IMPORTS_KEY + " " + String.join(" ", onDemand));
        }
        snippets.addAll(others);
        return snippets;
    }

    /** First in the snippet of default imports, which JShell keys by it; see {@code eval.imports}. */
    static final String IMPORTS_KEY = "import dev.diffkernel.kernel.eval.imports.*;";

    private static final Pattern IMPORT_LINE = Pattern.compile("import\\s+(static\\s+)?([\\w.]+)\\.\\*\\s*;");

    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "(?s)(?:no suitable method found for (\\w+)\\(|method (\\w+) in class \\S+ cannot be applied).*");

    /**
     * For a DSL method called with arguments none of its overloads takes, the overloads in short,
     * e.g. {@code plot takes (Fn...), (double[]), (String, double[]), …}: javac names only those of
     * the same arity, with every type spelled out in full.
     */
    private String overloads(String message) {
        Matcher m = NOT_APPLICABLE.matcher(message);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        String facade = importedMethods.get(name);
        if (facade == null) {
            return null;
        }
        List<String> forms = new ArrayList<>();
        for (String qualified : facadeClasses) {
            if (!qualified.endsWith("." + facade)) {
                continue;
            }
            try {
                Class<?> type = Class.forName(qualified, false, JavaEvaluator.class.getClassLoader());
                for (Method method : type.getMethods()) {
                    if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers())) {
                        StringBuilder form = new StringBuilder(name).append('(');
                        Class<?>[] parameters = method.getParameterTypes();
                        for (int i = 0; i < parameters.length; i++) {
                            String simple = parameters[i].getSimpleName();
                            if (i == parameters.length - 1 && method.isVarArgs()) {
                                simple = simple.replace("[]", "...");
                            }
                            form.append(i == 0 ? "" : ", ").append(simple);
                        }
                        forms.add(form.append(')').toString());
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }
        if (forms.isEmpty()) {
            return null;
        }
        java.util.Collections.sort(forms);
        return facade + "." + name + " takes one of: " + String.join(", ", forms);
    }

    /** Public static methods of the classes that {@code import static C.*;} lines name, to their class. */
    private static Map<String, String> staticallyImportedMethods(List<String> startup) {
        Map<String, String> methods = new HashMap<>();
        for (String line : startup) {
            Matcher matcher = STATIC_IMPORT.matcher(line.strip());
            if (!matcher.matches()) {
                continue;
            }
            try {
                Class<?> type = Class.forName(matcher.group(1), false, JavaEvaluator.class.getClassLoader());
                for (Method m : type.getMethods()) {
                    if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type) {
                        methods.putIfAbsent(m.getName(), type.getSimpleName());
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.fine("cannot list the methods of " + matcher.group(1) + ": " + e);
            }
        }
        return methods;
    }

    private static final Pattern STATIC_IMPORT = Pattern.compile("import\\s+static\\s+([\\w.]+)\\.\\*\\s*;");

    private void warnUnresolved(DeclarationSnippet snippet) {
        List<String> missing = jshell().unresolvedDependencies(snippet).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            System.out.println("Note: " + snippet.name() + " cannot be used until "
                    + String.join(", ", missing) + " is defined.");
        }
    }

    // ---- calling user code from the kernel ------------------------------------------------------

    /** How long one variable's {@code toString()} may take in {@code %vars} and inspect. */
    static final long VALUE_TEXT_MILLIS = 1_000;
    /** After a stop, how long a call into user code gets to end before it is abandoned. */
    private static final long STOP_GRACE_MILLIS = 2_000;

    /**
     * Runs kernel code that calls into the user's code outside a snippet, such as rendering a cell's
     * value (its {@code toString()} may never return), so that {@link #stop()} and the memory guard
     * can end it like a cell. It runs on a thread of its own; a call that will not end is abandoned.
     *
     * @param task the work, e.g. rendering a value
     * @param timeoutMillis how long it may take; 0 for as long as it is not stopped
     * @param what what the task does, for messages ("showing the cell's value")
     * @return what the task returned
     * @throws CellException when it was stopped (interrupt, memory) or timed out, naming {@code what}
     * @throws Exception what the task itself threw
     */
    public <T> T callUserCode(Callable<T> task, long timeoutMillis, String what) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, "cell-value");
        thread.setDaemon(true);
        long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000 : Long.MAX_VALUE;
        stopRequested = false;
        synchronized (userCallLock) {
            userCall = thread;
        }
        thread.start();
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    boolean late = System.nanoTime() - deadline > 0;
                    if (stopRequested || late) {
                        control.stopForeign(thread);
                        try {
                            future.get(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                        } catch (ExecutionException | TimeoutException | CancellationException ended) {
                            LOG.fine("a stopped call into user code ended: " + ended);
                        }
                        throw stoppedCall(what, late && !stopRequested, timeoutMillis);
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof ThreadDeath || stopRequested) {
                        throw stoppedCall(what, false, timeoutMillis);
                    }
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            synchronized (userCallLock) {
                userCall = null;
                control.clearForeignStop();
            }
        }
    }

    private static final long POLL_MILLIS = 100;
    private final Object userCallLock = new Object();
    private Thread userCall;

    private CellException stoppedCall(String what, boolean timedOut, long timeoutMillis) {
        String reason = memoryReason;
        memoryReason = null;
        if (reason != null) {
            String message = what + " was stopped because " + reason
                    + ". Free memory by setting large variables to null (or restart the kernel).";
            return new CellException("OutOfMemoryError", message, List.of("OutOfMemoryError: " + message));
        }
        String message = timedOut
                ? what + " did not finish within " + timeoutMillis + " ms and was stopped"
                : what + " was stopped (Kernel > Interrupt); the cell itself ran and its variables are kept";
        return new CellException(timedOut ? "TimeoutException" : "InterruptedException", message,
                List.of((timedOut ? "TimeoutException: " : "InterruptedException: ") + message));
    }

    /**
     * Sets what runs on a cell's own thread the moment the cell throws OutOfMemoryError (the
     * kernel frees its memory reserve there, before its own threads need memory); it must not
     * allocate.
     */
    public static void onOutOfMemory(Runnable action) {
        CapturingExecutionControl.onOutOfMemory = Objects.requireNonNull(action, "action");
    }

    /** Ends the running snippet, if any; the notebook's variables are kept. Safe from any thread. */
    public void stop() {
        stopBecause(null);
    }

    /**
     * Ends the running snippet for a reason other than the user's interrupt, e.g. memory; the
     * cell then fails with an {@code OutOfMemoryError} that gives the reason.
     *
     * @param memoryReason why, or null for a plain interrupt
     */
    public void stopBecause(String memoryReason) {
        this.memoryReason = memoryReason;
        stopRequested = true;
        control.requestStop(); // in case the snippet is still compiling and has not started yet
        shell.stop(); // at once, from any thread, even while JShell takes its imports
    }

    private volatile boolean stopRequested;
    private volatile String memoryReason;

    // ---- splitting a cell into snippets ---------------------------------------------------------

    List<Piece> split(String cell) {
        List<int[]> spans = QuickSplit.spans(cell);
        if (spans != null) {
            List<Piece> pieces = new ArrayList<>();
            for (int[] span : spans) {
                String source = cell.substring(span[0], span[1]);
                pieces.add(trimmed(source, span[0], Brackets.lastCodeChar(source) == ';'));
            }
            return pieces;
        }
        return splitByAnalysis(cell);
    }

    /** How JShell's analysis splits a cell, for any cell. */
    List<Piece> splitByAnalysis(String cell) {
        SourceCodeAnalysis analysis = analysis();
        List<Piece> pieces = new ArrayList<>();
        int consumed = 0;
        String remaining = cell;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (!completeness.isComplete() || info.source() == null) {
                // Incomplete (e.g. a missing brace): compile it anyway so the user sees javac's error.
                pieces.add(trimmed(remaining, consumed, Brackets.lastCodeChar(remaining) == ';'));
                break;
            }
            int used = remaining.length() - info.remaining().length();
            boolean silent = Brackets.lastCodeChar(remaining.substring(0, Math.max(0, used))) == ';';
            pieces.add(trimmed(info.source(), consumed + startOf(remaining, info.source()), silent));
            if (used <= 0) {
                break;
            }
            consumed += used;
            remaining = info.remaining();
        }
        return pieces;
    }

    /** JShell counts stack-frame lines from a snippet's first code line, so drop leading blanks. */
    private static Piece trimmed(String source, int offset, boolean silent) {
        int skip = 0;
        while (skip < source.length() && Character.isWhitespace(source.charAt(skip))) {
            skip++;
        }
        return new Piece(source.substring(skip), offset + skip, silent);
    }

    /**
     * Where {@code source} starts within {@code chunk}. JShell's source is normally the chunk's own
     * text (leading blank lines included, so positions in it count from there), sometimes with a
     * semicolon added; failing that, it starts at the first non-blank character.
     */
    private static int startOf(String chunk, String source) {
        String body = source.endsWith(";") && !chunk.contains(source) ? source.substring(0, source.length() - 1) : source;
        int at = body.isEmpty() ? -1 : chunk.indexOf(body);
        if (at >= 0) {
            return at;
        }
        int i = 0;
        while (i < chunk.length() && Character.isWhitespace(chunk.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lineText(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    // ---- errors ---------------------------------------------------------------------------------

    /**
     * javac accepts some code that no class file can hold (a string constant over 65,535 bytes, a
     * method over 65,535 bytes of bytecode); JShell then keeps the snippet as "recoverable", defines
     * nothing, and drags it into every later compilation, which all fail silently. Drop such a
     * snippet and say which limit it broke.
     */
    private void failIfOverClassFileLimit(String cell, Piece piece, Snippet snippet) throws CellException {
        Diag limit = jshell().diagnostics(snippet).filter(d -> d.isError() && d.getCode().startsWith("compiler.err.limit"))
                .findFirst().orElse(null);
        if (limit == null) {
            return;
        }
        if (jshell().status(snippet).isActive()) {
            jshell().drop(snippet);
        }
        long position = limit.getPosition() == Diag.NOPOS ? limit.getStartPosition() : limit.getPosition();
        int line = lineOf(cell, piece.offset() + (int) Math.max(0, Math.min(position, piece.source().length())));
        String consequence = limit.getCode().startsWith("compiler.err.limit.string") || limit.getCode().equals("compiler.err.limit.pool")
                ? "nothing in this snippet was defined, and JShell's compiler may now reject every cell: restart the kernel"
                : "nothing in this snippet was defined";
        throw classFileLimit(limit.getCode(), limit.getMessage(Locale.ROOT), cell, line, consequence);
    }

    private static CellException classFileLimit(String code, String javacMessage, String cell, int line, String consequence) {
        String message = classFileLimitMessage(code, javacMessage) + " (line " + line + "); " + consequence;
        String text = lineText(cell, line).strip();
        List<String> traceback = List.of("ClassFileLimitException: " + message,
                "    " + (text.length() > 100 ? text.substring(0, 99) + "…" : text));
        return new CellException("ClassFileLimitException", message, traceback);
    }

    static String classFileLimitMessage(String code, String javacMessage) {
        return switch (code) {
            case "compiler.err.limit.string", "compiler.err.limit.string.overflow" ->
                    "a string constant is longer than 65,535 bytes, the most a Java class file can hold; build long"
                            + " text at run time (\"b\".repeat(70000), a StringBuilder) or read it from a file";
            case "compiler.err.limit.code" ->
                    "code too large: this compiles to a method of more than 65,535 bytes of bytecode, the most a Java"
                            + " class file allows (a large array literal or thousands of statements do this); fill"
                            + " the array in a loop or from a file, or split the code into several methods";
            default -> javacMessage.lines().findFirst().orElse(code) + ": a limit of the Java class file";
        };
    }

    private String diagnostics(Snippet snippet) {
        return jshell().diagnostics(snippet).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; "));
    }

    private CellException compilationError(String cell, Piece piece, Snippet snippet) {
        List<Diag> errors = jshell().diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (errors.isEmpty()) {
            return new CellException("CompilationException", "the snippet was rejected",
                    List.of("CompilationException: the snippet was rejected: " + piece.source().strip()));
        }
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diag diag : errors) {
            List<String> message = cleanDiagnostic(diag.getMessage(Locale.ROOT));
            if (first == null) {
                first = String.join(" ", message).replaceAll("\\s+", " ").strip();
            }
            long position = diag.getPosition() == Diag.NOPOS ? diag.getStartPosition() : diag.getPosition();
            int offset = piece.offset() + (int) Math.max(0, Math.min(position, piece.source().length()));
            int line = lineOf(cell, offset);
            int lineStart = cell.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
            if (offset == 0) {
                lineStart = 0;
            }
            int column = offset - lineStart;
            traceback.add("CompilationException: " + message.get(0) + " (line " + line + ", column " + (column + 1) + ")");
            for (int i = 1; i < message.size(); i++) {
                traceback.add(message.get(i));
            }
            String text = lineText(cell, line);
            traceback.add("    " + text);
            traceback.add("    " + " ".repeat(Math.max(0, Math.min(column, text.length()))) + "^");
        }
        String overloads = overloads(errors.get(0).getMessage(Locale.ROOT));
        if (overloads != null) {
            traceback.add(overloads);
            first += "; " + overloads;
        }
        return new CellException("CompilationException", first, traceback);
    }

    /** javac's text minus JShell's synthetic wrapper class ("location: class "). */
    private static List<String> cleanDiagnostic(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.equals("location: class") || trimmed.startsWith("location: class $JShell")) {
                continue;
            }
            lines.add(line);
        }
        return lines.isEmpty() ? List.of(message) : lines;
    }

    /**
     * A cell's exception as Jupyter shows it: JShell's ({@link EvalException}, its frames already
     * translated to snippets) or, for a compiled cell, the execution engine's
     * ({@link ExecutionControl.UserException}, raw frames).
     */
    private CellException runtimeError(Throwable exception) {
        DeclarationSnippet unresolvedSnippet = null;
        if (exception instanceof UnresolvedReferenceException unresolved) {
            unresolvedSnippet = unresolved.getSnippet();
        } else if (exception instanceof ExecutionControl.ResolutionException resolution) {
            unresolvedSnippet = jshell().snippets().filter(s -> s.id().equals(String.valueOf(resolution.id())))
                    .filter(DeclarationSnippet.class::isInstance).map(DeclarationSnippet.class::cast).findFirst().orElse(null);
        }
        if (unresolvedSnippet != null) {
            String missing = jshell().unresolvedDependencies(unresolvedSnippet).collect(Collectors.joining(", "));
            String message = unresolvedSnippet.name() + " cannot run until " + missing + " is defined";
            return new CellException("UnresolvedReferenceException", message,
                    List.of("UnresolvedReferenceException: " + message));
        }
        List<String> traceback = new ArrayList<>();
        String ename = exception.getClass().getSimpleName();
        String evalue = Objects.toString(exception.getMessage(), "");
        boolean firstInChain = true;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String className = t instanceof EvalException eval ? eval.getExceptionClassName()
                    : t instanceof ExecutionControl.UserException user ? user.causeExceptionClass() : t.getClass().getName();
            String simple = className.substring(className.lastIndexOf('.') + 1);
            String message = t.getMessage();
            if (firstInChain) {
                ename = simple;
                evalue = message == null ? "" : message;
            }
            String heading = (firstInChain ? "" : "Caused by: ") + simple + (message == null ? "" : ": " + message);
            traceback.addAll(List.of(heading.split("\n")));
            traceback.addAll(userFrames(t.getStackTrace()));
            firstInChain = false;
        }
        return new CellException(ename, evalue, traceback);
    }

    /** The stack frames in the user's own code, as "at line N of cell [C]: code". */
    private List<String> userFrames(StackTraceElement[] stack) {
        List<String> lines = new ArrayList<>();
        for (StackTraceElement raw : stack) {
            StackTraceElement frame = replClasses != null ? replClasses.translate(raw) : raw;
            String file = frame.getFileName();
            Origin origin;
            if (file != null && file.startsWith("#")) {
                origin = origins.get(file.substring(1));
            } else if (frame.getClassName().startsWith(CELL_CLASS_PREFIX)
                    || frame.getClassName().startsWith(CellCompiler.PACKAGE + "." + VARIABLE_CLASS)) {
                String simple = frame.getClassName().substring(CellCompiler.PACKAGE.length() + 1);
                int prefix = (simple.startsWith(CELL_CLASS) ? CELL_CLASS : VARIABLE_CLASS).length();
                int nested = simple.indexOf('$', prefix); // an anonymous class inside the cell
                origin = origins.get(nested < 0 ? simple : simple.substring(0, nested));
            } else {
                origin = null;
            }
            if (origin == null) {
                continue;
            }
            int snippetLine = Math.max(frame.getLineNumber() - origin.lineShift(), 1);
            int line = origin.firstLine() + snippetLine - 1;
            String code = lineText(origin.source(), snippetLine).strip();
            String method = frame.getMethodName();
            boolean topLevel = method.isEmpty() || method.startsWith("do_it$") || method.startsWith("<");
            String where = topLevel ? "" : " in " + method + "()";
            lines.add("    at line " + line + " of cell [" + origin.cell() + "]" + where + ": " + code);
        }
        return lines;
    }

    // ---- editor support -------------------------------------------------------------------------

    /** Where the snippet holding {@code cursor} starts. */
    private int snippetStart(String code, int cursor) {
        List<Piece> pieces = split(code.substring(0, Math.min(cursor, code.length())));
        return pieces.isEmpty() ? cursor : pieces.get(pieces.size() - 1).offset();
    }

    /**
     * Completions for the identifier at {@code cursor}.
     *
     * @return candidates (possibly none), never null
     */
    public Completion complete(String code, int cursor) {
        if (Brackets.endsInsideLiteralOrComment(code.substring(0, cursor))) {
            return new Completion(List.of(), cursor, cursor); // text, not Java: no names to offer
        }
        importDeferred(code);
        if (variables != null) {
            variables.giveToJShell(code, wordAt(code.substring(0, cursor), cursor), jshell());
        }
        int start = snippetStart(code, cursor);
        String snippet = code.substring(start, cursor);
        int[] anchor = new int[1];
        var suggestions = analysis().completionSuggestions(snippet, snippet.length(), anchor);
        var matches = new LinkedHashSet<String>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        // Names declared earlier in the same cell are not defined yet, but the user expects them.
        String prefix = snippet.substring(Math.min(anchor[0], snippet.length()));
        if (!prefix.isEmpty() && Character.isJavaIdentifierStart(prefix.charAt(0))) {
            for (Piece earlier : split(code.substring(0, start))) {
                for (Snippet declared : analysis().sourceToSnippets(earlier.source())) {
                    if (declared instanceof DeclarationSnippet d && d.name().startsWith(prefix)) {
                        matches.add(d instanceof MethodSnippet ? d.name() + "(" : d.name());
                    }
                }
            }
        }
        matches.removeIf(m -> m.startsWith("$"));
        return new Completion(List.copyOf(matches), start + anchor[0], cursor);
    }

    /**
     * Signature and Javadoc of what is at {@code cursor}, or the type and value of a variable.
     *
     * @return the text to show, or null when nothing is known there
     */
    public String inspect(String code, int cursor) {
        importDeferred(code);
        int start = snippetStart(code, cursor);
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        int paren = end;
        while (paren < code.length() && code.charAt(paren) == ' ') {
            paren++;
        }
        String word = wordAt(code, cursor);
        boolean call = paren < code.length() && code.charAt(paren) == '(';
        if (!call) {
            Optional<Variable> variable = variableNamed(word);
            if (variable.isPresent()) {
                Variable shown = variable.get();
                return shown.name() + " : " + shown.type() + " = " + shown.value();
            }
        }
        giveVariablesToJShell(code);
        // JShell documents a method when the cursor is inside its argument list and a type on its
        // name: try the name as a call, then the name, then the cursor as it is.
        String upToName = code.substring(start, end);
        List<String> candidates = new ArrayList<>();
        candidates.add(call ? code.substring(start, paren + 1) : upToName + "(");
        candidates.add(upToName);
        candidates.add(code.substring(start, cursor));
        for (String candidate : candidates) {
            List<SourceCodeAnalysis.Documentation> docs = analysis().documentation(candidate, candidate.length(), true);
            if (!docs.isEmpty()) {
                return docs.stream()
                        .map(d -> d.signature() + javadocOf(d).map(text -> "\n\n" + text).orElse(""))
                        .distinct()
                        .collect(Collectors.joining("\n\n"));
            }
        }
        return null;
    }

    private Optional<String> javadocOf(SourceCodeAnalysis.Documentation doc) {
        if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
            return Optional.of(Javadoc.toText(doc.javadoc()));
        }
        return sourceJavadoc.find(doc.signature());
    }

    /**
     * The variable of that name described, a compiled cell's (without starting JShell) or JShell's;
     * only that one: another's toString() may be slow or never return.
     */
    private Optional<Variable> variableNamed(String name) {
        if (variables != null && variables.get(name) != null) {
            return Optional.of(described(variables.get(name)));
        }
        return jshell().variables().filter(v -> v.name().equals(name) && jshell().status(v).isActive()).findFirst()
                .map(this::described);
    }

    private static String wordAt(String code, int cursor) {
        int from = Math.min(cursor, code.length());
        int to = from;
        while (from > 0 && Character.isJavaIdentifierPart(code.charAt(from - 1))) {
            from--;
        }
        while (to < code.length() && Character.isJavaIdentifierPart(code.charAt(to))) {
            to++;
        }
        return code.substring(from, to);
    }

    /** Whether a console should run {@code code} now or let the user type more lines. */
    public enum Readiness { COMPLETE, INCOMPLETE, INVALID }

    /** Decides {@link Readiness} for a console's multi-line input. */
    public Readiness readiness(String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY:
                    return Readiness.COMPLETE;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return Readiness.INCOMPLETE;
                case UNKNOWN:
                    return Readiness.INVALID;
                default:
                    if (info.remaining().length() >= remaining.length()) {
                        return Readiness.COMPLETE;
                    }
                    remaining = info.remaining();
            }
        }
        return Readiness.COMPLETE;
    }

    /** The variables defined so far (JShell's temporaries such as {@code $3} left out). */
    public List<Variable> variables() {
        List<Variable> all = new ArrayList<>();
        if (jshellStart.isDone()) {
            jshell().variables()
                    .filter(v -> jshell().status(v).isActive() && !v.name().startsWith("$"))
                    .map(this::described)
                    .forEach(all::add);
        }
        if (variables != null) {
            variables.all().stream().map(this::described).forEach(all::add);
        }
        all.sort(java.util.Comparator.comparingInt(v -> declarationOrder.getOrDefault(v.name(), 0)));
        return all;
    }

    private Variable described(CompiledVariables.Holder holder) {
        String value = valueText(() -> CapturingExecutionControl.valueText(control.staticField(holder.className(), holder.name())));
        return new Variable(holder.name(), shortTypeName(holder.type()), shorten(value));
    }

    private static String shortTypeName(String type) {
        return type.replaceAll("\\b(?:[a-z_]\\w*\\.)+(?=[A-Z])", "");
    }

    private Variable described(VarSnippet v) {
        return new Variable(v.name(), shortTypeName(v.typeName()), shorten(valueText(() -> jshell().varValue(v))));
    }

    /** A variable's value as text, made by user code; a toString() that fails, hangs or is interrupted says so instead. */
    private String valueText(Callable<String> text) {
        try {
            return callUserCode(text, VALUE_TEXT_MILLIS, "toString()");
        } catch (CellException e) {
            return "<" + e.evalue() + ">";
        } catch (Exception e) {
            return "<" + e.getClass().getSimpleName() + ">";
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= VALUE_TEXT_LIMIT ? oneLine : oneLine.substring(0, VALUE_TEXT_LIMIT - 1) + "…";
    }

    /** How many imports and declarations JShell keeps, each part of every later compilation; for tests. */
    long liveSnippetCount() {
        return jshell().snippets()
                .filter(snippet -> snippet instanceof PersistentSnippet && jshell().status(snippet).isActive())
                .count();
    }

    /**
     * Deletes the temporary files of every evaluator in this JVM; for a kernel about to end with
     * {@code Runtime.halt}, which runs no shutdown hook. Quick, and safe to call from any thread.
     */
    public static void deleteTemporaryFiles() {
        CompiledVariables.deleteAll();
    }

    /** Lets JShell see the compiled cells' variables {@code code} names, for its completion and documentation. */
    private void giveVariablesToJShell(String code) {
        if (variables != null) {
            variables.giveToJShell(code, jshell());
        }
    }

    @Override
    public void close() {
        if (jshellStart.isDone()) {
            jshell().close();
        } else {
            shell.close(); // never started: nothing to wait for
        }
        if (variables != null) {
            variables.close();
        }
    }
}
