"""A class on one machine, as a JupyterHub runs it: the kernelspec installed once for all users
(java -jar diffkernel.jar install --prefix, as a hub admin would), and each student's own kernel,
started with the student's own HOME and working directory, as each single-user server does.

Checks: every student gets a kernel process of their own, started from the one kernelspec; the
class-data archive is a read-only file that every kernel maps privately (its pages are shared
through the page cache, and no kernel can change it); a student's
variables and files are not another's; the kernels leave the shared kernelspec unchanged.
"""
import os
import shutil
import stat
import subprocess
import tempfile
import unittest

from jupyter_client.manager import KernelManager

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
JAR = os.path.join(ROOT, "target", "diffkernel.jar")
TIMEOUT = 180


def snapshot(directory):
    return sorted((name, os.stat(os.path.join(directory, name)).st_mtime_ns, os.stat(os.path.join(directory, name)).st_size)
                  for name in os.listdir(directory))


def run(kc, code):
    """Runs code; returns (text of the result or None, error name or None)."""
    msg_id = kc.execute(code)
    result = error = None
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            result = msg["content"]["data"]["text/plain"]
        elif msg["msg_type"] == "error":
            error = msg["content"]["ename"]
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return result, error


class ClassHubTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="diffkernel-hub-")
        hub = os.path.join(cls.tmp, "hub prefix")
        out = subprocess.run(["java", "-jar", JAR, "install", "--prefix", hub], capture_output=True, text=True, timeout=600)
        if out.returncode != 0:
            raise AssertionError("install failed:\n" + out.stdout + out.stderr)
        cls.jupyter_path = os.path.join(hub, "share", "jupyter")
        cls.kernel_dir = os.path.join(cls.jupyter_path, "kernels", "diffkernel")
        archives = [n for n in os.listdir(cls.kernel_dir) if n.endswith((".jsa", ".aot"))]
        assert len(archives) == 1, archives
        cls.archive = os.path.join(cls.kernel_dir, archives[0])
        cls.students = []
        cls.before = snapshot(cls.kernel_dir)
        # the single-user servers' environment: the hub's Jupyter path, nobody's own kernelspecs
        cls.saved_env = dict(os.environ)
        os.environ["JUPYTER_PATH"] = cls.jupyter_path
        os.environ["JUPYTER_DATA_DIR"] = os.path.join(cls.tmp, "no user data")
        for name in ("ana", "ben"):
            home = os.path.join(cls.tmp, "home", name)
            os.makedirs(home)
            env = dict(os.environ, HOME=home, USER=name)
            km = KernelManager(kernel_name="diffkernel")
            km.start_kernel(cwd=home, env=env)
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=TIMEOUT)
            cls.students.append((name, home, km, kc))

    @classmethod
    def tearDownClass(cls):
        for _, _, km, kc in cls.students:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
        os.environ.clear()
        os.environ.update(cls.saved_env)
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_each_student_has_a_kernel_process_of_their_own(self):
        pids = [km.provisioner.pid for _, _, km, _ in self.students]
        self.assertEqual(len(set(pids)), 2, pids)
        for (name, home, km, kc), pid in zip(self.students, pids):
            self.assertEqual(os.path.realpath(km.kernel_spec.resource_dir), os.path.realpath(self.kernel_dir))
            self.assertEqual(run(kc, 'Path.of("").toAbsolutePath().toString()'), ('"%s"' % home, None))

    def test_the_archive_is_read_only_and_mapped_by_every_kernel(self):
        mode = stat.S_IMODE(os.stat(self.archive).st_mode)
        self.assertEqual(mode & 0o222, 0, "archive mode %o is writable" % mode)
        for name, _, km, kc in self.students:
            self.assertEqual(run(kc, "1 + 1"), ("2", None))
            with open("/proc/%d/maps" % km.provisioner.pid) as f:
                maps = f.read()
            self.assertIn(self.archive, maps, "%s's kernel does not map the shared archive" % name)
            for line in maps.splitlines():
                if line.endswith(self.archive):
                    # private (copy-on-write): the file's pages are shared, no kernel can change the file
                    self.assertEqual(line.split()[1][3], "p", "%s maps the archive shared-writable: %s" % (name, line))

    def test_a_students_variables_and_files_are_their_own(self):
        (_, ana_home, _, ana), (_, ben_home, _, ben) = self.students
        self.assertEqual(run(ana, "int secret = 41; secret + 1"), ("42", None))
        self.assertEqual(run(ben, "secret")[1], "CompilationException")
        self.assertEqual(run(ana, 'Files.writeString(Path.of("answer.txt"), "a"); Files.exists(Path.of("answer.txt"))'),
                         ("true", None))
        self.assertTrue(os.path.exists(os.path.join(ana_home, "answer.txt")))
        self.assertEqual(run(ben, 'Files.exists(Path.of("answer.txt"))'), ("false", None))

    def test_the_kernels_leave_the_shared_kernelspec_unchanged(self):
        for _, _, _, kc in self.students:
            run(kc, 'plot(fn("x^2")).from(-1).to(1)')
        self.assertEqual(snapshot(self.kernel_dir), self.before)


if __name__ == "__main__":
    unittest.main()
