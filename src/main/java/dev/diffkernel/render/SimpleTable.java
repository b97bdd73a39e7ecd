package dev.diffkernel.render;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A small Tablesaw table as plain HTML, using each column's print formatting. */
final class SimpleTable {
    private SimpleTable() {}

    static String html(Table table) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int row = 0; row < table.rowCount(); row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td style=\"text-align:right;font-family:monospace\">").append(Html.escape(column.getString(row))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
