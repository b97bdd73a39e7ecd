package dev.diffkernel.data;

import dev.diffkernel.linalg.Matrix;
import java.util.Random;

/**
 * Seeded data for the lectures, imported statically into every notebook: the spiral data set of
 * the backpropagation lecture, and samples of the normal distribution with its density.
 */
public final class Datasets {
    private Datasets() {}

    /**
     * The spiral data set of CS231n and of the book's sequel: {@code classes} arms winding out of the origin,
     * {@code n} points each, with radius r = i/(n−1) and angle θ = 4c + 4r + 0.2·noise, at
     * (r·sin θ, r·cos θ). No straight line separates the arms, so a network needs its hidden layer. The same
     * seed always gives the same points (noise from {@code java.util.Random}, not numpy's generator).
     *
     * @param n points per class, at least 2
     * @param classes number of classes (arms), at least 2
     * @param seed the seed of the noise
     * @return the data: x is (n·classes) × 2, t one-hot (n·classes) × classes; never null
     * @throws IllegalArgumentException if n or classes is below 2
     */
    public static Dataset spiral(int n, int classes, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("n (points per class) must be >= 2 but was " + n);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2 but was " + classes);
        }
        Random random = new Random(seed);
        double[][] x = new double[n * classes][2];
        double[][] t = new double[n * classes][classes];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < n; i++) {
                double r = (double) i / (n - 1);
                double theta = 4.0 * c + 4.0 * r + 0.2 * random.nextGaussian();
                int row = c * n + i;
                x[row][0] = r * Math.sin(theta);
                x[row][1] = r * Math.cos(theta);
                t[row][c] = 1;
            }
        }
        return new Dataset("spiral(" + n + ", " + classes + ", " + seed + ")", Matrix.of(x), Matrix.of(t));
    }

    /**
     * Draws standard normal numbers for the weight-initialisation slide; show {@code .figure(30)} for the
     * histogram with the bell curve over it, or {@code .histogram(30)} as a table.
     *
     * @param count how many numbers, at least 1
     * @param seed any long; the same seed gives the same numbers
     * @return a new sample, never null
     * @throws IllegalArgumentException if count is below 1
     */
    public static NormalSample normalSample(int count, long seed) {
        return NormalSample.draw(count, 0, 1, seed);
    }

    /**
     * Draws numbers from N(μ, σ²).
     *
     * @param count how many numbers, at least 1
     * @param mu the mean μ, finite
     * @param sigma the standard deviation σ, greater than 0
     * @param seed any long; the same seed gives the same numbers
     * @return a new sample, never null
     * @throws IllegalArgumentException if count is below 1 or σ is not greater than 0
     */
    public static NormalSample normalSample(int count, double mu, double sigma, long seed) {
        return NormalSample.draw(count, mu, sigma, seed);
    }

    /**
     * Returns the normal density f(x) = 1/(√(2π)σ) · e^(−(x−μ)²/(2σ²)) from the initialisation slide.
     *
     * @param x the point
     * @param mu the mean μ
     * @param sigma the standard deviation σ, greater than 0
     * @return f(x)
     * @throws IllegalArgumentException if σ is not greater than 0
     */
    public static double normalPdf(double x, double mu, double sigma) {
        return NormalSample.pdf(x, mu, sigma);
    }
}
