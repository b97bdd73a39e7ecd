package dev.diffkernel.nn;

import dev.diffkernel.linalg.Matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ActivationTest {
    @Test
    void sigmoidGivesTheValuesOfLecture001sTable() {
        // Lecture 001, table of g(x) = -30 + 20x + 30x and its sigmoid:
        //   -10 -> 0.00004539786870, 0 -> 0.5, 20 -> 0.99999999793884.
        assertEquals(0.00004539786870, Activations.sigmoid(-10), 5e-15);
        assertEquals(4.5397868702434395e-05, Activations.sigmoid(-10)); // Python: 1/(1+math.exp(10))
        assertEquals(0.5, Activations.sigmoid(0));
        assertEquals(0.99999999793884, Activations.sigmoid(20), 1e-14); // the notes truncate
        assertEquals(0.9999999979388463, Activations.sigmoid(20)); // Python: 1/(1+math.exp(-20))
        // The notes print 0.0000000000000009 for -30; the true value is 9.36e-14 (Python agrees).
        assertEquals(9.357622968839299e-14, Activations.sigmoid(-30));
    }

    @Test
    void sigmoidOfLecture000sWeightedInputs() {
        assertEquals(0.425557483188341, Activations.sigmoid(-0.3), 1e-15);
        assertEquals(0.8455347349164652, Activations.sigmoid(1.7), 1e-15);
    }

    @Test
    void sigmoidWithBase27ReproducesTheNotesHandCalculation() {
        Activation s = Activation.sigmoidWithBase(2.7);
        // 1/(1 + 2.7^0.3) = 1/2.35 = 0.43 and 1/(1 + 2.7^-1.7) = 1/1.18 = 0.84 in the notes.
        assertEquals(0.42605245566790223, s.applyAsDouble(-0.3), 1e-15);
        assertEquals(0.8440304813129584, s.applyAsDouble(1.7), 1e-15);
        assertEquals("sigmoid[base 2.7]", s.name());
    }

    @Test
    void sigmoidWithABadBaseIsRejected() {
        assertEquals("base must be > 0, finite and not 1 but was 1",
                assertThrows(IllegalArgumentException.class, () -> Activation.sigmoidWithBase(1)).getMessage());
        assertEquals("base must be > 0, finite and not 1 but was -2",
                assertThrows(IllegalArgumentException.class, () -> Activation.sigmoidWithBase(-2)).getMessage());
    }

    @Test
    void sigmoidDerivativeIsSigmaTimesOneMinusSigma() {
        for (double z : new double[] {-3, -0.5, 0, 0.7, 4}) {
            double s = Activations.sigmoid(z);
            assertEquals(s * (1 - s), Activation.SIGMOID.derivativeAt(z), 1e-15);
            double central = (Activations.sigmoid(z + 1e-5) - Activations.sigmoid(z - 1e-5)) / 2e-5;
            assertEquals(central, Activation.SIGMOID.derivativeAt(z), 1e-9);
        }
        assertEquals(0.25, Activation.SIGMOID.derivativeAt(0));
    }

    @Test
    void derivativeOfSigmoidWithBaseHasTheLogOfTheBase() {
        Activation s = Activation.sigmoidWithBase(2.7);
        for (double z : new double[] {-2, 0, 1.5}) {
            double central = (s.applyAsDouble(z + 1e-5) - s.applyAsDouble(z - 1e-5)) / 2e-5;
            assertEquals(central, s.derivativeAt(z), 1e-9);
        }
    }

    @Test
    void stepFiresAboveTheThresholdAsTheNotesXGreaterThanZero() {
        assertEquals(0, Activations.step(-0.0001));
        assertEquals(0, Activations.step(0));
        assertEquals(1, Activations.step(1e-300));
        assertEquals(1, Activations.step(3));
        assertArrayEquals(new double[] {0, 0, 1}, Activations.step(-1, 0, 1));
        assertEquals(Double.NaN, Activation.STEP.derivativeAt(0));
        assertEquals(0, Activation.STEP.derivativeAt(2));
        assertEquals(0, Activation.STEP.derivativeAt(-2));
    }

    @Test
    void theStepActivationAndTheStepFunctionAreOneFunction() {
        for (double z : new double[] {-2, -0.0, 0, 1e-12, 2, Double.NaN}) {
            assertEquals(Activations.step().at(z), Activations.step(z), "at " + z);
            assertEquals(Activations.sigmoid().at(z), Activations.sigmoid(z), "at " + z);
            assertEquals(Activations.relu().at(z), Activations.relu(z), "at " + z);
            assertEquals(Activations.tanh().at(z), Activations.tanh(z), "at " + z);
        }
    }

    @Test
    void reluAndTanhAndTheirDerivatives() {
        assertArrayEquals(new double[] {0, 0, 2.5}, Activations.relu(-1, 0, 2.5));
        assertEquals(0, Activation.RELU.derivativeAt(-1));
        assertEquals(1, Activation.RELU.derivativeAt(1));
        assertEquals(Math.tanh(0.5), Activations.tanh(0.5));
        double t = Math.tanh(0.5);
        assertEquals(1 - t * t, Activation.TANH.derivativeAt(0.5), 1e-15);
    }

    @Test
    void activationsApplyToEveryEntryOfAMatrix() {
        Matrix z = Matrix.of(new double[][] {{-1, 0}, {1, 2}});
        assertEquals(Matrix.of(new double[][] {{Activations.sigmoid(-1), 0.5}, {Activations.sigmoid(1), Activations.sigmoid(2)}}),
                Activations.sigmoid(z));
        assertEquals(Matrix.of(new double[][] {{0, 0}, {1, 1}}), Activations.step(z));
        assertEquals(Matrix.of(new double[][] {{0, 0}, {1, 2}}), Activations.relu(z));
    }

    @Test
    void tableListsValuesAndDerivatives() {
        Table table = Activation.SIGMOID.table(-1, 0, 1);
        assertEquals("[z, sigmoid, d/dz]", table.columnNames().toString());
        assertArrayEquals(new double[] {0.2689414213699951, 0.5, 0.7310585786300049},
                table.doubleColumn("sigmoid").asDoubleArray(), 1e-16); // Python: 1/(1+math.exp(1)), ...
        assertArrayEquals(new double[] {0.19661193324148185, 0.25, 0.19661193324148185},
                table.doubleColumn("d/dz").asDoubleArray(), 1e-16);
        assertEquals("", Activation.STEP.table(0).doubleColumn("d/dz").getString(0));
    }

    @Test
    void definitionsAreLatex() {
        assertEquals("\\sigma(z) = \\frac{1}{1 + e^{-z}}", Activation.SIGMOID.definition());
        assertEquals("\\sigma_{2.7}(z) = \\frac{1}{1 + 2.7^{-z}}", Activation.sigmoidWithBase(2.7).definition());
    }
}
