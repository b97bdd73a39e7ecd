/**
 * Answer checks for exercises and graded notebooks: {@code check(answer).closeTo(expected, tol)}
 * ({@link dev.diffkernel.check.Checks}) gives a {@link dev.diffkernel.check.CheckResult} that says
 * what was expected and what came.
 *
 * <p>May import {@code calc} and {@code display}; never the kernel, basekernel or the renderers.
 */
package dev.diffkernel.check;
