package dev.diffkernel.backprop;

import static dev.diffkernel.backprop.Backprop.gradientCheck;
import static dev.diffkernel.backprop.Backprop.twoLayerNet;
import static dev.diffkernel.data.Datasets.spiral;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.diffkernel.data.Dataset;
import dev.diffkernel.linalg.Matrix;
import org.junit.jupiter.api.Test;

class TwoLayerNetTest {
    private final Dataset data = spiral(100, 3, 42);
    private final TwoLayerNet net = twoLayerNet(2, 50, 3, 42);

    @Test
    void spiralHasOneHotTargetsAndIsSeeded() {
        assertEquals(300, data.size());
        assertEquals(2, data.features());
        assertEquals(3, data.classes());
        assertEquals(data, spiral(100, 3, 42));
        assertNotEquals(data.x(), spiral(100, 3, 43).x());
        assertEquals(300.0, data.t().sum());
        assertEquals(2, data.labels()[250]);
        assertEquals(0.0, data.x().get(0, 0));
    }

    @Test
    void lossIsTheMeanCrossEntropyOfTheSoftmaxOutput() {
        Matrix y = net.predict(data.x());
        int[] labels = data.labels();
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(y.get(i, labels[i]));
        }
        assertEquals(sum / labels.length, net.loss(data.x(), data.t()), 1e-12);
        assertEquals(1.4915272567709126, net.loss(data.x(), data.t()), 1e-12);
    }

    @Test
    void backpropagationAgreesWithTheNumericalGradient() {
        GradientCheck check = gradientCheck(net, data.x(), data.t());
        assertTrue(check.maxDifference() < 1e-9, check.toString());
        assertTrue(check.rows().get(0).meanDifference() < 1e-10, check.toString());
        assertTrue(check.maxDifference() > 0, check.toString());
        assertEquals(4, check.table().rowCount());
    }

    @Test
    void gradientCheckHoldsAfterTrainingToo() {
        TwoLayerNet trained = net.train(data).lr(1.0).epochs(300).quiet().run().net();
        Dataset three = new Dataset("three", rows(data.x(), 0, 150, 299), rows(data.t(), 0, 150, 299));
        GradientCheck check = gradientCheck(trained, three.x(), three.t());
        assertTrue(check.maxDifference() < 1e-8, check.toString());
    }

    @Test
    void trainingOnTheSpiralReachesHighAccuracy() {
        TrainingRun run = net.train(data).lr(1.0).epochs(2000).quiet().run();
        assertEquals(2001, run.losses().length);
        assertTrue(run.accuracy() > 0.98, run.toString());
        assertTrue(run.loss() < run.losses()[0] / 3, run.toString());
        assertEquals(run.accuracy(), run.net().accuracy(data), 0);
        assertEquals(run.loss(), run.net().loss(data), 1e-12);
    }

    private static Matrix rows(Matrix m, int... rows) {
        double[][] picked = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = m.row(rows[i]);
        }
        return Matrix.of(picked);
    }

    @Test
    void wrongShapesAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> net.loss(Matrix.zeros(3, 4), Matrix.zeros(3, 3)));
        assertEquals("x must have 2 columns for this network but was 3x4", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> twoLayerNet(2, 50, 1, 0));
        assertEquals("outputs must be >= 2 (softmax over one class is always 1) but was 1", f.getMessage());
    }

    @Test
    void trainingSetupChecksItsArguments() {
        var e = assertThrows(IllegalArgumentException.class, () -> net.train(data).lr(0));
        assertEquals("learningRate must be > 0 but was 0.0", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> net.train(data).epochs(0));
        assertEquals("epochs must be >= 1 but was 0", f.getMessage());
        var g = assertThrows(IllegalArgumentException.class, () -> spiral(1, 3, 0));
        assertEquals("n (points per class) must be >= 2 but was 1", g.getMessage());
        var h = assertThrows(IllegalArgumentException.class, () -> twoLayerNet(3, 5, 3, 0).train(data));
        assertEquals("x must have 3 columns for this network but was 300x2", h.getMessage());
    }

    @Test
    void trainingLeavesTheStartNetworkAsItWas() {
        double before = net.loss(data);
        TrainingRun run = net.train(data).lr(1.0).epochs(50).quiet().run();
        assertEquals(before, net.loss(data));
        assertEquals(before, run.losses()[0]);
        assertEquals(50, run.epochsTaken());
        assertEquals(51, run.table().rowCount());
    }

    @Test
    void aDivergingTrainingSaysSo() {
        TrainingRun run = net.train(data).lr(1e6).epochs(200).quiet().run();
        assertTrue(run.diverged(), run.toString());
        assertTrue(run.toString().contains("\n  Diverged"), run.toString());
        assertTrue(!net.train(data).lr(1.0).epochs(20).quiet().run().diverged());
    }
}
