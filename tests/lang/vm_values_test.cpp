// The VM's value operations (vm_ops.hpp: vm_panic, vm_strings, vm_slices,
// vm_print, vm_iface). Expected messages, capacities and printed text are
// what Go 1.19 (`go run`) gave for the same operations; the Go expressions
// are quoted beside the cases.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "gopanic.hpp"
#include "heap.hpp"
#include "proto.hpp"
#include "rtype.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {
namespace {

// ---- helpers

// panic_text() runs f and returns the Error() text of the panic it raised
// (a runtime error, a plain error or a string panic), or "<no panic>".
std::string panic_text(const std::function<void()>& f) {
  try {
    f();
  } catch (const GoPanic& p) {
    const std::string msg(load_string(p.value.data).view());
    if (p.value.type->name == "runtime.errorString") return "runtime error: " + msg;
    return msg;
  }
  return "<no panic>";
}

Slot I(int64_t v) {
  Slot s;
  s.i = v;
  return s;
}
Slot F(double v) {
  Slot s;
  s.f = v;
  return s;
}
Slot P(const void* p) {
  Slot s;
  s.u = 0;
  s.cp = p;
  return s;
}

const RType* int_t() { return basic_rtype(RKind::Int); }
const RType* string_t() { return basic_rtype(RKind::String); }

// Types built as the compiler would (compile_rtypes.cpp), kept alive by a
// fixture-wide store.
struct Types {
  std::vector<std::unique_ptr<RType>> owned;

  RType* add(RType t) {
    owned.push_back(std::make_unique<RType>(std::move(t)));
    return owned.back().get();
  }
  const RType* slice_of(const RType* elem, std::string name) {
    RType t;
    t.kind = RKind::Slice;
    t.size = 24, t.align = 8, t.slots = 3;
    t.leaves = {Leaf::Ptr, Leaf::I64, Leaf::I64};
    t.offsets = {0, 8, 16};
    t.elem = elem;
    t.name = std::move(name);
    return add(std::move(t));
  }
  // struct_of() lays fields out with Go's alignment.
  RType* struct_of(std::string name, std::initializer_list<std::pair<const char*, const RType*>> fields) {
    RType t;
    t.kind = RKind::Struct;
    t.name = std::move(name);
    uint32_t off = 0, slot = 0, align = 1;
    bool comparable = true;
    for (auto& [fname, ft] : fields) {
      off = (off + ft->align - 1) / ft->align * ft->align;
      t.fields.push_back({fname, ft, off, slot, false, true});
      for (uint32_t i = 0; i < ft->slots; ++i) {
        t.leaves.push_back(ft->leaves[i]);
        t.offsets.push_back(off + ft->offsets[i]);
      }
      off += ft->size;
      slot += ft->slots;
      align = std::max(align, ft->align);
      comparable = comparable && ft->comparable;
    }
    t.align = align;
    t.size = (off + align - 1) / align * align;
    t.slots = slot;
    t.direct = slot == 1;
    t.comparable = comparable;
    return add(std::move(t));
  }
  RType* named_int(std::string name, std::string_view pkg = "main") {
    RType t = *int_t();
    t.name = std::move(name);
    t.pkg = pkg;
    return add(std::move(t));
  }
  const RType* iface(std::string name, std::vector<std::string_view> methods) {
    RType t;
    t.kind = RKind::Interface;
    t.size = 16, t.align = 8, t.slots = 2;
    t.leaves = {Leaf::Ptr, Leaf::I64};
    t.offsets = {0, 8};
    t.comparable = true;
    t.name = std::move(name);
    t.imethods = std::move(methods);
    return add(std::move(t));
  }
};

// ---- vm_panic.cpp

TEST(VmValuesPanics, RuntimeErrors) {
  EXPECT_EQ(panic_text([] { panic_divide(); }), "runtime error: integer divide by zero");
  EXPECT_EQ(panic_text([] { panic_nil(); }), "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(panic_text([] { panic_index(5, 3); }), "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(panic_text([] { panic_index(-1, 3); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(panic_text([] { panic_index(3, 3); }), "runtime error: index out of range [3] with length 3");
}

// The dispatch loop's string slicing (SSLICE) reports through these two.
TEST(VmValuesPanics, StringSliceBounds) {
  auto bound = [](int64_t hi, int64_t len) {
    return panic_text([&] { panic_slice_bound("slice bounds out of range [:", hi, "] with length ", len); });
  };
  EXPECT_EQ(bound(5, 3), "runtime error: slice bounds out of range [:5] with length 3");  // str[:5]
  EXPECT_EQ(bound(-2, 3), "runtime error: slice bounds out of range [:-2]");               // str[:-2]
  EXPECT_EQ(panic_text([] { panic_slice_order(5, 3); }), "runtime error: slice bounds out of range [5:3]");
  EXPECT_EQ(panic_text([] { panic_slice_order(3, 2); }), "runtime error: slice bounds out of range [3:2]");
  EXPECT_EQ(panic_text([] { panic_slice_order(-2, 3); }), "runtime error: slice bounds out of range [-2:]");
}

struct SliceCase {
  const char* go;  // the Go expression
  int64_t lo, hi, max;
  uint32_t form;
  const char* message;  // after "runtime error: slice bounds out of range "
};

// s := make([]int, 3, 5); arr := [3]int{}: every failing bound, in Go's words.
TEST(VmValuesPanics, SliceBoundsAsGoReportsThem) {
  const uint32_t k3 = kSliceThreeIndex, kA = kSliceOfArray;
  const SliceCase slice_cases[] = {
      {"s[:6]", 0, 6, 5, 0, "[:6] with capacity 5"},
      {"s[3:2]", 3, 2, 5, 0, "[3:2]"},
      {"s[6:]", 6, 3, 5, 0, "[6:3]"},
      {"s[:-1]", 0, -1, 5, 0, "[:-1]"},
      {"s[-1:]", -1, 3, 5, 0, "[-1:]"},
      {"s[-1:2]", -1, 2, 5, 0, "[-1:]"},
      {"s[0:1:7]", 0, 1, 7, k3, "[::7] with capacity 5"},
      {"s[0:6:5]", 0, 6, 5, k3, "[:6:5]"},
      {"s[1:5:3]", 1, 5, 3, k3, "[:5:3]"},
      {"s[4:3:5]", 4, 3, 5, k3, "[4:3:]"},
      {"s[0:1:-1]", 0, 1, -1, k3, "[::-1]"},
      {"s[0:-1:2]", 0, -1, 2, k3, "[:-1:]"},
      {"s[-1:1:2]", -1, 1, 2, k3, "[-1::]"},
  };
  int64_t backing[5] = {};
  for (const SliceCase& c : slice_cases) {
    const Slot src[3] = {P(backing), I(3), I(5)};
    const Slot idx[3] = {I(c.lo), I(c.hi), I(c.max)};
    Slot dst[3];
    EXPECT_EQ(panic_text([&] { slice_slice(dst, src, idx, 8, c.form); }),
              std::string("runtime error: slice bounds out of range ") + c.message)
        << c.go;
  }
  const SliceCase array_cases[] = {
      {"arr[:5]", 0, 5, 3, kA, "[:5] with length 3"},
      {"arr[5:]", 5, 3, 3, kA, "[5:3]"},
      {"arr[0:1:7]", 0, 1, 7, kA | k3, "[::7] with length 3"},
      {"arr[0:3:2]", 0, 3, 2, kA | k3, "[:3:2]"},
  };
  for (const SliceCase& c : array_cases) {
    const Slot src[3] = {P(backing), I(3), I(3)};  // the compiler's header for an array: cap = len
    const Slot idx[3] = {I(c.lo), I(c.hi), I(c.max)};
    Slot dst[3];
    EXPECT_EQ(panic_text([&] { slice_slice(dst, src, idx, 8, c.form); }),
              std::string("runtime error: slice bounds out of range ") + c.message)
        << c.go;
  }
  // var ns []int; ns[0:1]
  const Slot nil_slice[3] = {P(nullptr), I(0), I(0)};
  const Slot idx[3] = {I(0), I(1), I(0)};
  Slot dst[3];
  EXPECT_EQ(panic_text([&] { slice_slice(dst, nil_slice, idx, 8, 0); }),
            "runtime error: slice bounds out of range [:1] with capacity 0");
}

TEST(VmValuesPanics, MakeSliceRanges) {
  Types types;
  const RType* ints = types.slice_of(int_t(), "[]int");
  auto make = [&](int64_t len, int64_t cap) {
    return panic_text([&] {
      Slot dst[3];
      make_slice(dst, ints, len, cap);
    });
  };
  EXPECT_EQ(make(-1, -1), "runtime error: makeslice: len out of range");             // make([]int, -1)
  EXPECT_EQ(make(3, 2), "runtime error: makeslice: cap out of range");               // make([]int, 3, 2)
  EXPECT_EQ(make(int64_t(1) << 62, int64_t(1) << 62), "runtime error: makeslice: len out of range");
  EXPECT_EQ(make(1, int64_t(1) << 62), "runtime error: makeslice: cap out of range");
  EXPECT_EQ(make(1, -1), "runtime error: makeslice: cap out of range");
  EXPECT_EQ(make(2, 4), "<no panic>");
}

// ---- vm_strings.cpp

std::string str(String s) { return std::string(s.view()); }
String S(std::string_view s) { return {s.data(), int64_t(s.size())}; }

TEST(VmValuesStrings, ConcatSharesAnEmptySide) {
  EXPECT_EQ(str(concat(S("ab"), S("cd"))), "abcd");
  const String ab = make_string("ab");
  EXPECT_EQ(concat(ab, S("")).data, ab.data);
  EXPECT_EQ(concat(String{nullptr, 0}, ab).data, ab.data);
  EXPECT_EQ(concat(String{nullptr, 0}, String{nullptr, 0}).len, 0);
  EXPECT_EQ(make_string("").len, 0);
  const String copy = make_string("xyz");
  EXPECT_EQ(str(copy), "xyz");
}

TEST(VmValuesStrings, DecodeRuneAsUtf8DecodeRuneInString) {
  struct Case {
    std::string_view s;
    int64_t i;
    int32_t rune, width;
  } cases[] = {
      {"abc", 1, 'b', 1},
      {"h\xc3\xa9llo", 1, 0xE9, 2},
      {"\xe2\x82\xac", 0, 0x20AC, 3},
      {"\xf0\x9f\x98\x80", 0, 0x1F600, 4},
      {"\xff", 0, 0xFFFD, 1},          // invalid byte
      {"a\xe2\x82", 1, 0xFFFD, 1},     // truncated
      {"\xed\xa0\x80", 0, 0xFFFD, 1},  // a surrogate's encoding
      {"\xc0\x80", 0, 0xFFFD, 1},      // overlong
      {"\xf4\x90\x80\x80", 0, 0xFFFD, 1},  // past U+10FFFF
      {"ab", 2, 0xFFFD, 0},            // at the end
  };
  for (const Case& c : cases) {
    int32_t width = -1;
    EXPECT_EQ(decode_rune(S(c.s), c.i, &width), c.rune) << c.s;
    EXPECT_EQ(width, c.width) << c.s;
  }
}

TEST(VmValuesStrings, RuneToStringMakesInvalidRunesFFFD) {
  EXPECT_EQ(str(rune_to_string('A')), "A");
  EXPECT_EQ(str(rune_to_string(0)), std::string(1, '\0'));
  EXPECT_EQ(str(rune_to_string(0xE9)), "\xc3\xa9");
  EXPECT_EQ(str(rune_to_string(0x20AC)), "\xe2\x82\xac");
  EXPECT_EQ(str(rune_to_string(0x10FFFF)), "\xf4\x8f\xbf\xbf");
  for (int64_t bad : {int64_t(-1), int64_t(0xD800), int64_t(0xDFFF), int64_t(0x110000), (int64_t(1) << 32) + 65}) {
    EXPECT_EQ(str(rune_to_string(bad)), "\xef\xbf\xbd") << bad;  // string(rune(-1)) == "\uFFFD"
  }
}

TEST(VmValuesStrings, BytesConversions) {
  char bytes[] = {'h', 'i', '!'};
  const String s = bytes_to_string({bytes, 3, 3});
  EXPECT_EQ(str(s), "hi!");
  EXPECT_NE(s.data, bytes);  // a copy: the slice may change later
  EXPECT_EQ(str(bytes_to_string({bytes, 1, 3})), "h");
  EXPECT_EQ(bytes_to_string({nullptr, 0, 0}).len, 0);

  // b := []byte(s) with s "hello", escaping: len 5, cap 8.
  const SliceHeader b = string_to_bytes(S("hello"));
  EXPECT_EQ(b.len, 5);
  EXPECT_EQ(b.cap, 8);
  EXPECT_EQ(std::string(static_cast<char*>(b.data), 5), "hello");
  // []byte("") is not nil.
  const SliceHeader e = string_to_bytes(String{nullptr, 0});
  EXPECT_NE(e.data, nullptr);
  EXPECT_EQ(e.len, 0);
  EXPECT_EQ(e.cap, 0);
}

TEST(VmValuesStrings, RuneConversions) {
  // r := []rune("héllo"): len 5, cap 6.
  const SliceHeader r = string_to_runes(S("h\xc3\xa9llo"));
  ASSERT_EQ(r.len, 5);
  EXPECT_EQ(r.cap, 6);
  const auto* runes = static_cast<const int32_t*>(r.data);
  EXPECT_EQ(runes[0], 'h');
  EXPECT_EQ(runes[1], 0xE9);
  EXPECT_EQ(runes[4], 'o');
  EXPECT_EQ(str(runes_to_string(r)), "h\xc3\xa9llo");

  // []rune("a\xff\xe2\x82"): every byte of a broken sequence is a U+FFFD of its own.
  const SliceHeader bad = string_to_runes(S("a\xff\xe2\x82"));
  ASSERT_EQ(bad.len, 4);
  EXPECT_EQ(static_cast<const int32_t*>(bad.data)[1], 0xFFFD);
  EXPECT_EQ(static_cast<const int32_t*>(bad.data)[3], 0xFFFD);

  int32_t mixed[] = {'a', -1, 0xD800, 0x1F600};
  EXPECT_EQ(str(runes_to_string({mixed, 4, 4})), "a\xef\xbf\xbd\xef\xbf\xbd\xf0\x9f\x98\x80");
  EXPECT_EQ(runes_to_string({nullptr, 0, 0}).len, 0);
  EXPECT_NE(string_to_runes(String{nullptr, 0}).data, nullptr);  // []rune("") is not nil
}

// ---- vm_slices.cpp

class VmValuesSlices : public ::testing::Test {
 protected:
  Types types;
  const RType* ints = types.slice_of(int_t(), "[]int");
  const RType* bytes = types.slice_of(basic_rtype(RKind::Uint8), "[]byte");
  const RType* int32s = types.slice_of(basic_rtype(RKind::Int32), "[]int32");
  const RType* strings = types.slice_of(string_t(), "[]string");

  // caps_after_appends() appends n zero values one at a time to a nil
  // slice of type t and lists each new capacity, as the Go loop
  //   if cap(a) != last { fmt.Print(cap(a), " "); last = cap(a) }
  // prints them.
  std::string caps_after_appends(const RType* t, int n) {
    Slot s[3] = {P(nullptr), I(0), I(0)};
    std::vector<Slot> zero(t->elem->slots, I(0));
    std::string out;
    int64_t last = -1;
    for (int i = 0; i < n; ++i) {
      append_values(s, t, zero.data(), 1);
      if (s[2].i != last) out += std::to_string(last = s[2].i) + " ";
    }
    return out;
  }
};

TEST_F(VmValuesSlices, GrowthMatchesGo) {
  EXPECT_EQ(caps_after_appends(ints, 2000), "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 ");
  EXPECT_EQ(caps_after_appends(bytes, 5000), "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 ");
  EXPECT_EQ(caps_after_appends(int32s, 1000), "2 4 8 16 32 64 128 256 512 864 1344 ");
  EXPECT_EQ(caps_after_appends(strings, 1000), "1 2 4 8 16 32 64 128 256 512 848 1280 ");
  // type S3 struct{ a, b, c int64 } (24 bytes, not a power of two)
  const RType* s3 = types.slice_of(types.struct_of("main.S3", {{"a", int_t()}, {"b", int_t()}, {"c", int_t()}}), "[]main.S3");
  EXPECT_EQ(caps_after_appends(s3, 1000), "1 2 4 8 16 32 64 128 256 512 853 1365 ");
  // type S5 struct{ a [5]byte } as five bytes
  const RType* u8 = basic_rtype(RKind::Uint8);
  const RType* s5 = types.slice_of(
      types.struct_of("main.S5", {{"a", u8}, {"b", u8}, {"c", u8}, {"d", u8}, {"e", u8}}), "[]main.S5");
  EXPECT_EQ(caps_after_appends(s5, 1000), "1 3 6 12 25 51 102 204 409 819 1228 ");
}

TEST_F(VmValuesSlices, AppendSeveralAndSlices) {
  // append([]int{1, 2, 3}, 4, 5, 6, 7): len 7, cap 8
  Slot s[3];
  make_slice(s, ints, 3, 3);
  const Slot more[4] = {I(4), I(5), I(6), I(7)};
  append_values(s, ints, more, 4);
  EXPECT_EQ(s[1].i, 7);
  EXPECT_EQ(s[2].i, 8);
  EXPECT_EQ(static_cast<int64_t*>(s[0].p)[6], 7);

  // append([]byte("hello"), " world"...) from cap 5: len 11, cap 16
  char hello[5] = {'h', 'e', 'l', 'l', 'o'};
  Slot b[3] = {P(hello), I(5), I(5)};
  const Slot world[2] = {P(" world"), I(6)};
  append_slice(b, bytes, world, true);
  EXPECT_EQ(b[1].i, 11);
  EXPECT_EQ(b[2].i, 16);
  EXPECT_EQ(std::string(static_cast<char*>(b[0].p), 11), "hello world");

  // append([]int(nil), make([]int, 13)...): 13, 14
  Slot thirteen[3], n[3] = {P(nullptr), I(0), I(0)};
  make_slice(thirteen, ints, 13, 13);
  append_slice(n, ints, thirteen, false);
  EXPECT_EQ(n[1].i, 13);
  EXPECT_EQ(n[2].i, 14);

  // append(make([]int, 300), 1): 301, 608; append(make([]int, 300), make([]int, 400)...): 700, 768
  Slot big[3], four_hundred[3];
  make_slice(big, ints, 300, 300);
  const Slot one = I(1);
  append_values(big, ints, &one, 1);
  EXPECT_EQ(big[1].i, 301);
  EXPECT_EQ(big[2].i, 608);
  make_slice(big, ints, 300, 300);
  make_slice(four_hundred, ints, 400, 400);
  append_slice(big, ints, four_hundred, false);
  EXPECT_EQ(big[1].i, 700);
  EXPECT_EQ(big[2].i, 768);

  // var zs []struct{}; append(zs, struct{}{}, struct{}{}, struct{}{}): 3, 3
  const RType* empty = types.slice_of(types.struct_of("struct {}", {}), "[]struct {}");
  Slot zs[3] = {P(nullptr), I(0), I(0)};
  append_values(zs, empty, nullptr, 3);
  EXPECT_EQ(zs[1].i, 3);
  EXPECT_EQ(zs[2].i, 3);
  EXPECT_NE(zs[0].p, nullptr);

  // append(nil) and append(nil, empty...) stay nil.
  Slot nil[3] = {P(nullptr), I(0), I(0)};
  append_values(nil, ints, nullptr, 0);
  const Slot none[3] = {P(nullptr), I(0), I(0)};
  append_slice(nil, ints, none, false);
  EXPECT_EQ(nil[0].p, nullptr);
  EXPECT_EQ(nil[2].i, 0);
}

TEST_F(VmValuesSlices, AppendStoresRegisterFormInMemoryLayout) {
  // type T struct { a int8; b string; c float32 }: offsets 0, 8, 24; size 32
  const RType* t = types.struct_of("main.T", {{"a", basic_rtype(RKind::Int8)}, {"b", string_t()}, {"c", basic_rtype(RKind::Float32)}});
  ASSERT_EQ(t->size, 32u);
  const RType* ts = types.slice_of(t, "[]main.T");
  Slot s[3] = {P(nullptr), I(0), I(0)};
  const Slot values[8] = {I(-3), P("xy"), I(2), F(1.5), I(7), P("z"), I(1), F(-0.25)};
  append_values(s, ts, values, 2);
  ASSERT_EQ(s[1].i, 2);
  Slot back[4];
  load(t, static_cast<char*>(s[0].p) + 32, back);
  EXPECT_EQ(back[0].i, 7);
  EXPECT_EQ(std::string(static_cast<const char*>(back[1].cp), size_t(back[2].i)), "z");
  EXPECT_EQ(back[3].f, -0.25);
  EXPECT_EQ(static_cast<int8_t*>(s[0].p)[0], -3);
}

TEST_F(VmValuesSlices, AppendWithinCapacityOverlaps) {
  // s := []int{1, 2, 3, 4, 5}; s = append(s[:1], s[2:]...) → [1 3 4 5]
  int64_t a[5] = {1, 2, 3, 4, 5};
  Slot s[3] = {P(a), I(1), I(5)};
  const Slot tail[3] = {P(a + 2), I(3), I(3)};
  append_slice(s, ints, tail, false);
  EXPECT_EQ(s[0].p, a);
  EXPECT_EQ(s[1].i, 4);
  EXPECT_EQ(a[1], 3);
  EXPECT_EQ(a[3], 5);
}

TEST_F(VmValuesSlices, SliceSlice) {
  int64_t a[5] = {0, 1, 2, 3, 4};
  const Slot src[3] = {P(a), I(3), I(5)};
  Slot dst[3];
  const Slot idx[3] = {I(1), I(3), I(5)};  // s[1:3]
  slice_slice(dst, src, idx, 8);
  EXPECT_EQ(dst[0].p, a + 1);
  EXPECT_EQ(dst[1].i, 2);
  EXPECT_EQ(dst[2].i, 4);
  const Slot full[3] = {I(5), I(5), I(5)};  // s[5:5]: no capacity left, base kept
  slice_slice(dst, src, full, 8);
  EXPECT_EQ(dst[0].p, a);
  EXPECT_EQ(dst[1].i, 0);
  EXPECT_EQ(dst[2].i, 0);
  const Slot three[3] = {I(2), I(3), I(4)};  // s[2:3:4]
  slice_slice(dst, src, three, 8, kSliceThreeIndex);
  EXPECT_EQ(dst[0].p, a + 2);
  EXPECT_EQ(dst[2].i, 2);
  // dst may be src itself: s = s[1:]
  Slot self[3] = {P(a), I(3), I(5)};
  const Slot tail[3] = {I(1), I(3), I(5)};
  slice_slice(self, self, tail, 8);
  EXPECT_EQ(self[0].p, a + 1);
  EXPECT_EQ(self[1].i, 2);
}

TEST_F(VmValuesSlices, MakeSliceIsZeroedAndNonNil) {
  Slot s[3];
  make_slice(s, ints, 4, 10);
  EXPECT_EQ(s[1].i, 4);
  EXPECT_EQ(s[2].i, 10);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(static_cast<int64_t*>(s[0].p)[i], 0);
  make_slice(s, ints, 0, 0);  // make([]int, 0) != nil
  EXPECT_NE(s[0].p, nullptr);
}

TEST_F(VmValuesSlices, Copy) {
  int64_t a[4] = {1, 2, 3, 4}, b[2] = {9, 8};
  const Slot dst[3] = {P(a), I(4), I(4)}, src[3] = {P(b), I(2), I(2)};
  EXPECT_EQ(copy_slice(dst, src, ints, false), 2);
  EXPECT_EQ(a[0], 9);
  EXPECT_EQ(a[2], 3);
  // copy(s[1:], s): overlapping
  const Slot shifted[3] = {P(a + 1), I(3), I(3)}, whole[3] = {P(a), I(4), I(4)};
  EXPECT_EQ(copy_slice(shifted, whole, ints, false), 3);
  EXPECT_EQ(a[1], 9);
  EXPECT_EQ(a[3], 3);
  // copy(buf, "hello") into a 3-byte buffer
  char buf[3] = {};
  const Slot bdst[3] = {P(buf), I(3), I(3)}, hello[2] = {P("hello"), I(5)};
  EXPECT_EQ(copy_slice(bdst, hello, bytes, true), 3);
  EXPECT_EQ(std::string(buf, 3), "hel");
  const Slot nil[3] = {P(nullptr), I(0), I(0)};
  EXPECT_EQ(copy_slice(nil, hello, bytes, true), 0);
}

TEST(VmValuesSizeClasses, RoundupSize) {
  EXPECT_EQ(roundup_size(0), 0u);
  EXPECT_EQ(roundup_size(1), 8u);
  EXPECT_EQ(roundup_size(33), 48u);
  EXPECT_EQ(roundup_size(1017), 1024u);
  EXPECT_EQ(roundup_size(1025), 1152u);
  EXPECT_EQ(roundup_size(32767), 32768u);
  EXPECT_EQ(roundup_size(32769), 40960u);
}

// ---- vm_print.cpp

std::string printed(std::vector<const RType*> types, std::vector<Slot> values, bool newline) {
  PrintTable table{uint32_t(types.size()), types.data()};
  testing::internal::CaptureStderr();
  print_builtin(values.data(), &table, newline);
  return testing::internal::GetCapturedStderr();
}

TEST(VmValuesPrint, IntsBoolsStrings) {
  // println(1, -2, uint8(200), int8(-5), uint64(18446744073709551615), 'x', true, false, "str", "")
  EXPECT_EQ(printed({int_t(), int_t(), basic_rtype(RKind::Uint8), basic_rtype(RKind::Int8), basic_rtype(RKind::Uint64),
                     basic_rtype(RKind::Int32), basic_rtype(RKind::Bool), basic_rtype(RKind::Bool), string_t(), string_t()},
                    {I(1), I(-2), I(200), I(-5), I(-1), I('x'), I(1), I(0), P("str"), I(3), P(nullptr), I(0)}, true),
            "1 -2 200 -5 18446744073709551615 120 true false str \n");
  // print("a", 1, 2, "b\n")
  EXPECT_EQ(printed({string_t(), int_t(), int_t(), string_t()}, {P("a"), I(1), I(1), I(2), P("b\n"), I(2)}, false),
            "a12b\n");
  EXPECT_EQ(printed({}, {}, false), "");
  EXPECT_EQ(printed({}, {}, true), "\n");
  EXPECT_EQ(printed({int_t()}, {I(std::numeric_limits<int64_t>::min())}, true), "-9223372036854775808\n");
}

TEST(VmValuesPrint, FloatsAsRuntimePrintfloat) {
  const RType* f64 = basic_rtype(RKind::Float64);
  const double inf = std::numeric_limits<double>::infinity();
  // println(1.5, -1.5, 0.0, 1e100, 1e-100, 123456789.0, 0.1, 3.0, float32(0.1), 1.0/3)
  EXPECT_EQ(printed({f64, f64, f64, f64, f64, f64, f64, f64, basic_rtype(RKind::Float32), f64},
                    {F(1.5), F(-1.5), F(0.0), F(1e100), F(1e-100), F(123456789.0), F(0.1), F(3.0), F(double(0.1f)), F(1.0 / 3)},
                    true),
            "+1.500000e+000 -1.500000e+000 +0.000000e+000 +1.000000e+100 +1.000000e-100 +1.234568e+008 "
            "+1.000000e-001 +3.000000e+000 +1.000000e-001 +3.333333e-001\n");
  // println(-z, z/z, 1/z, -1/z, 9.9999999, 99999999.0, 5e-324, 1.7976931348623157e308)
  EXPECT_EQ(printed({f64, f64, f64, f64, f64, f64, f64, f64},
                    {F(-0.0), F(std::nan("")), F(inf), F(-inf), F(9.9999999), F(99999999.0), F(5e-324),
                     F(1.7976931348623157e308)},
                    true),
            "-0.000000e+000 NaN +Inf -Inf +1.000000e+001 +1.000000e+008 +4.940656e-324 +1.797693e+308\n");
}

TEST(VmValuesPrint, PointersInterfacesSlices) {
  Types types;
  RType ptr = *int_t();
  ptr.kind = RKind::Pointer;
  ptr.leaves = {Leaf::Ptr};
  const RType* iface = types.iface("interface {}", {});
  const RType* ints = types.slice_of(int_t(), "[]int");
  // var p *int; var e interface{}; var s []int; println(p, e, s)
  EXPECT_EQ(printed({&ptr, iface, ints}, {P(nullptr), P(nullptr), P(nullptr), P(nullptr), I(0), I(0)}, true),
            "0x0 (0x0,0x0) [0/0]0x0\n");
  EXPECT_EQ(printed({&ptr, iface, ints},
                    {P(reinterpret_cast<void*>(0xc000012345)), P(reinterpret_cast<void*>(0x4a0b20)),
                     P(reinterpret_cast<void*>(0xc00001c030)), P(reinterpret_cast<void*>(0xc000014090)), I(3), I(5)},
                    true),
            "0xc000012345 (0x4a0b20,0xc00001c030) [3/5]0xc000014090\n");
}

// ---- vm_iface.cpp

class VmValuesIfaces : public ::testing::Test {
 protected:
  Types types;
  const RType* any = types.iface("interface {}", {});
  const RType* f64 = basic_rtype(RKind::Float64);
  const RType* ints = types.slice_of(int_t(), "[]int");
  // type Shape interface{ Area() float64 }; Square, Circle struct{} with Area;
  // type I interface{ M(); N() }; type T int with N.
  Proto area_fn, m_fn, n_fn, string_fn;
  const RType* shape = types.iface("main.Shape", {"Area"});
  const RType* iface_i = types.iface("main.I", {"M", "N"});
  const RType* error_t = types.iface("error", {"Error"});
  RType* square = types.struct_of("main.Square", {});
  RType* circle = types.struct_of("main.Circle", {});
  RType* t = types.named_int("main.T");
  // type P struct{ x, y float64 }: not direct, boxed in an interface
  RType* point = types.struct_of("main.P", {{"x", f64}, {"y", f64}});

  void SetUp() override {
    square->methods = {{"Area", &area_fn}};
    circle->methods = {{"Area", &area_fn}};
    t->methods = {{"N", &n_fn}};
  }
  std::vector<Slot> box(const RType* type, std::vector<Slot> value) {
    std::vector<Slot> dst(2);
    make_iface(dst.data(), type, value.data());
    return dst;
  }
};

TEST_F(VmValuesIfaces, MakeIface) {
  auto i = box(int_t(), {I(42)});
  EXPECT_EQ(i[0].cp, int_t());
  EXPECT_EQ(i[1].i, 42);  // direct: the word is the value
  auto p = box(point, {F(1.5), F(-2)});
  EXPECT_EQ(p[0].cp, point);
  Slot back[2];
  load(point, p[1].p, back);  // not direct: a heap copy in memory layout
  EXPECT_EQ(back[0].f, 1.5);
  EXPECT_EQ(back[1].f, -2);
  // dst may be the value's own registers
  Slot regs[2] = {P("hey"), I(3)};
  make_iface(regs, string_t(), regs);
  EXPECT_EQ(regs[0].cp, string_t());
  EXPECT_EQ(load_string(regs[1].p).view(), "hey");
}

TEST_F(VmValuesIfaces, AssertConcrete) {
  auto p = box(point, {F(3), F(4)});
  Slot dst[3] = {I(9), I(9), I(9)};
  assert_concrete(dst, p.data(), point, any, true);
  EXPECT_EQ(dst[0].f, 3);
  EXPECT_EQ(dst[1].f, 4);
  EXPECT_EQ(dst[2].u, 1u);
  assert_concrete(dst, p.data(), int_t(), any, true);  // v, ok := x.(int)
  EXPECT_EQ(dst[0].i, 0);
  EXPECT_EQ(dst[1].u, 0u);
  auto i = box(int_t(), {I(-7)});
  assert_concrete(i.data(), i.data(), int_t(), any, false);  // in place
  EXPECT_EQ(i[0].i, -7);

  auto s = box(string_t(), {P("x"), I(1)});
  const Slot nil[2] = {P(nullptr), P(nullptr)};
  EXPECT_EQ(panic_text([&] { assert_concrete(dst, s.data(), int_t(), any, false); }),
            "interface conversion: interface {} is string, not int");
  EXPECT_EQ(panic_text([&] { assert_concrete(dst, nil, int_t(), any, false); }),
            "interface conversion: interface {} is nil, not int");
  auto sq = box(square, {});
  EXPECT_EQ(panic_text([&] { assert_concrete(dst, sq.data(), circle, shape, false); }),
            "interface conversion: main.Shape is main.Square, not main.Circle");
  EXPECT_EQ(panic_text([&] { assert_concrete(dst, nil, circle, shape, false); }),
            "interface conversion: main.Shape is nil, not main.Circle");
  auto pp = box(ints, {P(nullptr), I(0), I(0)});
  EXPECT_EQ(panic_text([&] { assert_concrete(dst, pp.data(), point, any, false); }),
            "interface conversion: interface {} is []int, not main.P");
  // A local type T and the package's T print alike.
  RType* local_t = types.named_int("main.T");
  auto lt = box(local_t, {I(1)});
  EXPECT_EQ(panic_text([&] { assert_concrete(dst, lt.data(), t, any, false); }),
            "interface conversion: interface {} is main.T, not main.T (types from different scopes)");
}

TEST_F(VmValuesIfaces, AssertInterface) {
  auto sq = box(square, {});
  Slot dst[3];
  assert_interface(dst, sq.data(), shape, any, true);
  EXPECT_EQ(dst[0].cp, square);
  EXPECT_EQ(dst[1].p, sq[1].p);
  EXPECT_EQ(dst[2].u, 1u);
  auto tv = box(t, {I(1)});
  assert_interface(dst, tv.data(), iface_i, any, true);  // _, ok := x.(I)
  EXPECT_EQ(dst[0].cp, nullptr);
  EXPECT_EQ(dst[1].p, nullptr);
  EXPECT_EQ(dst[2].u, 0u);
  EXPECT_EQ(panic_text([&] { assert_interface(dst, tv.data(), iface_i, any, false); }),
            "interface conversion: main.T is not main.I: missing method M");
  EXPECT_EQ(panic_text([&] { assert_interface(dst, sq.data(), iface_i, shape, false); }),
            "interface conversion: main.Square is not main.I: missing method M");
  const Slot nil[2] = {P(nullptr), P(nullptr)};
  EXPECT_EQ(panic_text([&] { assert_interface(dst, nil, iface_i, shape, false); }),
            "interface conversion: interface is nil, not main.I");
  auto s = box(string_t(), {P("x"), I(1)});
  EXPECT_EQ(panic_text([&] { assert_interface(dst, s.data(), error_t, any, false); }),
            "interface conversion: string is not error: missing method Error");
  // Everything but nil implements interface{}.
  assert_interface(dst, s.data(), any, shape, true);
  EXPECT_EQ(dst[2].u, 1u);
  assert_interface(dst, nil, any, shape, true);
  EXPECT_EQ(dst[2].u, 0u);
}

TEST_F(VmValuesIfaces, Implements) {
  RType both = *t;
  both.methods = {{"A", &area_fn}, {"M", &m_fn}, {"N", &n_fn}, {"Z", &string_fn}};
  EXPECT_TRUE(implements(&both, iface_i));
  EXPECT_FALSE(implements(t, iface_i));
  EXPECT_TRUE(implements(t, any));
  EXPECT_FALSE(implements(nullptr, any));
  EXPECT_TRUE(implements(square, shape));
  EXPECT_FALSE(implements(int_t(), shape));
}

TEST_F(VmValuesIfaces, EqualRegs) {
  const double nan = std::nan("");
  // strings by content
  const Slot a[2] = {P("abc"), I(3)}, b[2] = {P("abcd"), I(3)}, c[2] = {P("abd"), I(3)};
  EXPECT_TRUE(equal_regs(string_t(), a, b));
  EXPECT_FALSE(equal_regs(string_t(), a, c));
  // interfaces: type first, then value; floats by value
  auto one = box(int_t(), {I(1)}), one_again = box(int_t(), {I(1)}), t_one = box(t, {I(1)});
  EXPECT_TRUE(equal_regs(any, one.data(), one_again.data()));
  EXPECT_FALSE(equal_regs(any, one.data(), t_one.data()));
  auto fnan = box(f64, {F(nan)}), zero = box(f64, {F(0.0)}), neg_zero = box(f64, {F(-0.0)});
  EXPECT_FALSE(equal_regs(any, fnan.data(), fnan.data()));
  EXPECT_TRUE(equal_regs(any, zero.data(), neg_zero.data()));
  auto s1 = box(string_t(), {P("xy"), I(2)}), s2 = box(string_t(), {P("xyz"), I(2)});
  EXPECT_TRUE(equal_regs(any, s1.data(), s2.data()));
  auto p1 = box(point, {F(1), F(2)}), p2 = box(point, {F(1), F(2)}), p3 = box(point, {F(1), F(nan)});
  EXPECT_TRUE(equal_regs(any, p1.data(), p2.data()));
  EXPECT_FALSE(equal_regs(any, p3.data(), p3.data()));
  const Slot nil[2] = {P(nullptr), P(nullptr)};
  EXPECT_TRUE(equal_regs(any, nil, nil));
  EXPECT_FALSE(equal_regs(any, nil, one.data()));
  // var a, b interface{} = []int{}, []int{}; a == b
  auto l1 = box(ints, {P(nullptr), I(0), I(0)}), l2 = box(ints, {P(nullptr), I(0), I(0)});
  EXPECT_EQ(panic_text([&] { equal_regs(any, l1.data(), l2.data()); }), "runtime error: comparing uncomparable type []int");
  EXPECT_FALSE(equal_regs(any, l1.data(), one.data()));  // different types: no panic
  // structs in register form
  const RType* mixed = types.struct_of("main.M", {{"s", string_t()}, {"f", f64}, {"e", any}});
  const Slot m1[5] = {P("k"), I(1), F(0.0), one[0], one[1]};
  const Slot m2[5] = {P("k!"), I(1), F(-0.0), one_again[0], one_again[1]};
  const Slot m3[5] = {P("k"), I(1), F(0.0), t_one[0], t_one[1]};
  EXPECT_TRUE(equal_regs(mixed, m1, m2));
  EXPECT_FALSE(equal_regs(mixed, m1, m3));
  // a one-field struct is direct
  const RType* wrapped = types.struct_of("main.W", {{"f", f64}});
  auto w1 = box(wrapped, {F(2.5)}), w2 = box(wrapped, {F(2.5)});
  EXPECT_TRUE(equal_regs(any, w1.data(), w2.data()));
}

TEST_F(VmValuesIfaces, LookupMethod) {
  auto tv = box(t, {I(77)});
  Slot recv = I(0);
  EXPECT_EQ(lookup_method(tv.data(), "N", &recv), &n_fn);
  EXPECT_EQ(recv.i, 77);
  // R[a] (the receiver) may be the interface's first register
  lookup_method(tv.data(), "N", &tv[0]);
  EXPECT_EQ(tv[0].i, 77);
  const Slot nil[2] = {P(nullptr), P(nullptr)};
  EXPECT_EQ(panic_text([&] { lookup_method(nil, "Area", &recv); }),
            "runtime error: invalid memory address or nil pointer dereference");
}

}  // namespace
}  // namespace goro::lang::vm
