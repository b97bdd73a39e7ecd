package dev.diffkernel.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void integersLoseTheirPointZero() {
        assertEquals("2", Numbers.significant(2.0));
        assertEquals("-30", Numbers.significant(-30));
        assertEquals("0", Numbers.significant(-0.0));
    }

    @Test
    void floatingPointNoiseIsRoundedAwayAt15Digits() {
        assertEquals("-0.2", Numbers.significant(0.5 - 0.7));
        assertEquals("0.3", Numbers.significant(0.1 + 0.2));
        assertEquals("0.999999997938846", Numbers.significant(0.9999999979388463));
        assertEquals("0.928068285786408", Numbers.significant(0.9280682857864075));
        assertEquals("0.47355232", Numbers.significant(0.47355232));
    }

    @Test
    void exponentsAreWrittenWithASmallE() {
        assertEquals("4.53978687024344e-05", Numbers.significant(4.5397868702434395e-05));
        assertEquals("0.000742408999349005", Numbers.significant(7.42408999349005e-04));
        assertEquals("9.3576229688393 \\times 10^{-14}", Numbers.latex(9.357622968839299e-14));
        assertEquals("\\infty", Numbers.latex(Double.POSITIVE_INFINITY));
        assertEquals("NaN", Numbers.significant(Double.NaN));
        assertEquals("1e+20", Numbers.significant(1e20));
        assertEquals("1e-07", Numbers.significant(1e-7));
        assertEquals("1.5 \\times 10^{-7}", Numbers.latex(1.5e-7));
    }

    @Test
    void matrixEntriesHaveAtMostEightDecimalsLikeNumpy() {
        assertEquals("0.21924757", Numbers.numpyEntry(0.2192475712392561));
        assertEquals("-0.544215", Numbers.numpyEntry(-0.5442150014750569));
        assertEquals("0.47355232", Numbers.numpyEntry(0.47355232));
        assertEquals("0.00074241", Numbers.numpyEntry(7.42408999349005e-04));
        assertEquals("9.35762297e-14", Numbers.numpyEntry(9.357622968839299e-14));
        assertEquals("2", Numbers.numpyEntry(2));
        assertEquals("9.35762297 \\times 10^{-14}", Numbers.latexEntry(9.357622968839299e-14));
    }

    @Test
    void alignOnPointPadsBothSides() {
        assertArrayEquals(new String[] {"  1   ", "-10.25", "  3.5 "}, Numbers.alignOnPoint(new String[] {"1", "-10.25", "3.5"}));
    }
}
