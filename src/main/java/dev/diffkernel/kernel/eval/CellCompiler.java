package dev.diffkernel.kernel.eval;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles one class of JShell's {@code REPL} package in a single javac task, in a javac context
 * kept from one cell to the next. JShell runs three tasks per snippet; a value expression compiled
 * here takes one (about a quarter of the time: {@code OneTaskCompileBench}).
 *
 * <p>The classes JShell loaded are served to javac from memory ({@link #remember}), so a cell can
 * use the notebook's variables, methods and classes. Like JShell, this reaches into javac: the
 * context pool ({@code JavacTaskPool}) and, after each task, a purge of the {@code REPL} package,
 * whose listing javac would otherwise keep and so never see a class JShell loaded since. Those
 * packages are opened to the kernel by the jar's manifest ({@code Add-Exports}); where they are
 * not, {@link #create} returns null and cells go through JShell alone.
 */
final class CellCompiler {
    private static final Logger LOG = Logger.getLogger(CellCompiler.class.getName());
    static final String PACKAGE = "REPL";
    private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none");

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager standard;
    private final MemoryFiles files;
    /** Class files of the REPL package by binary name, as JShell loaded them. */
    private final Map<String, byte[]> replClasses = new ConcurrentHashMap<>();
    private final Javac internals;
    private Object pool;
    private final List<File> classpath = new ArrayList<>();

    private CellCompiler(List<String> classpath, Javac internals) throws IOException, ReflectiveOperationException {
        this.internals = internals;
        this.standard = javac.getStandardFileManager(null, Locale.ROOT, null);
        classpath.forEach(entry -> this.classpath.add(new File(entry)));
        standard.setLocation(StandardLocation.CLASS_PATH, this.classpath);
        this.files = new MemoryFiles(standard);
        this.pool = internals.newPool();
    }

    /**
     * A compiler for cells, or null when this JVM does not open javac's internals to the kernel
     * (started without the jar's manifest, e.g. from an IDE).
     */
    static CellCompiler create(List<String> classpath) {
        try {
            return new CellCompiler(classpath, new Javac());
        } catch (ReflectiveOperationException | RuntimeException | IOException | LinkageError e) {
            LOG.info("cells compile through JShell alone: " + e);
            return null;
        }
    }

    /** Keeps a class file JShell loaded, for later cells to compile against. */
    void remember(String binaryName, byte[] classFile) {
        replClasses.put(binaryName, classFile);
    }

    /** Every class of the REPL package javac may have seen: JShell's, and the last cell's own. */
    private List<String> replClassNames() {
        List<String> names = new ArrayList<>(replClasses.keySet());
        names.addAll(files.outputs.keySet());
        return names;
    }

    /** Adds a jar or directory to compile against; javac starts from a fresh context, as JShell does. */
    synchronized void addToClasspath(String entry) {
        classpath.add(new File(entry));
        try {
            standard.setLocation(StandardLocation.CLASS_PATH, classpath);
            pool = internals.newPool();
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("javac cannot take " + entry + " on its class path", e);
        }
    }

    /**
     * Compiles one source file of package {@value #PACKAGE}.
     *
     * @param className the simple name of the class the source declares
     * @param source the whole compilation unit
     * @return the class files it makes, by binary name (the class first), or null when javac reports
     *     an error: the caller then lets JShell evaluate the code and report the error in its words
     */
    synchronized Map<String, byte[]> compile(String className, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        files.outputs.clear();
        try {
            Object compiled = internals.run(pool, files, diagnostics, OPTIONS, List.of(unit(className, source)),
                    this::replClassNames, JavacTask::call);
            if (!Boolean.TRUE.equals(compiled) || hasErrors(diagnostics)) {
                return null;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(java.util.logging.Level.FINE, "javac failed on a cell, JShell takes it", e);
            return null;
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        byte[] main = files.outputs.get(PACKAGE + "." + className);
        if (main == null) {
            return null;
        }
        classes.put(PACKAGE + "." + className, main);
        files.outputs.forEach(classes::putIfAbsent);
        return classes;
    }

    /**
     * The type of the local variable {@code variable} that {@code source} declares (for {@code var},
     * the type javac gives its initializer), written as Java source ({@code dev.diffkernel.calc.Fn}, {@code java.util.List<java.lang.Double>},
     * {@code double[]}), found by javac's analysis alone (no class file is made).
     *
     * @param className the simple name of the class the source declares
     * @return the type, or null when javac reports an error or the type cannot be written in source
     *     for a field of another class (an anonymous or intersection type, a class of the notebook's own)
     */
    synchronized String variableType(String className, String source, String variable) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        files.outputs.clear();
        try {
            Object type = internals.run(pool, files, diagnostics, OPTIONS, List.of(unit(className, source)), () -> {
                List<String> names = replClassNames();
                names.add(PACKAGE + "." + className); // entered by the analysis, though never written
                return names;
            }, task -> {
                Iterable<? extends CompilationUnitTree> units;
                try {
                    units = task.parse();
                    task.analyze();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Trees trees = Trees.instance(task);
                String[] found = {null};
                for (CompilationUnitTree parsed : units) {
                    new TreePathScanner<Void, Void>() {
                        @Override
                        public Void visitVariable(VariableTree tree, Void unused) {
                            if (tree.getName().contentEquals(variable) && trees.getElement(getCurrentPath()) != null) {
                                found[0] = DenotableTypes.source(trees.getElement(getCurrentPath()).asType(), PACKAGE);
                            }
                            return super.visitVariable(tree, unused);
                        }
                    }.scan(parsed, null);
                }
                return found[0];
            });
            return hasErrors(diagnostics) ? null : (String) type;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(java.util.logging.Level.FINE, "javac failed on a declaration, JShell takes it", e);
            return null;
        }
    }

    private static boolean hasErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }

    private static JavaFileObject unit(String className, String source) {
        return new SimpleJavaFileObject(URI.create("string:///" + PACKAGE + "/" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }

    /** The REPL package's classes from memory; everything else from the standard file manager. */
    private final class MemoryFiles extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, byte[]> outputs = new LinkedHashMap<>();

        MemoryFiles(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                boolean recurse) throws IOException {
            if (location != StandardLocation.CLASS_PATH || !packageName.equals(PACKAGE)) {
                return super.list(location, packageName, kinds, recurse);
            }
            // JShell's package is in memory only: asking every jar for it each task cost 10% of a cell
            List<JavaFileObject> all = new ArrayList<>();
            if (kinds.contains(JavaFileObject.Kind.CLASS)) {
                replClasses.forEach((name, bytes) -> all.add(new ClassFile(name, bytes)));
            }
            return all;
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            return file instanceof ClassFile memory ? memory.binaryName : super.inferBinaryName(location, file);
        }

        @Override
        public boolean isSameFile(FileObject a, FileObject b) {
            boolean inMemory = a instanceof ClassFile || a instanceof Output || b instanceof ClassFile || b instanceof Output;
            return inMemory ? a.equals(b) : super.isSameFile(a, b); // the standard manager refuses objects not its own
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            return new Output(className, outputs);
        }
    }

    /** A class file JShell loaded, handed to javac from memory. */
    private static final class ClassFile extends SimpleJavaFileObject {
        final String binaryName;
        private final byte[] bytes;

        ClassFile(String binaryName, byte[] bytes) {
            super(URI.create("memory:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** A class file javac writes, caught in memory. */
    private static final class Output extends SimpleJavaFileObject {
        private final String binaryName;
        private final Map<String, byte[]> into;

        Output(String binaryName, Map<String, byte[]> into) {
            super(URI.create("memory:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.into = into;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    into.put(binaryName, toByteArray());
                }
            };
        }
    }

    /**
     * The parts of javac this uses that are not its public API, found once by reflection: the
     * context pool JShell also uses, and what JShell does after each task to forget the REPL
     * package (its {@code TaskFactory.runTask}).
     */
    private static final class Javac {
        private final Constructor<?> newPool;
        private final Method getTask;
        private final Class<?> worker;
        private final Method getContext;
        private final Method symtabInstance;
        private final Method namesInstance;
        private final Method fromString;
        private final Method getPackage;
        private final Method getClass;
        private final Method removeClass;
        private final Method classFinderInstance;
        private final Method getCompleter;
        private final Field javaBase;
        private final Field noModule;
        private final Field unnamedModule;
        private final Field membersField;
        private final Field completer;

        Javac() throws ReflectiveOperationException {
            Class<?> poolClass = Class.forName("com.sun.tools.javac.api.JavacTaskPool");
            newPool = poolClass.getConstructor(int.class);
            worker = Class.forName("com.sun.tools.javac.api.JavacTaskPool$Worker");
            getTask = poolClass.getMethod("getTask", java.io.Writer.class, JavaFileManager.class,
                    javax.tools.DiagnosticListener.class, Iterable.class, Iterable.class, Iterable.class, worker);
            Class<?> context = Class.forName("com.sun.tools.javac.util.Context");
            getContext = Class.forName("com.sun.tools.javac.api.JavacTaskImpl").getMethod("getContext");
            Class<?> symtab = Class.forName("com.sun.tools.javac.code.Symtab");
            symtabInstance = symtab.getMethod("instance", context);
            Class<?> names = Class.forName("com.sun.tools.javac.util.Names");
            namesInstance = names.getMethod("instance", context);
            fromString = names.getMethod("fromString", String.class);
            Class<?> module = Class.forName("com.sun.tools.javac.code.Symbol$ModuleSymbol");
            Class<?> name = Class.forName("com.sun.tools.javac.util.Name");
            getPackage = symtab.getMethod("getPackage", module, name);
            getClass = symtab.getMethod("getClass", module, name);
            removeClass = symtab.getMethod("removeClass", module, name);
            Class<?> symbol = Class.forName("com.sun.tools.javac.code.Symbol");
            Class<?> classFinder = Class.forName("com.sun.tools.javac.code.ClassFinder");
            classFinderInstance = classFinder.getMethod("instance", context);
            getCompleter = classFinder.getMethod("getCompleter");
            javaBase = symtab.getField("java_base");
            noModule = symtab.getField("noModule");
            unnamedModule = symtab.getField("unnamedModule");
            membersField = Class.forName("com.sun.tools.javac.code.Symbol$PackageSymbol").getField("members_field");
            completer = symbol.getField("completer");
            newPool(); // fails here, not at the first cell, where javac's packages are not exported to us
        }

        Object newPool() throws ReflectiveOperationException {
            return newPool.newInstance(1);
        }

        /**
         * Runs {@code action} on one task in a context from the pool, then forgets the REPL package as
         * JShell does.
         */
        Object run(Object pool, JavaFileManager files, DiagnosticCollector<JavaFileObject> diagnostics,
                List<String> options, List<JavaFileObject> units, java.util.function.Supplier<List<String>> replClassNames,
                java.util.function.Function<JavacTask, Object> action) throws ReflectiveOperationException {
            Object call = Proxy.newProxyInstance(worker.getClassLoader(), new Class<?>[] {worker}, (proxy, method, arguments) -> {
                if (!method.getName().equals("withTask")) {
                    return method.invoke(this, arguments); // equals, hashCode, toString
                }
                JavacTask task = (JavacTask) arguments[0];
                Object context = getContext.invoke(task); // before call(), which lets go of it
                try {
                    return action.apply(task);
                } finally {
                    forgetReplPackage(context, replClassNames.get());
                }
            });
            return getTask.invoke(pool, null, files, diagnostics, options, null, units, call);
        }

        /**
         * Removes the REPL package's classes from javac's symbol table and has it list the package
         * again next time. JShell walks every class javac knows for this (thousands, a fifth of a
         * cell's compilation); the names of the package's classes are known here, so only they are
         * looked up. The task's own class is among them, and so are JShell's nested classes, which
         * javac enters by name when it reads their outer class.
         */
        private void forgetReplPackage(Object context, List<String> replClassNames) throws ReflectiveOperationException {
            Object syms = symtabInstance.invoke(null, context);
            Object names = namesInstance.invoke(null, context);
            Object module = javaBase.get(syms) == noModule.get(syms) ? noModule.get(syms) : unnamedModule.get(syms);
            Object repl = getPackage.invoke(syms, module, fromString.invoke(names, PACKAGE));
            if (repl == null) {
                return;
            }
            for (String className : replClassNames) {
                Object name = fromString.invoke(names, className);
                if (getClass.invoke(syms, module, name) != null) {
                    removeClass.invoke(syms, module, name);
                }
            }
            membersField.set(repl, null);
            completer.set(repl, getCompleter.invoke(classFinderInstance.invoke(null, context)));
        }
    }
}
