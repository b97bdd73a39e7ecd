package dev.diffkernel.render;

import dev.diffkernel.plots.Plots;

import dev.diffkernel.output.FigureModels;
import dev.diffkernel.output.PlotlyBundle;
import dev.diffkernel.output.PlotlyPage;
import dev.diffkernel.output.StaticPictures;
import dev.diffkernel.output.TableView;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where every DiffKernel type says how it is displayed in a notebook.
 *
 * <p>Each type has its own small renderer class in this package; {@link #registerAll} lists them
 * explicitly (no static initialisers, no classpath scanning), so the order and the set are easy to
 * read. Every registration produces a {@code text/plain} twin beside its rich form.
 */
public final class Renderers {
    private static final Logger LOG = Logger.getLogger(Renderers.class.getName());

    private Renderers() {}

    /**
     * Registers the renderers of all DiffKernel types. Plots rendered through one {@code renderer}
     * share one page: the first carries plotly.js, the later ones reuse it.
     *
     * @param renderer the kernel's renderer, never null
     */
    public static void registerAll(Renderer renderer) {
        PlotlyPage page = new PlotlyPage();
        RichRenderer.register(renderer);
        CheckResultRenderer.register(renderer);
        TableRenderer.register(renderer);
        FigureRenderer.register(renderer, page);
        ChartRenderer.register(renderer, page);
        CalculusRenderers.register(renderer);
        MatrixRenderer.register(renderer);
        ActivationRenderer.register(renderer);
        PerceptronRenderer.register(renderer);
        PerceptronNetworkRenderer.register(renderer);
        SimpleNetRenderer.register(renderer);
        SequenceRenderer.register(renderer);
        RunRenderer.register(renderer);
        RateComparisonRenderer.register(renderer, page);
        ProgressRenderer.register(renderer);
        GraphRenderer.register(renderer);
        BackpropRenderers.register(renderer, page);
    }

    /**
     * Pays the first-use costs of tables and plots ahead of the first cell that needs them:
     * Tablesaw's class-path scan (about 0.5 s), its template engine (about 0.4 s), Java2D's fonts
     * and plotly.js's compression. Meant for a background thread right after the kernel starts;
     * safe to call more than once and from any thread; it prints nothing and never throws.
     */
    public static void warmUp() {
        try {
            long start = System.nanoTime();
            Table table = Table.create("warm-up", DoubleColumn.create("x", new double[]{1, 2, 3}));
            TableView.of(table).html();
            var model = FigureModels.of(Plots.plot(x -> x * x).from(0).to(1).samples(3).figure());
            StaticPictures.draw(model, true, 1);
            PlotlyBundle.loaderScript();
            LOG.fine(() -> "render warm-up took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "render warm-up failed; the first table or plot will be slower", e);
        }
    }
}
