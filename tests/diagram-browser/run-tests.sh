#!/usr/bin/env bash
# Runs the browser tests of the diagram editor: Node's test runner with playwright-core driving
# Debian's Chromium (never a downloaded browser) against `dynadeploy diagram --serve`. Maven runs
# this in the integration-test phase (pom.xml); it can also be run by hand once the CLI is built.
#
# A missing tool (node >= 20, npm, Chromium, the CLI launcher or its `diagram` command) fails the
# run when CI=true and skips it with a message elsewhere (../browser-tools.sh).
set -euo pipefail
cd "$(dirname "$0")"
suite=diagram-browser
. ../browser-tools.sh
"$launcher" diagram --help >/dev/null 2>&1 || unavailable "the CLI launcher $launcher has no 'diagram' command"
exec node --test --test-concurrency=1 --test-reporter=spec test/
