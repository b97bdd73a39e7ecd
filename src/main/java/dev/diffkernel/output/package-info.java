/**
 * The output stage, without the kernel: a figure becomes HTML that draws it with plotly.js
 * offline, a static picture (JFreeChart) and plotly's JSON ({@link dev.diffkernel.output.PlotlyPage});
 * a table becomes HTML and aligned text ({@link dev.diffkernel.output.TableView}). Large figures are
 * cut down and say so.
 *
 * <p>Everything is made from one immutable {@link dev.diffkernel.output.FigureModel} around the typed
 * {@link dev.diffkernel.figure.Figure}: a DSL figure goes in as it is, a Tablesaw figure is read once
 * into it ({@link dev.diffkernel.output.FigureModels}). {@link dev.diffkernel.output.Bounds},
 * {@link dev.diffkernel.output.StaticPictures} and {@link dev.diffkernel.output.FigureText} read the
 * records by their fields; only a {@link dev.diffkernel.figure.GenericTrace}'s attributes and the
 * {@code extra} of layout parts read from Tablesaw go through {@link dev.diffkernel.output.Attrs}.
 *
 * <p>Used by the renderer registrations and by the plot builders; not meant for notebook code. May
 * import {@code figure}, {@code common}, Tablesaw, JFreeChart and Gson; never the kernel, basekernel,
 * the renderers or the DSL packages that use it.
 */
package dev.diffkernel.output;
