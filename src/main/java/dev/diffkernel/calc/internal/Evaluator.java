package dev.diffkernel.calc.internal;

/** A compiled expression: evaluates with the variables' values by position. Thread-safe. */
@FunctionalInterface
public interface Evaluator {
    /**
     * Evaluates the expression.
     *
     * @param v the variables' values in declaration order; not modified
     * @return the value (IEEE: may be infinite or NaN)
     */
    double eval(double[] v);
}
