#!/bin/sh
# Measures the calculus DSL: a parsed Fn against a lambda and exp4j (ns per call), and the
# numerical gradient against the notes' numpy numerical_gradient. Takes about two minutes.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    'dev.diffkernel.bench.CalcBench' "$@"
/usr/bin/python3 bench/numpy_gradient.py
