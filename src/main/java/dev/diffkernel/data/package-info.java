/**
 * Data for the lectures that is not a network: seeded toy data sets for training in a notebook
 * ({@code spiral(100, 3, 42)}), number sequences and their tables, and normal samples with their
 * histograms.
 *
 * <p>May import {@code linalg}, {@code common} and Tablesaw; never nn, the kernel or basekernel.
 */
package dev.diffkernel.data;
