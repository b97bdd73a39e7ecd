package dev.diffkernel.render;

import dev.diffkernel.linalg.Matrix;
import dev.diffkernel.common.Elision;
import dev.diffkernel.common.Numbers;
import dev.diffkernel.output.TableView;
import tech.tablesaw.api.Table;

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
                        : j == Elision.ELLIPSIS ? "⋯" : Numbers.numpyEntry(m.get(i, j));
                out.append("<td style=\"").append(CELL).append("\">").append(text).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    /** Returns the table as the table renderer shows any Tablesaw table. */
    static String table(Table table) {
        return TableView.of(table).html();
    }

}
