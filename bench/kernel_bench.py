"""Kernel benchmark for issue 2: cold start and a trivial cell's round trip, DiffKernel vs ipykernel,
next to bare JShell's own evaluation time. Not a test: it measures, prints a table and never fails
on a goal.

Run it through bench/run-kernel-bench.sh (builds, installs the kernelspec into target/bench-jupyter,
then runs this with /usr/bin/python3). By hand:

    JUPYTER_PATH=$PWD/target/bench-jupyter/share/jupyter /usr/bin/python3 bench/kernel_bench.py \\
        --classpath target/test-classes:target/diffkernel.jar

What is measured, and how:
- cold start of a kernel: from KernelManager.start_kernel (the kernel process is launched) until
  the first cell's result, `1 + 1` -> execute_result "2" on IOPub and its execute_reply on shell,
  have both arrived. The client sends kernel_info_request at once (ZeroMQ queues it until the
  kernel binds) and the cell as soon as IOPub is seen to be connected, as a front end's
  wait_for_ready does, but with a 5 ms ZeroMQ reconnect interval instead of 100 ms, so that the
  client's retry rhythm does not round the figure up. Of bare JShell: from the JVM's launch
  until its first `1 + 1` has been evaluated (dev.diffkernel.bench.JShellBench).
- round trip: each kernel fresh, then WARMUP untimed and RUNS timed executions of `1 + 1`, each
  timed from sending execute_request until its execute_result and execute_reply have both arrived
  (jupyter_client's Session, signing and parsing, over plain pyzmq sockets). Bare JShell's
  evaluation is timed inside its JVM.
- Every contender runs in rotation, cold starts too (one each, then again), cells BLOCK in a row
  on one contender and a short pause between turns (so that one JVM's background JIT work does not
  land on the next one's timing), so that a busy moment of a shared machine hits all alike; the
  gap "round trip - bare JShell eval" is also taken cell by cell (paired).
- CPU: user + system time of each process (all threads: JIT compilers, GC), from /proc; on a
  shared machine it is steadier than wall time.
"""
import argparse
import json
import os
import platform
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
PAUSE = 0.1  # seconds between one contender's turn and the next's
SERIAL_HEAP_OPTIONS = ("-XX:+UseSerialGC", "-Xms64m", "-XX:-ShrinkHeapInSteps")

KERNELS = [  # (label, kernelspec name)
    ("DiffKernel, CDS archive", "diffkernel"),
    ("DiffKernel, no CDS archive", "diffkernel-nocds"),
    ("DiffKernel, full JIT (C2)", "diffkernel-fulljit"),
    ("DiffKernel, Serial GC", "diffkernel-serial"),
    ("ipykernel (python3)", "python3"),
]
JSHELLS = [  # (label, JShellBench mode)
    ("bare JShell (local engine)", "bare"),
    ("same, each snippet dropped", "bare-drop"),
    ("+ kernel class path, imports", "bare-kernel-setup"),
    ("kernel's JavaEvaluator", "evaluator"),
]


JAR_MANIFEST_OPENS = ["--add-exports=jdk.compiler/com.sun.tools.javac.%s=ALL-UNNAMED" % p for p in ("api", "code", "util")] \
    + ["--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED"]


class Timeout(Exception):
    pass


def cpu_seconds(pid):
    """User + system CPU time process pid has used so far (all its threads)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Kernel:
    """A launched kernel and just enough of a client: jupyter_client's Session over pyzmq sockets."""

    def __init__(self, name, log):
        self.name = name
        self.km = KernelManager(kernel_name=name)
        self.km.context.setsockopt(zmq.RECONNECT_IVL, 5)
        self.started = time.monotonic()
        self.km.start_kernel(stdout=log, stderr=log)
        self.pid = self.km.provisioner.pid
        self.session = self.km.session
        self.shell = self.km.connect_shell()
        self.iopub = self.km.connect_iopub()

    def send(self, msg_type, content):
        msg = self.session.msg(msg_type, content)
        self.session.send(self.shell, msg)
        return msg["header"]["msg_id"]

    def recv(self, socket, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not socket.poll(remaining * 1000):
            raise Timeout("%s: no message within %.0f s" % (self.name, TIMEOUT))
        _, frames = self.session.feed_identities(socket.recv_multipart())
        return self.session.deserialize(frames)

    def wait_until_connected(self):
        """kernel_info until the reply comes and IOPub is seen to deliver (ZeroMQ's slow joiner)."""
        deadline = self.started + TIMEOUT
        while True:
            self.send("kernel_info_request", {})
            while self.recv(self.shell, deadline)["msg_type"] != "kernel_info_reply":
                pass
            replied = time.monotonic()
            if self.iopub.poll(20):
                while self.iopub.poll(0):
                    self.iopub.recv_multipart()
                return replied - self.started

    def execute(self):
        """Runs the snippet; returns milliseconds until its execute_result and execute_reply are in."""
        deadline = time.monotonic() + TIMEOUT
        t = time.perf_counter()
        msg_id = self.send("execute_request", {
            "code": SNIPPET, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True})
        result = None
        while result is None:
            msg = self.recv(self.iopub, deadline)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "execute_result":
                result = msg["content"]["data"].get("text/plain")
            elif msg["msg_type"] == "error":
                raise RuntimeError("%s: %s failed: %s" % (self.name, SNIPPET, msg["content"]))
        while True:
            msg = self.recv(self.shell, deadline)
            if msg["parent_header"].get("msg_id") == msg_id:
                break
        elapsed = (time.perf_counter() - t) * 1000
        if msg["content"]["status"] != "ok" or result != EXPECTED:
            raise RuntimeError("%s answered %r (%s) to %s" % (self.name, result, msg["content"]["status"], SNIPPET))
        return elapsed

    def close(self):
        self.shell.close(linger=0)
        self.iopub.close(linger=0)
        self.km.shutdown_kernel(now=False)


class JShellProcess:
    """dev.diffkernel.bench.JShellBench in its own JVM: one evaluation per line sent."""

    def __init__(self, java, classpath, mode):
        self.name = mode
        # the kernel's evaluator compiles value cells itself where javac and JShell are opened to it, as
        # the jar's manifest does for the kernel (Add-Exports, Add-Opens); on a bare class path they are not
        opened = JAR_MANIFEST_OPENS if mode == "evaluator" else []
        self.process = subprocess.Popen([java] + opened + ["-cp", classpath, "dev.diffkernel.bench.JShellBench", mode, SNIPPET],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.pid = self.process.pid
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("JShellBench %s ended: exit %s" % (mode, self.process.wait()))
        self.setup = json.loads(line)
        self.setup["cpu_s"] = cpu_seconds(self.pid)

    def execute(self):
        self.process.stdin.write("\n")
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("JShellBench %s ended: exit %s" % (self.name, self.process.wait()))
        return float(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=TIMEOUT)


# ---- the measurements -----------------------------------------------------------------------------

def cold_starts(reps, java, classpath, log, results):
    for rep in range(reps):
        for label, name in KERNELS:
            kernel = Kernel(name, log)
            try:
                info = kernel.wait_until_connected()
                kernel.execute()
                first = time.monotonic() - kernel.started
                cold = {"first_result_s": first, "kernel_info_s": info, "cpu_s": cpu_seconds(kernel.pid)}
            finally:
                kernel.close()
            results["kernels"][name]["cold"].append(cold)
            progress("cold start %d/%d %-30s %.2f s" % (rep + 1, reps, label, first))
        for label, mode in JSHELLS:
            jshell = JShellProcess(java, classpath, mode)
            jshell.close()
            results["jshell"][mode]["cold"].append(jshell.setup)
            progress("cold start %d/%d %-30s %.2f s" % (rep + 1, reps, label, jshell.setup["launch_to_first_s"]))


def rotate(contenders, cells, block, record):
    """Runs `cells` cells on each contender, `block` in a row on one, then on the next; between
    turns a short pause lets the last one's background work (its JIT compilers) settle, so that
    it does not weigh on the next one's timing."""
    done = 0
    while done < cells:
        n = min(block, cells - done)
        for k, (_, contender) in enumerate(contenders):
            time.sleep(PAUSE)
            for _ in range(n):
                record(k, contender.execute())
        done += n
        if done % 50 < block and done >= 50:
            progress("cells %d/%d" % (done, cells))


def round_trips(warmup, runs, block, java, classpath, log, results):
    contenders = []
    try:
        for _, name in KERNELS:
            kernel = Kernel(name, log)
            kernel.wait_until_connected()
            contenders.append((results["kernels"][name], kernel))
        for _, mode in JSHELLS:
            contenders.append((results["jshell"][mode], JShellProcess(java, classpath, mode)))
        rotate(contenders, warmup, block, lambda k, ms: None)
        cpu = [cpu_seconds(c.pid) for _, c in contenders]
        times = [[] for _ in contenders]
        rotate(contenders, runs, block, lambda k, ms: times[k].append(ms))
        for k, (entry, contender) in enumerate(contenders):
            entry["round_trip_ms"] = times[k]
            entry["cpu_ms_per_cell"] = (cpu_seconds(contender.pid) - cpu[k]) * 1000 / runs
    finally:
        for _, contender in contenders:
            contender.close()


def progress(text):
    print(text, file=sys.stderr, flush=True)


# ---- kernelspecs ----------------------------------------------------------------------------------

def prepare_kernelspecs():
    """Checks that diffkernel comes from JUPYTER_PATH and adds diffkernel-nocds,
    diffkernel-fulljit and diffkernel-serial beside it; returns the java command."""
    specs = KernelSpecManager().find_kernel_specs()
    jupyter_path = os.environ.get("JUPYTER_PATH", "")
    resource_dir = specs.get("diffkernel")
    if not resource_dir or not jupyter_path or not os.path.realpath(resource_dir).startswith(
            os.path.realpath(jupyter_path.split(os.pathsep)[0])):
        sys.exit("kernel_bench: the 'diffkernel' kernelspec must come from the first JUPYTER_PATH entry "
                 "(JUPYTER_PATH=%r, found %r); run bench/run-kernel-bench.sh" % (jupyter_path, resource_dir))
    if "python3" not in specs:
        sys.exit("kernel_bench: no 'python3' kernelspec; install Debian's python3-ipykernel")
    with open(os.path.join(resource_dir, "kernel.json")) as f:
        spec = json.load(f)
    archive = os.path.join(resource_dir, "diffkernel.jsa")
    if not os.path.isfile(archive):
        sys.exit("kernel_bench: %s is missing; install.sh records it" % archive)
    argv = [a.replace("{resource_dir}", resource_dir) for a in spec["argv"]]
    # The archive must really map: with -Xshare:auto a mismatch would silently turn it off.
    probe = [a for a in argv if a != "{connection_file}" and not a.startswith("-Xshare")]
    probe.insert(1, "-Xshare:on")
    out = subprocess.run(probe, capture_output=True, text=True)
    if out.returncode != 2 or "usage" not in out.stdout + out.stderr:  # 2: the kernel's usage message
        sys.exit("kernel_bench: the JVM does not start with -Xshare:on and the CDS archive:\n" + out.stdout + out.stderr)
    variant(spec, resource_dir, "diffkernel-nocds", " without its CDS archive",
            [a for a in argv if not a.startswith("-XX:SharedArchiveFile=")])
    # what `install.sh --full-jit` installs
    variant(spec, resource_dir, "diffkernel-fulljit", " with the full JIT",
            [a for a in argv if not a.startswith("-XX:TieredStopAtLevel=")])
    # the Serial collector instead of G1: about 90 MB less per kernel, but the memory guard cannot
    # always stop a fill in time (bench/README.md, "Serial again")
    variant(spec, resource_dir, "diffkernel-serial", " with the Serial collector",
            argv[:1] + list(SERIAL_HEAP_OPTIONS) + [a for a in argv[1:] if not a.startswith("-XX:GCTimeRatio")])
    return argv[0]


def variant(spec, resource_dir, name, suffix, argv):
    """Writes a kernelspec beside diffkernel's that runs the kernel with another command line."""
    other = dict(spec, argv=argv, display_name=spec["display_name"] + suffix)
    other_dir = os.path.join(os.path.dirname(resource_dir), name)
    os.makedirs(other_dir, exist_ok=True)
    with open(os.path.join(other_dir, "kernel.json"), "w") as f:
        json.dump(other, f, indent=1)


# ---- report ---------------------------------------------------------------------------------------

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round((len(s) - 1) * p / 100)))]


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
    add("cold start: %d runs each, in rotation; `%s`: %d warm-up + %d timed executions each, in rotation,"
        " %d in a row" % (results["reps"], SNIPPET, results["warmup"], results["runs"], results["block"]))
    add("")
    row = "%-30s | %-26s | %-7s | %-15s | %-10s | %-15s | %-8s"
    head = row % ("", "cold start: median (runs)", "its CPU", "kernel_info/1st", "1+1 median",
                  "p10 - p90", "CPU/cell")
    add(head)
    add("-" * len(head))

    def line(label, cold, first, entry):
        starts = [c[cold] for c in entry["cold"]]
        rt = entry["round_trip_ms"]
        add(row % (label, "%.2f s (%s)" % (med(starts), " ".join("%.2f" % x for x in starts)),
                   "%.2f s" % med(c["cpu_s"] for c in entry["cold"]), first,
                   "%.1f ms" % med(rt), "%.1f - %.1f ms" % (pct(rt, 10), pct(rt, 90)),
                   "%.1f ms" % entry["cpu_ms_per_cell"]))

    for label, name in KERNELS:
        entry = results["kernels"][name]
        line(label, "first_result_s", "%.2f s" % med(c["kernel_info_s"] for c in entry["cold"]), entry)
    add("-" * len(head))
    for label, mode in JSHELLS:
        entry = results["jshell"][mode]
        line(label, "launch_to_first_s", "%.0f ms" % med(c["first_ms"] for c in entry["cold"]), entry)
    add("")
    ipy = med(c["first_result_s"] for c in results["kernels"]["python3"]["cold"])
    bare = results["jshell"]["bare"]["round_trip_ms"]
    add("Goals (issue 2)")
    for label, name in KERNELS:
        if not name.startswith("diffkernel"):
            continue
        entry = results["kernels"][name]
        cold = med(c["first_result_s"] for c in entry["cold"])
        rt = entry["round_trip_ms"]
        paired = med(a - b for a, b in zip(rt, bare))
        add("  %-27s cold start = %.2fx ipykernel's (goal <= 1.5x: %s)" % (
            label, cold / ipy, "met" if cold / ipy <= 1.5 else "NOT met"))
        add("  %-27s round trip - bare JShell eval = %+.1f ms (medians), %+.1f ms (paired); goal <= +5 ms: %s" % (
            "", med(rt) - med(bare), paired, "met" if paired <= 5 else "NOT met"))
    cds, nocds = (results["kernels"][k]["cold"] for k in ("diffkernel", "diffkernel-nocds"))
    add("  CDS archive: cold start %.2f s without, %.2f s with (%+.0f%%); CPU %.2f s -> %.2f s (%+.0f%%)" % (
        med(c["first_result_s"] for c in nocds), med(c["first_result_s"] for c in cds),
        100 * (med(c["first_result_s"] for c in cds) / med(c["first_result_s"] for c in nocds) - 1),
        med(c["cpu_s"] for c in nocds), med(c["cpu_s"] for c in cds),
        100 * (med(c["cpu_s"] for c in cds) / med(c["cpu_s"] for c in nocds) - 1)))
    add("")
    add("cold start: kernels from launch to the first cell's result; JShell from JVM launch to its first eval.")
    add("kernel_info/1st: a kernel's first kernel_info reply; JShell's first evaluation alone.")
    add("1+1: a kernel's round trip (execute_request out, execute_result and execute_reply in);")
    add("     JShell's evaluation, timed inside its JVM. CPU: the process's user+system time, all threads.")
    return "\n".join(line.rstrip() for line in lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classpath", required=True,
                        help="class path holding dev.diffkernel.bench.JShellBench and the kernel")
    parser.add_argument("--reps", type=int, default=3, help="cold starts of each (default 3)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed executions first (default 20)")
    parser.add_argument("--runs", type=int, default=200, help="timed executions (default 200)")
    parser.add_argument("--block", type=int, default=10, help="cells in a row on one contender (default 10)")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--logs", default=os.devnull, help="file for the kernels' own stdout/stderr")
    args = parser.parse_args()

    java = prepare_kernelspecs()
    import ipykernel  # for its version only; the kernel runs in its own process
    results = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "reps": args.reps, "warmup": args.warmup, "runs": args.runs, "block": args.block, "snippet": SNIPPET,
        "machine": {
            "nproc": os.cpu_count(), "platform": platform.platform(), "load_before": os.getloadavg()[0],
            "java": subprocess.run([java, "-version"], capture_output=True, text=True).stderr.strip().splitlines(),
            "python": platform.python_version(),
            "jupyter_client": jupyter_client.__version__, "ipykernel": ipykernel.__version__,
        },
        "kernels": {name: {"cold": []} for _, name in KERNELS},
        "jshell": {mode: {"cold": []} for _, mode in JSHELLS},
    }
    with open(args.logs, "a") as log:
        cold_starts(args.reps, java, args.classpath, log, results)
        round_trips(args.warmup, args.runs, args.block, java, args.classpath, log, results)
    results["machine"]["load_after"] = os.getloadavg()[0]
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    print(table(results))


if __name__ == "__main__":
    main()
