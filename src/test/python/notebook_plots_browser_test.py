"""A notebook with a table and the lectures' plots, executed by nbconvert and exported to HTML, then
opened in headless Chromium with JavaScript on (plotly draws: its SVG exists) and off (the static
pictures show). Chromium gets no network: every host resolves to nothing. Screenshots are kept in
target/browser-check/ as test artifacts.
"""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
ARTIFACTS = os.path.join(ROOT, "target", "browser-check")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

CELLS = [
    'table("h", new double[] {0.1, 0.01, 0.001}, "error", new double[] {1e-3, 1e-5, 1e-7})',
    'var f = fn("f(x) = 0.01*x^2 + 0.1*x");\nplot(f).from(0).to(20).tangentAt(5)',
    'var run = gradientDescent(fn("x^2 + y^2"), -3.0, 4.0).lr(0.1).steps(20).run();\n'
    'contour(fn("x^2 + y^2")).x(-4, 4).y(-4, 5).path(run.path())',
    'surface(fn("x^2 + y^2")).x(-3, 3).y(-3, 3)',
]


def chromium(html, *flags):
    with tempfile.TemporaryDirectory() as profile:
        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                   "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile,
                   "--window-size=1200,2600", "--virtual-time-budget=20000", *flags, "file://" + html]
        return subprocess.run(command, capture_output=True, text=True, timeout=180)


@unittest.skipUnless(os.path.exists(CHROMIUM), "needs Debian's chromium (./install.sh --test-tools)")
class NotebookPlotsInBrowserTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(ARTIFACTS, exist_ok=True)
        cls.tmp = tempfile.mkdtemp()
        nb = new_notebook()
        nb.metadata["kernelspec"] = {"name": "diffkernel", "display_name": "Java (DiffKernel)", "language": "java"}
        nb.cells = [new_code_cell(code) for code in CELLS]
        source = os.path.join(cls.tmp, "plots.ipynb")
        nbformat.write(nb, source)
        done = subprocess.run(["/usr/bin/jupyter", "nbconvert", "--to", "html", "--execute", source],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        cls.html = os.path.join(cls.tmp, "plots.html")
        shutil.copy(cls.html, os.path.join(ARTIFACTS, "plots.html"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_export_holds_every_plot_with_a_static_picture(self):
        with open(self.html, encoding="utf-8") as page:
            text = page.read()
        self.assertEqual(3, text.count('class="diffkernel-plot"'))
        self.assertEqual(3, len(re.findall(r'<img class="dk-static"', text)))
        self.assertIn("<table", text)
        self.assertNotRegex(text, r'src="https?://[^"]*plotly', "plotly.js must not come from the network")

    def test_with_javascript_plotly_draws_every_plot(self):
        done = chromium(self.html, "--dump-dom")
        self.assertEqual(0, done.returncode, done.stderr[-2000:])
        dom = done.stdout
        self.assertGreaterEqual(dom.count('class="main-svg"'), 3, "plotly drew fewer than 3 plots")
        chromium(self.html, "--screenshot=" + os.path.join(ARTIFACTS, "plots-javascript-on.png"))

    def test_without_javascript_the_static_pictures_show(self):
        # Scripts off through the page's own policy (Chromium's scriptEnabled=false also stops --dump-dom).
        no_scripts = os.path.join(self.tmp, "plots-no-scripts.html")
        with open(self.html, encoding="utf-8") as page:
            text = page.read()
        with open(no_scripts, "w", encoding="utf-8") as page:
            page.write(text.replace("<head>", "<head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">", 1))
        done = chromium(no_scripts, "--dump-dom")
        self.assertEqual(0, done.returncode, done.stderr[-2000:])
        dom = done.stdout
        self.assertNotIn('class="main-svg"', dom)
        pictures = re.findall(r'<img class="dk-static"[^>]*>', dom)
        self.assertEqual(3, len(pictures))
        for picture in pictures:
            self.assertNotIn("display: none", picture)
            self.assertNotIn("display:none", picture)
        chromium(no_scripts, "--screenshot=" + os.path.join(ARTIFACTS, "plots-javascript-off.png"))


if __name__ == "__main__":
    unittest.main()
