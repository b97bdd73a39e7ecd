"""Every notebook in notebooks/ executed afresh through nbclient, as the course would run it.

Checks, for each notebook:
- no cell fails, except cells tagged "raises-exception" (which must fail: they show an error on purpose);
- the key numbers of the lecture notes appear in the outputs (notebooks/expected.json);
- the committed outputs are exactly what a fresh run produces (so they never rot, and executing twice
  gives the same bytes), except cells tagged "nondeterministic" (timings).
"""
import copy
import glob
import json
import os
import unittest

import nbformat
from nbclient import NotebookClient

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
NOTEBOOKS = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
EXPECTED = os.path.join(ROOT, "notebooks", "expected.json")


def execute(path):
    nb = nbformat.read(path, as_version=4)
    fresh = copy.deepcopy(nb)
    NotebookClient(fresh, timeout=600, kernel_name=nb.metadata.kernelspec.name,
                   resources={"metadata": {"path": os.path.dirname(path)}}).execute()
    return nb, fresh


def comparable(cell):
    """A cell's outputs without what may differ between runs by design: transient data, and where
    printed text was cut into stream messages (that depends on timing; nbconvert joins them too)."""
    outputs = []
    for output in cell.get("outputs", []):
        output = copy.deepcopy(output)
        output.pop("transient", None)
        previous = outputs[-1] if outputs else None
        if (output.get("output_type") == "stream" and previous is not None
                and previous.get("output_type") == "stream" and previous.get("name") == output.get("name")):
            previous["text"] = previous["text"] + output["text"]
            continue
        outputs.append(output)
    return outputs


def text_of(nb):
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            for value in output.get("data", {}).values():
                parts.append(value if isinstance(value, str) else json.dumps(value))
            parts.append(output.get("ename", ""))
            parts.extend(output.get("traceback", []))
    return "\n".join(parts)


class LectureNotebooksTest(unittest.TestCase):
    def test_there_are_notebooks(self):
        self.assertTrue(NOTEBOOKS, "notebooks/ holds no notebook")

    def test_every_notebook(self):
        expected = {}
        if os.path.exists(EXPECTED):
            with open(EXPECTED, encoding="utf-8") as f:
                expected = json.load(f)
        for path in NOTEBOOKS:
            name = os.path.basename(path)
            with self.subTest(notebook=name):
                committed, fresh = execute(path)
                for number, (old, new) in enumerate(zip(committed.cells, fresh.cells)):
                    if new.cell_type != "code":
                        continue
                    tags = new.metadata.get("tags", [])
                    errors = [o for o in new.outputs if o.output_type == "error"]
                    if "raises-exception" in tags:
                        self.assertTrue(errors, "%s cell %d should fail but did not" % (name, number))
                    else:
                        self.assertFalse(errors, "%s cell %d failed: %s" % (
                            name, number, errors and "\n".join(errors[0].traceback)))
                    if "nondeterministic" not in tags:
                        self.assertEqual(comparable(old), comparable(new),
                                         "%s cell %d: committed outputs differ from a fresh run; "
                                         "re-execute the notebook (see notebooks/README.md)" % (name, number))
                shown = text_of(fresh)
                for needle in expected.get(name, []):
                    self.assertIn(needle, shown, "%s does not show %r" % (name, needle))


if __name__ == "__main__":
    unittest.main()
