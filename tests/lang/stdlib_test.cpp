// Standard library stubs (stdlib.hpp): the embedded sources are the files
// of engine/lang/stdlib/ (so the build regenerated them), each parses
// without errors as the package its path names, imports only other stubs,
// and lookups by path work. Their API is held to Go's by
// tests/lang/stdlib.test.ts (tests/lang/stdlib/apicheck.go).
#include "stdlib.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "parser.hpp"

namespace goro::lang {
namespace {

namespace fs = std::filesystem;

const fs::path kStubDir = fs::path(GORO_SOURCE_DIR) / "engine/lang/stdlib";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// stub_file() is where embed.cmake reads path's stub from ('/' as '_').
fs::path stub_file(std::string_view path) {
  std::string name(path);
  std::replace(name.begin(), name.end(), '/', '_');
  return kStubDir / (name + ".go");
}

std::string last_element(std::string_view path) {
  size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string unquote(std::string_view lit) {
  return std::string(lit.size() >= 2 ? lit.substr(1, lit.size() - 2) : lit);
}

TEST(Stdlib, PathsAreSortedAndComplete) {
  auto paths = stdlib_paths();
  ASSERT_FALSE(paths.empty());
  EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
  EXPECT_EQ(std::adjacent_find(paths.begin(), paths.end()), paths.end()) << "a path is listed twice";
  // Every stub file is embedded: a new file needs no list to be edited.
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(kStubDir)) {
    if (entry.path().extension() == ".go") ++files;
  }
  EXPECT_EQ(paths.size(), files);
  for (std::string_view want : {"fmt", "os", "io", "strings", "strconv", "errors", "math", "math/rand", "sort",
                                "time", "sync", "sync/atomic", "context", "log", "runtime", "unicode",
                                "unicode/utf8", "slices", "maps", "cmp"}) {
    EXPECT_TRUE(std::binary_search(paths.begin(), paths.end(), want)) << want;
  }
}

TEST(Stdlib, SourceByPath) {
  EXPECT_NE(stdlib_source("math/rand").find("package rand\n"), std::string_view::npos);
  EXPECT_NE(stdlib_source("sync/atomic").find("package atomic\n"), std::string_view::npos);
  EXPECT_NE(stdlib_source("unicode/utf8").find("package utf8\n"), std::string_view::npos);
  EXPECT_NE(stdlib_source("fmt").find("func Println(a ...any) (n int, err error)"), std::string_view::npos);
}

TEST(Stdlib, UnknownPathsAreEmpty) {
  for (std::string_view path : {"", "net/http", "math_rand", "math/", "rand", "fmt/", "Fmt", "unsafe", "zzz"}) {
    EXPECT_TRUE(stdlib_source(path).empty()) << path;
  }
}

TEST(Stdlib, EmbeddedSourceIsTheFile) {
  for (std::string_view path : stdlib_paths()) {
    fs::path file = stub_file(path);
    ASSERT_TRUE(fs::exists(file)) << file;
    EXPECT_EQ(stdlib_source(path), read_file(file)) << path << ": rebuild to re-embed it";
  }
}

TEST(Stdlib, EveryStubParses) {
  for (std::string_view path : stdlib_paths()) {
    SCOPED_TRACE(std::string(path));
    Diagnostics diags;
    ParseOptions options;
    std::string filename = stub_file(path).filename().string();
    options.filename = filename;
    auto file = parse_file(stdlib_source(path), diags, options);
    ASSERT_TRUE(file);
    EXPECT_EQ(diags.reported(), 0u) << diags.format(filename);
    ASSERT_TRUE(file->pkg_name);
    EXPECT_EQ(file->pkg_name->value, last_element(path));

    // Imports name other stubs only, so a stub never needs a package the
    // interpreter lacks.
    for (Decl* d : file->decls) {
      auto* g = as<GenDecl>(d);
      if (!g || g->tok != Tok::Import) continue;
      for (Decl* s : g->specs) {
        auto* spec = as<ImportSpec>(s);
        ASSERT_TRUE(spec && spec->path);
        std::string imported = unquote(spec->path->value);
        EXPECT_FALSE(stdlib_source(imported).empty()) << path << " imports " << imported << ", which has no stub";
      }
    }
  }
}

}  // namespace
}  // namespace goro::lang
