package dev.diffkernel.calc;

import dev.diffkernel.calc.expr.Derivatives;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.ExprFormat;
import dev.diffkernel.calc.expr.Exprs;
import dev.diffkernel.calc.graph.ComputationGraph;
import dev.diffkernel.calc.internal.Evaluator;
import dev.diffkernel.calc.internal.FastEvaluator;
import dev.diffkernel.calc.parse.ParsedFunction;
import dev.diffkernel.calc.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
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
 *
 * <p>Names of derivatives follow the notes: {@code f'}, {@code f''}, {@code f'''},
 * {@code f^(4)}; partial derivatives {@code ∂g/∂x}, {@code ∂²g/∂x∂y}, {@code ∂²g/∂x²}.
 */
public final class Fn {
    private final String baseName;
    private final List<String> by;          // variables differentiated by, in order
    private final boolean primes;           // f' rather than ∂f/∂x
    private final List<String> variables;   // empty for a vector lambda of any length
    private final Expr expr;                // null for lambdas and their numerical derivatives
    private final String note;              // how it was made, for numerical derivatives; may be empty
    private final Fn parent;                // what this is the derivative of, or null
    private final String parentVariable;    // the variable differentiated by, or null
    private final FastEvaluator evaluator;
    private volatile Fn[] partials;         // cache, one per variable (benign race: equal values)

    private Fn(String baseName, List<String> by, boolean primes, List<String> variables, Expr expr, String note,
            Fn parent, String parentVariable, Evaluator lambda) {
        this.baseName = baseName;
        this.by = List.copyOf(by);
        this.primes = primes;
        this.variables = List.copyOf(variables);
        this.expr = expr;
        this.note = note;
        this.parent = parent;
        this.parentVariable = parentVariable;
        this.evaluator = expr != null ? new FastEvaluator(expr, this.variables) : new FastEvaluator(lambda);
    }

    // ---------------------------------------------------------------- creation

    /** Parses math text; see {@link Calculus#fn(String)}. */
    static Fn parse(String text) {
        ParsedFunction parsed = Parser.parse(text);
        List<String> variables = parsed.variables();
        if (variables.isEmpty()) {
            variables = List.of("x"); // a constant is a function of x whose derivative is 0
        }
        return symbolic(parsed.optionalName().orElse("f"), variables, parsed.body());
    }

    /**
     * A function with a formula.
     *
     * @param name its name, such as {@code f}; not null or blank
     * @param variables its variables in argument order; must include every variable of expr
     * @param expr the formula, not null
     * @return the function, never null
     * @throws IllegalArgumentException if expr uses a variable that is not listed
     */
    public static Fn symbolic(String name, List<String> variables, Expr expr) {
        checkName(name);
        Objects.requireNonNull(expr, "expr");
        for (String v : Exprs.variables(expr)) {
            if (!variables.contains(v)) {
                throw new IllegalArgumentException("variable '" + v + "' of " + ExprFormat.text(expr)
                        + " is not among the variables " + variables);
            }
        }
        return new Fn(name, List.of(), false, variables, expr, "", null, null, null);
    }

    /** A lambda of the given variables; {@code variables} empty means a vector of any length. */
    static Fn lambda(String name, List<String> variables, ToDoubleFunction<double[]> f) {
        checkName(name);
        Objects.requireNonNull(f, "f");
        return new Fn(name, List.of(), false, variables, null, "", null, null, f::applyAsDouble);
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return name;
    }

    /** Names x0, x1, … for a vector function of {@code n} variables. */
    static List<String> indexedVariables(int n) {
        return IntStream.range(0, n).mapToObj(i -> "x" + i).toList();
    }

    /** A vector lambda of any length fixed to {@code n} coordinates x0 … x(n-1); other functions as they are. */
    Fn withDimensions(int n) {
        if (!variables.isEmpty()) {
            return this;
        }
        return new Fn(baseName, by, primes, indexedVariables(n), null, note, parent, parentVariable, evaluator.evaluator());
    }

    /**
     * The same function under another name; derivatives keep their marks ({@code g'}).
     *
     * @param newName e.g. {@code g}; not null or blank
     * @return the renamed function, never null
     */
    public Fn named(String newName) {
        checkName(newName);
        return new Fn(newName, by, primes, variables, expr, note, parent, parentVariable, evaluator.evaluator());
    }

    // ---------------------------------------------------------------- queries

    /** Its name, e.g. {@code f}, {@code f'}, {@code ∂g/∂x}, {@code ∂²g/∂x∂y}. */
    public String name() {
        if (by.isEmpty()) {
            return baseName;
        }
        if (primes) {
            return by.size() <= 3 ? baseName + "'".repeat(by.size()) : baseName + "^(" + by.size() + ")";
        }
        StringBuilder den = new StringBuilder();
        forEachRun((v, n) -> den.append('∂').append(v).append(superscript(n)));
        return "∂" + superscript(by.size()) + baseName + "/" + den;
    }

    /** Calls {@code action(variable, count)} for each run of equal variables in {@code by}. */
    private void forEachRun(java.util.function.BiConsumer<String, Integer> action) {
        int i = 0;
        while (i < by.size()) {
            int j = i;
            while (j < by.size() && by.get(j).equals(by.get(i))) {
                j++;
            }
            action.accept(by.get(i), j - i);
            i = j;
        }
    }

    private static String superscript(int n) {
        if (n == 1) {
            return "";
        }
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** Its variables in argument order, e.g. {@code [x, y]}; empty for a vector lambda of any length. */
    public List<String> variables() {
        return variables;
    }

    /** How many arguments {@link #at} takes; -1 for a vector lambda that takes any number. */
    public int arity() {
        return variables.isEmpty() ? -1 : variables.size();
    }

    /** Whether it has a formula (math text) rather than being a Java lambda. */
    public boolean isSymbolic() {
        return expr != null;
    }

    /** The formula, or empty for a lambda. */
    public Optional<Expr> expr() {
        return Optional.ofNullable(expr);
    }

    /**
     * The value at a point. Follows IEEE arithmetic where the function is undefined: {@code ln(0)}
     * is -Infinity, {@code 1/0} Infinity, {@code ln(-1)} NaN, so plots across a pole still work.
     *
     * @param args one value per variable, in the order of {@link #variables()}; not modified
     * @throws IllegalArgumentException if the number of arguments is wrong
     */
    public double at(double... args) {
        if (args.length != variables.size() && (!variables.isEmpty() || args.length == 0)) {
            if (variables.isEmpty()) {
                throw new IllegalArgumentException(name() + " expects a vector of at least 1 value but got none");
            }
            throw new IllegalArgumentException(name() + " expects " + variables.size()
                    + (variables.size() == 1 ? " argument (" : " arguments (") + String.join(", ", variables)
                    + ") but got " + args.length);
        }
        return evaluator.eval(args);
    }

    /**
     * This function as a Java function of one variable, for plotting and solvers.
     *
     * @throws IllegalStateException if it has several variables
     */
    public DoubleUnaryOperator asUnary() {
        if (variables.size() > 1) {
            throw new IllegalStateException(name() + " has " + variables.size() + " variables ("
                    + String.join(", ", variables) + "); asUnary() needs one");
        }
        FastEvaluator ev = evaluator;
        return x -> ev.eval(new double[] {x});
    }

    /** This function as a Java function of a vector (checked like {@link #at}). */
    public ToDoubleFunction<double[]> asVector() {
        return this::at;
    }

    // ---------------------------------------------------------------- derivatives

    /**
     * The derivative f'. Symbolic and simplified for math text; for a lambda, the lectures'
     * numerical derivative (central difference, h = 1e-4) that says so when shown.
     *
     * @throws IllegalStateException if the function has more than one variable (use {@link #partial})
     */
    public Fn diff() {
        if (variables.size() != 1) {
            if (variables.isEmpty()) {
                throw new IllegalStateException(name() + " takes a vector; use gradient(" + name()
                        + ", point...) for its numerical gradient");
            }
            throw new IllegalStateException(name() + " has " + variables.size() + " variables ("
                    + String.join(", ", variables) + "); use partial(\"" + variables.get(0) + "\") or gradient()");
        }
        return derivative(variables.get(0), true);
    }

    /**
     * The n-th derivative; {@code diff(0)} is the function itself.
     *
     * @param n how many times to differentiate, at least 0
     * @throws IllegalArgumentException if n is negative
     */
    public Fn diff(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0 but was " + n);
        }
        Fn result = this;
        for (int i = 0; i < n; i++) {
            result = result.diff();
        }
        return result;
    }

    /**
     * The partial derivative with respect to one variable, others held constant, e.g.
     * {@code ∂g/∂x = 2 + 3y}.
     *
     * @param variable one of {@link #variables()}
     * @throws IllegalArgumentException if the function has no such variable
     */
    public Fn partial(String variable) {
        Objects.requireNonNull(variable, "variable");
        int index = variables.indexOf(variable);
        if (index < 0) {
            throw new IllegalArgumentException(name() + " has no variable '" + variable + "'; its variables are "
                    + (variables.isEmpty() ? "x0, x1, … (a vector; use gradient(" + name() + ", point...))"
                    : String.join(", ", variables)));
        }
        Fn[] cache = partials;
        if (cache == null) {
            cache = new Fn[variables.size()];
            partials = cache;
        }
        Fn d = cache[index];
        if (d == null) {
            d = derivative(variable, false);
            cache[index] = d;
        }
        return d;
    }

    private Fn derivative(String variable, boolean ordinary) {
        List<String> newBy = new ArrayList<>(by);
        newBy.add(variable);
        boolean newPrimes = ordinary && (by.isEmpty() || primes);
        if (expr != null) {
            Expr d = Derivatives.of(expr, variable);
            if (!by.isEmpty() && variables.size() == 1) {
                // second and later derivatives: one reduced fraction per step, or they swell exponentially
                d = dev.diffkernel.calc.expr.Rational.tidy(d, variable);
            }
            return new Fn(baseName, newBy, newPrimes, variables, d, "", this, variable, null);
        }
        int index = variables.indexOf(variable);
        FastEvaluator ev = evaluator;
        Evaluator numerical = v -> Numerical.partial(ev::eval, v, index, Numerical.H);
        String what = by.isEmpty() ? " is a Java lambda with no formula" : " has no formula";
        Fn named = new Fn(baseName, newBy, newPrimes, variables, null, "", this, variable, numerical);
        return new Fn(baseName, newBy, newPrimes, variables, null,
                name() + what + ", so " + named.name() + " is numerical: central difference, h = 1e-4", this, variable,
                numerical);
    }

    /**
     * The gradient: the vector of partial derivatives, {@code ∇g = (∂g/∂x, ∂g/∂y)}.
     *
     * @return the gradient, evaluated with {@code .at(x, y)}; never null
     * @throws IllegalStateException for a vector lambda of any length (use {@code gradient(f, point...)})
     */
    public Gradient gradient() {
        requireKnownArity("gradient()");
        return new Gradient(name(), variables.stream().map(this::partial).toList());
    }

    /**
     * The Hessian: the matrix of second partial derivatives ∂²f/∂x_i∂x_j.
     *
     * @return the Hessian, evaluated with {@code .at(x, y)}; never null
     * @throws IllegalStateException for a vector lambda of any length
     */
    public Hessian hessian() {
        requireKnownArity("hessian()");
        List<List<Fn>> rows = variables.stream()
                .map(a -> variables.stream().map(b -> partial(a).partial(b)).toList())
                .toList();
        return new Hessian(name(), rows);
    }

    private void requireKnownArity(String what) {
        if (variables.isEmpty()) {
            throw new IllegalStateException(name() + " takes a vector of any length, so " + what
                    + " has no fixed size; use gradient(" + name() + ", point...) for a numerical gradient at a point");
        }
    }

    /**
     * The derivation: how the derivative is obtained, rule by rule, with the chain rule's substitutions
     * ({@code t = 3x^2, f = e^t, df/dt = e^t, dt/dx = 6x}). (The DSL's other "steps" are a descent's step
     * limit, {@code gradientDescent(...).steps(n)}, and the backward pass of a graph, {@code g.steps()}.) On a derivative
     * ({@code f.diff().steps()}) it explains how that derivative came from f; on a function of one
     * variable, how its derivative comes about.
     *
     * @throws IllegalStateException for a lambda, or a function of several variables that is not a
     *     derivative (use {@link #steps(String)})
     */
    public Steps steps() {
        if (parent != null && parent.expr != null) {
            return Steps.of(parent.name(), parent.variables, parent.expr, parentVariable, !primes);
        }
        if (expr == null) {
            throw new IllegalStateException(name() + " is a Java lambda; steps() needs a formula such as fn(\"e^(3x^2)\")");
        }
        if (variables.size() != 1) {
            throw new IllegalStateException(name() + " has several variables; use steps(\"" + variables.get(0)
                    + "\") for one of them");
        }
        return Steps.of(name(), variables, expr, variables.get(0), false);
    }

    /**
     * Steps of the partial derivative with respect to {@code variable}.
     *
     * @throws IllegalArgumentException if there is no such variable
     * @throws IllegalStateException for a lambda
     */
    public Steps steps(String variable) {
        if (!variables.contains(variable)) {
            throw new IllegalArgumentException(name() + " has no variable '" + variable + "'");
        }
        if (expr == null) {
            throw new IllegalStateException(name() + " is a Java lambda; steps() needs a formula");
        }
        return Steps.of(name(), variables, expr, variable, variables.size() > 1);
    }

    /**
     * The computational graph of the formula: its variables on the left, one node per operation
     * ({@code t1 = x*y}, {@code t2 = sin(x)}, …), f on the right. Evaluate it with {@code .at(1, 2)} for
     * every node's value (forward pass) and ∂f/∂node (backward pass, by the chain rule), drawn.
     *
     * @return the graph, never null
     * @throws IllegalStateException for a Java lambda, which has no formula to take apart
     */
    public ComputationGraph graph() {
        if (expr == null) {
            throw new IllegalStateException(name() + " is a Java lambda; graph() needs a formula such as "
                    + "fn(\"f(x, y) = (x*y + sin(x))^2\")");
        }
        return ComputationGraph.of(name(), variables, expr);
    }

    // ---------------------------------------------------------------- display

    /** The formula as text, e.g. {@code 0.02x + 0.1}; for a lambda {@code <Java lambda>}. */
    public String formula() {
        if (expr != null) {
            return ExprFormat.text(expr);
        }
        return parent == null ? "<Java lambda>" : "<numerical>";
    }

    /** How it was made when that matters (a numerical derivative), else empty. */
    public String note() {
        return note;
    }

    private boolean isPartialName() {
        return !by.isEmpty() && !primes;
    }

    private String label() {
        if (isPartialName()) {
            return name();
        }
        return name() + "(" + (variables.isEmpty() ? "x0, x1, …" : String.join(", ", variables)) + ")";
    }

    private String latexName() {
        if (by.isEmpty()) {
            return ExprFormat.latexName(baseName);
        }
        if (primes) {
            return ExprFormat.latexName(baseName) + (by.size() <= 3 ? "'".repeat(by.size()) : "^{(" + by.size() + ")}");
        }
        StringBuilder den = new StringBuilder();
        forEachRun((v, n) -> den.append(den.length() > 0 ? " " : "").append("\\partial ").append(ExprFormat.latexName(v))
                .append(n > 1 ? "^{" + n + "}" : ""));
        String order = by.size() > 1 ? "^{" + by.size() + "}" : "";
        return "\\frac{\\partial" + order + " " + ExprFormat.latexName(baseName) + "}{" + den + "}";
    }

    /** LaTeX of the right-hand side, e.g. {@code 6x \cdot e^{3x^{2}}}. */
    String latexFormula() {
        return expr == null ? "\\text{(" + (parent == null ? "Java lambda" : "numerical") + ")}" : ExprFormat.latex(expr);
    }

    /**
     * The whole definition as a {@code <math>} element, e.g. for {@code f'(x) = 0.02x + 0.1}: the
     * form browsers show without JavaScript (LaTeX needs MathJax).
     *
     * @return MathML, never null
     */
    public String toMathml() {
        String left = "<mi>" + label().replace("&", "&amp;").replace("<", "&lt;") + "</mi>";
        String right = expr == null ? "<mtext>(" + (parent == null ? "Java lambda" : "numerical") + ")</mtext>"
                : dev.diffkernel.calc.expr.ExprFormat.mathml(expr);
        return "<math display=\"inline\"><mrow>" + left + "<mo>=</mo>" + right + "</mrow></math>";
    }

    /** LaTeX of the whole definition, e.g. {@code f'(x) = 0.02x + 0.1}, without dollar signs. */
    public String toLatex() {
        String left = isPartialName() ? latexName()
                : latexName() + "(" + (variables.isEmpty() ? "x_{0}, x_{1}, \\ldots"
                        : variables.stream().map(ExprFormat::latexName).collect(Collectors.joining(", "))) + ")";
        return left + " = " + latexFormula();
    }

    /** E.g. {@code f(x) = 0.01x^2 + 0.1x}, {@code f'(x) = 0.02x + 0.1} or {@code ∂g/∂x = 2 + 3y}. */
    @Override
    public String toString() {
        String text = label() + " = " + formula();
        return note.isEmpty() ? text : text + "  [" + note + "]";
    }

    /** Functions with formulas are equal when their names, variables and formulas are; lambdas only to themselves. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Fn that && that.expr != null && expr != null && name().equals(that.name())
                && variables.equals(that.variables) && expr.equals(that.expr);
    }

    @Override
    public int hashCode() {
        return expr == null ? System.identityHashCode(this) : Objects.hash(name(), variables, expr);
    }

    /**
     * The gradient of a function: one partial derivative per variable. Immutable.
     *
     * @param name the function's name, e.g. {@code g}
     * @param components the partial derivatives in variable order
     */
    public record Gradient(String name, List<Fn> components) {
        public Gradient {
            Objects.requireNonNull(name, "name");
            components = List.copyOf(components);
        }

        /**
         * The gradient vector at a point.
         *
         * @param point one value per variable
         * @return a new array, one entry per variable
         */
        public double[] at(double... point) {
            double[] out = new double[components.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = components.get(i).at(point);
            }
            return out;
        }

        /** The i-th partial derivative. */
        public Fn get(int i) {
            return components.get(i);
        }

        /** How many components. */
        public int size() {
            return components.size();
        }

        /** E.g. {@code ∇g = (2 + 3y, 3x + 3y^2)}. */
        @Override
        public String toString() {
            return "∇" + name + " = (" + components.stream().map(Fn::formula).collect(Collectors.joining(", ")) + ")";
        }

        /** LaTeX: a column vector of the partial derivatives. */
        public String toLatex() {
            return "\\nabla " + ExprFormat.latexName(name) + " = \\begin{pmatrix} "
                    + components.stream().map(Fn::latexFormula).collect(Collectors.joining(" \\\\ ")) + " \\end{pmatrix}";
        }
    }

    /**
     * The matrix of second partial derivatives. Immutable.
     *
     * @param name the function's name
     * @param entries the rows, entry (i, j) being ∂²f/∂x_i∂x_j
     */
    public record Hessian(String name, List<List<Fn>> entries) {
        public Hessian {
            Objects.requireNonNull(name, "name");
            entries = entries.stream().map(List::copyOf).toList();
        }

        /**
         * The Hessian matrix at a point, e.g. {@code fn("x^2 + x*y + 2y^2").hessian().at(0, 0)} is
         * [[2, 1], [1, 4]]; it renders as a matrix, and {@code .toArray()} gives the rows.
         *
         * @param point one coordinate per variable
         * @return a new matrix, never null
         */
        public dev.diffkernel.linalg.Matrix at(double... point) {
            double[][] out = new double[entries.size()][];
            for (int i = 0; i < out.length; i++) {
                List<Fn> row = entries.get(i);
                out[i] = new double[row.size()];
                for (int j = 0; j < row.size(); j++) {
                    out[i][j] = row.get(j).at(point);
                }
            }
            return dev.diffkernel.linalg.Matrix.of(out);
        }

        /** Entry (i, j). */
        public Fn get(int i, int j) {
            return entries.get(i).get(j);
        }

        /** E.g. {@code Hg = [[0, 3], [3, 6y]]}. */
        @Override
        public String toString() {
            return "H" + name + " = " + entries.stream()
                    .map(row -> row.stream().map(Fn::formula).collect(Collectors.joining(", ", "[", "]")))
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        /** LaTeX: a matrix of the second partial derivatives. */
        public String toLatex() {
            return "H_{" + ExprFormat.latexName(name) + "} = \\begin{pmatrix} " + entries.stream()
                    .map(row -> row.stream().map(Fn::latexFormula).collect(Collectors.joining(" & ")))
                    .collect(Collectors.joining(" \\\\ ")) + " \\end{pmatrix}";
        }
    }
}
