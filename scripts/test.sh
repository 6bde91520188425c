#!/usr/bin/env bash
# test.sh: every test. Native CTest, the examples (ports against their declared
# outcomes, and against Go itself), the playground's logic and its WebAssembly
# module under Node, the stress tests under AddressSanitizer and
# ThreadSanitizer, the runtime tests compiled to WebAssembly under Node, and
# the site in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "== native tests"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== TypeScript: strict type check of the tests and the site"
npm run --silent typecheck

echo "== Vitest: examples and CLI (C++ ports, real Go), the playground module, the site's logic"
npx vitest run

for san in asan tsan; do
  echo "== stress tests under $san"
  cmake --preset "$san" >/dev/null
  cmake --build --preset "$san" --target goro_stress_tests -j"$jobs"
  "build-$san/tests/runtime/goro_stress_tests"
done

for dir in build-wasm build-wasm-mt; do
  [[ -d $dir ]] || continue
  echo "== WebAssembly tests under Node ($dir)"
  ctest --test-dir "$dir" --output-on-failure
done

echo "== the site in Chromium (dist/)"
npx vitest run --config tests/e2e/vitest.config.ts
