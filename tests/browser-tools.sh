# Sourced by the run-tests.sh of the headless Chromium tests (tests/docs-browser,
# tests/diagram-browser): checks the tools they need and installs the locked playwright-core.
# A missing tool fails the run when CI=true and skips it with a message elsewhere, so a developer
# without Chromium can still build. Set `suite` (the name used in messages) before sourcing; it
# leaves `chromium` and `launcher` set and exports CHROMIUM_PATH and DYNADEPLOY_LAUNCHER.

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
launcher=${DYNADEPLOY_LAUNCHER:-../../bundles/org.dynadeploy.cli/target/dynadeploy/bin/dynadeploy}

unavailable() {
  if [ "${CI:-}" = true ]; then
    echo "$suite: $1; in CI every tool must be installed (see .ci/run)" >&2
    exit 1
  fi
  echo "$suite: skipped: $1" >&2
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
