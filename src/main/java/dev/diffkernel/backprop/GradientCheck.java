package dev.diffkernel.backprop;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.linalg.Matrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The gradient check of the book (5.7.3): backpropagation against the numerical gradient, parameter by
 * parameter, as the mean and the largest |backprop − numerical| over each matrix's entries. Immutable.
 *
 * @param backprop the gradient by backpropagation; never null
 * @param numerical the gradient by the central difference; never null
 * @param rows one line per parameter, in the order W1, b1, W2, b2; copied, never null
 */
public record GradientCheck(Parameters backprop, Parameters numerical, List<Row> rows) {
    /**
     * One parameter's comparison.
     *
     * @param name W1, b1, W2 or b2; never null
     * @param shape e.g. {@code 2x50}; never null
     * @param meanDifference the mean |backprop − numerical| over its entries
     * @param maxDifference the largest |backprop − numerical| over its entries
     */
    public record Row(String name, String shape, double meanDifference, double maxDifference) {
        /** Checks the names. */
        public Row {
            requireNonNull(name, "name");
            requireNonNull(shape, "shape");
        }
    }

    /** Checks the components. */
    public GradientCheck {
        requireNonNull(backprop, "backprop");
        requireNonNull(numerical, "numerical");
        rows = List.copyOf(rows);
    }

    /**
     * Compares the two gradients of a network at the given examples.
     *
     * @param net the network; never null
     * @param x the inputs; never null
     * @param t the one-hot targets; never null
     * @return the comparison, never null
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public static GradientCheck of(TwoLayerNet net, Matrix x, Matrix t) {
        requireNonNull(net, "net");
        Parameters backprop = net.gradient(x, t);
        Parameters numerical = net.numericalGradient(x, t);
        List<Row> rows = new ArrayList<>();
        for (String name : Parameters.NAMES) {
            Matrix a = backprop.get(name);
            Matrix b = numerical.get(name);
            double sum = 0;
            double max = 0;
            for (int r = 0; r < a.rows(); r++) {
                for (int c = 0; c < a.cols(); c++) {
                    double d = Math.abs(a.get(r, c) - b.get(r, c));
                    sum += d;
                    max = Math.max(max, d);
                }
            }
            rows.add(new Row(name, a.shape().toString(), sum / (a.rows() * a.cols()), max));
        }
        return new GradientCheck(backprop, numerical, rows);
    }

    /** The largest |backprop − numerical| over all parameters. */
    public double maxDifference() {
        double max = 0;
        for (Row row : rows) {
            max = Math.max(max, row.maxDifference());
        }
        return max;
    }

    /** The table a notebook shows: parameter, shape, mean and max |backprop − numerical|. */
    public Table table() {
        Table table = Table.create("gradient check: |backprop − numerical| per parameter",
                StringColumn.create("parameter"), StringColumn.create("shape"),
                DoubleColumn.create("mean |difference|"), DoubleColumn.create("max |difference|"));
        for (Row row : rows) {
            table.stringColumn(0).append(row.name());
            table.stringColumn(1).append(row.shape());
            table.doubleColumn(2).append(row.meanDifference());
            table.doubleColumn(3).append(row.maxDifference());
        }
        return table;
    }

    /** E.g. {@code Gradient check (mean / max |backprop − numerical|): W1 2.1e-11 / 9.4e-11, …}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Gradient check, |backprop − numerical| per parameter (mean, max):");
        for (Row row : rows) {
            sb.append(String.format(Locale.ROOT, "%n  %-3s %-6s mean %.2e  max %.2e", row.name(), row.shape(),
                    row.meanDifference(), row.maxDifference()));
        }
        return sb.append(String.format(Locale.ROOT, "%nmax difference %.2e", maxDifference())).toString();
    }
}
