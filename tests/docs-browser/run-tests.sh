#!/usr/bin/env bash
# Runs the browser tests of the generated documentation catalog: Node's test runner with
# playwright-core driving Debian's Chromium (never a downloaded browser). Maven runs this in the
# integration-test phase (pom.xml); it can also be run by hand once the CLI is built.
#
# A missing tool (node >= 20, npm, Chromium, the CLI launcher) fails the run when CI=true and
# skips it with a message elsewhere, so a developer without Chromium can still build.
set -euo pipefail
cd "$(dirname "$0")"

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
launcher=${DYNADEPLOY_LAUNCHER:-../../bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy}

unavailable() {
  if [ "${CI:-}" = true ]; then
    echo "docs-browser: $1; in CI every tool must be installed (see .ci/run)" >&2
    exit 1
  fi
  echo "docs-browser: skipped: $1" >&2
  exit 0
}

command -v node >/dev/null 2>&1 || unavailable "node is not installed"
command -v npm >/dev/null 2>&1 || unavailable "npm is not installed"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || unavailable "node $node_major is too old (20 or newer runs the tests)"
[ -x "$chromium" ] || unavailable "Chromium is not installed at $chromium (apt-get install -y chromium)"
[ -x "$launcher" ] || unavailable "the CLI launcher $launcher is not built (build bundles/org.dynadeploy.cli)"

# playwright-core as locked; reinstalled only when node_modules does not hold the locked version.
locked_matches() {
  node -e 'const l=require("./package-lock.json").packages["node_modules/playwright-core"].version;
           process.exit(require("./node_modules/playwright-core/package.json").version===l?0:1)' 2>/dev/null
}
if ! locked_matches; then
  npm ci --no-audit --no-fund --prefer-offline >&2 || unavailable "playwright-core cannot be installed from npm"
fi

export CHROMIUM_PATH="$chromium" DYNADEPLOY_LAUNCHER="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"
exec node --test --test-concurrency=1 --test-reporter=spec test/
