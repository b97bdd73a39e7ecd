/**
 * The calculus DSL: {@link dev.diffkernel.calc.Fn} functions from math text or lambdas, symbolic
 * and numerical derivatives and gradients ({@link dev.diffkernel.calc.Calculus}, statically imported
 * into every notebook), and {@link dev.diffkernel.calc.Numerical}, the one home of finite
 * differences.
 *
 * <p>May import {@code calc.*} subpackages, {@code common} and Tablesaw's tables; never the kernel,
 * basekernel, the renderers, plots or any other DSL package (everything else builds on this one).
 */
package dev.diffkernel.calc;
