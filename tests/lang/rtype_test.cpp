// RType's method lookup, Go's == and map hashing over memory layout
// (rtype.cpp), the natives' panics (gopanic.cpp) and the heap (heap.cpp).
#include "rtype.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <thread>
#include <atomic>

#include "fmt_values.hpp"
#include "gopanic.hpp"
#include "heap.hpp"
#include "rtype_maker.hpp"

namespace goro::lang::vm {
namespace {

using testing::box;
using testing::box_int;
using testing::box_string;
using testing::go_string;
using testing::TypeMaker;

// panic_text() is what Go prints for a panic value: its Error() for errors.
std::string panic_text(const GoPanic& p) {
  std::string out;
  sprint(out, testing::dummy_thread(), &p.value, 1);
  return out;
}

template <class Fn>
std::string panic_of(Fn fn) {
  try {
    fn();
  } catch (const GoPanic& p) {
    return panic_text(p);
  }
  return "no panic";
}

TEST(RTypeTest, FindsMethodsByBinarySearch) {
  TypeMaker tm;
  Proto a, b, c;
  RType* t = tm.named("T", tm.int_, {{"Alpha", &a}, {"Error", &b}, {"String", &c}});
  EXPECT_EQ(t->find_method("Alpha")->fn, &a);
  EXPECT_EQ(t->find_method("Error")->fn, &b);
  EXPECT_EQ(t->find_method("String")->fn, &c);
  EXPECT_EQ(t->find_method("Beta"), nullptr);
  EXPECT_EQ(t->find_method("Zeta"), nullptr);
  EXPECT_EQ(t->find_method(""), nullptr);
  EXPECT_EQ(tm.int_->find_method("String"), nullptr);
}

TEST(RTypeTest, PredeclaredTypesHaveGoLayouts) {
  const RType* s = basic_rtype(RKind::String);
  EXPECT_EQ(s->name, "string");
  EXPECT_EQ(s->size, 16u);
  EXPECT_EQ(s->slots, 2u);
  EXPECT_FALSE(s->direct);
  const RType* c64 = basic_rtype(RKind::Complex64);
  EXPECT_EQ(c64->size, 8u);
  EXPECT_EQ(c64->align, 4u);
  EXPECT_EQ(c64->offsets[1], 4u);
  EXPECT_EQ(basic_rtype(RKind::Int8)->leaves[0], Leaf::I8);
  EXPECT_TRUE(basic_rtype(RKind::Uintptr)->direct);
  EXPECT_EQ(basic_rtype(RKind::Bool)->name, "bool");
}

TEST(RTypeTest, ComparesScalarsAsGo) {
  const RType* f64 = basic_rtype(RKind::Float64);
  const double pz = 0.0, nz = -0.0, nan = std::nan(""), one = 1;
  EXPECT_TRUE(equal(f64, &pz, &nz));
  EXPECT_EQ(hash(f64, &pz, 7), hash(f64, &nz, 7));
  EXPECT_FALSE(equal(f64, &nan, &nan));
  EXPECT_NE(hash(f64, &nan, 7), hash(f64, &nan, 7)) << "each NaN hashes afresh";
  EXPECT_FALSE(equal(f64, &one, &pz));
  const float f1 = 0.1f, f2 = 0.1f;
  EXPECT_TRUE(equal(basic_rtype(RKind::Float32), &f1, &f2));
  const int8_t a = -1, b = -1, c = 1;
  EXPECT_TRUE(equal(basic_rtype(RKind::Int8), &a, &b));
  EXPECT_FALSE(equal(basic_rtype(RKind::Int8), &a, &c));
  const double c1[2] = {1, -0.0}, c2[2] = {1, 0.0};
  EXPECT_TRUE(equal(basic_rtype(RKind::Complex128), c1, c2));
  EXPECT_EQ(hash(basic_rtype(RKind::Complex128), c1, 3), hash(basic_rtype(RKind::Complex128), c2, 3));
}

TEST(RTypeTest, ComparesStringsByContent) {
  const RType* s = basic_rtype(RKind::String);
  const String x = go_string("hello"), y = go_string("hello"), z = go_string("hellp"), e1{nullptr, 0},
               e2 = go_string("");
  ASSERT_NE(x.data, y.data);
  EXPECT_TRUE(equal(s, &x, &y));
  EXPECT_EQ(hash(s, &x, 1), hash(s, &y, 1));
  EXPECT_NE(hash(s, &x, 1), hash(s, &x, 2)) << "seeds matter";
  EXPECT_FALSE(equal(s, &x, &z));
  EXPECT_TRUE(equal(s, &e1, &e2));
  EXPECT_EQ(hash(s, &e1, 1), hash(s, &e2, 1));
  // Long strings go through the 48-byte loop.
  const std::string long_text(200, 'q');
  const String l1 = go_string(long_text), l2 = go_string(long_text);
  EXPECT_EQ(hash(s, &l1, 9), hash(s, &l2, 9));
}

TEST(RTypeTest, StructsIgnorePaddingAndBlankFields) {
  TypeMaker tm;
  // struct { a int8; _ int32; b int64 }: 3 bytes of padding after a.
  const RType* t = tm.struct_("main.S", {{"a", tm.basic(RKind::Int8)}, {"_", tm.basic(RKind::Int32)},
                                         {"b", tm.basic(RKind::Int64)}});
  ASSERT_EQ(t->size, 16u);
  unsigned char x[16], y[16];
  std::memset(x, 0xAA, 16);
  std::memset(y, 0x55, 16);
  x[0] = y[0] = 5;
  const int64_t b = 42;
  std::memcpy(x + 8, &b, 8);
  std::memcpy(y + 8, &b, 8);
  EXPECT_TRUE(equal(t, x, y)) << "padding and _ differ, the rest is equal";
  EXPECT_EQ(hash(t, x, 11), hash(t, y, 11));
  y[0] = 6;
  EXPECT_FALSE(equal(t, x, y));
}

TEST(RTypeTest, ComparesArraysElementWise) {
  TypeMaker tm;
  const RType* t = tm.array(tm.string_, 2);
  const String a[2] = {go_string("a"), go_string("b")};
  const String b[2] = {go_string("a"), go_string("b")};
  const String c[2] = {go_string("a"), go_string("c")};
  EXPECT_TRUE(equal(t, a, b));
  EXPECT_EQ(hash(t, a, 0), hash(t, b, 0));
  EXPECT_FALSE(equal(t, a, c));
}

TEST(RTypeTest, ComparesInterfacesByDynamicTypeThenValue) {
  TypeMaker tm;
  const RType* any = tm.iface();
  const RType* i8 = tm.basic(RKind::Int8);
  const RType* myint = tm.named("MyInt", tm.int_);
  Iface x = box_int(1), y = box_int(1), z = testing::box_word(myint, 1), n1{}, n2{};
  EXPECT_TRUE(equal(any, &x, &y));
  EXPECT_EQ(hash(any, &x, 5), hash(any, &y, 5));
  EXPECT_FALSE(equal(any, &x, &z)) << "int(1) != MyInt(1)";
  EXPECT_TRUE(equal(any, &n1, &n2));
  EXPECT_FALSE(equal(any, &x, &n1));
  // A direct int8's word is sign-extended: -1 held as all ones.
  Iface m1 = testing::box_word(i8, ~uint64_t(0)), m2 = testing::box_word(i8, ~uint64_t(0));
  EXPECT_TRUE(equal(any, &m1, &m2));
  // Not direct: strings by content behind the data pointer.
  Iface s1 = box_string("go"), s2 = box_string("go"), s3 = box_string("no");
  EXPECT_TRUE(equal(any, &s1, &s2));
  EXPECT_EQ(hash(any, &s1, 5), hash(any, &s2, 5));
  EXPECT_FALSE(equal(any, &s1, &s3));
  // A float in an interface: +0 == -0, NaN != NaN.
  Iface pz = testing::box_float(tm.float64_, 0.0), nz = testing::box_float(tm.float64_, -0.0);
  Iface nan = testing::box_float(tm.float64_, std::nan(""));
  EXPECT_TRUE(equal(any, &pz, &nz));
  EXPECT_EQ(hash(any, &pz, 5), hash(any, &nz, 5));
  EXPECT_FALSE(equal(any, &nan, &nan));
}

TEST(RTypeTest, UncomparableDynamicTypesPanic) {
  TypeMaker tm;
  const RType* any = tm.iface();
  const RType* ints = tm.slice(tm.int_);
  testing::GoSlice s = testing::go_slice<int64_t>({1});
  Iface x = box(ints, &s), y = box(ints, &s), i = box_int(1);
  EXPECT_EQ(panic_of([&] { equal(any, &x, &y); }), "runtime error: comparing uncomparable type []int");
  EXPECT_EQ(panic_of([&] { hash(any, &x, 0); }), "runtime error: hash of unhashable type []int");
  EXPECT_FALSE(equal(any, &x, &i)) << "different dynamic types compare unequal without panicking";
  // Inside a struct, as a field.
  const RType* st = tm.struct_("main.K", {{"V", any}});
  EXPECT_EQ(panic_of([&] { hash(st, &x, 0); }), "runtime error: hash of unhashable type []int");
}

TEST(GoPanicTest, RuntimeErrorsArePrintedAsGo) {
  try {
    panic_runtime_error("index out of range [5] with length 3");
  } catch (const GoPanic& p) {
    EXPECT_EQ(p.value.type->name, "runtime.errorString");
    EXPECT_NE(p.value.type->find_method("RuntimeError"), nullptr);
    EXPECT_EQ(panic_text(p), "runtime error: index out of range [5] with length 3");
  }
  EXPECT_EQ(panic_of([] { panic_plain_error("send on closed channel"); }), "send on closed channel");
  try {
    panic_string("sync: negative WaitGroup counter");
  } catch (const GoPanic& p) {
    EXPECT_EQ(p.value.type, basic_rtype(RKind::String));
    EXPECT_EQ(panic_text(p), "sync: negative WaitGroup counter");
  }
}

// ---- the heap ----

TEST(HeapTest, AllocatesZeroedAlignedMemory) {
  for (size_t n : {1, 7, 8, 15, 16, 17, 100, 4096, 100000}) {
    auto* p = static_cast<unsigned char*>(heap_alloc(n));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % (n >= 16 ? 16 : 8), 0u) << n;
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(p[i], 0) << n;
    std::memset(p, 0xFF, n);
  }
  EXPECT_NE(heap_alloc(0), nullptr);
}

TEST(HeapTest, CountsBytesAndStopsAtTheLimit) {
  heap_reset(1 << 20);
  EXPECT_EQ(heap_allocated(), 0u);
  heap_alloc(100);
  heap_alloc(1000);
  EXPECT_EQ(heap_allocated(), 1100u);
  bool oom = false;
  try {
    for (int i = 0; i < 1000; ++i) heap_alloc(4096);
  } catch (const OutOfMemory& e) {
    oom = true;
    EXPECT_STREQ(e.message, "runtime: out of memory");
  }
  EXPECT_TRUE(oom);
  EXPECT_LE(heap_allocated(), size_t(1) << 20);
  // A reset frees everything and starts counting again, with a new limit.
  heap_reset(std::numeric_limits<size_t>::max());
  EXPECT_EQ(heap_allocated(), 0u);
  auto* p = static_cast<unsigned char*>(heap_alloc(64));
  for (int i = 0; i < 64; ++i) ASSERT_EQ(p[i], 0);
}

TEST(HeapTest, AllocatesFromSeveralThreads) {
  std::vector<std::thread> threads;
  std::atomic<int> bad{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&bad, t] {
      std::vector<unsigned char*> mine;
      for (int i = 0; i < 20000; ++i) {
        auto* p = static_cast<unsigned char*>(heap_alloc(24));
        if (p[0] != 0 || p[23] != 0) ++bad;
        std::memset(p, t + 1, 24);
        mine.push_back(p);
      }
      for (unsigned char* p : mine) {
        if (p[0] != t + 1 || p[23] != t + 1) ++bad;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
}

}  // namespace
}  // namespace goro::lang::vm
