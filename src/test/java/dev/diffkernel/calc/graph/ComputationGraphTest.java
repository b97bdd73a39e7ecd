package dev.diffkernel.calc.graph;

import static dev.diffkernel.calc.Calculus.fn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
