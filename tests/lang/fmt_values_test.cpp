// fmt over interpreter values (fmt_values.cpp). Every expected string is
// what Go 1.19 printed for the same operands (a Go program run with the
// installed toolchain); the few Go 1.20+ differences are marked.
#include "fmt_values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>

#include "gopanic.hpp"
#include "map.hpp"
#include "rtype_maker.hpp"

namespace goro::lang::vm {
namespace {

using testing::box;
using testing::box_float;
using testing::box_int;
using testing::box_string;
using testing::box_word;
using testing::go_slice;
using testing::go_string;
using testing::GoSlice;
using testing::return_string;
using testing::TypeMaker;

// ---- native methods of the test types ----

void celsius_string(Thread&, Slot* regs) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f°C", regs[0].f);
  return_string(regs, buf);
}
void bad_string(Thread&, Slot*) { panic_string("boom"); }
void idx_string(Thread&, Slot*) { panic_runtime_error("index out of range [5] with length 3"); }
void np_string(Thread&, Slot* regs) {
  const auto* p = static_cast<const int64_t*>(regs[0].cp);
  if (p == nullptr) panic_runtime_error("invalid memory address or nil pointer dereference");
  return_string(regs, "NP" + std::to_string(*p));
}
void g_gostring(Thread&, Slot* regs) { return_string(regs, "G!"); }
void both_string(Thread&, Slot* regs) { return_string(regs, "str"); }
void both_error(Thread&, Slot* regs) { return_string(regs, "err"); }
void error_string_error(Thread&, Slot* regs) {
  const String s = load_string(regs[0].cp);  // *errors.errorString: s is its first field
  regs[0].cp = s.data;
  regs[1].i = s.len;
}

class FmtTest : public ::testing::Test {
 protected:
  TypeMaker tm;
  const RType* int_ = tm.int_;
  const RType* string_ = tm.string_;
  const RType* any = tm.iface();
  const RType* error_ = tm.iface("error", {"Error"});
  const RType* P = tm.struct_("main.P", {{"X", int_}, {"Y", int_}});
  const RType* PtrP = tm.pointer(P);
  const RType* B = tm.struct_("main.B", {{"_", int_}, {"X", int_}});
  const RType* Celsius = tm.named("main.Celsius", tm.float64_, {tm.string_method("String", celsius_string)});
  const RType* Bad = tm.named("main.Bad", int_, {tm.string_method("String", bad_string)});
  const RType* Idx = tm.named("main.Idx", int_, {tm.string_method("String", idx_string)});
  const RType* NP = tm.struct_("main.NP", {{"X", int_}});
  RType* PtrNP = const_cast<RType*>(tm.pointer(NP));
  const RType* Inner = tm.struct_("main.Inner", {{"c", Celsius}, {"C", Celsius}});
  const RType* G = tm.named("main.G", int_, {tm.string_method("GoString", g_gostring)});
  const RType* Both = tm.named("main.Both", int_, {tm.string_method("Error", both_error),
                                                    tm.string_method("String", both_string)});
  const RType* MyStr = tm.named("main.MyStr", string_);
  const RType* ErrorString = tm.struct_("errors.errorString", {{"s", string_}});
  RType* PtrErrorString = const_cast<RType*>(tm.pointer(ErrorString));
  const RType* ints = tm.slice(int_);
  const RType* bytes = tm.slice(tm.uint8_);
  const RType* anys = tm.slice(any);

  FmtTest() {
    PtrNP->methods = {tm.string_method("String", np_string)};
    PtrErrorString->methods = {tm.string_method("Error", error_string_error)};
  }

  std::string sprintf(std::string_view format, std::vector<Iface> args) {
    std::string out;
    vm::sprintf(out, testing::dummy_thread(), format, args.data(), args.size());
    return out;
  }
  std::string sprint(std::vector<Iface> args) {
    std::string out;
    vm::sprint(out, testing::dummy_thread(), args.data(), args.size());
    return out;
  }
  std::string sprintln(std::vector<Iface> args) {
    std::string out;
    vm::sprintln(out, testing::dummy_thread(), args.data(), args.size());
    return out;
  }

  Iface S(std::string_view s) { return box_string(s); }
  Iface I(int64_t v) { return box_int(v); }
  Iface F(double v) { return box_float(tm.float64_, v); }
  Iface K(RKind k, uint64_t word) { return box_word(tm.basic(k), word); }
  Iface nil() { return Iface{}; }
  Iface point(int64_t x, int64_t y) {
    const int64_t v[2] = {x, y};
    return box(P, v);
  }
  Iface point_ptr(int64_t x, int64_t y) {
    auto* v = static_cast<int64_t*>(heap_alloc(16));
    v[0] = x;
    v[1] = y;
    return Iface{PtrP, v};
  }
  Iface celsius(double c) { return box_float(Celsius, c); }
  template <class T>
  Iface slice(const RType* t, std::vector<T> elems) {
    GoSlice s = go_slice(std::move(elems));
    return box(t, &s);
  }
  Iface nil_slice(const RType* t) {
    GoSlice s{nullptr, 0, 0};
    return box(t, &s);
  }
  Iface error_value(std::string_view msg) {
    auto* e = static_cast<String*>(heap_alloc(16));
    *e = go_string(msg);
    return Iface{PtrErrorString, e};
  }
  // map_of() makes a map from keys and values in memory layout.
  template <class Key, class Val>
  Map* map_of(const RType* mt, std::vector<std::pair<Key, Val>> entries) {
    Map* m = map_make(mt, 0);
    for (auto& [k, v] : entries) std::memcpy(map_assign(m, &k), &v, sizeof v);
    return m;
  }
  Iface map_value(const RType* mt, Map* m) { return Iface{mt, m}; }
};

TEST_F(FmtTest, PrintAndPrintlnSpaceOperandsAsGo) {
  EXPECT_EQ(sprintln({I(1), S("a"), F(2.5), K(RKind::Bool, 1), nil()}), "1 a 2.5 true <nil>\n");
  EXPECT_EQ(sprint({S("a"), I(1), I(2), S("b"), S("c"), F(3.0), box_string("m", MyStr), I(4)}), "a1 2bc3m4");
  EXPECT_EQ(sprint({}), "");
}

TEST_F(FmtTest, FormatsIntegersUnderEveryVerb) {
  EXPECT_EQ(sprintf("%d|%5d|%-5d|%x|%X|%o|%O|%b|%c|%q|%U|%#U|%+d|% d|%05d",
                    {I(42), I(42), I(42), I(255), I(255), I(8), I(8), I(5), I(65), K(RKind::Int32, 'x'),
                     I(0x1F600), I(0x1F600), I(3), I(3), I(-42)}),
            "42|   42|42   |ff|FF|10|0o10|101|A|'x'|U+1F600|U+1F600 '😀'|+3| 3|-0042");
  // int8 -5 is held sign-extended; uint8 zero-extended.
  EXPECT_EQ(sprintf("%d %x %b %#v %#v %v", {K(RKind::Int8, uint64_t(-5)), K(RKind::Int8, uint64_t(-5)),
                                            K(RKind::Int8, uint64_t(-5)), K(RKind::Uint8, 200),
                                            K(RKind::Int16, uint64_t(-3)),
                                            I(std::numeric_limits<int64_t>::min())}),
            "-5 -5 -101 0xc8 -3 -9223372036854775808");
  EXPECT_EQ(sprintf("%v %d", {K(RKind::Uintptr, 0x10), slice<uint64_t>(tm.slice(tm.basic(RKind::Uint)), {1})}),
            "16 [1]");
  EXPECT_EQ(sprintf("%x|%X|%#x", {I(-255), S("ÿ"), I(255)}), "-ff|C3BF|0xff");
  EXPECT_EQ(sprintf("%q", {I(0x110000)}), "'�'");
  EXPECT_EQ(sprintf("%v %t %5t|%-6v|", {K(RKind::Bool, 1), K(RKind::Bool, 0), K(RKind::Bool, 1), K(RKind::Bool, 0)}),
            "true false  true|false |");
}

TEST_F(FmtTest, FormatsFloatsAndComplexNumbers) {
  const RType* f32 = tm.basic(RKind::Float32);
  const float c64[2] = {1, 2};
  EXPECT_EQ(sprintf("%v %v %v %6.2f %e %g %v %v",
                    {box_float(f32, 0.1), F(0.1), box_float(f32, 1e21), F(3.14159), F(1234.5678), F(1e-7),
                     box(tm.basic(RKind::Complex64), c64), box_float(f32, 16777216.0)}),
            "0.1 0.1 1e+21   3.14 1.234568e+03 1e-07 (1+2i) 1.6777216e+07");
  const double c1[2] = {1, -2}, c2[2] = {INFINITY, NAN};
  EXPECT_EQ(sprintf("%v %#v", {box(tm.basic(RKind::Complex128), c1), box(tm.basic(RKind::Complex128), c2)}),
            "(1-2i) (+Inf+NaNi)");
  EXPECT_EQ(sprintf("%08.3f|%+q|%#q|%+.3e", {F(-3.14159), S("héllo"), S("hi"), F(12345.678)}),
            "-003.142|\"h\\u00e9llo\"|`hi`|+1.235e+04");
}

TEST_F(FmtTest, FormatsStringsAndBytes) {
  EXPECT_EQ(sprintf("%s|%q|%x|%X|% x|%#x|%10s|%-10s|%.2s|%5.1q",
                    {S("hello"), S("hello"), S("hello"), S("hello"), S("hi"), S("hi"), S("hello"), S("hello"),
                     S("hello"), S("hello")}),
            "hello|\"hello\"|68656c6c6f|68656C6C6F|68 69|0x6869|     hello|hello     |he|  \"h\"");
  const Iface hi = slice<uint8_t>(bytes, {'h', 'i'});
  EXPECT_EQ(sprintf("%s %q %x %X %v %#v %d", {hi, hi, hi, hi, hi, hi, hi}),
            "hi \"hi\" 6869 6869 [104 105] []byte{0x68, 0x69} [104 105]");
  EXPECT_EQ(sprintf("%#v", {nil_slice(bytes)}), "[]byte(nil)");
  const uint8_t two[2] = {1, 2}, abc[3] = {'a', 'b', 'c'};
  const Iface a2 = box(tm.array(tm.uint8_, 2), two), a3 = box(tm.array(tm.uint8_, 3), abc);
  EXPECT_EQ(sprintf("%#v %x %v %s", {a2, a2, a3, a3}), "[2]uint8{0x1, 0x2} 0102 [97 98 99] abc");
  // Nested: []uint8 is named by reflect, not "[]byte".
  const RType* byte_slices = tm.slice(bytes);
  GoSlice inner = go_slice<uint8_t>({1});
  EXPECT_EQ(sprintf("%#v", {slice<GoSlice>(byte_slices, {inner})}), "[][]uint8{[]uint8{0x1}}");
  const RType* strings = tm.slice(string_);
  const Iface ab = slice<String>(strings, {go_string("a"), go_string("b")});
  EXPECT_EQ(sprintf("%x %q %5.1f", {ab, ab, slice<double>(tm.slice(tm.float64_), {1, 2})}),
            "[61 62] [\"a\" \"b\"] [  1.0   2.0]");
  EXPECT_EQ(sprintf("%10.3v|%-10v|", {S("abcdef"), slice<String>(strings, {go_string("ab")})}),
            "       abc|[ab        ]|");
  const RType* runes = tm.slice(tm.basic(RKind::Int32));
  EXPECT_EQ(sprintf("%c|%U|%q", {slice<int32_t>(runes, {72, 105}), slice<int32_t>(runes, {0x41}),
                                 slice<int32_t>(runes, {0x41})}),
            "[H i]|[U+0041]|['A']");
}

TEST_F(FmtTest, FormatsStructsAndPointersToThem) {
  EXPECT_EQ(sprintf("%v %+v %#v", {point(1, 2), point(1, 2), point(1, 2)}), "{1 2} {X:1 Y:2} main.P{X:1, Y:2}");
  EXPECT_EQ(sprintf("%v %+v %#v", {point_ptr(1, 2), point_ptr(1, 2), point_ptr(1, 2)}),
            "&{1 2} &{X:1 Y:2} &main.P{X:1, Y:2}");
  const Iface nilp{PtrP, nullptr};
  EXPECT_EQ(sprintf("%v %#v %+v", {nilp, nilp, nilp}), "<nil> (*main.P)(nil) <nil>");
  const int64_t b[2] = {0, 1};
  EXPECT_EQ(sprintf("%v|%+v|%#v", {box(B, b), box(B, b), box(B, b)}), "{0 1}|{_:0 X:1}|main.B{_:0, X:1}");
  const RType* empty = tm.struct_("", {});
  EXPECT_EQ(sprintf("%v|%#v", {box(empty, nullptr), box(empty, nullptr)}), "{}|struct {}{}");
  EXPECT_EQ(sprintf("%6v|%-4v|%06.2v", {point(1, 2), slice<int64_t>(ints, {1}), F(3.14159)}),
            "{     1      2}|[1   ]|0003.1");
  // Below the top level a pointer is an address, even to a struct.
  const RType* holder = tm.struct_("", {{"P", PtrP}});
  const void* nilptr = nullptr;
  EXPECT_EQ(sprintf("%v", {box(holder, &nilptr)}), "{<nil>}");
  const Iface full = point_ptr(3, 4);
  const std::string addr = sprintf("%v", {box(holder, &full.data)});
  EXPECT_EQ(addr.substr(0, 3), "{0x") << addr;
  EXPECT_EQ(addr, "{" + sprintf("%p", {full}) + "}");
  EXPECT_EQ(sprintf("%v %#v", {slice<const void*>(tm.slice(PtrP), {nullptr}), slice<const void*>(tm.slice(PtrP), {nullptr})}),
            "[<nil>] []*main.P{(*main.P)(nil)}");
}

TEST_F(FmtTest, FormatsSlicesAndNestedValues) {
  const Iface v = slice<int64_t>(ints, {1, 2, 3});
  EXPECT_EQ(sprintf("%v %#v %d %x", {v, v, v, slice<int64_t>(ints, {10, 11})}), "[1 2 3] []int{1, 2, 3} [1 2 3] [a b]");
  EXPECT_EQ(sprintf("%v %#v", {nil_slice(ints), nil_slice(ints)}), "[] []int(nil)");
  const RType* intss = tm.slice(ints);
  const Iface nested = slice<GoSlice>(intss, {go_slice<int64_t>({1}), go_slice<int64_t>({2, 3})});
  GoSlice* one = static_cast<GoSlice*>(heap_alloc(24));
  *one = go_slice<int64_t>({1});
  EXPECT_EQ(sprintf("%v %v %#v", {nested, Iface{tm.pointer(ints), one}, Iface{tm.pointer(ints), one}}),
            "[[1] [2 3]] &[1] &[]int{1}");
  const Iface mixed = slice<Iface>(anys, {Iface{}, I(1), S("a")});
  EXPECT_EQ(sprintf("%v %#v %d", {mixed, mixed, slice<Iface>(anys, {Iface{}})}),
            "[<nil> 1 a] []interface {}{interface {}(nil), 1, \"a\"} [<nil>]");
}

TEST_F(FmtTest, SortsMapKeysAsFmtsort) {
  const RType* si = tm.map(string_, int_);
  Map* m = map_of<String, int64_t>(si, {{go_string("b"), 2}, {go_string("a"), 1}, {go_string("c"), 3}});
  EXPECT_EQ(sprintf("%v %#v", {map_value(si, m), map_value(si, m)}),
            "map[a:1 b:2 c:3] map[string]int{\"a\":1, \"b\":2, \"c\":3}");
  const RType* is = tm.map(int_, string_);
  EXPECT_EQ(sprintf("%v %#v", {map_value(is, nullptr), map_value(is, nullptr)}), "map[] map[int]string(nil)");
  const RType* fs = tm.map(tm.float64_, string_);
  Map* fm = map_of<double, String>(fs, {{NAN, go_string("a")}, {1.0, go_string("b")}, {-INFINITY, go_string("c")}});
  EXPECT_EQ(sprintf("%v", {map_value(fs, fm)}), "map[NaN:a -Inf:c 1:b]");
  // Interface keys: by dynamic type (Go's type descriptor order), then value.
  const RType* ai = tm.map(any, int_);
  Map* am = map_of<Iface, int64_t>(ai, {{I(1), 1}, {S("a"), 2}, {F(2.5), 3}, {K(RKind::Bool, 1), 4}});
  EXPECT_EQ(sprintf("%v", {map_value(ai, am)}), "map[true:4 2.5:3 1:1 a:2]");
  const RType* ps = tm.map(P, string_);
  using Pt = std::array<int64_t, 2>;
  Map* pm = map_of<Pt, String>(ps, {{{2, 1}, go_string("b")}, {{1, 2}, go_string("a")}, {{1, 1}, go_string("c")}});
  EXPECT_EQ(sprintf("%v", {map_value(ps, pm)}), "map[{1 1}:c {1 2}:a {2 1}:b]");
  const RType* bi = tm.map(tm.basic(RKind::Bool), int_);
  Map* bm = map_of<uint8_t, int64_t>(bi, {{1, 1}, {0, 0}});
  EXPECT_EQ(sprintf("%v", {map_value(bi, bm)}), "map[false:0 true:1]");
  const RType* ari = tm.map(tm.array(int_, 2), int_);
  Map* arm = map_of<Pt, int64_t>(ari, {{{2, 1}, 1}, {{1, 2}, 2}});
  EXPECT_EQ(sprintf("%v", {map_value(ari, arm)}), "map[[1 2]:2 [2 1]:1]");
  const RType* i8i = tm.map(tm.basic(RKind::Int8), int_);
  Map* i8m = map_of<int8_t, int64_t>(i8i, {{-1, 1}, {5, 2}, {-100, 3}});
  EXPECT_EQ(sprintf("%v", {map_value(i8i, i8m)}), "map[-100:3 -1:1 5:2]");
  const RType* ui = tm.map(tm.basic(RKind::Uint), int_);
  Map* um = map_of<uint64_t, int64_t>(ui, {{1, 1}, {uint64_t(1) << 63, 2}});
  EXPECT_EQ(sprintf("%v", {map_value(ui, um)}), "map[1:1 9223372036854775808:2]");
  Map** mp = static_cast<Map**>(heap_alloc(8));
  *mp = map_of<String, int64_t>(si, {{go_string("a"), 1}});
  EXPECT_EQ(sprintf("%v %#v", {Iface{tm.pointer(si), mp}, Iface{tm.pointer(si), mp}}),
            "&map[a:1] &map[string]int{\"a\":1}");
}

TEST_F(FmtTest, InterfaceKeysOfManyTypesFollowGosDescriptorOrder) {
  // Go 1.19 printed: map[<nil>:19 0xc...:18 true:12 (1+1i):16 2:11 1.5:10 1:1 120:17 1:13 3:3 5:5 6:6 a:2
  // 4:4 2:14 [0]:15 [0 0]:7 {}:9 {}:8] for the keys below (pointers first, then the 64-byte named
  // descriptors by name, then arrays, then structs).
  const RType* ai = tm.map(any, int_);
  const RType* A = tm.named("main.A", int_);
  const RType* Z = tm.named("main.Z", int_);
  const RType* Q = tm.struct_("main.Q", {{"s", string_}});
  const int64_t zeros[2] = {0, 0};
  const String empty_s{nullptr, 0};
  const double c[2] = {1, 1};
  Map* m = map_of<Iface, int64_t>(
      ai, {{I(1), 1}, {S("a"), 2}, {K(RKind::Int8, 3), 3}, {K(RKind::Uint, 4), 4}, {box_word(A, 5), 5},
           {box_word(Z, 6), 6}, {box(tm.array(int_, 2), zeros), 7}, {box(Q, &empty_s), 8},
           {box(tm.struct_("", {}), nullptr), 9}, {F(1.5), 10}, {box_float(tm.basic(RKind::Float32), 2), 11},
           {K(RKind::Bool, 1), 12}, {K(RKind::Int64, 1), 13}, {K(RKind::Uint8, 2), 14},
           {box(tm.array(int_, 1), zeros), 15}, {box(tm.basic(RKind::Complex128), c), 16},
           {K(RKind::Int32, 'x'), 17}, {Iface{tm.pointer(int_), nullptr}, 19}});
  EXPECT_EQ(sprintf("%v", {map_value(ai, m)}),
            "map[<nil>:19 true:12 (1+1i):16 2:11 1.5:10 1:1 120:17 1:13 3:3 5:5 6:6 a:2 4:4 2:14 [0]:15 [0 0]:7 "
            "{}:9 {}:8]");
}

TEST_F(FmtTest, CallsStringAndErrorMethods) {
  const Iface c = celsius(21.5);
  EXPECT_EQ(sprintf("%v %d %s %x %q %.2f", {c, c, c, c, c, c}),
            "21.5°C %!d(main.Celsius=21.5) 21.5°C 32312e35c2b043 \"21.5°C\" 21.50");
  const RType* cs = tm.slice(Celsius);
  const double inner[2] = {1, 2};
  const RType* sc = tm.map(string_, Celsius);
  Map* m = map_of<String, double>(sc, {{go_string("a"), 1.0}});
  EXPECT_EQ(sprintf("%v %v %v", {slice<double>(cs, {1, 2}), box(Inner, inner), map_value(sc, m)}),
            "[1.0°C 2.0°C] {1 2.0°C} map[a:1.0°C]");
  const Iface e = error_value("x");
  EXPECT_EQ(sprintf("%v %s %q", {e, e, e}), "x x \"x\"");
  EXPECT_EQ(sprintf("%v %#v %d", {box_word(G, 1), box_word(G, 1), box_word(G, 1)}), "1 G! 1");
  EXPECT_EQ(sprintf("%v %s %d", {box_word(Both, 1), box_word(Both, 1), box_word(Both, 1)}), "err err 1");
  auto* np = static_cast<int64_t*>(heap_alloc(8));
  *np = 6;
  EXPECT_EQ(sprintf("%v %s", {Iface{PtrNP, np}, slice<void*>(tm.slice(PtrNP), {np})}), "NP6 [NP6]");
  // Values inside interfaces get their methods, behind an unexported field they do not.
  Iface in_iface = celsius(1);
  const RType* hidden = tm.struct_("", {{"c", any}});
  const RType* shown = tm.struct_("", {{"C", any}});
  EXPECT_EQ(sprintf("%v %v", {box(hidden, &in_iface), box(shown, &in_iface)}), "{1} {1.0°C}");
  EXPECT_EQ(sprintf("%v", {slice<Iface>(anys, {in_iface})}), "[1.0°C]");
  const RType* with_err = tm.struct_("", {{"E", error_}});
  const Iface nil_err{};
  EXPECT_EQ(sprintf("%v %#v", {box(with_err, &nil_err), box(with_err, &nil_err)}),
            "{<nil>} struct { E error }{E:error(nil)}");
  const RType* with_hidden_err = tm.struct_("", {{"e", error_}});
  const std::string hidden_err = sprintf("%v", {box(with_hidden_err, &e)});
  EXPECT_EQ(hidden_err.substr(0, 3), "{0x") << "an unexported error prints as its pointer: " << hidden_err;
}

TEST_F(FmtTest, ReportsPanickingMethods) {
  EXPECT_EQ(sprintf("%v|%d|%s", {box_word(Bad, 1), box_word(Bad, 1), box_word(Idx, 1)}),
            "%!v(PANIC=String method: boom)|1|%!s(PANIC=String method: runtime error: index out of range [5] with "
            "length 3)");
  // A nil pointer receiver's panic prints <nil>.
  const Iface nilnp{PtrNP, nullptr};
  EXPECT_EQ(sprintf("%v %s %d", {nilnp, nilnp, nilnp}), "<nil> <nil> 0");
  // Flags do not apply to the report.
  EXPECT_EQ(sprintf("%-30v|", {box_word(Bad, 1)}), "%!v(PANIC=String method: boom)|");
}

void worse_error(Thread&, Slot*) { panic_string("worse"); }

TEST_F(FmtTest, APanicWhileReportingAPanicPropagates) {
  // String panics with a value whose Error panics too: Go gives up and panics.
  static const RType* worse = nullptr;
  worse = tm.named("main.Worse", int_, {tm.string_method("Error", worse_error)});
  struct Throw {
    static void string(Thread&, Slot*) { throw GoPanic{box_word(worse, 0)}; }
  };
  const RType* T = tm.named("main.T", int_, {tm.string_method("String", Throw::string)});
  try {
    sprintf("%v", {box_word(T, 1)});
    FAIL() << "no panic";
  } catch (const GoPanic& p) {
    EXPECT_EQ(load_string(p.value.data).view(), "worse");
  }
}

TEST_F(FmtTest, AValueHoldingItselfIsAStackOverflow) {
  // s := []any{nil}; s[0] = s; fmt.Println(s) overflows Go's stack.
  GoSlice* s = static_cast<GoSlice*>(heap_alloc(sizeof(GoSlice)));
  Iface* elem = static_cast<Iface*>(heap_alloc(sizeof(Iface)));
  *s = GoSlice{elem, 1, 1};
  *elem = Iface{anys, s};
  try {
    sprint({*elem});
    FAIL() << "no fatal error";
  } catch (const FatalError& e) {
    EXPECT_STREQ(e.message, "stack overflow");
  }
}

TEST_F(FmtTest, ReportsBadVerbsAndOperandCounts) {
  EXPECT_EQ(sprintf("%d|%t|%p|%s", {S("hi"), I(1), I(5), nil()}), "%!d(string=hi)|%!t(int=1)|%!p(int=5)|%!s(<nil>)");
  EXPECT_EQ(sprintf("%d %d", {I(1)}), "1 %!d(MISSING)");
  EXPECT_EQ(sprintf("%d", {I(1), S("x"), nil()}), "1%!(EXTRA string=x, <nil>)");
  EXPECT_EQ(sprintf("%!|%z|%", {I(1)}), "%!!(int=1)|%!z(MISSING)|%!(NOVERB)");
  EXPECT_EQ(sprintf("%[2]d %[1]d|%[3]d", {I(1), I(2)}), "2 1|%!d(BADINDEX)");
  EXPECT_EQ(sprintf("%*d|%-*d|%*d", {I(5), I(1), I(4), I(2), S("x"), I(3)}), "    1|2   |%!(BADWIDTH)3");
  EXPECT_EQ(sprintf("%*d|%.*f", {K(RKind::Int8, 3), I(1), K(RKind::Uint, 2), F(3.14159)}), "  1|3.14");
}

TEST_F(FmtTest, PrintsTypesAndAddresses) {
  const RType* si = tm.map(string_, int_);
  EXPECT_EQ(sprintf("%T %T %T %T %T %T %T", {I(1), S("s"), point(0, 0), nil(), slice<int64_t>(ints, {}),
                                             map_value(si, map_make(si, 0)), point_ptr(0, 0)}),
            "int string main.P <nil> []int map[string]int *main.P");
  const RType* ch = tm.chan(int_);
  const RType* fn = tm.func("func()");
  EXPECT_EQ(sprintf("%v %#v %v %#v %T %T", {Iface{ch, nullptr}, Iface{ch, nullptr}, Iface{fn, nullptr},
                                            Iface{fn, nullptr}, Iface{ch, nullptr}, Iface{fn, nullptr}}),
            "<nil> (chan int)(nil) <nil> (func())(nil) chan int func()");
  const Iface p = point_ptr(1, 1);
  char expect[32];
  std::snprintf(expect, sizeof expect, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p.data)));
  EXPECT_EQ(sprintf("%p", {p}), expect);
  EXPECT_EQ(sprintf("%#p", {p}), expect + 2);
  const Iface s = slice<int64_t>(ints, {1});
  EXPECT_EQ(sprintf("%p", {s}).substr(0, 2), "0x");
  EXPECT_EQ(sprintf("%p", {point(1, 2)}), "%!p(main.P={1 2})");
  // A func prints its code pointer: the Proto of the closure.
  Proto proto;
  Closure* c = static_cast<Closure*>(heap_alloc(sizeof(Closure)));
  c->fn = &proto;
  std::snprintf(expect, sizeof expect, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(&proto)));
  EXPECT_EQ(sprintf("%v", {Iface{fn, c}}), expect);
}

TEST_F(FmtTest, WrapsErrorsOnlyInErrorf) {
  const Iface e = error_value("x");
  EXPECT_EQ(sprintf("%w", {e}), "%!w(*errors.errorString=&{x})");
  std::string out;
  std::vector<Iface> args = {e};
  EXPECT_EQ(errorf(out, testing::dummy_thread(), "w %w", args.data(), 1), std::vector<int>{0});
  EXPECT_EQ(out, "w x");
  out.clear();
  args = {e, I(1)};
  EXPECT_EQ(errorf(out, testing::dummy_thread(), "w %w|%w", args.data(), 2), (std::vector<int>{0, 1}));
  EXPECT_EQ(out, "w x|%!w(int=1)");
  // Go 1.20+ reads %+w's flags as %+v's (Go 1.19 printed &{x}).
  EXPECT_EQ(sprintf("%+w", {e}), "%!w(*errors.errorString=&{s:x})");
}

}  // namespace
}  // namespace goro::lang::vm
