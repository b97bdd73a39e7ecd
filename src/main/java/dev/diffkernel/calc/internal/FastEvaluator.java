package dev.diffkernel.calc.internal;

import dev.diffkernel.calc.expr.Expr;
import java.util.List;
import java.util.Objects;

/**
 * The evaluator an {@code Fn} holds. An expression starts as a closure tree (cheap to build) and,
 * once it has been called {@value #HOT} times, is compiled to bytecode by {@link BytecodeCompiler}
 * (about as fast as a handwritten lambda). Both give bit-identical results. Thread-safe: the switch
 * is a single volatile write, and a racy call count only moves the switch a little.
 */
public final class FastEvaluator implements Evaluator {
    /** Calls after which an expression is compiled to bytecode. */
    static final int HOT = 1_000;

    private final Expr expr;
    private final List<String> variables;
    private volatile Evaluator current;
    private int calls;

    /** Compiles an expression over the given variables. */
    public FastEvaluator(Expr expr, List<String> variables) {
        this.expr = Objects.requireNonNull(expr, "expr");
        this.variables = List.copyOf(variables);
        this.current = ClosureCompiler.compile(expr, this.variables);
    }

    /** Wraps an existing evaluator (a lambda); it is never recompiled. */
    public FastEvaluator(Evaluator evaluator) {
        this.expr = null;
        this.variables = List.of();
        this.current = Objects.requireNonNull(evaluator, "evaluator");
        this.calls = HOT;
    }

    /** Returns the evaluator in use now. */
    public Evaluator evaluator() {
        return current;
    }

    @Override
    public double eval(double[] v) {
        if (calls < HOT && ++calls == HOT) {
            BytecodeCompiler.compile(expr, variables).ifPresent(compiled -> current = compiled);
        }
        return current.eval(v);
    }
}
