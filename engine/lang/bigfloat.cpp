// BigFloat (bigfloat.hpp): every operation computes its result exactly in a
// BigInt (or exactly enough: a quotient with two guard bits and a sticky
// remainder flag) and rounds once, in make(). That single rounding point is
// what makes results agree with big.Float bit for bit.
#include "bigfloat.hpp"

#include <cassert>
#include <climits>
#include <cmath>

namespace goro::lang {

namespace {

// round_up() decides the rounding of a value whose kept part ends in an odd
// or even bit, with `half` the first dropped bit and `rest` whether anything
// nonzero lies below it.
bool round_up(Rounding mode, bool odd, bool half, bool rest) {
  switch (mode) {
    case Rounding::NearestEven:
      return half && (rest || odd);
    case Rounding::ToZero:
      return false;
    case Rounding::AwayFromZero:
      return half || rest;
  }
  return false;
}

int64_t bit_len64(const BigInt& x) { return int64_t(x.bit_len()); }

}  // namespace

BigFloat BigFloat::make(BigInt mant, int64_t exp, bool sticky, size_t prec, Rounding mode) {
  if (mant.is_zero()) return {};
  bool neg = mant.is_negative();
  BigInt q = mant.abs();
  // Phase 1: make room for two guard bits when only the sticky flag tells
  // that the value is inexact, so every mode sees where it lies.
  if (sticky && q.bit_len() < prec + 2) {
    size_t grow = prec + 2 - q.bit_len();
    q <<= grow;
    exp -= int64_t(grow);
  }
  // Phase 2: drop the bits beyond prec, rounding by mode.
  if (q.bit_len() > prec) {
    size_t shift = q.bit_len() - prec;
    bool half = q.test_bit(shift - 1);
    bool rest = sticky || q.low_bits_nonzero(shift - 1);
    q >>= shift;
    exp += int64_t(shift);
    if (round_up(mode, q.is_odd(), half, rest)) {
      q += BigInt(1);
      if (q.bit_len() > prec) q >>= 1, exp++;  // carried into 2**prec
    }
  }
  // Phase 3: normalize (odd mantissa) and check the exponent range.
  size_t tz = q.trailing_zero_bits();
  q >>= tz;
  exp += int64_t(tz);
  int64_t e = exp + bit_len64(q);
  if (e > INT32_MAX) return infinity(neg);
  if (e < INT32_MIN) return {};
  BigFloat r;
  r.mant_ = neg ? -q : q;
  r.exp_ = exp;
  return r;
}

BigFloat BigFloat::infinity(bool negative) {
  BigFloat r;
  r.mant_ = BigInt(negative ? -1 : 1);
  r.inf_ = true;
  return r;
}

BigFloat BigFloat::from_ratio(const BigInt& num, const BigInt& den) {
  assert(den.sign() > 0 && "from_ratio: denominator must be positive");
  if (den == BigInt(1)) return make(num, 0);
  // Shift so the quotient has at least kPrecision + 2 bits; the remainder
  // only tells whether anything is left (sticky).
  int64_t k = int64_t(kPrecision) + 2 + bit_len64(den) - bit_len64(num);
  if (k < 0) k = 0;
  auto [q, r] = quo_rem(num.abs() << size_t(k), den);
  return make(num.is_negative() ? -q : q, -k, !r.is_zero());
}

BigFloat BigFloat::from_double(double d) {
  assert(std::isfinite(d) && "from_double: not finite");
  int e = 0;
  double frac = std::frexp(d, &e);  // d = frac * 2**e, 0.5 <= |frac| < 1
  auto m = int64_t(std::ldexp(frac, 53));
  return make(BigInt(m), int64_t(e) - 53);
}

BigFloat BigFloat::pow5(uint64_t n, size_t prec) {
  // As big.Float.pow5: exact up to 5**27, then square-and-multiply with the
  // running square kept at 64 more bits than the product.
  constexpr uint64_t kMaxExact = 27;
  BigInt five27 = pow(BigInt(5), kMaxExact);
  if (n <= kMaxExact) return make(pow(BigInt(5), n), 0, false, prec);
  BigFloat z = make(five27, 0, false, prec);
  n -= kMaxExact;
  BigFloat f = make(BigInt(5), 0, false, prec + 64);
  while (n > 0) {
    if (n & 1) z = mul_prec(z, f, prec);
    f = mul_prec(f, f, prec + 64);
    n >>= 1;
  }
  return z;
}

BigFloat BigFloat::from_decimal(const BigInt& mant, int64_t exp10, int64_t exp2) {
  if (mant.is_zero()) return {};
  // big.Float.SetString fails ("exponent overflow") when the binary
  // exponent of mant * 2**(exp10 + exp2) leaves int32; go/constant then
  // yields Unknown, as it does for infinity.
  int64_t e2 = bit_len64(mant) + exp2 + exp10;
  if (e2 < INT32_MIN || e2 > INT32_MAX) return infinity(mant.is_negative());
  if (exp10 == 0) return make(mant, exp2);
  BigFloat x;
  x.mant_ = mant;  // exact: rounded only by the one operation below
  x.exp_ = exp2 + exp10;
  BigFloat p = pow5(uint64_t(exp10 < 0 ? -exp10 : exp10), kPrecision + 64);
  return exp10 < 0 ? x / p : x * p;
}

int64_t BigFloat::mant_exp() const {
  if (mant_.is_zero() || inf_) return 0;
  return exp_ + bit_len64(mant_);
}

std::optional<BigInt> BigFloat::to_int() const {
  if (!is_int()) return std::nullopt;
  return mant_ << size_t(exp_);
}

BigFloat BigFloat::round(size_t prec, Rounding mode) const {
  if (inf_) return *this;
  return make(mant_, exp_, false, prec, mode);
}

BigFloat BigFloat::operator-() const {
  BigFloat r = *this;
  r.mant_ = -r.mant_;
  return r;
}

BigFloat operator+(const BigFloat& x, const BigFloat& y) {
  if (x.inf_) return x;
  if (y.inf_) return y;
  if (x.is_zero()) return y;
  if (y.is_zero()) return x;
  // When one operand lies entirely below half an ulp of the other, the sum
  // rounds to the larger (exactly representable) one; this keeps 1e1000000
  // + 1 from building a million-bit integer.
  int64_t hx = x.mant_exp(), hy = y.mant_exp();
  constexpr int64_t kGap = int64_t(BigFloat::kPrecision) + 4;
  if (hx - hy > kGap) return x;
  if (hy - hx > kGap) return y;
  int64_t e = std::min(x.exp_, y.exp_);
  BigInt sum = (x.mant_ << size_t(x.exp_ - e)) + (y.mant_ << size_t(y.exp_ - e));
  return BigFloat::make(std::move(sum), e);
}

BigFloat operator-(const BigFloat& x, const BigFloat& y) { return x + (-y); }

BigFloat mul_prec(const BigFloat& x, const BigFloat& y, size_t prec) {
  if (x.inf_ || y.inf_) return BigFloat::infinity((x.sign() < 0) != (y.sign() < 0));
  return BigFloat::make(x.mant_ * y.mant_, x.exp_ + y.exp_, false, prec);
}

BigFloat operator*(const BigFloat& x, const BigFloat& y) {
  return mul_prec(x, y, BigFloat::kPrecision);
}

BigFloat operator/(const BigFloat& x, const BigFloat& y) {
  assert(!y.is_zero() && "BigFloat division by zero");
  if (x.inf_) return BigFloat::infinity((x.sign() < 0) != (y.sign() < 0));
  if (y.inf_ || x.is_zero()) return {};
  // Quotient with at least kPrecision + 2 bits, remainder as sticky bit.
  int64_t k = int64_t(BigFloat::kPrecision) + 2 + bit_len64(y.mant_) - bit_len64(x.mant_);
  if (k < 0) k = 0;
  auto [q, r] = quo_rem(x.mant_ << size_t(k), y.mant_);
  return BigFloat::make(std::move(q), x.exp_ - y.exp_ - k, !r.is_zero());
}

int compare(const BigFloat& x, const BigFloat& y) {
  if (x.sign() != y.sign()) return x.sign() < y.sign() ? -1 : 1;
  if (x.inf_ || y.inf_) {
    if (x.inf_ && y.inf_) return 0;
    return (x.inf_ ? 1 : -1) * x.sign();
  }
  // Rounding never turns a nonzero difference into zero or flips its sign.
  return (x - y).sign();
}

double BigFloat::to_float64(bool* exact) const {
  if (inf_) {
    if (exact) *exact = false;
    return mant_.sign() * HUGE_VAL;
  }
  return round_to_ieee(mant_, exp_, false, kFloat64, exact);
}

double BigFloat::to_float32(bool* exact) const {
  if (inf_) {
    if (exact) *exact = false;
    return mant_.sign() * HUGE_VAL;
  }
  return round_to_ieee(mant_, exp_, false, kFloat32, exact);
}

std::string BigFloat::to_hex_string() const {
  if (inf_) return mant_.sign() < 0 ? "-Inf" : "+Inf";
  if (mant_.is_zero()) return "0";
  // The mantissa as a fraction 0.xxx in [0.5, 1): pad it to whole hex
  // digits on the right, so the first digit has its top bit set.
  BigInt m = mant_.abs();
  size_t pad = (4 - m.bit_len() % 4) % 4;
  std::string hex = (m << pad).to_string(16);
  while (!hex.empty() && hex.back() == '0') hex.pop_back();
  int64_t e = mant_exp();
  return std::string(mant_.is_negative() ? "-" : "") + "0x." + hex + "p" + (e >= 0 ? "+" : "") +
         std::to_string(e);
}

double round_to_ieee(const BigInt& mant, int64_t exp, bool sticky, IeeeFormat format,
                     bool* exact) {
  bool dummy;
  bool& ex = exact ? *exact : dummy;
  if (mant.is_zero()) {
    ex = !sticky;
    return 0.0;
  }
  double sign = mant.is_negative() ? -1.0 : 1.0;
  int64_t msb = exp + bit_len64(mant) - 1;  // 2**msb <= |value| < 2**(msb+1)
  ex = false;
  if (msb > format.max_exp + 1) return sign * HUGE_VAL;
  if (msb < format.min_exp - format.mant_bits - 1) return sign * 0.0;
  // Subnormals keep fewer bits: the last kept bit never goes below
  // min_exp - (mant_bits - 1).
  int64_t p = format.mant_bits;
  if (msb < format.min_exp) p -= format.min_exp - msb;
  int64_t lsb = msb - p + 1;
  int64_t drop = lsb - exp;  // bits of mant below the result's last bit
  BigInt q = mant.abs();
  if (drop <= 0) {
    assert(!sticky && "round_to_ieee: sticky needs guard bits");
    ex = true;
    lsb = exp;
  } else {
    bool half = q.test_bit(size_t(drop - 1));
    bool rest = sticky || q.low_bits_nonzero(size_t(drop - 1));
    q >>= size_t(drop);
    if (half && (rest || q.is_odd())) q += BigInt(1);
    ex = !half && !rest;
  }
  // q has at most mant_bits + 1 bits (a carry): exact as a double.
  double r = std::ldexp(double(q.to_uint64()), int(lsb));
  int64_t top = lsb + bit_len64(q) - 1;
  if (top > format.max_exp) {
    ex = false;
    return sign * HUGE_VAL;
  }
  return sign * r;
}

double ratio_to_ieee(const BigInt& num, const BigInt& den, IeeeFormat format, bool* exact) {
  assert(den.sign() > 0 && "ratio_to_ieee: denominator must be positive");
  // A quotient of at least 64 bits leaves 11 or more bits below any
  // double's last bit, and the remainder says whether more is left.
  int64_t k = 64 + bit_len64(den) - bit_len64(num);
  if (k < 0) k = 0;
  auto [q, r] = quo_rem(num.abs() << size_t(k), den);
  if (num.is_negative()) q = -q;
  return round_to_ieee(q, -k, !r.is_zero(), format, exact);
}

}  // namespace goro::lang
