#!/usr/bin/env bash
# Repeated code outside generated files: `bash tooling/scripts/duplicates.sh [REV] [--most N]`.
# Runs `duplicates` over the committed tree at REV (default HEAD) without generated code
# (src/graphql/generated, schema.graphql, supergraph.graphql, persisted-documents.json, the lockfile).
set -euo pipefail
rev="${1:-HEAD}"
shift || true
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
git archive "$rev" | tar -x -C "$dir" --exclude='*/generated/*' --exclude='*schema.graphql' \
  --exclude='*supergraph.graphql' --exclude='*persisted-documents.json' --exclude='pnpm-lock.yaml'
duplicates --repo "$dir" --seconds 300 --most 200 "$@"
