/**
 * The expression tree: a sealed {@link dev.diffkernel.calc.expr.Expr} of validated records, with
 * symbolic derivatives ({@link dev.diffkernel.calc.expr.Derivatives}), simplification and printing
 * as text and LaTeX.
 *
 * <p>May import only the JDK and {@code calc.internal}; never exp4j (that stays in
 * {@code calc.parse}), Tablesaw, the kernel or basekernel.
 */
package dev.diffkernel.calc.expr;
