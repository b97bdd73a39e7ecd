/**
 * A typed, immutable plotly figure: {@link dev.diffkernel.figure.Figure} holds
 * {@link dev.diffkernel.figure.Trace traces}, a {@link dev.diffkernel.figure.Layout} and animation
 * {@link dev.diffkernel.figure.Frame frames}, named in plotly's own vocabulary
 * (<a href="https://plotly.com/javascript/reference/">reference</a>). The DSL's charts build one
 * directly; the renderers turn it into HTML, a static picture and an
 * {@code application/vnd.plotly.v1+json} bundle.
 *
 * <p>To add a trace type, implement {@link dev.diffkernel.figure.Trace} with a record whose
 * {@code toPlotly()} writes plotly's attributes; the renderers need nothing else.
 *
 * <p>May import only the JDK: no kernel, no basekernel, no Tablesaw, no other DiffKernel package.
 */
package dev.diffkernel.figure;
