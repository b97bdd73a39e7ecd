package dev.diffkernel.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PerceptronTest {
    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Test
    void lecture000sTableWithWeights2And3AndBiasMinus1() {
        Perceptron p = Perceptrons.perceptron(2, 3).bias(-1).activation(Activation.sigmoidWithBase(2.7));
        Table table = p.table(new double[] {0.2, 0.1}, new double[] {0.6, 0.5});
        assertEquals("[x1, x2, z, y]", table.columnNames().toString());
        assertArrayEquals(new double[] {-0.3, 1.7}, table.doubleColumn("z").asDoubleArray(), 1e-15);
        // "( e=2.7로 계산함 )": 0.43 and 0.84, as in the notes
        assertEquals(0.43, round2(table.doubleColumn("y").getDouble(0)));
        assertEquals(0.84, round2(table.doubleColumn("y").getDouble(1)));
    }

    @Test
    void withTheTrueETheSecondRowRoundsTo085() {
        Perceptron p = Perceptrons.perceptron(2, 3).bias(-1).activation(Activation.SIGMOID);
        assertEquals(0.43, round2(p.output(0.2, 0.1)));
        assertEquals(0.85, round2(p.output(0.6, 0.5)));
        assertEquals(1.7000000000000002, p.z(0.6, 0.5)); // numpy: 2*0.6 + 3*0.5 - 1
    }

    @Test
    void lecture001sTableWithBiasMinus30() {
        // g = -30 + 20 * x2 + 30 * x1 in the notes' rows (0,0), (0,1), (1,0), (1,1).
        Perceptron p = Perceptrons.perceptron(30, 20).bias(-30).activation(Activation.SIGMOID);
        Table table = p.truthTable();
        assertArrayEquals(new double[] {-30, -10, 0, 20}, table.doubleColumn("z").asDoubleArray());
        assertArrayEquals(new double[] {9.357622968839299e-14, 4.5397868702434395e-05, 0.5, 0.9999999979388463},
                table.doubleColumn("y").asDoubleArray());
    }

    @Test
    void thresholdIsMinusTheBias() {
        Perceptron p = Perceptrons.perceptron(0.5, 0.5).threshold(0.7);
        assertEquals(-0.7, p.bias());
        assertEquals(0.7, p.threshold());
    }

    @Test
    void gatesHaveTheirTruthTables() {
        assertArrayEquals(new double[] {0, 0, 0, 1}, Perceptrons.andGate().truthTable().doubleColumn("y").asDoubleArray());
        assertArrayEquals(new double[] {1, 1, 1, 0}, Perceptrons.nandGate().truthTable().doubleColumn("y").asDoubleArray());
        assertArrayEquals(new double[] {0, 1, 1, 1}, Perceptrons.orGate().truthTable().doubleColumn("y").asDoubleArray());
    }

    @Test
    void truthTableListsInputsInCountingOrder() {
        Table table = Perceptrons.perceptron(1, 1, 1).truthTable();
        assertEquals(8, table.rowCount());
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 1, 1, 1}, table.doubleColumn("x1").asDoubleArray());
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 1, 0, 1}, table.doubleColumn("x3").asDoubleArray());
    }

    @Test
    void wrongNumberOfInputsIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Perceptrons.perceptron(2, 3).output(1));
        assertEquals("This perceptron has 2 weights but got 1 inputs [1.0]; give one input per weight", e.getMessage());
    }

    @Test
    void aPerceptronNeedsWeights() {
        assertEquals("A perceptron needs at least one weight but got none",
                assertThrows(IllegalArgumentException.class, () -> Perceptrons.perceptron()).getMessage());
        assertEquals("bias must be finite but was NaN",
                assertThrows(IllegalArgumentException.class, () -> Perceptrons.perceptron(1).bias(Double.NaN)).getMessage());
    }

    @Test
    void weightsAreCopied() {
        double[] w = {2, 3};
        Perceptron p = Perceptrons.perceptron(w);
        w[0] = 99;
        p.weights()[1] = 99;
        assertArrayEquals(new double[] {2, 3}, p.weights());
        assertEquals(Perceptrons.perceptron(2, 3), p);
    }

    @Test
    void formulaInTextAndLatex() {
        Perceptron p = Perceptrons.perceptron(2, 3).bias(-1).activation(Activation.SIGMOID);
        assertEquals("y = sigmoid(2x1 + 3x2 - 1)", p.toString());
        assertEquals("y = \\sigma\\left(2x_{1} + 3x_{2} - 1\\right)", p.toLatex());
        assertEquals("y = step(-0.5x1 - 0.5x2 + 0.7)", Perceptrons.nandGate().toString());
        assertEquals("y = step(x1 - x2)", Perceptrons.perceptron(1, -1).toString());
    }
}
