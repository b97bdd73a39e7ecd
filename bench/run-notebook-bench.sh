#!/usr/bin/env bash
# Notebook benchmark: executes every lecture notebook in notebooks/ with nbconvert, once with the
# kernel as install.sh installs it (C1-only JIT) and once as `install.sh --full-jit` installs it,
# in rotation, and prints the wall time of each. It backs the choice of JIT in kernel/kernel.json
# (see bench/README.md). Not part of the test suite; takes about two minutes.
#
#   bench/run-notebook-bench.sh [ROUNDS]      (default 1 round: each notebook once per kernel)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds="${1:-1}"

source bench/install-bench-kernel.sh
# the diffkernel-fulljit kernelspec, written as the kernel benchmark writes it
/usr/bin/python3 -c 'import sys; sys.path.insert(0, "bench"); import kernel_bench; kernel_bench.prepare_kernelspecs()'

kernels=(diffkernel diffkernel-fulljit)
out="$root/target/bench-notebooks"
mkdir -p "$out"
declare -A total=()
printf '%-36s %12s %12s\n' "notebook (seconds, wall)" "${kernels[0]}" "${kernels[1]}"
for nb in notebooks/*.ipynb; do
  for ((r = 0; r < rounds; r++)); do
    line="$(printf '%-36s' "$(basename "$nb")")"
    for k in "${kernels[@]}"; do
      start=$(date +%s.%N)
      /usr/bin/jupyter nbconvert --to notebook --execute --allow-errors --ExecutePreprocessor.kernel_name="$k" \
        --output-dir "$out/$k" "$nb" >/dev/null 2>&1
      secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
      total[$k]=$(awk -v a="${total[$k]:-0}" -v b="$secs" 'BEGIN { print a + b }')
      line="$line $(printf '%12.1f' "$secs")"
    done
    echo "$line"
  done
done
printf '%-36s %12.1f %12.1f\n' "total" "${total[${kernels[0]}]}" "${total[${kernels[1]}]}"
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
