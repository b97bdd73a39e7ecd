package dev.diffkernel.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatrixTest {
    private static final Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Test
    void shapeIsPrintedAsRowsByColumns() {
        assertEquals(new Shape(2, 3), A.shape());
        assertEquals("2x3", A.shape().toString());
        assertEquals(2, A.rows());
        assertEquals(3, A.cols());
    }

    @Test
    void dotMultipliesRowsByColumns() {
        Matrix b = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        assertEquals(Matrix.of(new double[][] {{4, 5}, {10, 11}}), A.dot(b));
        assertEquals(new Shape(2, 2), A.dot(b).shape());
    }

    @Test
    void dotOfRowVectorAndWeightsIsTheLecturesPredict() {
        Matrix w = Matrix.of(new double[][] {{0.47355232, 0.9977393, 0.84668094}, {0.85557411, 0.03563661, 0.69422093}});
        // numpy: np.dot(np.array([0.6, 0.9]), W) = [1.054148091, 0.630716529, 1.132807401]
        assertArrayEquals(new double[] {1.054148091, 0.630716529, 1.132807401},
                Matrix.rowVector(0.6, 0.9).dot(w).row(0), 1e-15);
    }

    @Test
    void dotReportsBothShapesAndTheInnerDimensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> A.dot(A));
        assertEquals("Cannot multiply 2x3 by 2x3: inner dimensions 3 and 2 differ", e.getMessage());
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        assertEquals(Matrix.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}), A.transpose());
        assertEquals(Matrix.of(new double[][] {{14, 32}, {32, 77}}), A.dot(A.transpose()));
    }

    @Test
    void addOfSameShapeAddsEntries() {
        assertEquals(Matrix.of(new double[][] {{2, 4, 6}, {8, 10, 12}}), A.add(A));
        assertEquals(Matrix.zeros(2, 3), A.subtract(A));
    }

    @Test
    void addOfARowAddsItToEveryRowAsABias() {
        assertEquals(Matrix.of(new double[][] {{11, 22, 33}, {14, 25, 36}}), A.add(Matrix.rowVector(10, 20, 30)));
        assertEquals(Matrix.of(new double[][] {{0, 0, 0}, {3, 3, 3}}), A.subtract(Matrix.rowVector(1, 2, 3)));
    }

    @Test
    void addOfAnotherShapeNamesBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> A.add(A.transpose()));
        assertEquals("Cannot add 3x2 to 2x3: shapes differ; use a 2x3 matrix or a 1x3 row", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> A.subtract(Matrix.rowVector(1, 2)));
        assertEquals("Cannot subtract 1x2 from 2x3: shapes differ; use a 2x3 matrix or a 1x3 row", e.getMessage());
    }

    @Test
    void multiplyIsEntryByEntryAndPointsToDotOnShapeMismatch() {
        assertEquals(Matrix.of(new double[][] {{1, 4, 9}, {16, 25, 36}}), A.multiply(A));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> A.multiply(A.transpose()));
        assertEquals("Cannot multiply 2x3 and 3x2 entry by entry: shapes differ; use dot(...) for the matrix product",
                e.getMessage());
    }

    @Test
    void scaleMapAndSum() {
        assertEquals(Matrix.of(new double[][] {{2, 4, 6}, {8, 10, 12}}), A.scale(2));
        assertEquals(Matrix.of(new double[][] {{1, 4, 9}, {16, 25, 36}}), A.map(v -> v * v));
        assertEquals(21, A.sum());
    }

    @Test
    void raggedRowsAreRejectedWithTheirLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5}));
        assertEquals("All rows of a matrix must have the same length but row 0 has 3 values and row 1 has 2",
                e.getMessage());
    }

    @Test
    void emptyMatricesAreRejected() {
        assertEquals("A matrix needs at least one row but got none",
                assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[0][])).getMessage());
        assertEquals("A matrix needs at least one column but the rows are empty",
                assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[2][0])).getMessage());
        assertEquals("A matrix needs at least one row and one column but the shape was 0x3",
                assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(0, 3)).getMessage());
    }

    @Test
    void getOutsideTheMatrixNamesTheValidRanges() {
        assertEquals(6, A.get(1, 2));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> A.get(2, 0));
        assertEquals("Index (2, 0) is outside the 2x3 matrix; rows are 0..1 and columns 0..2", e.getMessage());
    }

    @Test
    void arraysGoingInAndOutAreCopies() {
        double[][] values = {{1, 2}, {3, 4}};
        Matrix m = Matrix.of(values);
        values[0][0] = 99;
        assertEquals(1, m.get(0, 0));
        m.toArray()[0][0] = 99;
        m.row(0)[0] = 99;
        assertEquals(1, m.get(0, 0));
    }

    @Test
    void randnWithASeedIsReproducibleAndStandardNormal() {
        assertEquals(Matrix.randn(2, 3, 42), Matrix.randn(2, 3, 42));
        assertNotEquals(Matrix.randn(2, 3, 42), Matrix.randn(2, 3, 43));
        Matrix big = Matrix.randn(200, 50, 7);
        double mean = big.sum() / 10_000;
        double variance = big.map(v -> v * v).sum() / 10_000 - mean * mean;
        assertEquals(0, mean, 0.05);
        assertEquals(1, variance, 0.05);
    }

    @Test
    void toStringLooksLikeNumpyWithColumnsAlignedOnThePoint() {
        Matrix w = Matrix.of(new double[][] {{0.47355232, 0.9977393, 0.84668094}, {0.85557411, 0.03563661, 0.69422093}});
        assertEquals("[[0.47355232 0.9977393  0.84668094]\n [0.85557411 0.03563661 0.69422093]]", w.toString());
        assertEquals("[[  1.   -2.5]\n [-10.  100. ]]", Matrix.of(new double[][] {{1, -2.5}, {-10, 100}}).toString());
        assertEquals("[[ 1.14190532  0.91940795 -0.94986664]\n [-1.10699029  0.28097764  0.6846228 ]]",
                Matrix.of(new double[][] {{1.14190532, 0.91940795, -0.94986664}, {-1.10699029, 0.28097764, 0.6846228}})
                        .toString(), "one width for every entry, as numpy prints it");
    }

    @Test
    void toStringRoundsToEightDecimalsAsNumpyPrintsArrays() {
        Matrix dW = Matrix.of(new double[][] {
                {0.2192475712392561, 0.14356242984070455, -0.3628100010055757},
                {0.3288713569016277, 0.21534364482433954, -0.5442150014750569}});
        assertEquals("[[ 0.21924757  0.14356243 -0.36281   ]\n [ 0.32887136  0.21534364 -0.544215  ]]", dW.toString());
        assertEquals(0.2192475712392561, dW.get(0, 0)); // the values themselves are exact
    }

    @Test
    void toLatexIsABmatrix() {
        assertEquals("\\begin{bmatrix} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{bmatrix}", A.toLatex());
        assertEquals("\\begin{bmatrix} 9.35762297 \\times 10^{-14} \\end{bmatrix}",
                Matrix.rowVector(9.357622968839299e-14).toLatex());
    }

    @Test
    void maxAbsDifferenceIsTheLargestGap() {
        assertEquals(0.5, A.maxAbsDifference(A.add(Matrix.of(new double[][] {{0, 0.5, 0}, {-0.25, 0, 0}}))));
    }
}
