package dev.diffkernel.nn;

import dev.diffkernel.calc.Fn;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActivationFunctionsTest {
    @Test
    void sigmoidDifferentiatesAsSigmaTimesOneMinusSigma() {
        Fn sigma = Activations.sigmoid();
        assertEquals("σ(x) = sigmoid(x)", sigma.toString());
        assertEquals("σ'(x) = sigmoid(x)·(1 - sigmoid(x))", sigma.diff().toString());
        assertEquals(0.25, sigma.diff().at(0), 1e-15);
        assertEquals(Activations.sigmoid(0.7), sigma.at(0.7), 0);
    }

    @Test
    void reluDerivativeIsTheStep() {
        assertEquals("ReLU'(x) = step(x)", Activations.relu().diff().toString());
        assertEquals(1, Activations.relu().diff().at(2));
        assertEquals(0, Activations.relu().diff().at(-2));
    }

    @Test
    void tanhDerivative() {
        assertEquals("tanh'(x) = 1 - tanh(x)^2", Activations.tanh().diff().toString());
        assertEquals(0, Activations.step().diff().at(1));
    }
}
