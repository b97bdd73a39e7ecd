/**
 * Backpropagation for a network: the book's two-layer net (Affine → ReLU → Affine → Softmax-with-loss) with
 * analytic layer gradients, the gradient check against the numerical gradient, and full-batch training on a
 * {@link dev.diffkernel.data.Dataset}. Depends on {@code linalg.Matrix}, {@code data} and the public API of
 * {@code optim}; never on the kernel or basekernel.
 */
package dev.diffkernel.backprop;
