/**
 * How every DiffKernel value is displayed in a notebook: one small renderer class per type, all
 * registered in {@link dev.diffkernel.render.Renderers#registerAll} (no static initialisers, no
 * scanning), each giving a rich form and a {@code text/plain} twin.
 *
 * <p>With the kernel, the only package that imports basekernel. May import every DSL package and
 * {@code output}; the DSL packages never import this one.
 */
package dev.diffkernel.render;
