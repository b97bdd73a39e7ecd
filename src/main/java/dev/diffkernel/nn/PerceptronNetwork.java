package dev.diffkernel.nn;

import static java.util.Objects.requireNonNull;

import dev.diffkernel.common.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Perceptrons in layers, each layer fed by the outputs of the one before: XOR as NAND and OR
 * followed by AND.
 *
 * <p>Immutable.
 *
 * @param layers the layers from input to output, never null, at least one, none empty; every
 *     perceptron of the first layer takes the same number of inputs, and every perceptron of a later
 *     layer takes one input per perceptron of the layer before
 */
public record PerceptronNetwork(List<List<Perceptron>> layers) {
    /**
     * Checks that the layers fit together and copies them.
     *
     * @throws IllegalArgumentException if a layer is empty or a perceptron has the wrong number of inputs
     * @throws NullPointerException if a layer or perceptron is null
     */
    public PerceptronNetwork {
        requireNonNull(layers, "layers");
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("A network needs at least one layer but got none");
        }
        List<List<Perceptron>> copy = new ArrayList<>();
        int inputs = -1;
        for (int l = 0; l < layers.size(); l++) {
            List<Perceptron> layer = List.copyOf(requireNonNull(layers.get(l), "layer " + (l + 1)));
            if (layer.isEmpty()) {
                throw new IllegalArgumentException("Layer " + (l + 1) + " has no perceptrons");
            }
            if (inputs < 0) {
                inputs = layer.get(0).inputs();
            }
            for (int j = 0; j < layer.size(); j++) {
                if (layer.get(j).inputs() != inputs) {
                    String source = l == 0 ? "the network has " + inputs + " inputs"
                            : "layer " + l + " has " + inputs + " outputs";
                    throw new IllegalArgumentException("Perceptron " + (j + 1) + " of layer " + (l + 1) + " takes "
                            + layer.get(j).inputs() + " inputs but " + source + "; give it " + inputs + " weights");
                }
            }
            copy.add(layer);
            inputs = layer.size();
        }
        layers = List.copyOf(copy);
    }

    /**
     * Makes a network from its layers.
     *
     * @param layers the layers from input to output, never null
     * @return a new network, never null
     * @throws IllegalArgumentException if the layers do not fit together
     */
    @SafeVarargs
    public static PerceptronNetwork of(List<Perceptron>... layers) {
        if (layers == null) {
            throw new NullPointerException("layers");
        }
        List<List<Perceptron>> list = new ArrayList<>();
        for (List<Perceptron> layer : layers) {
            list.add(layer);
        }
        return new PerceptronNetwork(list);
    }

    /** Returns the number of inputs of the network. */
    public int inputs() {
        return layers.get(0).get(0).inputs();
    }

    /**
     * Returns the outputs of every layer for one input, layer by layer.
     *
     * @param x the input, never null, one value per network input
     * @return a new list, one array per layer, never null
     * @throws IllegalArgumentException if the number of inputs is wrong
     */
    public List<double[]> activations(double... x) {
        requireNonNull(x, "x");
        if (x.length != inputs()) {
            throw new IllegalArgumentException("This network has " + inputs() + " inputs but got " + x.length
                    + " " + Arrays.toString(x));
        }
        List<double[]> out = new ArrayList<>();
        double[] a = x.clone();
        for (List<Perceptron> layer : layers) {
            double[] next = new double[layer.size()];
            for (int j = 0; j < next.length; j++) {
                next[j] = layer.get(j).output(a);
            }
            out.add(next);
            a = next;
        }
        return out;
    }

    /**
     * Returns the outputs of the last layer.
     *
     * @param x the input, never null, one value per network input
     * @return a new array, one value per perceptron of the last layer, never null
     * @throws IllegalArgumentException if the number of inputs is wrong
     */
    public double[] output(double... x) {
        List<double[]> all = activations(x);
        return all.get(all.size() - 1);
    }

    /**
     * Returns the truth table: every input of 0s and 1s in counting order, the outputs of the hidden
     * layers ({@code h1, h2, …}; {@code h1_1, h1_2, …} with several hidden layers) and the output
     * ({@code y}; {@code y1, y2, …} with several).
     *
     * @return a new table with 2ⁿ rows, never null
     */
    public Table truthTable() {
        List<DoubleColumn> columns = new ArrayList<>();
        for (int i = 0; i < inputs(); i++) {
            columns.add(Columns.doubles("x" + (i + 1)));
        }
        for (int l = 0; l < layers.size(); l++) {
            int size = layers.get(l).size();
            for (int j = 0; j < size; j++) {
                columns.add(Columns.doubles(columnName(l, j, size)));
            }
        }
        for (double[] x : Perceptron.binaryInputs(inputs())) {
            int c = 0;
            for (double v : x) {
                columns.get(c++).append(v);
            }
            for (double[] layer : activations(x)) {
                for (double v : layer) {
                    columns.get(c++).append(v);
                }
            }
        }
        return Table.create("truth table", columns.toArray(new DoubleColumn[0]));
    }

    private String columnName(int layer, int unit, int size) {
        if (layer == layers.size() - 1) {
            return size == 1 ? "y" : "y" + (unit + 1);
        }
        return layers.size() == 2 ? "h" + (unit + 1) : "h" + (layer + 1) + "_" + (unit + 1);
    }

    /** Returns the layers, one line each, e.g. {@code layer 1: y = step(-0.5x1 - 0.5x2 + 0.7), …}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < layers.size(); l++) {
            if (l > 0) {
                out.append('\n');
            }
            out.append("layer ").append(l + 1).append(": ");
            for (int j = 0; j < layers.get(l).size(); j++) {
                out.append(j > 0 ? ", " : "").append(layers.get(l).get(j));
            }
        }
        return out.toString();
    }
}
