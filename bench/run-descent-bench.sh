#!/usr/bin/env bash
# Gradient-descent benchmark (issue 5): steps per second of gradientDescent against the lecture
# notes' NumPy gradient_descent on the notes' problem, in one run, printed as a Markdown table with
# the ratio. Not part of the test suite.
#
#   bench/run-descent-bench.sh            about 3 s of CPU time per row
#   bench/run-descent-bench.sh 10         about 10 s per row
#
# Needs Java 17+, Maven and /usr/bin/python3 with numpy.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.diffkernel.bench.DescentBench "${1:-3}" "${PYTHON:-/usr/bin/python3}"
