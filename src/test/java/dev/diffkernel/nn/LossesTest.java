package dev.diffkernel.nn;

import dev.diffkernel.linalg.Matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LossesTest {
    @Test
    void softmaxOfTheLecturesScores() {
        // numpy: softmax(np.array([1.054148091, 0.630716529, 1.132807401]))
        assertArrayEquals(new double[] {0.3654127111314497, 0.23927077686987236, 0.395316511998678},
                Activations.softmax(1.054148091, 0.630716529, 1.132807401), 1e-16);
    }

    @Test
    void softmaxIsStableForLargeScores() {
        double[] y = Activations.softmax(1010, 1000, 990);
        assertArrayEquals(Activations.softmax(20, 10, 0), y, 1e-15);
        assertEquals(1, y[0] + y[1] + y[2], 1e-15);
    }

    @Test
    void softmaxOfAMatrixWorksRowByRow() {
        Matrix y = Activations.softmax(Matrix.of(new double[][] {{0, 0}, {Math.log(3), 0}}));
        assertEquals(Matrix.of(new double[][] {{0.5, 0.5}, {0.75, 0.25}}).maxAbsDifference(y), 0, 1e-15);
    }

    @Test
    void softmaxOfNothingIsRejected() {
        assertEquals("softmax needs at least one value but got none",
                assertThrows(IllegalArgumentException.class, () -> Activations.softmax(new double[0])).getMessage());
    }

    @Test
    void crossEntropyAddsTheNotesDelta() {
        double[] t = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
        double[] y = {0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0};
        // Deep Learning from Scratch 4.2.2: cross_entropy_error(np.array(y), np.array(t)) = 0.510825457099338
        assertEquals(0.510825457099338, Losses.crossEntropy(y, t), 1e-15);
        assertEquals(-Math.log(1e-7), Losses.crossEntropy(new double[] {0, 1}, new double[] {1, 0}), 1e-12);
    }

    @Test
    void crossEntropyOfABatchIsTheMeanOfTheRows() {
        Matrix y = Matrix.of(new double[][] {{0.5, 0.5}, {0.9, 0.1}});
        Matrix t = Matrix.of(new double[][] {{1, 0}, {1, 0}});
        double expected = (-Math.log(0.5 + 1e-7) - Math.log(0.9 + 1e-7)) / 2;
        assertEquals(expected, Losses.crossEntropy(y, t), 1e-15);
    }

    @Test
    void lossesOfDifferentLengthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.crossEntropy(new double[] {0.5, 0.5}, new double[] {0, 0, 1}));
        assertEquals("crossEntropy needs y and t of the same length but y has 2 values and t has 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Losses.crossEntropy(Matrix.zeros(1, 2), Matrix.zeros(2, 1)));
        assertEquals("crossEntropy needs y and t of the same shape but y is 1x2 and t is 2x1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Losses.meanSquaredError(new double[] {1}, new double[] {1, 2}));
        assertEquals("meanSquaredError needs y and t of the same length but y has 1 values and t has 2", e.getMessage());
    }

    @Test
    void meanSquaredErrorIsTheMeanOfTheSquares() {
        assertEquals((0.01 + 0.04 + 0.09) / 3, Losses.meanSquaredError(new double[] {1.1, 1.8, 3.3},
                new double[] {1, 2, 3}), 1e-15);
        assertEquals(0, Losses.meanSquaredError(new double[] {1, 2}, new double[] {1, 2}));
    }

    @Test
    void binaryCrossEntropyIsLecture001sError() {
        double[] y = {0.8, 0.3};
        double[] t = {1, 0};
        assertEquals(-Math.log(0.8) - Math.log(0.7), Losses.binaryCrossEntropy(y, t), 1e-15);
    }
}
