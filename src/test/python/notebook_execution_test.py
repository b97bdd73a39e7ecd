"""A notebook executed by Jupyter's own tools (nbclient and `jupyter nbconvert --execute`), outputs checked."""
import os
import subprocess
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

KERNEL = "diffkernel"


def smoke_notebook():
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Java (DiffKernel)", "language": "java"}
    nb.cells = [
        new_markdown_cell("# Kernel smoke test"),
        new_code_cell("double rate = 0.1;\nrate * 3"),
        new_code_cell('for (int i = 1; i <= 3; i++) System.out.println("step " + i);'),
        new_code_cell("int broken = 1 / 0;"),
        new_code_cell("rate"),
        new_code_cell("%%html\n<i>inline</i>"),
    ]
    return nb


class NotebookExecutionTest(unittest.TestCase):
    def test_nbclient_runs_every_cell_and_keeps_outputs(self):
        nb = smoke_notebook()
        NotebookClient(nb, kernel_name=KERNEL, timeout=120, allow_errors=True).execute()
        cells = [c for c in nb.cells if c.cell_type == "code"]

        self.assertEqual("0.30000000000000004", cells[0].outputs[0]["data"]["text/plain"])
        self.assertEqual(1, cells[0].execution_count)
        streamed = "".join(o.get("text", "") for o in cells[1].outputs if o.output_type == "stream")
        self.assertEqual("step 1\nstep 2\nstep 3\n", streamed)
        self.assertEqual("error", cells[2].outputs[0].output_type)
        self.assertEqual("ArithmeticException", cells[2].outputs[0].ename)
        self.assertEqual("0.1", cells[3].outputs[0]["data"]["text/plain"], "state survives an error")
        self.assertEqual("<i>inline</i>", cells[4].outputs[0]["data"]["text/html"])

    def test_nbconvert_executes_to_html(self):
        with tempfile.TemporaryDirectory() as tmp:
            source = os.path.join(tmp, "smoke.ipynb")
            nb = smoke_notebook()
            nb.cells = [c for c in nb.cells if "1 / 0" not in c.source]
            nbformat.write(nb, source)
            done = subprocess.run(["/usr/bin/jupyter", "nbconvert", "--to", "html", "--execute", source],
                                  capture_output=True, text=True, timeout=300)
            self.assertEqual(0, done.returncode, done.stderr)
            with open(os.path.join(tmp, "smoke.html"), encoding="utf-8") as html:
                page = html.read()
            self.assertIn("0.30000000000000004", page)
            self.assertIn("step 3", page)
            self.assertIn("<i>inline</i>", page)


if __name__ == "__main__":
    unittest.main()
