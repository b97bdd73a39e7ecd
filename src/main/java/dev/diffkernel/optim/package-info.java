/**
 * Gradient descent you can watch: {@link dev.diffkernel.optim.Descent#gradientDescent} builds a run, the
 * {@link dev.diffkernel.optim.Run} it returns shows its summary, history table, path plot and losses, and
 * {@link dev.diffkernel.optim.Descent#compareRates} repeats the lecture's learning-rate experiment.
 */
package dev.diffkernel.optim;
