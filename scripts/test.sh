#!/usr/bin/env bash
# test.sh: every test. Native CTest, the examples (ports against their declared
# outcomes, and against Go itself), the stress tests under AddressSanitizer
# and ThreadSanitizer, and the runtime tests compiled to WebAssembly under Node.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "== native tests"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== examples and CLI: C++ ports, real Go (faketime) and goro under Vitest"
npx tsc -p .
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
