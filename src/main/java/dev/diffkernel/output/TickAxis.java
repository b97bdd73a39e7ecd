package dev.diffkernel.output;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A number axis with plotly's tick density (about one label per 80 px across, 45 px up) and
 * locale-independent labels (0.5, never 0,5), for static pictures.
 */
final class TickAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    /** Tick labels as {@link Ticks#label} writes them. */
    static final NumberFormat LABELS = new NumberFormat() {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            return out.append(Ticks.label(Math.abs(number) < 1e-12 ? 0 : number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return out.append(number);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    };

    TickAxis(String label) {
        super(label);
        setAutoRangeIncludesZero(false);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        boolean across = RectangleEdge.isTopOrBottom(edge);
        double pixels = across ? dataArea.getWidth() : dataArea.getHeight();
        int count = Math.max(2, (int) (pixels / (across ? 80 : 45)));
        double[] ticks = Ticks.nice(getLowerBound(), getUpperBound(), count);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : Math.max(getRange().getLength(), 1e-300);
        setTickUnit(new NumberTickUnit(step, LABELS), false, false);
    }
}
