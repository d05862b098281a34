#!/usr/bin/env bash
# Whole-process start-up figures of ./workbench (docs/benchmarks.md, "Start-up"): for each command,
# the median wall time (s) and the median peak RSS (MiB) of N runs (default 7) after one warm-up run,
# measured with /usr/bin/time (GNU time), output discarded.
#   benchmarks/startup.sh [N] [WORKBENCH_DIR]
# WORKBENCH_DIR (default: this repository) is the checkout whose ./workbench runs, e.g. a clone of an
# earlier commit for a before/after table. WORKBENCH_CDS=off runs without the class-data-sharing archive.
set -euo pipefail
N="${1:-7}"
DIR="${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$DIR"
SOL=modules/grading/src/test/resources/org/hessianworkbench/grading/exercise/solutions/logistic-hessian/Reference.java
declare -a NAMES=(derive "exercise check" fit --help)
declare -a CMDS=(
  './workbench derive --expr "-(y*log(sigmoid(b*x)) + (1-y)*log(1-sigmoid(b*x)))" --wrt b'
  "./workbench exercise check logistic-hessian --solution $SOL"
  './workbench fit --data data/spector.csv --model logistic --formula "GRADE ~ GPA + TUCE + PSI"'
  './workbench --help'
)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
t=$(mktemp)
for k in "${!CMDS[@]}"; do
  eval "${CMDS[$k]}" > /dev/null 2>&1 || true # warm-up: builds, makes the archive, fills the page cache
  secs=(); kib=()
  for _ in $(seq "$N"); do
    /usr/bin/time -o "$t" -f "%e %M" bash -c "${CMDS[$k]} > /dev/null 2>&1" || true
    read -r s m < "$t"
    secs+=("$s"); kib+=("$m")
  done
  printf '%-16s median %5s s  %4d MiB   runs: %s\n' "${NAMES[$k]}" "$(printf '%s\n' "${secs[@]}" | median)" \
    "$(( $(printf '%s\n' "${kib[@]}" | median) / 1024 ))" "${secs[*]}"
done
rm -f "$t"
