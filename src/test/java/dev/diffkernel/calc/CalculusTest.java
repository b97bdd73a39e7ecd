package dev.diffkernel.calc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.diffkernel.calc.Calculus.derivative;
import static dev.diffkernel.calc.Calculus.diffErrors;
import static dev.diffkernel.calc.Calculus.fn;
import static dev.diffkernel.calc.Calculus.gradient;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lecture notes' worked examples, number for number. */
class CalculusTest {
    // seed 002: numerical_diff(function_1, 5) and (…, 10) with h = 1e-4
    @Test
    void centralDifferenceOfFunction1MatchesTheNotes() {
        Fn f = fn("0.01*x^2 + 0.1*x");
        assertEquals(0.1999999999990898, derivative(f, 5).value());
        assertEquals(0.2999999999986347, derivative(f, 10).value());
    }

    // seed 002: the bad h = 1e-50 rounds to 0.0
    @Test
    void tinyStepLosesEverythingToRounding() {
        assertEquals(0.0, derivative(fn("0.01*x^2 + 0.1*x"), 5).h(1e-50).value());
    }

    // seed 002: numerical_gradient(function_2, [3.0, 4.0])
    @Test
    void numericalGradientOfFunction2MatchesTheNotes() {
        assertArrayEquals(new double[] {6.00000000000378, 7.999999999999119}, gradient(fn("x0^2 + x1^2"), 3, 4).values());
        assertArrayEquals(new double[] {6.00000000000378, 7.999999999999119},
                gradient(x -> x[0] * x[0] + x[1] * x[1], 3.0, 4.0).values());
    }

    @Test
    void numericalGradientNeverChangesTheCallersPoint() {
        double[] point = {3, 4};
        gradient(x -> x[0] * x[0] + x[1] * x[1], point);
        assertArrayEquals(new double[] {3, 4}, point);
        assertArrayEquals(new double[] {3, 4}, Numerical.gradient(x -> x[0] * x[1], point, 1e-4).length == 2 ? point : null);
    }

    // seed 000: derivative of x^2 at 3 with delta 1e-5 (central difference)
    @Test
    void derivativeOfXSquaredAtThreeWithSmallDelta() {
        assertEquals((Math.pow(3 + 1e-5, 2) - Math.pow(3 - 1e-5, 2)) / (2 * 1e-5), derivative(fn("x^2"), 3).h(1e-5).value());
        assertEquals(6.0, derivative(fn("x^2"), 3).h(1e-5).value(), 1e-9);
    }

    // seed 000: ∂(2x + 3xy + y^3) at (1, 2)
    @Test
    void partialDerivativesOfTheFirstLecture() {
        Fn g = fn("2x + 3x*y + y^3");
        assertEquals("∂f/∂x = 2 + 3y", g.partial("x").toString());
        assertEquals("∂f/∂y = 3x + 3y^2", g.partial("y").toString());
        assertArrayEquals(new double[] {8, 15}, g.gradient().at(1, 2));
        double[] numerical = gradient(g, 1, 2).values();
        assertEquals(8, numerical[0], 1e-6);
        assertEquals(15, numerical[1], 1e-6);
    }

    @Test
    void functionTextAndValue() {
        Fn f = fn("f(x) = 0.01*x^2 + 0.1*x");
        assertEquals("f(x) = 0.01x^2 + 0.1x", f.toString());
        assertEquals(0.75, f.at(5), 1e-15);
        assertEquals("f'(x) = 0.02x + 0.1", f.diff().toString());
        assertEquals(0.2, f.diff().at(5), 1e-15);
        assertEquals("f''(x) = 0.02", f.diff(2).toString());
    }

    @ParameterizedTest(name = "d/dx {0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "3x^2 + e^x + 7 | 6x + e^x",
            "ln(x) + 1/x | 1/x - 1/x^2",
            "e^(3x^2) | 6x·e^(3x^2)",
            "e^(4x^2) | 8x·e^(4x^2)",
            "0.01*x^2 + 0.1*x | 0.02x + 0.1",
            "x^3 | 3x^2",
            "5 | 0",
            "x | 1",
            "sin(x) | cos(x)",
            "cos(x) | -sin(x)",
            "tan(x) | sec(x)^2",
            "2^x | 2^x·ln(2)",
            "log_2(x) | 1/(x·ln(2))",
            "log10(x) | 1/(x·ln(10))",
            "sqrt(x) | 1/(2sqrt(x))",
            "sigmoid(x) | sigmoid(x)·(1 - sigmoid(x))",
            "x*sin(x) | sin(x) + x·cos(x)",
            "(x + 1)^2 | 2(x + 1)",
    })
    void symbolicDerivativesReadLikeTheNotes(String function, String derivative) {
        assertEquals(derivative, fn(function).diff().formula());
    }

    // seed 004: ∂/∂y (2x^2 + xy + 5y) = x + 5 (the notes say 5)
    @Test
    void partialOfTheFourthLectureIsXPlusFive() {
        Fn f = fn("2x^2 + x*y + 5y");
        assertEquals("x + 5", f.partial("y").formula());
        assertEquals("4x + y", f.partial("x").formula());
    }

    // seed 003: x^2 + 2y^2
    @Test
    void partialsOfTheThirdLecture() {
        Fn f = fn("x^2 + 2y^2");
        assertEquals("2x", f.partial("x").formula());
        assertEquals("4y", f.partial("y").formula());
    }

    @Test
    void chainRuleStepsShowTheSubstitution() {
        Steps steps = fn("e^(3x^2)").steps();
        List<String> texts = steps.lines().stream().map(dev.diffkernel.calc.expr.Step::text).toList();
        assertTrue(texts.contains("t = 3x^2"), texts.toString());
        assertTrue(texts.contains("f = e^t, df/dt = e^t"), texts.toString());
        assertTrue(texts.contains("dt/dx = 6x"), texts.toString());
        assertEquals("df/dx = 6x·e^(3x^2)", texts.get(texts.size() - 1));
    }

    @Test
    void negativeFactorsInStepsAreParenthesised() {
        assertTrue(fn("e^(-x)").steps().toString().contains("df/dx = e^t·(-1) = -e^(-x)"), fn("e^(-x)").steps().toString());
    }

    @Test
    void stepsOfADerivativeExplainWhereItCameFrom() {
        assertEquals(fn("e^(3x^2)").steps(), fn("e^(3x^2)").diff().steps());
    }

    @Test
    void declaredVariablesKeepTheirOrder() {
        Fn f = fn("f(y, x) = x - y");
        assertEquals(List.of("y", "x"), f.variables());
        assertEquals(1, f.at(1, 2));
    }

    @Test
    void inferredVariablesAreAlphabetical() {
        assertEquals(List.of("x", "y"), fn("y^3 + x").variables());
    }

    @Test
    void divisionByZeroFollowsIeee() {
        assertEquals(Double.POSITIVE_INFINITY, fn("1/x").at(0));
        assertEquals(Double.NEGATIVE_INFINITY, fn("ln(x)").at(0));
        assertTrue(Double.isNaN(fn("ln(x)").at(-1)));
    }

    @Test
    void wrongNumberOfArgumentsSaysHowMany() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> fn("x^2 + y").at(1));
        assertEquals("f expects 2 arguments (x, y) but got 1", error.getMessage());
    }

    @Test
    void derivativeWhereUndefinedSaysSo() {
        ArithmeticException error = assertThrows(ArithmeticException.class, () -> derivative(fn("ln(x)"), 0));
        assertTrue(error.getMessage().startsWith("f'(0) cannot be estimated: f is not defined (or not finite) near x = 0"),
                error.getMessage());
    }

    @Test
    void lambdaFunctionsDifferentiateNumericallyAndSaySo() {
        Fn h = fn("h", x -> x * x);
        assertFalse(h.isSymbolic());
        Fn dh = h.diff();
        assertEquals(6, dh.at(3), 1e-6);
        assertTrue(dh.toString().contains("h is a Java lambda with no formula, so h' is numerical"), dh.toString());
    }

    @Test
    void vectorLambdaHasIndexedVariables() {
        Fn l = fn("L", 2, w -> w[0] * w[0] + w[1] * w[1]);
        assertEquals(List.of("x0", "x1"), l.variables());
        assertEquals(25, l.at(3, 4));
    }

    @Test
    void diffOfSeveralVariablesPointsToPartial() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> fn("x*y").diff());
        assertEquals("f has 2 variables (x, y); use partial(\"x\") or gradient()", error.getMessage());
    }

    @Test
    void richardsonIsFarMoreAccurate() {
        NumericalDerivative estimate = derivative(fn("sin(x)"), 1).richardson();
        assertEquals(Math.cos(1), estimate.value(), 1e-12);
        assertTrue(estimate.errorEstimate().getAsDouble() < 1e-9);
    }

    @Test
    void forwardIsFirstOrderCentralSecondOrder() {
        DiffErrors errors = diffErrors(fn("e^x"), 1);
        var forward = errors.table().doubleColumn("forward error");
        var central = errors.table().doubleColumn("central error");
        // h = 1e-2 → 1e-3: forward error shrinks ~10x, central ~100x
        assertEquals(10, forward.getDouble(1) / forward.getDouble(2), 0.5);
        assertEquals(100, central.getDouble(1) / central.getDouble(2), 5);
        assertEquals(15, errors.table().rowCount());
        assertTrue(errors.bestCentralStep() >= 1e-7 && errors.bestCentralStep() <= 1e-4);
    }

    @Test
    void hessianOfAQuadratic() {
        assertArrayEquals(new double[][] {{2, 1}, {1, 4}}, fn("x^2 + x*y + 2y^2").hessian().at(0, 0).toArray());
    }

    @Test
    void latexOfADerivative() {
        assertEquals("f'(x) = 6x \\cdot e^{3x^{2}}", fn("e^(3x^2)").diff().toLatex());
        assertEquals("\\frac{\\partial f}{\\partial y} = x + 5", fn("2x^2 + x*y + 5y").partial("y").toLatex());
    }

    @Test
    void printedFormulasReadBack() {
        for (String text : List.of("6x·e^(3x^2)", "1/x - 1/x^2", "2(x + 1)", "sigmoid(x)·(1 - sigmoid(x))", "log_2(x)")) {
            Fn f = fn(text);
            assertEquals(text, f.formula());
            assertEquals(f.formula(), fn(f.formula()).formula());
        }
    }

    @Test
    void changingTheTableOfDiffErrorsChangesNothingInside() {
        DiffErrors errors = diffErrors(fn("e^x"), 1);
        double best = errors.bestCentralStep();
        errors.table().doubleColumn("central error").set(0, -1.0);
        assertEquals(best, errors.bestCentralStep());
        assertEquals(errors.table().doubleColumn("central error").getDouble(0),
                diffErrors(fn("e^x"), 1).table().doubleColumn("central error").getDouble(0));
    }

    @Test
    void theExactGradientIsAbsentForALambdaAsTheExactDerivativeIs() {
        assertTrue(gradient(v -> v[0] * v[0], 3.0).exact().isEmpty());
        assertArrayEquals(new double[] {6, 8}, gradient(fn("x^2 + y^2"), 3, 4).exact().orElseThrow());
        assertTrue(derivative(x -> x * x, 3).exact().isEmpty());
    }

    @Test
    void theErrorAndTheErrorEstimateAreAbsentWhereTheyHaveNoMeaning() {
        NumericalDerivative central = derivative(fn("0.01x^2 + 0.1x"), 5);
        assertEquals(0.1999999999990898 - 0.2, central.error().getAsDouble(), 1e-16);
        assertTrue(central.errorEstimate().isEmpty());
        assertTrue(derivative(x -> x * x, 3).error().isEmpty());
        assertTrue(derivative(x -> x * x, 3).richardson().errorEstimate().isPresent());
    }
}
