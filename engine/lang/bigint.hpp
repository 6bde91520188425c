// BigInt: an arbitrary-precision signed integer, the integer half of Go's
// untyped constants (what math/big.Int is to go/constant).
//
//   BigInt x = *BigInt::parse_literal("0x_FFFF_FFFF_FFFF_FFFF_FF");
//   BigInt y = (x << 100) / BigInt(3);   // / and % truncate, as Go's do
//   y.to_string();                       // decimal
//
// Bitwise operators (& | ^ ~ and_not) and >> act on the infinite two's
// complement form, as big.Int's do: -1 is ...1111, -8 >> 1 == -4,
// -7 >> 1 == -4 (>> is arithmetic: it floors).
//
// Invariants: mag_ holds the magnitude in 32-bit limbs, least significant
// first, with no high zero limbs (zero is the empty vector); neg_ is false
// when mag_ is empty, so every value has exactly one representation.
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goro::lang {

class BigInt {
 public:
  using Limb = uint32_t;
  static constexpr int kLimbBits = 32;

  BigInt() = default;
  // Any signed integer converts implicitly (BigInt(3), x + 1); unsigned
  // values say from_uint64(), so that no value is silently reinterpreted.
  template <std::signed_integral T>
  BigInt(T v) : BigInt(from_int64(static_cast<int64_t>(v))) {}  // NOLINT
  static BigInt from_int64(int64_t v);
  static BigInt from_uint64(uint64_t v);

  // from_double() is the integer part of d (truncated toward zero, as Go's
  // conversion of a float to an integer); 0 for NaN and infinities.
  static BigInt from_double(double d);

  // parse_literal() reads a Go integer literal: decimal, 0x/0X hex, 0o/0O or
  // a leading 0 octal, 0b/0B binary, '_' between digits. An optional sign
  // is accepted, as by strconv.ParseInt. nullopt if a digit is out of range
  // or there is none.
  static std::optional<BigInt> parse_literal(std::string_view text);

  // parse() reads digits in base (2..36), optionally signed, '_' ignored.
  static std::optional<BigInt> parse(std::string_view digits, int base);

  // to_string() writes the value in base (2..36, lowercase), '-' if negative.
  std::string to_string(int base = 10) const;

  int sign() const { return mag_.empty() ? 0 : (neg_ ? -1 : 1); }
  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1) != 0; }

  // bit_len() is the length of |x| in bits (0 for 0), as big.Int.BitLen.
  size_t bit_len() const;
  // test_bit() is bit i of |x|.
  bool test_bit(size_t i) const;
  // trailing_zero_bits() is the number of low zero bits of |x| (0 for 0).
  size_t trailing_zero_bits() const;
  // low_bits_nonzero() reports whether any of the n low bits of |x| is set.
  bool low_bits_nonzero(size_t n) const;

  bool fits_int64() const;
  bool fits_uint64() const;
  // to_int64()/to_uint64() are the low 64 bits in two's complement (as
  // big.Int's Int64/Uint64): exact only when fits_int64()/fits_uint64().
  int64_t to_int64() const;
  uint64_t to_uint64() const;
  // to_double() is the nearest double (ties to even); ±inf when too large.
  double to_double() const;

  BigInt abs() const;
  BigInt operator-() const;
  BigInt operator~() const;  // -x - 1

  friend BigInt operator+(const BigInt& x, const BigInt& y);
  friend BigInt operator-(const BigInt& x, const BigInt& y);
  friend BigInt operator*(const BigInt& x, const BigInt& y);
  // operator/ and operator% truncate toward zero (Go's / and %): the
  // remainder has the sign of x. y must not be zero (asserted).
  friend BigInt operator/(const BigInt& x, const BigInt& y);
  friend BigInt operator%(const BigInt& x, const BigInt& y);
  friend BigInt operator&(const BigInt& x, const BigInt& y);
  friend BigInt operator|(const BigInt& x, const BigInt& y);
  friend BigInt operator^(const BigInt& x, const BigInt& y);
  friend BigInt and_not(const BigInt& x, const BigInt& y);  // x &^ y
  friend BigInt operator<<(const BigInt& x, size_t n);
  friend BigInt operator>>(const BigInt& x, size_t n);  // arithmetic: floors

  BigInt& operator+=(const BigInt& y) { return *this = *this + y; }
  BigInt& operator-=(const BigInt& y) { return *this = *this - y; }
  BigInt& operator*=(const BigInt& y) { return *this = *this * y; }
  BigInt& operator<<=(size_t n) { return *this = *this << n; }
  BigInt& operator>>=(size_t n) { return *this = *this >> n; }

  // quo_rem() is (x / y, x % y) in one division.
  friend std::pair<BigInt, BigInt> quo_rem(const BigInt& x, const BigInt& y);
  // gcd() is the greatest common divisor of |x| and |y| (gcd(0, 0) == 0).
  friend BigInt gcd(BigInt x, BigInt y);
  // pow() is x**n.
  friend BigInt pow(BigInt x, uint64_t n);

  // compare() is -1, 0, +1 as x <, ==, > y; compare_abs() compares |x|, |y|.
  friend int compare(const BigInt& x, const BigInt& y);
  friend int compare_abs(const BigInt& x, const BigInt& y);
  friend bool operator==(const BigInt& x, const BigInt& y) = default;
  friend std::strong_ordering operator<=>(const BigInt& x, const BigInt& y) {
    return compare(x, y) <=> 0;
  }

  // limbs() is the magnitude, least significant limb first.
  const std::vector<Limb>& limbs() const { return mag_; }

 private:
  BigInt(bool neg, std::vector<Limb> mag);
  // from_twos() reads a two's complement limb vector (top bit = sign).
  static BigInt from_twos(std::vector<Limb> twos);

  bool neg_ = false;
  std::vector<Limb> mag_;
};

}  // namespace goro::lang
