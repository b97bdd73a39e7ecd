package dev.diffkernel.it;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;

/**
 * The kernel, installed by install.sh, driven by Jupyter's own clients: one factory per Python
 * suite, run side by side (failsafe enables JUnit's parallel mode), each Python test reported by name.
 */
class KernelProtocolIT {
    @TestFactory
    List<DynamicTest> protocolThroughJupyterClient() throws Exception {
        return JupyterClients.pythonSuite("kernel_protocol_test", 600);
    }

    @TestFactory
    List<DynamicTest> jupyterKernelTestConformanceSuite() throws Exception {
        return JupyterClients.pythonSuite("kernel_conformance_test", 300);
    }

    @TestFactory
    List<DynamicTest> notebookExecutedByNbclientAndNbconvert() throws Exception {
        return JupyterClients.pythonSuite("notebook_execution_test", 300);
    }

    @TestFactory
    List<DynamicTest> plotsOfAnExportedNotebookShowInChromiumWithAndWithoutJavaScript() throws Exception {
        return JupyterClients.pythonSuite("notebook_plots_browser_test", 900);
    }

    @TestFactory
    List<DynamicTest> lectureNotebooksRunAndMatchTheirCommittedOutputs() throws Exception {
        return JupyterClients.pythonSuite("lecture_notebooks_test", 1800);
    }

    @TestFactory
    List<DynamicTest> assignmentIsGradedByNbgradersRules() throws Exception {
        return JupyterClients.pythonSuite("assignment_notebook_test", 600);
    }

    @TestFactory
    List<DynamicTest> aClassSharesOneReadOnlyKernelspecAndNoStudentState() throws Exception {
        return JupyterClients.pythonSuite("class_hub_test", 600);
    }
}
