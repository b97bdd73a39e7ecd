package dev.diffkernel.plots;

import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;
import dev.diffkernel.output.FigureModel;
import dev.diffkernel.output.FigureModels;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static dev.diffkernel.plots.Plots.plot;
import static dev.diffkernel.plots.Plots.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesTest {
    private static final double[] H = {1e-1, 1e-2, 1e-3};
    private static final double[] FORWARD = {0.14, 0.0136, 0.00136};
    private static final double[] CENTRAL = {4.5e-3, 4.5e-5, 4.5e-7};

    @Test
    void tableIsBuiltFromNameAndColumnPairs() {
        Table t = table("h", H, "n", new int[]{1, 2, 3}, "label", List.of("a", "b", "c"));
        assertEquals(List.of("h", "n", "label"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals("DOUBLE INTEGER STRING", t.columns().stream().map(c -> c.type().name())
                .reduce((a, b) -> a + " " + b).orElseThrow());
    }

    @Test
    void tableArgumentsAreChecked() {
        assertEquals("table needs name, column pairs, e.g. table(\"x\", xs, \"y\", ys), but got 3 arguments",
                assertThrows(IllegalArgumentException.class, () -> table("h", H, "x")).getMessage());
        assertEquals("Column 'e' has 2 values but the columns before it have 3; all columns of a table must be equally long",
                assertThrows(IllegalArgumentException.class, () -> table("h", H, "e", new double[]{1, 2})).getMessage());
        assertEquals("table argument 1 must be a column name but was double[] " + H,
                assertThrows(IllegalArgumentException.class, () -> table(H, "h")).getMessage());
    }

    @Test
    void errorTablePlotsOnLogLogAxes() {
        Table errors = table("h", H, "forward", FORWARD, "central", CENTRAL);
        TablePlot p = plot(errors, "h", "forward", "central").logX().logY();
        FigureModel m = FigureModels.of(p.figure());
        assertEquals(List.of("forward", "central"), m.traces().stream().map(Trace::name).toList());
        assertArrayEquals(H, ((Scatter) m.traces().get(0)).x());
        assertArrayEquals(CENTRAL, ((Scatter) m.traces().get(1)).y());
        assertTrue(m.figure().layout().xaxis().log());
        assertTrue(m.figure().layout().yaxis().log());
        assertEquals("plot of forward, central against h (3 rows, log-log)", p.toString());
    }

    @Test
    void withoutYColumnsEveryOtherNumericColumnIsPlotted() {
        Table errors = table("h", H, "forward", FORWARD, "note", List.of("a", "b", "c"), "central", CENTRAL);
        assertEquals(2, FigureModels.of(plot(errors, "h").figure()).traces().size());
    }

    @Test
    void missingAndTextColumnsAreNamed() {
        Table errors = table("h", H, "note", List.of("a", "b", "c"));
        errors.setName("errors");
        assertEquals("Table 'errors' has no column 'hh'; its columns are [h, note]",
                assertThrows(IllegalArgumentException.class, () -> plot(errors, "hh", "note")).getMessage());
        assertEquals("Column 'note' of table 'errors' holds string, but plot needs numbers for y",
                assertThrows(IllegalArgumentException.class, () -> plot(errors, "h", "note")).getMessage());
    }
}
