#!/usr/bin/env bash
# Writes a seeded, deterministic scale workspace in the DynaDeploy languages.
#
#   examples/scale/generate.sh --services 10000 --targets 1000 --seed 42 --files 20 --out /tmp/scale
#
# The same arguments always give byte-identical files. --help lists every option. The generator
# is built on first use (./build mvn -q install -pl examples/scale); it needs a JDK 21 or newer.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
classes="$root/examples/scale/target/classes"

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }

find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate/bin/java"; return 0
    fi
  done
  return 1
}

if [ ! -f "$classes/org/dynadeploy/examples/scale/ScaleModelGenerator.class" ]; then
  (cd "$root" && ./build mvn -q install -f examples/scale/pom.xml) >&2
fi
if ! java=$(find_java); then
  echo "generate.sh: the generator needs a JDK 21 or newer (set JAVA_HOME to one)." >&2
  exit 1
fi
exec "$java" -cp "$classes" org.dynadeploy.examples.scale.ScaleModelGenerator "$@"
