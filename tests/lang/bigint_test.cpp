// BigInt: cross-checked against __int128 on random small values, against
// identities on huge ones, and against values computed with Python.
#include "bigint.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <random>
#include <string>

namespace goro::lang {
namespace {

using i128 = __int128;

std::string to_string128(i128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
  std::string s;
  while (u != 0) s.insert(s.begin(), char('0' + int(u % 10))), u /= 10;
  return neg ? "-" + s : s;
}

BigInt big(i128 v) { return *BigInt::parse(to_string128(v), 10); }

BigInt dec(std::string_view s) { return *BigInt::parse(s, 10); }

int digit_sum(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '-' ? 0 : c - '0';
  return n;
}

// A random value of a random bit length (up to max_bits), either sign.
int64_t random_int(std::mt19937_64& rng, int max_bits) {
  int bits = int(rng() % uint64_t(max_bits + 1));
  uint64_t v = bits == 0 ? 0 : rng() >> (64 - bits);
  return (rng() & 1) ? -int64_t(v >> 1) : int64_t(v >> 1);
}

TEST(BigInt, SmallValuesAndPrinting) {
  EXPECT_EQ(BigInt().to_string(), "0");
  EXPECT_EQ(BigInt(0).to_string(), "0");
  EXPECT_EQ(BigInt(-1).to_string(), "-1");
  EXPECT_EQ(BigInt(INT64_MIN).to_string(), "-9223372036854775808");
  EXPECT_EQ(BigInt::from_uint64(UINT64_MAX).to_string(), "18446744073709551615");
  EXPECT_EQ(BigInt(255).to_string(16), "ff");
  EXPECT_EQ(BigInt(-8).to_string(2), "-1000");
  EXPECT_EQ((BigInt(1) << 64).to_string(), "18446744073709551616");
  EXPECT_EQ(BigInt(0).sign(), 0);
  EXPECT_EQ(BigInt(-5).sign(), -1);
  EXPECT_FALSE((BigInt(5) - BigInt(5)).is_negative());  // no negative zero
  EXPECT_EQ(-BigInt(0), BigInt(0));
}

TEST(BigInt, ParseLiterals) {
  EXPECT_EQ(BigInt::parse_literal("1_000_000")->to_string(), "1000000");
  EXPECT_EQ(BigInt::parse_literal("0x_FF")->to_string(), "255");
  EXPECT_EQ(BigInt::parse_literal("0XdeadBEEF")->to_string(), "3735928559");
  EXPECT_EQ(BigInt::parse_literal("0o17")->to_string(), "15");
  EXPECT_EQ(BigInt::parse_literal("0O17")->to_string(), "15");
  EXPECT_EQ(BigInt::parse_literal("017")->to_string(), "15");
  EXPECT_EQ(BigInt::parse_literal("0")->to_string(), "0");
  EXPECT_EQ(BigInt::parse_literal("0b1011")->to_string(), "11");
  EXPECT_EQ(BigInt::parse_literal("-0x10")->to_string(), "-16");
  EXPECT_EQ(BigInt::parse_literal("123456789012345678901234567890")->to_string(),
            "123456789012345678901234567890");
  EXPECT_FALSE(BigInt::parse_literal("08"));
  EXPECT_FALSE(BigInt::parse_literal("0x"));
  EXPECT_FALSE(BigInt::parse_literal("0b2"));
  EXPECT_FALSE(BigInt::parse_literal("12a"));
  EXPECT_FALSE(BigInt::parse_literal(""));
  EXPECT_EQ(BigInt::parse("zz", 36)->to_string(), "1295");
}

TEST(BigInt, RoundTripsInEveryBase) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200; i++) {
    BigInt x = BigInt(random_int(rng, 63));
    for (int k = 0; k < int(rng() % 8); k++) x = x * BigInt(random_int(rng, 63)) + BigInt(random_int(rng, 40));
    for (int base : {2, 8, 10, 16, 36}) {
      EXPECT_EQ(*BigInt::parse(x.to_string(base), base), x) << x.to_string() << " base " << base;
    }
  }
}

// Every operation against __int128 on operands small enough not to
// overflow it.
TEST(BigInt, RandomCrossCheckAgainstInt128) {
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 5000; i++) {
    int64_t a = random_int(rng, 63), b = random_int(rng, 63);
    BigInt x(a), y(b);
    i128 A = a, B = b;
    ASSERT_EQ((x + y).to_string(), to_string128(A + B));
    ASSERT_EQ((x - y).to_string(), to_string128(A - B));
    ASSERT_EQ((x * y).to_string(), to_string128(A * B));
    ASSERT_EQ((x & y).to_string(), to_string128(A & B));
    ASSERT_EQ((x | y).to_string(), to_string128(A | B));
    ASSERT_EQ((x ^ y).to_string(), to_string128(A ^ B));
    ASSERT_EQ(and_not(x, y).to_string(), to_string128(A & ~B));
    ASSERT_EQ((~x).to_string(), to_string128(~A));
    ASSERT_EQ(compare(x, y), (A > B) - (A < B));
    if (b != 0) {
      ASSERT_EQ((x / y).to_string(), to_string128(A / B)) << a << " / " << b;
      ASSERT_EQ((x % y).to_string(), to_string128(A % B)) << a << " % " << b;
    }
    unsigned s = unsigned(rng() % 64);
    ASSERT_EQ((x << s).to_string(), to_string128(A * (i128(1) << s)));
    ASSERT_EQ((x >> s).to_string(), to_string128(A >> s)) << a << " >> " << s;  // arithmetic
    ASSERT_EQ(x.fits_int64(), true);
    ASSERT_EQ(x.to_int64(), a);
    ASSERT_EQ(x.to_double(), double(a));
    ASSERT_EQ(BigInt::from_double(double(a)).to_string(), to_string128(i128(double(a))));
  }
}

// Products of 64-bit values exercise the multi-limb division paths.
TEST(BigInt, RandomWideDivisionAgainstInt128) {
  std::mt19937_64 rng(99);
  for (int i = 0; i < 5000; i++) {
    i128 A = i128(random_int(rng, 63)) * random_int(rng, 63);
    i128 B = i128(random_int(rng, 63)) * (random_int(rng, 20) | 1);
    if (B == 0) continue;
    ASSERT_EQ((big(A) / big(B)).to_string(), to_string128(A / B));
    ASSERT_EQ((big(A) % big(B)).to_string(), to_string128(A % B));
    ASSERT_EQ((big(A) >> 70).to_string(), to_string128(A >> 70));
    ASSERT_EQ((big(A) & big(B)).to_string(), to_string128(A & B));
    ASSERT_EQ((big(A) | big(B)).to_string(), to_string128(A | B));
    ASSERT_EQ((big(A) ^ big(B)).to_string(), to_string128(A ^ B));
  }
}

TEST(BigInt, Int64AndUint64Edges) {
  BigInt min = BigInt(INT64_MIN), max = BigInt(INT64_MAX);
  EXPECT_TRUE(min.fits_int64());
  EXPECT_TRUE(max.fits_int64());
  EXPECT_FALSE((min - BigInt(1)).fits_int64());
  EXPECT_FALSE((max + BigInt(1)).fits_int64());
  EXPECT_TRUE((max + BigInt(1)).fits_uint64());
  EXPECT_EQ((max + BigInt(1)).to_uint64(), uint64_t(1) << 63);
  EXPECT_TRUE(BigInt::from_uint64(UINT64_MAX).fits_uint64());
  EXPECT_FALSE((BigInt::from_uint64(UINT64_MAX) + BigInt(1)).fits_uint64());
  EXPECT_FALSE(BigInt(-1).fits_uint64());
  EXPECT_EQ(BigInt(-1).to_uint64(), UINT64_MAX);  // two's complement low bits
  EXPECT_EQ(min.to_int64(), INT64_MIN);
  EXPECT_EQ((-min).to_string(), "9223372036854775808");
}

TEST(BigInt, BitQueries) {
  EXPECT_EQ(BigInt(0).bit_len(), 0u);
  EXPECT_EQ(BigInt(1).bit_len(), 1u);
  EXPECT_EQ(BigInt(-255).bit_len(), 8u);
  EXPECT_EQ((BigInt(1) << 1000).bit_len(), 1001u);
  EXPECT_EQ((BigInt(1) << 1000).trailing_zero_bits(), 1000u);
  EXPECT_TRUE((BigInt(5) << 100).test_bit(100));
  EXPECT_FALSE((BigInt(5) << 100).test_bit(101));
  EXPECT_TRUE((BigInt(5) << 100).test_bit(102));
  EXPECT_FALSE((BigInt(1) << 100).low_bits_nonzero(100));
  EXPECT_TRUE((BigInt(1) << 100).low_bits_nonzero(101));
}

TEST(BigInt, TwosComplementSemantics) {
  // Go's spec examples and big.Int's infinite two's complement.
  EXPECT_EQ((BigInt(-7) >> 1).to_string(), "-4");
  EXPECT_EQ((BigInt(-8) >> 1).to_string(), "-4");
  EXPECT_EQ((BigInt(-1) >> 1000).to_string(), "-1");
  EXPECT_EQ((BigInt(1) >> 1000).to_string(), "0");
  EXPECT_EQ(((BigInt(-1) << 300) >> 299).to_string(), "-2");
  EXPECT_EQ((~BigInt(0)).to_string(), "-1");
  BigInt h = BigInt(1) << 200;
  EXPECT_EQ(and_not(BigInt(-1), h), BigInt(-1) - h);  // all ones but bit 200
  EXPECT_EQ((-h & (h - BigInt(1))).to_string(), "0");
  EXPECT_EQ((-h | (h - BigInt(1))).to_string(), "-1");
  EXPECT_EQ(BigInt::parse_literal("-0x5a4653ca673768565b41f775d6947d55cf3813d1")->to_string(16),
            "-5a4653ca673768565b41f775d6947d55cf3813d1");
}

TEST(BigInt, IdentitiesOnHugeValues) {
  std::mt19937_64 rng(2024);
  auto huge = [&](int limbs) {
    BigInt x;
    for (int i = 0; i < limbs; i++) x = (x << 32) + BigInt::from_uint64(rng() & 0xffffffff);
    return (rng() & 1) ? -x : x;
  };
  for (int i = 0; i < 200; i++) {
    BigInt a = huge(1 + int(rng() % 40)), b = huge(1 + int(rng() % 40));
    if (b.is_zero()) continue;
    auto [q, r] = quo_rem(a, b);
    ASSERT_EQ(q * b + r, a);
    ASSERT_LT(compare_abs(r, b), 0);
    ASSERT_TRUE(r.is_zero() || r.sign() == a.sign());
    ASSERT_EQ((a * b) / b, a);
    ASSERT_TRUE(((a * b) % b).is_zero());
    ASSERT_EQ((a << 77) >> 77, a);
    ASSERT_EQ((a & b) + (a | b), a + b);
    ASSERT_EQ(a ^ b ^ b, a);
    ASSERT_EQ(and_not(a, b), a & ~b);
    ASSERT_EQ(~~a, a);
    ASSERT_EQ((a + b) - b, a);
    ASSERT_EQ(a >> 40, (a - (a & ((BigInt(1) << 40) - BigInt(1)))) / (BigInt(1) << 40));
    BigInt g = gcd(a, b);
    ASSERT_TRUE((a % g).is_zero() && (b % g).is_zero());
    ASSERT_EQ(gcd(a / g, b / g), BigInt(1));
  }
}

TEST(BigInt, ValuesComputedWithPython) {
  // 2**10000: 3011 digits, digit sum 13561.
  std::string p = (BigInt(1) << 10000).to_string();
  EXPECT_EQ(p.size(), 3011u);
  EXPECT_EQ(digit_sum(p), 13561);
  EXPECT_EQ(p.substr(0, 40), "1995063116880758384883742162683585083823");
  EXPECT_EQ(p.substr(p.size() - 40), "1316063210686391511681774304792596709376");
  EXPECT_EQ(dec(p), BigInt(1) << 10000);
  // 1000!: 2568 digits, digit sum 10539, 249 trailing zeros.
  BigInt f(1);
  for (int i = 2; i <= 1000; i++) f *= BigInt(i);
  std::string fs = f.to_string();
  EXPECT_EQ(fs.size(), 2568u);
  EXPECT_EQ(digit_sum(fs), 10539);
  EXPECT_EQ(fs.size() - fs.find_last_not_of('0') - 1, 249u);
  // 3**500 * 7**400
  std::string q = (pow(BigInt(3), 500) * pow(BigInt(7), 400)).to_string();
  EXPECT_EQ(q.size(), 577u);
  EXPECT_EQ(q.substr(0, 50), "39796361344417060441868578183663991497228000947648");
  EXPECT_EQ(pow(BigInt(3), 50).to_string(8), "230012517606662772047361711");
  EXPECT_EQ(pow(BigInt(3), 20).to_string(2), "11001111110101000001101110010001");
}

TEST(BigInt, ThousandDigitArithmeticIsInstant) {
  auto start = std::chrono::steady_clock::now();
  BigInt n = pow(BigInt(10), 1000) - BigInt(1);  // 1000 nines
  // (10**n - 1)**2 == 99..98 00..01 (n-1 nines, 8, n-1 zeros, 1)
  std::string sq = (n * n).to_string();
  EXPECT_EQ(sq, std::string(999, '9') + "8" + std::string(999, '0') + "1");
  EXPECT_EQ((n * n) / n, n);
  for (int i = 0; i < 100; i++) (void)((n * n) % (n - BigInt(i + 2)));
  BigInt big = BigInt(1) << 10000;
  EXPECT_EQ(big.to_string().size(), 3011u);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  EXPECT_LT(ms.count(), 2000.0);  // generous: sanitizer and debug builds
}

TEST(BigInt, ToDoubleRoundsToNearestEven) {
  BigInt two53 = BigInt(1) << 53;
  EXPECT_EQ((two53 + BigInt(1)).to_double(), 9007199254740992.0);  // tie: even
  EXPECT_EQ((two53 + BigInt(3)).to_double(), 9007199254740996.0);  // tie: even (up)
  // Ties and near-ties far above 64 bits, where the sticky bit matters.
  BigInt m = (BigInt(1) << 200) + (BigInt(1) << 147);  // exactly half an ulp above 2**200
  EXPECT_EQ(m.to_double(), std::ldexp(1.0, 200));
  EXPECT_EQ((m + BigInt(1)).to_double(), std::ldexp(1.0, 200) + std::ldexp(1.0, 148));
  EXPECT_EQ(-(m + BigInt(1)).to_double(), -(std::ldexp(1.0, 200) + std::ldexp(1.0, 148)));
  EXPECT_EQ((BigInt(1) << 1023).to_double(), std::ldexp(1.0, 1023));
  EXPECT_TRUE(std::isinf((BigInt(1) << 1024).to_double()));
  // 2**1024 - 2**970 is the midpoint above DBL_MAX: rounds to even, i.e. inf.
  EXPECT_TRUE(std::isinf(((BigInt(1) << 1024) - (BigInt(1) << 970)).to_double()));
  EXPECT_EQ(((BigInt(1) << 1024) - (BigInt(1) << 970) - BigInt(1)).to_double(), 1.7976931348623157e308);
  EXPECT_EQ(BigInt::from_double(1e300).to_double(), 1e300);
  EXPECT_EQ(BigInt::from_double(-2.5).to_string(), "-2");
  EXPECT_EQ(BigInt::from_double(0.99).to_string(), "0");
  EXPECT_EQ(BigInt::from_double(NAN).to_string(), "0");
}

TEST(BigInt, GcdAndPow) {
  EXPECT_EQ(gcd(BigInt(0), BigInt(0)), BigInt(0));
  EXPECT_EQ(gcd(BigInt(-12), BigInt(18)), BigInt(6));
  EXPECT_EQ(gcd(BigInt(0), BigInt(-7)), BigInt(7));
  EXPECT_EQ(pow(BigInt(2), 0), BigInt(1));
  EXPECT_EQ(pow(BigInt(-2), 3), BigInt(-8));
  EXPECT_EQ(pow(BigInt(10), 30).to_string(), "1" + std::string(30, '0'));
}

}  // namespace
}  // namespace goro::lang
