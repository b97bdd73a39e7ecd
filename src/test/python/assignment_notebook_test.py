"""The assignment notebook graded by nbgrader's autograder rules, with no nbgrader installed.

The rules, as nbgrader's source states them (nbgrader/utils.py, determine_grade and
get_partial_grade; nbgrader/preprocessors/clearsolutions.py), re-stated here:
- a graded code cell scores 0 when any output is an error or a stderr stream;
- otherwise its first execute_result decides: a number is a partial score (above the cell's
  points nbgrader refuses it), any other value is full points with a warning;
- with neither it scores full points;
- generate_assignment replaces each line holding "BEGIN SOLUTION" through the line holding
  "END SOLUTION" by the language's code stub (Java: "// YOUR CODE HERE"), indented like the
  BEGIN line.

Checks: the committed notebook (its outputs are a fresh run; lecture_notebooks_test compares
them) scores full points with no warning and no stderr anywhere; the students' copy that
generate_assignment would make scores 0 in every graded cell; wrong answers score 0; a
check ending in .points(p) scores p.
"""
import copy
import os
import re
import unittest

import nbformat
from nbclient import NotebookClient

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
ASSIGNMENT = os.path.join(ROOT, "notebooks", "08_assignment.ipynb")
JAVA_STUB = "// YOUR CODE HERE"  # nbgrader's ClearSolutions.code_stub["java"]

# A plausible mistake for each solution region, in order (perceptron-answer has two regions).
WRONG = {
    "log-answer": ["log3of81 = Math.log(81) / Math.log(9);"],
    "distance-answer": ["l1 = euclideanDistance(p, q);\nl2 = manhattanDistance(p, q);"],
    "slope-answer": ['slopeAt1 = fn("1/2*x^2").at(1);'],
    "central-answer": ["return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;"],
    "partial-answer": ['dfdy = fn("2x^2 + x*y + 5y").partial("x").at(3, 1);'],
    "gradient-answer": ["grad = new double[] {3, 4};"],
    "chain-answer": ["dfdt = Math.exp(x);\ndtdx = 8 * x;"],  # one check right, the other wrong
    "descent-answer": ["for (int i = 0; i < 10; i++) {\n    point[0] -= lr * 2 * point[0];\n"
                       "    point[1] -= lr * 2 * point[1];\n}"],
    "perceptron-answer": ["y = perceptron(2, 3).bias(-1).output(0.6, 0.5);", "return orGate().output(x1, x2);"],
    "simplenet-answer": ["var net = simpleNet(W);\nloss = net.loss(input, label);\n"
                         "dw23 = net.numericalGradient(input, label).get(0, 2);"],
}


def grading(cell):
    return cell.metadata.get("nbgrader", {})


def autograde(cell, warnings):
    """(score, max points) of a graded code cell by nbgrader's rules (see the module text)."""
    points = float(grading(cell)["points"])
    for output in cell.outputs:
        if output.output_type == "error" or output.output_type == "stream" and output.name == "stderr":
            return 0.0, points
        if output.output_type == "execute_result":
            text = output.data["text/plain"]
            try:
                score = float(text)
            except ValueError:
                warnings.append("%s: non-numeric result %r read as full points" % (grading(cell)["grade_id"], text))
                return points, points
            if score > points:
                raise ValueError("%s: partial credit %s above the cell's %s points" % (grading(cell)["grade_id"], score, points))
            return (score if score >= 0 else points), points
    return points, points


def replace_solutions(source, replacements):
    """nbgrader's ClearSolutions on one cell: each BEGIN..END SOLUTION region becomes the next
    replacement's lines, indented like the BEGIN line."""
    lines, out, inside, regions = source.split("\n"), [], False, 0
    for line in lines:
        if "BEGIN SOLUTION" in line:
            assert not inside, "nested BEGIN SOLUTION in:\n" + source
            inside = True
            indent = re.match(r"\s*", line).group(0)
            out.extend(indent + stub for stub in replacements[regions].split("\n"))
            regions += 1
        elif "END SOLUTION" in line:
            inside = False
        elif not inside:
            out.append(line)
    assert not inside, "no END SOLUTION in:\n" + source
    return "\n".join(out), regions


def with_answers(nb, answers_of):
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            if grading(cell).get("solution"):
                cell.source, _ = replace_solutions(cell.source, answers_of(grading(cell)["grade_id"]))
    return nb


def execute(nb):
    NotebookClient(nb, timeout=600, kernel_name=nb.metadata.kernelspec.name, allow_errors=True,
                   resources={"metadata": {"path": os.path.dirname(ASSIGNMENT)}}).execute()
    return nb


def graded(nb):
    return [c for c in nb.cells if c.cell_type == "code" and grading(c).get("grade")]


class AssignmentNotebookTest(unittest.TestCase):
    def setUp(self):
        self.nb = nbformat.read(ASSIGNMENT, as_version=4)

    def test_answer_cells_use_nbgraders_markers_and_have_a_todo(self):
        answers = [c for c in self.nb.cells if grading(c).get("solution")]
        self.assertEqual(sorted(grading(c)["grade_id"] for c in answers), sorted(WRONG))
        for cell in answers:
            _, regions = replace_solutions(cell.source, [JAVA_STUB] * 9)
            self.assertGreaterEqual(regions, 1, "answer cell %s has no solution region" % grading(cell)["grade_id"])
            self.assertEqual(regions, len(WRONG[grading(cell)["grade_id"]]))
            self.assertIn("// TODO", cell.source, "answer cell %s has no TODO line" % grading(cell)["grade_id"])
        for cell in graded(self.nb):
            self.assertTrue(grading(cell).get("locked"), grading(cell)["grade_id"])
            self.assertNotIn("SOLUTION", cell.source, grading(cell)["grade_id"])

    def test_the_reference_answers_score_full_points_without_warnings(self):
        warnings = []
        cells = graded(self.nb)
        self.assertGreaterEqual(len(cells), 10)
        for cell in cells:
            with self.subTest(cell=grading(cell)["grade_id"]):
                self.assertEqual(autograde(cell, warnings), (grading(cell)["points"],) * 2)
                self.assertIn("✔ passed", "".join(o.get("data", {}).get("text/plain", "") for o in cell.outputs))
        self.assertEqual(warnings, [])
        stderr = [(c.source[:40], o.text) for c in self.nb.cells if c.cell_type == "code"
                  for o in c.outputs if o.output_type == "stream" and o.name == "stderr"]
        self.assertEqual(stderr, [], "a cell wrote to stderr, which nbgrader scores as 0")

    def test_the_students_copy_scores_zero_in_every_graded_cell(self):
        nb = execute(with_answers(self.nb, lambda grade_id: [JAVA_STUB] * len(WRONG[grade_id])))
        for cell in graded(nb):
            with self.subTest(cell=grading(cell)["grade_id"]):
                self.assertEqual(autograde(cell, [])[0], 0.0)
                self.assertTrue([o for o in cell.outputs if o.output_type == "error"], "fails with an error")

    def test_wrong_answers_score_zero_and_points_give_partial_credit(self):
        nb = with_answers(self.nb, lambda grade_id: WRONG[grade_id])
        partial = nbformat.v4.new_code_cell("check(4.2).closeTo(4, 0.5).points(0.5)", metadata={"nbgrader": {
            "grade": True, "grade_id": "partial-credit", "locked": True, "points": 2, "schema_version": 3,
            "solution": False, "task": False}})
        nb.cells.append(partial)
        nb = execute(nb)
        for cell in graded(nb)[:-1]:
            with self.subTest(cell=grading(cell)["grade_id"]):
                self.assertEqual(autograde(cell, [])[0], 0.0)
                errors = [o for o in cell.outputs if o.output_type == "error"]
                self.assertTrue(errors)
                self.assertEqual(errors[0].ename, "CheckFailure", errors[0].evalue)
        self.assertEqual(autograde(graded(nb)[-1], []), (0.5, 2.0))


if __name__ == "__main__":
    unittest.main()
