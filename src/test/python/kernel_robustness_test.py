"""What a cell or a client must not be able to do to the kernel (issue 12), through jupyter_client.

Every reply and output is matched to its request by the parent msg_id; nothing asserts wall time.
Run by KernelRobustnessIT with JUPYTER_PATH naming the test kernelspec; runnable by hand too:
    JUPYTER_PATH=target/it-jupyter/share/jupyter /usr/bin/python3 -m unittest src/test/python/kernel_robustness_test.py
"""
import json
import os
import queue
import subprocess
import sys
import tempfile
import time
import unittest

import jupyter_client
import zmq
from jupyter_client.session import Session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # when run by path, by hand
import kernel_messages  # noqa: E402

KERNEL = "diffkernel"
TIMEOUT = 120


class KernelSession:
    """One kernel and a client; execute() gathers exactly the messages a request caused."""

    def __init__(self, java_options=None, log=None):
        """log: a file the kernel's own log goes to, at level FINE."""
        env = dict(os.environ)
        if java_options:
            env["JDK_JAVA_OPTIONS"] = java_options
        extra = {}
        if log:
            env["DIFFKERNEL_LOG"] = "FINE"
            extra["stderr"] = log
        self.km, self.kc = jupyter_client.manager.start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT, env=env,
                                                                   **extra)
        self.stray = []  # IOPub messages of other requests, kept for the tests that look for them

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def shell_reply(self, msg_id, timeout=TIMEOUT):
        return kernel_messages.reply_to(self.kc, msg_id, timeout)

    def outputs_of(self, msg_id, timeout=TIMEOUT):
        """IOPub messages whose parent is msg_id, up to its idle status."""
        return kernel_messages.outputs_of(self.kc, msg_id, timeout, self.stray)

    def execute(self, code, timeout=TIMEOUT, **options):
        """Runs code; returns (reply content, [iopub messages of this request])."""
        msg_id = self.kc.execute(code, **options)
        reply = self.shell_reply(msg_id, timeout)
        return reply["content"], self.outputs_of(msg_id, timeout)

    def value(self, code):
        reply, outputs = self.execute(code)
        assert reply["status"] == "ok", reply
        results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
        assert len(results) == 1, outputs
        return results[0]


def stream_text(outputs, name=None):
    return "".join(m["content"]["text"] for m in outputs
                   if m["msg_type"] == "stream" and (name is None or m["content"]["name"] == name))


class RobustnessTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession()

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    def assertAlive(self):
        self.assertEqual("1110", self.k.value("1000 + 110"))

    # -- item 5: the wire -----------------------------------------------------------------------
    def raw_shell(self):
        """A second shell connection of our own, so raw frames do not disturb the client's socket."""
        socket = zmq.Context.instance().socket(zmq.DEALER)
        socket.linger = 0
        socket.connect("tcp://%s:%d" % (self.k.km.ip, self.k.km.shell_port))
        self.addCleanup(socket.close)
        return socket

    def test_message_with_a_null_or_object_type_is_dropped_and_the_kernel_keeps_answering(self):
        socket = self.raw_shell()
        session = self.k.kc.session
        for bad_type in (None, {"execute_request": True}, 7):
            msg = session.msg("execute_request", content={"code": "int wedgedByType = 1;", "silent": False})
            msg["header"]["msg_type"] = bad_type
            session.send(socket, msg)
        self.assertAlive()
        reply, _ = self.k.execute("wedgedByType")
        self.assertEqual("CompilationException", reply["ename"])

    def test_a_replayed_signed_message_is_not_run_again(self):
        socket = self.raw_shell()
        session = self.k.kc.session
        self.k.execute("int replays = 0;")
        first = session.msg("execute_request", content={"code": "replays++;", "silent": False, "store_history": True,
                                                        "user_expressions": {}, "allow_stdin": False,
                                                        "stop_on_error": True})
        frames = session.serialize(first)
        socket.send_multipart(frames)
        socket.send_multipart(frames)  # the same bytes, signature and all, captured and sent again
        check = session.msg("execute_request", content={
            "code": 'if (replays != 1) throw new IllegalStateException("ran " + replays + " times");',
            "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
            "stop_on_error": True})
        session.send(socket, check)
        replies = []
        while True:  # one connection keeps its order: replies to first (once) and then to check
            self.assertTrue(socket.poll(TIMEOUT * 1000), "no reply on the raw shell connection")
            _, parts = session.feed_identities(socket.recv_multipart())
            reply = session.deserialize(parts)
            replies.append(reply["parent_header"]["msg_id"])
            if reply["parent_header"]["msg_id"] == check["header"]["msg_id"]:
                self.assertEqual("ok", reply["content"]["status"], reply["content"])
                break
        self.assertEqual([first["header"]["msg_id"], check["header"]["msg_id"]], replies)

    # -- item 1: code javac accepts but no class file can hold ----------------------------------
    def test_string_constant_over_65535_bytes_is_an_error_naming_the_limit(self):
        reply, _ = self.k.execute('String tooBig = "' + "b" * 70000 + '";')
        self.assertEqual("ClassFileLimitException", reply["ename"])
        self.assertIn("a string constant is longer than 65,535 bytes", reply["evalue"])
        self.assertAlive()
        reply, outputs = self.k.execute('System.out.println("still printing");')
        self.assertEqual("still printing\n", stream_text(outputs))

    def test_array_literal_and_method_over_the_code_limit_are_errors_naming_the_limit(self):
        reply, _ = self.k.execute("int[] manyInts = {" + "1," * 20000 + "1};")
        self.assertEqual("ClassFileLimitException", reply["ename"])
        self.assertTrue(reply["evalue"].startswith("code too large"), reply["evalue"])
        reply, _ = self.k.execute("int counted = 0;\nvoid countMany() {\n" + "counted++;\n" * 30000 + "}")
        self.assertEqual("ClassFileLimitException", reply["ename"])
        self.assertTrue(reply["evalue"].startswith("code too large"), reply["evalue"])
        self.assertAlive()
        self.assertEqual("0", self.k.value("counted"))

    # -- item 2: showing a value ----------------------------------------------------------------
    def interrupt_until_replied(self, msg_id):
        """Interrupts until the request is answered (an interrupt that lands between two phases
        of a cell may find nothing to stop), then returns the reply."""
        while True:
            self.k.km.interrupt_kernel()
            try:
                return self.k.shell_reply(msg_id, timeout=10)
            except queue.Empty:
                continue

    def wait_for_stream(self, msg_id, text):
        seen = ""
        while text not in seen:
            msg = self.k.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                seen += msg["content"]["text"]

    def test_a_value_whose_to_string_never_returns_is_stopped_by_interrupt(self):
        self.k.execute('class NeverShown { public String toString() { System.out.println("rendering");'
                       ' long n = 0; while (true) { n++; } } }')
        msg_id = self.k.kc.execute("new NeverShown()")
        self.wait_for_stream(msg_id, "rendering")
        reply = self.interrupt_until_replied(msg_id)["content"]
        self.assertEqual("InterruptedException", reply["ename"])
        self.assertEqual("Showing the cell's value (NeverShown.toString() or its renderer) was stopped"
                         " (Kernel > Interrupt); the cell itself ran and its variables are kept", reply["evalue"])
        self.assertAlive()

    def test_inspect_does_not_render_unrelated_variables(self):
        self.k.execute("class HangsWhenShown { public String toString() { while (true) { } } }\n"
                       "var hangsWhenShown = new HangsWhenShown();\nint inspectedNumber = 12;")
        content = self.k.shell_reply(self.k.kc.inspect("inspectedNumber", 5))["content"]
        self.assertEqual("inspectedNumber : int = 12", content["data"]["text/plain"])
        content = self.k.shell_reply(self.k.kc.inspect("Math.max(1, 2)", 6))["content"]
        self.assertIn("Math.max(int a, int b)", content["data"]["text/plain"])
        content = self.k.shell_reply(self.k.kc.inspect("hangsWhenShown", 3))["content"]
        self.assertEqual("hangsWhenShown : HangsWhenShown = <toString() did not finish within 1000 ms and was stopped>",
                         content["data"]["text/plain"])
        self.k.execute("hangsWhenShown = null;")
        self.assertAlive()

    def test_a_huge_value_text_is_cut_with_a_note(self):
        text = self.k.value('"x".repeat(300_000)')
        self.assertEqual('"' + "x" * 99_999, text.split("\n")[0])
        self.assertEqual("… (value text cut off: 100,000 of 300,002 characters shown)", text.split("\n")[1])

    # -- item 6: output floods ------------------------------------------------------------------
    def test_a_flood_of_output_is_cut_at_four_megabytes_with_a_note_of_how_much(self):
        lines = 200000
        reply, outputs = self.k.execute(
            'for (int i = 0; i < %d; i++) System.out.println("line " + i + " " + "x".repeat(1000));' % lines)
        self.assertEqual("ok", reply["status"])
        printed = sum(len("line %d " % i) + 1001 for i in range(lines))
        stdout = stream_text(outputs, "stdout")
        self.assertTrue(stdout.startswith("line 0 xxx"))
        self.assertTrue(stdout.endswith("\n[output cut off here: a cell may print at most 4.0 MB; how much was left out"
                                        " is said when the cell ends]\n"), stdout[-300:])
        self.assertEqual(4 * 1024 * 1024, len(stdout.encode()) - len(stdout.split("\n[output cut off here")[1].encode())
                         - len("\n[output cut off here"))
        self.assertEqual("\n[output cut off: the cell printed %.1f MB; the first 4.0 MB are shown and %.1f MB were left out]\n"
                         % (printed / 2**20, (printed - 4 * 2**20) / 2**20), stream_text(outputs, "stderr"))
        self.assertLess(len(outputs), 200, "the output came in %d messages" % len(outputs))
        self.assertAlive()

    def test_what_a_quick_cell_prints_arrives_in_one_piece_each_run(self):
        # The kernel holds text 250 ms from the first of it, so a burst shorter than that leaves in one
        # piece. The cell times its own burst: on a machine too loaded for a short one, only the text
        # is checked (the promise is about bursts, not about the machine).
        code = ('long burstStart = System.nanoTime();\n'
                'for (int i = 0; i < 300; i++) { System.out.println("value " + i); }\n'
                'long burstMillis = (System.nanoTime() - burstStart) / 1_000_000;')
        expected = "".join("value %d\n" % i for i in range(300))
        short_bursts = 0
        for _ in range(3):
            reply, outputs = self.k.execute(code)
            chunks = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
            self.assertEqual(expected, "".join(chunks))
            if int(self.k.value("burstMillis")) < 150:
                short_bursts += 1
                self.assertEqual([expected], chunks)
        print("quick cell: %d of 3 bursts under 150 ms" % short_bursts)

    # -- item 7: the smaller ones ---------------------------------------------------------------
    def test_background_output_stays_with_the_cell_that_started_it(self):
        # The thread prints after its cell ended, then leaves a file; the next cell starts only once
        # the file is there, so the text surely came between the two cells, however busy the machine.
        printed = os.path.join(tempfile.mkdtemp(), "printed")
        first = self.k.kc.execute('new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) { }'
                                  ' System.out.println("from the background");'
                                  ' try { java.nio.file.Files.createFile(java.nio.file.Path.of("%s")); }'
                                  ' catch (java.io.IOException e) { } }).start();' % printed)
        self.k.shell_reply(first)
        self.k.outputs_of(first)
        deadline = time.monotonic() + TIMEOUT
        while not os.path.exists(printed) and time.monotonic() < deadline:
            time.sleep(0.02)
        self.assertTrue(os.path.exists(printed), "the background thread never printed")
        reply, outputs = self.k.execute('System.out.println("second cell");')
        self.assertEqual("second cell\n", stream_text(outputs))
        late = [m for m in self.k.stray if m["parent_header"].get("msg_id") == first and m["msg_type"] == "stream"]
        self.assertEqual("from the background\n", "".join(m["content"]["text"] for m in late))

    def test_an_exception_in_a_cells_background_thread_is_shown_on_stderr(self):
        reply, outputs = self.k.execute('Thread worker = new Thread(() -> { throw new IllegalStateException("boom in the'
                                        ' background"); }, "worker");\nworker.start();\nworker.join();')
        self.assertEqual("ok", reply["status"])
        stderr = stream_text(outputs, "stderr")
        self.assertIn('Exception in thread "worker" (started by a cell) java.lang.IllegalStateException: boom in the'
                      ' background', stderr)

    def test_system_set_out_null_does_not_break_the_kernel(self):
        reply, _ = self.k.execute("var keptOut = System.out;\nSystem.setOut(null);")
        self.assertEqual("ok", reply["status"])
        self.assertAlive()
        reply, outputs = self.k.execute("System.setOut(keptOut);\nSystem.out.println(\"back\");")
        self.assertEqual("back\n", stream_text(outputs))

    def test_a_cell_that_stops_its_own_thread_says_so(self):
        reply, _ = self.k.execute("int beforeStop = 1;\nThread.currentThread().stop();\nint afterStop = 2;")
        self.assertEqual("error", reply["status"])
        if reply["ename"] == "ThreadDeath":  # Java 17; from Java 20 on, Thread.stop() throws
            self.assertEqual("the cell's thread was stopped at line 2 (Thread.stop() or ThreadDeath thrown by the cell);"
                             " the rest of the cell did not run", reply["evalue"])
        else:
            self.assertEqual("UnsupportedOperationException", reply["ename"])
        self.assertAlive()

    def test_comm_open_for_an_unknown_target_is_closed(self):
        msg = self.k.kc.session.msg("comm_open", content={"comm_id": "c-1", "target_name": "no.such.target", "data": {}})
        self.k.kc.shell_channel.send(msg)
        outputs = self.k.outputs_of(msg["header"]["msg_id"])
        closes = [m["content"] for m in outputs if m["msg_type"] == "comm_close"]
        self.assertEqual([{"comm_id": "c-1", "data": {}}], closes)

    def test_completion_inside_a_string_offers_nothing(self):
        self.k.execute("double learningRate = 0.1;")
        content = self.k.shell_reply(self.k.kc.complete('String s = "lea', 15))["content"]
        self.assertEqual([], content["matches"])
        content = self.k.shell_reply(self.k.kc.complete("// lea", 6))["content"]
        self.assertEqual([], content["matches"])
        content = self.k.shell_reply(self.k.kc.complete("lea", 3))["content"]
        self.assertIn("learningRate", content["matches"])

    def test_cursor_positions_count_code_points(self):
        self.k.execute("double learningRate = 0.1;")
        code = 'String e = "😀"; learningR'
        content = self.k.shell_reply(self.k.kc.complete(code, len(code)))["content"]  # len counts code points
        self.assertEqual(["learningRate"], content["matches"])
        self.assertEqual(len(code) - len("learningR"), content["cursor_start"])
        self.assertEqual(len(code), content["cursor_end"])
        code = 'String e = "😀"; Math.max(1, 2)'
        content = self.k.shell_reply(self.k.kc.inspect(code, code.index("max") + 1))["content"]
        self.assertIn("Math.max(int a, int b)", content["data"]["text/plain"])

    # -- item 8: numbers that lie ---------------------------------------------------------------
    def test_derivatives_at_a_kink_or_a_pole_say_no_derivative_exists(self):
        kink = self.k.value('derivative(fn("abs(x)"), 0)')
        self.assertNotIn("exact", kink)
        self.assertIn("has a kink at x = 0", kink)
        pole = self.k.value('derivative(fn("1/x"), 0)')
        self.assertNotIn("exact", pole)
        self.assertIn("f is not defined at x = 0 (a pole or a gap), so f'(0) does not exist", pole)

    def test_a_nan_point_and_a_vanishing_step_are_clear_errors(self):
        reply, _ = self.k.execute('gradient(fn("x^2 + y^2"), Double.NaN, 1)')
        self.assertEqual("IllegalArgumentException", reply["ename"])
        self.assertEqual("the point's coordinate x must be a finite number but was NaN", reply["evalue"])
        reply, _ = self.k.execute('gradientDescent(fn("x^2"), 1.0).numerical(1e-20).run()')
        self.assertEqual("IllegalArgumentException", reply["ename"])
        self.assertTrue(reply["evalue"].startswith("h = 1e-20 is too small at the start (1): x + h rounds back to x"),
                        reply["evalue"])


class ConnectionFileTest(unittest.TestCase):
    def test_an_ipc_connection_file_is_refused_with_a_message(self):
        spec = jupyter_client.kernelspec.KernelSpecManager().get_kernel_spec(KERNEL)
        jar = os.path.join(spec.resource_dir, "diffkernel.jar")
        directory = tempfile.mkdtemp()
        connection = os.path.join(directory, "kernel.json")
        with open(connection, "w") as f:
            json.dump({"transport": "ipc", "ip": os.path.join(directory, "kernel"), "shell_port": 1, "iopub_port": 2,
                       "stdin_port": 3, "control_port": 4, "hb_port": 5, "key": "k",
                       "signature_scheme": "hmac-sha256"}, f)
        result = subprocess.run([spec.argv[0], "-jar", jar, connection], capture_output=True, text=True, timeout=TIMEOUT)
        self.assertEqual(2, result.returncode)
        self.assertIn("DiffKernel serves Jupyter over tcp only, but %s asks for transport 'ipc'" % connection,
                      result.stderr)


class MemoryGuardTest(unittest.TestCase):
    """A kernel with a small heap (so that filling it is quick), filled again and again."""

    @classmethod
    def setUpClass(cls):
        cls.k = KernelSession(java_options="-Xmx1g")

    @classmethod
    def tearDownClass(cls):
        cls.k.close()

    FILL = ("List<long[]> {name} = new ArrayList<>();\n"
            "while (true) {{ {name}.add(new long[1 << 17]); }}")

    def test_every_fill_ends_with_the_guards_message_and_the_kernel_keeps_serving(self):
        for fill in range(2):
            reply, outputs = self.k.execute(self.FILL.format(name="filler%d" % fill))
            self.assertEqual("OutOfMemoryError", reply["ename"], reply)
            self.assertIn("Free memory by setting large variables to null", reply["evalue"])
            self.assertEqual("3", self.k.value("1 + 2"))
            reply, outputs = self.k.execute('System.out.println("printing after fill %d");' % fill)
            self.assertEqual("printing after fill %d\n" % fill, stream_text(outputs))
        for fill in range(2):
            self.k.execute("filler%d = null;" % fill)
        reply, outputs = self.k.execute(self.FILL.format(name="fillerAfterFreeing"))
        self.assertEqual("OutOfMemoryError", reply["ename"], reply)
        self.k.execute("fillerAfterFreeing = null;")
        self.assertEqual("3", self.k.value("1 + 2"))


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS for %d" % pid)


def settled_rss_kib(pid):
    """RSS once it stops falling: G1 gives the pages a collection freed back on a thread of its own,
    later on a loaded machine, so RSS read the moment System.gc() returns would count them."""
    deadline = time.monotonic() + 30
    last = rss_kib(pid)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = rss_kib(pid)
        if now > last - 1024:
            return min(now, last)
        last = now
    return last


class IdleTrimTest(unittest.TestCase):
    """What a cell lets go of goes back to the system once the kernel is idle, not when the heap fills."""

    def setUp(self):
        self.log = tempfile.NamedTemporaryFile("w+", suffix=".log")
        self.addCleanup(self.log.close)
        self.k = KernelSession(log=self.log)
        self.addCleanup(self.k.close)

    def trims_logged(self):
        with open(self.log.name) as log:
            return sum(1 for line in log if "IdleHeapTrim" in line and "idle: heap" in line)

    def trims_once_quiet(self, quiet_s=3.0):
        """The number of trims logged once none has come for quiet_s seconds (the kernel trims 1 s
        after it falls idle, later under load)."""
        count, since = self.trims_logged(), time.monotonic()
        deadline = since + TIMEOUT
        while time.monotonic() - since < quiet_s and time.monotonic() < deadline:
            time.sleep(0.2)
            if self.trims_logged() != count:
                count, since = self.trims_logged(), time.monotonic()
        return count

    def wait_for_trim(self, trims_before):
        deadline = time.monotonic() + TIMEOUT
        while self.trims_logged() == trims_before and time.monotonic() < deadline:
            time.sleep(0.2)
        self.assertEqual(trims_before + 1, self.trims_logged(), "no trim once the kernel was idle")

    def test_memory_a_cell_let_go_of_is_returned_once_the_kernel_is_idle(self):
        pid = self.k.km.provisioner.process.pid
        self.assertEqual("2", self.k.value("1 + 1"))  # the first cell; the renderers warm up after it
        # The warm-up may leave enough garbage or unused heap for a trim of its own, or not (that
        # depends on the collector): let it have its chance, so that it is not counted below.
        trims = self.trims_once_quiet()
        # One cell, so that no idle moment falls while the 150 MB are still reachable, and a simple
        # one (no loop), so that it does not start JShell's class-path index, which grows the heap.
        reply, _ = self.k.execute("var big = new long[150][1 << 17];\nbig = null;")
        self.assertEqual("ok", reply["status"], reply)
        held = rss_kib(pid)
        self.wait_for_trim(trims)
        with open(self.log.name) as log:
            trims = [line.strip() for line in log if "idle: heap" in line]
        self.assertLess(settled_rss_kib(pid), held - 100 * 1024, "the trim left the garbage resident: %s" % trims)
        self.assertEqual("3", self.k.value("1 + 2"))


class SoakTest(unittest.TestCase):
    """2,000 mixed cells in one session, with interrupts and floods: the kernel's memory stays flat."""

    CELLS = 2000
    WARM_UP = 200

    def setUp(self):
        self.k = KernelSession()
        self.addCleanup(self.k.close)

    def heap_after_gc(self):
        return int(self.k.value("System.gc(); System.gc(); Runtime.getRuntime().totalMemory()"
                                " - Runtime.getRuntime().freeMemory()"))

    def one_cell(self, i):
        k = self.k
        kind = i % 10
        if i % 100 == 99:  # an endless loop, interrupted
            msg_id = k.kc.execute("while (true) { }")
            reply = RobustnessTest.interrupt_until_replied(self, msg_id)["content"]
            k.outputs_of(msg_id)
            self.assertEqual("InterruptedException", reply["ename"])
        elif i % 50 == 25:  # a flood past the output cap
            reply, outputs = k.execute('for (int i = 0; i < 5000; i++) System.out.println("x".repeat(1000));')
            self.assertIn("[output cut off:", stream_text(outputs, "stderr"))
        elif kind == 0:
            reply, _ = k.execute("int v%d = %d;" % (i % 7, i))
            self.assertEqual("ok", reply["status"])
        elif kind == 1:
            self.assertEqual(str(2 * i), k.value("%d * 2" % i))
        elif kind == 2:
            reply, outputs = k.execute('System.out.println("cell %d");' % i)
            self.assertEqual("cell %d\n" % i, stream_text(outputs))
        elif kind == 3:
            self.assertEqual("6.0", k.value('fn("x^2").diff().at(3)'))
        elif kind == 4:
            reply, _ = k.execute("int broken = ;")
            self.assertEqual("CompilationException", reply["ename"])
        elif kind == 5:
            reply, _ = k.execute("Integer.parseInt(\"not %d\")" % i)
            self.assertEqual("NumberFormatException", reply["ename"])
        elif kind == 6:
            reply, outputs = k.execute('display("shown %d");' % i)
            self.assertEqual('"shown %d"' % i, outputs[0]["content"]["data"]["text/plain"])
        elif kind == 7:
            self.assertEqual("[" + ", ".join(["%d" % i] * 3) + "]", k.value("new int[] {%d, %d, %d}" % (i, i, i)))
        elif kind == 8:
            reply, _ = k.execute("String s%d = \"x\".repeat(%d);" % (i % 5, 1000 + i))
            self.assertEqual("ok", reply["status"])
        else:
            content = k.shell_reply(k.kc.complete("Math.ma", 7))["content"]
            self.assertIn("max(", content["matches"])

    def test_two_thousand_mixed_cells_leave_memory_flat(self):
        pid = self.k.km.provisioner.process.pid
        for i in range(self.WARM_UP):
            self.one_cell(i)
        heap_before, rss_before = self.heap_after_gc(), settled_rss_kib(pid)
        for i in range(self.WARM_UP, self.CELLS):
            self.one_cell(i)
        heap_after, rss_after = self.heap_after_gc(), settled_rss_kib(pid)
        print("\nsoak: live heap %.1f -> %.1f MB, RSS %.1f -> %.1f MB after %d cells"
              % (heap_before / 2**20, heap_after / 2**20, rss_before / 1024, rss_after / 1024, self.CELLS))
        self.assertEqual("1110", self.k.value("1000 + 110"))
        self.assertLess(heap_after, heap_before + 64 * 2**20,
                        "live heap grew from %d to %d bytes over %d cells" % (heap_before, heap_after, self.CELLS))
        self.assertLess(rss_after, rss_before + 256 * 1024,
                        "RSS grew from %d to %d KiB over %d cells" % (rss_before, rss_after, self.CELLS))


def listening_ports(pid):
    """TCP ports the process listens on, from /proc (sockets in LISTEN state owned by pid)."""
    inodes = set()
    try:
        for fd in os.listdir("/proc/%d/fd" % pid):
            try:
                link = os.readlink("/proc/%d/fd/%s" % (pid, fd))
            except OSError:
                continue
            if link.startswith("socket:["):
                inodes.add(link[8:-1])
    except OSError:
        return set()
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as lines:
                for line in list(lines)[1:]:
                    fields = line.split()
                    if fields[3] == "0A" and fields[9] in inodes:
                        ports.add(int(fields[1].split(":")[1], 16))
        except OSError:
            pass
    return ports


class WarmUpTest(unittest.TestCase):
    """install.sh records the class-data archive with `--warm-up`: nobody else may use that session."""

    def test_warm_up_session_runs_no_code_sent_with_the_old_fixed_key_or_an_empty_one(self):
        spec = jupyter_client.kernelspec.KernelSpecManager().get_kernel_spec(KERNEL)
        jar = os.path.join(spec.resource_dir, "diffkernel.jar")
        marker = os.path.join(tempfile.mkdtemp(), "pwned")
        process = subprocess.Popen([spec.argv[0], "-Djava.awt.headless=true", "-jar", jar, "--warm-up"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        context = zmq.Context()
        tried = set()
        try:
            while process.poll() is None:
                for port in listening_ports(process.pid) - tried:
                    tried.add(port)
                    for key in (b"warm-up", b""):
                        attacker = Session(key=key)
                        socket = context.socket(zmq.DEALER)
                        socket.linger = 0
                        socket.connect("tcp://127.0.0.1:%d" % port)
                        attacker.send(socket, "execute_request", content={
                            "code": 'java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "x");' % marker,
                            "silent": False, "store_history": False, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True})
                        socket.close()
                time.sleep(0.02)
            stderr = process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
            context.term()
        self.assertEqual(0, process.returncode, stderr)
        self.assertIn("warm-up done", stderr)
        self.assertTrue(tried, "saw no listening port during the warm-up; the test proved nothing")
        self.assertFalse(os.path.exists(marker), "code sent to the warm-up kernel ran")


if __name__ == "__main__":
    unittest.main()
