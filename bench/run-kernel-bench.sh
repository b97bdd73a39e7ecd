#!/usr/bin/env bash
# Kernel benchmark (issue 2): builds the kernel, installs its kernelspec into a private Jupyter path
# (target/bench-jupyter, CDS archive included, as install.sh records it), then prints one table:
# cold start and a `1 + 1` round trip for DiffKernel (with and without its CDS archive) and for
# ipykernel, next to bare JShell's own evaluation time. Not part of the test suite.
#
#   bench/run-kernel-bench.sh                 3 cold starts each, 20 warm-up + 200 timed round trips
#   bench/run-kernel-bench.sh --reps 5 --runs 500
#
# Needs Java 17+, Maven, /usr/bin/python3 with jupyter_client, and Debian's python3-ipykernel
# (./install.sh --test-tools installs it). Raw figures: target/bench-results.json; kernel logs:
# target/bench-kernels.log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

source bench/install-bench-kernel.sh
export PYDEVD_DISABLE_FILE_VALIDATION=1  # ipykernel's debugger notice on start; does not change timing
unset DIFFKERNEL_LOG

say "Measuring (a few minutes; keep the machine otherwise idle)"
exec /usr/bin/python3 bench/kernel_bench.py \
  --classpath "$root/target/test-classes:$root/target/diffkernel.jar" \
  --json "$root/target/bench-results.json" --logs "$root/target/bench-kernels.log" "$@"
