#!/usr/bin/env bash
# Runs DynaDeploy on the StaffTracker example (./build example): checks the models, writes their
# Disnix XML forms (services, infrastructure, id resources, docs configuration), the files the
# dydisnix tools read, then plans the deployment: the distribution its QoS policy computes (as a
# .dist file, as distribution XML and as the Disnix expression disnix-env reads) and the unique
# ids of the distributed services, and writes the HTML architecture catalog. Run it again and the ids stay the same (the previous ids file
# is given back).
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

"$dynadeploy" gendist -s "$model" -i "$model" -q "$model" -o "$out/stafftracker.dist"
"$dynadeploy" gendist -s "$model" -i "$model" -q "$model" --output-xml -o "$out/distribution.xml"
"$dynadeploy" gendist -s "$model" -i "$model" -q "$model" --output-nix -o "$out/distribution.nix"
previous_ids=()
if [ -f "$out/ids.ids" ]; then
  previous_ids=(--ids "$out/ids.ids")
fi
"$dynadeploy" id-assign -s "$model" -i "$model" -d "$out/stafftracker.dist" --id-resources "$model" \
  ${previous_ids[@]+"${previous_ids[@]}"} --output-file "$out/ids.ids"
# The architecture catalog, with where each service runs and its ids.
"$dynadeploy" docs -s "$model" -d "$out/stafftracker.dist" --ids "$out/ids.ids" --output-dir "$out/docs"
echo "StaffTracker: models valid; Disnix XML, distribution (stafftracker.dist, distribution.xml," \
  "distribution.nix), ids (ids.ids) and the HTML catalog (docs/index.html) written to $out"
