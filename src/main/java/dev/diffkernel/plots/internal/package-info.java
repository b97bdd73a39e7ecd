/**
 * Internal to {@code dev.diffkernel.plots}: sampling functions on intervals and grids, the shared
 * chart layout, and the adapter from a function, lambda or activation to something plottable.
 * Not part of the DSL; may change without notice.
 */
package dev.diffkernel.plots.internal;
