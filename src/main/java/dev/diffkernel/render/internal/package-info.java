/**
 * Internal to {@code dev.diffkernel.render}: parsing Tablesaw's figure scripts, bounding their size,
 * drawing static pictures, writing the HTML that loads plotly.js offline, and formatting tables.
 *
 * <p>Nothing here is API: types and methods may change without notice. Notebook code uses
 * {@link dev.diffkernel.render.Plots} and Tablesaw's own types.
 */
package dev.diffkernel.render.internal;
