// goro::rand: math/rand's top-level functions on a per-run source seeded from Options::seed.
#include <algorithm>
#include <numeric>
#include <set>

#include "test_support.hpp"

namespace {

using goro_test::first_line;
using goro_test::Procs;
using goro_test::run_captured;

std::vector<int> draws(uint64_t seed, int procs) {
  std::vector<int> got;
  goro::Options o;
  o.procs = procs;
  o.seed = seed;
  EXPECT_EQ(run_captured([&] {
              for (int i = 0; i < 50; ++i) got.push_back(goro::rand::intn(1000));
            }, o).status, 0);
  return got;
}

class RandTest : public Procs {};

TEST_P(RandTest, SameSeedSameNumbersOtherSeedOthers) {
  EXPECT_EQ(draws(7, GetParam()), draws(7, GetParam()));
  EXPECT_NE(draws(7, GetParam()), draws(8, GetParam()));
}

TEST_P(RandTest, IntnIsInRangeAndRoughlyUniform) {
  std::vector<int> counts(10);
  auto c = run([&] {
    for (int i = 0; i < 100000; ++i) {
      int v = goro::rand::intn(10);
      ASSERT_GE(v, 0);
      ASSERT_LT(v, 10);
      counts[size_t(v)]++;
    }
  });
  EXPECT_EQ(c.status, 0);
  for (int n : counts) EXPECT_NEAR(n, 10000, 600);  // > 6 standard deviations
}

TEST_P(RandTest, PermIsAPermutationAndFloat64IsInUnitInterval) {
  auto c = run([&] {
    std::vector<int> p = goro::rand::perm(100);
    std::vector<int> want(100);
    std::iota(want.begin(), want.end(), 0);
    std::vector<int> sorted = p;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, want);
    EXPECT_NE(p, want);
    for (int i = 0; i < 1000; ++i) {
      double f = goro::rand::float64();
      EXPECT_GE(f, 0.0);
      EXPECT_LT(f, 1.0);
    }
  });
  EXPECT_EQ(c.status, 0);
}

TEST_P(RandTest, SeedRestartsTheSequence) {
  auto c = run([&] {
    goro::rand::seed(42);
    int64_t a = goro::rand::int63();
    goro::rand::seed(42);
    EXPECT_EQ(goro::rand::int63(), a);
  });
  EXPECT_EQ(c.status, 0);
}

TEST_P(RandTest, IntnOfZeroPanicsLikeGo) {
  auto c = run([] { goro::rand::intn(0); });
  EXPECT_EQ(c.status, 2);
  EXPECT_EQ(first_line(c.err), "panic: invalid argument to Intn");
  EXPECT_NE(c.err.find("tests/runtime/rand_test.cpp:"), std::string::npos) << c.err;
}

GORO_INSTANTIATE_PROCS(RandTest);

}  // namespace
