package dev.diffkernel.data;

import dev.diffkernel.figure.Axis;
import dev.diffkernel.figure.Bar;
import dev.diffkernel.figure.Figure;
import dev.diffkernel.figure.Layout;
import dev.diffkernel.figure.Mode;
import dev.diffkernel.figure.Scatter;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import dev.diffkernel.common.Numbers;
import java.util.Arrays;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Normal random numbers drawn with a seed, as for the notes' weight-initialisation slide, with their
 * histogram next to the density f(x) = 1/(√(2π)σ) · e^(−(x−μ)²/(2σ²)).
 *
 * <p>Immutable.
 */
public final class NormalSample {
    private final double[] values;
    private final double mu;
    private final double sigma;
    private final long seed;

    private NormalSample(double[] values, double mu, double sigma, long seed) {
        this.values = values;
        this.mu = mu;
        this.sigma = sigma;
        this.seed = seed;
    }

    /**
     * Draws {@code count} numbers from the normal distribution N(μ, σ²): μ + σ·{@code nextGaussian()}
     * of a {@link Random} with this seed, so the same arguments give the same numbers.
     *
     * @param count how many numbers, at least 1
     * @param mu the mean μ, finite
     * @param sigma the standard deviation σ, greater than 0 and finite
     * @param seed the seed
     * @return a new sample, never null
     * @throws IllegalArgumentException if count is below 1, μ is not finite, or σ is not greater than 0
     */
    public static NormalSample draw(int count, double mu, double sigma, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1 but was " + count);
        }
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("mu must be finite but was " + mu);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be > 0 and finite but was " + sigma);
        }
        Random random = new Random(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = mu + sigma * random.nextGaussian();
        }
        return new NormalSample(values, mu, sigma, seed);
    }

    /**
     * Returns the density of N(μ, σ²) at x: 1/(√(2π)σ) · e^(−(x−μ)²/(2σ²)).
     *
     * @param x the point
     * @param mu the mean μ
     * @param sigma the standard deviation σ, greater than 0
     * @return f(x), greater than 0 for finite x
     * @throws IllegalArgumentException if σ is not greater than 0
     */
    public static double pdf(double x, double mu, double sigma) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be > 0 but was " + sigma);
        }
        double u = (x - mu) / sigma;
        return Math.exp(-u * u / 2) / (Math.sqrt(2 * Math.PI) * sigma);
    }

    /** Returns a copy of the numbers, in the order drawn; never null. */
    public double[] values() {
        return values.clone();
    }

    /** Returns the number of values. */
    public int count() {
        return values.length;
    }

    /** Returns the μ the numbers were drawn with. */
    public double mu() {
        return mu;
    }

    /** Returns the σ the numbers were drawn with. */
    public double sigma() {
        return sigma;
    }

    /** Returns the mean of the values. */
    public double mean() {
        return Arrays.stream(values).sum() / values.length;
    }

    /** Returns the standard deviation of the values, dividing by n as numpy's {@code std()} does. */
    public double standardDeviation() {
        double mean = mean();
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    /**
     * Returns a histogram of the values in equal bins from the smallest to the largest value: columns
     * from, to, count, density (count / (n · width), comparable to f) and pdf (f at the bin's middle).
     *
     * @param bins the number of bins, at least 1
     * @return a new table, never null
     * @throws IllegalArgumentException if bins is below 1
     */
    public Table histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1 but was " + bins);
        }
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        double width = max > min ? (max - min) / bins : 1;
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        DoubleColumn from = Columns.doubles("from");
        DoubleColumn to = Columns.doubles("to");
        IntColumn count = IntColumn.create("count", counts);
        DoubleColumn density = Columns.doubles("density");
        DoubleColumn pdf = Columns.doubles("pdf");
        for (int b = 0; b < bins; b++) {
            double lo = min + b * width;
            from.append(lo);
            to.append(lo + width);
            density.append(counts[b] / (values.length * width));
            pdf.append(pdf(lo + width / 2, mu, sigma));
        }
        return Table.create(toString(), from, to, count, density, pdf);
    }

    /**
     * Returns the histogram as bars (density) with the density f drawn over it as a line.
     *
     * @param bins the number of bins, at least 1
     * @return a new plotly figure, never null
     * @throws IllegalArgumentException if bins is below 1
     */
    public Figure figure(int bins) {
        Table table = histogram(bins);
        double[] middles = new double[bins];
        double[] density = table.doubleColumn("density").asDoubleArray();
        for (int b = 0; b < bins; b++) {
            middles[b] = (table.doubleColumn("from").getDouble(b) + table.doubleColumn("to").getDouble(b)) / 2;
        }
        int points = 201;
        double lo = Math.min(table.doubleColumn("from").getDouble(0), mu - 4 * sigma);
        double hi = Math.max(table.doubleColumn("to").getDouble(bins - 1), mu + 4 * sigma);
        double[] xs = new double[points];
        double[] fs = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = lo + (hi - lo) * i / (points - 1);
            fs[i] = pdf(xs[i], mu, sigma);
        }
        Layout layout = Layout.empty().withTitle(toString()).withXaxis(Axis.titled("x"))
                .withYaxis(Axis.titled("density"));
        return Figure.of(layout, Bar.of(middles, density).withName("sample"),
                Scatter.of(xs, fs).withMode(Mode.LINES).withName("f(x)"));
    }

    /** Returns e.g. {@code "1000 normal numbers, mu = 0, sigma = 1, seed 42"}. */
    @Override
    public String toString() {
        return values.length + " normal numbers, mu = " + Numbers.significant(mu) + ", sigma = "
                + Numbers.significant(sigma) + ", seed " + seed;
    }
}
