#!/usr/bin/env bash
# setup.sh: install what this machine lacks to build and test goro.
# Debian packages are installed when running as root; otherwise missing ones are reported.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in cmake g++ make googletest libgtest-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev golang-go emscripten binaryen nodejs chromium; do
  have_pkg "$pkg" || need+=("$pkg")
done
if ((${#need[@]})); then
  if [[ $(id -u) == 0 ]]; then
    echo "setup: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: missing Debian packages (run as root to install): ${need[*]}" >&2
    exit 1
  fi
fi

# npm dependencies, only when the lock file changed since the last install.
# (package.json pins rollup through "overrides": the registry this machine
# reaches lacks the newest rollup's platform packages, and `npm ci` needs
# every one of them listed in the lock file.)
if [[ -f package-lock.json ]]; then
  stamp=node_modules/.goro-lock-stamp
  if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
    npm ci --no-audit --no-fund
    mkdir -p node_modules && cp package-lock.json "$stamp"
  fi
fi
