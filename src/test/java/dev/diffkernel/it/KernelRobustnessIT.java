package dev.diffkernel.it;

import org.junit.jupiter.api.Test;

/** What a cell or a client must not be able to do to the installed kernel (issue 12). */
class KernelRobustnessIT {
    @Test
    void nothingACellOrAClientDoesWedgesTheKernel() throws Exception {
        JupyterClients.runPythonTests("kernel_robustness_test", 1800);
    }
}
