#!/usr/bin/env bash
# Times the planner as users run it: `dynadeploy gendist` as a whole process (JVM start, loading the
# models, the policy mapAttrOnList -> order -> divide greedy, writing the distribution) on a seeded
# examples/scale workspace, from our languages and from Disnix XML, with hyperfine. From XML it is
# timed twice: as it runs every time after the first (the compiled policy is in the cache, which
# lives in the benchmark's own folder) and with the policy cache turned off (as a first run with a
# new or edited policy). The launcher's class cache (lib/dynadeploy.aot) is used as built.
#
#   tests/org.dynadeploy.benchmarks/cli-bench.sh [SERVICES [TARGETS]]     (default: 5000 500)
#
# Environment: BENCH_RUNS (default 5), BENCH_WARMUP (default 1), DYNADEPLOY_LAUNCHER (default: the
# launcher `./build package` builds), BENCH_OUT (a folder to keep hyperfine's JSON and Markdown in).
# Needs hyperfine (/usr/bin/hyperfine) and a built launcher. The figures go to docs/benchmarks.md by
# hand, with the load average this prints: on a shared machine wall time follows the load, while the
# CPU time (user + system, all threads of the process) depends much less on it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dynadeploy=${DYNADEPLOY_LAUNCHER:-$root/bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy}
[ -x "$dynadeploy" ] || { echo "cli-bench.sh: build the CLI first (./build package)" >&2; exit 1; }
command -v hyperfine >/dev/null 2>&1 || { echo "cli-bench.sh: needs hyperfine" >&2; exit 1; }
services=${1:-5000}
targets=${2:-$((services / 10))}
runs=${BENCH_RUNS:-5}
warmup=${BENCH_WARMUP:-1}
work=$(mktemp -d "${TMPDIR:-/tmp}/dynadeploy-cli-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=${BENCH_OUT:-$work/results}
mkdir -p "$out"

# The workspace: examples/scale (seed 42, 10 services files) plus the benchmark's policy. The scale
# targets have no priority, so order sorts by cost.
ws="$work/ws"
"$root/examples/scale/generate.sh" --services "$services" --targets "$targets" --seed 42 --files 10 --out "$ws" >/dev/null
rm "$ws"/*.qos
cat > "$work/pipeline.qos" <<'EOF'
policy pipeline {
    let typed = mapAttrOnList(initial, serviceProperty: type, targetPropertyList: supportedTypes)
    let ordered = order(typed, targetProperty: cost)
    result divide(ordered, strategy: greedy, serviceProperty: requireMem, targetProperty: mem)
}
EOF
"$dynadeploy" xml -s "$ws" -o "$work/services.xml"
"$dynadeploy" xml -i "$ws" -o "$work/infrastructure.xml"

export DYNADEPLOY_CACHE_DIR="$work/cache"
lang=("$dynadeploy" gendist -s "$ws" -i "$ws" -q "$work/pipeline.qos" -o "$work/lang.dist")
xml=("$dynadeploy" gendist --xml -s "$work/services.xml" -i "$work/infrastructure.xml" -q "$work/pipeline.qos"
     -o "$work/xml.dist")
class_cache=$(dirname "$dynadeploy")/../lib/dynadeploy.aot
# Check once that both give the same distribution with every service placed.
"${lang[@]}"
"${xml[@]}"
cmp -s "$work/lang.dist" "$work/xml.dist" || { echo "cli-bench.sh: the two distributions differ" >&2; exit 1; }
placed=$(grep -c ' => ' "$work/lang.dist")
[ "$placed" -eq "$services" ] || { echo "cli-bench.sh: $placed of $services services placed" >&2; exit 1; }

java=$(sed -n 's/^Java \(.*\)$/\1/p' <("$dynadeploy" --version))
echo "machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1))," \
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); Java $java"
echo "workspace: $services services, $targets targets ($(cat "$ws"/*.services | wc -l) lines of .services;" \
     "services.xml $(du -k "$work/services.xml" | cut -f1) KiB); $placed services placed"
echo "class cache: $([ -f "$class_cache" ] && echo "$class_cache ($(du -k "$class_cache" | cut -f1) KiB)" || echo none)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --runs "$runs" --warmup "$warmup" --export-json "$out/cli-bench.json" --export-markdown "$out/cli-bench.md" \
  -n "dynadeploy --version (JVM and CLI start)" "$dynadeploy --version" \
  -n "gendist, our languages" "${lang[*]}" \
  -n "gendist --xml" "${xml[*]}" \
  -n "gendist --xml, policy not cached" "env DYNADEPLOY_CACHE_DIR=off ${xml[*]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Mean wall clock and CPU time (user + system) per command, from hyperfine's JSON.
python3 - "$out/cli-bench.json" <<'EOF' || true
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command'][:60]:60}  wall {r['mean']:.2f} s ± {r['stddev'] or 0:.2f} (min {r['min']:.2f}, max {r['max']:.2f})"
          f"  cpu {r['user'] + r['system']:.2f} s (user {r['user']:.2f}, system {r['system']:.2f})")
EOF
[ -n "${BENCH_OUT:-}" ] && echo "results: $out/cli-bench.json, $out/cli-bench.md"
exit 0
