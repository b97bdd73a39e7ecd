/**
 * The DSL's plots: {@code plot}, {@code surface}, {@code contour}, {@code quiver} and table plots
 * ({@link dev.diffkernel.plots.Plots}, statically imported into every notebook). Each is an
 * immutable {@link dev.diffkernel.plots.Chart} that builds a typed
 * {@link dev.diffkernel.figure.Figure}; the renderers draw it.
 *
 * <p>May import {@code calc}, {@code figure}, {@code output} (size bounds, colours),
 * {@code common} and Tablesaw's tables; never the kernel, basekernel or the renderers.
 */
package dev.diffkernel.plots;
