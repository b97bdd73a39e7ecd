package dev.diffkernel.output;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableViewTest {
    private static Table steps(int n) {
        int[] step = new int[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = i;
            x[i] = i * 0.5;
        }
        return Table.create("descent", IntColumn.create("step", step), DoubleColumn.create("x", x));
    }

    @Test
    void aLongTableShowsHeadAndTailWithTheRowCount() {
        TableView view = TableView.of(steps(100_000));
        String html = view.html();
        assertEquals("100,000 rows × 2 columns (showing the first 10 and the last 10 rows)", view.footer());
        assertTrue(html.contains(">9</td>") && html.contains(">99999</td>") && html.contains(">49999.5</td>"), html);
        assertFalse(html.contains(">10</td>"));
        assertFalse(html.contains(">50000</td>"));
        assertTrue(html.length() < 5_000, "html has " + html.length() + " characters");
        assertTrue(view.text().length() < 2_000);
    }

    @Test
    void shortTablesAreShownWhole() {
        TableView view = TableView.of(steps(40));
        assertEquals("40 rows × 2 columns", view.footer());
        assertEquals(41, view.text().lines().filter(l -> l.matches("\\s*\\d+\\s+[\\d.]+")).count() + 1);
    }

    @Test
    void textIsEscapedInHtml() {
        Table t = Table.create("<script>alert(1)</script>", StringColumn.create("<b>", new String[]{"a & b", "\"q\" 'x'"}));
        String html = TableView.of(t).html();
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<th title=\"STRING\">&lt;b&gt;</th>"), html);
        assertTrue(html.contains(">a &amp; b</td>") && html.contains(">&quot;q&quot; &#39;x&#39;</td>"), html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void numbersAreFormattedForReading() {
        Table t = Table.create("h", DoubleColumn.create("error", new double[]{1e-10, 0.1999999999990898, 3, Double.NaN}));
        String text = TableView.of(t).text();
        assertEquals("h\n"
                + "             error\n"
                + "------------------\n"
                + "             1e-10\n"
                + "0.1999999999990898\n"
                + "                 3\n"
                + "               NaN\n"
                + "4 rows × 1 column", text);
    }

    @Test
    void aColumnsOwnPrintFormatterIsRespected() {
        DoubleColumn rate = DoubleColumn.create("rate", new double[]{0.125});
        rate.setPrintFormatter(NumberColumnFormatter.percent(1));
        assertTrue(TableView.of(Table.create("t", rate)).html().contains(">12.5%</td>"));
    }

    @Test
    void wideTablesSkipMiddleColumnsAndLongCellsAreCut() {
        Table t = Table.create("wide");
        for (int c = 0; c < 50; c++) {
            t.addColumns(StringColumn.create("c" + c, new String[]{"x".repeat(c == 0 ? 500 : 1)}));
        }
        TableView view = TableView.of(t);
        String html = view.html();
        assertTrue(html.contains(">c19</th><th>…</th><th title=\"STRING\">c45</th>"), html);
        assertFalse(html.contains(">c20</th>"));
        assertTrue(html.contains("x".repeat(200) + "…</td>"));
        assertEquals("1 row × 50 columns (showing the first 20 and the last 5 columns)", view.footer());
    }
}
