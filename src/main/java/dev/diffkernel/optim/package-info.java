/**
 * Gradient descent you can watch: {@link dev.diffkernel.optim.Descent#gradientDescent} builds a run, the
 * {@link dev.diffkernel.optim.Run} it returns shows its summary, history table, path plot and losses, and
 * {@link dev.diffkernel.optim.Descent#compareRates} repeats the lecture's learning-rate experiment.
 *
 * <p>May import {@code calc}, {@code linalg}, {@code plots} (a run's plot), {@code display} (progress,
 * through its sink), {@code common} and Tablesaw's tables; never the kernel, basekernel or the renderers.
 */
package dev.diffkernel.optim;
