#!/usr/bin/env bash
# The large linear fits of docs/benchmarks.md ("Large least-squares fits"): writes a CSV of n rows and
# p - 1 standard normal covariates plus y = 1 + sum_j x_j / j + N(0, 1) noise (numbers with 17
# significant digits, as a round-trip writer prints them), then times, whole process,
#   workbench fit --model linear --formula "y ~ ."-style formula   (with -Xmx1500m and GC logging)
#   python3 + pandas.read_csv + numpy.linalg.lstsq                (the peer)
# and prints wall time and peak RSS (/usr/bin/time -v) of each, and the JVM's largest heap after GC.
# Usage: modules/benchmarks/scripts/large-linear-fit.sh N P [DIR]   e.g. 1000000 20, or 300000 6.
# The CSV (hundreds of MB for 1e6 x 20) goes to DIR (default /tmp) and is not committed.
set -euo pipefail
N=${1:?rows}; P=${2:?parameters with the intercept}; DIR=${3:-/tmp}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
JAR="$ROOT/modules/cli/target/workbench.jar"
PY=${PYTHON:-/usr/bin/python3}
CSV="$DIR/linear_${N}x${P}.csv"
K=$((P - 1))
if [ ! -f "$CSV" ]; then
  "$PY" - "$N" "$K" "$CSV" <<'PYEOF'
import sys, numpy as np
n, k, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = np.random.default_rng(20261128)
x = rng.standard_normal((n, k))
y = 1 + x @ (1.0 / np.arange(1, k + 1)) + rng.standard_normal(n)
header = ",".join([f"x{j}" for j in range(1, k + 1)] + ["y"])
np.savetxt(path, np.column_stack([x, y]), fmt="%.17g", delimiter=",", header=header, comments="")
PYEOF
fi
FORMULA="y ~ $(seq -s ' + ' -f 'x%g' 1 "$K")"
echo "data: $CSV ($(du -h "$CSV" | cut -f1)), n = $N, p = $P"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -o -DskipTests package)
measure() {  # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" > "$DIR/bench.out" 2> "$DIR/bench.err" || { cat "$DIR/bench.err" >&2; return 1; }
  local wall rss user sys
  wall=$(grep "Elapsed (wall clock)" "$DIR/bench.err" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$DIR/bench.err" | awk '{print $NF}')
  user=$(grep "User time" "$DIR/bench.err" | awk '{print $NF}')
  sys=$(grep "System time" "$DIR/bench.err" | awk '{print $NF}')
  printf '%-28s wall %s  cpu %ss user + %ss sys  peak RSS %d MiB  (load average %s)\n' "$label" "$wall" "$user" "$sys" \
    $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}
measure "workbench fit (-Xmx1500m)" java -XX:+UseSerialGC -Xmx1500m -Xlog:gc:file="$DIR/gc.log" \
  -jar "$JAR" fit --data "$CSV" --model linear --formula "$FORMULA"
grep -E "Residual standard error|R-squared" "$DIR/bench.out"
# live data: what a full collection leaves; high-water: the most the heap held before a collection
live=$(grep "Pause Full" "$DIR/gc.log" | grep -oE '[0-9]+M->[0-9]+M' | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1 || true)
before=$(grep -oE '[0-9]+M->[0-9]+M' "$DIR/gc.log" | sed -E 's/([0-9]+)M->.*/\1/' | sort -n | tail -1 || true)
echo "  heap (-Xmx1500m, so never above 1500 MiB): high-water ${before:-0} MiB, largest live after a full collection ${live:-(none ran)} MiB"
measure "python3 pandas + lstsq" "$PY" -c "
import sys, numpy as np, pandas as pd
d = pd.read_csv('$CSV')
X = np.column_stack([np.ones(len(d)), d.drop(columns='y').to_numpy()])
b, sse, rank, sv = np.linalg.lstsq(X, d['y'].to_numpy(), rcond=None)
print('rank', rank, 'sigma', float(np.sqrt(sse[0] / (len(d) - rank))))
"
cat "$DIR/bench.out"
