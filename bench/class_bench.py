"""A class starting at once (issue 11): DiffKernel against ipykernel + numpy + matplotlib + sympy
on the same five-cell session. Not a test: it measures, prints a table and never fails on a goal.

Run it through bench/run-class-bench.sh (builds, installs the kernelspec into target/bench-jupyter,
then runs this with /usr/bin/python3).

What is measured, and how (all contenders in one run, taking turns, on the same machine):
- a class: N kernels (8) launched at once, each running the session below as soon as it answers;
  wall time from the first launch until the last session's last reply, the worst single cell
  (send to reply, start-up excluded), and PSS per kernel (Pss of /proc/PID/smaps_rollup, which
  splits pages shared between kernels, e.g. a mapped CDS archive, among them) with all N alive
  after their sessions;
- a session's first minutes: one kernel alone, launch to the first `1 + 1` result (cold start), then
  the median round trip of the first 50 `1 + 1` cells (send to execute_reply and IOPub idle);
  REPS times per contender, in rotation.
"""
import argparse
import json
import os
import statistics
import sys
import threading
import time

import zmq
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

TIMEOUT = 300.0
IDLE_S = 5.0  # PSS is measured right after the last reply and again after this many seconds idle (students read)

SESSIONS = {
    "java": [
        'var f = fn("f(x) = 0.01*x^2 + 0.1*x"); f',
        "f.diff()",
        "plot(f).from(0).to(20).tangentAt(5)",
        'var run = gradientDescent(fn("x0^2 + x1^2"), -3.0, 4.0).lr(0.1).steps(100).run(); run.table()',
        "run.plot()",
    ],
    "python": [
        "import sympy as sp\nx = sp.symbols('x')\nf = sp.Rational(1, 100)*x**2 + sp.Rational(1, 10)*x\nf",
        "sp.diff(f, x)",
        "import numpy as np\nimport matplotlib.pyplot as plt\n"
        "F, dF = sp.lambdify(x, f, 'numpy'), sp.lambdify(x, sp.diff(f, x), 'numpy')\n"
        "xs = np.arange(0.0, 20.0, 0.1)\nplt.plot(xs, F(xs), label='f')\n"
        "plt.plot(xs, dF(5)*(xs - 5) + F(5), label='tangent at 5')\nplt.legend(); plt.show()",
        "from IPython.display import HTML\n"
        "def numerical_gradient(f, x):\n    h = 1e-4\n    grad = np.zeros_like(x)\n"
        "    for i in range(x.size):\n        t = x[i]\n        x[i] = t + h; a = f(x)\n        x[i] = t - h; b = f(x)\n"
        "        grad[i] = (a - b) / (2*h); x[i] = t\n    return grad\n"
        "def L(w): return w[0]**2 + w[1]**2\n"
        "w = np.array([-3.0, 4.0]); path = [w.copy()]\n"
        "for i in range(100):\n    w -= 0.1 * numerical_gradient(L, w); path.append(w.copy())\n"
        "path = np.array(path)\n"
        "HTML('<table><tr><th>step</th><th>x0</th><th>x1</th><th>f</th></tr>' + ''.join("
        "'<tr><td>%d</td><td>%.6g</td><td>%.6g</td><td>%.6g</td></tr>' % (i, p[0], p[1], L(p)) "
        "for i, p in enumerate(path)) + '</table>')",
        "X0, X1 = np.meshgrid(np.linspace(-4.5, 4.5, 100), np.linspace(-4.5, 4.5, 100))\n"
        "plt.contour(X0, X1, X0**2 + X1**2, 20)\nplt.plot(path[:, 0], path[:, 1], 'o-')\nplt.show()",
    ],
}
TRIVIAL = {"java": "1 + 1", "python": "1 + 1"}


def pss_kb(pid):
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    raise RuntimeError("no Pss for %d" % pid)


def cpu_s(pid):
    """User plus system CPU seconds the process has used so far."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Kernel:
    """A launched kernel and a minimal client (jupyter_client's Session over pyzmq sockets)."""

    def __init__(self, name, log):
        self.name = name
        self.km = KernelManager(kernel_name=name)
        self.km.context.setsockopt(zmq.RECONNECT_IVL, 5)
        self.launched = time.monotonic()
        self.km.start_kernel(stdout=log, stderr=log)
        self.pid = self.km.provisioner.pid
        self.session = self.km.session
        self.shell = self.km.connect_shell()
        self.iopub = self.km.connect_iopub()

    def _send(self, msg_type, content):
        msg = self.session.msg(msg_type, content)
        self.session.send(self.shell, msg)
        return msg["header"]["msg_id"]

    def _recv(self, socket, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not socket.poll(remaining * 1000):
            raise TimeoutError("%s: no message within %.0f s" % (self.name, TIMEOUT))
        _, frames = self.session.feed_identities(socket.recv_multipart())
        return self.session.deserialize(frames)

    def wait_until_connected(self):
        deadline = self.launched + TIMEOUT
        while True:
            self._send("kernel_info_request", {})
            while self._recv(self.shell, deadline)["msg_type"] != "kernel_info_reply":
                pass
            if self.iopub.poll(20):
                while self.iopub.poll(0):
                    self.iopub.recv_multipart()
                return

    def execute(self, code):
        """Runs code; returns seconds until its execute_reply and IOPub idle are both in."""
        deadline = time.monotonic() + TIMEOUT
        start = time.monotonic()
        msg_id = self._send("execute_request", {"code": code, "silent": False, "store_history": True,
                                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        replied = idle = False
        while not idle:
            msg = self._recv(self.iopub, deadline)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "error":
                raise RuntimeError("%s: %r failed: %s" % (self.name, code[:40], msg["content"]["evalue"]))
            idle = msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle"
        while not replied:
            msg = self._recv(self.shell, deadline)
            replied = msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_reply"
        return time.monotonic() - start

    def shutdown(self):
        self.shell.close(0)
        self.iopub.close(0)
        self.km.shutdown_kernel(now=True)


def language(name):
    return "python" if name.startswith("python") else "java"


def a_class(name, students, log):
    """students kernels at once, each running the session; wall, worst cell, PSS/RSS per kernel."""
    session = SESSIONS[language(name)]
    kernels, cells, errors = [], [], []
    start = time.monotonic()
    done = []

    def student():
        try:
            k = Kernel(name, log)
            kernels.append(k)
            k.wait_until_connected()
            for index, code in enumerate(session):
                cells.append((index, k.execute(code)))
            done.append(time.monotonic())
        except Exception as e:  # reported, and the run fails below
            errors.append(e)

    threads = [threading.Thread(target=student) for _ in range(students)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    wall = max(done) - start
    pss_busy = [pss_kb(k.pid) / 1024 for k in kernels]
    time.sleep(IDLE_S)  # the students read the last output
    pss = [pss_kb(k.pid) / 1024 for k in kernels]
    rss = [rss_kb(k.pid) / 1024 for k in kernels]
    cpu = [cpu_s(k.pid) for k in kernels]
    for k in kernels:
        k.shutdown()
    seconds = [t for _, t in cells]
    # which of the session's cells keeps the students waiting (the first one: JShell's start and the
    # first declaration, while all eight kernels start at once)
    by_cell = [[t for i, t in cells if i == index] for index in range(len(session))]
    return {"wall_s": wall, "worst_cell_s": max(seconds), "median_cell_s": statistics.median(seconds),
            "cell_median_s": [statistics.median(ts) for ts in by_cell], "cell_max_s": [max(ts) for ts in by_cell],
            "pss_busy_mb": pss_busy, "pss_mb": pss, "rss_mb": rss, "cpu_s": cpu}


def first_minutes(name, cells, log):
    k = Kernel(name, log)
    try:
        k.wait_until_connected()
        trips = [k.execute(TRIVIAL[language(name)]) for _ in range(cells)]
        cold = k.launched
        return {"cold_start_s": None, "trips_ms": [1000 * t for t in trips], "launched": cold}
    finally:
        k.shutdown()


def cold_start(name, log):
    """Launch to the first trivial cell's reply."""
    k = Kernel(name, log)
    try:
        k.wait_until_connected()
        k.execute(TRIVIAL[language(name)])
        return time.monotonic() - k.launched
    finally:
        k.shutdown()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kernels", default="diffkernel,python3",
                        help="kernelspec names, comma-separated; python3 is ipykernel")
    parser.add_argument("--students", type=int, default=8)
    parser.add_argument("--reps", type=int, default=3, help="rounds of the single-kernel measurements")
    parser.add_argument("--classes", type=int, default=1, help="rounds of the class measurement")
    parser.add_argument("--cells", type=int, default=50)
    parser.add_argument("--json")
    parser.add_argument("--logs", default=os.devnull)
    args = parser.parse_args()
    names = args.kernels.split(",")
    specs = KernelSpecManager().find_kernel_specs()
    missing = [n for n in names if n not in specs]
    if missing:
        sys.exit("class_bench: no kernelspec %s (JUPYTER_PATH=%r)" % (missing, os.environ.get("JUPYTER_PATH")))
    results = {n: {"classes": [], "cold_s": [], "first50_median_ms": []} for n in names}
    with open(args.logs, "a") as log:
        for _ in range(args.reps):
            for n in names:
                results[n]["cold_s"].append(cold_start(n, log))
                trips = first_minutes(n, args.cells, log)["trips_ms"]
                results[n]["first50_median_ms"].append(statistics.median(trips))
                print("  %-24s cold %.2f s, first %d cells median %.1f ms" % (
                    n, results[n]["cold_s"][-1], args.cells, results[n]["first50_median_ms"][-1]), file=sys.stderr)
        for _ in range(args.classes):
            for n in names:
                c = a_class(n, args.students, log)
                results[n]["classes"].append(c)
                print("  %-24s %d at once: %.1f s, worst cell %.1f s, PSS %.0f MB at the end, %.0f MB idle (medians), RSS %.0f MB, CPU %.1f s" % (
                    n, args.students, c["wall_s"], c["worst_cell_s"], statistics.median(c["pss_busy_mb"]),
                    statistics.median(c["pss_mb"]),
                    statistics.median(c["rss_mb"]), statistics.median(c["cpu_s"])), file=sys.stderr)
                print("  %-24s each cell, median (max): %s" % (n, ", ".join(
                    "%d: %.2f s (%.2f)" % (i + 1, m, x) for i, (m, x) in enumerate(zip(c["cell_median_s"], c["cell_max_s"])))),
                    file=sys.stderr)
    med = statistics.median
    base = "python3" if "python3" in names else names[-1]

    def figure(n, key):
        if key in ("wall", "pss", "pss_busy", "cpu", "worst") and not results[n]["classes"]:
            return float("nan")  # --classes 0: single kernels only
        if key == "wall":
            return med(c["wall_s"] for c in results[n]["classes"])
        if key in ("pss", "pss_busy", "cpu"):
            return med(med(c[key + ("_s" if key == "cpu" else "_mb")]) for c in results[n]["classes"])
        if key == "worst":
            return med(c["worst_cell_s"] for c in results[n]["classes"])
        if key == "first50":
            return med(results[n]["first50_median_ms"]) if results[n]["first50_median_ms"] else float("nan")
        return med(results[n]["cold_s"]) if results[n]["cold_s"] else float("nan")  # --reps 0

    print("| kernel | %d at once: wall | worst cell | CPU per kernel | PSS per kernel at the end | PSS per kernel, %.0f s idle "
          "| first %d cells: median round trip | cold start |" % (args.students, IDLE_S, args.cells))
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in names:
        ratio = lambda key: "" if n == base else " (%.2f×)" % (figure(n, key) / figure(base, key))
        print("| %s | %.1f s%s | %.1f s | %.1f s%s | %.0f MB%s | %.0f MB%s | %.1f ms%s | %.2f s%s |" % (
            n, figure(n, "wall"), ratio("wall"), figure(n, "worst"), figure(n, "cpu"), ratio("cpu"),
            figure(n, "pss_busy"), ratio("pss_busy"), figure(n, "pss"), ratio("pss"),
            figure(n, "first50"), ratio("first50"), figure(n, "cold"), ratio("cold")))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
