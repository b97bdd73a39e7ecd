/**
 * A typed, immutable plotly figure: {@link dev.diffkernel.figure.Figure} holds
 * {@link dev.diffkernel.figure.Trace traces}, a {@link dev.diffkernel.figure.Layout} and animation
 * {@link dev.diffkernel.figure.Frame frames}, named in plotly's own vocabulary
 * (<a href="https://plotly.com/javascript/reference/">reference</a>). The DSL's charts build one
 * directly; the renderers turn it into HTML, a static picture and an
 * {@code application/vnd.plotly.v1+json} bundle.
 *
 * <p>{@link dev.diffkernel.figure.Trace} is sealed: the renderers draw each record by its fields. A
 * plotly trace type without a record, and every trace of a figure a user built with Tablesaw, is a
 * {@link dev.diffkernel.figure.GenericTrace} of attributes. Parts of a figure read from Tablesaw
 * ({@link dev.diffkernel.figure.Layout}, {@link dev.diffkernel.figure.Axis},
 * {@link dev.diffkernel.figure.Scene}, {@link dev.diffkernel.figure.Margin}) keep every attribute in
 * their {@code extra} map, so nothing the user set is lost on the way out.
 *
 * <p>May import only the JDK: no kernel, no basekernel, no Tablesaw, no other DiffKernel package.
 */
package dev.diffkernel.figure;
