package dev.diffkernel.render;

import dev.diffkernel.output.TableView;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.table.Relation;

/**
 * Any Tablesaw table (a {@link Table} or a slice of one) as an HTML table with a text twin; a
 * single {@link Column} as a one-column table. Long tables show head … tail with the row count.
 */
final class TableRenderer {
    private TableRenderer() {}

    static void register(Renderer renderer) {
        renderer.createRegistration(Relation.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    TableView view = TableView.of(table);
                    context.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
                });
        renderer.createRegistration(Column.class)
                .preferring(MIMEType.TEXT_HTML).supporting(MIMEType.TEXT_PLAIN)
                .register((column, context) -> {
                    TableView view = TableView.of(Table.create(column.name(), column));
                    context.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
                });
    }
}
