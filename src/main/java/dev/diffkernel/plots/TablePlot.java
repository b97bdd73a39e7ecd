package dev.diffkernel.plots;

import dev.diffkernel.common.Args;
import dev.diffkernel.plots.internal.ChartLayout;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Line;
import dev.diffkernel.figure.Marker;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;
import dev.diffkernel.figure.Trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Columns of a table plotted against one of them, e.g. the errors of numerical differentiation
 * against the step: {@code plot(errors, "h", "forward", "central").logX().logY()}. Immutable.
 */
public final class TablePlot implements Chart {
    private final String tableName;
    private final String xColumn;
    private final Object x;            // double[] or List<String>
    private final List<String> yColumns;
    private final List<double[]> ys;
    private final String mode;
    private final ChartLayout look;

    private TablePlot(String tableName, String xColumn, Object x, List<String> yColumns, List<double[]> ys, String mode,
                      ChartLayout look) {
        this.tableName = tableName;
        this.xColumn = xColumn;
        this.x = x;
        this.yColumns = yColumns;
        this.ys = ys;
        this.mode = mode;
        this.look = look;
    }

    static TablePlot of(Table table, String xColumn, String... yColumns) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(xColumn, "xColumn");
        Objects.requireNonNull(yColumns, "yColumns");
        List<String> names = new ArrayList<>(Arrays.asList(yColumns));
        if (names.isEmpty()) {
            for (String name : table.columnNames()) {
                if (!name.equals(xColumn) && table.column(name) instanceof NumericColumn<?>) {
                    names.add(name);
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("Table '" + table.name() + "' has no numeric column to plot against '"
                        + xColumn + "'; its columns are " + table.columnNames());
            }
        }
        Column<?> xc = column(table, xColumn);
        Object x;
        if (xc instanceof NumericColumn<?> n) {
            x = n.asDoubleArray();
        } else {
            List<String> labels = new ArrayList<>(xc.size());
            for (int i = 0; i < xc.size(); i++) {
                labels.add(xc.getString(i));
            }
            x = List.copyOf(labels);
        }
        List<double[]> ys = new ArrayList<>();
        for (String name : names) {
            Column<?> c = column(table, name);
            if (!(c instanceof NumericColumn<?> n)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "Column '%s' of table '%s' holds %s, but plot needs numbers for y", name, table.name(),
                        c.type().name().toLowerCase(Locale.ROOT)));
            }
            ys.add(n.asDoubleArray());
        }
        String yTitle = names.size() == 1 ? names.get(0) : "";
        return new TablePlot(table.name(), xColumn, x, List.copyOf(names), List.copyOf(ys),
                xc.size() <= 60 ? "lines+markers" : "lines", ChartLayout.of(xColumn, yTitle));
    }

    private static Column<?> column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no column '" + name + "'; its columns are "
                    + table.columnNames());
        }
        return table.column(name);
    }

    /** Draws the x axis on a logarithmic scale (rows with x ≤ 0 are left out). */
    public TablePlot logX() {
        return new TablePlot(tableName, xColumn, x, yColumns, ys, mode, look.withLog(true, look.logY()));
    }

    /** Draws the y axis on a logarithmic scale (values ≤ 0 are left out). */
    public TablePlot logY() {
        return new TablePlot(tableName, xColumn, x, yColumns, ys, mode, look.withLog(look.logX(), true));
    }

    /** Draws points only. */
    public TablePlot markers() {
        return new TablePlot(tableName, xColumn, x, yColumns, ys, "markers", look);
    }

    /** Draws lines only. */
    public TablePlot lines() {
        return new TablePlot(tableName, xColumn, x, yColumns, ys, "lines", look);
    }

    /** Sets the title (default: the table's name). */
    public TablePlot title(String title) {
        return new TablePlot(tableName, xColumn, x, yColumns, ys, mode, look.withTitle(Args.text("title", title)));
    }

    /** Sets the axis titles (default: the x column's name, and the y column's when there is one). */
    public TablePlot labels(String xTitle, String yTitle) {
        return new TablePlot(tableName, xColumn, x, yColumns, ys, mode,
                look.withAxes(Args.text("xTitle", xTitle), Args.text("yTitle", yTitle), null));
    }

    /** Sets the figure's size in CSS pixels (default 700 × 450); each between 100 and 2400. */
    public TablePlot size(int width, int height) {
        Args.between("width", width, 100, 2400);
        Args.between("height", height, 100, 2400);
        return new TablePlot(tableName, xColumn, x, yColumns, ys, mode, look.withSize(width, height));
    }

    @Override
    public Figure figure() {
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < yColumns.size(); i++) {
            Scatter t = x instanceof double[] d ? Scatter.of(d, ys.get(i))
                    : Scatter.of(((List<?>) x).stream().map(String::valueOf).toList(), ys.get(i));
            traces.add(t.withMode(Mode.of(mode)).withName(yColumns.get(i)).withLine(new Line(FunctionPlot.hex(i), null, null))
                    .withMarker(new Marker(null, FunctionPlot.hex(i), null, null)));
        }
        ChartLayout l = look.title() == null && tableName != null && !tableName.isBlank() ? look.withTitle(tableName) : look;
        return Figure.of(l.flat(), traces);
    }

    @Override
    public String toString() {
        int rows = x instanceof double[] d ? d.length : ((List<?>) x).size();
        return "plot of " + String.join(", ", yColumns) + " against " + xColumn
                + (tableName == null || tableName.isBlank() ? "" : " from table '" + tableName + "'") + " ("
                + rows + " rows" + (look.logX() && look.logY() ? ", log-log" : look.logX() ? ", log x" : look.logY() ? ", log y" : "")
                + ")";
    }
}
