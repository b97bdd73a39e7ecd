package dev.diffkernel.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PerceptronNetworkTest {
    @Test
    void xorIsNandAndOrFollowedByAnd() {
        PerceptronNetwork xor = Perceptrons.xorNetwork();
        Table table = xor.truthTable();
        assertEquals("[x1, x2, h1, h2, y]", table.columnNames().toString());
        assertArrayEquals(new double[] {1, 1, 1, 0}, table.doubleColumn("h1").asDoubleArray());
        assertArrayEquals(new double[] {0, 1, 1, 1}, table.doubleColumn("h2").asDoubleArray());
        assertArrayEquals(new double[] {0, 1, 1, 0}, table.doubleColumn("y").asDoubleArray());
        assertArrayEquals(new double[] {1}, xor.output(1, 0));
    }

    @Test
    void noSinglePerceptronOnTheGridIsXor() {
        double[] grid = {-1, -0.5, 0, 0.5, 1};
        for (double w1 : grid) {
            for (double w2 : grid) {
                for (double b : grid) {
                    double[] y = Perceptrons.perceptron(w1, w2).bias(b).truthTable().doubleColumn("y").asDoubleArray();
                    assertEquals(false, y[0] == 0 && y[1] == 1 && y[2] == 1 && y[3] == 0);
                }
            }
        }
    }

    @Test
    void layersThatDoNotFitAreReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Perceptrons.perceptronNetwork(List.of(Perceptrons.andGate(), Perceptrons.orGate()),
                        List.of(Perceptrons.perceptron(1, 1, 1))));
        assertEquals("Perceptron 1 of layer 2 takes 3 inputs but layer 1 has 2 outputs; give it 2 weights",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Perceptrons.perceptronNetwork(List.of(Perceptrons.andGate(), Perceptrons.perceptron(1))));
        assertEquals("Perceptron 2 of layer 1 takes 1 inputs but the network has 2 inputs; give it 2 weights",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Perceptrons.perceptronNetwork(List.of()));
        assertEquals("Layer 1 has no perceptrons", e.getMessage());
    }

    @Test
    void deeperNetworksNameHiddenUnitsByLayer() {
        PerceptronNetwork net = Perceptrons.perceptronNetwork(List.of(Perceptrons.orGate()),
                List.of(Perceptrons.perceptron(1)), List.of(Perceptrons.perceptron(1), Perceptrons.perceptron(-1)));
        assertEquals("[x1, x2, h1_1, h2_1, y1, y2]", net.truthTable().columnNames().toString());
    }

    @Test
    void toStringListsTheLayers() {
        assertEquals("layer 1: y = step(-0.5x1 - 0.5x2 + 0.7), y = step(0.5x1 + 0.5x2 - 0.2)\n"
                + "layer 2: y = step(0.5x1 + 0.5x2 - 0.7)", Perceptrons.xorNetwork().toString());
    }
}
