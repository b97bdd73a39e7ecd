"""Every notebook in notebooks/ executed afresh through nbclient, as the course would run it.

Checks, for each notebook:
- no cell fails, except cells tagged "raises-exception" (which must fail: they show an error on purpose);
- the key numbers of the lecture notes appear in the outputs (notebooks/expected.json);
- the committed outputs are exactly what a fresh run produces (so they never rot, and executing twice
  gives the same bytes), except cells tagged "nondeterministic" (timings), and except the pixels of
  static pictures: how Java2D rasterises a plot and which fonts it finds differ between JDKs and
  machines, so pictures (and the plot ids hashed from them) are compared as "a valid PNG/SVG here";
  with another Java release than the one that committed them, only plain-text outputs are compared.
"""
import base64
import copy
import glob
import json
import os
import re
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


EMBEDDED_PICTURE = re.compile(r"data:image/(png|svg\+xml);base64,([A-Za-z0-9+/=]+)")
PLOT_ID = re.compile(r"dk-[0-9a-f]{16}")


def picture(kind, data):
    """Stands for a picture whose pixels may differ between JDKs; fails if it is not one."""
    raw = base64.b64decode(data) if kind == "png" else data.encode("utf-8")
    if kind == "png" and not raw.startswith(b"\x89PNG\r\n\x1a\n"):
        raise AssertionError("not a PNG picture: %r" % raw[:16])
    if kind != "png" and b"<svg" not in raw[:400]:
        raise AssertionError("not an SVG picture: %r" % raw[:80])
    return "<%s picture>" % kind


def without_pixels(text):
    text = EMBEDDED_PICTURE.sub(lambda m: picture("png" if m.group(1) == "png" else "svg",
                                                  m.group(2) if m.group(1) == "png"
                                                  else base64.b64decode(m.group(2)).decode("utf-8")), text)
    return PLOT_ID.sub("dk-<id>", text)


def java_feature(nb):
    """The Java feature release (17, 21, ...) that produced a notebook's outputs."""
    version = nb.metadata.get("language_info", {}).get("version", "")
    return version.split(".")[0].split("+")[0]


def comparable(cell, same_java=True):
    """A cell's outputs without what may differ between runs by design: transient data, where
    printed text was cut into stream messages (that depends on timing; nbconvert joins them too),
    and the pixels of pictures. Between Java releases only the plain text is compared: plots carry
    raw doubles, and Double.toString (JDK 19) and some Math functions' last bit changed."""
    outputs = []
    for output in cell.get("outputs", []):
        output = copy.deepcopy(output)
        output.pop("transient", None)
        data = output.get("data", {})
        if not same_java:
            for mime in [m for m in data if m != "text/plain"]:
                del data[mime]
        for kind, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            if mime in data:
                value = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
                data[mime] = picture(kind, value.replace("\n", "") if kind == "png" else value)
        for mime, value in list(data.items()):
            if isinstance(value, str):
                data[mime] = without_pixels(value)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                data[mime] = without_pixels("".join(value))
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

    def test_every_notebook_lists_its_key_numbers(self):
        with open(EXPECTED, encoding="utf-8") as f:
            expected = json.load(f)
        for path in NOTEBOOKS:
            name = os.path.basename(path)
            self.assertTrue(expected.get(name), "%s has no key numbers in notebooks/expected.json" % name)

    def test_every_notebook(self):
        expected = {}
        if os.path.exists(EXPECTED):
            with open(EXPECTED, encoding="utf-8") as f:
                expected = json.load(f)
        for path in NOTEBOOKS:
            name = os.path.basename(path)
            with self.subTest(notebook=name):
                committed, fresh = execute(path)
                same_java = java_feature(committed) == java_feature(fresh)
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
                        self.assertEqual(comparable(old, same_java), comparable(new, same_java),
                                         "%s cell %d: committed outputs differ from a fresh run; "
                                         "re-execute the notebook (see notebooks/README.md)" % (name, number))
                shown = text_of(fresh)
                for needle in expected.get(name, []):
                    self.assertIn(needle, shown, "%s does not show %r" % (name, needle))


if __name__ == "__main__":
    unittest.main()
