/**
 * Showing things from inside a cell: {@link dev.diffkernel.display.Display#display} (with a handle
 * to update the output in place), {@code html}, {@code markdown}, {@code latex}, {@code svg} and
 * {@code image} ({@link dev.diffkernel.display.Rich}). Outputs go to a
 * {@link dev.diffkernel.display.Display.Sink} that the kernel installs; without a kernel they print.
 * This is how the DSL (progress of a descent, a passed check) reaches the notebook without knowing
 * the kernel.
 *
 * <p>May import only the JDK; never the kernel or basekernel.
 */
package dev.diffkernel.display;
