package dev.diffkernel.it;

import org.junit.jupiter.api.Test;

/** The kernel, installed by install.sh, driven by Jupyter's own clients. */
class KernelProtocolIT {
    @Test
    void protocolThroughJupyterClient() throws Exception {
        JupyterClients.runPythonTests("kernel_protocol_test", 600);
    }

    @Test
    void jupyterKernelTestConformanceSuite() throws Exception {
        JupyterClients.runPythonTests("kernel_conformance_test", 300);
    }

    @Test
    void notebookExecutedByNbclientAndNbconvert() throws Exception {
        JupyterClients.runPythonTests("notebook_execution_test", 300);
    }

    @Test
    void plotsOfAnExportedNotebookShowInChromiumWithAndWithoutJavaScript() throws Exception {
        JupyterClients.runPythonTests("notebook_plots_browser_test", 900);
    }

    @Test
    void lectureNotebooksRunAndMatchTheirCommittedOutputs() throws Exception {
        JupyterClients.runPythonTests("lecture_notebooks_test", 1800);
    }

    @Test
    void assignmentChecksFailUntilTheStudentAnswers() throws Exception {
        JupyterClients.runPythonTests("assignment_notebook_test", 600);
    }
}
