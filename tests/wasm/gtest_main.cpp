// gtest_main for WebAssembly: the first fiber switch unwinds main()'s frames
// (Asyncify), so main's return value never reaches Emscripten's runtime and
// the process would exit 0 whatever the tests did. exit() reports it.
// Linked as an object, so the linker never takes main from GTest::gtest_main.
#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  std::exit(RUN_ALL_TESTS());
}
