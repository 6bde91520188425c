// BigFloat: 512-bit rounding checked against big.Float's bits (printed by a
// Go program with Text('p', 0)), IEEE rounding checked against the
// hardware's correctly rounded division.
#include "bigfloat.hpp"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <random>

namespace goro::lang {
namespace {

BigFloat ratio(int64_t a, int64_t b) { return BigFloat::from_ratio(BigInt(a), BigInt(b)); }

TEST(BigFloat, RoundsLikeBigFloat) {
  EXPECT_EQ(ratio(1, 3).to_hex_string(), "0x." + std::string(127, 'a') + "bp-1");
  EXPECT_EQ(ratio(-2, 7).to_hex_string(), "-0x." + std::string("92492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492492") + "p-1");
  EXPECT_EQ((ratio(1, 3) * ratio(-2, 7)).to_hex_string(),
            "-0x.c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c30c3p-3");
  EXPECT_EQ(ratio(1, 10).to_hex_string(), "0x." + std::string(127, 'c') + "dp-3");
  BigFloat two600 = BigFloat::make(BigInt(1), 600);
  EXPECT_EQ((two600 + BigFloat::from_int(BigInt(1))).to_hex_string(), "0x.8p+601");
  EXPECT_EQ((two600 - BigFloat::from_int(BigInt(1))).to_hex_string(), "0x.8p+601");
  EXPECT_EQ((two600 - two600).to_hex_string(), "0");
  EXPECT_EQ(BigFloat().to_hex_string(), "0");
  EXPECT_EQ(BigFloat::from_double(-1.0).to_hex_string(), "-0x.8p+1");
}

TEST(BigFloat, DecimalParsingMatchesSetString) {
  BigFloat x = BigFloat::from_decimal(BigInt(1), -5000, 0);
  BigFloat y = BigFloat::from_decimal(BigInt(33), 3999, 0);
  EXPECT_EQ((x + y).to_hex_string(),
            "0x.ad06ac30e50693d0116c522c7ba9e160938668b683c62cc30794d74c758fe7766ba755ce92370295fb4db8185095c7809ce20b8a4544f042ae89a65e87aebfabp+13290");
  EXPECT_EQ((y / x).to_hex_string(),
            "0x.86dc31090ed022386913c29ef97213d7ec73b878641d70c92ccfddffd6ea92214fa10a307c0a473dca1a06cd9ea6c3ddc149b1ed0f6f280890917137a7389875p+29900");
  // Exponents beyond int32 overflow (SetString's error) or underflow.
  EXPECT_TRUE(BigFloat::from_decimal(BigInt(1), 1000000000, 0).is_inf());
  EXPECT_TRUE(BigFloat::from_decimal(BigInt(1), -1000000000, 0).is_zero());
  EXPECT_TRUE(BigFloat::from_decimal(BigInt(1), -3000000000, 0).is_inf());
}

TEST(BigFloat, RoundingModesAndTies) {
  // 2**8 + 1 at 8 bits: a tie, to even (down); 2**8 + 3: a tie, up.
  EXPECT_EQ(BigFloat::make(BigInt(257), 0, false, 8).mantissa(), BigInt(1));
  EXPECT_EQ(BigFloat::make(BigInt(257), 0, false, 8).exponent(), 8);
  EXPECT_EQ(*BigFloat::make(BigInt(259), 0, false, 8).to_int(), BigInt(260));
  EXPECT_EQ(*BigFloat::make(BigInt(257), 0, true, 8).to_int(), BigInt(258));  // sticky: above the tie
  EXPECT_EQ(*BigFloat::make(BigInt(-259), 0, false, 8).to_int(), BigInt(-260));
  EXPECT_EQ(*BigFloat::make(BigInt(511), 0, false, 8).to_int(), BigInt(512));  // carry
  EXPECT_EQ(*BigFloat::make(BigInt(511), 0, false, 8, Rounding::ToZero).to_int(), BigInt(510));
  EXPECT_EQ(*BigFloat::make(BigInt(509), 0, false, 8, Rounding::AwayFromZero).to_int(), BigInt(510));
  EXPECT_EQ(*BigFloat::make(BigInt(-509), 0, false, 8, Rounding::AwayFromZero).to_int(), BigInt(-510));
  // Sticky alone on a short mantissa still rounds away from zero.
  EXPECT_EQ(BigFloat::make(BigInt(1), 0, true, 8, Rounding::AwayFromZero).to_hex_string(), "0x.81p+1");
}

TEST(BigFloat, CompareAndQueries) {
  BigFloat a = ratio(1, 3), b = ratio(1, 2), big = BigFloat::make(BigInt(1), 100000);
  EXPECT_EQ(compare(a, b), -1);
  EXPECT_EQ(compare(b, a), 1);
  EXPECT_EQ(compare(a, a), 0);
  EXPECT_EQ(compare(-big, a), -1);
  EXPECT_EQ(compare(big, big + a), 0);  // a is far below half an ulp of big
  EXPECT_EQ(big.mant_exp(), 100001);
  EXPECT_EQ(b.mant_exp(), 0);
  EXPECT_TRUE(BigFloat::from_int(BigInt(12)).is_int());
  EXPECT_FALSE(b.is_int());
  EXPECT_EQ(*BigFloat::from_int(BigInt(-12)).to_int(), BigInt(-12));
  EXPECT_FALSE(a.to_int());
}

TEST(BigFloat, ExponentOverflowIsInfinity) {
  BigFloat huge = BigFloat::make(BigInt(1), int64_t(1) << 30);
  EXPECT_FALSE(huge.is_inf());
  EXPECT_TRUE((huge * huge).is_inf());
  // MantExp exponents down to INT32_MIN are kept; below, the result is 0.
  BigFloat tiny = BigFloat::make(BigInt(1), -(int64_t(1) << 30));
  EXPECT_EQ((tiny * tiny).mant_exp(), INT32_MIN + 1);
  EXPECT_TRUE((tiny * tiny * BigFloat::make(BigInt(1), -2)).is_zero());
}

TEST(BigFloat, ToFloat64MatchesHardwareDivision) {
  // IEEE division of exact operands is correctly rounded, as must be ours.
  std::mt19937_64 rng(5);
  for (int i = 0; i < 20000; i++) {
    int64_t a = int64_t(rng() >> 11) * ((rng() & 1) ? -1 : 1);  // < 2**53: exact doubles
    int64_t b = int64_t(rng() >> (11 + rng() % 50)) | 1;
    bool exact = false;
    ASSERT_EQ(ratio_to_ieee(BigInt(a), BigInt(b), kFloat64, &exact), double(a) / double(b)) << a << "/" << b;
    ASSERT_EQ(exact, std::fmod(double(a), double(b)) == 0 && std::fabs(double(a) / double(b)) < 9007199254740992.0) << a << "/" << b;
    ASSERT_EQ(ratio(a, b).to_float64(), double(a) / double(b));
    int32_t c = int32_t(rng() >> 40), d = int32_t(rng() >> (40 + rng() % 20)) | 1;
    ASSERT_EQ(ratio_to_ieee(BigInt(c), BigInt(d), kFloat32), double(float(c) / float(d)));
  }
}

TEST(BigFloat, ToFloatRangeEdges) {
  BigInt one(1);
  // Subnormals: 2**-1074 is the smallest; half of it ties to even (0).
  EXPECT_EQ(ratio_to_ieee(one, one << 1074, kFloat64), 4.9406564584124654e-324);
  EXPECT_EQ(ratio_to_ieee(one, one << 1075, kFloat64), 0.0);
  EXPECT_EQ(ratio_to_ieee(BigInt(3), one << 1076, kFloat64), 4.9406564584124654e-324);
  EXPECT_EQ(ratio_to_ieee(BigInt(3), one << 1075, kFloat64), 2 * 4.9406564584124654e-324);  // 1.5 ulp: even
  EXPECT_EQ(ratio_to_ieee(one, (one << 1075) - one, kFloat64), 4.9406564584124654e-324);    // just above half
  EXPECT_EQ(ratio_to_ieee(BigInt(-1), one << 2000, kFloat64), 0.0);
  EXPECT_TRUE(std::signbit(ratio_to_ieee(BigInt(-1), one << 2000, kFloat64)));
  // Overflow: the midpoint above DBL_MAX rounds to even, which is infinity.
  BigInt mid = (one << 1024) - (one << 970);
  EXPECT_TRUE(std::isinf(ratio_to_ieee(mid, one, kFloat64)));
  EXPECT_EQ(ratio_to_ieee(mid - one, one, kFloat64), DBL_MAX);
  // float32: FLT_MAX, its midpoint, the smallest subnormal 2**-149.
  BigInt mid32 = (one << 128) - (one << 103);
  EXPECT_TRUE(std::isinf(ratio_to_ieee(mid32, one, kFloat32)));
  EXPECT_EQ(ratio_to_ieee(mid32 - one, one, kFloat32), double(FLT_MAX));
  EXPECT_EQ(ratio_to_ieee(one, one << 149, kFloat32), double(std::ldexp(1.0f, -149)));
  EXPECT_EQ(ratio_to_ieee(one, one << 150, kFloat32), 0.0);
  EXPECT_EQ(ratio_to_ieee(BigInt(16777217), one, kFloat32), 16777216.0);
  bool exact = true;
  EXPECT_EQ(ratio_to_ieee(BigInt(1), BigInt(10), kFloat32, &exact), double(0.1f));
  EXPECT_FALSE(exact);
  EXPECT_EQ(BigFloat::make(one, 5000).to_float64(), HUGE_VAL);
  EXPECT_EQ(BigFloat::make(BigInt(-1), 5000).to_float32(), -HUGE_VAL);
  // Doubles round-trip exactly.
  for (double d : {0.1, -1e-310, 1e308, 5e-324, 123.456, -0.0}) {
    EXPECT_EQ(BigFloat::from_double(d).to_float64(&exact), d);
    EXPECT_TRUE(exact);
  }
}

}  // namespace
}  // namespace goro::lang
