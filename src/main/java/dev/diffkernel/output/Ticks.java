package dev.diffkernel.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Round tick values for hand-drawn axes (the 3-D picture and colour bars). */
final class Ticks {
    private Ticks() {}

    /** About {@code count} round values in [min, max], both ends included when round. */
    static double[] nice(double min, double max, int count) {
        if (!(max > min)) {
            return Double.isFinite(min) ? new double[]{min} : new double[0];
        }
        double step = roundStep((max - min) / Math.max(1, count));
        List<Double> ticks = new ArrayList<>();
        double eps = step * 1e-9;
        for (double v = Math.ceil((min - eps) / step) * step; v <= max + eps; v += step) {
            ticks.add(Math.abs(v) < eps ? 0 : v);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smallest step of the form 1, 2, 2.5 or 5 times a power of ten that is at least {@code raw}. */
    static double roundStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        return step;
    }

    /** A short label: 2.5, 10, 1e-4. */
    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e7) {
            return String.format(java.util.Locale.ROOT, "%.3g", v).replaceFirst("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        return new BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
