package dev.diffkernel.optim;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Numbers;

/**
 * The settings a run was made with. Immutable.
 *
 * @param optimizer how steps are taken, never null
 * @param learningRate the learning rate {@code lr}, greater than 0
 * @param maxSteps the step limit set with {@code gradientDescent(...).steps(n)}: the most steps the run may
 *     take, at least 1 (the steps it took are {@link Run#stepsTaken()})
 * @param tolerance the run stops once |∇f| ≤ tolerance; 0 (the default) never stops early, as in the notes
 * @param gradient where the gradient comes from, never null
 * @param h the central difference's step when {@code gradient} is numerical, otherwise 0
 * @param gradientFormula the symbolic gradient, e.g. {@code ∇f = (2x, 2y)}, or empty; never null
 */
public record Settings(Optimizer optimizer, double learningRate, int maxSteps, double tolerance,
                       GradientKind gradient, double h, String gradientFormula) {
    /** Checks that no component is null. */
    public Settings {
        requireNonNull(optimizer, "optimizer");
        requireNonNull(gradient, "gradient");
        requireNonNull(gradientFormula, "gradientFormula");
    }

    /** E.g. {@code lr = 0.1, at most 100 steps, plain gradient descent, gradient symbolic, ∇f = (2x, 2y)}. */
    @Override
    public String toString() {
        return "lr = " + Numbers.numpy(learningRate) + ", at most " + maxSteps + " steps"
                + (tolerance > 0 ? ", tolerance " + Numbers.numpy(tolerance) : "")
                + ", " + optimizer.describe() + ", gradient " + gradientDescription();
    }

    /** E.g. {@code symbolic, ∇f = (2x, 2y)} or {@code numerical (central difference, h = 0.0001)}. */
    public String gradientDescription() {
        if (gradient == GradientKind.NUMERICAL) {
            return "numerical (central difference, h = " + Numbers.numpy(h) + ")";
        }
        return gradient == GradientKind.SYMBOLIC && !gradientFormula.isEmpty()
                ? gradient.description() + ", " + gradientFormula : gradient.description();
    }
}
