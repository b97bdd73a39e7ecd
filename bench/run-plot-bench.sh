#!/bin/sh
# Measures a 4,000-point line plot on its way to the notebook (ms per plot): its figure model
# alone, with its static picture, and the whole display (model, static picture, HTML and plotly JSON). About a minute.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    'dev.diffkernel.bench.PlotBench' "$@"
