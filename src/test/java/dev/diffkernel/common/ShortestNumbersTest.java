package dev.diffkernel.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortestNumbersTest {
    @Test
    void keepsTheLecturesNumericalDerivativeExact() {
        assertEquals("0.1999999999990898", Numbers.shortest(0.1999999999990898));
        assertEquals("0.30000000000000004", Numbers.shortest(0.1 + 0.2));
    }

    @Test
    void writesWholeNumbersWithoutFraction() {
        assertEquals("3", Numbers.shortest(3.0));
        assertEquals("-20", Numbers.shortest(-20.0));
        assertEquals("0", Numbers.shortest(-0.0));
    }

    @Test
    void usesENotationForTinyAndHugeNumbers() {
        assertEquals("1e-10", Numbers.shortest(1e-10));
        assertEquals("1.2345678901234e-7", Numbers.shortest(1.2345678901234e-7));
        assertEquals("1e20", Numbers.shortest(1e20));
        assertEquals("0.0001", Numbers.shortest(1e-4));
        assertEquals("123456789.123", Numbers.shortest(123456789.123));
    }

    @Test
    void namesTheSpecialValues() {
        assertEquals("NaN", Numbers.shortest(Double.NaN));
        assertEquals("-Infinity", Numbers.shortest(Double.NEGATIVE_INFINITY));
    }

    @Test
    void showsFloatsAsFloats() {
        assertEquals("0.1", Numbers.shortest(0.1f));
    }
}
