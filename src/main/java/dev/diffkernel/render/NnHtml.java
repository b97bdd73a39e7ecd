package dev.diffkernel.render;

import dev.diffkernel.nn.Matrix;
import dev.diffkernel.nn.internal.Elision;
import dev.diffkernel.nn.internal.Numbers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Plain HTML for the neural-network types: a matrix as a bracketed table, a Tablesaw table as an
 * HTML table. Inline styles only, no scripts, so that static viewers show it too.
 */
final class NnHtml {
    private static final String CELL = "padding:2px 8px;text-align:right;font-family:monospace";

    private NnHtml() {}

    /** Returns the matrix as a table with brackets left and right and its shape as caption. */
    static String matrix(Matrix m) {
        int[] rows = Elision.indices(m.rows(), m.shape().size());
        int[] cols = Elision.indices(m.cols(), m.shape().size());
        StringBuilder out = new StringBuilder("<table class=\"dk-matrix\" style=\"border-collapse:collapse;"
                + "border-left:2px solid;border-right:2px solid\"><caption style=\"caption-side:bottom\">")
                .append(m.shape()).append(" matrix</caption>");
        for (int i : rows) {
            out.append("<tr>");
            for (int j : cols) {
                String text = i == Elision.ELLIPSIS ? (j == Elision.ELLIPSIS ? "⋱" : "⋮")
                        : j == Elision.ELLIPSIS ? "⋯" : Numbers.formatEntry(m.get(i, j));
                out.append("<td style=\"").append(CELL).append("\">").append(text).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    /** Returns the table with its column names as header; numbers right-aligned. */
    static String table(Table table) {
        StringBuilder out = new StringBuilder("<table class=\"dk-table\" style=\"border-collapse:collapse\"><thead><tr>");
        for (Column<?> column : table.columns()) {
            out.append("<th style=\"").append(CELL).append(";border-bottom:1px solid\">")
                    .append(escape(column.name())).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rowCount(); r++) {
            out.append("<tr>");
            for (Column<?> column : table.columns()) {
                String align = column instanceof NumericColumn ? CELL : CELL.replace("right", "left");
                out.append("<td style=\"").append(align).append("\">")
                        .append(escape(column.getString(r))).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** Escapes the characters that HTML treats specially. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
