package dev.diffkernel.calc.graph;

import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.calc.Fn;
import dev.diffkernel.calc.RandomExpressions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComputationGraphTest {
    private final EvaluatedGraph g = fn("f(x, y) = (x*y + sin(x))^2").graph().at(1, 2);

    @Test
    void nodesAreTheInputsAndOneNodePerOperation() {
        assertEquals(List.of("x", "y", "t1 = xy", "t2 = sin(x)", "t3 = t1 + t2", "f = t3^2"),
                g.graph().nodes().stream().map(GraphNode::label).toList());
        assertEquals(List.of(0, 0, 1, 1, 2, 3), g.graph().nodes().stream().map(GraphNode::layer).toList());
    }

    @Test
    void forwardValueIsTheFunctionsValue() {
        assertEquals(8.073957357505158, g.value());
        assertEquals(fn("f(x, y) = (x*y + sin(x))^2").at(1, 2), g.value());
    }

    @Test
    void backwardPassGivesTheExactGradient() {
        assertArrayEquals(new double[] {14.436390589529829, 5.6829419696157935}, g.gradient());
        assertArrayEquals(fn("f(x, y) = (x*y + sin(x))^2").gradient().at(1, 2), g.gradient(), 1e-14);
    }

    @Test
    void stepsShowTheChainRuleEdgeByEdge() {
        var steps = g.steps();
        assertEquals(6, steps.rowCount());
        assertEquals(List.of("t3", "t1", "t2", "x", "x", "y"), steps.stringColumn("node").asList());
        assertEquals(14.436390589529829, steps.doubleColumn(6).get(4));
        assertEquals("∂f/∂t3 = 2t3", steps.stringColumn("local derivative").get(0));
    }

    @Test
    void wrongNumberOfValuesIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> fn("x*y").graph().at(1));
        assertEquals("f has 2 variables [x, y] but got 1 value", e.getMessage());
    }

    @Test
    void reverseModeAgreesWithTheSymbolicGradientOnFiveHundredRandomExpressions() {
        RandomExpressions expressions = new RandomExpressions(15, "x", "y", "z");
        StringBuilder failures = new StringBuilder();
        int checked = 0;
        for (int i = 0; i < 500; i++) {
            Fn f = fn("f(x, y, z) = " + expressions.next(4));
            double[] point = expressions.point();
            double[] symbolic = f.gradient().at(point);
            if (!Double.isFinite(f.at(point))) {
                continue;
            }
            EvaluatedGraph graph = f.graph().at(point);
            assertEquals(f.at(point), graph.value(), 1e-12 * Math.max(1, Math.abs(f.at(point))), f.toString());
            double[] reverse = graph.gradient();
            for (int k = 0; k < 3; k++) {
                if (!(Math.abs(reverse[k] - symbolic[k]) <= 1e-9 * Math.max(1, Math.abs(symbolic[k])))) {
                    failures.append(f).append(": reverse ").append(reverse[k]).append(" symbolic ").append(symbolic[k]).append('\n');
                }
            }
            checked++;
        }
        assertTrue(checked >= 450, "only " + checked + " checked");
        assertEquals("", failures.toString());
    }

    @Test
    void aVariableUsedTwiceIsOneNodeWhoseGradientsAdd() {
        EvaluatedGraph square = fn("f(x) = x*x").graph().at(3);
        assertEquals(2, square.graph().nodes().size(), square.graph().toString());
        assertEquals(List.of(0), square.graph().output().inputs());
        assertEquals(6.0, square.gradient()[0]);
        EvaluatedGraph shared = fn("f(x) = sin(x^2) + cos(x^2)").graph().at(0.5);
        assertEquals(5, shared.graph().nodes().size(), "x^2 is computed once: " + shared.graph());
    }

    @Test
    void aFunctionThatIsItsVariableIsOneInputNode() {
        EvaluatedGraph identity = fn("f(x, y) = x").graph().at(2, 5);
        assertEquals(2.0, identity.value());
        assertArrayEquals(new double[] {1, 0}, identity.gradient());
        assertEquals(0, identity.backwardSteps().size());
    }

    @Test
    void aLambdaHasNoGraph() {
        var e = assertThrows(IllegalStateException.class, () -> fn("h", x -> x * x).graph());
        assertEquals("h is a Java lambda; graph() needs a formula such as fn(\"f(x, y) = (x*y + sin(x))^2\")",
                e.getMessage());
    }

    @Test
    void unknownNodeIsNamedWithTheNodesThereAre() {
        var e = assertThrows(IllegalArgumentException.class, () -> g.valueOf("t9"));
        assertEquals("no node named 't9' in the graph of f(x, y) = (xy + sin(x))^2; its nodes are [x, y, t1, t2, t3, f]",
                e.getMessage());
        assertEquals(2.8414709848078967, g.valueOf("t3"));
        assertEquals(5.6829419696157935, g.gradientOf("t1"));
    }
}
