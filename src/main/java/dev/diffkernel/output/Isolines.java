package dev.diffkernel.output;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a grid by marching squares: for each level, the segments where the bilinear
 * surface through the grid crosses it. Cells with a NaN corner are skipped.
 */
public final class Isolines {
    private Isolines() {}

    /**
     * Segments at {@code level}, in data coordinates.
     *
     * @param x column coordinates (length = columns)
     * @param y row coordinates (length = rows)
     * @param z values, {@code z[row][column]}
     */
    public static List<Line2D.Double> at(double[] x, double[] y, double[][] z, double level) {
        List<Line2D.Double> segments = new ArrayList<>();
        for (int r = 0; r + 1 < y.length && r + 1 < z.length; r++) {
            for (int c = 0; c + 1 < x.length && c + 1 < z[r].length && c + 1 < z[r + 1].length; c++) {
                double z00 = z[r][c];
                double z01 = z[r][c + 1];
                double z10 = z[r + 1][c];
                double z11 = z[r + 1][c + 1];
                if (Double.isNaN(z00 + z01 + z10 + z11) || Double.isInfinite(z00 + z01 + z10 + z11)) {
                    continue;
                }
                List<double[]> crossings = new ArrayList<>(4);
                edge(crossings, x[c], y[r], z00, x[c + 1], y[r], z01, level);           // bottom
                edge(crossings, x[c + 1], y[r], z01, x[c + 1], y[r + 1], z11, level);   // right
                edge(crossings, x[c + 1], y[r + 1], z11, x[c], y[r + 1], z10, level);   // top
                edge(crossings, x[c], y[r + 1], z10, x[c], y[r], z00, level);           // left
                if (crossings.size() == 2) {
                    segments.add(line(crossings.get(0), crossings.get(1)));
                } else if (crossings.size() == 4) {
                    // saddle: decide by the centre value which pairs belong together
                    double centre = (z00 + z01 + z10 + z11) / 4;
                    boolean above = centre > level;
                    boolean firstAbove = z00 > level;
                    if (above == firstAbove) {
                        segments.add(line(crossings.get(0), crossings.get(1)));
                        segments.add(line(crossings.get(2), crossings.get(3)));
                    } else {
                        segments.add(line(crossings.get(0), crossings.get(3)));
                        segments.add(line(crossings.get(1), crossings.get(2)));
                    }
                }
            }
        }
        return segments;
    }

    private static void edge(List<double[]> out, double xa, double ya, double za, double xb, double yb, double zb,
                             double level) {
        if ((za > level) == (zb > level)) {
            return;
        }
        double t = (level - za) / (zb - za);
        out.add(new double[]{xa + t * (xb - xa), ya + t * (yb - ya)});
    }

    private static Line2D.Double line(double[] a, double[] b) {
        return new Line2D.Double(a[0], a[1], b[0], b[1]);
    }

    /** About {@code count} round levels strictly between {@code min} and {@code max}. */
    public static double[] niceLevels(double min, double max, int count) {
        if (!(max > min) || count < 1) {
            return new double[0];
        }
        double step = Ticks.roundStep((max - min) / (count + 1));
        List<Double> levels = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v < max; v += step) {
            if (v > min) {
                levels.add(v);
            }
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
