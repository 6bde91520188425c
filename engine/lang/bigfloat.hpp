// BigFloat: a binary floating-point number with a 512-bit mantissa, for
// untyped float constants too large or too small to keep as exact fractions
// (go/constant's floatVal, which is a big.Float of precision 512).
//
// A value is mant * 2**exp. Every operation rounds its exact result to
// kPrecision bits, to nearest with ties to even, as big.Float does; the
// exponent of the result (in big.Float's MantExp sense) is a 32-bit int:
// beyond it a result is ±infinity (overflow) or zero (underflow).
//
// Also here: rounding an exact binary quantity to IEEE float32/float64
// (with subnormals), which fractions and big floats both need.
//
// Invariants: mant_ is zero or odd and has at most kPrecision bits; zero has
// exp_ == 0; inf_ holds only with mant_ == ±1 and exp_ == 0 (the sign).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "bigint.hpp"

namespace goro::lang {

enum class Rounding { NearestEven, ToZero, AwayFromZero };

class BigFloat {
 public:
  static constexpr size_t kPrecision = 512;

  BigFloat() = default;  // 0

  // make() rounds mant * 2**exp (plus a nonzero amount smaller than the
  // lowest bit of mant when sticky) to prec bits.
  static BigFloat make(BigInt mant, int64_t exp, bool sticky = false,
                       size_t prec = kPrecision, Rounding mode = Rounding::NearestEven);
  static BigFloat from_int(const BigInt& x) { return make(x, 0); }
  // from_ratio() is num / den rounded (den > 0): big.Float.SetRat.
  static BigFloat from_ratio(const BigInt& num, const BigInt& den);
  static BigFloat from_double(double d);  // exact; d must be finite
  static BigFloat infinity(bool negative);

  // from_decimal() is mant * 10**exp10 * 2**exp2 rounded to kPrecision, the
  // way big.Float.SetString computes it (5**|exp10| with 64 extra bits, then
  // one multiplication or division), so results match Go bit for bit.
  static BigFloat from_decimal(const BigInt& mant, int64_t exp10, int64_t exp2);

  int sign() const { return mant_.sign(); }
  bool is_zero() const { return mant_.is_zero(); }
  bool is_inf() const { return inf_; }
  // is_int() reports whether the value is an integer.
  bool is_int() const { return !inf_ && exp_ >= 0; }
  const BigInt& mantissa() const { return mant_; }
  int64_t exponent() const { return exp_; }

  // mant_exp() is big.Float.MantExp's exponent e: x == m * 2**e with
  // 0.5 <= |m| < 1 (0 for zero).
  int64_t mant_exp() const;

  // to_int() is the integer value, if is_int(). The caller keeps exponents
  // small (go/constant allows < 4096): the result has exp + 512 bits.
  std::optional<BigInt> to_int() const;

  // round() is the value rounded to prec bits with mode.
  BigFloat round(size_t prec, Rounding mode) const;

  BigFloat operator-() const;
  friend BigFloat operator+(const BigFloat& x, const BigFloat& y);
  friend BigFloat operator-(const BigFloat& x, const BigFloat& y);
  friend BigFloat operator*(const BigFloat& x, const BigFloat& y);
  friend BigFloat operator/(const BigFloat& x, const BigFloat& y);  // y != 0
  // compare() is -1, 0, +1 as x <, ==, > y.
  friend int compare(const BigFloat& x, const BigFloat& y);

  // to_float64()/to_float32() are the nearest IEEE values (ties to even,
  // subnormals, ±inf on overflow, ±0 on underflow); *exact tells whether no
  // rounding happened. A float32 result is returned as its exact double.
  double to_float64(bool* exact = nullptr) const;
  double to_float32(bool* exact = nullptr) const;

  // to_hex_string() is big.Float.Text('p', 0): "-0x.8p+1" for -1, "0" for 0.
  std::string to_hex_string() const;

 private:
  static BigFloat pow5(uint64_t n, size_t prec);
  friend BigFloat mul_prec(const BigFloat& x, const BigFloat& y, size_t prec);

  BigInt mant_;
  int64_t exp_ = 0;
  bool inf_ = false;
};

// IeeeFormat describes a binary interchange format for rounding.
struct IeeeFormat {
  int mant_bits;  // significand bits including the implicit one: 53 or 24
  int min_exp;    // exponent of the smallest normal: -1022 or -126
  int max_exp;    // exponent of the largest finite: 1023 or 127
};
inline constexpr IeeeFormat kFloat64{53, -1022, 1023};
inline constexpr IeeeFormat kFloat32{24, -126, 127};

// round_to_ieee() rounds ±mant * 2**exp (plus sticky, a nonzero amount below
// mant's lowest bit) to format, nearest-even; *exact reports no rounding.
double round_to_ieee(const BigInt& mant, int64_t exp, bool sticky, IeeeFormat format,
                     bool* exact = nullptr);

// ratio_to_ieee() is num / den (den > 0) rounded to format in one step, as
// big.Rat.Float64/Float32 do.
double ratio_to_ieee(const BigInt& num, const BigInt& den, IeeeFormat format,
                     bool* exact = nullptr);

}  // namespace goro::lang
