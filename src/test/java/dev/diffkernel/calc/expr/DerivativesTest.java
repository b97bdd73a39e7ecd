package dev.diffkernel.calc.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.calc.internal.ClosureCompiler;
import dev.diffkernel.calc.parse.ParsedFunction;
import dev.diffkernel.calc.parse.Parser;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every differentiation rule of the notes, as simplified text and as values against closed forms. */
class DerivativesTest {
    private static String d(String text, String var) {
        return ExprFormat.text(Derivatives.of(Parser.parse(text).body(), var));
    }

    private static String d(String text) {
        return d(text, "x");
    }

    /** The derivative of text by x, compared with a closed form at several points. */
    private static void assertDerivative(String text, DoubleUnaryOperator closedForm, double... points) {
        ParsedFunction p = Parser.parse("f(x) = " + text);
        Expr derivative = Derivatives.of(p.body(), "x");
        var eval = ClosureCompiler.compile(derivative, List.of("x"));
        for (double x : points) {
            double expected = closedForm.applyAsDouble(x);
            assertEquals(expected, eval.eval(new double[] {x}), 1e-12 * Math.max(1, Math.abs(expected)),
                    "d/dx " + text + " = " + ExprFormat.text(derivative) + " at " + x);
        }
    }

    @ParameterizedTest(name = "d/dx {0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // the notes' examples, as the notes write them
            "3x^2 + e^x + 7 | 6x + e^x",
            "ln(x) + 1/x | 1/x - 1/x^2",
            "e^(3x^2) | 6x·e^(3x^2)",
            "e^(4x^2) | 8x·e^(4x^2)",
            "e^(-x) | -e^(-x)",
            "0.01*x^2 + 0.1*x | 0.02x + 0.1",
            "1/2*x^2 | x",
            "2x^2 + 4e^x + 15 | 4x + 4e^x",
            // constant and power rules
            "7 | 0",
            "x | 1",
            "5x | 5",
            "x^3 | 3x^2",
            "4x^5 | 20x^4",
            "x^-2 | -2/x^3",
            "x^0.5 | 1/(2x^0.5)",
            "sqrt(x) | 1/(2sqrt(x))",
            // exponentials and logarithms
            "e^x | e^x",
            "exp(x) | e^x",
            "2^x | 2^x·ln(2)",
            "2^(3x) | 3·2^(3x)·ln(2)",
            "ln(x) | 1/x",
            "ln(x^2 + 1) | 2x/(x^2 + 1)",
            "log_2(x) | 1/(x·ln(2))",
            "log10(x) | 1/(x·ln(10))",
            // trigonometric
            "sin(x) | cos(x)",
            "cos(x) | -sin(x)",
            "tan(x) | sec(x)^2",
            "sin(2x) | 2cos(2x)",
            "sec(x) | sec(x)·tan(x)",
            "atan(x) | 1/(1 + x^2)",
            "sinh(x) | cosh(x)",
            "tanh(x) | 1 - tanh(x)^2",
            // sum, product, quotient
            "x*sin(x) | sin(x) + x·cos(x)",
            "x*e^x | e^x + x·e^x",
            "x/(x + 1) | 1/(x + 1)^2",
            "1/x | -1/x^2",
            "sin(x)/x | (x·cos(x) - sin(x))/x^2",
            "(x + 1)^2 | 2(x + 1)",
            "(x^2 + 1)^3 | 6x·(x^2 + 1)^2",
            // activations
            "sigmoid(x) | sigmoid(x)·(1 - sigmoid(x))",
            "relu(x) | step(x)",
            "abs(x) | sign(x)",
            "step(x) | 0",
            "x^x | x^x·(ln(x) + 1)",
    })
    void derivativesReadLikeTheNotes(String function, String derivative) {
        assertEquals(derivative, d(function));
    }

    @Test
    void partialDerivativesHoldOtherVariablesConstant() {
        assertEquals("2 + 3y", d("2x + 3x*y + y^3", "x"));
        assertEquals("3x + 3y^2", d("2x + 3x*y + y^3", "y"));
        assertEquals("4x + y", d("2x^2 + x*y + 5y", "x"));
        assertEquals("x + 5", d("2x^2 + x*y + 5y", "y"));
        assertEquals("2x", d("x^2 + 2y^2", "x"));
        assertEquals("4y", d("x^2 + 2y^2", "y"));
        assertEquals("4x + 4y", d("2x^2 + 4x*y + y^2 + 15", "x"));
        assertEquals("y·e^(xy)", d("e^(x*y)", "x"));
        assertEquals("0", d("y^2", "x"));
    }

    @Test
    void everyFunctionRuleAgreesWithItsClosedForm() {
        double[] points = {0.2, 0.5, 0.9};
        assertDerivative("ln(x)", x -> 1 / x, points);
        assertDerivative("log(3, x)", x -> 1 / (x * Math.log(3)), points);
        assertDerivative("exp(x)", Math::exp, points);
        assertDerivative("5^x", x -> Math.pow(5, x) * Math.log(5), points);
        assertDerivative("sqrt(x)", x -> 0.5 / Math.sqrt(x), points);
        assertDerivative("abs(x)", x -> Math.signum(x), points);
        assertDerivative("sin(x)", Math::cos, points);
        assertDerivative("cos(x)", x -> -Math.sin(x), points);
        assertDerivative("tan(x)", x -> 1 / (Math.cos(x) * Math.cos(x)), points);
        assertDerivative("sec(x)", x -> Math.sin(x) / (Math.cos(x) * Math.cos(x)), points);
        assertDerivative("asin(x)", x -> 1 / Math.sqrt(1 - x * x), points);
        assertDerivative("acos(x)", x -> -1 / Math.sqrt(1 - x * x), points);
        assertDerivative("atan(x)", x -> 1 / (1 + x * x), points);
        assertDerivative("sinh(x)", Math::cosh, points);
        assertDerivative("cosh(x)", Math::sinh, points);
        assertDerivative("tanh(x)", x -> 1 - Math.tanh(x) * Math.tanh(x), points);
        assertDerivative("sigmoid(x)", x -> Math.exp(-x) / Math.pow(1 + Math.exp(-x), 2), points);
        assertDerivative("relu(x - 0.5)", x -> x > 0.5 ? 1 : 0, points);
        assertDerivative("max(x, 0.5)", x -> x > 0.5 ? 1 : 0, 0.2, 0.9);
        assertDerivative("min(x, 0.5)", x -> x < 0.5 ? 1 : 0, 0.2, 0.9);
        assertDerivative("x^x", x -> Math.pow(x, x) * (Math.log(x) + 1), points);
        assertDerivative("x^3 * sin(x)", x -> 3 * x * x * Math.sin(x) + x * x * x * Math.cos(x), points);
        assertDerivative("sin(x) / (x + 1)", x -> (Math.cos(x) * (x + 1) - Math.sin(x)) / Math.pow(x + 1, 2), points);
        assertDerivative("e^(3x^2)", x -> 6 * x * Math.exp(3 * x * x), points);
        assertDerivative("ln(sin(x) + 2)^2", x -> 2 * Math.log(Math.sin(x) + 2) * Math.cos(x) / (Math.sin(x) + 2), points);
    }

    @Test
    void secondDerivatives() {
        Expr f = Parser.parse("x^3 + sin(x)").body();
        assertEquals("6x - sin(x)", ExprFormat.text(Derivatives.of(Derivatives.of(f, "x"), "x")));
    }

    @Test
    void chainRuleStepsShowTheSubstitution() {
        List<Step> steps = Derivatives.steps(Parser.parse("e^(3x^2)").body(), "x", false, "f");
        assertEquals(List.of(
                        "t = 3x^2",
                        "f = e^t, df/dt = e^t",
                        "dt/dx = 6x",
                        "df/dx = e^t·6x = 6x·e^(3x^2)"),
                steps.stream().map(Step::text).collect(Collectors.toList()));
        assertEquals("chain rule: df/dx = df/dt · dt/dx", steps.get(3).rule());
    }

    @Test
    void sumRuleStepsListEachTerm() {
        List<Step> steps = Derivatives.steps(Parser.parse("3x^2 + e^x + 7").body(), "x", false, "f");
        assertEquals(List.of(
                        "d/dx (3x^2 + e^x + 7) = d/dx (3x^2) + d/dx e^x + d/dx 7",
                        "d/dx (3x^2) = 6x",
                        "d/dx e^x = e^x",
                        "d/dx 7 = 0",
                        "d/dx (3x^2 + e^x + 7) = 6x + e^x"),
                steps.stream().map(Step::text).collect(Collectors.toList()));
        assertEquals(List.of(0, 1, 1, 1, 0), steps.stream().map(Step::depth).collect(Collectors.toList()));
        assertEquals("constant rule", steps.get(3).rule());
    }

    @Test
    void partialStepsSayWhichVariablesAreHeldConstant() {
        List<Step> steps = Derivatives.steps(Parser.parse("2x + 3x*y + y^3").body(), "x", true, "g");
        List<String> texts = steps.stream().map(Step::text).collect(Collectors.toList());
        assertTrue(texts.contains("∂/∂x y^3 = 0"), texts.toString());
        assertTrue(steps.stream().anyMatch(s -> s.rule().equals("constant rule: y is held constant")));
        assertEquals("∂/∂x (2x + 3xy + y^3) = 2 + 3y", texts.get(texts.size() - 1));
    }

    @Test
    void nestedChainsUseFreshLetters() {
        List<Step> steps = Derivatives.steps(Parser.parse("sin(e^(2x))").body(), "x", false, "f");
        List<String> texts = steps.stream().map(Step::text).collect(Collectors.toList());
        assertEquals("t = e^(2x)", texts.get(0));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("d/du e^u = e^u")), texts.toString());
        assertEquals("df/dx = cos(t)·2e^(2x) = 2cos(e^(2x))·e^(2x)", texts.get(texts.size() - 1));
    }

    @Test
    void productAndQuotientRulesAreNamed() {
        assertEquals("product rule: (uv)' = u'v + uv'",
                Derivatives.steps(Parser.parse("x*sin(x)").body(), "x", false, "f").get(0).rule());
        assertEquals("quotient rule: (u/v)' = (u'v - uv')/v^2",
                Derivatives.steps(Parser.parse("x/(x + 1)").body(), "x", false, "f").get(0).rule());
    }
}
