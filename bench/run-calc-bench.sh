#!/usr/bin/env bash
# Calculus benchmark (issue 3): ns per evaluation of a parsed fn(...) against a handwritten lambda
# and a plain exp4j Expression, and numerical gradients per second against the notes' NumPy
# numerical_gradient, all in one run. Prints Markdown tables. Not part of the test suite.
#
#   bench/run-calc-bench.sh        about 2 s per row
#   bench/run-calc-bench.sh 5      about 5 s per row
#
# Needs Java 17+, Maven and /usr/bin/python3 with numpy.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.diffkernel.bench.FnBench "${1:-2}" "${PYTHON:-/usr/bin/python3}"
