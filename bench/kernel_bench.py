"""Kernel benchmark for issue 2: cold start and a trivial cell's round trip, DiffKernel vs ipykernel,
next to bare JShell's own evaluation time. Not a test: it measures, prints a table and never fails
on a goal.

Run it through bench/run-kernel-bench.sh (builds, installs the kernelspec into target/bench-jupyter,
then runs this with /usr/bin/python3). By hand:

    JUPYTER_PATH=$PWD/target/bench-jupyter/share/jupyter /usr/bin/python3 bench/kernel_bench.py \
        --classpath target/test-classes:target/diffkernel.jar

What is measured, and how:
- cold start: from KernelManager.start_kernel (the kernel process is launched) until the first
  cell's result, `1 + 1` -> execute_result "2" on IOPub and its execute_reply on shell, have both
  arrived. The client sends kernel_info_request at once (ZeroMQ queues it until the kernel binds)
  and the cell as soon as IOPub is seen to be connected, as a front end's wait_for_ready does, but
  with a 5 ms ZeroMQ reconnect interval instead of 100 ms, so that the client's retry rhythm does
  not round the figure up.
- round trip: a fresh kernel, WARMUP executions of `1 + 1`, then RUNS timed ones; each is the
  time from sending execute_request until its execute_result and execute_reply have both arrived.
  Messages are signed and parsed by jupyter_client's Session over plain pyzmq sockets; the same
  measured through jupyter_client's BlockingKernelClient.execute_interactive (what nbclient-like
  clients pay on top: its asyncio plumbing) is shown too.
- bare JShell: dev.diffkernel.bench.JShellBench in a fresh JVM per repetition (see its Javadoc).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone

import zmq
import jupyter_client
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

SNIPPET = "1 + 1"
EXPECTED = "2"
TIMEOUT = 60.0

KERNELS = [
    # (label, kernelspec name)
    ("DiffKernel, CDS archive", "diffkernel"),
    ("DiffKernel, no CDS archive", "diffkernel-nocds"),
    ("ipykernel (python3)", "python3"),
]


class Timeout(Exception):
    pass


class Client:
    """Just enough of a Jupyter client: jupyter_client's Session over synchronous pyzmq sockets."""

    def __init__(self, km):
        self.session = km.session
        self.shell = km.connect_shell()
        self.iopub = km.connect_iopub()

    def send(self, msg_type, content):
        msg = self.session.msg(msg_type, content)
        self.session.send(self.shell, msg)
        return msg["header"]["msg_id"]

    def recv(self, socket, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not socket.poll(remaining * 1000):
            raise Timeout("no message within %.0f s" % TIMEOUT)
        _, frames = self.session.feed_identities(socket.recv_multipart())
        return self.session.deserialize(frames)

    def wait_until_connected(self, deadline):
        """kernel_info until the reply comes and IOPub is seen to deliver (ZeroMQ's slow joiner)."""
        while True:
            self.send("kernel_info_request", {})
            while True:
                reply = self.recv(self.shell, deadline)
                if reply["msg_type"] == "kernel_info_reply":
                    break
            replied = time.monotonic()
            if self.iopub.poll(20):
                while self.iopub.poll(0):
                    self.iopub.recv_multipart()
                return replied

    def execute(self, code, deadline):
        """Runs code; returns the text/plain of its execute_result once its execute_reply is in too."""
        msg_id = self.send("execute_request", {
            "code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True})
        result = None
        while result is None:
            msg = self.recv(self.iopub, deadline)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "execute_result":
                result = msg["content"]["data"].get("text/plain")
            elif msg["msg_type"] == "error":
                raise RuntimeError("%s failed: %s" % (code, msg["content"]))
        while True:
            msg = self.recv(self.shell, deadline)
            if msg["parent_header"].get("msg_id") == msg_id:
                if msg["content"]["status"] != "ok":
                    raise RuntimeError("%s: %s" % (code, msg["content"]))
                return result

    def close(self):
        self.shell.close(linger=0)
        self.iopub.close(linger=0)


def cpu_seconds(km):
    """User + system CPU time the kernel process has used so far (all its threads)."""
    with open("/proc/%d/stat" % km.provisioner.pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(kernel, log):
    km = KernelManager(kernel_name=kernel)
    km.context.setsockopt(zmq.RECONNECT_IVL, 5)
    started = time.monotonic()
    km.start_kernel(stdout=log, stderr=log)
    return km, started


def stop(km, client):
    client.close()
    km.shutdown_kernel(now=False)


def cold_start(kernel, log):
    """Seconds from launch to kernel_info reply and to the first cell's result."""
    km, started = start(kernel, log)
    client = Client(km)
    try:
        deadline = started + TIMEOUT
        info = client.wait_until_connected(deadline)
        value = client.execute(SNIPPET, deadline)
        first = time.monotonic()
        cpu = cpu_seconds(km)
        check(kernel, value)
        return {"kernel_info_s": info - started, "first_result_s": first - started, "cpu_s": cpu}
    finally:
        stop(km, client)


def round_trips(kernel, log, warmup, runs):
    """Milliseconds per `1 + 1`, raw Session client and BlockingKernelClient.execute_interactive."""
    km, started = start(kernel, log)
    client = Client(km)
    try:
        client.wait_until_connected(started + TIMEOUT)
        for _ in range(warmup):
            check(kernel, client.execute(SNIPPET, time.monotonic() + TIMEOUT))
        raw = []
        cpu = cpu_seconds(km)
        for _ in range(runs):
            t = time.perf_counter()
            value = client.execute(SNIPPET, time.monotonic() + TIMEOUT)
            raw.append((time.perf_counter() - t) * 1000)
            check(kernel, value)
        cpu_ms = (cpu_seconds(km) - cpu) * 1000 / runs
        client.close()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=TIMEOUT)
            blocking = []
            for i in range(warmup + runs // 2):
                t = time.perf_counter()
                reply = kc.execute_interactive(SNIPPET, output_hook=lambda msg: None, timeout=TIMEOUT)
                if i >= warmup:
                    blocking.append((time.perf_counter() - t) * 1000)
                if reply["content"]["status"] != "ok":
                    raise RuntimeError(reply["content"])
        finally:
            kc.stop_channels()
        return {"raw_ms": raw, "blocking_ms": blocking, "cpu_ms_per_cell": cpu_ms}
    finally:
        km.shutdown_kernel(now=False)


def check(kernel, value):
    if value != EXPECTED:
        raise RuntimeError("%s answered %r to %s, expected %r" % (kernel, value, SNIPPET, EXPECTED))


# ---- kernelspecs ----------------------------------------------------------------------------------

def prepare_kernelspecs():
    """Checks that diffkernel comes from JUPYTER_PATH and adds diffkernel-nocds beside it."""
    specs = KernelSpecManager().find_kernel_specs()
    jupyter_path = os.environ.get("JUPYTER_PATH", "")
    resource_dir = specs.get("diffkernel")
    if not resource_dir or not jupyter_path or not os.path.realpath(resource_dir).startswith(
            os.path.realpath(jupyter_path.split(os.pathsep)[0])):
        sys.exit("kernel_bench: the 'diffkernel' kernelspec must come from the first JUPYTER_PATH entry "
                 "(JUPYTER_PATH=%r, found %r); run bench/run-kernel-bench.sh" % (jupyter_path, resource_dir))
    with open(os.path.join(resource_dir, "kernel.json")) as f:
        spec = json.load(f)
    archive = os.path.join(resource_dir, "diffkernel.jsa")
    if not os.path.isfile(archive):
        sys.exit("kernel_bench: %s is missing; install.sh records it" % archive)
    argv = [a.replace("{resource_dir}", resource_dir) for a in spec["argv"]]
    java = argv[0]
    # The archive must really map (a class path mismatch would silently turn CDS off with -Xshare:auto).
    probe = [a for a in argv if a != "{connection_file}" and not a.startswith("-Xshare")]
    probe.insert(1, "-Xshare:on")
    out = subprocess.run(probe, capture_output=True, text=True)
    if out.returncode != 2 or "usage" not in out.stdout + out.stderr:  # 2: the kernel's usage message, so the VM started
        sys.exit("kernel_bench: the JVM does not start with -Xshare:on and the CDS archive:\n" + out.stdout + out.stderr)
    nocds = dict(spec)
    nocds["argv"] = [a for a in argv if not a.startswith("-XX:SharedArchiveFile=")]
    nocds["display_name"] = spec["display_name"] + " without its CDS archive"
    nocds_dir = os.path.join(os.path.dirname(resource_dir), "diffkernel-nocds")
    os.makedirs(nocds_dir, exist_ok=True)
    with open(os.path.join(nocds_dir, "kernel.json"), "w") as f:
        json.dump(nocds, f, indent=1)
    if "python3" not in specs:
        sys.exit("kernel_bench: no 'python3' kernelspec; install Debian's python3-ipykernel")
    return java, resource_dir


# ---- bare JShell ----------------------------------------------------------------------------------

def jshell(java, classpath, mode, warmup, runs, extra=()):
    out = subprocess.run([java, *extra, "-cp", classpath, "dev.diffkernel.bench.JShellBench", mode,
                          str(warmup), str(runs), SNIPPET], capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError("JShellBench %s failed:\n%s%s" % (mode, out.stdout, out.stderr))
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---- report ---------------------------------------------------------------------------------------

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round((len(s) - 1) * p / 100)))]


def java_version(java):
    out = subprocess.run([java, "-version"], capture_output=True, text=True)
    return out.stderr.strip().splitlines()


def table(results):
    med = statistics.median
    lines = []
    add = lines.append
    m = results["machine"]
    add("DiffKernel kernel benchmark, %s" % results["date"])
    add("machine: %d cores (nproc), %s; load average %.2f before, %.2f after"
        % (m["nproc"], m["platform"], m["load_before"], m["load_after"]))
    add("java: %s" % " | ".join(m["java"]))
    add("python %s, jupyter_client %s, ipykernel %s" % (m["python"], m["jupyter_client"], m["ipykernel"]))
    add("cold start: %d runs each, interleaved; round trip of `%s`: %d warm-up + %d timed executions"
        % (results["reps"], SNIPPET, results["warmup"], results["runs"]))
    add("")
    row = "%-28s | %-25s | %-7s | %-11s | %-24s | %-15s | %-8s"
    head = row % ("kernel", "cold start: median (runs)", "its CPU", "kernel_info",
                  "1+1 round trip median", "p10 - p90", "CPU/cell")
    add(head)
    add("-" * len(head))
    for label, name in KERNELS:
        r = results["kernels"][name]
        cold = [c["first_result_s"] for c in r["cold"]]
        rt = r["round_trip"]
        add(row % (label, "%.2f s (%s)" % (med(cold), " ".join("%.2f" % c for c in cold)),
                   "%.2f s" % med(c["cpu_s"] for c in r["cold"]),
                   "%.2f s" % med(c["kernel_info_s"] for c in r["cold"]),
                   "%.1f ms (%.1f client)" % (med(rt["raw_ms"]), med(rt["blocking_ms"])),
                   "%.1f - %.1f ms" % (pct(rt["raw_ms"], 10), pct(rt["raw_ms"], 90)),
                   "%.1f ms" % rt["cpu_ms_per_cell"]))
    add("")
    head = row % ("JShell, no Jupyter", "launch to 1st result", "its CPU", "1st eval",
                  "1+1 eval median", "p10 - p90", "CPU/eval")
    add(head)
    add("-" * len(head))
    for label, key in (("bare JShell (local engine)", "bare"),
                       ("same, each snippet dropped", "bare_drop"),
                       ("+ kernel class path+imports", "bare_kernel_setup"),
                       ("kernel's JavaEvaluator", "evaluator")):
        runs = results["jshell"][key]
        launch = [r["launch_to_first_s"] for r in runs]
        add(row % (label, "%.2f s (%s)" % (med(launch), " ".join("%.2f" % x for x in launch)),
                   "%.2f s" % med(r["cpu_at_first_s"] for r in runs),
                   "%.0f ms" % med(r["first_ms"] for r in runs),
                   "%.1f ms" % med(r["median_ms"] for r in runs),
                   "%.1f - %.1f ms" % (med(r["p10_ms"] for r in runs), med(r["p90_ms"] for r in runs)),
                   "%.1f ms" % med(r["cpu_ms_per_eval"] for r in runs)))
    add("")
    ipy = med(c["first_result_s"] for c in results["kernels"]["python3"]["cold"])
    bare = med(r["median_ms"] for r in results["jshell"]["bare"])
    add("Goals (issue 2)")
    for label, name in KERNELS[:2]:
        r = results["kernels"][name]
        cold = med(c["first_result_s"] for c in r["cold"])
        rt = med(r["round_trip"]["raw_ms"])
        add("  %-27s cold start = %.2fx ipykernel's (goal <= 1.5x: %s)" % (
            label, cold / ipy, "met" if cold / ipy <= 1.5 else "NOT met"))
        add("  %-27s round trip - bare JShell eval = %+.1f ms (goal <= +5 ms: %s)" % (
            "", rt - bare, "met" if rt - bare <= 5 else "NOT met"))
    cds, nocds = (med(c["first_result_s"] for c in results["kernels"][k]["cold"])
                  for k in ("diffkernel", "diffkernel-nocds"))
    cds_cpu, nocds_cpu = (med(c["cpu_s"] for c in results["kernels"][k]["cold"])
                          for k in ("diffkernel", "diffkernel-nocds"))
    add("  CDS archive: cold start %.2f s without, %.2f s with (%+.0f%%); CPU %.2f s -> %.2f s (%+.0f%%)" % (
        nocds, cds, 100 * (cds / nocds - 1), nocds_cpu, cds_cpu, 100 * (cds_cpu / nocds_cpu - 1)))
    add("")
    add("round trip: execute_request sent until its execute_result and execute_reply are both in, through")
    add("jupyter_client's Session over pyzmq; '(x client)': the same through BlockingKernelClient.execute_interactive.")
    add("CPU: user+system time of the kernel process (all threads: JIT, GC), steadier than wall time under load.")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classpath", required=True, help="class path holding dev.diffkernel.bench.JShellBench and the kernel")
    parser.add_argument("--reps", type=int, default=3, help="cold starts per kernel (default 3)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed executions first (default 20)")
    parser.add_argument("--runs", type=int, default=200, help="timed executions (default 200)")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--logs", default=os.devnull, help="file for the kernels' own stdout/stderr")
    args = parser.parse_args()

    java, resource_dir = prepare_kernelspecs()
    import ipykernel  # only for its version; the kernel itself runs in its own process
    results = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "reps": args.reps, "warmup": args.warmup, "runs": args.runs, "snippet": SNIPPET,
        "machine": {
            "nproc": os.cpu_count(), "platform": platform.platform(), "load_before": os.getloadavg()[0],
            "java": java_version(java), "python": platform.python_version(),
            "jupyter_client": jupyter_client.__version__, "ipykernel": ipykernel.__version__,
        },
        "kernels": {name: {"cold": []} for _, name in KERNELS},
        "jshell": {},
    }
    with open(args.logs, "a") as log:
        for rep in range(args.reps):  # interleaved, so that a busy moment on a shared machine hits all alike
            for label, name in KERNELS:
                c = cold_start(name, log)
                results["kernels"][name]["cold"].append(c)
                print("cold start %d/%d %-28s %.2f s (kernel_info %.2f s)"
                      % (rep + 1, args.reps, label, c["first_result_s"], c["kernel_info_s"]), file=sys.stderr)
        for label, name in KERNELS:
            results["kernels"][name]["round_trip"] = round_trips(name, log, args.warmup, args.runs)
            print("round trip %-28s %.1f ms" % (label, statistics.median(results["kernels"][name]["round_trip"]["raw_ms"])),
                  file=sys.stderr)
    results["jshell"]["bare"] = [jshell(java, args.classpath, "bare", args.warmup, args.runs) for _ in range(args.reps)]
    results["jshell"]["bare_drop"] = [jshell(java, args.classpath, "bare-drop", args.warmup, args.runs)]
    results["jshell"]["bare_kernel_setup"] = [jshell(java, args.classpath, "bare-kernel-setup", args.warmup, args.runs)]
    results["jshell"]["evaluator"] = [jshell(java, args.classpath, "evaluator", args.warmup, args.runs)]
    print("bare JShell done", file=sys.stderr)
    results["machine"]["load_after"] = os.getloadavg()[0]
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    print(table(results))


if __name__ == "__main__":
    main()
