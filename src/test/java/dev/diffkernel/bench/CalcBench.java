package dev.diffkernel.bench;

import static dev.diffkernel.calc.Calculus.fn;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.Numerical;
import dev.diffkernel.calc.internal.ClosureCompiler;
import dev.diffkernel.calc.internal.Evaluator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast a parsed {@code Fn} evaluates against the same function as a handwritten lambda and as
 * a plain exp4j {@code Expression}, and how fast the numerical gradient is (compare with
 * {@code bench/numpy_gradient.py}). Not a test: run {@code bench/run-calc-bench.sh}.
 *
 * <p>The point x moves on every call so that nothing is constant-folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalcBench {
    /** The lectures' function_1. */
    static final String FUNCTION_1 = "0.01*x^2 + 0.1*x";
    /** A busier function with calls: the notes' derivative examples in one. */
    static final String MIXED = "e^(3*x^2) + ln(x) + 1/x + sin(x)*x";

    private Fn function1;
    private DoubleUnaryOperator function1Lambda;
    private Expression function1Exp4j;
    private Evaluator function1Closures;
    private final double[] args = new double[1];
    private Fn mixed;
    private DoubleUnaryOperator mixedLambda;
    private Expression mixedExp4j;

    private Fn function2;
    private ToDoubleFunction<double[]> function2Lambda;
    private ToDoubleFunction<double[]> sumOfSquares;
    private final double[] point2 = {3.0, 4.0};
    private final double[] point100 = new double[100];

    private double x = 1.0;

    @Setup
    public void setUp() {
        function1 = fn(FUNCTION_1);
        function1Lambda = x -> 0.01 * x * x + 0.1 * x;
        function1Exp4j = new ExpressionBuilder(FUNCTION_1).variable("x").build();
        function1Closures = ClosureCompiler.compile(function1.expr().orElseThrow(), List.of("x"));
        mixed = fn(MIXED);
        mixedLambda = x -> Math.exp(3 * (x * x)) + Math.log(x) + 1 / x + Math.sin(x) * x;
        mixedExp4j = new ExpressionBuilder(MIXED.replace("ln(", "log(")).variable("x").build();
        function2 = fn("x0^2 + x1^2");
        function2Lambda = v -> v[0] * v[0] + v[1] * v[1];
        sumOfSquares = v -> {
            double s = 0;
            for (double e : v) {
                s += e * e;
            }
            return s;
        };
        for (int i = 0; i < point100.length; i++) {
            point100[i] = i * 0.01;
        }
    }

    private double next() {
        x += 1e-9;
        if (x > 2) {
            x = 1;
        }
        return x;
    }

    @Benchmark
    public double function1Lambda() {
        return function1Lambda.applyAsDouble(next());
    }

    @Benchmark
    public double function1Fn() {
        return function1.at(next());
    }

    /** The closure tree alone, as an Fn evaluates before it is hot enough to be compiled to bytecode. */
    @Benchmark
    public double function1ClosureTree() {
        args[0] = next();
        return function1Closures.eval(args);
    }

    @Benchmark
    public double function1Exp4j() {
        return function1Exp4j.setVariable("x", next()).evaluate();
    }

    @Benchmark
    public double mixedLambda() {
        return mixedLambda.applyAsDouble(next());
    }

    @Benchmark
    public double mixedFn() {
        return mixed.at(next());
    }

    @Benchmark
    public double mixedExp4j() {
        return mixedExp4j.setVariable("x", next()).evaluate();
    }

    /** The lectures' numerical_gradient(function_2, [3, 4]) on a parsed function. */
    @Benchmark
    public double[] gradientFunction2Fn() {
        point2[0] = 3 + (next() - 1) * 1e-6;
        return Numerical.gradient(function2::at, point2, 1e-4);
    }

    /** The same on a Java lambda. */
    @Benchmark
    public double[] gradientFunction2Lambda() {
        point2[0] = 3 + (next() - 1) * 1e-6;
        return Numerical.gradient(function2Lambda, point2, 1e-4);
    }

    /** numerical_gradient of sum(x^2) in 100 dimensions (200 evaluations of a 100-term sum). */
    @Benchmark
    public double[] gradientSumOfSquares100() {
        point100[0] = next();
        return Numerical.gradient(sumOfSquares, point100, 1e-4);
    }
}
