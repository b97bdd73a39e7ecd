"""Runs one test module of this folder with unittest and writes every test's outcome to a JSON file.

The JUnit side (src/test/java/dev/diffkernel/it/JupyterClients.java) turns the file into one JUnit
test per Python test, so Maven's reports name each of them, and a failure shows its own traceback.

    /usr/bin/python3 src/test/python/run_suite.py MODULE RESULTS.json
"""
import json
import os
import sys
import time
import unittest


class RecordingResult(unittest.TextTestResult):
    """A verbose text result that also keeps, per test, its outcome, its detail and its duration."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = []
        self._started = {}

    def startTest(self, test):
        self._started[test.id()] = time.monotonic()
        super().startTest(test)

    def _record(self, test, outcome, detail="", name=None):
        started = self._started.get(test.id(), time.monotonic())
        # the method's name reads best in a report; a failing setUpClass has only a description
        name = name or getattr(test, "_testMethodName", None) or str(test)
        self.records.append({"id": test.id(), "name": name, "outcome": outcome, "detail": detail,
                             "seconds": round(time.monotonic() - started, 3)})

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "failed", self.failures[-1][1])

    def addError(self, test, err):  # also a failing setUpClass or a module that does not import
        super().addError(test, err)
        self._record(test, "error", self.errors[-1][1])

    def addSubTest(self, test, subtest, err):  # a failing subTest fails only itself, not its test
        super().addSubTest(test, subtest, err)
        if err is not None:
            outcome = "failed" if issubclass(err[0], test.failureException) else "error"
            self._record(test, outcome, self._exc_info_to_string(err, test),
                         name=test._testMethodName + " " + subtest._subDescription())

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skipped", reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test, "passed")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "failed", "passed, but it is marked as an expected failure")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: run_suite.py MODULE RESULTS.json")
    module, results = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    suite = unittest.defaultTestLoader.loadTestsFromName(module)
    runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2, resultclass=RecordingResult)
    result = runner.run(suite)
    with open(results, "w", encoding="utf-8") as out:
        json.dump(result.records, out, indent=1)
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
