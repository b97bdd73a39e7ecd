package dev.diffkernel.kernel.magic;

import dev.diffkernel.kernel.eval.Variable;
import dev.diffkernel.common.Html;
import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.List;
import java.util.Set;

/** The notebook's variables, as {@code %vars} shows them: name, type, value. Immutable. */
public record VariablesTable(List<Variable> variables) implements DisplayDataRenderable {
    public VariablesTable {
        variables = List.copyOf(variables);
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return Set.of(MIMEType.TEXT_HTML);
    }

    @Override
    public void render(RenderContext context) {
        StringBuilder html = new StringBuilder("<table><thead><tr><th>name</th><th>type</th><th>value</th></tr></thead><tbody>");
        for (Variable v : variables) {
            html.append("<tr><td><code>").append(Html.escape(v.name())).append("</code></td><td><code>")
                    .append(Html.escape(v.type())).append("</code></td><td>").append(Html.escape(v.value())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        context.getOutputContainer().putData(MIMEType.TEXT_HTML, variables.isEmpty() ? "<p>No variables defined yet.</p>" : html.toString());
        context.getOutputContainer().putData(MIMEType.TEXT_PLAIN, toString());
    }


    @Override
    public String toString() {
        if (variables.isEmpty()) {
            return "No variables defined yet.";
        }
        int nameWidth = Math.max(4, variables.stream().mapToInt(v -> v.name().length()).max().orElse(0));
        int typeWidth = Math.max(4, variables.stream().mapToInt(v -> v.type().length()).max().orElse(0));
        String format = "%-" + nameWidth + "s  %-" + typeWidth + "s  %s%n";
        StringBuilder text = new StringBuilder(String.format(format, "name", "type", "value"));
        variables.forEach(v -> text.append(String.format(format, v.name(), v.type(), v.value())));
        return text.toString().stripTrailing();
    }
}
