/**
 * Seeded toy data sets for training networks in a notebook, such as {@code spiral(100, 3, 42)}. Depends on
 * {@code linalg.Matrix} only; never on the kernel or basekernel.
 */
package dev.diffkernel.data;
