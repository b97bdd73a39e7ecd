package dev.diffkernel.optim.internal;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.linalg.Shape;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * What a descent minimises, as the loop sees it: f over a flat vector, its variable names, and its exact
 * gradient when one is known. Internal: the seam between the DSL's kinds of function (formulas, lambdas,
 * weight matrices) and {@link Engine}.
 *
 * @param label the display name, e.g. {@code f(x, y) = x^2 + y^2}, which becomes {@code run.label()}; never null
 * @param variables one name per coordinate; never null
 * @param matrixShape the matrix the flat vector stands for, if any; never null
 * @param value f; called with a scratch array it may not keep; never null
 * @param symbolicGradient the exact gradient from a formula, or null when f has none
 * @param gradientFormula the symbolic gradient as text, e.g. {@code ∇f = (2x, 2y)}, or empty; never null
 * @param function the same f as a calculus function, for the run's plots and {@code run.function()}; never null
 */
public record Objective(String label, List<String> variables, Optional<Shape> matrixShape,
                        ToDoubleFunction<double[]> value, Function<double[], double[]> symbolicGradient,
                        String gradientFormula, Fn function) {
    /** Checks the components. */
    public Objective {
        requireNonNull(label, "label");
        variables = List.copyOf(variables);
        requireNonNull(matrixShape, "matrixShape");
        requireNonNull(value, "value");
        requireNonNull(gradientFormula, "gradientFormula");
        requireNonNull(function, "function");
    }

    /** The number of coordinates. */
    public int dimension() {
        return variables.size();
    }

    /** Names {@code x0, x1, …} as the notes index {@code x[0], x[1]}. */
    public static List<String> indexedNames(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + i;
        }
        return List.of(names);
    }
}
