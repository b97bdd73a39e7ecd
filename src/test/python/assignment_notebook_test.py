"""The assignment notebook as a student first gets it: every answer region cleared, as nbgrader's
generate_assignment does, and executed through nbclient.

Checks that each graded cell (nbgrader "grade": true) then fails with a clear message, so a check
that cannot fail is caught, and that every graded cell of the committed notebook has an answer cell
with a BEGIN SOLUTION region to clear.
"""
import copy
import os
import re
import unittest

import nbformat
from nbclient import NotebookClient

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
ASSIGNMENT = os.path.join(ROOT, "notebooks", "08_assignment.ipynb")
STUB = '// YOUR CODE HERE\nthrow new UnsupportedOperationException("답을 작성하세요");'
SOLUTION = re.compile(r"( *)// BEGIN SOLUTION\n.*?// END SOLUTION", re.S)


def student_version(nb):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = SOLUTION.sub(
                lambda m: "\n".join(m.group(1) + line for line in STUB.split("\n")), cell.source)
            cell.outputs = []
    return nb


def grading(cell):
    return cell.metadata.get("nbgrader", {})


class AssignmentNotebookTest(unittest.TestCase):
    def setUp(self):
        self.nb = nbformat.read(ASSIGNMENT, as_version=4)

    def test_every_answer_cell_has_a_solution_region_and_a_todo(self):
        answers = [c for c in self.nb.cells if grading(c).get("solution")]
        self.assertTrue(answers, "no answer cells")
        for cell in answers:
            self.assertRegex(cell.source, SOLUTION, "answer cell %s has no solution region" % grading(cell)["grade_id"])
            self.assertIn("// TODO", cell.source, "answer cell %s has no TODO line" % grading(cell)["grade_id"])

    def test_graded_cells_fail_clearly_before_the_student_answers(self):
        nb = student_version(self.nb)
        NotebookClient(nb, timeout=600, kernel_name=nb.metadata.kernelspec.name, allow_errors=True,
                       resources={"metadata": {"path": os.path.dirname(ASSIGNMENT)}}).execute()
        graded = [c for c in nb.cells if grading(c).get("grade")]
        self.assertGreaterEqual(len(graded), 10)
        for cell in graded:
            with self.subTest(cell=grading(cell)["grade_id"]):
                errors = [o for o in cell.outputs if o.output_type == "error"]
                self.assertTrue(errors, "graded cell %s passes without an answer" % grading(cell)["grade_id"])
                self.assertIn(errors[0].ename, ("CheckFailure", "UnsupportedOperationException"))


if __name__ == "__main__":
    unittest.main()
