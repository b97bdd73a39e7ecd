package dev.diffkernel.calc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.calc.ExpressionSyntaxException;
import dev.diffkernel.calc.expr.Call;
import dev.diffkernel.calc.expr.Const;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.ExprFormat;
import dev.diffkernel.calc.expr.Func;
import dev.diffkernel.calc.expr.Mul;
import dev.diffkernel.calc.expr.Neg;
import dev.diffkernel.calc.expr.Pow;
import dev.diffkernel.calc.expr.Var;
import dev.diffkernel.calc.internal.ClosureCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
    private static double eval(String text, double... args) {
        ParsedFunction p = Parser.parse(text);
        return ClosureCompiler.compile(p.body(), p.variables()).eval(args);
    }

    private static ExpressionSyntaxException error(String text) {
        return assertThrows(ExpressionSyntaxException.class, () -> Parser.parse(text));
    }

    @Test
    void declarationGivesNameAndVariablesInOrder() {
        ParsedFunction p = Parser.parse("g(y, x) = x - y");
        assertEquals("g", p.name());
        assertEquals(List.of("y", "x"), p.variables());
        assertTrue(p.declared());
    }

    @Test
    void bareTextInfersVariablesAlphabeticallyAndHasNoName() {
        ParsedFunction p = Parser.parse("y^3 + 2x + 3x*y");
        assertNull(p.name());
        assertEquals(List.of("x", "y"), p.variables());
        assertFalse(p.declared());
    }

    @Test
    void indexedVariablesSortByNumberNotByText() {
        assertEquals(List.of("x1", "x2", "x10"), Parser.parse("x10 + x2 + x1").variables());
    }

    @Test
    void nameWithoutParenthesesInfersVariables() {
        ParsedFunction p = Parser.parse("y = 2x + 1");
        assertEquals("y", p.name());
        assertEquals(List.of("x"), p.variables());
    }

    @Test
    void unknownLongNameIsAnErrorNotAProductOfLetters() {
        assertEquals("Unknown name 'rate' at column 1 in \"rate*x\"; declare it: f(rate, x) = rate*x, or write r*a*t*e\n"
                + "    rate*x\n    ^", error("rate*x").getMessage());
        assertEquals("Unknown name 'xy' at column 8 in \"2x^2 + xy + 5y\"; declare it: f(x, xy, y) = 2x^2 + xy + 5y,"
                + " or write x*y", error("2x^2 + xy + 5y").getMessage().split("\n")[0]);
        assertEquals("Unknown name 'x0x1' at column 1 in \"x0x1\"; declare it: f(x0x1) = x0x1, or write x0*x1",
                error("x0x1").getMessage().split("\n")[0]);
        assertEquals("Unknown name 'rate' at column 5 in \"y = rate*x\"; declare it: y(rate, x) = rate*x, or write r*a*t*e",
                error("y = rate*x").getMessage().split("\n")[0]);
    }

    @Test
    void unknownLongNameInADeclarationSaysWhatIsDeclared() {
        assertEquals("Unknown name 'rate' at column 8 in \"f(x) = rate*x\"; f declares x; declare it too: f(x, rate) = rate*x",
                error("f(x) = rate*x").getMessage().split("\n")[0]);
        assertEquals("Unknown name 'xy' at column 11 in \"f(x, y) = xy\"; f declares x, y; write x*y, or declare it too:"
                + " f(x, y, xy) = xy", error("f(x, y) = xy").getMessage().split("\n")[0]);
    }

    @Test
    void unknownFunctionIsNeverAProductOfLetters() {
        assertEquals("Unknown function 'softmax' at column 1 in \"softmax(x)\"; known functions are ln, log, exp, sqrt, cbrt,"
                + " abs, sin, cos, tan, sec, asin, acos, atan, sinh, cosh, tanh, sigmoid, relu, step, sign, max, min",
                error("softmax(x)").getMessage().split("\n")[0]);
        assertEquals("Unknown function 'softplus'", error("softplus(x)").problem());
    }

    @Test
    void lettersWithDigitsOrUnderscoreAreOneVariable() {
        assertEquals(List.of("w_1", "x0", "x_max"), Parser.parse("x0 + w_1 + x_max").variables());
        assertEquals(2 * 9 + 3 * 4 + 5 * 4, eval("2x^2 + x*y + 5y", 3, 4));
    }

    @Test
    void greekNamesStayWhole() {
        assertEquals(List.of("theta"), Parser.parse("theta^2").variables());
    }

    @Test
    void declaredLongNamesAreVariables() {
        ParsedFunction p = Parser.parse("loss(rate) = rate^2");
        assertEquals(List.of("rate"), p.variables());
        assertEquals(new Pow(new Var("rate"), new Const(2)), p.body());
    }

    @Test
    void declaredMultiLetterNamesKeepWorking() {
        assertEquals(12.0, eval("f(rate, x) = rate*x", 3, 4));
        assertEquals(7.0, eval("f(w1, w2) = w1 + 2w2", 3, 2));
        assertEquals(List.of("w1", "w2"), Parser.parse("f(w1, w2) = w1*w2").variables());
    }

    @Test
    void overlappingDeclaredNamesAnswerAtOnce() {
        // splitting aaaa…ab over {a, aa} used to take seconds (exponential backtracking)
        String word = "a".repeat(60) + "b";
        assertEquals("Unknown name '" + word + "'", error("f(a, aa) = " + word).problem());
    }

    @Test
    void longInputsAnswerWithAnErrorThatSaysWhy() {
        // 4,000 letters used to be split into 4,000 variables (14 s) before "too long"
        assertEquals("Unknown name '" + "x".repeat(4000) + "'", error("x".repeat(4000)).problem());
        assertEquals(1, error("x".repeat(4000)).column());
        assertEquals("Expression too long: more than 250 operations nested in one another",
                error("x*".repeat(4000) + "x").problem());
    }

    @Test
    void doubleStarHintsAtCaret() {
        assertEquals("Unexpected '**' at column 2 in \"x**2\"; use ^ for powers, as in x^2\n    x**2\n     ^",
                error("x**2").getMessage());
    }

    @Test
    void fullwidthDigitsAndLettersReadAsAscii() {
        assertEquals(7.0, eval("２ｘ＋１", 3));
        assertEquals(List.of("x"), Parser.parse("ｘ＾２").variables());
        assertEquals("Unexpected digit '٣' at column 1 in \"٣x\"; write it as 3, with the digits 0-9",
                error("٣x").getMessage().split("\n")[0]);
    }

    @Test
    void cubeRootIsAFunctionOfNegativesToo() {
        assertEquals(-2.0, eval("cbrt(x)", -8), 1e-15);
        assertEquals(Call.of(Func.CBRT, new Var("x")), Parser.parse("cbrt(x)").body());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2 + 3*4 | 14",
            "2^3^2 | 512",            // right associative
            "-2^2 | -4",              // ^ binds tighter than unary minus
            "(-2)^2 | 4",
            "2*-3 | -6",
            "2^-1 | 0.5",
            "1/2x | 1.5",             // (1/2)·x at x = 3
            "2x^2 | 18",
            "3(x + 1) | 12",
            "x(x + 1) | 12",
            "(x + 1)(x - 1) | 8",
            "2·x × 3 | 18",
            "6 ÷ 3 − 1 | 1",
            "x² + x³ | 36",
            "1e-3 * 1000 | 1",
            "2.5E1 | 25",
            ".5 + 0.25 | 0.75",
            "--x | 3",
            "+x | 3",
    })
    void arithmeticFollowsTheUsualPrecedence(String text, double expected) {
        ParsedFunction p = Parser.parse("f(x) = " + text);
        assertEquals(expected, ClosureCompiler.compile(p.body(), p.variables()).eval(new double[] {3}), 1e-15);
    }

    @Test
    void eToAPowerIsTheExponentialFunction() {
        assertEquals(Call.of(Func.EXP, new Mul(new Const(3), new Pow(new Var("x"), new Const(2)))),
                Parser.parse("e^(3x^2)").body());
        assertEquals(Parser.parse("exp(3x^2)").body(), Parser.parse("e^(3x^2)").body());
        assertEquals(Math.exp(2), eval("e^x", 2));
    }

    @Test
    void constantsEAndPi() {
        assertEquals(Math.E, eval("e"));
        assertEquals(Math.PI, eval("pi"));
        assertEquals(Math.PI, eval("π"));
        assertEquals(2 * Math.PI, eval("2pi"));
    }

    @Test
    void logarithms() {
        assertEquals(Call.of(Func.LN, new Var("x")), Parser.parse("log(x)").body()); // natural, as numpy
        assertEquals(Call.of(Func.LN, new Var("x")), Parser.parse("ln(x)").body());
        assertEquals(3.0, eval("log2(x)", 8));
        assertEquals(3.0, eval("log_2(x)", 8));
        assertEquals(2.0, eval("log10(x)", 100));
        assertEquals(2.0, eval("log(3, x)", 9), 1e-15);
        assertEquals(Call.of(Func.LOG, new Const(3), new Var("x")), Parser.parse("log_3(x)").body());
    }

    @Test
    void activationsAndFriends() {
        assertEquals(0.5, eval("sigmoid(x)", 0));
        assertEquals(0.0, eval("relu(x)", -2));
        assertEquals(2.0, eval("relu(x)", 2));
        assertEquals(1.0, eval("step(x)", 2));
        assertEquals(0.0, eval("step(x)", 0));
        assertEquals(4.0, eval("max(x, 4)", 3));
        assertEquals(3.0, eval("min(x, 4)", 3));
        assertEquals(8.0, eval("pow(2, x)", 3));
        assertEquals(3.0, eval("abs(x)", -3));
        assertEquals(Math.tanh(0.5), eval("tanh(x)", 0.5));
    }

    @Test
    void divisionByZeroFollowsIeee() {
        assertEquals(Double.POSITIVE_INFINITY, eval("1/x", 0));
        assertEquals(Double.NEGATIVE_INFINITY, eval("-1/x", 0));
        assertTrue(Double.isNaN(eval("x/x", 0)));
    }

    @Test
    void textIsPrintedBackWithImplicitMultiplication() {
        assertEquals("0.01x^2 + 0.1x", ExprFormat.text(Parser.parse("0.01*x^2 + 0.1*x").body()));
        assertEquals("2x + 3xy + y^3", ExprFormat.text(Parser.parse("2x + 3x*y + y^3").body()));
    }

    @Test
    void theSameVariableTwiceIsJoinedByADotSoItNeitherReadsAsOneNameNorFailsToParseBack() {
        assertEquals("x·x", ExprFormat.text(Parser.parse("x*x").body()));
        assertEquals("3x·x^2y", ExprFormat.text(Parser.parse("3*x*x^2*y").body()));
        assertEquals("x \\cdot x", ExprFormat.latex(Parser.parse("x*x").body()));
        assertEquals(4.0, eval(ExprFormat.text(Parser.parse("x*x").body()), 2));
    }

    @Test
    void negativeNumbersAreNegations() {
        assertEquals(new Neg(new Const(2)), Parser.parse("-2").body());
    }

    // ---------------------------------------------------------------- errors, exactly

    @Test
    void doubledOperatorPointsAtTheSecond() {
        assertEquals("Unexpected '*' right after '+' at column 5 in \"2x +* y\"; an operator needs a value on each side\n"
                + "    2x +* y\n"
                + "        ^", error("2x +* y").getMessage());
    }

    @Test
    void unknownFunctionSuggestsTheClosestName() {
        ExpressionSyntaxException e = error("x + ln2(x)");
        assertEquals("Unknown function 'ln2' at column 5 in \"x + ln2(x)\"; did you mean 'ln'?\n"
                + "    x + ln2(x)\n"
                + "        ^", e.getMessage());
        assertEquals(5, e.column());
        assertEquals("did you mean 'sigmoid'?", error("sigmod(x)").getMessage().split("; ")[1].split("\n")[0]);
    }

    @Test
    void functionNameRunTogetherWithItsArgument() {
        assertEquals("Unknown name 'sinx' at column 1 in \"sinx\"; did you mean 'sin(x)'?\n    sinx\n    ^",
                error("sinx").getMessage());
    }

    @Test
    void unmatchedParenthesesAreCaughtBeforeExp4j() {
        assertEquals("Unmatched ')' at column 4 in \"(1))\"; remove it or add '(' before it\n    (1))\n       ^",
                error("(1))").getMessage());
        assertEquals("Unclosed '(' at column 1 in \"(1 + 2\"; add ')'\n    (1 + 2\n    ^", error("(1 + 2").getMessage());
        assertEquals("Unclosed '(' at column 1 in \"((1 + 2\"; add ')' (2 are open)\n    ((1 + 2\n    ^",
                error("((1 + 2").getMessage());
    }

    @Test
    void wrongArgumentCountSaysHowMany() {
        assertEquals("Function 'max' takes 2 arguments but got 1 at column 1 in \"max(x)\"; write max(a, b)\n"
                + "    max(x)\n    ^", error("max(x)").getMessage());
        assertEquals("Function 'sin' takes 1 argument but got 2", error("sin(x, y)").problem());
        assertEquals("Function 'log' takes 1 or 2 arguments but got 3", error("log(1, 2, 3)").problem());
    }

    @Test
    void missingPieces() {
        assertEquals("Missing value after '^'", error("x^").problem());
        assertEquals(2, error("x^").column());
        assertEquals("Missing argument", error("log()").problem());
        assertEquals("Empty parentheses", error("2*()").problem());
        assertEquals("Missing argument after ','", error("max(x,").problem());
        assertEquals("Missing argument before ')'", error("max(x,)").problem());
        assertEquals("Unexpected '*' at the start", error("*x").problem());
        assertEquals("Missing operator between '2' and '3'", error("2 3").problem());
    }

    @Test
    void emptyText() {
        assertEquals("Empty expression in \"  \"; write a formula such as \"x^2 + 1\"", error("  ").getMessage());
        assertEquals(ExpressionSyntaxException.NO_COLUMN, error("").column());
        assertEquals("Empty expression after '='", error("f(x) = ").problem());
    }

    @Test
    void badCharactersAndNumbers() {
        assertEquals("Unexpected character '@' at column 3 in \"x @ 2\"; math text uses numbers, names, + - * / ^, "
                + "parentheses and commas\n    x @ 2\n      ^", error("x @ 2").getMessage());
        assertEquals("Malformed number '1.2.3'", error("1.2.3").problem());
        assertEquals("Unsupported operator '%'", error("x % 2").problem());
        assertEquals("Unexpected '['", error("[x]").problem());
        assertEquals("Unexpected ','", error("1,5").problem());
        assertEquals("Number '1e999' is too large", error("1e999").problem());
    }

    @Test
    void declarationMistakes() {
        ExpressionSyntaxException e = error("f(x) = x + y");
        assertEquals("Unknown variable 'y' at column 12 in \"f(x) = x + y\"; f declares x; add 'y' to the declaration\n"
                + "    f(x) = x + y\n               ^", e.getMessage());
        assertEquals("Variable 'x' is declared twice", error("f(x, x) = x").problem());
        assertEquals("'e' cannot be a variable", error("f(e) = e").problem());
        assertEquals("No variables declared", error("f() = 1").problem());
        assertEquals("Invalid variable name '2x'", error("f(2x) = 1").problem());
    }

    @Test
    void functionWithoutParentheses() {
        assertEquals("Function 'sin' needs parentheses at column 1 in \"sin x\"; write sin(x)\n    sin x\n    ^",
                error("sin x").getMessage());
    }

    @Test
    void absurdNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
        assertEquals("Parentheses nested more than 100 deep", error(deep).problem());
        String longSum = "x" + " + x".repeat(5000);
        assertEquals("Expression too long: more than 250 operations nested in one another", error(longSum).problem());
        assertEquals(201.0, eval("x" + " + x".repeat(200), 1)); // long but reasonable is fine
    }
}
