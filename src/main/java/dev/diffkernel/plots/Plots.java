package dev.diffkernel.plots;

import dev.diffkernel.calc.DiffErrors;
import dev.diffkernel.calc.Fn;
import dev.diffkernel.plots.internal.PlotFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Tables and plots in the notebook: {@code plot}, {@code surface}, {@code contour}, {@code quiver}
 * and {@code table}. Every notebook imports these statically, so a cell calls {@code plot(f)}
 * directly. A plot is shown interactively (plotly, no network needed) over a static picture that
 * viewers without JavaScript show; {@code .figure()} gives it as a typed plotly figure to restyle.
 *
 * <pre>{@code
 * var f = fn("f(x) = 0.01*x^2 + 0.1*x");
 * plot(f).from(0).to(20).tangentAt(5)              // the lecture's tangent of function_1 at 5
 * surface(fn("x^2 + y^2")).x(-3, 3).y(-3, 3)        // turn it with the mouse
 * contour(fn("x^2 + y^2")).path(points)             // points: List<double[]> of [x, y]
 * quiver(fn("x0^2 + x1^2"))                         // arrows of -∇f, as in gradient_2d
 * contour(fn("x^2 + y^2")).samples(200)             // n samples per axis, on every plot builder
 * plot(diffErrors(fn("e^x"), 1))                    // O(h) and O(h^2) on log-log axes
 * plot(table("h", hs, "error", errors), "h", "error").logX().logY()
 *
 * var fig = plot(f).figure();                       // a dev.diffkernel.figure.Figure
 * fig.withLayout(fig.layout().withTitle("My title")) // a new figure, shown as a plot
 * }</pre>
 *
 * <p>The builders share their names: {@code samples(n)} is how finely a function is sampled, counted per
 * axis ({@code n} values of x for {@code plot}, an {@code n} × {@code n} grid for {@code surface},
 * {@code contour} and {@code quiver}); {@code x(a, b)} and {@code y(c, d)} set the ranges
 * ({@code plot(f).from(a).to(b)} is the same as {@code .x(a, b)}); {@code title(...)} the title;
 * {@code size(width, height)} the size, or {@code width(w)} alone on {@code contour} and {@code quiver},
 * whose height follows from keeping one unit as long on both axes.
 *
 * <p>Any {@code tech.tablesaw.api.Table} or {@code tech.tablesaw.plotly.components.Figure} a cell
 * returns is shown the same way: tables as HTML (long ones head … tail), figures as plots.
 */
public final class Plots {
    private Plots() {}

    /**
     * Plots functions of one variable over an interval, each with its formula in the legend:
     * {@code plot(f).from(0).to(20).tangentAt(5)}, {@code plot(f, f.diff())}.
     *
     * @param functions one or more functions of one variable; none null
     * @return a plot over -5 … 5 until {@code from}/{@code to} say otherwise; never null
     * @throws IllegalArgumentException if a function has more than one variable
     */
    public static FunctionPlot plot(Fn... functions) {
        Objects.requireNonNull(functions, "functions");
        List<PlotFunction> list = new ArrayList<>();
        for (int i = 0; i < functions.length; i++) {
            list.add(PlotFunction.of(Objects.requireNonNull(functions[i], "function " + (i + 1))));
        }
        return FunctionPlot.of(list);
    }

    /**
     * Plots Java functions of x, named f, g, h, … in the legend (activations such as
     * {@code sigmoid()} keep their own names): {@code plot(SIGMOID, STEP).from(-6).to(6)}.
     * {@code plot(x -> x * x, Math::sin).from(-3).to(3)}.
     *
     * @param functions one or more functions; none null
     * @return a plot over -5 … 5 until {@code from}/{@code to} say otherwise; never null
     */
    public static FunctionPlot plot(DoubleUnaryOperator... functions) {
        Objects.requireNonNull(functions, "functions");
        List<PlotFunction> list = new ArrayList<>();
        for (int i = 0; i < functions.length; i++) {
            list.add(PlotFunction.of(defaultName(i), Objects.requireNonNull(functions[i], "function " + (i + 1))));
        }
        return FunctionPlot.of(list);
    }

    /**
     * Plots one named Java function of x: {@code plot("sigmoid", x -> 1 / (1 + Math.exp(-x)))}.
     *
     * @param name the legend name, e.g. "sigmoid"; never blank
     * @param function the function; never null
     */
    public static FunctionPlot plot(String name, DoubleUnaryOperator function) {
        return FunctionPlot.of(List.of(PlotFunction.of(requireName(name), Objects.requireNonNull(function, "function"))));
    }

    /**
     * Plots a series of numbers against its index, e.g. a loss curve: {@code plot(run.losses()).logY()}.
     *
     * @param values the numbers, in order; never null or empty
     * @return a line over index 0, 1, 2, …; never null
     * @throws IllegalArgumentException if there are no values
     */
    public static TablePlot plot(double[] values) {
        return plot("value", values);
    }

    /**
     * Plots a named series of numbers against its index: {@code plot("loss", run.losses())}.
     *
     * @param name the legend and y-axis name, e.g. "loss"; never blank
     * @param values the numbers, in order; never null or empty
     * @return a line over index 0, 1, 2, …; never null
     * @throws IllegalArgumentException if there are no values
     */
    public static TablePlot plot(String name, double[] values) {
        requireName(name);
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("plot(" + name + ") needs at least one value but the array is empty");
        }
        Table series = Table.create(name, IntColumn.indexColumn("index", values.length, 0),
                DoubleColumn.create(name, values.clone()));
        return TablePlot.of(series, "index", name).title(name);
    }

    /**
     * Plots columns of a table against another: {@code plot(errors, "h", "forward", "central").logX().logY()}.
     *
     * @param table the table; never null
     * @param xColumn the column along x (numbers, or text for categories)
     * @param yColumns the numeric columns to draw; none means every other numeric column
     * @throws IllegalArgumentException if a column is missing (the message lists the table's columns)
     *     or a y column does not hold numbers
     */
    public static TablePlot plot(Table table, String xColumn, String... yColumns) {
        return TablePlot.of(table, xColumn, yColumns);
    }

    /**
     * The errors of forward, backward and central differences against the step h on log-log axes:
     * slope 1 for O(h), slope 2 for O(h²), until rounding error takes over for tiny h.
     *
     * @param errors what {@code diffErrors(f, x)} returned; never null
     */
    public static TablePlot plot(DiffErrors errors) {
        Objects.requireNonNull(errors, "errors");
        return TablePlot.of(errors.table(), "h", "forward error", "backward error", "central error").logX().logY()
                .labels("h", "absolute error");
    }

    /**
     * The graph of a function of two variables as a 3-D surface you can turn with the mouse:
     * {@code surface(fn("x^2 + y^2")).x(-3, 3).y(-3, 3)}.
     *
     * @param function a function of two variables; never null
     * @return a surface over -3 … 3 in both variables until {@code x}/{@code y} say otherwise
     * @throws IllegalArgumentException if the function does not have two variables
     */
    public static SurfacePlot surface(Fn function) {
        return SurfacePlot.of(PlotFunction.of(function));
    }

    /**
     * Level curves of a function of two variables, to draw paths on:
     * {@code contour(f).path(run.path())}.
     *
     * @param function a function of two variables; never null
     * @return a contour over -3 … 3 (widened to fit paths) until {@code x}/{@code y} say otherwise
     * @throws IllegalArgumentException if the function does not have two variables
     */
    public static ContourPlot contour(Fn function) {
        return ContourPlot.of(PlotFunction.of(function));
    }

    /**
     * Arrows of the negative gradient −∇f (symbolic for math text, else central differences with
     * h = 1e-4), as in the lecture's gradient_2d picture: {@code quiver(fn("x0^2 + x1^2"))}.
     *
     * @param function a function of two variables; never null
     * @return arrows over -2 … 2 in both variables until {@code x}/{@code y} say otherwise
     * @throws IllegalArgumentException if the function does not have two variables
     */
    public static QuiverPlot quiver(Fn function) {
        return QuiverPlot.of(PlotFunction.of(function));
    }

    /**
     * The graph of a Java function of (x, y) as a 3-D surface: {@code surface((x, y) -> x*x + y*y)}.
     *
     * @param function the function; never null
     * @return a surface over -3 … 3 in both variables until {@code x}/{@code y} say otherwise
     */
    public static SurfacePlot surface(DoubleBinaryOperator function) {
        return SurfacePlot.of(PlotFunction.of("f", Objects.requireNonNull(function, "function")));
    }

    /**
     * Level curves of a Java function of (x, y), to draw paths on:
     * {@code contour((x, y) -> x*x + y*y).path(points)}.
     *
     * @param function the function; never null
     * @return a contour over -3 … 3 (widened to fit paths) until {@code x}/{@code y} say otherwise
     */
    public static ContourPlot contour(DoubleBinaryOperator function) {
        return ContourPlot.of(PlotFunction.of("f", Objects.requireNonNull(function, "function")));
    }

    /**
     * Arrows of the negative gradient of a Java function of (x, y), by central differences with
     * h = 1e-4: {@code quiver((x, y) -> x*x + y*y)}.
     *
     * @param function the function; never null
     * @return arrows over -2 … 2 in both variables until {@code x}/{@code y} say otherwise
     */
    public static QuiverPlot quiver(DoubleBinaryOperator function) {
        return QuiverPlot.of(PlotFunction.of("f", Objects.requireNonNull(function, "function")));
    }

    /**
     * A table from names and columns, in pairs: {@code table("h", hs, "error", errors)}. A column is
     * a {@code double[]}, {@code int[]}, {@code long[]}, {@code String[]}, {@code boolean[]}, a list
     * of numbers or of strings, or a Tablesaw column (renamed).
     *
     * @param namesAndColumns name, column, name, column, …; all columns equally long
     * @return a new Tablesaw table; never null
     * @throws IllegalArgumentException if the arguments are not name/column pairs or the lengths differ
     */
    public static Table table(Object... namesAndColumns) {
        Objects.requireNonNull(namesAndColumns, "namesAndColumns");
        if (namesAndColumns.length == 0 || namesAndColumns.length % 2 != 0) {
            throw new IllegalArgumentException("table needs name, column pairs, e.g. table(\"x\", xs, \"y\", ys), but got "
                    + namesAndColumns.length + " arguments");
        }
        Table table = Table.create("");
        int rows = -1;
        for (int i = 0; i < namesAndColumns.length; i += 2) {
            if (!(namesAndColumns[i] instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("table argument " + (i + 1) + " must be a column name but was "
                        + describe(namesAndColumns[i]));
            }
            Column<?> column = column(name, namesAndColumns[i + 1], i + 2);
            if (rows >= 0 && column.size() != rows) {
                throw new IllegalArgumentException("Column '" + name + "' has " + column.size() + " values but the columns before it have "
                        + rows + "; all columns of a table must be equally long");
            }
            if (table.containsColumn(name)) {
                throw new IllegalArgumentException("Column name '" + name + "' is used twice; give each column its own name");
            }
            rows = column.size();
            table.addColumns(column);
        }
        return table;
    }

    private static Column<?> column(String name, Object data, int position) {
        if (data instanceof double[] d) {
            return DoubleColumn.create(name, d);
        }
        if (data instanceof int[] d) {
            return IntColumn.create(name, d);
        }
        if (data instanceof long[] d) {
            return LongColumn.create(name, d);
        }
        if (data instanceof String[] d) {
            return StringColumn.create(name, d);
        }
        if (data instanceof boolean[] d) {
            BooleanColumn c = BooleanColumn.create(name, d.length);
            for (int i = 0; i < d.length; i++) {
                c.set(i, d[i]);
            }
            return c;
        }
        if (data instanceof Column<?> c) {
            return c.copy().setName(name);
        }
        if (data instanceof List<?> list) {
            if (list.stream().allMatch(o -> o instanceof Number)) {
                return DoubleColumn.create(name, list.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray());
            }
            return StringColumn.create(name, list.stream().map(String::valueOf).toArray(String[]::new));
        }
        throw new IllegalArgumentException("table argument " + position + " (column '" + name
                + "') must be a double[], int[], long[], String[], boolean[], List or Tablesaw column but was "
                + describe(data));
    }

    private static String describe(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName() + " " + o;
    }

    private static String defaultName(int i) {
        return i < 3 ? String.valueOf((char) ('f' + i)) : "f" + (i + 1);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be a non-empty text, e.g. \"f\", but was "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }
}
