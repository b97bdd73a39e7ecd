package dev.diffkernel.calc;

import java.util.Arrays;
import java.util.Optional;

/**
 * The functions math text may call, with how to evaluate, differentiate and print each. Names
 * follow the lectures: {@code ln} is the natural logarithm ({@code log} too, as in numpy),
 * {@code log10}, {@code log2}, and {@code log_a(x)} for other bases.
 */
public enum MathFunction {
    SIN("sin", 1, "\\sin"),
    COS("cos", 1, "\\cos"),
    TAN("tan", 1, "\\tan"),
    ASIN("asin", 1, "\\arcsin"),
    ACOS("acos", 1, "\\arccos"),
    ATAN("atan", 1, "\\arctan"),
    SINH("sinh", 1, "\\sinh"),
    COSH("cosh", 1, "\\cosh"),
    TANH("tanh", 1, "\\tanh"),
    EXP("exp", 1, "\\exp"),
    LN("ln", 1, "\\ln"),
    LOG("log", 1, "\\log"),
    LOG10("log10", 1, "\\log_{10}"),
    LOG2("log2", 1, "\\log_{2}"),
    /** {@code logb(a, x)}: the logarithm of x to base a, written {@code log_a(x)} in math text. */
    LOGB("logb", 2, "\\log"),
    SQRT("sqrt", 1, "\\sqrt"),
    CBRT("cbrt", 1, "\\sqrt[3]"),
    ABS("abs", 1, "\\left|"),
    SIGMOID("sigmoid", 1, "\\sigma"),
    RELU("relu", 1, "\\operatorname{ReLU}"),
    /** The unit step: 1 for x > 0, else 0 (the lectures' step function and ReLU's derivative). */
    STEP("step", 1, "u"),
    SIGN("sign", 1, "\\operatorname{sgn}"),
    MAX("max", 2, "\\max"),
    MIN("min", 2, "\\min");

    private final String displayName;
    private final int arity;
    private final String latexName;

    MathFunction(String displayName, int arity, String latexName) {
        this.displayName = displayName;
        this.arity = arity;
        this.latexName = latexName;
    }

    /** The name in math text, e.g. {@code ln}. */
    public String displayName() {
        return displayName;
    }

    /** How many arguments it takes. */
    public int arity() {
        return arity;
    }

    String latexName() {
        return latexName;
    }

    /** The function named {@code name} in math text, if any. */
    public static Optional<MathFunction> named(String name) {
        return Arrays.stream(values()).filter(f -> f.displayName.equals(name)).findFirst();
    }

    /** Evaluates with IEEE semantics: ln 0 = -∞, ln(-1) = NaN, never an exception. */
    public double apply(double a, double b) {
        return switch (this) {
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case TANH -> Math.tanh(a);
            case EXP -> Math.exp(a);
            case LN, LOG -> Math.log(a);
            case LOG10 -> Math.log10(a);
            case LOG2 -> Math.log(a) / Math.log(2);
            case LOGB -> Math.log(b) / Math.log(a);
            case SQRT -> Math.sqrt(a);
            case CBRT -> Math.cbrt(a);
            case ABS -> Math.abs(a);
            case SIGMOID -> 1 / (1 + Math.exp(-a));
            case RELU -> a > 0 ? a : 0;
            case STEP -> a > 0 ? 1 : 0;
            case SIGN -> Math.signum(a);
            case MAX -> Math.max(a, b);
            case MIN -> Math.min(a, b);
        };
    }
}
