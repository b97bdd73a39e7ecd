#!/usr/bin/env bash
# Backpropagation benchmark (issue 15): gradientCheck of twoLayerNet(2, 50, 3) on spiral(100, 3, 42) and
# 2,000 epochs of full-batch training, beside the book's two-layer net in NumPy, as a Markdown table with
# the ratios. Not part of the test suite.
#
#   bench/run-backprop-bench.sh        median of 5 runs each
#   bench/run-backprop-bench.sh 9      median of 9
#
# Needs Java 17+, Maven and a python3 with numpy (PYTHON=..., default /usr/bin/python3).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.diffkernel.bench.BackpropBench "${1:-5}" "${PYTHON:-/usr/bin/python3}"
