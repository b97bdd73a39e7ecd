package dev.diffkernel.it;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;

/** What a cell or a client must not be able to do to the installed kernel (issue 12). */
class KernelRobustnessIT {
    @TestFactory
    List<DynamicTest> nothingACellOrAClientDoesWedgesTheKernel() throws Exception {
        return JupyterClients.pythonSuite("kernel_robustness_test", 1800);
    }
}
