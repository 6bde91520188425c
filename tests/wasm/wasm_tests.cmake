# WebAssembly tests under Node: the runtime tests and the smoke program.
# Included from tests/runtime/CMakeLists.txt when building with Emscripten;
# scripts/build.sh makes build-wasm/ (single-thread) and build-wasm-mt/
# (GORO_WASM_THREADS=ON), and their tests are named wasm.* and wasm-mt.*.
find_program(GORO_NODE node REQUIRED)
# Node 20's global fetch makes Emscripten 3.1.6's loader fetch the .wasm by
# path and fail; without it the loader reads the file.
set(GORO_NODE_RUN ${GORO_NODE} --no-experimental-fetch)
# Memory: every goroutine's stack block is heap (no lazy mmap), so let the
# heap grow to wasm32's 4 GiB limit.
set(GORO_WASM_TEST_LINK -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sEXIT_RUNTIME=1 -sNODERAWFS=1)

if(GORO_WASM_THREADS)
  set(GORO_WASM_PREFIX wasm-mt)
  # Every object in a threaded (shared-memory) module must be built with -pthread.
  target_compile_options(gtest PRIVATE -pthread)
  target_compile_options(gtest_main PRIVATE -pthread)
else()
  set(GORO_WASM_PREFIX wasm)
endif()

# Excluded in WebAssembly:
#   *DeathTest*  death tests fork (or re-run the binary) to watch a child die;
#                Node has neither for a wasm module, and wasm has no guard page
#                to turn a stack overflow into Go's "fatal error: stack overflow".
set(GORO_WASM_GTEST_FILTER "-*DeathTest*")

target_sources(goro_runtime_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/wasm/gtest_main.cpp)
target_link_options(goro_runtime_tests PRIVATE ${GORO_WASM_TEST_LINK})
add_test(NAME ${GORO_WASM_PREFIX}.runtime
         COMMAND ${GORO_NODE_RUN} $<TARGET_FILE:goro_runtime_tests> --gtest_filter=${GORO_WASM_GTEST_FILTER})

add_executable(goro_wasm_smoke ${PROJECT_SOURCE_DIR}/tests/wasm/smoke.cpp)
target_link_libraries(goro_wasm_smoke PRIVATE goro::runtime)
target_link_options(goro_wasm_smoke PRIVATE ${GORO_WASM_TEST_LINK})
add_test(NAME ${GORO_WASM_PREFIX}.smoke COMMAND ${GORO_NODE_RUN} $<TARGET_FILE:goro_wasm_smoke> 1)
if(GORO_WASM_THREADS)
  add_test(NAME ${GORO_WASM_PREFIX}.smoke-procs4 COMMAND ${GORO_NODE_RUN} $<TARGET_FILE:goro_wasm_smoke> 4)
endif()

# A hang (a lost wakeup, a pool worker that never starts) fails the test
# instead of stalling CI; the runtime tests take seconds.
get_property(GORO_WASM_TESTS DIRECTORY PROPERTY TESTS)
set_tests_properties(${GORO_WASM_TESTS} PROPERTIES TIMEOUT 300)
