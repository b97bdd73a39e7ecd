package dev.diffkernel.calc;

import dev.diffkernel.common.Numbers;

import tech.tablesaw.api.DoubleColumn;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * How the error of forward, backward and central differences changes with the step h, from 1e-1
 * down to 1e-15: O(h) for forward and backward, O(h^2) for central, until rounding error takes
 * over for tiny h. Immutable: {@link #table()} hands out a copy each time.
 *
 * @param function the function differentiated
 * @param x where
 * @param exact the exact derivative (symbolic, or Richardson's estimate for a lambda)
 * @param table columns h, forward error, backward error, central error (absolute errors)
 */
public record DiffErrors(Fn function, double x, double exact, Table table) {
    /** Keeps its own copy of {@code table}, so that nothing the caller does to it changes this result. */
    public DiffErrors {
        java.util.Objects.requireNonNull(function, "function");
        table = java.util.Objects.requireNonNull(table, "table").copy();
    }

    /** The errors as a new table (a copy: changing it changes nothing here). */
    @Override
    public Table table() {
        return table.copy();
    }

    static DiffErrors of(Fn f, double x) {
        NumericalDerivative base = new NumericalDerivative(f, x, NumericalDerivative.Scheme.CENTRAL, NumericalDerivative.DEFAULT_H);
        double exact = f.isSymbolic() ? base.exact().getAsDouble() : base.richardson().value();
        DoubleColumn h = DoubleColumn.create("h");
        DoubleColumn forward = DoubleColumn.create("forward error");
        DoubleColumn backward = DoubleColumn.create("backward error");
        DoubleColumn central = DoubleColumn.create("central error");
        for (int k = 1; k <= 15; k++) {
            double step = Math.pow(10, -k);
            h.append(step);
            forward.append(Math.abs(Numerical.forward(f::at, x, step) - exact));
            backward.append(Math.abs(Numerical.backward(f::at, x, step) - exact));
            central.append(Math.abs(Numerical.central(f::at, x, step) - exact));
        }
        for (DoubleColumn column : List.of(h, forward, backward, central)) {
            column.setPrintFormatter(new DecimalFormat("0.0##E0", DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        }
        Table table = Table.create("Errors of " + f.name() + "'(" + Numbers.written(x) + ")", h, forward, backward, central);
        return new DiffErrors(f, x, exact, table);
    }

    /** The step with the smallest central error: where truncation and rounding error balance. */
    public double bestCentralStep() {
        DoubleColumn central = table.doubleColumn("central error");
        int best = 0;
        for (int i = 1; i < central.size(); i++) {
            if (central.getDouble(i) < central.getDouble(best)) {
                best = i;
            }
        }
        return table.doubleColumn("h").getDouble(best);
    }

    @Override
    public String toString() {
        return table.print();
    }
}
