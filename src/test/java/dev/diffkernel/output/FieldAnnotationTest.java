package dev.diffkernel.output;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldAnnotationTest {
    private static final Colors.Scale SCALE = Colors.scale("Viridis", false);
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 200, 100);

    /** Draws {@code field} over x in [0, 2], y in [0, 1] on a white 200 × 100 image (y up, as plots are). */
    private static BufferedImage draw(FieldAnnotation field, boolean layoutOnly) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setRange(0, 2);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setRange(0, 1);
        XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 200, 100);
        if (layoutOnly) {
            g2.setRenderingHint(FieldAnnotation.LAYOUT_ONLY, Boolean.TRUE);
        }
        field.draw(g2, plot, AREA, xAxis, yAxis, 0, null);
        g2.dispose();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aHeatmapPaintsEachCellInTheScalesColourOfItsValueAndLeavesNaNUnpainted() {
        double[] x = {0, 1, 2};
        double[] y = {0, 1};
        double[][] z = {{0, 1, 2}, {3, Double.NaN, 6}};
        FieldAnnotation heatmap = new FieldAnnotation(x, y, z, SCALE, new double[0], 0, 6, false, true);
        BufferedImage image = draw(heatmap, false);
        // pixel (x, y) nearest to the grid point: x = 0.1 → column 0, y = 0.1 (pixel row 90) → row 0
        assertEquals(SCALE.at(0).getRGB(), image.getRGB(10, 90));
        assertEquals(SCALE.at(2 / 6.0).getRGB(), image.getRGB(190, 90));
        assertEquals(SCALE.at(1).getRGB(), image.getRGB(190, 10));
        assertEquals(Color.WHITE.getRGB(), image.getRGB(100, 10), "NaN is transparent");
    }

    @Test
    void aContourPaintsEachBandInTheColourOfItsMiddleValue() {
        double[] x = {0, 2};
        double[] y = {0, 1};
        double[][] z = {{0, 10}, {0, 10}}; // z = 5x, bilinear
        double[] levels = {2, 4, 6, 8};
        FieldAnnotation contour = new FieldAnnotation(x, y, z, SCALE, levels, 0, 10, true, true);
        BufferedImage image = draw(contour, false);
        // x = 0.1 → z = 0.5: the band below the first level, 0..2, has the colour of 1
        assertEquals(SCALE.at(0.1).getRGB(), image.getRGB(10, 50));
        // x = 1.1 → z = 5.5: band 4..6, colour of 5
        assertEquals(SCALE.at(0.5).getRGB(), image.getRGB(110, 50));
        // x = 1.9 → z = 9.5: band 8..10, colour of 9
        assertEquals(SCALE.at(0.9).getRGB(), image.getRGB(190, 50));
    }

    @Test
    void drawingAgainGivesTheSamePixelsAndAMeasuringPassDrawsNothing() {
        double[] x = {0, 1, 2};
        double[] y = {0, 0.5, 1};
        double[][] z = {{0, 1, 4}, {1, 2, 5}, {4, 5, 8}};
        FieldAnnotation contour = new FieldAnnotation(x, y, z, SCALE, new double[]{1, 3, 5, 7}, 0, 8, true, true);
        int[] first = pixels(draw(contour, false));
        assertArrayEquals(first, pixels(draw(contour, false)));
        int[] white = new int[200 * 100];
        Arrays.fill(white, Color.WHITE.getRGB());
        assertArrayEquals(white, pixels(draw(contour, true)));
        assertArrayEquals(first, pixels(draw(contour, false)), "the measuring pass leaves the next drawing as it was");
    }
}
