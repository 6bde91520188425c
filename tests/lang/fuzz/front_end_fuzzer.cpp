// front_end_fuzzer: the libFuzzer target over the lexer, parser, ast_dump
// and checker (front_end.hpp). Built by the CMake preset "fuzz" and run by
// scripts/fuzz.sh (`npm run fuzz`); inputs that once failed are kept in
// crashers/ and replayed by tests/lang/fuzz_regress_test.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "front_end.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  goro::lang::fuzz::run_front_end(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
