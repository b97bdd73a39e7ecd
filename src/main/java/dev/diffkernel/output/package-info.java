/**
 * The output stage, without the kernel: a figure ({@link dev.diffkernel.figure.Figure} or a
 * Tablesaw figure) becomes HTML that draws it with plotly.js offline, a static picture (JFreeChart)
 * and plotly's JSON ({@link dev.diffkernel.output.PlotlyPage}); a table becomes HTML and aligned
 * text ({@link dev.diffkernel.output.TableView}). Large figures are cut down and say so.
 *
 * <p>Used by the renderer registrations and by the plot builders; not meant for notebook code. May
 * import {@code figure}, {@code common}, Tablesaw, JFreeChart and Gson; never the kernel, basekernel,
 * the renderers or the DSL packages that use it.
 */
package dev.diffkernel.output;
