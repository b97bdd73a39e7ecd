package dev.diffkernel.data;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class NormalSampleTest {
    @Test
    void pdfIsTheSlidesFormula() {
        assertEquals(1 / Math.sqrt(2 * Math.PI), dev.diffkernel.data.Datasets.normalPdf(0, 0, 1), 1e-16);
        assertEquals(0.24197072451914337, dev.diffkernel.data.Datasets.normalPdf(1, 0, 1), 1e-16); // scipy.stats.norm.pdf(1)
        assertEquals(dev.diffkernel.data.Datasets.normalPdf(1, 0, 1) / 2, dev.diffkernel.data.Datasets.normalPdf(3, 1, 2), 1e-16);
    }

    @Test
    void samplesAreReproducibleAndNormal() {
        NormalSample s = dev.diffkernel.data.Datasets.normalSample(20_000, 3);
        assertArrayEquals(s.values(), dev.diffkernel.data.Datasets.normalSample(20_000, 3).values());
        assertEquals(0, s.mean(), 0.03);
        assertEquals(1, s.standardDeviation(), 0.03);
        NormalSample shifted = dev.diffkernel.data.Datasets.normalSample(20_000, 5, 2, 3);
        assertEquals(5, shifted.mean(), 0.06);
        assertEquals(2, shifted.standardDeviation(), 0.06);
    }

    @Test
    void histogramDensityFollowsThePdf() {
        Table h = dev.diffkernel.data.Datasets.normalSample(50_000, 11).histogram(20);
        assertEquals("[from, to, count, density, pdf]", h.columnNames().toString());
        assertEquals(50_000, h.intColumn("count").sum());
        for (int b = 0; b < h.rowCount(); b++) {
            assertEquals(h.doubleColumn("pdf").getDouble(b), h.doubleColumn("density").getDouble(b), 0.03);
        }
    }

    @Test
    void figureHasBarsAndTheCurve() {
        dev.diffkernel.figure.Figure figure = dev.diffkernel.data.Datasets.normalSample(1000, 1).figure(25);
        assertEquals(java.util.List.of("bar", "scatter"), figure.data().stream().map(t -> t.type()).toList());
        assertEquals(25, ((dev.diffkernel.figure.Bar) figure.data().get(0)).x().length);
    }

    @Test
    void badArgumentsAreReported() {
        assertEquals("sigma must be > 0 and finite but was 0.0", assertThrows(IllegalArgumentException.class,
                () -> dev.diffkernel.data.Datasets.normalSample(10, 0, 0, 1)).getMessage());
        assertEquals("count must be >= 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> dev.diffkernel.data.Datasets.normalSample(0, 1)).getMessage());
    }
}
