"""The Jupyter project's own kernel conformance suite (jupyter_kernel_test), for every feature we offer."""
import unittest

import jupyter_kernel_test


class DiffKernelConformanceTest(jupyter_kernel_test.KernelTests):
    kernel_name = "diffkernel"
    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("some error");'

    completion_samples = [
        {"text": "Math.sqr", "matches": {"sqrt("}},
        {"text": "int learningRate = 1;\nlearningR", "matches": {"learningRate"}},
    ]
    complete_code_samples = ["1 + 1", "int x = 5;", "void f() {}", "%vars"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", "%%html"]
    invalid_code_samples = ["int x = ;)"]

    code_generate_error = "throw new IllegalStateException(\"boom\");"

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"text\"", "result": "\"text\""},
        {"code": "new double[] {1.5, 2.5}", "result": "[1.5, 2.5]"},
    ]
    code_display_data = [
        {"code": "display(\"shown\");", "mime": "text/plain"},
        {"code": "%%html\n<b>bold</b>", "mime": "text/html"},
    ]
    code_history_pattern = "6 * *"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"
    code_clear_output = "clearOutput();"


if __name__ == "__main__":
    unittest.main()
