#!/usr/bin/env bash
# The extension's end-to-end test as CI runs it: packages the .vsix, installs code-server and puppeteer-core from
# the pinned lock file, and drives a real VS Code with headless Chromium. Run from the repository root after the
# .NET build (it uses src/LanguageServer's Debug output). Skips, saying why, only when no Chromium can be had.
set -euo pipefail
cd "$(dirname "$0")/../.."

# chromium drives the workbench; code-server's install builds native modules (krb5, xkbfile) and bundles rg.
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v rg >/dev/null 2>&1 || needed+=(ripgrep)
for dev in libkrb5-dev libxkbfile-dev; do
  dpkg -s "$dev" >/dev/null 2>&1 || needed+=("$dev")
done
if [ ${#needed[@]} -gt 0 ]; then
  echo "e2e: installing ${needed[*]}"
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq "${needed[@]}" >/dev/null 2>&1 || true
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "e2e: SKIPPED: chromium is not installed and apt-get could not install it (the VS Code end-to-end test needs a browser)"
  exit 0
fi

dotnet build src/LanguageServer -v quiet -nologo
(cd vscode-extension && npm ci --ignore-scripts --no-audit --no-fund && npm run package)

# code-server's install would download ripgrep; it takes a pre-seeded archive of the system's rg instead. Its postinstall
# checks npm_config_unsafe_perm (it installs VS Code's own dependencies) and proceeds only when it is set.
seed=$(mktemp -d)
trap 'rm -rf "$seed"' EXIT
mkdir -p "$seed/vscode-ripgrep-cache-1.15.11"
tar -C "$(dirname "$(command -v rg)")" -czf "$seed/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
if [ ! -d vscode-extension/e2e/node_modules/code-server/lib/vscode/node_modules/@microsoft/1ds-core-js ]; then
  (cd vscode-extension/e2e && TMPDIR="$seed" npm_config_yes=true npm_config_unsafe_perm=true npm ci --no-audit --no-fund)
fi
node vscode-extension/e2e/run-e2e.mjs --chromium "$(command -v chromium)"
