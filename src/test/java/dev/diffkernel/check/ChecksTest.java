package dev.diffkernel.check;

import org.junit.jupiter.api.Test;

import static dev.diffkernel.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksTest {
    @Test
    void closeNumberPasses() {
        assertEquals("✔ passed: 0.1999999999990898 is within 1.0E-6 of 0.2",
                check(0.1999999999990898).closeTo(0.2, 1e-6).toString());
    }

    @Test
    void farNumberFailsWithExpectedAndActual() {
        CheckFailure failure = assertThrows(CheckFailure.class, () -> check(0.3).closeTo(0.2, 1e-6));
        assertEquals("Expected 0.2 ± 1.0E-6 but got 0.3 (off by 0.09999999999999998)", failure.getMessage());
    }

    @Test
    void nanNeverPasses() {
        assertThrows(CheckFailure.class, () -> check(Double.NaN).closeTo(0, 1));
    }

    @Test
    void negativeToleranceIsAMistakeOfTheExercise() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> check(1.0).closeTo(1, -1));
        assertEquals("tolerance must be >= 0 but was -1.0", error.getMessage());
    }

    @Test
    void vectorNamesTheFirstWrongElement() {
        CheckFailure failure = assertThrows(CheckFailure.class,
                () -> check(new double[] {6.0, 7.5}).closeTo(new double[] {6, 8}, 1e-4));
        assertEquals("Element 1: expected 8.0 ± 1.0E-4 but got 7.5; expected [6.0, 8.0], got [6.0, 7.5]", failure.getMessage());
        assertEquals("✔ passed: [6.00000000000378, 7.999999999999119] is within 1.0E-4 of [6.0, 8.0]",
                check(new double[] {6.00000000000378, 7.999999999999119}).closeTo(new double[] {6, 8}, 1e-4).toString());
    }

    @Test
    void vectorLengthsMustAgree() {
        CheckFailure failure = assertThrows(CheckFailure.class, () -> check(new double[] {1}).closeTo(new double[] {1, 2}, 0));
        assertEquals("Expected 2 values [1.0, 2.0] but got 1: [1.0]", failure.getMessage());
    }

    @Test
    void valuesCompareByEqualsOrText() {
        check((Object) "x + 5").isEqualTo("x + 5");
        check(new StringBuilder("x + 5")).isEqualTo("x + 5");
        CheckFailure failure = assertThrows(CheckFailure.class, () -> check((Object) "5").isEqualTo("x + 5"));
        assertEquals("Expected x + 5 but got 5", failure.getMessage());
    }

    @Test
    void conditionsCarryTheirDescription() {
        assertEquals("✔ passed: loss decreases", check(true, "loss decreases").toString());
        assertEquals("Not true: loss decreases",
                assertThrows(CheckFailure.class, () -> check(false, "loss decreases")).getMessage());
    }

    @Test
    void aPassedCheckShowsAsADisplayNotAsAResultAGraderWouldScore() {
        assertTrue(check(1.0).closeTo(1, 0) instanceof dev.diffkernel.display.Display.ShownAsDisplay);
    }

    @Test
    void pointsTurnAPassedCheckIntoTheScoreNbgraderReads() {
        assertEquals("0.5", check(4.2).closeTo(4, 0.5).points(0.5).toString());
        assertEquals("1", check(4.0).closeTo(4, 0).points(1).toString());
        assertEquals("0", check(true, "ran").points(0).toString());
        assertEquals("✔ passed: 4.2 is within 0.5 of 4.0", check(4.2).closeTo(4, 0.5).points(2).check().toString());
        assertFalse((Object) check(4.0).closeTo(4, 0).points(1) instanceof dev.diffkernel.display.Display.ShownAsDisplay,
                "a score is the cell's result, so nbgrader reads it");
    }

    @Test
    void pointsMustBeAFiniteNonNegativeNumber() {
        CheckResult passed = check(true, "ran");
        assertEquals("points must be a finite number >= 0 but was -1.0",
                assertThrows(IllegalArgumentException.class, () -> passed.points(-1)).getMessage());
        assertEquals("points must be a finite number >= 0 but was NaN",
                assertThrows(IllegalArgumentException.class, () -> passed.points(Double.NaN)).getMessage());
        assertEquals("points must be a finite number >= 0 but was Infinity",
                assertThrows(IllegalArgumentException.class, () -> passed.points(Double.POSITIVE_INFINITY)).getMessage());
    }
}
