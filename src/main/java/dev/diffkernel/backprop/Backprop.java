package dev.diffkernel.backprop;

import dev.diffkernel.linalg.Matrix;

/**
 * Backpropagation in a notebook, imported statically into every notebook:
 * <pre>{@code
 * var net = twoLayerNet(2, 50, 3, 42);
 * gradientCheck(net, data.x(), data.t())
 * var training = net.train(data).lr(1.0).epochs(2000).run();
 * }</pre>
 */
public final class Backprop {
    private Backprop() {}

    /**
     * The book's two-layer network, Affine → ReLU → Affine → Softmax-with-loss, with seeded weights
     * (0.3·randn; hidden bias 1, so that every unit starts active; output bias 0).
     *
     * @param inputs the input size, e.g. 2 for points in the plane
     * @param hidden the hidden layer's size, e.g. 50
     * @param outputs the number of classes, at least 2
     * @param seed the seed of the weights: the same seed, the same network
     * @return the network, never null
     * @throws IllegalArgumentException if a size is out of range
     */
    public static TwoLayerNet twoLayerNet(int inputs, int hidden, int outputs, long seed) {
        return TwoLayerNet.of(inputs, hidden, outputs, seed);
    }

    /**
     * The gradient check: backpropagation against the numerical gradient (central difference, h = 1e-4),
     * per parameter the mean and largest |difference|; {@code .maxDifference()} is the largest of all, about
     * 1e-10 when backpropagation is right.
     *
     * @param net the network; never null
     * @param x the inputs, one row per example; never null
     * @param t the one-hot targets; never null
     * @return the comparison, never null
     * @throws IllegalArgumentException if the shapes do not fit the network
     */
    public static GradientCheck gradientCheck(TwoLayerNet net, Matrix x, Matrix t) {
        return GradientCheck.of(net, x, t);
    }
}
