#!/usr/bin/env bash
# A class starting at once (issue 11): builds the jar, installs it into target/bench-jupyter with
# its own installer twice (JDK 17 with its CDS archive as `diffkernel`, and, when Temurin 25 is
# installed, JDK 25 with its AOT cache as `diffkernel-jdk25`), then runs bench/class_bench.py
# against ipykernel + numpy + matplotlib + sympy (./install.sh --test-tools installs them).
#
#   bench/run-class-bench.sh                      3 rounds of cold start + 50 cells, 2 classes of 8
#   bench/run-class-bench.sh --reps 5 --classes 3 --students 8
#
# Raw figures: target/class-bench.json; kernel logs: target/class-bench-kernels.log.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

say "Building (mvn -B -q -DskipTests package)"
mvn -B -q -DskipTests package >&2
prefix="$root/target/bench-jupyter"
kernels=diffkernel
say "Installing the kernelspec into $prefix"
java -jar target/diffkernel.jar install --prefix "$prefix" --replace >&2
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
if [ -x "$jdk25" ]; then
  "$jdk25" -jar target/diffkernel.jar install --prefix "$prefix" --replace --name diffkernel-jdk25 \
    --display-name "Java (DiffKernel, JDK 25)" >&2
  kernels="$kernels,diffkernel-jdk25"
fi
export JUPYTER_PATH="$prefix/share/jupyter"
export PYTHONWARNINGS=ignore PYDEVD_DISABLE_FILE_VALIDATION=1
unset DIFFKERNEL_LOG
say "Measuring (several minutes; keep the machine otherwise idle)"
exec /usr/bin/python3 bench/class_bench.py --kernels "$kernels,python3" \
  --json "$root/target/class-bench.json" --logs "$root/target/class-bench-kernels.log" "$@"
