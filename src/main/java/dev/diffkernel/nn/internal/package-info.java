/**
 * Internal helpers of {@code dev.diffkernel.nn}: number formatting and the numerical gradient of a
 * function of a matrix.
 *
 * <p>Not part of the notebook DSL: names and signatures here may change without notice. Use
 * {@link dev.diffkernel.nn.Networks} instead.
 */
package dev.diffkernel.nn.internal;
