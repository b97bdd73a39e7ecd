package dev.diffkernel.render;

import io.github.spencerpark.jupyter.kernel.display.Renderer;

/**
 * The one place where every DiffKernel type says how it is displayed in a notebook.
 *
 * <p>Each type has its own small renderer class in this package; {@link #registerAll} lists them
 * explicitly (no static initialisers, no classpath scanning), so the order and the set are easy to
 * read. Every registration produces a {@code text/plain} twin beside its rich form.
 */
public final class Renderers {
    private Renderers() {}

    /**
     * Registers the renderers of all DiffKernel types.
     *
     * @param renderer the kernel's renderer, never null
     */
    public static void registerAll(Renderer renderer) {
        CheckResultRenderer.register(renderer);
        CalculusRenderers.register(renderer);
        MatrixRenderer.register(renderer);
        ActivationRenderer.register(renderer);
        PerceptronRenderer.register(renderer);
        PerceptronNetworkRenderer.register(renderer);
        SimpleNetRenderer.register(renderer);
        SequenceRenderer.register(renderer);
    }
}
