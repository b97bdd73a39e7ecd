/**
 * Neurons and networks of the lectures: {@link dev.diffkernel.nn.Activation} functions (built on
 * the calculus functions), perceptrons and logic gates, softmax and losses, the lecture's
 * {@link dev.diffkernel.nn.SimpleNet}, and the facades that notebooks import statically, one per
 * concept: {@link dev.diffkernel.nn.Activations}, {@link dev.diffkernel.nn.Losses},
 * {@link dev.diffkernel.nn.Perceptrons} and {@link dev.diffkernel.nn.Networks}.
 *
 * <p>May import {@code calc}, {@code linalg}, {@code data}, {@code common} and Tablesaw's tables;
 * never the kernel, basekernel, the renderers or another package's {@code internal}.
 */
package dev.diffkernel.nn;
