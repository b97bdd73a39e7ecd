"""The kernel through Jupyter's own client (jupyter_client), as Notebook and console talk to it.

Run by KernelProtocolIT with JUPYTER_PATH naming the test kernelspec; runnable by hand too:
    JUPYTER_PATH=target/it-jupyter/share/jupyter /usr/bin/python3 -m unittest src/test/python/kernel_protocol_test.py
"""
import glob
import os
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
from datetime import datetime

import jupyter_client
from jupyter_client.session import Session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # when run by path, by hand
from kernel_messages import reply_to as reply_within  # noqa: E402

KERNEL = "diffkernel"
TIMEOUT = 60


def reply_to(kc, msg_id):
    return reply_within(kc, msg_id, TIMEOUT)


class KernelProtocolTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # A 1 GB heap: one test fills it, and the default (a quarter of the machine's memory) would take
        # that test longer than its timeout where fresh memory is slow to touch (a VM), or large.
        env = dict(os.environ, JDK_JAVA_OPTIONS="-Xmx1g")
        cls.km, cls.kc = jupyter_client.manager.start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT, env=env)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def execute(self, code, timeout=TIMEOUT):
        """Runs code; returns (reply content, [(msg_type, content, time received)])."""
        outputs = []

        def hook(msg):
            if msg["msg_type"] not in ("status", "execute_input"):
                outputs.append((msg["msg_type"], msg["content"], time.monotonic()))

        reply = self.kc.execute_interactive(code, output_hook=hook, timeout=timeout)
        return reply["content"], outputs

    def shell_reply(self, msg_id):
        return reply_to(self.kc, msg_id)

    # -- kernel_info ----------------------------------------------------------------------------
    def test_kernel_info_names_this_kernel_and_java(self):
        msg = self.kc.kernel_info(reply=True, timeout=TIMEOUT)
        content = msg["content"]
        self.assertEqual("ok", content["status"])
        self.assertEqual("diffkernel", content["implementation"])
        self.assertRegex(content["implementation_version"], r"^\d+\.\d+\.\d+")
        self.assertEqual("java", content["language_info"]["name"])
        self.assertEqual(".java", content["language_info"]["file_extension"])
        self.assertEqual("5.3", content["protocol_version"])

    def test_header_dates_carry_microseconds(self):
        msg = self.kc.kernel_info(reply=True, timeout=TIMEOUT)
        self.assertIsInstance(msg["header"]["date"], datetime)  # jupyter_client parsed it
        raw = self.kc.session.unpack(self.kc.session.pack(msg["header"])) if False else None
        self.assertNotEqual(0, msg["header"]["date"].microsecond + msg["header"]["date"].second)

    # -- execute --------------------------------------------------------------------------------
    def test_value_of_last_expression_is_the_result(self):
        reply, outputs = self.execute("int a = 20;\na + 22")
        self.assertEqual("ok", reply["status"])
        results = [c for t, c, _ in outputs if t == "execute_result"]
        self.assertEqual("42", results[0]["data"]["text/plain"])

    def test_a_value_expression_is_compiled_by_the_kernels_one_task_compiler(self):
        # The class the cell runs in names its compiler: JShell's are REPL.$JShell$N, the kernel's
        # cell compiler's REPL.$DiffKernelCell$N. The installed jar's manifest must open javac and
        # JShell to the kernel for the latter; without it every cell would quietly go through JShell.
        self.execute("double scale = 2.5;")
        reply, outputs = self.execute("new Throwable().getStackTrace()[0].getClassName() + \" \" + scale * 2")
        self.assertEqual("ok", reply["status"])
        results = [c["data"]["text/plain"] for t, c, _ in outputs if t == "execute_result"]
        self.assertRegex(results[0], r'^"?REPL\.\$DiffKernelCell\$\d+ 5\.0"?$')

    def test_a_var_declaration_is_compiled_and_jshell_shares_its_variable(self):
        # The initializer runs in the class that holds the variable: REPL.$DiffKernelVar$N when the
        # kernel compiled the declaration itself; JShell's methods, statements, completion,
        # Shift-Tab and %vars must all see that one variable.
        reply, _ = self.execute("var where = new Throwable().getStackTrace()[0].getClassName();\n"
                                "var shared = new ArrayList<Integer>(List.of(1));")
        self.assertEqual("ok", reply["status"], reply)
        reply, outputs = self.execute("where")
        self.assertRegex([c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"],
                         r'^"?REPL\.\$DiffKernelVar\$\d+"?$')
        self.execute("void addTwo() { shared.add(2); }")
        reply, _ = self.execute("addTwo();\nfor (int i = 3; i <= 4; i++) shared.add(i);")
        self.assertEqual("ok", reply["status"], reply)
        reply, outputs = self.execute("shared")
        self.assertEqual("[1, 2, 3, 4]", [c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"])
        content = self.shell_reply(self.kc.complete("shared.subL", 11))["content"]
        self.assertIn("subList(", content["matches"])
        content = self.shell_reply(self.kc.inspect("shared", 3))["content"]
        self.assertEqual("shared : ArrayList<Integer> = [1, 2, 3, 4]", content["data"]["text/plain"])
        reply, outputs = self.execute("%vars")
        self.assertRegex(outputs[0][1]["data"]["text/plain"], r"shared\s+ArrayList<Integer>\s+\[1, 2, 3, 4\]")

    def test_stdout_streams_while_the_cell_runs(self):
        # The cell prints "first", then waits until the client has seen it (a file the test writes
        # on arrival); "second" proves "first" came while the cell still ran. No clock involved:
        # without streaming the cell would give up after a minute and say so.
        with tempfile.TemporaryDirectory() as folder:
            seen = os.path.join(folder, "seen")
            outputs = []

            def hook(msg):
                if msg["msg_type"] == "stream":
                    outputs.append(msg["content"]["text"])
                    if "first" in "".join(outputs):
                        open(seen, "w").close()

            code = ('System.out.println("first");\n'
                    'var seen = java.nio.file.Path.of("%s");\n'
                    'for (int i = 0; i < 3000 && !java.nio.file.Files.exists(seen); i++) Thread.sleep(20);\n'
                    'System.out.println(java.nio.file.Files.exists(seen) ? "second" : "gave up");' % seen)
            reply = self.kc.execute_interactive(code, output_hook=hook, timeout=TIMEOUT)
            self.assertEqual("ok", reply["content"]["status"])
            self.assertEqual("first\nsecond\n", "".join(outputs), "the first line arrived only at the end of the cell")

    def test_stderr_is_its_own_stream(self):
        reply, outputs = self.execute('System.err.println("careful");')
        self.assertEqual([("stderr", "careful\n")], [(c["name"], c["text"]) for t, c, _ in outputs if t == "stream"])

    def test_exception_reports_real_class_and_user_line(self):
        reply, outputs = self.execute("int zero = 0;\nint boom = 10 / zero;")
        self.assertEqual("error", reply["status"])
        self.assertEqual("ArithmeticException", reply["ename"])
        self.assertEqual("/ by zero", reply["evalue"])
        self.assertIn("at line 2 of cell", "\n".join(reply["traceback"]))
        self.assertNotIn("jdk.jshell", "\n".join(reply["traceback"]))

    def test_compile_error_marks_the_code(self):
        reply, _ = self.execute("int y = undefinedThing + 1;")
        self.assertEqual("CompilationException", reply["ename"])
        traceback = reply["traceback"]
        self.assertIn("    int y = undefinedThing + 1;", traceback)
        self.assertIn("            ^", traceback)

    def test_system_exit_is_refused_and_the_kernel_survives(self):
        self.execute("int survivor = 7;")
        reply, _ = self.execute("System.exit(0);")
        self.assertEqual("error", reply["status"])
        self.assertEqual("SecurityException", reply["ename"])
        self.assertIn("Restart", reply["evalue"])
        reply, outputs = self.execute("survivor")
        self.assertEqual("7", [c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"])

    def test_stack_overflow_and_out_of_memory_leave_the_kernel_alive(self):
        reply, _ = self.execute("int deep(int n) { return deep(n + 1); }\ndeep(0)")
        self.assertEqual("StackOverflowError", reply["ename"])
        reply, _ = self.execute("long[][] hog = new long[1_000_000][]; for (int i = 0; i < hog.length; i++) hog[i] = new long[1_000_000];")
        self.assertEqual("OutOfMemoryError", reply["ename"])
        reply, outputs = self.execute("hog = null; 1 + 1")
        self.assertEqual("ok", reply["status"])

    def test_display_and_update_by_id(self):
        reply, outputs = self.execute('var h = display("step 0");\nh.update("step 1");')
        kinds = [(t, c["data"]["text/plain"]) for t, c, _ in outputs]
        self.assertEqual([("display_data", '"step 0"'), ("update_display_data", '"step 1"')], kinds)
        ids = {c["transient"]["display_id"] for t, c, _ in outputs}
        self.assertEqual(1, len(ids))

    def test_cell_magics_render_their_mime_type(self):
        for magic, mime in (("html", "text/html"), ("latex", "text/latex"), ("markdown", "text/markdown")):
            reply, outputs = self.execute("%%" + magic + "\n<b>x</b> $y$")
            self.assertEqual("ok", reply["status"])
            self.assertEqual("display_data", outputs[0][0])
            data = outputs[0][1]["data"]
            self.assertEqual("<b>x</b> $y$", data[mime])
            self.assertIn("text/plain", data)

    def test_time_and_vars_magics(self):
        reply, outputs = self.execute("%time int timed = 6 * 7;\ntimed")
        texts = "".join(c.get("text", "") for t, c, _ in outputs if t == "stream")
        self.assertRegex(texts, r"Wall time: [\d.]+ (ns|µs|ms|s)")
        self.assertEqual("42", [c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"])
        reply, outputs = self.execute("%vars")
        self.assertIn("timed", outputs[0][1]["data"]["text/plain"])

    def test_timeit_measures_an_expression(self):
        reply, outputs = self.execute("%timeit Math.sqrt(2.0)")
        self.assertEqual("ok", reply["status"])
        self.assertRegex(outputs[0][1]["data"]["text/plain"], r"per loop \(mean ± std\. dev\. of 7 runs, \d+ loops each\)")

    def test_percent_on_a_continuation_line_is_java_modulo(self):
        reply, outputs = self.execute("int r = 17\n%\n5;\nr")
        self.assertEqual("ok", reply["status"], reply)
        self.assertEqual("2", [c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"])

    def test_unknown_magic_is_named(self):
        reply, _ = self.execute("%nosuchmagic")
        self.assertEqual("UnknownMagicException", reply["ename"])
        self.assertIn("%nosuchmagic", reply["evalue"])

    # -- editor requests ------------------------------------------------------------------------
    def test_complete_java_and_variables(self):
        self.execute("double learningRate = 0.1;")
        content = self.shell_reply(self.kc.complete("learningR", 9))["content"]
        self.assertEqual(["learningRate"], content["matches"])
        self.assertEqual(0, content["cursor_start"])
        content = self.shell_reply(self.kc.complete("Math.ma", 7))["content"]
        self.assertIn("max(", content["matches"])

    def test_inspect_shows_signature(self):
        content = self.shell_reply(self.kc.inspect("Math.max(1, 2)", 6))["content"]
        self.assertTrue(content["found"])
        self.assertIn("Math.max(int a, int b)", content["data"]["text/plain"])

    def test_inspect_shows_the_dsl_javadoc(self):
        content = self.shell_reply(self.kc.inspect("clearOutput(true)", 3))["content"]
        self.assertTrue(content["found"])
        text = content["data"]["text/plain"]
        self.assertIn("void dev.diffkernel.display.Display.clearOutput(boolean wait)", text)
        self.assertIn("Clears the output of the running cell", text)

    def test_is_complete_lets_a_console_continue(self):
        def status(code):
            return self.shell_reply(self.kc.is_complete(code))["content"]
        self.assertEqual("complete", status("int x = 1;")["status"])
        incomplete = status("for (int i = 0; i < 3; i++) {")
        self.assertEqual("incomplete", incomplete["status"])
        self.assertEqual("    ", incomplete["indent"])
        self.assertEqual("incomplete", status("%%html")["status"])

    # -- robustness -----------------------------------------------------------------------------
    def test_interrupt_stops_an_endless_loop_and_keeps_variables(self):
        self.execute("int keptValue = 99;")
        msg_id = self.kc.execute("while (true) {}")
        time.sleep(0.5)
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id)  # without the interrupt there would be no reply at all
        self.assertEqual("error", reply["content"]["status"])
        self.assertEqual("InterruptedException", reply["content"]["ename"])
        reply, outputs = self.execute("keptValue")
        self.assertEqual("99", [c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"])

    def test_badly_signed_message_is_ignored(self):
        bad = Session(key=b"not-the-right-key", session=str(uuid.uuid4()))
        msg = bad.msg("execute_request", content={"code": "int hacked = 1;", "silent": False,
                                                   "store_history": True, "user_expressions": {},
                                                   "allow_stdin": False, "stop_on_error": True})
        bad.send(self.kc.shell_channel.socket, msg)
        time.sleep(0.5)
        reply, outputs = self.execute("1 + 2")
        self.assertEqual("3", [c for t, c, _ in outputs if t == "execute_result"][0]["data"]["text/plain"])
        reply, _ = self.execute("hacked")
        self.assertEqual("CompilationException", reply["ename"])

    def test_input_is_asked_from_the_front_end(self):
        msg_id = self.kc.execute('var scanner = new Scanner(System.in);\nSystem.out.print("n? ");\nint n = scanner.nextInt();\nn * 2',
                                 allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        while request["parent_header"].get("msg_id") != msg_id:
            request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual("input_request", request["msg_type"])
        self.kc.input("21")
        reply = self.shell_reply(msg_id)
        self.assertEqual("ok", reply["content"]["status"])

    def test_input_without_a_front_end_is_end_of_input(self):
        msg_id = self.kc.execute("System.in.read()", allow_stdin=False)
        reply = self.shell_reply(msg_id)
        self.assertEqual("ok", reply["content"]["status"])

    def test_history_tail(self):
        self.execute("int remembered = 5;")
        content = self.shell_reply(self.kc.history(hist_access_type="tail", n=1, output=False, raw=True))["content"]
        self.assertEqual("int remembered = 5;", content["history"][-1][2])


def alive(pid):
    """Running, not a zombie left for a parent that no longer waits."""
    try:
        with open("/proc/%d/status" % pid) as status:
            return "\nState:\tZ" not in status.read()
    except FileNotFoundError:
        return False


class KernelLifecycleTest(unittest.TestCase):
    def test_shutdown_ends_the_process_despite_a_running_thread(self):
        km, kc = jupyter_client.manager.start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)
        try:
            kc.execute_interactive("new Thread(() -> { while (true) { try { Thread.sleep(100); } catch (Exception e) {} } }).start();", timeout=TIMEOUT)
            kc.execute_interactive("var kept = 1;", timeout=TIMEOUT)  # a variable held in a class file of the kernel's own
            own = glob.glob(os.path.join(tempfile.gettempdir(), "diffkernel-variables-%d-*" % km.provisioner.process.pid))
            self.assertEqual(1, len(own), "the kernel's directory of variable classes")
            start = time.monotonic()
            kc.shutdown()
            # the thread is not a daemon: only the kernel's own exit ends the process
            while km.is_alive() and time.monotonic() - start < TIMEOUT:
                time.sleep(0.02)
            self.assertFalse(km.is_alive())
            self.assertFalse(os.path.exists(own[0]), "the kernel deletes its temporary directory as it exits")
        finally:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)

    def test_kernel_exits_when_the_process_that_started_it_dies(self):
        script = ("import jupyter_client, time\n"
                  "km = jupyter_client.KernelManager(kernel_name='%s')\n"
                  "km.start_kernel()\n"
                  "print(km.provisioner.process.pid, flush=True)\n"
                  "time.sleep(120)\n" % KERNEL)
        parent = subprocess.Popen(["/usr/bin/python3", "-c", script], stdout=subprocess.PIPE, text=True)
        kernel_pid = int(parent.stdout.readline())
        time.sleep(2)
        self.assertTrue(alive(kernel_pid))
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while alive(kernel_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertFalse(alive(kernel_pid), "the kernel outlived the process that started it")

    def test_is_complete_answers_a_console_at_once_while_jshell_starts(self):
        # jupyter console stops asking is_complete for the whole session when a reply takes over
        # its kernel_is_complete_timeout (1 s), and a user may type before JShell is up. A course's
        # start-up file holds JShell's start until the test opens a gate, so the reply provably
        # comes while JShell is still starting, however busy the machine is.
        with tempfile.TemporaryDirectory() as folder:
            gate = os.path.join(folder, "gate")
            startup = os.path.join(folder, "startup.jsh")
            with open(startup, "w") as out:
                out.write('var gate = java.nio.file.Path.of("%s");\n'
                          'while (!java.nio.file.Files.exists(gate)) Thread.sleep(20);\n' % gate)
            km = jupyter_client.KernelManager(kernel_name=KERNEL)
            km.start_kernel(env=dict(os.environ, DIFFKERNEL_STARTUP=startup))
            kc = km.client()
            kc.start_channels()
            try:
                kc.wait_for_ready(timeout=TIMEOUT)  # kernel_info: answered before JShell is ready
                msg_id = kc.is_complete("for (int i = 0; i < 2; i++) {")
                reply = reply_to(kc, msg_id)  # wait_for_ready may leave a stale kernel_info_reply behind
                self.assertEqual("incomplete", reply["content"]["status"])
                open(gate, "w").close()
                result = kc.execute_interactive("gate.getFileName().toString()", timeout=TIMEOUT)
                self.assertEqual("ok", result["content"]["status"], "the start-up file did not run")
            finally:
                kc.stop_channels()
                km.shutdown_kernel(now=True)

    def test_restart_gives_a_fresh_kernel(self):
        km, kc = jupyter_client.manager.start_new_kernel(kernel_name=KERNEL, startup_timeout=TIMEOUT)
        try:
            kc.execute_interactive("int before = 1;", timeout=TIMEOUT)
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=TIMEOUT)
            reply = kc.execute_interactive("before", timeout=TIMEOUT)
            self.assertEqual("CompilationException", reply["content"]["ename"])
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
