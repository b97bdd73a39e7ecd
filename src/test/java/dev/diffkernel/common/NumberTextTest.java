package dev.diffkernel.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberTextTest {
    @Test
    void keepsTheLecturesNumericalDerivativeExact() {
        assertEquals("0.1999999999990898", NumberText.of(0.1999999999990898));
        assertEquals("0.30000000000000004", NumberText.of(0.1 + 0.2));
    }

    @Test
    void writesWholeNumbersWithoutFraction() {
        assertEquals("3", NumberText.of(3.0));
        assertEquals("-20", NumberText.of(-20.0));
        assertEquals("0", NumberText.of(-0.0));
    }

    @Test
    void usesENotationForTinyAndHugeNumbers() {
        assertEquals("1e-10", NumberText.of(1e-10));
        assertEquals("1.2345678901234e-7", NumberText.of(1.2345678901234e-7));
        assertEquals("1e20", NumberText.of(1e20));
        assertEquals("0.0001", NumberText.of(1e-4));
        assertEquals("123456789.123", NumberText.of(123456789.123));
    }

    @Test
    void namesTheSpecialValues() {
        assertEquals("NaN", NumberText.of(Double.NaN));
        assertEquals("-Infinity", NumberText.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    void showsFloatsAsFloats() {
        assertEquals("0.1", NumberText.of(0.1f));
    }
}
