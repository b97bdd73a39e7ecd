/**
 * Computational graphs of formulas and backpropagation over them: {@code fn(...).graph().at(1, 2)} gives the
 * forward value of every node and, by reverse-mode differentiation, ∂f/∂node. Depends only on
 * {@code calc.expr} and Tablesaw; never on the kernel, basekernel or the rest of {@code calc}.
 */
package dev.diffkernel.calc.graph;
