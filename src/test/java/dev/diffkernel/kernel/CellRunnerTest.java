package dev.diffkernel.kernel;

import dev.diffkernel.kernel.eval.CellException;
import dev.diffkernel.kernel.eval.JavaEvaluator;
import dev.diffkernel.kernel.eval.JavaEvaluator.Readiness;
import dev.diffkernel.kernel.magic.Magics;
import dev.diffkernel.kernel.magic.TimeIt;
import dev.diffkernel.kernel.magic.VariablesTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellRunnerTest {
    private static JavaEvaluator evaluator;
    private static CellRunner runner;
    private static int cell = 1;

    @BeforeAll
    static void start() {
        evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), List.of(),
                new PrintStream(OutputStream.nullOutputStream()));
        runner = new CellRunner(evaluator, Magics.standard());
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static JavaEvaluator.Result run(String code) throws Exception {
        return runner.run(code, cell++);
    }

    private static String stdoutOf(ThrowingRunnable body) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void percentAtTheStartOfAContinuationLineIsModulo() throws Exception {
        assertEquals(2, run("int r = 17\n%\n5;\nr").value());
        assertEquals(1, run("int s = 10\n    % 3;\ns").value());
    }

    @Test
    void timeMagicPrintsWallTimeAndKeepsTheValue() throws Exception {
        String printed = stdoutOf(() -> assertEquals(42, run("%time 6 * 7").value()));
        assertTrue(printed.matches("Wall time: [\\d.]+ (ns|µs|ms|s)\\n"), printed);
    }

    @Test
    void timeWithoutCodePrintsItsUsageInsteadOfATime() throws Exception {
        String printed = stdoutOf(() -> assertEquals(null, run("%time").value()));
        assertEquals("Usage: %time CODE times one statement or expression, e.g. %time fn(\"x^2\").diff();\n"
                + "       %%time on the first line times the whole cell.\n", printed);
        assertEquals(printed, stdoutOf(() -> run("%%time\n")));
    }

    @Test
    void lsmagicPrintsPlainLines() throws Exception {
        String printed = stdoutOf(() -> assertEquals(null, run("%lsmagic").value()));
        assertEquals("Line magics: %classpath %jars %lsmagic %maven %time %timeit %vars\n"
                + "Cell magics: %%html %%latex %%markdown %%time %%timeit\n",
                printed);
    }

    @Test
    void lineMagicBetweenStatementsRunsInOrder() throws Exception {
        String printed = stdoutOf(() -> assertEquals(8, run("int a = 3;\n%time int b = a + 5;\nb").value()));
        assertTrue(printed.startsWith("Wall time: "), printed);
    }

    @Test
    void cellMagicTimesTheWholeBody() throws Exception {
        String printed = stdoutOf(() -> assertEquals(10, run("%%time\nint c = 4;\nc + 6").value()));
        assertTrue(printed.startsWith("Wall time: "), printed);
    }

    @Test
    void timeitReportsMeanAndSpread() throws Exception {
        Object value = run("%timeit Math.sqrt(2.0)").value();
        TimeIt timing = assertInstanceOf(TimeIt.class, value);
        assertEquals(7, timing.runs());
        assertTrue(timing.meanSeconds() > 0 && timing.meanSeconds() < 1e-3, timing.toString());
        assertTrue(timing.loops() >= 1000, timing.toString());
        assertTrue(timing.toString().matches(".+ ± .+ per loop \\(mean ± std\\. dev\\. of 7 runs, \\d+ loops each\\)"));
    }

    @Test
    void timeitOfAStatement() throws Exception {
        run("long[] counter = {0};");
        assertInstanceOf(TimeIt.class, run("%timeit counter[0]++").value());
        assertTrue((long) run("counter[0]").value() > 0);
    }

    @Test
    void varsMagicListsVariables() throws Exception {
        run("double learningRate = 0.01;");
        VariablesTable table = assertInstanceOf(VariablesTable.class, run("%vars").value());
        assertTrue(table.toString().contains("learningRate  double"), table.toString());
    }

    @Test
    void unknownMagicNamesItAndListsTheKnownOnes() {
        CellException error = assertThrows(CellException.class, () -> run("%plot f"));
        assertEquals("UnknownMagicException", error.ename());
        assertTrue(error.evalue().startsWith("Unknown magic %plot (line 1). Line magics: %classpath %jars %lsmagic %maven %time %timeit %vars"),
                error.evalue());
    }

    @Test
    void errorsInsideAMagicPointAtTheCellLine() {
        CellException error = assertThrows(CellException.class, () -> run("int ok = 1;\n%time int bad = 1 / 0;"));
        assertEquals("ArithmeticException", error.ename());
        assertTrue(error.traceback().get(1).contains("at line 2 of cell"), error.traceback().toString());
    }

    @Test
    void compileErrorsInsideAMagicKeepTheirColumn() {
        CellException error = assertThrows(CellException.class, () -> run("%time int z = missing + 1;"));
        assertTrue(error.traceback().get(0).endsWith("(line 1, column 15)"), error.traceback().toString());
    }

    @Test
    void readinessOfMagics() {
        assertSame(Readiness.COMPLETE, runner.readiness("%vars"));
        assertSame(Readiness.INCOMPLETE, runner.readiness("%%html"));
        assertSame(Readiness.INCOMPLETE, runner.readiness("%%html\n<b>x</b>"));
        assertSame(Readiness.COMPLETE, runner.readiness("%%html\n<b>x</b>\n"));
        assertSame(Readiness.INCOMPLETE, runner.readiness("int x = 1;\nfor (int i = 0; i < x; i++) {"));
    }

    @Test
    void blankCellHasNoResult() throws Exception {
        assertFalse(run("   \n\n").hasValue());
    }
}
