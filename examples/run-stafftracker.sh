#!/usr/bin/env bash
# Runs DynaDeploy on the StaffTracker example (./build example): checks the models, then writes
# their Disnix XML forms (services, infrastructure, id resources, docs configuration), the files
# the dydisnix tools read.
#
#   examples/run-stafftracker.sh [OUTPUT_DIR]      (default: target/stafftracker)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dynadeploy="$root/bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy"
model="$root/examples/stafftracker"
out="${1:-$root/target/stafftracker}"

if [ ! -x "$dynadeploy" ]; then
  echo "run-stafftracker.sh: build the tools first: ./build package" >&2
  exit 1
fi
mkdir -p "$out"

"$dynadeploy" validate "$model"
"$dynadeploy" xml -s "$model" -o "$out/services.xml"
"$dynadeploy" xml -i "$model" -o "$out/infrastructure.xml"
"$dynadeploy" xml --id-resources "$model" -o "$out/idresources.xml"
"$dynadeploy" xml --docs "$model" -o "$out/docs.xml"
echo "StaffTracker: models valid; Disnix XML written to $out"
