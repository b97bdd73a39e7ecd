/**
 * Small dense matrices for the neural-network lectures: {@link dev.diffkernel.linalg.Matrix}
 * (immutable, numpy's operations and printing) and its {@link dev.diffkernel.linalg.Shape}.
 *
 * <p>May import only the JDK and {@code common}; never nn, optim, the kernel or basekernel
 * (optim and nn build on it).
 */
package dev.diffkernel.linalg;
