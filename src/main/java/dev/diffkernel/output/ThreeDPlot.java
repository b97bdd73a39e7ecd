package dev.diffkernel.output;

import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A 3-D scene for static pictures, drawn like plotly's default camera (eye at (1.25, 1.25, 1.25),
 * z up, orthographic): back walls with grid lines, surfaces as depth-sorted coloured quads,
 * scatter3d traces as lines and markers, tick labels and axis titles, and a colour bar.
 */
final class ThreeDPlot extends Plot {
    private static final long serialVersionUID = 1L;
    private static final int MAX_QUADS_PER_SIDE = 36;
    private static final Font TICK_FONT = new Font("SansSerif", Font.PLAIN, 10);
    private static final Font TITLE_FONT = new Font("SansSerif", Font.PLAIN, 12);

    /** What the scene draws: surfaces and point paths, read from typed or generic traces. */
    sealed interface Part permits Sheet, Path {}

    /**
     * A surface over a grid.
     *
     * @param x column coordinates, or null for 0, 1, 2, ...
     * @param y row coordinates, or null for 0, 1, 2, ...
     * @param z the values, {@code z[row][column]}
     */
    record Sheet(double[] x, double[] y, double[][] z, Colors.Scale scale, double opacity, boolean showScale)
            implements Part {}

    /**
     * Points in space, joined or marked.
     *
     * @param mode plotly's mode, or null for its default (lines and markers below 20 points)
     * @param colour the line's colour, else the markers'
     * @param index the trace's place among the scene's parts, for the default colour
     */
    record Path(double[] x, double[] y, double[] z, String mode, Color colour, double lineWidth, double markerSize,
                int index) implements Part {}

    private final transient List<Part> parts;
    private final String[] titles;
    private final double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    private final double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private final double[] right;
    private final double[] up;
    private final double[] eye;
    private double zLow = Double.POSITIVE_INFINITY;
    private double zHigh = Double.NEGATIVE_INFINITY;

    ThreeDPlot(List<Part> parts, String xTitle, String yTitle, String zTitle, double[] eyeAt) {
        this.parts = List.copyOf(parts);
        this.titles = new String[]{xTitle, yTitle, zTitle};
        double n = Math.sqrt(eyeAt[0] * eyeAt[0] + eyeAt[1] * eyeAt[1] + eyeAt[2] * eyeAt[2]);
        this.eye = new double[]{eyeAt[0] / n, eyeAt[1] / n, eyeAt[2] / n};
        double[] forward = {-eye[0], -eye[1], -eye[2]};
        double[] r = cross(forward, new double[]{0, 0, 1});
        double rn = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        this.right = rn < 1e-9 ? new double[]{1, 0, 0} : new double[]{r[0] / rn, r[1] / rn, r[2] / rn};
        this.up = cross(right, forward);
        for (Part part : this.parts) {
            extend(part);
        }
        for (int a = 0; a < 3; a++) {
            if (!(max[a] >= min[a])) {
                min[a] = -1;
                max[a] = 1;
            } else if (max[a] == min[a]) {
                min[a] -= 1;
                max[a] += 1;
            }
        }
    }

    private void extend(Part part) {
        if (part instanceof Sheet sheet) {
            double[] x = sheet.x();
            double[] y = sheet.y();
            double[][] z = sheet.z();
            for (int r = 0; r < z.length; r++) {
                for (int c = 0; c < z[r].length; c++) {
                    include(x != null && c < x.length ? x[c] : c, y != null && r < y.length ? y[r] : r, z[r][c]);
                    if (Double.isFinite(z[r][c])) {
                        zLow = Math.min(zLow, z[r][c]);
                        zHigh = Math.max(zHigh, z[r][c]);
                    }
                }
            }
        } else if (part instanceof Path path) {
            for (int i = 0; i < Math.min(path.x().length, Math.min(path.y().length, path.z().length)); i++) {
                include(path.x()[i], path.y()[i], path.z()[i]);
            }
        }
    }

    private void include(double... p) {
        if (!Double.isFinite(p[0] + p[1] + p[2])) {
            return;
        }
        for (int a = 0; a < 3; a++) {
            min[a] = Math.min(min[a], p[a]);
            max[a] = Math.max(max[a], p[a]);
        }
    }

    @Override
    public String getPlotType() {
        return "3-D scene";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        boolean colourBar = zHigh > zLow;
        Rectangle2D scene = new Rectangle2D.Double(area.getX(), area.getY(),
                area.getWidth() - (colourBar ? 70 : 0), area.getHeight());
        Projection p = fit(scene);
        drawWalls(g2, p);
        for (Part part : parts) {
            if (part instanceof Sheet sheet) {
                drawSurface(g2, p, sheet);
            }
        }
        for (Part part : parts) {
            if (part instanceof Path path) {
                drawScatter(g2, p, path);
            }
        }
        drawTicks(g2, p);
        if (colourBar) {
            parts.stream().filter(part -> part instanceof Sheet sheet && sheet.showScale()).findFirst()
                    .ifPresent(part -> drawColourBar(g2, area, ((Sheet) part).scale()));
        }
    }

    /** Cube coordinates (-1..1 on each axis) of a data point. */
    private double[] cube(double x, double y, double z) {
        return new double[]{norm(x, 0), norm(y, 1), norm(z, 2)};
    }

    private double norm(double v, int axis) {
        return 2 * (v - min[axis]) / (max[axis] - min[axis]) - 1;
    }

    private record Projection(double scale, double cx, double cy, double[] right, double[] up, double[] eye) {
        Point2D.Double screen(double[] c) {
            return new Point2D.Double(cx + scale * dot(c, right), cy - scale * dot(c, up));
        }

        double depth(double[] c) {
            return dot(c, eye);
        }
    }

    private Projection fit(Rectangle2D scene) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 8; i++) {
            double[] c = {(i & 1) == 0 ? -1 : 1, (i & 2) == 0 ? -1 : 1, (i & 4) == 0 ? -1 : 1};
            minX = Math.min(minX, dot(c, right));
            maxX = Math.max(maxX, dot(c, right));
            minY = Math.min(minY, dot(c, up));
            maxY = Math.max(maxY, dot(c, up));
        }
        double margin = 46;
        double scale = Math.min((scene.getWidth() - 2 * margin) / (maxX - minX),
                (scene.getHeight() - 2 * margin) / (maxY - minY));
        double cx = scene.getCenterX() - scale * (minX + maxX) / 2;
        double cy = scene.getCenterY() + scale * (minY + maxY) / 2;
        return new Projection(scale, cx, cy, right, up, eye);
    }

    private void drawWalls(Graphics2D g2, Projection p) {
        double bx = eye[0] >= 0 ? -1 : 1; // the wall x = bx is behind the scene
        double by = eye[1] >= 0 ? -1 : 1;
        double bz = eye[2] >= 0 ? -1 : 1;
        Color wall = new Color(0xf3, 0xf4, 0xf8);
        fillFace(g2, p, wall, new double[][]{{bx, -1, -1}, {bx, 1, -1}, {bx, 1, 1}, {bx, -1, 1}});
        fillFace(g2, p, wall, new double[][]{{-1, by, -1}, {1, by, -1}, {1, by, 1}, {-1, by, 1}});
        fillFace(g2, p, wall, new double[][]{{-1, -1, bz}, {1, -1, bz}, {1, 1, bz}, {-1, 1, bz}});
        g2.setStroke(new BasicStroke(0.8f));
        g2.setColor(new Color(0xd0, 0xd3, 0xdc));
        for (int axis = 0; axis < 3; axis++) {
            for (double t : Ticks.nice(min[axis], max[axis], 5)) {
                double c = norm(t, axis);
                // grid line of this tick on the two back planes that contain the axis direction
                for (int other = 0; other < 3; other++) {
                    if (other == axis) {
                        continue;
                    }
                    int free = 3 - axis - other;
                    double[] a = new double[3];
                    double[] b = new double[3];
                    a[axis] = c;
                    b[axis] = c;
                    a[other] = other == 0 ? bx : other == 1 ? by : bz;
                    b[other] = a[other];
                    a[free] = -1;
                    b[free] = 1;
                    line(g2, p, a, b);
                }
            }
        }
    }

    private static void fillFace(Graphics2D g2, Projection p, Color colour, double[][] corners) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < corners.length; i++) {
            Point2D.Double s = p.screen(corners[i]);
            if (i == 0) {
                path.moveTo(s.x, s.y);
            } else {
                path.lineTo(s.x, s.y);
            }
        }
        path.closePath();
        g2.setColor(colour);
        g2.fill(path);
    }

    private static void line(Graphics2D g2, Projection p, double[] a, double[] b) {
        Point2D.Double sa = p.screen(a);
        Point2D.Double sb = p.screen(b);
        g2.draw(new Line2D.Double(sa, sb));
    }

    private record Quad(Path2D.Double path, double depth, Color colour) {}

    private void drawSurface(Graphics2D g2, Projection p, Sheet sheet) {
        double[][] z = sheet.z();
        if (z.length < 2) {
            return;
        }
        double[] x = sheet.x();
        double[] y = sheet.y();
        Colors.Scale scale = sheet.scale();
        double opacity = sheet.opacity();
        int rowStep = Math.max(1, (z.length + MAX_QUADS_PER_SIDE - 1) / MAX_QUADS_PER_SIDE);
        int columns = z[0].length;
        int colStep = Math.max(1, (columns + MAX_QUADS_PER_SIDE - 1) / MAX_QUADS_PER_SIDE);
        List<Quad> quads = new ArrayList<>();
        for (int r = 0; r + rowStep < z.length; r += rowStep) {
            for (int c = 0; c + colStep < columns; c += colStep) {
                int r2 = r + rowStep;
                int c2 = c + colStep;
                double[] zs = {z[r][c], z[r][c2], z[r2][c2], z[r2][c]};
                if (!Double.isFinite(zs[0] + zs[1] + zs[2] + zs[3])) {
                    continue;
                }
                double[][] corners = {
                    cube(coord(x, c), coord(y, r), zs[0]), cube(coord(x, c2), coord(y, r), zs[1]),
                    cube(coord(x, c2), coord(y, r2), zs[2]), cube(coord(x, c), coord(y, r2), zs[3])};
                Path2D.Double path = new Path2D.Double();
                double depth = 0;
                for (int i = 0; i < 4; i++) {
                    Point2D.Double s = p.screen(corners[i]);
                    if (i == 0) {
                        path.moveTo(s.x, s.y);
                    } else {
                        path.lineTo(s.x, s.y);
                    }
                    depth += p.depth(corners[i]) / 4;
                }
                path.closePath();
                double mean = (zs[0] + zs[1] + zs[2] + zs[3]) / 4;
                Color base = scale.at(zHigh > zLow ? (mean - zLow) / (zHigh - zLow) : 0.5);
                Color colour = opacity < 1 ? new Color(base.getRed(), base.getGreen(), base.getBlue(),
                        (int) Math.round(255 * Math.max(0, opacity))) : base;
                quads.add(new Quad(path, depth, colour));
            }
        }
        quads.sort(Comparator.comparingDouble(Quad::depth));
        g2.setStroke(new BasicStroke(0.6f));
        for (Quad q : quads) {
            g2.setColor(q.colour());
            g2.fill(q.path());
            g2.draw(q.path()); // same colour: closes the hairline seams between quads
        }
    }

    private static double coord(double[] a, int i) {
        return a != null && i < a.length ? a[i] : i;
    }

    private void drawScatter(Graphics2D g2, Projection p, Path trace) {
        double[] x = trace.x();
        double[] y = trace.y();
        double[] z = trace.z();
        int n = Math.min(x.length, Math.min(y.length, z.length));
        String mode = trace.mode() != null ? trace.mode() : n < 20 ? "lines+markers" : "lines";
        g2.setColor(trace.colour());
        if (mode.contains("lines")) {
            g2.setStroke(new BasicStroke((float) trace.lineWidth()));
            Path2D.Double path = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(x[i] + y[i] + z[i])) {
                    pen = false;
                    continue;
                }
                Point2D.Double s = p.screen(cube(x[i], y[i], z[i]));
                if (pen) {
                    path.lineTo(s.x, s.y);
                } else {
                    path.moveTo(s.x, s.y);
                    pen = true;
                }
            }
            g2.draw(path);
        }
        if (mode.contains("markers")) {
            double size = trace.markerSize() * 0.8;
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(x[i] + y[i] + z[i])) {
                    Point2D.Double s = p.screen(cube(x[i], y[i], z[i]));
                    g2.fill(new Ellipse2D.Double(s.x - size / 2, s.y - size / 2, size, size));
                }
            }
        }
    }

    private void drawTicks(Graphics2D g2, Projection p) {
        double fx = eye[0] >= 0 ? 1 : -1; // front
        double fy = eye[1] >= 0 ? 1 : -1;
        double bz = eye[2] >= 0 ? -1 : 1;
        g2.setFont(TICK_FONT);
        // x ticks along the floor edge at y = front, y ticks along the floor edge at x = front,
        // z ticks along the vertical edge at x = front, y = back
        double[][] edges = {{Double.NaN, fy, bz}, {fx, Double.NaN, bz}, {fx, -fy, Double.NaN}};
        double[][] outward = {{0, fy * 0.22, 0}, {fx * 0.22, 0, 0}, {fx * 0.15, -fy * 0.15, 0}};
        for (int axis = 0; axis < 3; axis++) {
            double[] ticks = Ticks.nice(min[axis], max[axis], 5);
            g2.setColor(new Color(0x44, 0x44, 0x44));
            for (double t : ticks) {
                double[] at = edges[axis].clone();
                at[axis] = norm(t, axis);
                double[] label = {at[0] + outward[axis][0], at[1] + outward[axis][1], at[2] + outward[axis][2]};
                centred(g2, Ticks.label(t), p.screen(label));
            }
            double[] mid = edges[axis].clone();
            mid[axis] = 0;
            double[] titleAt = {mid[0] + 2.4 * outward[axis][0], mid[1] + 2.4 * outward[axis][1],
                mid[2] + 2.4 * outward[axis][2]};
            if (axis == 2) {
                titleAt = new double[]{mid[0] + 2.6 * outward[axis][0], mid[1] + 2.6 * outward[axis][1], 0};
            }
            g2.setFont(TITLE_FONT);
            g2.setColor(Color.BLACK);
            centred(g2, titles[axis], p.screen(titleAt));
            g2.setFont(TICK_FONT);
        }
    }

    private static void centred(Graphics2D g2, String text, Point2D.Double at) {
        FontMetrics fm = g2.getFontMetrics();
        g2.drawString(text, (float) (at.x - fm.stringWidth(text) / 2.0), (float) (at.y + fm.getAscent() / 2.0 - 1));
    }

    private void drawColourBar(Graphics2D g2, Rectangle2D area, Colors.Scale scale) {
        double x = area.getMaxX() - 58;
        double top = area.getY() + area.getHeight() * 0.15;
        double height = area.getHeight() * 0.7;
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double t0 = (double) i / steps;
            g2.setPaint(new GradientPaint((float) x, (float) (top + height * (1 - t0)), scale.at(t0),
                    (float) x, (float) (top + height * (1 - t0 - 1.0 / steps)), scale.at(t0 + 1.0 / steps)));
            g2.fill(new Rectangle2D.Double(x, top + height * (1 - t0 - 1.0 / steps), 14, height / steps + 0.5));
        }
        g2.setFont(TICK_FONT);
        g2.setColor(new Color(0x44, 0x44, 0x44));
        for (double t : Ticks.nice(zLow, zHigh, 5)) {
            double y = top + height * (1 - (t - zLow) / (zHigh - zLow));
            g2.draw(new Line2D.Double(x + 14, y, x + 17, y));
            g2.drawString(Ticks.label(t), (float) (x + 19), (float) (y + 4));
        }
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
