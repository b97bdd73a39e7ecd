package dev.diffkernel.common;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Makes Tablesaw double columns that print their values as numpy does ({@link Numbers#format}):
 * {@code 0.43}, {@code 1}, {@code -5.54e-08}, instead of Tablesaw's fixed many-digit decimals.
 *
 * <p>Internal: see the package documentation.
 */
public final class Columns {
    private Columns() {}

    /**
     * Returns a new empty column.
     *
     * @param name the column name, never null
     * @return a new column, never null
     */
    public static DoubleColumn doubles(String name) {
        DoubleColumn column = DoubleColumn.create(name);
        column.setPrintFormatter(new ShortestFormatter());
        return column;
    }

    private static final class ShortestFormatter extends NumberColumnFormatter {
        @Override
        public String format(double value) {
            return Double.isNaN(value) ? "" : Numbers.significant(value);
        }

        @Override
        public String format(float value) {
            return format((double) value);
        }
    }
}
