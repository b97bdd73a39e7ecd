/**
 * Reading math text into {@link dev.diffkernel.calc.expr.Expr} trees. The only package that touches
 * exp4j: its tokenizer and shunting-yard produce RPN, which becomes our tree; its failures become
 * {@link dev.diffkernel.calc.ExpressionSyntaxException} with a column and a hint. Internal: use
 * {@code fn(...)}.
 */
package dev.diffkernel.calc.parse;
