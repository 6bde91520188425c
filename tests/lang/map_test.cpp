// Go maps (map.cpp): lookups, Go's nil-map and NaN rules, and iteration's
// guarantees while the map changes, checked against std::unordered_map.
#include "map.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <cmath>
#include <random>
#include <set>
#include <unordered_map>

#include "fatal.hpp"
#include "fmt_values.hpp"
#include "gopanic.hpp"
#include "heap.hpp"
#include "rtype_maker.hpp"

namespace goro::lang::vm {
namespace {

using testing::go_string;
using testing::TypeMaker;

class MapTest : public ::testing::Test {
 protected:
  TypeMaker tm;
  const RType* int_int = tm.map(tm.int_, tm.int_);
  const RType* string_int = tm.map(tm.string_, tm.int_);
  const RType* float_int = tm.map(tm.float64_, tm.int_);

  static int64_t* at(Map* m, int64_t k) { return static_cast<int64_t*>(map_access(m, &k)); }
  static void put(Map* m, int64_t k, int64_t v) { *static_cast<int64_t*>(map_assign(m, &k)) = v; }
  static void del(Map* m, int64_t k) { map_delete(m, &k); }

  // entries() runs one whole iteration and returns the keys in order.
  static std::vector<int64_t> keys(Map* m, uint64_t seed) {
    std::vector<int64_t> out;
    MapIter it;
    map_iter_init(it, m, seed);
    void *k, *e;
    while (map_iter_next(it, &k, &e)) out.push_back(*static_cast<int64_t*>(k));
    return out;
  }

  static std::string panic_text(const GoPanic& p) {
    std::string out;
    sprint(out, testing::dummy_thread(), &p.value, 1);
    return out;
  }
};

TEST_F(MapTest, InsertsLooksUpUpdatesAndDeletes) {
  Map* m = map_make(int_int, 0);
  EXPECT_EQ(map_len(m), 0);
  EXPECT_EQ(at(m, 1), nullptr);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i * 10);
  EXPECT_EQ(map_len(m), 100);
  for (int64_t i = 0; i < 100; ++i) {
    ASSERT_NE(at(m, i), nullptr);
    EXPECT_EQ(*at(m, i), i * 10);
  }
  EXPECT_EQ(at(m, 100), nullptr);
  put(m, 5, -5);
  EXPECT_EQ(*at(m, 5), -5);
  EXPECT_EQ(map_len(m), 100);
  for (int64_t i = 0; i < 100; i += 2) del(m, i);
  del(m, 1000);  // absent: no-op
  EXPECT_EQ(map_len(m), 50);
  for (int64_t i = 0; i < 100; ++i) EXPECT_EQ(at(m, i) != nullptr, i % 2 == 1) << i;
  // A reinserted key starts from the zero value.
  int64_t k = 4;
  EXPECT_EQ(*static_cast<int64_t*>(map_assign(m, &k)), 0);
}

TEST_F(MapTest, StringKeysCompareByContent) {
  Map* m = map_make(string_int, 4);
  String a = go_string("alpha"), a2 = go_string("alpha"), b = go_string("beta"), e = go_string("");
  *static_cast<int64_t*>(map_assign(m, &a)) = 1;
  *static_cast<int64_t*>(map_assign(m, &b)) = 2;
  *static_cast<int64_t*>(map_assign(m, &e)) = 3;
  ASSERT_NE(map_access(m, &a2), nullptr);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &a2)), 1);
  String empty{nullptr, 0};
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &empty)), 3);
  map_delete(m, &a2);
  EXPECT_EQ(map_access(m, &a), nullptr);
  EXPECT_EQ(map_len(m), 2);
}

TEST_F(MapTest, NilMapsReadAsEmptyAndPanicOnAssignment) {
  int64_t k = 1;
  EXPECT_EQ(map_access(nullptr, &k), nullptr);
  EXPECT_EQ(map_len(nullptr), 0);
  map_delete(nullptr, &k);
  map_clear(nullptr);
  MapIter it;
  map_iter_init(it, nullptr, 1);
  void *key, *elem;
  EXPECT_FALSE(map_iter_next(it, &key, &elem));
  try {
    map_assign(nullptr, &k);
    FAIL() << "no panic";
  } catch (const GoPanic& p) {
    EXPECT_EQ(panic_text(p), "assignment to entry in nil map");
    EXPECT_EQ(p.value.type->name, "runtime.plainError");
  }
}

TEST_F(MapTest, NaNKeysAreNeverFoundButAlwaysIterated) {
  Map* m = map_make(float_int, 0);
  const double nan = std::nan(""), one = 1, pz = 0.0, nz = -0.0;
  *static_cast<int64_t*>(map_assign(m, &nan)) = 1;
  *static_cast<int64_t*>(map_assign(m, &nan)) = 2;
  *static_cast<int64_t*>(map_assign(m, &one)) = 3;
  *static_cast<int64_t*>(map_assign(m, &pz)) = 4;
  *static_cast<int64_t*>(map_assign(m, &nz)) = 5;  // -0 == +0: same entry
  EXPECT_EQ(map_len(m), 4);
  EXPECT_EQ(map_access(m, &nan), nullptr);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &pz)), 5);
  map_delete(m, &nan);
  EXPECT_EQ(map_len(m), 4) << "delete cannot remove NaN";
  int nans = 0;
  int64_t nan_sum = 0;
  MapIter it;
  map_iter_init(it, m, 3);
  void *k, *e;
  while (map_iter_next(it, &k, &e)) {
    if (std::isnan(*static_cast<double*>(k))) {
      ++nans;
      nan_sum += *static_cast<int64_t*>(e);
    }
  }
  EXPECT_EQ(nans, 2);
  EXPECT_EQ(nan_sum, 3);
  // Many NaNs do not degrade into one long probe sequence.
  for (int i = 0; i < 20000; ++i) map_assign(m, &nan);
  EXPECT_EQ(map_len(m), 20004);
  map_clear(m);
  EXPECT_EQ(map_len(m), 0);
  map_iter_init(it, m, 3);
  EXPECT_FALSE(map_iter_next(it, &k, &e));
  *static_cast<int64_t*>(map_assign(m, &one)) = 7;
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &one)), 7);
}

TEST_F(MapTest, InterfaceKeysHashByDynamicValue) {
  const RType* any = tm.iface();
  Map* m = map_make(tm.map(any, tm.int_), 0);
  Iface i1 = testing::box_int(1), s1 = testing::box_string("1"), i1b = testing::box_int(1);
  Iface myint1 = testing::box_word(tm.named("MyInt", tm.int_), 1), nil{};
  *static_cast<int64_t*>(map_assign(m, &i1)) = 1;
  *static_cast<int64_t*>(map_assign(m, &s1)) = 2;
  *static_cast<int64_t*>(map_assign(m, &myint1)) = 3;
  *static_cast<int64_t*>(map_assign(m, &nil)) = 4;
  EXPECT_EQ(map_len(m), 4);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &i1b)), 1);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &myint1)), 3);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &nil)), 4);
  testing::GoSlice s = testing::go_slice<int64_t>({1});
  Iface bad = testing::box(tm.slice(tm.int_), &s);
  for (int op = 0; op < 3; ++op) {
    try {
      if (op == 0) map_assign(m, &bad);
      if (op == 1) map_access(m, &bad);
      if (op == 2) map_delete(m, &bad);
      FAIL() << "no panic, op " << op;
    } catch (const GoPanic& p) {
      EXPECT_EQ(panic_text(p), "runtime error: hash of unhashable type []int");
    }
  }
  // Go panics even when the map is empty (not when it is nil: see map_check_key).
  Map* empty = map_make(tm.map(any, tm.int_), 0);
  EXPECT_THROW(map_access(empty, &bad), GoPanic);
  EXPECT_THROW(map_check_key(tm.map(any, tm.int_), &bad), GoPanic);
  // The map is still usable after the panics.
  *static_cast<int64_t*>(map_assign(m, &i1)) = 9;
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, &i1b)), 9);
}

TEST_F(MapTest, StructKeysIgnorePaddingAndBlankFields) {
  const RType* key = tm.struct_("main.K", {{"a", tm.basic(RKind::Int8)}, {"_", tm.basic(RKind::Int32)},
                                           {"b", tm.string_}});
  Map* m = map_make(tm.map(key, tm.int_), 0);
  unsigned char k1[24], k2[24];
  std::memset(k1, 0x11, sizeof k1);
  std::memset(k2, 0x22, sizeof k2);
  k1[0] = k2[0] = 3;
  const String s1 = go_string("x"), s2 = go_string("x");
  std::memcpy(k1 + 8, &s1, 16);
  std::memcpy(k2 + 8, &s2, 16);
  *static_cast<int64_t*>(map_assign(m, k1)) = 1;
  ASSERT_NE(map_access(m, k2), nullptr);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(m, k2)), 1);
  // A padding-free struct of integers takes the bytewise path.
  const RType* pt = tm.struct_("main.P", {{"X", tm.int_}, {"Y", tm.int_}});
  Map* pm = map_make(tm.map(pt, tm.string_), 0);
  const int64_t p1[2] = {1, 2}, p2[2] = {1, 2}, p3[2] = {2, 1};
  *static_cast<String*>(map_assign(pm, p1)) = go_string("a");
  EXPECT_NE(map_access(pm, p2), nullptr);
  EXPECT_EQ(map_access(pm, p3), nullptr);
}

TEST_F(MapTest, SmallKeysAndValuesKeepTheirLayout) {
  // map[int8]bool and map[string]struct{}: sizes 1 and 0.
  Map* m = map_make(tm.map(tm.basic(RKind::Int8), tm.basic(RKind::Bool)), 0);
  for (int i = -128; i < 128; ++i) {
    const int8_t k = int8_t(i);
    *static_cast<uint8_t*>(map_assign(m, &k)) = i % 3 == 0;
  }
  EXPECT_EQ(map_len(m), 256);
  for (int i = -128; i < 128; ++i) {
    const int8_t k = int8_t(i);
    EXPECT_EQ(*static_cast<uint8_t*>(map_access(m, &k)), i % 3 == 0);
  }
  const RType* empty = tm.struct_("", {});
  ASSERT_EQ(empty->size, 0u);
  Map* set = map_make(tm.map(tm.string_, empty), 0);
  const String a = go_string("a");
  EXPECT_NE(map_assign(set, &a), nullptr);
  EXPECT_NE(map_access(set, &a), nullptr);
  Map* unit = map_make(tm.map(empty, tm.int_), 0);
  *static_cast<int64_t*>(map_assign(unit, nullptr)) = 5;
  *static_cast<int64_t*>(map_assign(unit, nullptr)) += 1;
  EXPECT_EQ(map_len(unit), 1);
  EXPECT_EQ(*static_cast<int64_t*>(map_access(unit, nullptr)), 6);
}

TEST_F(MapTest, MatchesUnorderedMapUnderRandomOperations) {
  std::mt19937_64 rng(42);
  Map* m = map_make(int_int, 0);
  std::unordered_map<int64_t, int64_t> ref;
  for (int step = 0; step < 300000; ++step) {
    const int64_t k = int64_t(rng() % 5000) - 2500;
    switch (rng() % 4) {
      case 0: case 1: {
        const int64_t v = int64_t(rng());
        put(m, k, v);
        ref[k] = v;
        break;
      }
      case 2:
        del(m, k);
        ref.erase(k);
        break;
      default: {
        int64_t* p = at(m, k);
        auto it = ref.find(k);
        ASSERT_EQ(p != nullptr, it != ref.end()) << step;
        if (p != nullptr) ASSERT_EQ(*p, it->second);
      }
    }
    ASSERT_EQ(map_len(m), int64_t(ref.size()));
  }
  std::set<int64_t> seen;
  for (int64_t k : keys(m, 77)) {
    EXPECT_TRUE(seen.insert(k).second) << "produced twice: " << k;
    EXPECT_EQ(ref.count(k), 1u);
  }
  EXPECT_EQ(seen.size(), ref.size());
}

TEST_F(MapTest, IterationOrderDependsOnTheSeedOnly) {
  Map* a = map_make(int_int, 0);
  Map* b = map_make(int_int, 0);
  for (int64_t i = 0; i < 50; ++i) {
    put(a, i, i);
    put(b, i, i);
  }
  EXPECT_EQ(keys(a, 1), keys(a, 1));
  EXPECT_EQ(keys(a, 1), keys(b, 1)) << "same history, same seed: same order, whatever the hash seed";
  std::set<std::vector<int64_t>> orders;
  for (uint64_t seed = 0; seed < 20; ++seed) orders.insert(keys(a, seed));
  EXPECT_GE(orders.size(), 15u);
  // Small maps too: several orders of three entries.
  Map* small = map_make(int_int, 0);
  for (int64_t i = 0; i < 3; ++i) put(small, i, i);
  std::set<std::vector<int64_t>> small_orders;
  for (uint64_t seed = 0; seed < 50; ++seed) {
    auto k = keys(small, seed);
    ASSERT_EQ(k.size(), 3u);
    small_orders.insert(k);
  }
  EXPECT_GE(small_orders.size(), 4u);
}

TEST_F(MapTest, EntriesDeletedDuringIterationAreNotProduced) {
  Map* m = map_make(int_int, 0);
  for (int64_t i = 0; i < 1000; ++i) put(m, i, i);
  MapIter it;
  map_iter_init(it, m, 9);
  void *k, *e;
  std::set<int64_t> seen;
  std::set<int64_t> deleted;
  while (map_iter_next(it, &k, &e)) {
    const int64_t key = *static_cast<int64_t*>(k);
    EXPECT_EQ(deleted.count(key), 0u) << key;
    EXPECT_TRUE(seen.insert(key).second);
    // Delete a few keys not produced yet.
    for (int64_t d = key + 1; d < key + 4 && d < 1000; ++d) {
      if (!seen.count(d) && !deleted.count(d)) {
        del(m, d);
        deleted.insert(d);
      }
    }
  }
  EXPECT_EQ(seen.size() + deleted.size(), 1000u);
}

TEST_F(MapTest, GrowthDuringIterationProducesEachOldEntryOnceWithItsCurrentValue) {
  Map* m = map_make(int_int, 0);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i);
  MapIter it;
  map_iter_init(it, m, 5);
  void *k, *e;
  std::set<int64_t> seen;
  std::set<int64_t> deleted;
  int produced = 0;
  int64_t next_new = 1000;
  while (map_iter_next(it, &k, &e)) {
    const int64_t key = *static_cast<int64_t*>(k);
    ++produced;
    EXPECT_TRUE(seen.insert(key).second) << "twice: " << key;
    if (key < 100) {
      EXPECT_EQ(*static_cast<int64_t*>(e), key < 50 && produced > 1 ? key + 1000000 : key) << key;
    }
    if (produced == 1) {
      // Grow the map several times over and update the old entries.
      for (int j = 0; j < 5000; ++j) put(m, next_new++, 0);
      for (int64_t i = 0; i < 50; ++i) {
        if (i != key) put(m, i, i + 1000000);
      }
      for (int64_t d : {97, 98, 99}) {
        if (d != key && deleted.size() < 2) {
          del(m, d);
          deleted.insert(d);
        }
      }
    }
  }
  for (int64_t i = 0; i < 100; ++i) EXPECT_EQ(seen.count(i), deleted.count(i) ? 0u : 1u) << i;
}

TEST_F(MapTest, ClearEndsIterationsInProgress) {
  Map* m = map_make(int_int, 0);
  for (int64_t i = 0; i < 100; ++i) put(m, i, i);
  MapIter it;
  map_iter_init(it, m, 5);
  void *k, *e;
  ASSERT_TRUE(map_iter_next(it, &k, &e));
  map_clear(m);
  put(m, 500, 1);
  EXPECT_FALSE(map_iter_next(it, &k, &e));
  EXPECT_EQ(map_len(m), 1);
  EXPECT_EQ(keys(m, 1), std::vector<int64_t>{500});
}

TEST_F(MapTest, ChurnReusesTablesInsteadOfGrowingTheHeap) {
  Map* m = map_make(int_int, 0);
  for (int64_t i = 0; i < 1000; ++i) put(m, i, i);
  const size_t before = heap_allocated();
  for (int64_t i = 1000; i < 1000000; ++i) {
    put(m, i, i);
    del(m, i - 1000);
  }
  EXPECT_EQ(map_len(m), 1000);
  EXPECT_LT(heap_allocated() - before, size_t(2) << 20) << "retired tables come back as spares";
  // An iteration pins its table; a finished one lets it go.
  EXPECT_EQ(keys(m, 3).size(), 1000u);
  const size_t mid = heap_allocated();
  for (int64_t i = 1000000; i < 1100000; ++i) {
    put(m, i, i);
    del(m, i - 1000);
  }
  EXPECT_LT(heap_allocated() - mid, size_t(2) << 20);
}

TEST_F(MapTest, HoldsAMillionKeysAgreeingWithStdUnorderedMap) {
  // Correctness at scale (several growths); speed is measured in bench/.
  constexpr int64_t n = 1000000;
  std::vector<int64_t> keys(n);
  std::mt19937_64 rng(7);
  for (int64_t& k : keys) k = int64_t(rng() >> 1);
  Map* m = map_make(int_int, 0);
  std::unordered_map<int64_t, int64_t> ref;
  for (int64_t i = 0; i < n; ++i) {
    put(m, keys[size_t(i)], i);
    ref[keys[size_t(i)]] = i;
  }
  EXPECT_EQ(map_len(m), int64_t(ref.size()));
  int64_t mismatches = 0;
  for (int64_t k : keys) mismatches += *at(m, k) != ref.find(k)->second;
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace goro::lang::vm
