package dev.diffkernel.calc;

import dev.diffkernel.calc.parse.MathParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A mathematical function of one or more variables: from math text ({@code fn("f(x) = x^2")}),
 * with a formula that can be differentiated symbolically, or from a Java lambda, differentiated
 * numerically. Immutable and safe to use from several threads.
 *
 * <pre>{@code
 * var f = fn("f(x) = 0.01*x^2 + 0.1*x");
 * f.at(5)          // 0.75
 * f.diff()         // f'(x) = 0.02x + 0.1
 * fn("2x + 3x*y + y^3").partial("x")   // ∂f/∂x = 2 + 3y
 * }</pre>
 */
public final class Fn {
    private final String name;
    private final List<String> variables;
    private final Expr expr;              // null for a lambda
    private final ToDoubleFunction<double[]> evaluator;
    private final String label;           // what toString shows before " = ", e.g. f(x), f'(x), ∂g/∂x
    private final String note;            // how it was made, for numerical derivatives; may be empty
    private final Fn parent;              // what this is the derivative of, or null
    private final String parentVariable;  // the variable differentiated by, or null

    private Fn(String name, List<String> variables, Expr expr, ToDoubleFunction<double[]> evaluator, String label, String note) {
        this(name, variables, expr, evaluator, label, note, null, null);
    }

    private Fn(String name, List<String> variables, Expr expr, ToDoubleFunction<double[]> evaluator, String label, String note,
               Fn parent, String parentVariable) {
        this.name = name;
        this.variables = List.copyOf(variables);
        this.expr = expr;
        this.evaluator = evaluator;
        this.label = label;
        this.note = note;
        this.parent = parent;
        this.parentVariable = parentVariable;
    }

    /** Parses math text; see {@link Calculus#fn(String)}. */
    static Fn parse(String text) {
        MathParser.Parsed parsed = MathParser.parse(text);
        Expr expr = parsed.expr();
        List<String> variables = parsed.declaredVariables() != null
                ? parsed.declaredVariables() : new ArrayList<>(expr.variables());
        if (variables.isEmpty()) {
            variables = List.of("x"); // a constant is a function of x whose derivative is 0
        }
        String name = parsed.name() != null ? parsed.name() : "f";
        return symbolic(name, variables, expr);
    }

    static Fn symbolic(String name, List<String> variables, Expr expr) {
        return new Fn(name, variables, expr, Compiler.compile(expr, variables), name + "(" + String.join(", ", variables) + ")", "");
    }

    static Fn lambda(String name, List<String> variables, ToDoubleFunction<double[]> f) {
        return new Fn(name, variables, null, f, name + "(" + String.join(", ", variables) + ")", "");
    }

    private Fn derived(String derivedName, String derivedLabel, Expr derivative, String variable) {
        return new Fn(derivedName, variables, derivative, Compiler.compile(derivative, variables), derivedLabel, "", this, variable);
    }

    /** Its name, e.g. {@code f}, {@code f'}, {@code ∂g/∂x}. */
    public String name() {
        return name;
    }

    /** Its variables in argument order, e.g. {@code [x, y]}; never null. */
    public List<String> variables() {
        return variables;
    }

    /** How many arguments {@link #at} takes. */
    public int arity() {
        return variables.size();
    }

    /** Whether it has a formula (math text) rather than being a Java lambda. */
    public boolean isSymbolic() {
        return expr != null;
    }

    /** The formula, or empty for a lambda. */
    public java.util.Optional<Expr> expr() {
        return java.util.Optional.ofNullable(expr);
    }

    /**
     * The value at a point. Follows IEEE arithmetic where the function is undefined: {@code ln(0)}
     * is -Infinity, {@code 1/0} Infinity, {@code ln(-1)} NaN, so plots across a pole still work.
     *
     * @param args one value per variable, in the order of {@link #variables()}
     * @throws IllegalArgumentException if the number of arguments is wrong
     */
    public double at(double... args) {
        if (args.length != variables.size()) {
            throw new IllegalArgumentException(name + " expects " + variables.size()
                    + (variables.size() == 1 ? " argument (" : " arguments (") + String.join(", ", variables)
                    + ") but got " + args.length);
        }
        return evaluator.applyAsDouble(args);
    }

    /** The value at a point given as an array (not modified); same as {@link #at(double...)}. */
    double atPoint(double[] point) {
        return at(point);
    }

    /**
     * The derivative f'. Symbolic and simplified for math text; for a lambda, a numerical
     * derivative (central difference, h = 1e-4) that says so when shown.
     *
     * @throws IllegalStateException if the function has more than one variable (use {@link #partial})
     */
    public Fn diff() {
        if (variables.size() != 1) {
            throw new IllegalStateException(name + " has " + variables.size() + " variables (" + String.join(", ", variables)
                    + "); use partial(\"" + (variables.isEmpty() ? "x" : variables.get(0)) + "\") or gradient()");
        }
        String x = variables.get(0);
        String derivedName = primed(name);
        if (expr == null) {
            Fn self = this;
            return new Fn(derivedName, variables, null,
                    point -> NumericalDerivative.central(self, point[0], NumericalDerivative.DEFAULT_H),
                    derivedName + "(" + x + ")",
                    name + " is a Java lambda with no formula, so " + derivedName
                            + " is numerical: central difference, h = 1e-4");
        }
        return derived(derivedName, derivedName + "(" + x + ")", Derivatives.of(expr, x), x);
    }

    /**
     * The n-th derivative.
     *
     * @param n how many times to differentiate, at least 1
     * @throws IllegalArgumentException if n is less than 1
     */
    public Fn diff(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1 but was " + n);
        }
        Fn result = this;
        for (int i = 0; i < n; i++) {
            result = result.diff();
        }
        return result;
    }

    private static String primed(String name) {
        if (name.endsWith("'''") || name.matches(".*\\^\\(\\d+\\)")) {
            return name; // unusual enough to keep as is
        }
        return name + "'";
    }

    /**
     * The partial derivative with respect to one variable, e.g. {@code ∂g/∂x = 2 + 3y}.
     *
     * @param variable one of {@link #variables()}
     * @throws IllegalArgumentException if the function has no such variable
     */
    public Fn partial(String variable) {
        int index = variables.indexOf(variable);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no variable '" + variable + "'; its variables are "
                    + String.join(", ", variables));
        }
        String derivedName = "∂" + name + "/∂" + variable;
        if (expr == null) {
            Fn self = this;
            return new Fn(derivedName, variables, null,
                    point -> NumericalGradient.partial(self, point, index, NumericalDerivative.DEFAULT_H),
                    derivedName, name + " is a Java lambda, so " + derivedName + " is numerical: central difference, h = 1e-4");
        }
        return derived(derivedName, derivedName, Derivatives.of(expr, variable), variable);
    }

    /**
     * The gradient: the vector of partial derivatives, {@code ∇g = (∂g/∂x, ∂g/∂y)}.
     *
     * @return the gradient, evaluated with {@code .at(x, y)}; never null
     */
    public Gradient gradient() {
        return new Gradient(name, variables.stream().map(this::partial).toList());
    }

    /**
     * The Hessian: the matrix of second partial derivatives.
     *
     * @return the Hessian, evaluated with {@code .at(x, y)}; never null
     */
    public Hessian hessian() {
        List<List<Fn>> rows = variables.stream()
                .map(a -> variables.stream().map(b -> partial(a).partial(b)).toList())
                .toList();
        return new Hessian(name, rows);
    }

    /**
     * How the derivative is obtained, rule by rule, with the chain rule's substitutions
     * ({@code t = 3x^2, df/dt = e^t, dt/dx = 6x}). On a derivative ({@code f.diff().steps()}) it
     * explains how that derivative came from f.
     *
     * @throws IllegalStateException for a lambda, or a function of several variables
     */
    public Steps steps() {
        if (parent != null && parent.expr != null) {
            return Steps.of(parent.name, parent.expr, parentVariable); // f.diff().steps(): how f' came about
        }
        if (expr == null) {
            throw new IllegalStateException(name + " is a Java lambda; steps() needs a formula such as fn(\"e^(3x^2)\")");
        }
        if (variables.size() != 1) {
            throw new IllegalStateException(name + " has several variables; use steps(\"x\") for one of them");
        }
        return Steps.of(name, expr, variables.get(0));
    }

    /**
     * Steps of the partial derivative with respect to {@code variable}.
     *
     * @throws IllegalArgumentException if there is no such variable
     */
    public Steps steps(String variable) {
        if (!variables.contains(variable)) {
            throw new IllegalArgumentException(name + " has no variable '" + variable + "'");
        }
        if (expr == null) {
            throw new IllegalStateException(name + " is a Java lambda; steps() needs a formula");
        }
        return Steps.of(name, expr, variable);
    }

    /** The formula as text, e.g. {@code 0.02x + 0.1}; for a lambda, {@code <Java lambda>}. */
    public String formula() {
        return expr == null ? "<Java lambda>" : expr.text();
    }

    /** LaTeX of the whole definition, e.g. {@code f'(x) = 0.02x + 0.1}. */
    public String toLatex() {
        String left = label.startsWith("∂")
                ? "\\frac{\\partial " + latexName(name.substring(1, name.indexOf('/'))) + "}{\\partial " + label.substring(label.lastIndexOf('∂') + 1) + "}"
                : latexName(name) + "(" + String.join(", ", variables) + ")";
        String right = expr == null ? "\\text{(Java lambda)}" : expr.latex();
        return left + " = " + right;
    }

    private static String latexName(String name) {
        return name.replace("∂", "\\partial ");
    }

    /** How it was made when that matters (a numerical derivative), else empty. */
    public String note() {
        return note;
    }

    /** E.g. {@code f(x) = 0.01x^2 + 0.1x} or {@code ∂g/∂x = 2 + 3y}. */
    @Override
    public String toString() {
        String text = label + " = " + formula();
        return note.isEmpty() ? text : text + "  [" + note + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fn that && that.expr != null && expr != null && name.equals(that.name)
                && variables.equals(that.variables) && expr.equals(that.expr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, variables, expr);
    }

    /** The gradient of a function: one partial derivative per variable. Immutable. */
    public record Gradient(String name, List<Fn> components) {
        public Gradient {
            components = List.copyOf(components);
        }

        /**
         * The gradient vector at a point.
         *
         * @param point one value per variable
         * @return a new array, one entry per variable
         */
        public double[] at(double... point) {
            return components.stream().mapToDouble(c -> c.at(point)).toArray();
        }

        @Override
        public String toString() {
            return "∇" + name + " = (" + components.stream().map(Fn::formula).collect(Collectors.joining(", ")) + ")";
        }

        /** LaTeX: a column vector of the partial derivatives. */
        public String toLatex() {
            return "\\nabla " + name + " = \\begin{pmatrix} " + components.stream()
                    .map(c -> c.expr().map(Expr::latex).orElse("\\text{numerical}"))
                    .collect(Collectors.joining(" \\\\ ")) + " \\end{pmatrix}";
        }
    }

    /** The matrix of second partial derivatives. Immutable. */
    public record Hessian(String name, List<List<Fn>> entries) {
        public Hessian {
            entries = entries.stream().map(List::copyOf).toList();
        }

        /** The Hessian matrix at a point, as rows. */
        public double[][] at(double... point) {
            return entries.stream().map(row -> row.stream().mapToDouble(f -> f.at(point)).toArray()).toArray(double[][]::new);
        }

        @Override
        public String toString() {
            return "H" + name + " = " + entries.stream()
                    .map(row -> row.stream().map(Fn::formula).collect(Collectors.joining(", ", "[", "]")))
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        /** LaTeX: a matrix of the second partial derivatives. */
        public String toLatex() {
            return "H_{" + name + "} = \\begin{pmatrix} " + entries.stream()
                    .map(row -> row.stream().map(f -> f.expr().map(Expr::latex).orElse("\\cdot")).collect(Collectors.joining(" & ")))
                    .collect(Collectors.joining(" \\\\ ")) + " \\end{pmatrix}";
        }
    }

    /** Names x0, x1, … for a vector function of {@code n} variables. */
    static List<String> indexedVariables(int n) {
        return IntStream.range(0, n).mapToObj(i -> "x" + i).toList();
    }
}
