#!/usr/bin/env bash
# build.sh: native build (build/) and, when Emscripten is present, the
# WebAssembly builds of the runtime and its tests (build-wasm/, build-wasm-mt/)
# and the playground site built on them (dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"

# WebAssembly, when Emscripten is installed (GORO_WASM=0 skips it): the runtime,
# its tests and a smoke program, built twice from the same sources:
#   build-wasm/     single-threaded (procs is always 1), runs anywhere
#   build-wasm-mt/  pthreads (GORO_WASM_THREADS), needs SharedArrayBuffer
# Node runs both through CTest; see tests/wasm/wasm_tests.cmake.
if [[ ${GORO_WASM:-1} == 1 ]] && command -v emcmake >/dev/null; then
  # Emscripten's JS optimizer needs acorn from Debian's node modules.
  export NODE_PATH=/usr/share/nodejs
  wasm_build() {
    local dir=$1 threads=$2 start=$SECONDS
    emcmake cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DGORO_BUILD_TOOLS=OFF \
      -DGORO_WASM_THREADS="$threads" >/dev/null
    cmake --build "$dir" -j"$jobs"
    echo "build.sh: $dir built in $((SECONDS - start)) s"
  }
  wasm_build build-wasm OFF
  wasm_build build-wasm-mt ON
fi

# The playground site (web/): dist/, from the two WebAssembly builds.
if [[ -f build-wasm/web/goro-playground.wasm && -f build-wasm-mt/web/goro-playground.wasm ]]; then
  start=$SECONDS
  npx vite build --config web/vite.config.ts --logLevel warn
  echo "build.sh: dist/ (the playground site) built in $((SECONDS - start)) s"
else
  echo "build.sh: no WebAssembly builds, so no playground site (dist/)" >&2
fi
