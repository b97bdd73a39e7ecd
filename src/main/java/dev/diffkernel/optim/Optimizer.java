package dev.diffkernel.optim;

import dev.diffkernel.common.Args;

import static dev.diffkernel.common.Args.checkArgument;

import dev.diffkernel.common.Numbers;

/**
 * How a step turns the gradient into a move: plain gradient descent (the lecture's {@code x -= lr * grad}),
 * momentum, or Adam. Immutable; the moving state of momentum and Adam lives in the run, not here.
 */
public sealed interface Optimizer permits Optimizer.Plain, Optimizer.Momentum, Optimizer.Adam {

    /** A short description for summaries, e.g. {@code momentum 0.9}. */
    String describe();

    /** Plain gradient descent, {@code x ← x − lr·∇f(x)}, as in the lecture notes. */
    record Plain() implements Optimizer {
        @Override
        public String describe() {
            return "plain gradient descent";
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * Gradient descent with momentum: {@code v ← β·v − lr·∇f(x); x ← x + v}, with {@code v} starting at 0.
     *
     * @param beta how much of the previous move is kept, in [0, 1); 0.9 is usual
     */
    record Momentum(double beta) implements Optimizer {
        /**
         * Checks {@code beta}.
         *
         * @throws IllegalArgumentException if {@code beta} is outside [0, 1)
         */
        public Momentum {
            checkArgument(beta >= 0 && beta < 1, "momentum must be in [0, 1) but was %s", Numbers.numpy(beta));
        }

        @Override
        public String describe() {
            return "momentum " + Numbers.numpy(beta);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * Adam (Kingma and Ba, 2015): {@code m ← β1·m + (1−β1)·g}, {@code v ← β2·v + (1−β2)·g²}, bias-corrected
     * {@code m̂ = m/(1−β1^t)}, {@code v̂ = v/(1−β2^t)}, and {@code x ← x − lr·m̂/(√v̂ + ε)}.
     *
     * @param beta1 decay of the mean of the gradient, in [0, 1); 0.9 is usual
     * @param beta2 decay of the mean of its square, in [0, 1); 0.999 is usual
     * @param epsilon what keeps the division finite, greater than 0; 1e-8 is usual
     */
    record Adam(double beta1, double beta2, double epsilon) implements Optimizer {
        /**
         * Checks the three parameters.
         *
         * @throws IllegalArgumentException if a beta is outside [0, 1) or epsilon is not greater than 0
         */
        public Adam {
            checkArgument(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1) but was %s", Numbers.numpy(beta1));
            checkArgument(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1) but was %s", Numbers.numpy(beta2));
            checkArgument(epsilon > 0 && epsilon < Double.POSITIVE_INFINITY,
                    "epsilon must be > 0 but was %s", Numbers.numpy(epsilon));
        }

        /** Adam with the usual β1 = 0.9, β2 = 0.999, ε = 1e-8. */
        public Adam() {
            this(0.9, 0.999, 1e-8);
        }

        @Override
        public String describe() {
            return "Adam (β1 = " + Numbers.numpy(beta1) + ", β2 = " + Numbers.numpy(beta2) + ", ε = " + Numbers.numpy(epsilon) + ")";
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
