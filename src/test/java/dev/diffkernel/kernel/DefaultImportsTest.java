package dev.diffkernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.kernel.eval.JavaEvaluator;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a notebook can use without an import. */
class DefaultImportsTest {
    private static JavaEvaluator evaluator;
    private static int cell = 1;

    @BeforeAll
    static void start() {
        evaluator = new JavaEvaluator(JavaEvaluator.currentClasspath(), Main.startup(),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        evaluator.close();
    }

    private static Object eval(String code) throws Exception {
        return evaluator.eval(code, cell++).value();
    }

    @Test
    void tablesawPlotlyApiAndComponentsNeedNoImport() throws Exception {
        assertEquals("tech.tablesaw.plotly.api.LinePlot", eval("LinePlot.class.getName()"));
        assertEquals("tech.tablesaw.plotly.components.Font", eval("Font.class.getName()"));
        Object figure = eval("LinePlot.create(\"f\", Table.create(\"t\", DoubleColumn.create(\"x\", 1, 2),"
                + " DoubleColumn.create(\"y\", 1, 4)), \"x\", \"y\")");
        assertEquals("tech.tablesaw.plotly.components.Figure", figure.getClass().getName());
    }

    @Test
    void aggregateFunctionsSummarizeATable() throws Exception {
        Object table = eval("Table.create(\"t\", DoubleColumn.create(\"loss\", 1, 2, 6)).summarize(\"loss\", mean, max).apply()");
        assertTrue(table.toString().contains("Mean [loss]"), table.toString());
        assertTrue(table.toString().contains("3"), table.toString());
    }

    @Test
    void sharedSimpleNamesMeanDiffKernelsTypesAndAreNeverAmbiguous() throws Exception {
        for (String name : new String[] {"Figure", "Layout", "Axis", "Marker", "Line", "Margin", "Annotation", "Heatmap"}) {
            assertEquals("dev.diffkernel.figure." + name, eval(name + ".class.getName()"));
        }
        assertEquals("dev.diffkernel.plots.ContourPlot", eval("ContourPlot.class.getName()"));
    }

    @Test
    void aPlotCallThatDoesNotCompileListsThePlotOverloads() {
        dev.diffkernel.kernel.eval.CellException error = org.junit.jupiter.api.Assertions.assertThrows(
                dev.diffkernel.kernel.eval.CellException.class, () -> eval("plot(new int[] {1, 2})"));
        String overloads = "Plots.plot takes one of: plot(DiffErrors), plot(DoubleUnaryOperator...), plot(Fn...),"
                + " plot(String, DoubleUnaryOperator), plot(String, double[]), plot(Table, String, String...), plot(double[])";
        assertTrue(error.evalue().endsWith("; " + overloads), error.evalue());
        assertTrue(error.traceback().contains(overloads), error.traceback().toString());
    }
}
