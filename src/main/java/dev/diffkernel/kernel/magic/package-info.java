/**
 * IPython's familiar magics ({@code %time}, {@code %timeit}, {@code %vars}, {@code %%html}, ...),
 * one small class or lambda each, registered explicitly in
 * {@link dev.diffkernel.kernel.magic.Magics#standard}.
 *
 * <p>May import {@code kernel.eval}, {@code display}, {@code common} and basekernel's display types.
 */
package dev.diffkernel.kernel.magic;
