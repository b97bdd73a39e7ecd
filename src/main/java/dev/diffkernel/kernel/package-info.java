/**
 * The Jupyter kernel: start-up ({@link dev.diffkernel.kernel.Main}), the message loop
 * ({@link dev.diffkernel.kernel.JavaKernel}), output streams, history, the memory guard and the
 * idle trim of the heap, and the connection of {@link dev.diffkernel.display.Display} to IOPub.
 *
 * <p>The top of the house: may import every package, basekernel and jeromq; nothing imports it.
 */
package dev.diffkernel.kernel;
