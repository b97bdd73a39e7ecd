package dev.diffkernel.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LogAxisLabelsTest {
    @Test
    void logAxesLabelPowersOfTenNotSiPrefixes() {
        assertEquals("power", Axis.titled("h").withLog(true).toPlotly().get("exponentformat"));
        assertFalse(Axis.titled("x").toPlotly().containsKey("exponentformat"));
    }
}
