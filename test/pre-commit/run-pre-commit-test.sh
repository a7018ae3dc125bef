#!/usr/bin/env bash
# End-to-end check of .pre-commit-hooks.yaml with the real pre-commit framework: a throwaway git
# repository uses this repository as its hook repo, a wrong call body must block `git commit`, and
# the fixed body must go through. Not part of `npm test`: it installs Debian's pre-commit, and
# pre-commit runs `npm install` (npm registry) in its own clone. Run: `npm run test:pre-commit`.
#
# pre-commit clones a commit, not the work tree, so by default this tests HEAD. With
# --with-uncommitted-hook-files it tests HEAD plus the work tree's hook files (HOOK_FILES below),
# committed into a temporary copy, for trying them before they are committed.
set -euo pipefail

usage() {
  echo "usage: $0 [--with-uncommitted-hook-files]" >&2
}

is_overlay=false
for arg in "$@"; do
  case "$arg" in
    --with-uncommitted-hook-files) is_overlay=true ;;
    -h | --help) usage; exit 0 ;;
    *) echo "$0: unknown argument '$arg'" >&2; usage; exit 2 ;;
  esac
done

source_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# What makes this repository a pre-commit hook: the manifest, and the npm setting that keeps
# `npm pack` quiet enough for pre-commit's install (see .npmrc).
HOOK_FILES=(.pre-commit-hooks.yaml .npmrc)

# Microseconds since the epoch (bash 5's EPOCHREALTIME without its decimal point).
now_us() {
  echo "${EPOCHREALTIME/[.,]/}"
}

start_total="$(now_us)"
phase_start=$start_total

# Print how long the phase that just ended took, and start the next one.
end_phase() {
  local now elapsed_ds
  now="$(now_us)"
  elapsed_ds=$(((now - phase_start + 50000) / 100000))
  printf '== %-40s %5d.%d s\n' "$1" $((elapsed_ds / 10)) $((elapsed_ds % 10))
  phase_start=$now
}

# Stop with a message naming what went wrong and where to look.
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Phase 1: the pre-commit framework, from Debian.
if ! command -v pre-commit >/dev/null; then
  [[ $EUID -eq 0 ]] || fail "pre-commit is missing; run as root to apt-get install it, or install it"
  echo "pre-commit not found; installing Debian's package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
fi
echo "pre-commit: $(pre-commit --version), node: $(node --version), npm: $(npm --version)"
end_phase "install pre-commit (if missing)"

work_dir="$(mktemp -d -t genesys-call-lint-pre-commit.XXXXXX)"
if [[ "${KEEP_TMP:-}" == 1 ]]; then
  trap 'echo "kept $work_dir (KEEP_TMP=1)"' EXIT
else
  trap 'rm -rf "$work_dir"' EXIT
fi

# Keep git and pre-commit away from the caller's settings and cache: no global hooksPath,
# a fresh hook cache (so the timing includes the real install), an identity for the commits.
export GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL="$work_dir/gitconfig"
export PRE_COMMIT_HOME="$work_dir/pre-commit-cache"
export PRE_COMMIT_COLOR=never
git config --global user.name 'pre-commit test'
git config --global user.email 'pre-commit-test@localhost'
git config --global init.defaultBranch main
git config --global --add safe.directory "$source_repo"

hook_repo="$source_repo"
hook_rev="$(git -C "$source_repo" rev-parse HEAD)"
echo "testing $source_repo at $hook_rev ($(git -C "$source_repo" log -1 --format=%s HEAD))"

if [[ "$is_overlay" == true ]]; then
  hook_repo="$work_dir/hook-repo"
  git clone --quiet --no-hardlinks "$source_repo" "$hook_repo"
  git -C "$hook_repo" checkout --quiet --detach "$hook_rev"
  for file in "${HOOK_FILES[@]}"; do
    [[ -f "$source_repo/$file" ]] || fail "no $file in the work tree"
    cp "$source_repo/$file" "$hook_repo/$file"
    git -C "$hook_repo" add "$file"
  done
  git -C "$hook_repo" commit --quiet --allow-empty -m 'hook files from the work tree'
  hook_rev="$(git -C "$hook_repo" rev-parse HEAD)"
  echo "plus the work tree's ${HOOK_FILES[*]}, committed as $hook_rev in a temporary copy"
else
  for file in "${HOOK_FILES[@]}"; do
    git -C "$source_repo" cat-file -e "$hook_rev:$file" 2>/dev/null ||
      fail "HEAD has no $file; commit it, or run with --with-uncommitted-hook-files"
  done
  if ! git -C "$source_repo" diff --quiet HEAD -- "${HOOK_FILES[@]}" package.json; then
    echo "note: ${HOOK_FILES[*]} or package.json differ from HEAD; pre-commit sees only HEAD"
  fi
fi

# Phase 2: a consumer repository that uses the hook, and pre-commit's install of it.
consumer="$work_dir/consumer"
git init --quiet "$consumer"
cd "$consumer"
# language_version: system makes pre-commit use the node on PATH instead of downloading a
# Node.js build through nodeenv, which a machine without internet cannot do.
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $hook_repo
    rev: $hook_rev
    hooks:
      - id: genesys-call-lint
        language_version: system
EOF
git add .pre-commit-config.yaml
git commit --quiet -m 'use genesys-call-lint'
pre-commit install
pre-commit install-hooks ||
  fail "pre-commit could not install the hook (above; KEEP_TMP=1 keeps its pre-commit.log)"
end_phase "clone, npm install, build, pack the hook"

# Phase 3: a body with the invented "to" object must not be committed.
mkdir -p payloads
printf '%s\n' '{"to":{"phoneNumber":"+13175550142"}}' >payloads/call.json
git add payloads/call.json
set +e
blocked_output="$(git commit -m 'wrong body' 2>&1)"
blocked_status=$?
set -e
printf '%s\n' "$blocked_output" | sed 's/^/  | /'
[[ $blocked_status -ne 0 ]] || fail "git commit of a wrong body succeeded; the hook let it through"
for expected in 'payloads/call.json' 'unknown-field' 'missing-target' 'Replace "to" with'; do
  [[ "$blocked_output" == *"$expected"* ]] || fail "the blocked commit's output lacks '$expected'"
done
echo "ok: the wrong body was blocked (git commit exited $blocked_status) with the linter's findings"
end_phase "commit a wrong body (blocked)"

# Phase 4: the fixed body goes through.
printf '%s\n' '{"phoneNumber":"+13175550142"}' >payloads/call.json
git add payloads/call.json
set +e
passed_output="$(git commit -m 'fixed body' 2>&1)"
passed_status=$?
set -e
printf '%s\n' "$passed_output" | sed 's/^/  | /'
[[ $passed_status -eq 0 ]] || fail "git commit of the fixed body failed (exit $passed_status)"
[[ "$(git log -1 --format=%s)" == 'fixed body' ]] || fail "the fixed body's commit is not HEAD"
echo "ok: the fixed body was committed"
end_phase "commit the fixed body (passes)"

phase_start=$start_total
end_phase "total"
