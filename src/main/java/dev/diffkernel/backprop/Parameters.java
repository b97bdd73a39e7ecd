package dev.diffkernel.backprop;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.linalg.Matrix;
import java.util.List;

/**
 * The four parameter matrices of a {@link TwoLayerNet}, or their gradients ∂L/∂W1, ∂L/∂b1, ∂L/∂W2, ∂L/∂b2
 * (the book's {@code grads} dictionary). Immutable.
 *
 * @param W1 the first Affine layer's weights, inputs × hidden; never null
 * @param b1 its bias, 1 × hidden; never null
 * @param W2 the second Affine layer's weights, hidden × outputs; never null
 * @param b2 its bias, 1 × outputs; never null
 */
public record Parameters(Matrix W1, Matrix b1, Matrix W2, Matrix b2) {
    /** The names, in order: W1, b1, W2, b2. */
    public static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

    /** Checks that no matrix is null. */
    public Parameters {
        requireNonNull(W1, "W1");
        requireNonNull(b1, "b1");
        requireNonNull(W2, "W2");
        requireNonNull(b2, "b2");
    }

    /**
     * One matrix by its name, as the book writes {@code grads['W1']}.
     *
     * @param name one of W1, b1, W2, b2
     * @return the matrix, never null
     * @throws IllegalArgumentException for another name
     */
    public Matrix get(String name) {
        switch (requireNonNull(name, "name")) {
            case "W1": return W1;
            case "b1": return b1;
            case "W2": return W2;
            case "b2": return b2;
            default: throw new IllegalArgumentException("no parameter '" + name + "'; the parameters are " + NAMES);
        }
    }

    /** The matrices in the order of {@link #NAMES}. */
    public List<Matrix> all() {
        return List.of(W1, b1, W2, b2);
    }

    /** The number of numbers in all four matrices. */
    public int count() {
        int count = 0;
        for (Matrix m : all()) {
            count += m.rows() * m.cols();
        }
        return count;
    }

    /** E.g. {@code W1 2x50, b1 1x50, W2 50x3, b2 1x3 (303 numbers)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(NAMES.get(i)).append(' ').append(all().get(i).shape());
        }
        return sb.append(" (").append(count()).append(" numbers)").toString();
    }
}
