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
    void declarationsAndMethodsThatJShellCompilesSeeTheSharedNamesAsDiffKernels() throws Exception {
        // JShell takes these single-type imports only once a cell names them
        eval("Class<?> marginClass = Margin.class;");
        assertEquals("dev.diffkernel.figure.Margin", eval("marginClass.getName()"));
        eval("String heatmapName() { return Heatmap.class.getName(); }");
        assertEquals("dev.diffkernel.figure.Heatmap", eval("heatmapName()"));
    }

    @Test
    void aCellReplacesASharedNamesImportWithTablesawsAndCompletionFindsTheOthersBeforeAnyCellNamedThem() throws Exception {
        try (JavaEvaluator fresh = new JavaEvaluator(JavaEvaluator.currentClasspath(), Main.startup(),
                new PrintStream(OutputStream.nullOutputStream()))) {
            var completions = fresh.complete("Layout.emp", 10).matches();
            assertTrue(completions.contains("empty()"), completions.toString());
            fresh.eval("import tech.tablesaw.plotly.components.Marker;", 1);
            assertEquals("tech.tablesaw.plotly.components.Marker", fresh.eval("Marker.class.getName()", 2).value());
            assertEquals("tech.tablesaw.plotly.components.Marker", fresh.eval("var m = Marker.class; m.getName()", 3).value());
            assertEquals("dev.diffkernel.figure.Axis", fresh.eval("Axis.class.getName()", 4).value());
        }
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

    @Test
    void theNeuralNetworkNamesOfTheNotebooksNeedNoImport() throws Exception {
        assertEquals(0.5, eval("sigmoid(0.0)"));
        assertEquals("σ(x) = sigmoid(x)", eval("sigmoid().toString()"));
        assertEquals(0.0, eval("step(0.0)"));
        assertEquals(0.9, eval("relu(-1, 0.9)[1]"));
        assertEquals(Math.tanh(1), eval("tanh(1.0)"));
        assertEquals(1.0, (double) eval("java.util.Arrays.stream(softmax(0.3, 2.9, 4.0)).sum()"), 1e-15);
        assertEquals(true, eval("SIGMOID == Activation.SIGMOID"));
        assertEquals(1 / (1 + 2.7), (double) eval("perceptron(2, 3).bias(-1).activation(sigmoidWithBase(2.7)).output(0, 0)"), 1e-15);
        assertEquals(-Math.log(0.6 + 1e-7), (double) eval("crossEntropy(new double[] {0.1, 0.3, 0.6}, new double[] {0, 0, 1})"), 1e-15);
        assertEquals(0.25, eval("meanSquaredError(new double[] {1.5}, new double[] {1})"));
        assertEquals(1.0, eval("andGate().output(1, 1)"));
        assertEquals(0.0, eval("xorNetwork().output(1, 1)[0]"));
        assertEquals(0.9280682857864075, eval("simpleNet(matrix(new double[] {0.47355232, 0.9977393, 0.84668094},"
                + " new double[] {0.85557411, 0.03563661, 0.69422093})).loss(new double[] {0.6, 0.9}, new double[] {0, 0, 1})"));
        assertEquals("2x3", eval("numericalGradient(w -> w.sum(), simpleNet(42).weights()).shape().toString()"));
    }

    @Test
    void noTwoFacadesDeclareTheSameStaticName() throws Exception {
        // two static imports on demand with one name make every call of it ambiguous in a cell
        java.util.Map<String, String> owner = new java.util.TreeMap<>();
        java.util.List<String> clashes = new java.util.ArrayList<>();
        for (String facade : Main.FACADES) {
            Class<?> type = Class.forName(facade);
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    names.add(m.getName());
                }
            }
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isPublic(f.getModifiers()) && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    names.add(f.getName());
                }
            }
            for (String name : names) {
                String before = owner.putIfAbsent(name, type.getSimpleName());
                if (before != null) {
                    clashes.add(name + " in " + before + " and " + type.getSimpleName());
                }
            }
        }
        assertEquals(java.util.List.of(), clashes);
    }
}
