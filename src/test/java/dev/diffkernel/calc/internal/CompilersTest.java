package dev.diffkernel.calc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.calc.RandomExpressions;
import dev.diffkernel.calc.expr.Derivatives;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.parse.ParsedFunction;
import dev.diffkernel.calc.parse.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilersTest {
    private static final List<String> XY = List.of("x", "y");

    @Test
    void bytecodeGivesTheClosureTreesResultsToTheLastBit() {
        RandomExpressions corpus = new RandomExpressions(7, "x", "y");
        double[][] points = {{0.5, 1.5}, {-2, 0}, {0, 0}, {1e300, -1e-300}, {Double.NaN, 1}, {-0.0, 3}};
        for (int i = 0; i < 250; i++) {
            Expr e = Parser.parse("f(x, y) = " + corpus.next(4)).body();
            for (Expr tree : List.of(e, Derivatives.of(e, "x"))) {
                Evaluator closures = ClosureCompiler.compile(tree, XY);
                Evaluator bytecode = BytecodeCompiler.compile(tree, XY).orElseThrow();
                for (double[] p : points) {
                    assertEquals(Double.doubleToLongBits(closures.eval(p)), Double.doubleToLongBits(bytecode.eval(p)),
                            tree + " at " + java.util.Arrays.toString(p));
                }
            }
        }
    }

    @Test
    void everyFunctionCompiles() {
        ParsedFunction p = Parser.parse("f(x, y) = ln(x) + log(3, x) + exp(x) + sqrt(x) + abs(x) + sin(x) + cos(x) + tan(x)"
                + " + sec(x) + asin(y) + acos(y) + atan(x) + sinh(x) + cosh(x) + tanh(x) + sigmoid(x) + relu(x) + step(x)"
                + " + sign(x) + max(x, y) + min(x, y) + x^y + x^2 + -x + x/y + x*y - y");
        Evaluator closures = ClosureCompiler.compile(p.body(), p.variables());
        Evaluator bytecode = BytecodeCompiler.compile(p.body(), p.variables()).orElseThrow();
        double[] v = {0.7, 0.3};
        assertEquals(closures.eval(v), bytecode.eval(v));
    }

    @Test
    void manyVariablesUseWideIndices() {
        StringBuilder text = new StringBuilder("x0");
        for (int i = 1; i < 200; i++) {
            text.append(i % 2 == 0 ? " + x" : " * x").append(i);
        }
        ParsedFunction p = Parser.parse(text.toString());
        double[] v = new double[200];
        java.util.Arrays.fill(v, 1.01);
        assertEquals(ClosureCompiler.compile(p.body(), p.variables()).eval(v),
                BytecodeCompiler.compile(p.body(), p.variables()).orElseThrow().eval(v));
    }

    @Test
    void expressionsTooBigForTheJitStayClosureTrees() {
        Expr e = Parser.parse("x").body();
        for (int i = 0; i < 12; i++) {
            e = new dev.diffkernel.calc.expr.Add(e, e); // 4096 leaves, shared: 12 nodes deep
        }
        assertTrue(BytecodeCompiler.compile(e, List.of("x")).isEmpty());
        assertEquals(4096.0, ClosureCompiler.compile(e, List.of("x")).eval(new double[] {1}));
    }

    @Test
    void aHotFunctionSwitchesToBytecodeWithTheSameResults() {
        ParsedFunction p = Parser.parse("0.01*x^2 + 0.1*x");
        FastEvaluator fast = new FastEvaluator(p.body(), p.variables());
        Evaluator cold = fast.evaluator();
        double first = fast.eval(new double[] {5});
        for (int i = 0; i < FastEvaluator.HOT; i++) {
            fast.eval(new double[] {i});
        }
        assertNotSame(cold, fast.evaluator());
        assertEquals(first, fast.eval(new double[] {5}));
        assertEquals(0.75, first);
    }

    @Test
    void lambdasAreNeverRecompiled() {
        Evaluator lambda = v -> v[0];
        FastEvaluator fast = new FastEvaluator(lambda);
        for (int i = 0; i < FastEvaluator.HOT * 2; i++) {
            fast.eval(new double[] {i});
        }
        assertSame(lambda, fast.evaluator());
    }
}
