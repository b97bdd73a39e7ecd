package dev.diffkernel.calc.internal;

import dev.diffkernel.calc.expr.Expr;
import java.util.List;
import java.util.Objects;

/**
 * The evaluator an {@code Fn} holds: a closure tree compiled from the expression. Thread-safe.
 */
public final class FastEvaluator implements Evaluator {
    private final Evaluator evaluator;

    /** Compiles an expression over the given variables. */
    public FastEvaluator(Expr expr, List<String> variables) {
        this.evaluator = ClosureCompiler.compile(expr, variables);
    }

    /** Wraps an existing evaluator (a lambda). */
    public FastEvaluator(Evaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** Returns the wrapped evaluator. */
    public Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public double eval(double[] v) {
        return evaluator.eval(v);
    }
}
