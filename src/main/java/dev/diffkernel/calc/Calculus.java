package dev.diffkernel.calc;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * The calculus of the lectures in a few calls: functions from math text or Java lambdas, their
 * symbolic and numerical derivatives, partial derivatives and gradients. Imported into every
 * notebook.
 */
public final class Calculus {
    private Calculus() {}

    /**
     * A function from math text. Variables are declared ({@code "f(x, y) = x^2 + y"}) or inferred
     * in alphabetical order ({@code "2x + 3x*y + y^3"} is a function of x, y). Understands implicit
     * multiplication ({@code 2x}), {@code ^}, {@code e} and {@code pi}, and the functions
     * {@code sin cos tan asin acos atan sinh cosh tanh exp ln log log10 log2 log_a sqrt cbrt abs
     * sigmoid relu step sign max min}. {@code log} is the natural logarithm, as in numpy.
     *
     * @param mathText e.g. {@code "f(x) = 0.01*x^2 + 0.1*x"} or {@code "e^(3x^2)"}; not null
     * @return the function, never null
     * @throws ExpressionSyntaxException naming the problem, its column and a fix
     */
    public static Fn fn(String mathText) {
        return Fn.parse(mathText);
    }

    /**
     * A function from math text under a name of your choice, e.g. {@code fn("σ", "sigmoid(x)")}
     * shows as {@code σ(x) = sigmoid(x)}.
     *
     * @param name the name to show (any text, e.g. a Greek letter)
     * @param mathText the formula, without a declaration
     * @return the function, never null
     * @throws ExpressionSyntaxException if the formula cannot be read
     */
    public static Fn fn(String name, String mathText) {
        Fn parsed = Fn.parse(mathText);
        return Fn.symbolic(checkName(name), parsed.variables(), parsed.expr().orElseThrow());
    }

    /**
     * A function of one variable x from a Java lambda, named f: {@code fn(x -> Math.abs(x))} shows as
     * {@code f(x) = (Java lambda)}. It has no formula, so its derivatives are numerical (and say so).
     *
     * @param f the function, not null
     * @return the function, never null
     */
    public static Fn fn(ScalarFunction f) {
        return fn("f", f);
    }

    /**
     * A function of two variables x, y from a Java lambda, named f: {@code fn((x, y) -> x * y)}.
     *
     * @param f the function, not null
     * @return the function, never null
     */
    public static Fn fn(DoubleBinaryOperator f) {
        return fn("f", f);
    }

    /**
     * A function of one variable x from a Java lambda, e.g. {@code fn("h", x -> x * x)}. It has no
     * formula, so its derivatives are numerical (and say so). (This overload exists so that a lambda
     * with one untyped parameter is read as a function of a number, not of a vector.)
     *
     * @param name the name to show, e.g. {@code h}; not null or blank
     * @param f the function, not null
     * @return the function, never null
     */
    public static Fn fn(String name, ScalarFunction f) {
        return fn(name, (DoubleUnaryOperator) f);
    }

    /**
     * A function of one variable x from a Java operator, e.g. {@code fn("s", Math::sin)}. It has no
     * formula, so its derivatives are numerical (and say so).
     *
     * @param name the name to show, e.g. {@code h}; not null or blank
     * @param f the function, not null
     * @return the function, never null
     */
    public static Fn fn(String name, DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "f");
        return Fn.lambda(checkName(name), List.of("x"), v -> f.applyAsDouble(v[0]));
    }

    /**
     * A function of two variables x, y from a Java lambda, e.g. {@code fn("g", (x, y) -> x * y)}.
     *
     * @param name the name to show
     * @param f the function
     * @return the function, never null
     */
    public static Fn fn(String name, DoubleBinaryOperator f) {
        Objects.requireNonNull(f, "f");
        return Fn.lambda(checkName(name), List.of("x", "y"), v -> f.applyAsDouble(v[0], v[1]));
    }

    /**
     * A function of a vector from a Java lambda, e.g. the lectures' {@code function_2}:
     * {@code fn("L", 2, w -> w[0]*w[0] + w[1]*w[1])}. Its variables are x0, x1, …
     * (The dimension is an argument because a one-argument lambda alone could not tell a number
     * from a vector.)
     *
     * @param name the name to show
     * @param dimensions how many coordinates the vector has, at least 1
     * @param f the function; it gets a copy of the point and may not keep it
     * @return the function, never null
     * @throws IllegalArgumentException if dimensions is less than 1
     */
    public static Fn fn(String name, int dimensions, ToDoubleFunction<double[]> f) {
        Objects.requireNonNull(f, "f");
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1 but was " + dimensions);
        }
        return Fn.lambda(checkName(name), Fn.indexedVariables(dimensions), v -> f.applyAsDouble(v.clone()));
    }

    /**
     * A function of a vector of any length from a Java lambda with a typed parameter, e.g.
     * {@code fn("L", (double[] w) -> w[0]*w[0] + w[1]*w[1])}. Each call decides the length; its
     * {@link Fn#arity()} is -1 and its variables are called x0, x1, … where shown. The lambda gets a
     * copy of the point.
     *
     * @param name the name to show; not null or blank
     * @param f the function, not null
     * @return the function, never null
     */
    public static Fn fn(String name, ToDoubleFunction<double[]> f) {
        Objects.requireNonNull(f, "f");
        return Fn.lambda(checkName(name), List.of(), v -> f.applyAsDouble(v.clone()));
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return name;
    }

    /**
     * The numerical derivative f'(x) by central difference with h = 1e-4, as in the lectures;
     * chain {@code .forward()}, {@code .backward()}, {@code .h(1e-5)}, {@code .richardson()}.
     *
     * @param f a function of one variable
     * @param x where to differentiate
     * @return the estimate, shown beside the exact value where f has a formula
     * @throws IllegalArgumentException if f has several variables
     * @throws ArithmeticException if f is not defined near x
     */
    public static NumericalDerivative derivative(Fn f, double x) {
        return new NumericalDerivative(f, x, NumericalDerivative.Scheme.CENTRAL, NumericalDerivative.DEFAULT_H);
    }

    /**
     * The numerical derivative of a Java lambda, e.g. {@code derivative(x -> x * x, 3)}.
     *
     * @see #derivative(Fn, double)
     */
    public static NumericalDerivative derivative(DoubleUnaryOperator f, double x) {
        return derivative(fn("f", f), x);
    }

    /**
     * The numerical gradient at a point, the lectures' {@code numerical_gradient}: a central
     * difference per variable with h = 1e-4. The point is not changed.
     *
     * @param f the function
     * @param point one coordinate per variable
     * @return the gradient, e.g. {@code [6.00000000000378, 7.999999999999119]} for x0^2 + x1^2 at (3, 4)
     */
    public static NumericalGradient gradient(Fn f, double... point) {
        return new NumericalGradient(f, point, NumericalDerivative.DEFAULT_H);
    }

    /**
     * The numerical gradient of a Java function of a vector, e.g.
     * {@code gradient(x -> x[0]*x[0] + x[1]*x[1], 3.0, 4.0)}.
     *
     * @param f the function; it gets copies of the point
     * @param point the point, not changed
     * @return the gradient
     */
    public static NumericalGradient gradient(ToDoubleFunction<double[]> f, double... point) {
        return gradient(fn("f", point.length, f), point);
    }

    /**
     * The errors of forward, backward and central differences for h = 1e-1 … 1e-15: O(h) against
     * O(h^2), and rounding error for tiny h.
     *
     * @param f a function of one variable
     * @param x where to differentiate
     * @return the table of errors
     */
    public static DiffErrors diffErrors(Fn f, double x) {
        return DiffErrors.of(f, x);
    }
}
