// The natives (natives.hpp): (1) coverage — every bodiless function of the
// standard-library stubs has a native under its qualified name, and every
// native is one of them; (2) the natives whose results are easy to get
// wrong, called directly with hand-built register windows and held to real
// Go's answers (go1.19, whose answers these functions share with 1.22;
// tests/lang/natives_expect.go prints them).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "goro/goro.hpp"
#include "natives.hpp"
#include "parser.hpp"
#include "rtype_maker.hpp"
#include "stdlib.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {
namespace {

using testing::GoSlice;
using testing::TypeMaker;
using testing::go_slice;
using testing::go_string;

// ---- coverage

// Natives that goro's runtime API cannot support yet (lib_runtime.cpp says
// why); the compiler reports a call to them as unsupported.
const std::set<std::string> kUnsupported = {"runtime.Stack"};

// bodiless() lists the qualified names of the bodiless functions of every stub.
std::set<std::string> bodiless() {
  std::set<std::string> names;
  for (std::string_view path : stdlib_paths()) {
    Diagnostics diags;
    auto file = parse_file(stdlib_source(path), diags);
    EXPECT_EQ(diags.size(), 0u) << path;
    for (Decl* d : file->decls) {
      auto* fd = as<FuncDecl>(d);
      if (fd == nullptr || fd->body != nullptr) continue;
      std::string name = std::string(path) + ".";
      if (fd->recv != nullptr) {
        Expr* t = fd->recv->type;
        if (auto* star = as<Operation>(t); star != nullptr && star->op == Op::Mul) {
          name += "(*" + std::string(as<Name>(star->x)->value) + ").";
        } else {
          name += std::string(as<Name>(t)->value) + ".";
        }
      }
      names.insert(name + std::string(fd->name->value));
    }
  }
  return names;
}

TEST(NativesCoverage, EveryBodilessStubFunctionHasANative) {
  const std::set<std::string> names = bodiless();
  EXPECT_GT(names.size(), 300u);
  for (const std::string& n : names) {
    if (kUnsupported.count(n)) {
      EXPECT_EQ(find_native(n), nullptr) << n << " is listed as unsupported but has a native";
      continue;
    }
    EXPECT_NE(find_native(n), nullptr) << "no native for " << n;
  }
}

TEST(NativesCoverage, EveryNativeIsABodilessStubFunction) {
  const std::set<std::string> names = bodiless();
  for (const NativeDef& d : all_natives()) {
    EXPECT_TRUE(names.count(std::string(d.name))) << "stray native " << d.name;
  }
}

// Every stub type a native asks for by name is one the compiler makes for
// it (natives.hpp's kNativeTypes): another would stop the program.
TEST(NativesCoverage, NativesAskOnlyForTheTypesTheCompilerMakes) {
  const std::regex asks(R"re((?:stub_type\(t, |type_named\()"([^"]+)")re");
  int found = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(GORO_SOURCE_DIR) / "engine/lang")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::sregex_iterator m(text.begin(), text.end(), asks), end; m != end; ++m) {
      ++found;
      const std::string name = (*m)[1];
      EXPECT_NE(std::find(std::begin(kNativeTypes), std::end(kNativeTypes), name), std::end(kNativeTypes))
          << entry.path().filename() << " asks for " << name << ", which kNativeTypes does not list";
    }
  }
  EXPECT_GE(found, 7);  // the scan sees the natives' requests
}

// ---- a harness for calling natives

// Env is a Thread on a Program holding the stub types natives make values of.
struct Env {
  TypeMaker tm;
  Program prog;
  Thread t;
  const RType* error_ = tm.iface("error", {"Error"});

  Env() {
    t.prog = &prog;
    const RType* es = tm.struct_("errors.errorString", {{"s", tm.string_}});
    prog.types["*errors.errorString"] = tm.pointer(es);
    const RType* ne = tm.struct_("strconv.NumError", {{"Func", tm.string_}, {"Num", tm.string_}, {"Err", error_}});
    prog.types["*strconv.NumError"] = tm.pointer(ne);
    const RType* loc = tm.struct_("time.Location", {{"name", tm.string_}, {"zone", tm.string_}, {"offset", tm.int_}});
    prog.types["*time.Location"] = tm.pointer(loc);
    const RType* pe = tm.struct_("time.ParseError", {{"Layout", tm.string_},
                                                     {"Value", tm.string_},
                                                     {"LayoutElem", tm.string_},
                                                     {"ValueElem", tm.string_},
                                                     {"Message", tm.string_}});
    prog.types["*time.ParseError"] = tm.pointer(pe);
  }

  // call() runs the native `name` on regs.
  void call(std::string_view name, Slot* regs) {
    NativeFn f = find_native(name);
    ASSERT_NE(f, nullptr) << name;
    f(t, regs);
  }
};

void put(Slot* r, std::string_view s) {
  const String g = go_string(s);
  set_ptr(r[0], g.data);
  r[1].i = g.len;
}
std::string str(const Slot* r) { return r[1].i ? std::string(static_cast<const char*>(r[0].cp), size_t(r[1].i)) : ""; }
std::string mem_str(const void* p) {
  const String s = load_string(p);
  return s.len ? std::string(s.view()) : "";
}

// error_text() is the message of an error value made by a native: an
// *errors.errorString's s, or a *strconv.NumError spelled as Go's Error().
std::string error_text(const Slot* r) {
  auto* type = static_cast<const RType*>(r[0].cp);
  if (type == nullptr) return "<nil>";
  const char* p = static_cast<const char*>(r[1].cp);
  if (type->name == "*errors.errorString") return mem_str(p);
  if (type->name == "*strconv.NumError") {
    Slot inner[2];
    inner[0] = load_leaf(Leaf::Ptr, p + 32);
    inner[1] = load_leaf(Leaf::Ptr, p + 40);
    return "strconv." + mem_str(p) + ": parsing \"" + mem_str(p + 16) + "\": " + error_text(inner);
  }
  if (type->name == "*time.ParseError") return "ParseError{" + mem_str(p + 64) + "}";
  return "?" + type->name;
}

// ---- strconv

struct FormatCase {
  double f;
  char fmt;
  int prec, bits;
  const char* want;
};

TEST(NativesStrconv, FormatFloat) {
  Env env;
  const FormatCase cases[] = {
      {3.14159, 'g', -1, 64, "3.14159"},   {1e21, 'g', -1, 64, "1e+21"},
      {1e20, 'f', -1, 64, "100000000000000000000"}, {0.1, 'e', 3, 64, "1.000e-01"},
      {0.1, 'g', -1, 32, "0.1"},           {123456789, 'G', 4, 64, "1.235E+08"},
      {-0.0, 'f', 2, 64, "-0.00"},         {INFINITY, 'f', 2, 64, "+Inf"},
      {NAN, 'g', -1, 64, "NaN"},           {1.5, 'x', -1, 64, "0x1.8p+00"},
      {1.5, 'b', -1, 64, "6755399441055744p-52"}, {2.5, 'f', 0, 64, "2"},
      {1.0, 'z', 2, 64, "%z"},             {5e-324, 'g', -1, 64, "5e-324"},
      {100, 'e', -1, 64, "1e+02"},         {0.000001234, 'g', 3, 64, "1.23e-06"},
  };
  for (const FormatCase& c : cases) {
    Slot r[4];
    r[0].f = c.f;
    r[1].u = uint8_t(c.fmt);
    r[2].i = c.prec;
    r[3].i = c.bits;
    env.call("strconv.FormatFloat", r);
    EXPECT_EQ(str(r), c.want) << c.f << " " << c.fmt;
  }
}

struct ParseCase {
  const char* s;
  int bits;
  uint64_t want;
  const char* err;
};

TEST(NativesStrconv, ParseFloat) {
  Env env;
  const ParseCase cases[] = {
      {"3.14", 64, 0x40091eb851eb851f, "<nil>"},
      {"3.14", 32, 0x40091eb860000000, "<nil>"},
      {"1e400", 64, 0x7ff0000000000000, "strconv.ParseFloat: parsing \"1e400\": value out of range"},
      {"-1e400", 32, 0xfff0000000000000, "strconv.ParseFloat: parsing \"-1e400\": value out of range"},
      {"1e-400", 64, 0, "<nil>"},
      {"0x1.8p3", 64, 0x4028000000000000, "<nil>"},
      {"inf", 64, 0x7ff0000000000000, "<nil>"},
      {"-Infinity", 32, 0xfff0000000000000, "<nil>"},
      {"nan", 64, 0x7ff8000000000001, "<nil>"},
      {"nan", 32, 0x7ff8000000000000, "<nil>"},
      {"1_000.5", 64, 0x408f440000000000, "<nil>"},
      {"0x_1p0", 64, 0x3ff0000000000000, "<nil>"},
      {"1__0", 64, 0, "strconv.ParseFloat: parsing \"1__0\": invalid syntax"},
      {"", 64, 0, "strconv.ParseFloat: parsing \"\": invalid syntax"},
      {".", 64, 0, "strconv.ParseFloat: parsing \".\": invalid syntax"},
      {"1e", 32, 0, "strconv.ParseFloat: parsing \"1e\": invalid syntax"},
      {"+.5", 64, 0x3fe0000000000000, "<nil>"},
      {"12abc", 64, 0, "strconv.ParseFloat: parsing \"12abc\": invalid syntax"},
      {"0x1p", 64, 0, "strconv.ParseFloat: parsing \"0x1p\": invalid syntax"},
      {"3.4028236e38", 64, 0x47effffff514a7bc, "<nil>"},
      {"3.4028236e38", 32, 0x7ff0000000000000, "strconv.ParseFloat: parsing \"3.4028236e38\": value out of range"},
      {"1.17549435e-38", 32, 0x3810000000000000, "<nil>"},
      {"infx", 64, 0, "strconv.ParseFloat: parsing \"infx\": invalid syntax"},
      {"0X1P-2", 64, 0x3fd0000000000000, "<nil>"},
  };
  for (const ParseCase& c : cases) {
    Slot r[3];
    put(r, c.s);
    r[2].i = c.bits;
    env.call("strconv.ParseFloat", r);
    EXPECT_EQ(r[0].u, c.want) << c.s << " " << c.bits;
    EXPECT_EQ(error_text(r + 1), c.err) << c.s;
  }
}

TEST(NativesStrconv, Quote) {
  Env env;
  struct Case {
    std::string s;
    const char *quote, *ascii, *graphic;
  } cases[] = {
      {"a\"b\\c", "\"a\\\"b\\\\c\"", "\"a\\\"b\\\\c\"", "\"a\\\"b\\\\c\""},
      {std::string("\x00\x7f\xff", 3), "\"\\x00\\x7f\\xff\"", "\"\\x00\\x7f\\xff\"", "\"\\x00\\x7f\\xff\""},
      {"h\u00e9llo\u00a0\u2000", "\"h\u00e9llo\\u00a0\\u2000\"", "\"h\\u00e9llo\\u00a0\\u2000\"", "\"h\u00e9llo\u00a0\u2000\""},
      {"\U0001F600", "\"\U0001F600\"", "\"\\U0001f600\"", "\"\U0001F600\""},
      {"\t\n", "\"\\t\\n\"", "\"\\t\\n\"", "\"\\t\\n\""},
  };
  for (const Case& c : cases) {
    const std::string& s = c.s;
    Slot r[2];
    put(r, s);
    env.call("strconv.Quote", r);
    EXPECT_EQ(str(r), c.quote);
    put(r, s);
    env.call("strconv.QuoteToASCII", r);
    EXPECT_EQ(str(r), c.ascii);
    put(r, s);
    env.call("strconv.QuoteToGraphic", r);
    EXPECT_EQ(str(r), c.graphic);
  }
  struct RuneCase {
    int64_t r;
    const char *quote, *ascii, *graphic;
  } runes[] = {
      {'\'', "'\\''", "'\\''", "'\\''"},
      {0x7f, "'\\x7f'", "'\\x7f'", "'\\x7f'"},
      {0xa0, "'\\u00a0'", "'\\u00a0'", "'\u00a0'"},
      {-1, "'\uFFFD'", "'\\ufffd'", "'\uFFFD'"},
      {0xD800, "'\uFFFD'", "'\\ufffd'", "'\uFFFD'"},
  };
  for (const RuneCase& c : runes) {
    Slot r[2];
    r[0].i = c.r;
    env.call("strconv.QuoteRune", r);
    EXPECT_EQ(str(r), c.quote);
    r[0].i = c.r;
    env.call("strconv.QuoteRuneToASCII", r);
    EXPECT_EQ(str(r), c.ascii);
    r[0].i = c.r;
    env.call("strconv.QuoteRuneToGraphic", r);
    EXPECT_EQ(str(r), c.graphic);
  }
}

TEST(NativesStrconv, Unquote) {
  Env env;
  struct Case {
    const char* in;
    const char* unquoted;  // null: ErrSyntax
    const char* prefix;    // QuotedPrefix, null: ErrSyntax
  } cases[] = {
      {"\"a\\tb\"", "a\tb", "\"a\\tb\""},
      {"`raw\r`", "raw", "`raw\r`"},
      {"'x'", "x", "'x'"},
      {"'ab'", nullptr, nullptr},
      {"\"\\u00e9\\x41\\101\"", "\u00e9AA", "\"\\u00e9\\x41\\101\""},
      {"\"bad", nullptr, nullptr},
      {"\"a\"b", nullptr, "\"a\""},
      {"\"\\400\"", nullptr, nullptr},
      {"\"\\xff\"", "\xff", "\"\\xff\""},
  };
  for (const Case& c : cases) {
    Slot r[4];
    put(r, c.in);
    env.call("strconv.Unquote", r);
    if (c.unquoted) {
      EXPECT_EQ(str(r), c.unquoted) << c.in;
      EXPECT_EQ(error_text(r + 2), "<nil>") << c.in;
    } else {
      EXPECT_EQ(error_text(r + 2), "invalid syntax") << c.in;
    }
    put(r, c.in);
    env.call("strconv.QuotedPrefix", r);
    if (c.prefix) {
      EXPECT_EQ(str(r), c.prefix) << c.in;
    } else {
      EXPECT_EQ(error_text(r + 2), "invalid syntax") << c.in;
    }
  }
  // UnquoteChar("\u00e9rest", '"') = 233 true "rest"; ("\'x", '"') fails.
  Slot r[6];
  put(r, "\\u00e9rest");
  r[2].u = '"';
  env.call("strconv.UnquoteChar", r);
  EXPECT_EQ(r[0].i, 233);
  EXPECT_EQ(r[1].u, 1u);
  EXPECT_EQ(str(r + 2), "rest");
  put(r, "\\'x");
  r[2].u = '"';
  env.call("strconv.UnquoteChar", r);
  EXPECT_EQ(error_text(r + 4), "invalid syntax");
}

TEST(NativesStrconv, Complex) {
  Env env;
  Slot r[4];
  put(r, "(3-4.5i)");
  r[2].i = 128;
  env.call("strconv.ParseComplex", r);
  EXPECT_EQ(r[0].f, 3);
  EXPECT_EQ(r[1].f, -4.5);
  EXPECT_EQ(error_text(r + 2), "<nil>");
  put(r, "2i");
  r[2].i = 128;
  env.call("strconv.ParseComplex", r);
  EXPECT_EQ(r[0].f, 0);
  EXPECT_EQ(r[1].f, 2);
  put(r, "1e400+1i");
  r[2].i = 128;
  env.call("strconv.ParseComplex", r);
  EXPECT_TRUE(std::isinf(r[0].f));
  EXPECT_EQ(error_text(r + 2), "strconv.ParseComplex: parsing \"1e400+1i\": value out of range");
  put(r, "1+2j");
  r[2].i = 128;
  env.call("strconv.ParseComplex", r);
  EXPECT_EQ(error_text(r + 2), "strconv.ParseComplex: parsing \"1+2j\": invalid syntax");
  Slot f[5];
  f[0].f = 1.5;
  f[1].f = -2;
  f[2].u = 'f';
  f[3].i = 1;
  f[4].i = 128;
  env.call("strconv.FormatComplex", f);
  EXPECT_EQ(str(f), "(1.5-2.0i)");
}

// ---- strings

TEST(NativesStrings, Searches) {
  Env env;
  Slot r[4];
  put(r, "chicken");
  put(r + 2, "ken");
  env.call("strings.Index", r);
  EXPECT_EQ(r[0].i, 4);
  put(r, "go gopher");
  put(r + 2, "go");
  env.call("strings.LastIndex", r);
  EXPECT_EQ(r[0].i, 3);
  put(r, "abc");
  put(r + 2, "");
  env.call("strings.LastIndex", r);
  EXPECT_EQ(r[0].i, 3);
  put(r, "abc");
  r[2].u = 'z';
  env.call("strings.IndexByte", r);
  EXPECT_EQ(r[0].i, -1);
}

TEST(NativesStrings, BuilderGrowsAsGo) {
  Env env;
  auto* b = static_cast<char*>(heap_alloc(32));  // Builder{addr *Builder; buf []byte}
  Slot r[4];
  auto cap = [&] {
    set_ptr(r[0], b);
    env.call("strings.(*Builder).Cap", r);
    return r[0].i;
  };
  set_ptr(r[0], b);
  r[1].i = 10;
  env.call("strings.(*Builder).Grow", r);
  EXPECT_EQ(cap(), 10);
  set_ptr(r[0], b);
  put(r + 1, "hello world!");
  env.call("strings.(*Builder).WriteString", r);
  EXPECT_EQ(r[0].i, 12);
  EXPECT_EQ(cap(), 24);
  set_ptr(r[0], b);
  r[1].i = 0xE9;
  env.call("strings.(*Builder).WriteRune", r);
  EXPECT_EQ(r[0].i, 2);
  EXPECT_EQ(cap(), 24);
  set_ptr(r[0], b);
  env.call("strings.(*Builder).String", r);
  EXPECT_EQ(str(r), "hello world!\u00e9");
  // A copy of a used Builder panics on its next write.
  auto* copy = static_cast<char*>(heap_alloc(32));
  std::memcpy(copy, b, 32);
  set_ptr(r[0], copy);
  r[1].u = 'x';
  EXPECT_THROW(env.call("strings.(*Builder).WriteByte", r), GoPanic);
}

// ---- sort and slices: where equal elements end up

// kKeys are the keys of 100 {key, index} pairs (Go: rand.New(rand.NewSource(7)).Intn(10)).
const int kKeys[100] = {6, 0, 3, 3, 2, 8, 2, 2, 2, 6, 8, 1, 0, 0, 1, 0, 2, 2, 9, 0, 4, 6, 3, 1, 5, 1, 1, 1, 3, 1, 8, 3, 4, 9,
                        1, 5, 2, 5, 2, 0, 0, 6, 5, 1, 3, 0, 7, 5, 5, 9, 8, 4, 2, 8, 9, 4, 8, 7, 0, 7, 7, 6, 3, 7, 3, 2, 4, 7,
                        8, 2, 5, 2, 9, 1, 9, 3, 7, 8, 9, 0, 7, 4, 5, 2, 7, 9, 4, 2, 8, 5, 6, 9, 5, 5, 5, 5, 5, 4, 6, 9};
// Go's sort.Slice order of the indexes (unstable: equal keys as pdqsort leaves them).
const int kSliceOrder[100] = {15, 13, 45, 40, 79, 58, 39, 1,  19, 12, 27, 11, 23, 43, 14, 29, 34, 25, 73, 26,
                              16, 65, 38, 17, 52, 69, 8,  7,  36, 6,  71, 87, 83, 4,  75, 31, 28, 62, 22, 64,
                              3,  2,  44, 55, 51, 97, 66, 20, 81, 32, 86, 95, 24, 89, 35, 94, 70, 92, 42, 82,
                              48, 93, 37, 96, 47, 21, 61, 0,  41, 9,  90, 98, 76, 60, 46, 84, 67, 57, 59, 63,
                              80, 77, 10, 50, 68, 30, 56, 5,  88, 53, 85, 91, 49, 54, 33, 72, 18, 78, 74, 99};
const int kStableOrder[100] = {1,  12, 13, 15, 19, 39, 40, 45, 58, 79, 11, 14, 23, 25, 26, 27, 29, 34, 43, 73,
                               4,  6,  7,  8,  16, 17, 36, 38, 52, 65, 69, 71, 83, 87, 2,  3,  22, 28, 31, 44,
                               62, 64, 75, 20, 32, 51, 55, 66, 81, 86, 97, 24, 35, 37, 42, 47, 48, 70, 82, 89,
                               92, 93, 94, 95, 96, 0,  9,  21, 41, 61, 90, 98, 46, 57, 59, 60, 63, 67, 76, 80,
                               84, 5,  10, 30, 50, 53, 56, 68, 77, 88, 18, 33, 49, 54, 72, 74, 78, 85, 91, 99};

struct Pair {
  int64_t k, v;
};

Pair* g_pairs;  // what the test less/cmp functions read

void less_by_key(Thread&, Slot* r) { r[0].u = g_pairs[r[0].i].k < g_pairs[r[1].i].k; }
void cmp_by_key(Thread&, Slot* r) { r[0].i = r[0].i < r[2].i ? -1 : r[0].i > r[2].i ? 1 : 0; }

// native_func() is a func value whose code is fn.
const Closure* native_func(Proto& p, NativeFn fn, uint32_t nparams, uint32_t nresults) {
  p.native = fn;
  p.nparams = nparams;
  p.nresults = nresults;
  p.frame_size = std::max(nparams, nresults);
  return static_cast<const Closure*>(make_closure(&p, nullptr, 0));
}

std::vector<Pair> pairs() {
  std::vector<Pair> v;
  for (int i = 0; i < 100; ++i) v.push_back({kKeys[i], i});
  return v;
}

TEST(NativesSort, SliceAndSliceStableOrderEqualElementsAsGo) {
  Env env;
  const RType* pair = env.tm.struct_("main.kv", {{"k", env.tm.int_}, {"v", env.tm.int_}});
  const RType* pairs_type = env.tm.slice(pair);
  Proto less;
  const Closure* cl = native_func(less, less_by_key, 2, 1);
  for (const char* name : {"sort.Slice", "sort.SliceStable"}) {
    std::vector<Pair> v = pairs();
    g_pairs = v.data();
    GoSlice h{v.data(), 100, 100};
    Slot r[3];
    r[0].cp = pairs_type;
    set_ptr(r[1], &h);
    set_ptr(r[2], cl);
    env.call(name, r);
    const int* want = std::string_view(name) == "sort.Slice" ? kSliceOrder : kStableOrder;
    for (int i = 0; i < 100; ++i) EXPECT_EQ(v[i].v, want[i]) << name << " at " << i;
  }
}

TEST(NativesSlices, SortFuncAndSortStableFuncMatchSort) {
  Env env;
  const RType* pair = env.tm.struct_("main.kv", {{"k", env.tm.int_}, {"v", env.tm.int_}});
  const RType* st = env.tm.slice(pair);
  RType sig = *env.tm.func("func([]main.kv, func(main.kv, main.kv) int)");
  sig.params = {st, env.tm.func("func(main.kv, main.kv) int")};
  Proto cmp;
  const Closure* cl = native_func(cmp, cmp_by_key, 4, 1);
  for (const char* name : {"slices.SortFunc", "slices.SortStableFunc"}) {
    std::vector<Pair> v = pairs();
    Slot r[5];
    set_ptr(r[0], v.data());
    r[1].i = r[2].i = 100;
    set_ptr(r[3], cl);
    r[4].cp = &sig;
    env.call(name, r);
    const int* want = std::string_view(name) == "slices.SortFunc" ? kSliceOrder : kStableOrder;
    for (int i = 0; i < 100; ++i) EXPECT_EQ(v[i].v, want[i]) << name << " at " << i;
  }
}

TEST(NativesSlices, SortOrdersNaNsFirst) {
  Env env;
  const RType* st = env.tm.slice(env.tm.float64_);
  RType sig = *env.tm.func("func([]float64)");
  sig.params = {st};
  std::vector<double> v = {3, NAN, -0.5, 1e300, -INFINITY, NAN, 2};
  Slot r[4];
  set_ptr(r[0], v.data());
  r[1].i = r[2].i = int64_t(v.size());
  r[3].cp = &sig;
  env.call("slices.Sort", r);
  EXPECT_TRUE(std::isnan(v[0]) && std::isnan(v[1]));
  EXPECT_EQ(std::vector<double>(v.begin() + 2, v.end()), (std::vector<double>{-INFINITY, -0.5, 2, 3, 1e300}));
  // BinarySearch finds a NaN among the NaNs, and where 2.5 would go.
  RType bsig = *env.tm.func("func([]float64, float64) (int, bool)");
  bsig.params = {st, env.tm.float64_};
  set_ptr(r[0], v.data());
  r[1].i = r[2].i = int64_t(v.size());
  r[3].f = 2.5;
  Slot r5[5];
  std::memcpy(r5, r, sizeof(r));
  r5[4].cp = &bsig;
  env.call("slices.BinarySearch", r5);
  EXPECT_EQ(r5[0].i, 5);
  EXPECT_EQ(r5[1].u, 0u);
}

TEST(NativesSlices, InsertDeleteCloneCapacities) {
  Env env;
  const RType* st = env.tm.slice(env.tm.int_);
  RType sig = *env.tm.func("func([]int, int, ...int) []int");
  sig.params = {st, env.tm.int_, st};
  // slices.Insert([]int{1, 2, 3}, 1, 8, 9): grows from cap 3 (append's doubling: cap 6).
  GoSlice s = go_slice<int64_t>({1, 2, 3});
  GoSlice v = go_slice<int64_t>({8, 9});
  Slot r[8];
  set_ptr(r[0], s.data);
  r[1].i = r[2].i = 3;
  r[3].i = 1;
  set_ptr(r[4], v.data);
  r[5].i = r[6].i = 2;
  r[7].cp = &sig;
  env.call("slices.Insert", r);
  EXPECT_EQ(r[1].i, 5);
  EXPECT_EQ(r[2].i, 6);
  const auto* out = static_cast<const int64_t*>(r[0].cp);
  EXPECT_EQ(std::vector<int64_t>(out, out + 5), (std::vector<int64_t>{1, 8, 9, 2, 3}));
  // slices.Delete(s, 1, 3) zeroes the tail it drops (Go 1.22).
  RType dsig = *env.tm.func("func([]int, int, int) []int");
  dsig.params = {st, env.tm.int_, env.tm.int_};
  GoSlice d = go_slice<int64_t>({1, 2, 3, 4, 5});
  Slot dr[6];
  set_ptr(dr[0], d.data);
  dr[1].i = dr[2].i = 5;
  dr[3].i = 1;
  dr[4].i = 3;
  dr[5].cp = &dsig;
  env.call("slices.Delete", dr);
  const auto* dd = static_cast<const int64_t*>(d.data);
  EXPECT_EQ(std::vector<int64_t>(dd, dd + 5), (std::vector<int64_t>{1, 4, 5, 0, 0}));
  EXPECT_EQ(dr[1].i, 3);
  // Delete out of range panics as s[i:j:len(s)] does.
  set_ptr(dr[0], d.data);
  dr[1].i = dr[2].i = 5;
  dr[3].i = 2;
  dr[4].i = 6;
  dr[5].cp = &dsig;
  EXPECT_THROW(env.call("slices.Delete", dr), GoPanic);
  // Clone of 5 ints: append's size class gives cap 6.
  RType csig = *env.tm.func("func([]int) []int");
  csig.params = {st};
  GoSlice c = go_slice<int64_t>({1, 2, 3, 4, 5});
  Slot cr[4];
  set_ptr(cr[0], c.data);
  cr[1].i = cr[2].i = 5;
  cr[3].cp = &csig;
  env.call("slices.Clone", cr);
  EXPECT_EQ(cr[1].i, 5);
  EXPECT_EQ(cr[2].i, 6);
  EXPECT_NE(cr[0].cp, c.data);
}

TEST(NativesCmp, CompareFindsItsSignatureForEveryOrderedType) {
  Env env;
  RType isig = *env.tm.func("func(int, int) int");
  isig.params = {env.tm.int_, env.tm.int_};
  Slot r[5];
  r[0].i = 3;
  r[1].i = 7;
  r[2].cp = &isig;
  env.call("cmp.Compare", r);
  EXPECT_EQ(r[0].i, -1);
  RType ssig = *env.tm.func("func(string, string) bool");
  ssig.params = {env.tm.string_, env.tm.string_};
  put(r, "b");
  put(r + 2, "ab");
  r[4].cp = &ssig;
  env.call("cmp.Less", r);
  EXPECT_EQ(r[0].u, 0u);
  RType fsig = *env.tm.func("func(float64, float64) int");
  fsig.params = {env.tm.float64_, env.tm.float64_};
  r[0].f = NAN;
  r[1].f = -INFINITY;
  r[2].cp = &fsig;
  env.call("cmp.Compare", r);
  EXPECT_EQ(r[0].i, -1);
}

// ---- math

struct MathCase {
  const char* fn;
  uint64_t x, want;
};

TEST(NativesMath, BitForBitAsGoOnAmd64) {
  Env env;
  // Go's results (math.Float64bits), including the amd64 assembly's Exp
  // (FMA path), Log and the large-argument Payne-Hanek reduction.
  const MathCase cases[] = {
      {"math.Exp", 0x3ff0000000000000, 0x4005bf0a8b145769},         // Exp(1)
      {"math.Exp", 0xc087480000000000, 0x0000000000000001},         // Exp(-745) = 5e-324
      {"math.Exp", 0x3fd3333333333333, 0x3ff599058c8c1a96},         // Exp(0.3)
      {"math.Log", 0x4024000000000000, 0x40026bb1bbb55516},         // Log(10)
      {"math.Log", 0x3fe6a09e667f3bcd, 0xbfd62e42fefa39ee},         // Log(Sqrt2/2)
      {"math.Sin", 0x400921fb54442d18, 0x3ca1a62633145c00},         // Sin(Pi): not the C library's
      {"math.Cos", 0x7e37e43c8800759c, 0xbfe2699022adc4c1},         // Cos(1e300)
      {"math.Tan", 0x4480f0cf064dd592, 0xbffa0f79c1b6b259},         // Tan(1e22)
      {"math.Cbrt", 0x4020000000000000, 0x4000000000000000},        // Cbrt(8)
      {"math.Gamma", 0x4014000000000000, 0x4038000000000000},       // Gamma(5)
      {"math.Gamma", 0xbff8000000000000, 0x4002e7fb0bcdf4f2},       // Gamma(-1.5)
      {"math.Erf", 0x3fe0000000000000, 0x3fe0a7ef5c18edd2},         // Erf(0.5)
      {"math.RoundToEven", 0x4004000000000000, 0x4000000000000000},  // RoundToEven(2.5)
      {"math.Atan", 0x3ff0000000000000, 0x3fe921fb54442d18},        // Atan(1)
      {"math.Sinh", 0x4000000000000000, 0x400d03cf63b6e1a0},        // Sinh(2)
      {"math.Log1p", 0x3ddb7cdfd9d7bdbb, 0x3ddb7cdfd9d1d693},       // Log1p(1e-10)
      {"math.J0", 0x4008000000000000, 0xbfd0a4b0f4642393},          // J0(3)
  };
  for (const MathCase& c : cases) {
    Slot r[1];
    r[0].u = c.x;
    env.call(c.fn, r);
    EXPECT_EQ(r[0].u, c.want) << c.fn << "(" << std::bit_cast<double>(c.x) << ")";
  }
  Slot r[2];
  r[0].f = 2;
  r[1].f = 0.5;
  env.call("math.Pow", r);
  EXPECT_EQ(r[0].f, std::sqrt(2.0));
  r[0].f = -0.0;
  r[1].f = 0.0;
  env.call("math.Max", r);
  EXPECT_FALSE(std::signbit(r[0].f));
  r[0].f = 5.5;
  r[1].f = -2;
  env.call("math.Mod", r);
  EXPECT_EQ(r[0].f, 1.5);
  r[0].f = 8;
  env.call("math.Frexp", r);
  EXPECT_EQ(r[0].f, 0.5);
  EXPECT_EQ(r[1].i, 4);
}

TEST(NativesMathBits, DivPanicsAsGo) {
  Env env;
  Slot r[3];
  r[0].u = 1;
  r[1].u = 0;
  r[2].u = 1;
  EXPECT_THROW(env.call("math/bits.Div64", r), GoPanic);  // quotient overflow
  r[0].u = 0;
  r[1].u = 7;
  r[2].u = 2;
  env.call("math/bits.Div64", r);
  EXPECT_EQ(r[0].u, 3u);
  EXPECT_EQ(r[1].u, 1u);
  r[0].u = 0xFFFFFFFF;
  r[1].u = 1;
  r[2].u = 0;
  env.call("math/bits.Add32", r);
  EXPECT_EQ(r[0].u, 0u);
  EXPECT_EQ(r[1].u, 1u);
  r[0].u = 0x12;
  r[1].i = -1;
  env.call("math/bits.RotateLeft8", r);
  EXPECT_EQ(r[0].u, 0x09u);
}

// ---- math/rand: Go's exact sequences on NewSource

TEST(NativesRand, NewSourceYieldsGosNumbers) {
  Env env;
  // A Rand{src: rngSource, s64: rngSource} as rand.New(rand.NewSource(42)) makes it.
  RType rng_ptr = *env.tm.pointer(env.tm.int_);
  rng_ptr.name = "*rand.rngSource";
  auto* rng = heap_alloc(16 + 8 * 607);
  Slot r[4];
  set_ptr(r[0], rng);
  r[1].i = 42;
  env.call("math/rand.(*rngSource).Seed", r);
  auto* rand = static_cast<char*>(heap_alloc(48));
  for (size_t off : {0, 16}) {
    store_leaf(Leaf::Ptr, rand + off, ptr_slot(&rng_ptr));
    store_leaf(Leaf::Ptr, rand + off + 8, ptr_slot(rng));
  }
  auto method = [&](const char* name, int64_t arg = 0) {
    set_ptr(r[0], rand);
    r[1].i = arg;
    env.call(std::string("math/rand.(*Rand).") + name, r);
    return r[0];
  };
  EXPECT_EQ(method("Int63").i, 3440579354231278675);
  EXPECT_EQ(method("Intn", 100).i, 87);
  EXPECT_EQ(method("Int31n", 1000).i, 668);
  EXPECT_EQ(method("Uint32").u, 896869500u);
  EXPECT_EQ(method("Uint64").u, 9627525982598323465u);
  EXPECT_EQ(method("Float64").f, 0.38319329992238566);
  Slot p = method("Perm", 5);
  const auto* perm = static_cast<const int64_t*>(p.cp);
  EXPECT_EQ(std::vector<int64_t>(perm, perm + 5), (std::vector<int64_t>{1, 0, 2, 3, 4}));
  EXPECT_EQ(method("NormFloat64").f, 0.8744399158642474);
  EXPECT_EQ(method("ExpFloat64").f, 1.1034543081435788);
  set_ptr(r[0], rng);
  r[1].i = -5;
  env.call("math/rand.(*rngSource).Seed", r);
  EXPECT_EQ(method("Int63").i, 1811683815564572222);
  EXPECT_EQ(method("Int63n", 1000000000000000).i, 849682616757295);
}

// ---- unicode

TEST(NativesUnicode, PredicatesAndCaseMapping) {
  Env env;
  auto call = [&](const char* fn, int64_t r1, int64_t r2 = 0) {
    Slot r[2];
    r[0].i = r1;
    r[1].i = r2;
    env.call(fn, r);
    return r[0].i;
  };
  EXPECT_EQ(call("unicode.IsUpper", 0x3A3), 1);
  EXPECT_EQ(call("unicode.IsLetter", 0xDF), 1);
  EXPECT_EQ(call("unicode.IsSpace", 0x2028), 1);
  EXPECT_EQ(call("unicode.ToUpper", 0xDF), 223);
  EXPECT_EQ(call("unicode.ToLower", 0x3A3), 963);
  EXPECT_EQ(call("unicode.ToTitle", 0x1C6), 453);
  EXPECT_EQ(call("unicode.SimpleFold", 'k'), 0x212A);
  EXPECT_EQ(call("unicode.SimpleFold", 'K'), 'k');
  EXPECT_EQ(call("unicode.SimpleFold", 0x212A), 'K');
  EXPECT_EQ(call("unicode.SimpleFold", 0x3A3), 962);
  EXPECT_EQ(call("unicode.To", 0, 0x1C9), 455);
  EXPECT_EQ(call("unicode.To", 5, 'a'), 0xFFFD);
  EXPECT_EQ(call("unicode.IsDigit", 0x663), 1);
  EXPECT_EQ(call("unicode.IsNumber", 0xBD), 1);
  EXPECT_EQ(call("unicode.IsControl", 0x85), 1);
  EXPECT_EQ(call("unicode.IsPrint", 0xA0), 0);
  EXPECT_EQ(call("unicode.IsGraphic", 0xA0), 1);
  EXPECT_EQ(call("unicode.IsLetter", -1), 0);
}

// ---- time

// time_regs() is 2009-11-10 23:04:05.123456789 UTC (time.Date's fields).
void time_regs(Slot* r, void* loc = nullptr) {
  r[0].i = 63393490800 + 4 * 60 + 5;  // seconds since January 1, year 1
  r[1].i = 123456789;
  r[2].i = 0;
  r[3].u = 0;
  set_ptr(r[4], loc);
}

TEST(NativesTime, Format) {
  Env env;
  struct Case {
    const char* layout;
    const char* want;
  } cases[] = {
      {"2006-01-02T15:04:05.999999999Z07:00", "2009-11-10T23:04:05.123456789Z"},
      {"Mon Jan _2 15:04:05 2006", "Tue Nov 10 23:04:05 2009"},
      {"3:04PM", "11:04PM"},
      {"Monday Jan _2 2006 __2 002 .000 ,999 -07:00 Z07:00 MST pm",
       "Tuesday Nov 10 2009 314 314 .123 ,123 +00:00 Z UTC pm"},
      {"06 1 2 3 4 5 PM", "09 11 10 11 4 5 PM"},
  };
  for (const Case& c : cases) {
    Slot r[7];
    time_regs(r);
    put(r + 5, c.layout);
    env.call("time.Time.Format", r);
    EXPECT_EQ(str(r), c.want) << c.layout;
  }
  // In a fixed zone of -3:30 named XYZ.
  auto* loc = static_cast<char*>(heap_alloc(40));
  store_string(loc, go_string("XYZ"));
  store_string(loc + 16, go_string("XYZ"));
  Slot off;
  off.i = -(3 * 3600 + 30 * 60);
  store_leaf(Leaf::I64, loc + 32, off);
  Slot r[7];
  time_regs(r, loc);
  put(r + 5, "2006-01-02 15:04:05 -0700 MST Z07:00");
  env.call("time.Time.Format", r);
  EXPECT_EQ(str(r), "2009-11-10 19:34:05 -0330 XYZ -03:30");
  time_regs(r);
  env.call("time.Time.String", r);
  EXPECT_EQ(str(r), "2009-11-10 23:04:05.123456789 +0000 UTC");
  time_regs(r);
  r[2].i = 1;  // a monotonic reading of 1ns, as Now's first
  r[3].u = 1;
  env.call("time.Time.String", r);
  EXPECT_EQ(str(r), "2009-11-10 23:04:05.123456789 +0000 UTC m=+0.000000001");
}

TEST(NativesTime, Parse) {
  Env env;
  struct Case {
    const char *layout, *value, *want, *err;
  } cases[] = {
      {"2006-01-02T15:04:05Z07:00", "2021-03-04T05:06:07+02:00", "2021-03-04T05:06:07+02:00 +0200", "<nil>"},
      {"2006-01-02 15:04:05.000", "2020-02-29 23:59:59.123", "2020-02-29T23:59:59.123Z UTC", "<nil>"},
      {"Jan 2 2006", "Feb 30 2020", "", "ParseError{: day out of range}"},
      {"2006-01-02", "2020-13-01", "", "ParseError{: month out of range}"},
      {"Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 PST", "2006-01-02T15:04:05Z PST", "<nil>"},
      {"15:04", "25:00", "", "ParseError{: hour out of range}"},
      {"2006-01-02", "2020-01-02 extra", "", "ParseError{: extra text: \" extra\"}"},
      {"2006 002", "2020 060", "2020-02-29T00:00:00Z UTC", "<nil>"},
  };
  for (const Case& c : cases) {
    Slot r[7];
    put(r, c.layout);
    put(r + 2, c.value);
    env.call("time.Parse", r);
    EXPECT_EQ(error_text(r + 5), c.err) << c.value;
    if (std::string_view(c.err) != "<nil>") continue;
    Slot f[7];
    std::memcpy(f, r, 5 * sizeof(Slot));
    put(f + 5, "2006-01-02T15:04:05.999999999Z07:00 MST");
    env.call("time.Time.Format", f);
    EXPECT_EQ(str(f), c.want) << c.value;
  }
}

TEST(NativesTime, ParseDuration) {
  Env env;
  struct Case {
    const char* s;
    int64_t want;
    const char* err;
  } cases[] = {
      {"1h30m", 5400000000000, "<nil>"},
      {"-1.5h", -5400000000000, "<nil>"},
      {"1\u00b5s", 1000, "<nil>"},
      {"1.0000000001s", 1000000000, "<nil>"},
      {"", 0, "time: invalid duration \"\""},
      {"1", 0, "time: missing unit in duration \"1\""},
      {"1x", 0, "time: unknown unit \"x\" in duration \"1x\""},
      {"9223372036854775807ns", 9223372036854775807, "<nil>"},
      {"9223372036854775808ns", 0, "time: invalid duration \"9223372036854775808ns\""},
      {".5s", 500000000, "<nil>"},
  };
  for (const Case& c : cases) {
    Slot r[3];
    put(r, c.s);
    env.call("time.ParseDuration", r);
    EXPECT_EQ(r[0].i, c.want) << c.s;
    EXPECT_EQ(error_text(r + 1), c.err) << c.s;
  }
}

// ---- fmt's scanner

TEST(NativesFmt, Sscan) {
  Env env;
  const RType* pint = env.tm.pointer(env.tm.int_);
  const RType* pstr = env.tm.pointer(env.tm.string_);
  const RType* pf = env.tm.pointer(env.tm.float64_);
  int64_t i = 0;
  String s{};
  double f = 0;
  std::vector<Iface> args = {{pint, &i}, {pstr, &s}, {pf, &f}};
  auto anys = go_slice(args);
  Slot r[7];
  put(r, "  0x1F\n hello 2.5e1");
  set_ptr(r[2], anys.data);
  r[3].i = r[4].i = 3;
  env.call("fmt.Sscan", r);
  EXPECT_EQ(r[0].i, 3);
  EXPECT_EQ(error_text(r + 1), "<nil>");
  EXPECT_EQ(i, 31);
  EXPECT_EQ(std::string(s.view()), "hello");
  EXPECT_EQ(f, 25);
  // Sscanf: a literal that does not match stops the scan.
  put(r, "7-x");
  put(r + 2, "%d+%s");
  set_ptr(r[4], anys.data);
  r[5].i = r[6].i = 2;
  env.call("fmt.Sscanf", r);
  EXPECT_EQ(r[0].i, 1);
  EXPECT_EQ(i, 7);
  EXPECT_EQ(error_text(r + 1), "input does not match format");
}

// ---- sync: the Go algorithms under real contention

TEST(NativesSync, MutexAndWaitGroupUnderContention) {
  static Env* env;
  Env e;
  env = &e;
  static int64_t counter;
  counter = 0;
  alignas(8) static char mutex[8];
  alignas(8) static char wg[16];
  std::memset(mutex, 0, sizeof mutex);
  std::memset(wg, 0, sizeof wg);
  Options opts;
  opts.procs = 4;
  const int status = goro::run(
      [] {
        Slot r[2];
        set_ptr(r[0], wg);
        r[1].i = 8;
        env->call("sync.(*WaitGroup).Add", r);
        for (int g = 0; g < 8; ++g) {
          goro::go([] {
            for (int k = 0; k < 500; ++k) {
              Slot m[1];
              set_ptr(m[0], mutex);
              env->call("sync.(*Mutex).Lock", m);
              const int64_t v = counter;
              if (k % 7 == 0) goro::yield();  // hold the lock across a switch
              counter = v + 1;
              set_ptr(m[0], mutex);
              env->call("sync.(*Mutex).Unlock", m);
            }
            Slot d[2];
            set_ptr(d[0], wg);
            d[1].i = -1;
            env->call("sync.(*WaitGroup).Add", d);
          });
        }
        set_ptr(r[0], wg);
        env->call("sync.(*WaitGroup).Wait", r);
      },
      opts);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(counter, 8 * 500);
  int32_t state;
  std::memcpy(&state, mutex, 4);
  EXPECT_EQ(state, 0);  // unlocked, no waiters
}

TEST(NativesSync, UnlockOfUnlockedMutexIsFatal) {
  Env env;
  char mutex[8] = {};
  Slot r[1];
  set_ptr(r[0], mutex);
  EXPECT_THROW(env.call("sync.(*Mutex).Unlock", r), FatalError);
}

}  // namespace
}  // namespace goro::lang::vm
