#!/usr/bin/env bash
# Installs what a fresh machine lacks for this workspace: the pinned pnpm and the dependencies.
# Safe to run again: each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/../.."

PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
node -e '
  const [maj, min] = process.versions.node.split(".").map(Number);
  if (maj < 20 || (maj === 20 && min < 19)) {
    console.error(`Node ${process.versions.node} is te oud: nodig is Node 20.19 of nieuwer.`);
    process.exit(1);
  }'

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "pnpm $PNPM_VERSION installeren…" >&2
  npm install --global --silent "pnpm@$PNPM_VERSION" >&2
fi

# Only reinstall when the lockfile changed since the last install.
stamp=node_modules/.stelsel-lock-hash
hash=$(sha256sum pnpm-lock.yaml pnpm-workspace.yaml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  pnpm install --frozen-lockfile --reporter=append-only >&2
  echo "$hash" > "$stamp"
fi
