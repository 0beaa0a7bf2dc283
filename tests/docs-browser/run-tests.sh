#!/usr/bin/env bash
# Runs the browser tests of the generated documentation catalog: Node's test runner with
# playwright-core driving Debian's Chromium (never a downloaded browser). Maven runs this in the
# integration-test phase (pom.xml); it can also be run by hand once the CLI is built.
#
# A missing tool (node >= 20, npm, Chromium, the CLI launcher) fails the run when CI=true and
# skips it with a message elsewhere (../browser-tools.sh).
set -euo pipefail
cd "$(dirname "$0")"
suite=docs-browser
. ../browser-tools.sh
exec node --test --test-concurrency=1 --test-reporter=spec test/
