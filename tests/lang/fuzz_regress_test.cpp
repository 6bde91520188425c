// Fuzzer regressions: every input in tests/lang/fuzz/crashers/ once made
// the front end crash, hang or trip a sanitizer (scripts/fuzz.sh). Each is
// run through the fuzzer's own function (fuzz/front_end.hpp), as a test of
// its own named after the file, and must now complete; the asan preset adds
// the sanitizers' verdict. README.md there documents the directory.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/front_end.hpp"

namespace goro::lang {
namespace {

namespace fs = std::filesystem;

const fs::path kCrashers = fs::path(GORO_SOURCE_DIR) / "tests" / "lang" / "fuzz" / "crashers";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// crashers() lists the inputs, sorted; none if the directory is missing
// (CrashersDirectoryExists fails then).
std::vector<fs::path> crashers() {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(kCrashers, ec))
    if (e.is_regular_file() && e.path().filename() != "README.md") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(FuzzRegress, CrashersDirectoryExists) {
  EXPECT_TRUE(fs::is_directory(kCrashers)) << kCrashers;
}

class Crasher : public testing::TestWithParam<fs::path> {};

TEST_P(Crasher, Completes) {
  // Returning is the test: the input used to crash or hang.
  fuzz::run_front_end(read_file(GetParam()));
}

// test_name() is the file's name with what GoogleTest rejects replaced.
std::string test_name(const testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.filename().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(FuzzRegress, Crasher, testing::ValuesIn(crashers()), test_name);
// With no crashers there is nothing to instantiate, and that is fine.
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Crasher);

}  // namespace
}  // namespace goro::lang
