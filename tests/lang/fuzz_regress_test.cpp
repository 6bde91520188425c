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
#include <string_view>
#include <vector>

#include "check.hpp"
#include "fuzz/front_end.hpp"
#include "parser.hpp"

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

// --- The checker's depth limit (CheckOptions::max_depth)

constexpr std::string_view kTooDeep = "exceeded max nesting depth";

// Declarations that name the next one nest as deeply as the chain is long,
// past any bound the parser sets: the checker reports the depth, as the
// parser does, and nothing else.
TEST(FuzzRegress, DeclarationChainsEndInTheDepthError) {
  for (const char* name : {"checker_const_decl_chain.go", "checker_var_decl_chain.go", "checker_array_type_chain.go",
                           "checker_array_length_chain.go", "checker_nested_decl_chain.go"}) {
    std::string out = fuzz::run_front_end(read_file(kCrashers / name));
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << name << ":\n" << out;
    EXPECT_NE(out.find(kTooDeep), std::string::npos) << name << ":\n" << out;
  }
}

// Nesting the parser accepts is checked in full: within one declaration
// the checker counts no more levels than the parser.
TEST(FuzzRegress, NestingTheParserAcceptsIsChecked) {
  std::string out = fuzz::run_front_end(read_file(kCrashers / "checker_builtin_nesting.go"));
  EXPECT_EQ(out.find(kTooDeep), std::string::npos) << out.substr(0, 200);
  EXPECT_NE(out.find("invalid argument: len(\"x\") (constant 1 of type int) for built-in len"), std::string::npos)
      << out.substr(0, 200);
  // (500, not the parser's 1000: under the asan preset, gcc's, ast_dump
  // takes about 7 KiB of stack a level, run_front_end() 7 MiB at 900.)
  const std::string parens = "package p\nvar x = " + std::string(500, '(') + "1" + std::string(500, ')') + "\n";
  EXPECT_EQ(fuzz::run_front_end(parens), "");
}

// check_with_depth() checks src with max_depth, returning the diagnostics.
std::string check_with_depth(std::string_view src, int max_depth) {
  Diagnostics diags;
  std::unique_ptr<File> file = parse_file(src, diags);
  TypeTable types;
  Package pkg;
  CheckOptions options;
  options.max_depth = max_depth;
  check(*file, types, diags, pkg, options);
  return diags.format();
}

TEST(FuzzRegress, CheckerDepthLimitIsADiagnostic) {
  // const a: a's declaration, b, b's declaration, c, c's declaration, 1.
  const std::string src = "package p\nconst a = b\nconst b = c\nconst c = 1\nvar v int = \"x\"\n";
  EXPECT_EQ(check_with_depth(src, 6),
            "./prog.go:5:13: cannot use \"x\" (untyped string constant) as int value in variable declaration\n");
  // Past the limit only the depth is reported: what was cut off would
  // report more (the later error included, which it does not reach).
  EXPECT_EQ(check_with_depth(src, 5), "./prog.go:4:11: exceeded max nesting depth\n");
  EXPECT_EQ(check_with_depth(src, 4), "./prog.go:4:7: exceeded max nesting depth\n");
  EXPECT_EQ(check_with_depth("package p\nfunc f() { _ = (((1))) }\n", 4), "./prog.go:2:19: exceeded max nesting depth\n");
}

}  // namespace
}  // namespace goro::lang
