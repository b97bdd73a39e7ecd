package dev.diffkernel.output;

import dev.diffkernel.common.Html;
import dev.diffkernel.common.Numbers;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.table.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Tablesaw table as HTML and as aligned text. Long tables show their first and last rows with a
 * "…" row between and a footer with the size; wide tables likewise skip middle columns; long cell
 * texts are cut. Numbers read well ({@link NumberText}) unless the column has its own print
 * formatter, which is respected. All text is escaped.
 */
public final class TableView {
    /** Tables with at most this many rows are shown whole. */
    public static final int MAX_FULL_ROWS = 40;
    /** Rows shown at each end of a longer table. */
    public static final int END_ROWS = 10;
    /** Tables with at most this many columns are shown whole. */
    public static final int MAX_FULL_COLUMNS = 30;
    /** Columns shown at the start and at the end of a wider table. */
    public static final int HEAD_COLUMNS = 20;
    public static final int TAIL_COLUMNS = 5;
    /** Longer cell texts are cut to this many characters and "…". */
    public static final int MAX_CELL = 200;

    private final Relation table;
    private final int[] rows;     // -1 marks the "…" row
    private final int[] columns;  // -1 marks the "…" column
    private final List<Cells> cells;

    private record Cells(String header, String type, String[] texts, boolean numeric) {}

    /**
     * Symbols shown in the HTML header for columns whose names are plain so a student can type
     * them ({@code table.column("gradNorm")}); the text form keeps the plain name.
     */
    private static final java.util.Map<String, String> SYMBOLS = java.util.Map.of("gradNorm", "|∇f|");

    private TableView(Relation table) {
        this.table = table;
        this.rows = pick(table.rowCount(), MAX_FULL_ROWS, END_ROWS, END_ROWS);
        this.columns = pick(table.columnCount(), MAX_FULL_COLUMNS, HEAD_COLUMNS, TAIL_COLUMNS);
        this.cells = new ArrayList<>();
        for (int c : columns) {
            cells.add(c < 0 ? null : cells(table.column(c)));
        }
    }

    /** The view of {@code table}. */
    public static TableView of(Relation table) {
        return new TableView(table);
    }

    private static int[] pick(int n, int maxFull, int head, int tail) {
        if (n <= maxFull) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] some = new int[head + 1 + tail];
        for (int i = 0; i < head; i++) {
            some[i] = i;
        }
        some[head] = -1;
        for (int i = 0; i < tail; i++) {
            some[head + 1 + i] = n - tail + i;
        }
        return some;
    }

    private Cells cells(Column<?> column) {
        boolean numeric = column instanceof NumberColumn<?, ?>;
        boolean ours = column instanceof DoubleColumn d && usesDefaultFormat(d) || column instanceof FloatColumn;
        String[] texts = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            if (r < 0) {
                texts[i] = "…";
            } else if (ours && column instanceof DoubleColumn d) {
                texts[i] = Numbers.shortest(d.getDouble(r));
            } else if (ours && column instanceof FloatColumn f) {
                texts[i] = Numbers.shortest(f.getFloat(r));
            } else {
                texts[i] = cut(column.getString(r));
            }
        }
        return new Cells(cut(column.name()), column.type().name(), texts, numeric);
    }

    /** Whether the column prints with Tablesaw's default formatter (then ours is better to read). */
    private boolean usesDefaultFormat(DoubleColumn column) {
        DoubleColumn probe = DoubleColumn.create("probe", 1);
        for (int r : rows) {
            if (r >= 0 && !column.isMissing(r)) {
                probe.set(0, column.getDouble(r));
                return probe.getString(0).equals(column.getString(r));
            }
        }
        return true;
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL) + "…";
    }

    /** The footer: "100,000 rows × 3 columns (showing the first 10 and the last 10 rows)", or "". */
    public String footer() {
        int n = table.rowCount();
        int m = table.columnCount();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d %s × %,d %s", n, n == 1 ? "row" : "rows", m,
                m == 1 ? "column" : "columns"));
        List<String> shown = new ArrayList<>();
        if (rows.length < n) {
            shown.add(String.format(Locale.ROOT, "the first %d and the last %d rows", END_ROWS, END_ROWS));
        }
        if (columns.length < m) {
            shown.add(String.format(Locale.ROOT, "the first %d and the last %d columns", HEAD_COLUMNS, TAIL_COLUMNS));
        }
        if (!shown.isEmpty()) {
            out.append(" (showing ").append(String.join("; ", shown)).append(')');
        }
        return out.toString();
    }

    /** The text/html form. */
    public String html() {
        StringBuilder out = new StringBuilder(256 + rows.length * columns.length * 16);
        out.append("<div class=\"diffkernel-table\"><table class=\"dataframe\" style=\"font-variant-numeric:tabular-nums\">");
        String name = table.name();
        if (name != null && !name.isBlank()) {
            out.append("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">")
                    .append(Html.escape(cut(name))).append("</caption>");
        }
        out.append("<thead><tr>");
        for (Cells c : cells) {
            if (c == null) {
                out.append("<th>…</th>");
            } else {
                String symbol = SYMBOLS.get(c.header());
                out.append("<th title=\"").append(Html.escape(c.type()))
                        .append(symbol == null ? "" : Html.escape(", column \"" + c.header() + "\"")).append("\">")
                        .append(Html.escape(symbol == null ? c.header() : symbol)).append("</th>");
            }
        }
        out.append("</tr></thead><tbody>");
        for (int i = 0; i < rows.length; i++) {
            out.append(rows[i] < 0 ? "<tr class=\"dk-skipped\">" : "<tr>");
            for (Cells c : cells) {
                if (c == null || rows[i] < 0) {
                    out.append("<td style=\"text-align:center;color:#888\">…</td>");
                } else {
                    String text = c.texts()[i];
                    out.append(c.numeric() ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                            .append(Html.escape(text)).append("</td>");
                }
            }
            out.append("</tr>");
        }
        out.append("</tbody></table><div class=\"dk-note\" style=\"color:#666;font-size:0.85em\">")
                .append(Html.escape(footer())).append("</div></div>");
        return out.toString();
    }

    /** The text/plain form: aligned columns, numbers to the right. */
    public String text() {
        int[] widths = new int[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            Cells c = cells.get(k);
            int w = 1;
            if (c != null) {
                w = c.header().length();
                for (String t : c.texts()) {
                    w = Math.max(w, t.length());
                }
            }
            widths[k] = Math.min(w, 40);
        }
        StringBuilder out = new StringBuilder();
        String name = table.name();
        if (name != null && !name.isBlank()) {
            out.append(cut(name)).append('\n');
        }
        for (int k = 0; k < cells.size(); k++) {
            Cells c = cells.get(k);
            pad(out, c == null ? "…" : c.header(), widths[k], c != null && c.numeric(), k);
        }
        out.append('\n');
        for (int k = 0; k < cells.size(); k++) {
            out.append(k == 0 ? "" : "  ").append("-".repeat(widths[k]));
        }
        for (int i = 0; i < rows.length; i++) {
            out.append('\n');
            for (int k = 0; k < cells.size(); k++) {
                Cells c = cells.get(k);
                pad(out, c == null || rows[i] < 0 ? "…" : c.texts()[i], widths[k], c != null && c.numeric(), k);
            }
        }
        out.append('\n').append(footer());
        return out.toString().lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void pad(StringBuilder out, String text, int width, boolean right, int column) {
        String t = text.length() > width ? text.substring(0, width - 1) + "…" : text;
        if (column > 0) {
            out.append("  ");
        }
        String space = " ".repeat(width - t.length());
        out.append(right ? space + t : t + space);
    }
}
