package dev.diffkernel.kernel.eval;

import dev.diffkernel.kernel.eval.JavaEvaluator.Readiness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaEvaluatorTest {
    private static JavaEvaluator evaluator;
    private static int cell = 1;

    @BeforeAll
    static void start() {
        evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), List.of("import java.util.*;", "import static java.lang.Math.*;"),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static JavaEvaluator.Result eval(String code) throws CellException {
        return evaluator.eval(code, cell++);
    }

    @Test
    void expressionValueIsTheLiveObject() throws Exception {
        eval("var list = new ArrayList<String>(List.of(\"a\"));");
        JavaEvaluator.Result result = eval("list");
        assertTrue(result.hasValue());
        assertEquals(List.of("a"), result.value());
        assertTrue(result.value() instanceof ArrayList);
        assertEquals(4, eval("2 + 2").value());
    }

    @Test
    void startUpOnDemandImportsAreOneSnippetKeyedByAnImportNoCellWrites() {
        List<String> snippets = JavaEvaluator.startupSnippets(List.of("import java.util.*;", "import p.Single;",
                "import static java.lang.Math.*;", "int helper = 1;"));
        assertEquals(List.of(JavaEvaluator.IMPORTS_KEY + " import java.util.*; import static java.lang.Math.*;",
                "import p.Single;", "int helper = 1;"), snippets);
    }

    @Test
    void reImportingADefaultInACellKeepsTheOtherDefaults() throws Exception {
        eval("import java.util.*;");
        assertEquals(2.0, eval("max(1.0, 2.0)").value(), "the static import of Math survives");
        eval("import static java.lang.Math.*;");
        assertEquals(List.of(1), eval("new ArrayList<>(List.of(1))").value(), "java.util survives");
    }

    @Test
    void anImportThatCannotBeFoundLosesOnlyItself() throws Exception {
        try (JavaEvaluator other = new JavaEvaluator(JavaEvaluator.currentClasspath(),
                List.of("import java.util.*;", "import no.such.pkg.*;", "import java.util.function.*;"),
                new PrintStream(OutputStream.nullOutputStream()))) {
            assertEquals(List.of(3), other.eval("List.of(Function.<Integer>identity().apply(3))", 1).value());
        }
    }

    @Test
    void expressionCellsLeaveNoTemporaryVariableBehind() throws Exception {
        eval("int kept = 1;");
        long live = evaluator.liveSnippetCount();
        assertEquals(2, eval("kept + 1").value());
        assertEquals(3, eval("kept + 2").value());
        assertThrows(CellException.class, () -> eval("throw new IllegalStateException(\"x\")"));
        assertEquals(live, evaluator.liveSnippetCount(), "each $N temporary is dropped once its value is captured");
        assertEquals(1, eval("kept").value());
    }

    @Test
    void aMethodThatHidesAStaticallyImportedOneGetsANoteOnStandardOutput() throws Exception {
        assertEquals(3.0, eval("hypot(3, 4) - 2").value());
        PrintStream out = System.out;
        PrintStream err = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        var capturedErr = new java.io.ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            eval("double hypot(double a) { return a; }");
            eval("int unrelatedHelper() { return 1; }");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", capturedErr.toString(java.nio.charset.StandardCharsets.UTF_8),
                "nbgrader gives 0 points to a graded cell with stderr output");
        assertEquals("Note: your method hypot(...) hides Math.hypot(...) from now on; call that one as "
                + "Math.hypot(...), or give yours another name.\n", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(5.0, eval("Math.hypot(3, 4)").value());
    }

    @Test
    void exitCallsInCellsAreRefusedWithAClearMessage() throws Exception {
        eval("int survivor = 7;");
        CellException exit = assertThrows(CellException.class, () -> eval("System.exit(0);"));
        assertEquals("SecurityException", exit.ename());
        assertEquals("System.exit(0) was refused: it would end the kernel and lose this notebook's variables. "
                + "To start afresh, use Kernel > Restart.", exit.evalue());
        assertEquals("Runtime.halt(3) was refused: it would end the kernel and lose this notebook's variables. "
                + "To start afresh, use Kernel > Restart.",
                assertThrows(CellException.class, () -> eval("Runtime.getRuntime().halt(3);")).evalue());
        assertTrue(assertThrows(CellException.class, () -> eval("Runtime.getRuntime().exit(4);")).evalue()
                .startsWith("Runtime.exit(4) was refused"));
        eval("void quit(int status) { System.exit(status); }");
        assertTrue(assertThrows(CellException.class, () -> eval("quit(5);")).evalue()
                .startsWith("System.exit(5) was refused"));
        assertTrue(assertThrows(CellException.class, () -> eval("java.util.function.IntConsumer q = System::exit; q.accept(6);"))
                .evalue().startsWith("System.exit(6) was refused"));
        assertEquals(7, eval("survivor").value());
    }

    @Test
    void declarationsAndStatementsHaveNoValue() throws Exception {
        assertFalse(eval("int declared = 5;").hasValue());
        assertFalse(eval("declared = 6;").hasValue());
        assertFalse(eval("System.out.print(\"\");").hasValue());
        assertFalse(eval("Math.max(1, 2);").hasValue(), "a trailing semicolon hides the value");
        assertTrue(eval("Math.max(1, 2)").hasValue());
        assertEquals(6, eval("declared").value());
    }

    @Test
    void valueExpressionsAreTheSameLiveObjectsAsJShellsOwn() throws Exception {
        long live = evaluator.liveSnippetCount();
        assertEquals(2, eval("1 + 1").value());
        assertEquals('b', eval("(char) ('a' + 1)").value());
        assertEquals(List.of(1, 2), eval("List.of(1, 2) // a comment").value());
        assertEquals(1.0, eval("switch (1) { case 1 -> 1; default -> 2.0; }").value(),
                "a switch expression's numeric arms are promoted, as in JShell");
        assertEquals(1.0, eval("true ? 1 : 2.0").value());
        assertEquals(live, evaluator.liveSnippetCount(), "no variable is left behind");
    }

    @Test
    void valueExpressionsCompiledInOneTaskSeeTheNotebooksVariablesMethodsAndClasses() throws Exception {
        int before = evaluator.compiledCellsRun();
        eval("double scale = 2.5;");
        eval("double doubled(double v) { return 2 * v; }");
        eval("int doubled(int v) { return 20 * v; }"); // an overload, in a snippet of its own
        eval("record Corner(double x, double y) {}\nCorner corner = new Corner(3, 4);");
        assertEquals(5.0, eval("doubled(scale)").value());
        assertEquals(40, eval("doubled(2)").value());
        assertEquals(5.0, eval("Math.hypot(corner.x(), corner.y())").value());
        assertEquals(2.5, eval("new Corner(1, scale).y()").value());
        assertEquals(before + 5, evaluator.compiledCellsRun(), "scale and each value above were compiled");
        eval("double scale = 10;");
        assertEquals(20.0, eval("doubled(scale)").value(), "a variable declared again");
        eval("double doubled(double v) { return 3 * v; }");
        assertEquals(30.0, eval("doubled(scale)").value(), "a method replaced");
        assertEquals(11.0, eval("scale += 1").value());
        assertEquals(11.0, eval("scale").value(), "an assignment reaches the notebook's variable");
        assertEquals(before + 10, evaluator.compiledCellsRun());
        eval("double max = 3;");
        assertEquals(3.0, eval("max").value(), "the notebook's own name alone: compiled without the imports");
        assertEquals(2, eval("max(1, 2)").value(), "the method max is Math's, through the start-up's import");
    }

    @Test
    void valuesComputedWhileJShellTakesItsImportsAreAllKept() throws Exception {
        for (int round = 0; round < 3; round++) {
            try (JavaEvaluator fresh = new JavaEvaluator(JavaEvaluator.currentClasspath(),
                    List.of("import java.util.*;", "import static java.lang.Math.*;"), new PrintStream(OutputStream.nullOutputStream()))) {
                for (int i = 0; i < 3; i++) {
                    assertEquals(i + 1, fresh.eval(i + " + 1", i + 1).value());
                }
                assertFalse(fresh.jshellReady(), "value expressions do not start JShell");
                Thread idle = new Thread(fresh::prepareWhileIdle, "idle kernel"); // as the kernel does when idle
                idle.start();
                int early = 0;
                for (int i = 0; !fresh.jshellReady() || i < 5; i++) {
                    assertEquals(i + 1, fresh.eval(i + " + 1", i + 1).value(), "cell " + (i + 1) + " of round " + round);
                    early += fresh.jshellReady() ? 0 : 1;
                }
                assertEquals(List.of(2.0), fresh.eval("double two = sqrt(4);\nList.of(two)", 99).value(), "then JShell serves");
                assertTrue(early > 0 || round > 0, "some cells ran before JShell had its imports");
                idle.join();
            }
        }
    }

    @Test
    void varDeclarationsRunWithoutJShellAndJShellSeesThemWhenACellNeedsIt() throws Exception {
        try (JavaEvaluator fresh = new JavaEvaluator(JavaEvaluator.currentClasspath(),
                List.of("import java.util.*;", "import static java.lang.Math.*;"), new PrintStream(OutputStream.nullOutputStream()))) {
            int before = fresh.compiledCellsRun();
            assertSame(JavaEvaluator.Result.NONE, fresh.eval("var xs = new ArrayList<>(List.of(1.0, 2.0)); // two", 1));
            assertEquals(2, fresh.eval("xs.size()", 2).value());
            assertEquals(3.0, fresh.eval("var total = xs.get(0) + xs.get(1);\ntotal", 3).value());
            assertEquals(before + 4, fresh.compiledCellsRun(), "two declarations and two values, compiled");
            assertFalse(fresh.jshellReady(), "no cell so far needed JShell");
            assertTrue(fresh.variables().contains(new Variable("xs", "ArrayList<Double>", "[1.0, 2.0]")), fresh.variables().toString());
            assertEquals("total : double = 3.0", fresh.inspect("total", 2));

            // JShell takes a statement and a method, and sees the same variables
            fresh.eval("for (int i = 0; i < 3; i++) { xs.add(10.0 * i); }", 4);
            assertEquals(List.of(1.0, 2.0, 0.0, 10.0, 20.0), fresh.eval("xs", 5).value());
            fresh.eval("double first() { return xs.get(0); }", 6);
            assertEquals(1.0, fresh.eval("first()", 7).value());
            fresh.eval("total = 7;", 8); // a statement JShell runs assigns the compiled cell's variable
            assertEquals(7.0, fresh.eval("total", 9).value());
            assertTrue(fresh.complete("xs.subL", 7).matches().contains("subList("), "completion knows the variable's type");

            // declared again with the same type: the same variable, so JShell's method sees the new value
            fresh.eval("var xs = new ArrayList<>(List.of(5.0));", 10);
            assertEquals(5.0, fresh.eval("first()", 11).value());
            // with another type: JShell's method is compiled again against it
            fresh.eval("var xs = new LinkedList<>(List.of(6.0));", 12);
            assertEquals(6.0, fresh.eval("first()", 13).value());
            // JShell declares the name itself: its variable from then on, for compiled cells and methods alike
            fresh.eval("List<Double> xs = List.of(9.0);", 14);
            assertEquals(9.0, fresh.eval("xs.get(0)", 15).value());
            assertEquals(9.0, fresh.eval("first()", 16).value());
            assertEquals(1, fresh.variables().stream().filter(v -> v.name().equals("xs")).count(), fresh.variables().toString());
        }
    }

    @Test
    void aKernelDeletesItsVariablesDirectoryAndThoseKilledKernelsLeftBehind() throws Exception {
        java.nio.file.Path temporary = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        java.nio.file.Path abandoned = java.nio.file.Files.createTempDirectory("diffkernel-variables-" + dead.pid() + "-");
        java.nio.file.Files.createDirectories(abandoned.resolve("REPL"));
        java.nio.file.Path alive = java.nio.file.Files.createTempDirectory("diffkernel-variables-" + ProcessHandle.current().pid() + "-");
        java.nio.file.Path unnamed = java.nio.file.Files.createTempDirectory("diffkernel-variables-");
        try {
            java.nio.file.Path own;
            List<java.nio.file.Path> others = variableDirectories(temporary); // other evaluators' of this JVM, and the above
            try (JavaEvaluator fresh = new JavaEvaluator(JavaEvaluator.currentClasspath(), List.of("import java.util.*;"),
                    new PrintStream(OutputStream.nullOutputStream()))) {
                fresh.eval("var kept = List.of(1);", 1);
                own = variableDirectories(temporary).stream().filter(p -> !others.contains(p)).findFirst().orElseThrow();
                assertTrue(java.nio.file.Files.exists(own.resolve("REPL").resolve("$DiffKernelVar$1.class")), "the class that holds kept");
                fresh.prepareWhileIdle();
                assertFalse(java.nio.file.Files.exists(abandoned), "the directory of a kernel whose process is gone");
                assertTrue(java.nio.file.Files.exists(alive), "a live process's");
                assertTrue(java.nio.file.Files.exists(unnamed), "one without a process id");
            }
            assertFalse(java.nio.file.Files.exists(own), "its own, when it closes");
        } finally {
            java.nio.file.Files.deleteIfExists(alive);
            java.nio.file.Files.deleteIfExists(unnamed);
        }
    }

    private static List<java.nio.file.Path> variableDirectories(java.nio.file.Path temporary) throws java.io.IOException {
        try (var entries = java.nio.file.Files.list(temporary)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("diffkernel-variables-")).toList();
        }
    }

    @Test
    void aVarDeclarationBehavesAsJShellsWhenItFailsOrCannotBeCompiledAlone() throws Exception {
        CellException thrown = assertThrows(CellException.class, () -> eval("int zero = 0;\nvar broken = 10 / zero;"));
        assertEquals("ArithmeticException", thrown.ename());
        assertTrue(thrown.traceback().get(1).matches("    at line 2 of cell \\[\\d+]: var broken = 10 / zero;"),
                thrown.traceback().toString());
        assertEquals(0, eval("broken").value(), "declared, with Java's default value, as JShell does");
        eval("var counted = 1;");
        CellException selfReference = assertThrows(CellException.class, () -> eval("var counted = counted + 1;"));
        assertTrue(selfReference.evalue().contains("self-referencing"), selfReference.evalue());
        assertEquals(1, eval("counted").value());
        eval("var anonymous = new Object() { int answer() { return 42; } };"); // no name to give a field: JShell's
        assertEquals(42, eval("anonymous.answer()").value());
        eval("record Pair(int a, int b) {}");
        eval("var pair = new Pair(1, 2);"); // a class of the notebook's own: JShell's
        assertEquals(3, eval("pair.a() + pair.b()").value());
        eval("var mixed = true ? 1 : \"one\";"); // an intersection type
        assertEquals(1, eval("mixed").value());
        CellException wrong = assertThrows(CellException.class, () -> eval("var nothing = null;"));
        assertEquals("CompilationException", wrong.ename(), "JShell reports the error in its words");
    }

    @Test
    void typedDeclarationsAreCompiledWithTheDeclarationsConversions() throws Exception {
        int before = evaluator.compiledCellsRun();
        eval("double rate = 1;\nbyte small = 10;\nList<Double> rates = new ArrayList<>();");
        assertEquals(before + 3, evaluator.compiledCellsRun());
        assertEquals(1.0, eval("rate").value(), "an int widened to the declared double");
        assertEquals((byte) 10, eval("small").value(), "a constant narrowed to byte");
        assertEquals(true, eval("rates.add(rate)").value());
        assertTrue(evaluator.variables().contains(new Variable("rates", "List<Double>", "[1.0]")), evaluator.variables().toString());
        eval("int[] pair = {1, 2};"); // an array initializer, which only a declaration may have: JShell's
        assertEquals(3, eval("pair[0] + pair[1]").value());
        eval("double rate = 2;");
        assertEquals(List.of("small", "rates", "pair", "rate"), evaluator.variables().stream().map(Variable::name)
                .filter(List.of("rate", "small", "rates", "pair")::contains).toList(), "in the order of declaration, as JShell's");
        CellException wrong = assertThrows(CellException.class, () -> eval("int notANumber = \"one\";"));
        assertEquals("CompilationException", wrong.ename(), "JShell reports the error in its words");
        assertTrue(wrong.evalue().contains("incompatible types"), wrong.evalue());
    }

    @Test
    void aCompiledVariableIsAssignedAndStoppedLikeJShells() throws Exception {
        eval("var steps = 5;");
        assertEquals(5, eval("steps++").value(), "a value expression assigns the variable");
        assertEquals(6, eval("steps").value());
        eval("var word = \"a\";\nword += \"b\";\nint length = word.length();"); // the last one is JShell's
        assertEquals("ab2", eval("word + length").value());
        eval("var word = \"c\";"); // run again, as a student re-runs a cell: the same variable
        assertEquals("c", eval("word").value());
        int before = evaluator.compiledCellsRun();
        assertInterruptEnds("var endless = java.util.stream.LongStream.iterate(0, i -> i + 1).filter(i -> i < 0).findFirst();",
                null);
        assertEquals(before + 1, evaluator.compiledCellsRun(), "the declaration was compiled, and stopped");
        assertEquals(6, eval("steps").value(), "the variables survive the stop");
        assertEquals(true, eval("endless == null").value(), "the stopped declaration is declared, with its default value");
    }

    @Test
    void aCompiledCellSeesClassesAddedToTheClassPathLater(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path source = dir.resolve("src/added/Twice.java");
        java.nio.file.Files.createDirectories(source.getParent());
        java.nio.file.Files.writeString(source, "package added; public class Twice { public static int of(int x) { return 2 * x; } }");
        java.nio.file.Path classes = dir.resolve("classes");
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", classes.toString(), source.toString()));
        assertTrue(evaluator.addToClasspath(classes));
        int before = evaluator.compiledCellsRun();
        assertEquals(42, eval("added.Twice.of(21)").value());
        assertEquals(before + 1, evaluator.compiledCellsRun(), "compiled in one task against the added directory");
    }

    @Test
    void aCompiledCellCallingAMethodThatWaitsForAnotherSaysWhichOne() throws Exception {
        eval("int waitsFor(int x) { return notYet(x) + 1; }");
        int before = evaluator.compiledCellsRun();
        CellException waiting = assertThrows(CellException.class, () -> eval("waitsFor(2)"));
        assertEquals("UnresolvedReferenceException", waiting.ename());
        assertEquals("waitsFor cannot run until method notYet(int) is defined", waiting.evalue());
        assertEquals(before + 1, evaluator.compiledCellsRun(), "compiled in one task, and run");
        eval("int notYet(int x) { return 2 * x; }");
        assertEquals(5, eval("waitsFor(2)").value());
    }

    @Test
    void aStartUpWithMoreThanImportsIsTakenBeforeTheFirstCell() throws Exception {
        try (JavaEvaluator withHelper = new JavaEvaluator(JavaEvaluator.currentClasspath(),
                List.of("import java.util.*;", "int courseHelper(int x) { return x + 40; }"),
                new PrintStream(OutputStream.nullOutputStream()))) {
            assertTrue(withHelper.jshellReady(), "JShell took the helper before the constructor returned");
            assertEquals(42, withHelper.eval("courseHelper(2)", 1).value());
        }
    }

    @Test
    void aCompiledValueExpressionIsStoppedAndRefusesExitLikeASnippet() throws Exception {
        int before = evaluator.compiledCellsRun();
        System.clearProperty("compiledCellRuns");
        assertInterruptEnds("java.util.stream.IntStream.iterate(0, i -> i + 1)"
                + ".peek(i -> System.setProperty(\"compiledCellRuns\", \"yes\")).map(i -> i % 7).sum()",
                () -> System.getProperty("compiledCellRuns") != null);
        CellException exit = assertThrows(CellException.class,
                () -> eval("((java.util.function.IntSupplier) () -> { System.exit(9); return 1; }).getAsInt()"));
        assertTrue(exit.evalue().startsWith("System.exit(9) was refused"), exit.evalue());
        assertEquals(before + 2, evaluator.compiledCellsRun());
    }

    @Test
    void anExceptionThroughCompiledAndJShellCodeNamesBothLines() throws Exception {
        eval("double risky(double v) {\n    if (v < 0) throw new IllegalArgumentException(\"negative: \" + v);\n    return v;\n}");
        CellException error = assertThrows(CellException.class, () -> eval("double ok = 1;\n\nrisky(ok)\n  + risky(-ok)"));
        assertEquals("IllegalArgumentException", error.ename());
        assertEquals("negative: -1.0", error.evalue());
        List<String> lines = error.traceback();
        assertTrue(lines.get(1).matches("    at line 2 of cell \\[\\d+] in risky\\(\\): if \\(v < 0\\).*"), lines.toString());
        assertTrue(lines.get(2).matches("    at line 4 of cell \\[\\d+]: \\+ risky\\(-ok\\)"), lines.toString());
    }

    @Test
    void whatIsNotAValueExpressionRunsAsJShellRunsIt() throws Exception {
        eval("int kept7 = 7;");
        assertFalse(eval("System.out.print(\"\")").hasValue(), "a void call has no value");
        CellException error = assertThrows(CellException.class, () -> eval("1, kept7 = 2"));
        assertEquals("CompilationException", error.ename());
        assertEquals(7, eval("kept7").value(), "a top-level comma declares nothing");
        CellException missing = assertThrows(CellException.class, () -> eval("noSuchMethod(1)"));
        assertTrue(missing.evalue().contains("cannot find symbol"), missing.evalue());
        assertEquals(8, eval("kept7 += 1").value());
    }

    @Test
    void anExceptionInAValueExpressionPointsAtItsCellLine() {
        CellException error = assertThrows(CellException.class, () -> eval("int zero = 0;\n\n10 / zero"));
        assertEquals("ArithmeticException", error.ename());
        assertTrue(error.traceback().stream().anyMatch(line -> line.contains("line 3")), error.traceback().toString());
    }

    @Test
    void aCommentAfterTheTrailingSemicolonStillHidesTheValue() throws Exception {
        assertFalse(eval("Math.max(1, 2); // just to see it run").hasValue());
        assertFalse(eval("Math.max(1, 2); /* done */").hasValue());
        assertFalse(eval("for (int i = 0; i < 1; i++) {}\nMath.max(1, 2); // a block makes JShell split it").hasValue());
        assertEquals(2, eval("Math.max(1, 2) // the value shows").value());
        assertEquals(";", eval("\";\" // a string that ends with a semicolon").value());
    }

    @Test
    void lastSnippetOfACellIsItsResult() throws Exception {
        assertEquals(30.0, eval("double a = 10;\ndouble b = 20;\na + b").value());
    }

    @Test
    void runtimeErrorNamesTheRealClassAndTheUserLine() {
        CellException error = assertThrows(CellException.class, () -> eval("int zero = 0;\nint boom = 1 / zero;"));
        assertEquals("ArithmeticException", error.ename());
        assertEquals("/ by zero", error.evalue());
        assertEquals("ArithmeticException: / by zero", error.traceback().get(0));
        assertTrue(error.traceback().get(1).matches("    at line 2 of cell \\[\\d+]: int boom = 1 / zero;"),
                error.traceback().toString());
    }

    @Test
    void compileErrorMarksTheColumn() {
        CellException error = assertThrows(CellException.class, () -> eval("int ok = 1;\nint z = nope + 1;"));
        assertEquals("CompilationException", error.ename());
        assertTrue(error.evalue().startsWith("cannot find symbol"), error.evalue());
        assertTrue(error.traceback().get(0).contains("(line 2, column 9)"), error.traceback().toString());
        assertTrue(error.traceback().contains("    int z = nope + 1;"), error.traceback().toString());
        assertTrue(error.traceback().contains("            ^"), error.traceback().toString());
    }

    @Test
    void errorInAMethodFromAnEarlierCellPointsThere() throws Exception {
        eval("int fail(int x) {\n    return 10 / x;\n}");
        CellException error = assertThrows(CellException.class, () -> eval("fail(0)"));
        assertTrue(error.traceback().get(1).contains("line 2 of cell [") && error.traceback().get(1).contains("in fail(): return 10 / x;"),
                error.traceback().toString());
    }

    @Test
    void stopEndsAnEndlessLoopAndKeepsVariables() throws Exception {
        eval("int kept = 42;");
        assertInterruptEnds("while (true) {}", null);
        assertEquals(42, eval("kept").value());
    }

    /**
     * Runs {@code code} on another thread and, once {@code started} says it runs (null: after 300 ms),
     * interrupts it until it ends.
     */
    private static void assertInterruptEnds(String code, java.util.function.BooleanSupplier started) throws Exception {
        CompletableFuture<Throwable> running = CompletableFuture.supplyAsync(() -> {
            try {
                eval(code);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        if (started == null) {
            Thread.sleep(300);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (started != null && !started.getAsBoolean() && !running.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Throwable outcome = interruptUntilDone(running);
        assertTrue(outcome instanceof CellException cell && cell.ename().equals("InterruptedException"), String.valueOf(outcome));
    }

    /** Presses "interrupt" every 20 ms, as an impatient user would, until the cell has ended. */
    private static Throwable interruptUntilDone(CompletableFuture<Throwable> running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!running.isDone() && System.nanoTime() < deadline) {
            evaluator.stop();
            Thread.sleep(20);
        }
        return running.get(1, TimeUnit.SECONDS);
    }

    @Test
    void stopDuringCompilationStillStopsTheCell() throws Exception {
        assertInterruptEnds("long spins = 0;\nwhile (true) { spins++; }", () -> true);
        assertEquals(2, eval("1 + 1").value());
    }

    @Test
    void stackOverflowIsAnOrdinaryError() throws Exception {
        eval("int down(int n) { return down(n + 1) + 1; }");
        CellException error = assertThrows(CellException.class, () -> eval("down(0)"));
        assertEquals("StackOverflowError", error.ename());
        assertEquals(3, eval("1 + 2").value());
    }

    @Test
    void readinessTellsAConsoleToWait() {
        assertSame(Readiness.COMPLETE, evaluator.readiness("int x = 1;"));
        assertSame(Readiness.COMPLETE, evaluator.readiness("1 + 1"));
        assertSame(Readiness.INCOMPLETE, evaluator.readiness("for (int i = 0; i < 3; i++) {"));
        assertSame(Readiness.COMPLETE, evaluator.readiness(""));
    }

    @Test
    void completesJavaNames() throws Exception {
        eval("double learningRate = 0.1;");
        Completion completion = evaluator.complete("int a = 1;\nlearningR", 19);
        assertEquals(List.of("learningRate"), completion.matches());
        assertEquals(11, completion.start());
        assertEquals(19, completion.end());
        assertTrue(evaluator.complete("Math.ma", 7).matches().contains("max("));
    }

    @Test
    void inspectShowsSignaturesAndVariables() throws Exception {
        String text = evaluator.inspect("Math.max(1, 2)", 6);
        assertNotNull(text);
        assertTrue(text.contains("Math.max(int a, int b)"), text);
        eval("double rate = 0.5;");
        assertEquals("rate : double = 0.5", evaluator.inspect("rate * 2", 2));
    }

    @Test
    void variablesListsUserVariablesOnly() throws Exception {
        eval("String greeting = \"hi\";");
        eval("7 * 6");
        assertTrue(evaluator.variables().contains(new Variable("greeting", "String", "\"hi\"")), evaluator.variables().toString());
        assertTrue(evaluator.variables().stream().noneMatch(v -> v.name().startsWith("$")));
    }

    @Test
    void stringConstantOverTheClassFileLimitIsAnErrorAndLaterCellsStillWork() throws Exception {
        CellException error = assertThrows(CellException.class,
                () -> eval("int before = 1;\nString big = \"" + "b".repeat(70_000) + "\";"));
        assertEquals("ClassFileLimitException", error.ename());
        assertEquals("a string constant is longer than 65,535 bytes, the most a Java class file can hold; build long"
                + " text at run time (\"b\".repeat(70000), a StringBuilder) or read it from a file (line 2);"
                + " nothing in this cell was run", error.evalue());
        assertEquals(2, eval("1 + 1").value());
        assertThrows(CellException.class, () -> eval("before"));
        assertThrows(CellException.class, () -> eval("big"));
        assertEquals(70_000, eval("\"b\".repeat(70_000).length()").value());
    }

    @Test
    void arrayLiteralAndMethodOverTheCodeLimitAreErrorsNamingTheLimit() throws Exception {
        String array = "int[] huge = {" + "1,".repeat(20_000) + "1};";
        CellException error = assertThrows(CellException.class, () -> eval(array));
        assertEquals("ClassFileLimitException", error.ename());
        assertTrue(error.evalue().startsWith("code too large: this compiles to a method of more than 65,535 bytes"),
                error.evalue());
        String method = "int count = 0;\nvoid many() {\n" + "count++;\n".repeat(30_000) + "}";
        error = assertThrows(CellException.class, () -> eval(method));
        assertTrue(error.evalue().startsWith("code too large"), error.evalue());
        assertTrue(error.evalue().endsWith("(line 2); nothing in this snippet was defined"), error.evalue());
        assertEquals(3, eval("1 + 2").value());
    }

    @Test
    void showingAValueWhoseToStringNeverReturnsStopsOnInterrupt() throws Exception {
        eval("class Endless { public String toString() { long n = 0; while (true) { n++; } } }");
        Object endless = eval("new Endless()").value();
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(evaluator::stop);
        CellException error = assertThrows(CellException.class,
                () -> evaluator.callUserCode(endless::toString, 0, "Showing the cell's value"));
        assertEquals("InterruptedException", error.ename());
        assertEquals("Showing the cell's value was stopped (Kernel > Interrupt); the cell itself ran and its variables"
                + " are kept", error.evalue());
        assertEquals(5, eval("2 + 3").value());
    }

    @Test
    void callIntoUserCodeThatOverrunsItsTimeIsStopped() throws Exception {
        eval("class Sleepy { public String toString() { try { Thread.sleep(60_000); } catch (InterruptedException e) { while (true) {} } return \"late\"; } }");
        Object sleepy = eval("new Sleepy()").value();
        CellException error = assertThrows(CellException.class, () -> evaluator.callUserCode(sleepy::toString, 200, "toString()"));
        assertEquals("TimeoutException", error.ename());
        assertEquals("toString() did not finish within 200 ms and was stopped", error.evalue());
        assertEquals("done", evaluator.callUserCode(() -> "done", 0, "x"));
    }

    @Test
    void inspectingOneVariableDoesNotRunAnotherOnesToString() throws Exception {
        eval("class Counted { static int shown; public String toString() { shown++; return \"counted\"; } }");
        eval("var counted = new Counted();");
        eval("int plain = 41;");
        assertEquals("plain : int = 41", evaluator.inspect("plain", 5));
        assertEquals(0, eval("Counted.shown").value());
        assertEquals("counted : Counted = counted", evaluator.inspect("counted", 7));
        assertEquals(1, eval("Counted.shown").value());
    }

    @Test
    void variablesListStillAnswersWhenAToStringHangs() throws Exception {
        eval("class Stuck { public String toString() { while (true) { } } }");
        eval("var stuck = new Stuck();");
        Variable stuck = evaluator.variables().stream().filter(v -> v.name().equals("stuck")).findFirst().orElseThrow();
        assertEquals("<toString() did not finish within 1000 ms and was stopped>", stuck.value());
        eval("stuck = null;");
    }
}
