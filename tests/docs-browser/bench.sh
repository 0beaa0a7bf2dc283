#!/usr/bin/env bash
# Times the documentation catalog as users run it: `dynadeploy docs` as a whole process (JVM start,
# parsing, linking and validating the models, layout, writing the files) on seeded synthetic
# workspaces of N services in 50 groups over 3 levels, plus the in-process figure of
# `dynadeploy bench docs` (the same model built in memory, no parsing).
#
#   tests/docs-browser/bench.sh [SERVICES...]        (default: 1000 10000)
#
# Uses hyperfine when installed (3 runs per size), else bash's `time` (3 runs). The figures go to
# docs/benchmarks.md by hand, with the machine's load: on a shared machine wall time follows it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dynadeploy=${DYNADEPLOY_LAUNCHER:-$here/../../bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy}
[ -x "$dynadeploy" ] || { echo "bench.sh: build the CLI first (./build package)" >&2; exit 1; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${BENCH_RUNS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/dynadeploy-docs-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  ws="$work/ws$n"
  "$dynadeploy" bench docs --services "$n" --groups 50 --levels 3 --write-model "$ws" >/dev/null
  echo
  echo "== $n services, 50 groups, 3 levels: dynadeploy docs -s <workspace> (whole process)"
  command=("$dynadeploy" docs -s "$ws" --output-dir "$work/out$n")
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --runs "$runs" --prepare "rm -rf '$work/out$n'" "${command[*]}"
  else
    TIMEFORMAT="   %R s wall, %U s user, %S s system"
    for ((i = 1; i <= runs; i++)); do
      rm -rf "$work/out$n"
      time "${command[@]}" 2>/dev/null
    done
  fi
  echo "== $n services: dynadeploy bench docs (in the CLI process, model built in memory)"
  "$dynadeploy" bench docs --services "$n" --groups 50 --levels 3
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
