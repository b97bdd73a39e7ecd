package dev.diffkernel.calc.expr;

/**
 * The built-in functions of math text, with their arity and LaTeX form. Derivative rules live in
 * {@link Derivatives}; evaluation in {@link #apply(double, double)}.
 *
 * <p>{@code log} with one argument is the natural logarithm, as in exp4j and numpy, and is stored as
 * {@link #LN}; {@code log(a, x)}, {@code log2(x)} and {@code log10(x)} are {@link #LOG} with base
 * {@code a}, 2 and 10.
 */
public enum Func {
    /** Natural logarithm. */
    LN("ln", 1, "\\ln"),
    /** Logarithm {@code log(base, x)}. */
    LOG("log", 2, "\\log"),
    /** Exponential {@code e^x}. */
    EXP("exp", 1, "\\exp"),
    /** Square root. */
    SQRT("sqrt", 1, "\\sqrt"),
    /** Cube root, defined for negative numbers too ({@code cbrt(-8) = -2}). */
    CBRT("cbrt", 1, "\\sqrt[3]"),
    /** Absolute value. */
    ABS("abs", 1, "\\operatorname{abs}"),
    SIN("sin", 1, "\\sin"),
    COS("cos", 1, "\\cos"),
    TAN("tan", 1, "\\tan"),
    /** Secant {@code 1/cos(x)}, the derivative of tan being {@code sec(x)^2}. */
    SEC("sec", 1, "\\sec"),
    ASIN("asin", 1, "\\arcsin"),
    ACOS("acos", 1, "\\arccos"),
    ATAN("atan", 1, "\\arctan"),
    SINH("sinh", 1, "\\sinh"),
    COSH("cosh", 1, "\\cosh"),
    TANH("tanh", 1, "\\tanh"),
    /** Logistic sigmoid {@code 1/(1 + e^-x)}. */
    SIGMOID("sigmoid", 1, "\\sigma"),
    /** Rectified linear unit {@code max(0, x)}. */
    RELU("relu", 1, "\\operatorname{ReLU}"),
    /** Heaviside step: 1 for x &gt; 0, else 0 (the derivative of relu, and the lectures' step function). */
    STEP("step", 1, "\\operatorname{step}"),
    /** Sign: -1, 0 or 1. */
    SIGN("sign", 1, "\\operatorname{sgn}"),
    MAX("max", 2, "\\max"),
    MIN("min", 2, "\\min");

    private final String symbol;
    private final int arity;
    private final String latex;

    Func(String symbol, int arity, String latex) {
        this.symbol = symbol;
        this.arity = arity;
        this.latex = latex;
    }

    /** Returns the name used in math text, such as {@code ln}. */
    public String symbol() {
        return symbol;
    }

    /** Returns the number of arguments, 1 or 2. */
    public int arity() {
        return arity;
    }

    /** Returns the LaTeX command, such as {@code \ln}. */
    public String latex() {
        return latex;
    }

    /**
     * Evaluates the function; {@code b} is ignored for one-argument functions. For {@link #LOG},
     * {@code a} is the base.
     */
    public double apply(double a, double b) {
        switch (this) {
            case LN: return Math.log(a);
            case LOG: return MathFunctions.log(a, b);
            case EXP: return Math.exp(a);
            case SQRT: return Math.sqrt(a);
            case CBRT: return Math.cbrt(a);
            case ABS: return Math.abs(a);
            case SIN: return Math.sin(a);
            case COS: return Math.cos(a);
            case TAN: return Math.tan(a);
            case SEC: return MathFunctions.sec(a);
            case ASIN: return Math.asin(a);
            case ACOS: return Math.acos(a);
            case ATAN: return Math.atan(a);
            case SINH: return Math.sinh(a);
            case COSH: return Math.cosh(a);
            case TANH: return Math.tanh(a);
            case SIGMOID: return MathFunctions.sigmoid(a);
            case RELU: return MathFunctions.relu(a);
            case STEP: return MathFunctions.step(a);
            case SIGN: return Math.signum(a);
            case MAX: return Math.max(a, b);
            case MIN: return Math.min(a, b);
            default: throw new AssertionError(this);
        }
    }

    /** Returns the JVM owner class of the static method computing this function (for code generation). */
    public Class<?> implOwner() {
        switch (this) {
            case LOG: case SEC: case SIGMOID: case RELU: case STEP: return MathFunctions.class;
            default: return Math.class;
        }
    }

    /** Returns the name of the static method computing this function (for code generation). */
    public String implName() {
        switch (this) {
            case LN: return "log";
            case LOG: return "log";
            case SIGN: return "signum";
            default: return symbol;
        }
    }
}
