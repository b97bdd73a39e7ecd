package dev.diffkernel.calc;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * A function of one variable written as a Java lambda, {@code x -> x * x}.
 *
 * <p>It exists so that {@code fn("h", x -> x * x)} compiles: Java cannot choose between
 * {@link DoubleUnaryOperator} and {@code ToDoubleFunction<double[]>} for a lambda with one untyped
 * parameter, but this type is a subtype of both, so the compiler picks it. Vector functions still
 * go to the vector overload when their parameter is typed: {@code fn("L", (double[] w) -> …)}.
 */
@FunctionalInterface
public interface ScalarFunction extends DoubleUnaryOperator, ToDoubleFunction<double[]> {
    /** Applies the function to the first element; for use as a one-element vector function. */
    @Override
    default double applyAsDouble(double[] v) {
        return applyAsDouble(v[0]);
    }
}
