package dev.diffkernel.kernel.magic;

import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.util.Set;

/**
 * Text in a markup language shown as such ({@code %%html}, {@code %%latex}, {@code %%markdown}),
 * with its source as the text/plain twin. Immutable.
 */
public record Markup(MIMEType type, String source) implements DisplayDataRenderable {
    static Markup html(String source) {
        return new Markup(MIMEType.TEXT_HTML, source);
    }

    static Markup latex(String source) {
        return new Markup(MIMEType.TEXT_LATEX, source);
    }

    static Markup markdown(String source) {
        return new Markup(MIMEType.TEXT_MARKDOWN, source);
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return Set.of(type);
    }

    @Override
    public void render(RenderContext context) {
        context.getOutputContainer().putData(type, source);
        context.getOutputContainer().putData(MIMEType.TEXT_PLAIN, source);
    }

    @Override
    public String toString() {
        return source;
    }
}
