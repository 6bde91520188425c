// Checker tests: the corpus's compile errors (tests/lang/errors/*.go, the
// `// ERROR "..."` markers, rules as in tests/lang/corpus.ts) for the checks
// implemented so far, every valid corpus program checked without a
// diagnostic, and focused cases for scopes, types and messages.
#include "check.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "parser.hpp"

namespace goro::lang {
namespace {

namespace fs = std::filesystem;

const fs::path kLang = fs::path(GORO_SOURCE_DIR) / "tests" / "lang";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Checked is a parsed and checked source; diags holds both stages' errors.
struct Checked {
  Diagnostics diags;
  std::unique_ptr<File> file;
  TypeTable types;
  Package pkg;
  bool ok = false;
};

std::unique_ptr<Checked> parse_and_check(std::string_view src) {
  auto c = std::make_unique<Checked>();
  c->file = parse_file(src, c->diags);
  if (c->diags.syntax_errors() == 0) c->ok = check(*c->file, c->types, c->diags, c->pkg);
  return c;
}

std::string errors_of(std::string_view src) { return parse_and_check(src)->diags.format(); }

// unescape() reads a marker string's Go/JSON escapes.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c == 'n') out += '\n';
    else if (c == 't') out += '\t';
    else if (c == 'u' && i + 4 < s.size()) {
      unsigned cp = std::stoul(s.substr(i + 1, 4), nullptr, 16);
      i += 4;
      if (cp < 0x80) out += char(cp);
      else if (cp < 0x800) out += char(0xC0 | (cp >> 6)), out += char(0x80 | (cp & 0x3F));
      else out += char(0xE0 | (cp >> 12)), out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
    } else out += c;
  }
  return out;
}

// markers() is line -> the strings of its `// ERROR "..."` marker.
std::map<uint32_t, std::vector<std::string>> markers(const std::string& src) {
  static const std::regex mark(R"re(// ERROR ((?:"(?:[^"\\]|\\.)*"\s*)+)$)re");
  static const std::regex str(R"re("((?:[^"\\]|\\.)*)")re");
  std::map<uint32_t, std::vector<std::string>> out;
  std::istringstream in(src);
  std::string line;
  for (uint32_t n = 1; std::getline(in, line); ++n) {
    std::smatch m;
    if (!std::regex_search(line, m, mark)) continue;
    std::string all = m[1];
    for (std::sregex_iterator it(all.begin(), all.end(), str), end; it != end; ++it) {
      out[n].push_back(unescape((*it)[1]));
    }
  }
  return out;
}

// expect_markers() holds the errors of a corpus file to its markers: every
// marker matched by an error on its line, no error on an unmarked line, and
// each error on a marked line matching one of its strings. Markers for
// checks not implemented yet (not_yet: substrings of their text) may go
// unmatched; their lines must still have no other errors.
//
// go122_wording: messages this checker words as Go 1.22 does where the
// marker (checked by Go 1.19) words them otherwise; accepted on marked lines.
void expect_markers(const std::string& name, const std::vector<std::string>& not_yet = {},
                    const std::vector<std::string>& go122_wording = {}) {
  std::string src = read_file(kLang / "errors" / name);
  auto c = parse_and_check(src);
  ASSERT_EQ(c->diags.syntax_errors(), 0u) << c->diags.format();
  auto want = markers(src);
  std::map<uint32_t, std::vector<std::string>> got;
  for (const Diagnostic& d : c->diags.sorted()) got[d.pos.line].push_back(d.message);
  for (auto& [line, msgs] : got) {
    for (auto& m : msgs) {
      bool matched = false;
      for (auto& w : want[line]) matched = matched || m.find(w) != std::string::npos;
      for (auto& w : go122_wording) matched = matched || (!want[line].empty() && m == w);
      EXPECT_TRUE(matched) << name << ":" << line << ": unexpected error: " << m;
    }
  }
  for (auto& [line, ws] : want) {
    for (auto& w : ws) {
      bool matched = false;
      for (auto& m : got[line]) matched = matched || m.find(w) != std::string::npos;
      bool skipped = false;
      for (auto& n : not_yet) skipped = skipped || w.find(n) != std::string::npos;
      for (auto& m : got[line]) {
        for (auto& g : go122_wording) skipped = skipped || m == g;
      }
      EXPECT_TRUE(matched || skipped) << name << ":" << line << ": missing error: " << w << "\ngot:\n"
                                      << c->diags.format();
    }
  }
}

// Every error file's markers, exactly: each marker matched on its line,
// no error anywhere else (syntax.go and branches.go are the parser's).
TEST(CheckCorpus, ErrorFilesMatchTheirMarkers) {
  int n = 0;
  for (auto& e : fs::recursive_directory_iterator(kLang / "errors")) {
    if (e.path().extension() != ".go") continue;
    std::string name = fs::relative(e.path(), kLang / "errors").string();
    if (name == "syntax.go") continue;
    SCOPED_TRACE(name);
    expect_markers(name);
    ++n;
  }
  EXPECT_GT(n, 10);
}

// No error file gets an error on a line without a marker (the checks not
// implemented yet leave markers unmatched, never make false errors).
TEST(CheckCorpus, ErrorsOnlyOnMarkedLines) {
  for (auto& e : fs::recursive_directory_iterator(kLang / "errors")) {
    if (e.path().extension() != ".go") continue;
    std::string src = read_file(e.path());
    auto c = parse_and_check(src);
    if (c->diags.syntax_errors() != 0) continue;  // syntax.go: the parser's
    auto want = markers(src);
    for (const Diagnostic& d : c->diags.sorted()) {
      EXPECT_TRUE(want.count(d.pos.line)) << e.path() << ":" << d.pos.line << ": " << d.message;
    }
  }
}

// Every valid program in the corpus checks without a diagnostic.
TEST(CheckCorpus, ProgramsHaveNoErrors) {
  int n = 0;
  for (auto& e : fs::recursive_directory_iterator(kLang / "programs")) {
    if (e.path().extension() != ".go") continue;
    auto c = parse_and_check(read_file(e.path()));
    EXPECT_TRUE(c->diags.empty()) << e.path() << ":\n" << c->diags.format();
    ++n;
  }
  EXPECT_GT(n, 60);
}

// Every example of the playground checks without a diagnostic.
TEST(CheckCorpus, ExamplesHaveNoErrors) {
  int n = 0;
  for (auto& e : fs::directory_iterator(fs::path(GORO_SOURCE_DIR) / "examples")) {
    fs::path main = e.path() / "main.go";
    if (!fs::exists(main)) continue;
    auto c = parse_and_check(read_file(main));
    EXPECT_TRUE(c->diags.empty()) << main << ":\n" << c->diags.format();
    ++n;
  }
  EXPECT_GT(n, 20);
}

// The checker never crashes on what the parser lets through: every program
// with one line removed (many then fail to parse and are skipped).
TEST(CheckCorpus, RobustToDeletedLines) {
  std::vector<fs::path> files;
  for (auto& e : fs::recursive_directory_iterator(kLang / "programs")) files.push_back(e.path());
  for (auto& e : fs::recursive_directory_iterator(kLang / "errors")) files.push_back(e.path());
  for (const fs::path& path : files) {
    if (path.extension() != ".go") continue;
    std::vector<std::string> lines;
    std::istringstream in(read_file(path));
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    for (size_t skip = 0; skip < lines.size(); ++skip) {
      std::string src;
      for (size_t i = 0; i < lines.size(); ++i) {
        if (i != skip) src += lines[i] + "\n";
      }
      parse_and_check(src);
    }
  }
}

// ---------------------------------------------------------------------------
// Focused cases

TEST(Check, UniverseAndOrder) {
  // Package-level declarations may come in any order; predeclared names resolve.
  EXPECT_EQ(errors_of("package main\n"
                      "func main() { var b byte = x; var r rune; var e error; var a any; _, _, _, _ = b, r, e, a; g(nil, true, false) }\n"
                      "func g(...any) {}\n"
                      "const x = iota\n"
                      "type T struct{ next *T; u U }\n"
                      "type U []T\n"),
            "");
}

TEST(Check, Undefined) {
  EXPECT_EQ(errors_of("package main\nfunc main() {\n\tx = 1\n\tvar y Z\n\t_ = y\n}\n"),
            "./prog.go:3:2: undefined: x\n./prog.go:4:8: undefined: Z\n");
}

TEST(Check, ScopesEndWithTheirBlocks) {
  EXPECT_EQ(errors_of("package main\nfunc main() {\n\tif v := 1; v > 0 {\n\t}\n\t_ = v\n}\n"),
            "./prog.go:5:6: undefined: v\n");
  // var x = x refers to the outer x.
  EXPECT_EQ(errors_of("package main\nvar x = 1\nfunc main() {\n\tvar x = x\n\t_ = x\n}\n"), "");
}

TEST(Check, Redeclared) {
  EXPECT_EQ(errors_of("package main\nfunc dup() {}\nfunc dup() {}\nfunc main() {\n\tx := 1\n\tvar x int\n\t_ = x\n}\n"),
            "./prog.go:3:6: dup redeclared in this block\n\t./prog.go:2:6: other declaration of dup\n"
            "./prog.go:6:6: x redeclared in this block\n\t./prog.go:5:2: other declaration of x\n");
  EXPECT_EQ(errors_of("package main\nfunc f(a int) {\n\ta := 2\n\t_ = a\n}\nfunc main() {}\n"),
            "./prog.go:3:4: no new variables on left side of :=\n");
}

TEST(Check, UnusedVariables) {
  // Plain assignment is not a use; ++ and op= are (types2), closures count.
  EXPECT_EQ(errors_of("package main\nfunc main() {\n\ta := 1\n\ta = 2\n\tb := 1\n\tb++\n\tc := 0\n"
                      "\tfunc() { c += 1 }()\n\tfor i, v := range []int{} {\n\t}\n}\n"),
            "./prog.go:3:2: declared and not used: a\n./prog.go:9:6: declared and not used: i\n"
            "./prog.go:9:9: declared and not used: v\n");
  // A type switch variable is unused only if no clause uses it.
  EXPECT_EQ(errors_of("package main\nfunc main() {\n\tvar x any\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v\n\tcase nil:\n\t}\n"
                      "\tswitch w := x.(type) {\n\tcase int:\n\t}\n}\n"),
            "./prog.go:9:9: declared and not used: w\n");
}

TEST(Check, Imports) {
  EXPECT_EQ(errors_of("package main\nimport (\n\t\"os\"\n\tstr \"strings\"\n\tr \"math/rand\"\n\t\"math/rand\"\n)\nfunc main() { _ = r.Int }\n"),
            "./prog.go:3:2: \"os\" imported and not used\n"
            "./prog.go:4:2: \"strings\" imported as str and not used\n"
            "./prog.go:6:2: \"math/rand\" imported and not used\n");
  // go build stops at an unsupported import: nothing else is reported.
  EXPECT_EQ(errors_of("package main\nimport \"net/http\"\nfunc main() { x }\n"),
            "./prog.go:2:8: package net/http is not in std\n");
  EXPECT_EQ(errors_of("package main\nimport \"fmt\"\nfunc main() { _ = fmt }\n"),
            "./prog.go:3:19: use of package fmt without selector\n");
}

TEST(Check, Types) {
  auto c = parse_and_check(
      "package main\ntype List struct {\n\tnext *List\n\tvals []int\n\tm map[string][3]bool\n}\n"
      "type F func(a int, b ...string) (error, chan<- int)\n"
      "type I interface{ M(x int) string }\n"
      "func main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  Object* list = c->pkg.scope->lookup_local("List");
  ASSERT_TRUE(list && list->type);
  EXPECT_EQ(type_string(underlying(list->type)), "struct{next *List; vals []int; m map[string][3]bool}");
  EXPECT_EQ(type_string(underlying(c->pkg.scope->lookup_local("F")->type)),
            "func(a int, b ...string) (error, chan<- int)");
  EXPECT_EQ(type_string(underlying(c->pkg.scope->lookup_local("I")->type)), "interface{M(x int) string}");
  EXPECT_EQ(errors_of("package main\nvar x int\nvar y x\nfunc main() {}\n"), "./prog.go:3:7: x (variable of type int) is not a type\n");
}

TEST(Check, InvalidRecursiveTypes) {
  EXPECT_EQ(errors_of("package main\ntype Node struct {\n\tnext Node\n}\nfunc main() {}\n"),
            "./prog.go:2:6: invalid recursive type: Node refers to itself\n");
  EXPECT_EQ(errors_of("package main\ntype A struct{ b B }\ntype B struct{ a [2]A }\nfunc main() {}\n"),
            "./prog.go:2:6: invalid recursive type A\n\t./prog.go:2:6: A refers to\n"
            "\t./prog.go:3:6: B refers to\n\t./prog.go:2:6: A\n");
  EXPECT_EQ(errors_of("package main\ntype P B\ntype B P\nfunc main() {}\n"),
            "./prog.go:2:6: invalid recursive type P\n\t./prog.go:2:6: P refers to\n"
            "\t./prog.go:3:6: B refers to\n\t./prog.go:2:6: P\n");
  EXPECT_EQ(errors_of("package main\nfunc main() {}\ntype C [2]C\n"),
            "./prog.go:3:6: invalid recursive type: C refers to itself\n");
  EXPECT_EQ(errors_of("package main\ntype L struct{ next *L; kids []L; m map[int]L }\nfunc main() {}\n"), "");
}

// const_value() is the value and type of package-level constant name.
std::string const_value(const Checked& c, std::string_view name) {
  Object* obj = c.pkg.scope->lookup_local(name);
  if (!obj || obj->kind != ObjectKind::Const) return "?";
  return static_cast<Const*>(obj)->value.to_string() + " " + type_string(obj->type);
}

TEST(Check, ConstantsIotaAndRepetition) {
  auto c = parse_and_check(
      "package main\ntype Weekday int\nconst (\n\tSunday Weekday = iota\n\tMonday\n\tTuesday\n)\n"
      "const (\n\t_ = iota\n\tKB = 1 << (10 * iota)\n\tMB\n)\n"
      "const (\n\tA, B = iota, iota * 10\n\tC, D\n)\n"
      "const Late = Early + 1\nconst Early = len0 * 2\nconst len0 = 3\n"
      "const F = 7 / 2.0\nconst I = 7 / 2\nconst S = \"a\" + \"b\"\nconst R = 'a' + 1\n"
      "const Big = 1 << 100 >> 98\nconst Conv = float32(0.1)\n"
      "var arr [Early]int\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  EXPECT_EQ(const_value(*c, "Tuesday"), "2 Weekday");
  EXPECT_EQ(const_value(*c, "MB"), "1048576 untyped int");
  EXPECT_EQ(const_value(*c, "D"), "10 untyped int");
  EXPECT_EQ(const_value(*c, "Late"), "7 untyped int");
  EXPECT_EQ(const_value(*c, "F"), "3.5 untyped float");
  EXPECT_EQ(const_value(*c, "I"), "3 untyped int");
  EXPECT_EQ(const_value(*c, "S"), "\"ab\" untyped string");
  EXPECT_EQ(const_value(*c, "R"), "98 untyped rune");
  EXPECT_EQ(const_value(*c, "Big"), "4 untyped int");
  EXPECT_EQ(const_value(*c, "Conv"), "0.1 float32");
  EXPECT_EQ(type_string(c->pkg.scope->lookup_local("arr")->type), "[6]int");
}

TEST(Check, ConstantErrors) {
  EXPECT_EQ(errors_of("package main\nconst c int8 = 300\nfunc main() {\n\tvar u uint = -1\n\t_ = u\n}\n"),
            "./prog.go:2:16: cannot use 300 (untyped int constant) as int8 value in constant declaration (overflows)\n"
            "./prog.go:4:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)\n");
  // A typed constant result that overflows is reported at the operation's
  // start, as types2's representable() reports at its operand (go build
  // 1.19 says 4:11 too).
  EXPECT_EQ(errors_of("package main\nconst a = 1 / 0\nconst b int8 = 100\nconst d = b * 2\nfunc main() {}\n"),
            "./prog.go:2:15: invalid operation: division by zero\n"
            "./prog.go:4:11: b * 2 (constant 200 of type int8) overflows int8\n");
  EXPECT_EQ(errors_of("package main\nconst x = 1 << 600\nfunc main() {}\n"),
            "./prog.go:2:13: constant shift overflow\n");
  EXPECT_EQ(errors_of("package main\ntype A int\ntype B int\nconst x = A(1) + B(2)\nfunc main() {}\n"),
            "./prog.go:4:11: invalid operation: A(1) + B(2) (mismatched types A and B)\n");
  EXPECT_EQ(errors_of("package main\nconst x = byte(256)\nfunc main() { _ = iota }\n"),
            "./prog.go:2:16: constant 256 overflows byte\n"
            "./prog.go:3:19: cannot use iota outside constant declaration\n");
  // Arity, as Go 1.19's types2 words it (the same code in 1.22).
  EXPECT_EQ(errors_of("package main\nconst (\n\tx\n\ty, z = 1\n)\nconst a = 1, 2\nconst (\n\tb, c = 1, 2\n\td\n)\n"
                      "func main() {}\n"),
            "./prog.go:3:2: missing init expr for x\n"
            "./prog.go:4:5: missing init expr for z\n"
            "./prog.go:6:14: extra init expr 2\n"
            "./prog.go:9:2: extra init expr at ./prog.go:8:12\n");
}

TEST(Check, CompositeLiteralKeys) {
  // Struct keys are field names; map keys are expressions.
  EXPECT_EQ(errors_of("package main\ntype P struct{ X, Y int }\nfunc main() {\n\tk := 1\n"
                      "\t_ = []P{{X: 1}, {Y: 2}}\n\t_ = map[int]P{k: {X: 1}}\n\t_ = map[int]int{q: 1}\n}\n"),
            "./prog.go:7:18: undefined: q\n");
}

}  // namespace
}  // namespace goro::lang
