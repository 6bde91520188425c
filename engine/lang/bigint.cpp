// BigInt (bigint.hpp): magnitude arithmetic on 32-bit limbs (schoolbook
// multiplication, Knuth's algorithm D for division), signs on top, and the
// bitwise operators through a temporary two's complement form.
#include "bigint.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>

namespace goro::lang {

namespace {

using Limb = BigInt::Limb;
using Mag = std::vector<Limb>;
constexpr int kBits = BigInt::kLimbBits;

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int mag_compare(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag mag_add(const Mag& a, const Mag& b) {
  const Mag& big = a.size() >= b.size() ? a : b;
  const Mag& small = a.size() >= b.size() ? b : a;
  Mag r(big.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < big.size(); i++) {
    uint64_t s = uint64_t(big[i]) + (i < small.size() ? small[i] : 0) + carry;
    r[i] = Limb(s);
    carry = s >> kBits;
  }
  r[big.size()] = Limb(carry);
  trim(r);
  return r;
}

// mag_sub() is a - b; requires a >= b.
Mag mag_sub(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t d = int64_t(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = Limb(d + (borrow << kBits));
  }
  assert(borrow == 0 && "mag_sub: a < b");
  trim(r);
  return r;
}

Mag mag_mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); j++) {
      uint64_t t = uint64_t(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = Limb(t);
      carry = t >> kBits;
    }
    r[i + b.size()] = Limb(carry);
  }
  trim(r);
  return r;
}

// mul_add_small() sets m = m * f + a in place.
void mul_add_small(Mag& m, Limb f, Limb a) {
  uint64_t carry = a;
  for (Limb& limb : m) {
    uint64_t t = uint64_t(limb) * f + carry;
    limb = Limb(t);
    carry = t >> kBits;
  }
  if (carry != 0) m.push_back(Limb(carry));
}

// div_small() sets m = m / d in place and returns the remainder.
Limb div_small(Mag& m, Limb d) {
  uint64_t rem = 0;
  for (size_t i = m.size(); i-- > 0;) {
    uint64_t cur = (rem << kBits) | m[i];
    m[i] = Limb(cur / d);
    rem = cur % d;
  }
  trim(m);
  return Limb(rem);
}

Mag mag_shl(const Mag& a, size_t n) {
  if (a.empty()) return {};
  size_t limbs = n / kBits;
  int bits = int(n % kBits);
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); i++) {
    uint64_t v = uint64_t(a[i]) << bits;
    r[i + limbs] |= Limb(v);
    r[i + limbs + 1] |= Limb(v >> kBits);
  }
  trim(r);
  return r;
}

Mag mag_shr(const Mag& a, size_t n) {
  size_t limbs = n / kBits;
  if (limbs >= a.size()) return {};
  int bits = int(n % kBits);
  Mag r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); i++) {
    uint64_t v = a[i + limbs];
    if (i + limbs + 1 < a.size()) v |= uint64_t(a[i + limbs + 1]) << kBits;
    r[i] = Limb(v >> bits);
  }
  trim(r);
  return r;
}

// mag_divmod() sets q = u / v and r = u % v (v nonzero): Knuth's algorithm
// D (TAOCP 4.3.1) on normalized operands, as in Hacker's Delight's divmnu.
void mag_divmod(const Mag& u, const Mag& v, Mag& q, Mag& r) {
  assert(!v.empty() && "division by zero");
  if (mag_compare(u, v) < 0) {
    q.clear();
    r = u;
    return;
  }
  if (v.size() == 1) {
    q = u;
    Limb rem = div_small(q, v[0]);
    r = rem ? Mag{rem} : Mag{};
    return;
  }
  // Normalize: shift so the divisor's top limb has its high bit set, which
  // makes each estimated quotient digit at most 2 too large.
  int s = std::countl_zero(v.back());
  Mag vn = mag_shl(v, s);
  Mag un = mag_shl(u, s);
  un.resize(u.size() + 1, 0);
  size_t n = v.size(), m = u.size() - n;
  q.assign(m + 1, 0);
  const uint64_t b = uint64_t(1) << kBits;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t(un[j + n]) << kBits) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= b || qhat * vn[n - 2] > ((rhat << kBits) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >= b) break;
    }
    // Multiply and subtract qhat * vn from un[j .. j+n].
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> kBits;
      int64_t t = int64_t(un[i + j]) - int64_t(Limb(p)) - borrow;
      borrow = t < 0;
      un[i + j] = Limb(t);
    }
    int64_t t = int64_t(un[j + n]) - int64_t(carry) - borrow;
    un[j + n] = Limb(t);
    if (t < 0) {
      // qhat was one too large (rare): add the divisor back.
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t s2 = uint64_t(un[i + j]) + vn[i] + c;
        un[i + j] = Limb(s2);
        c = s2 >> kBits;
      }
      un[j + n] = Limb(un[j + n] + c);
    }
    q[j] = Limb(qhat);
  }
  trim(q);
  un.resize(n);
  trim(un);
  r = mag_shr(un, s);
}

// Two's complement views for the bitwise operators: n limbs, sign-extended.
Mag to_twos(bool neg, const Mag& mag, size_t n) {
  Mag r(n, 0);
  if (!neg) {
    std::copy(mag.begin(), mag.end(), r.begin());
    return r;
  }
  Mag m1 = mag_sub(mag, Mag{1});  // -x == ~(x - 1)
  std::copy(m1.begin(), m1.end(), r.begin());
  for (Limb& l : r) l = ~l;
  return r;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

BigInt::BigInt(bool neg, std::vector<Limb> mag) : neg_(neg), mag_(std::move(mag)) {
  trim(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_int64(int64_t v) {
  uint64_t u = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
  BigInt r = from_uint64(u);
  r.neg_ = v < 0;
  return r;
}

BigInt BigInt::from_uint64(uint64_t v) {
  return BigInt(false, Mag{Limb(v), Limb(v >> kBits)});
}

BigInt BigInt::from_double(double d) {
  if (!std::isfinite(d)) return {};
  d = std::trunc(d);
  int exp = 0;
  double frac = std::frexp(std::fabs(d), &exp);  // |d| = frac * 2^exp
  if (exp <= 0) return {};
  // frac * 2^53 is an exact integer; shift it into place.
  auto mant = uint64_t(std::ldexp(frac, 53));
  BigInt r = from_uint64(mant);
  r = exp >= 53 ? r << size_t(exp - 53) : r >> size_t(53 - exp);
  return d < 0 ? -r : r;
}

std::optional<BigInt> BigInt::parse_literal(std::string_view text) {
  bool neg = !text.empty() && (text[0] == '-' || text[0] == '+');
  if (neg) neg = text[0] == '-', text.remove_prefix(1);
  int base = 10;
  if (text.size() >= 2 && text[0] == '0') {
    char p = char(text[1] | 0x20);
    if (p == 'x' || p == 'o' || p == 'b') {
      base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      text.remove_prefix(2);
    } else {
      base = 8;  // 0777: the leading 0 is an octal digit too
    }
  }
  auto r = parse(text, base);
  if (r && neg) *r = -*r;
  return r;
}

std::optional<BigInt> BigInt::parse(std::string_view digits, int base) {
  assert(base >= 2 && base <= 36);
  bool neg = !digits.empty() && (digits[0] == '-' || digits[0] == '+');
  if (neg) {
    neg = digits[0] == '-';
    digits.remove_prefix(1);
  }
  // Accumulate chunks of digits: m = m * base^(chunk length) + chunk, with
  // chunk_mul the largest power of base that fits a limb.
  Limb chunk_mul = 1;
  while (uint64_t(chunk_mul) * base <= 0xFFFFFFFFu) chunk_mul *= base;
  Mag m;
  Limb chunk = 0, mul = 1;
  bool any = false;
  for (char c : digits) {
    if (c == '_') continue;
    int d = digit_value(c);
    if (d >= base) return std::nullopt;
    chunk = chunk * base + d;
    mul *= base;
    any = true;
    if (mul == chunk_mul) {
      mul_add_small(m, mul, chunk);
      chunk = 0, mul = 1;
    }
  }
  if (!any) return std::nullopt;
  if (mul != 1) mul_add_small(m, mul, chunk);
  return BigInt(neg, std::move(m));
}

std::string BigInt::to_string(int base) const {
  assert(base >= 2 && base <= 36);
  if (mag_.empty()) return "0";
  // Peel chunks of k digits with one small division each.
  Limb chunk_div = 1;
  int k = 0;
  while (uint64_t(chunk_div) * base <= 0xFFFFFFFFu) chunk_div *= base, k++;
  Mag m = mag_;
  std::string out;
  while (!m.empty()) {
    Limb rem = div_small(m, chunk_div);
    for (int i = 0; i < k && (rem != 0 || !m.empty()); i++) {
      out.push_back("0123456789abcdefghijklmnopqrstuvwxyz"[rem % base]);
      rem /= base;
    }
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

size_t BigInt::bit_len() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * kBits + (kBits - std::countl_zero(mag_.back()));
}

bool BigInt::test_bit(size_t i) const {
  size_t limb = i / kBits;
  return limb < mag_.size() && ((mag_[limb] >> (i % kBits)) & 1) != 0;
}

size_t BigInt::trailing_zero_bits() const {
  for (size_t i = 0; i < mag_.size(); i++) {
    if (mag_[i] != 0) return i * kBits + std::countr_zero(mag_[i]);
  }
  return 0;
}

bool BigInt::low_bits_nonzero(size_t n) const {
  return !mag_.empty() && trailing_zero_bits() < n;
}

bool BigInt::fits_int64() const {
  if (bit_len() < 64) return true;
  // Only -2^63 has 64 bits and fits.
  return neg_ && bit_len() == 64 && trailing_zero_bits() == 63;
}

bool BigInt::fits_uint64() const { return !neg_ && bit_len() <= 64; }

uint64_t BigInt::to_uint64() const {
  uint64_t u = 0;
  if (!mag_.empty()) u = mag_[0];
  if (mag_.size() > 1) u |= uint64_t(mag_[1]) << kBits;
  return neg_ ? 0 - u : u;
}

int64_t BigInt::to_int64() const { return int64_t(to_uint64()); }

double BigInt::to_double() const {
  size_t n = bit_len();
  if (n <= 64) {
    double d = double(abs().to_uint64());  // the hardware rounds to nearest even
    return neg_ ? -d : d;
  }
  // Keep the top 64 bits and fold everything below into a sticky low bit:
  // the 11 bits under the double's 53 then round exactly as the full value.
  size_t shift = n - 64;
  uint64_t top = BigInt(false, mag_shr(mag_, shift)).to_uint64();
  if (low_bits_nonzero(shift)) top |= 1;
  double d = std::ldexp(double(top), shift > 2000 ? 2000 : int(shift));
  return neg_ ? -d : d;
}

BigInt BigInt::abs() const { return BigInt(false, mag_); }

BigInt BigInt::operator-() const { return BigInt(!neg_, mag_); }

BigInt BigInt::operator~() const { return -*this - BigInt(1); }

BigInt operator+(const BigInt& x, const BigInt& y) {
  if (x.neg_ == y.neg_) return BigInt(x.neg_, mag_add(x.mag_, y.mag_));
  // Opposite signs: subtract the smaller magnitude from the larger.
  int c = mag_compare(x.mag_, y.mag_);
  if (c == 0) return {};
  if (c > 0) return BigInt(x.neg_, mag_sub(x.mag_, y.mag_));
  return BigInt(y.neg_, mag_sub(y.mag_, x.mag_));
}

BigInt operator-(const BigInt& x, const BigInt& y) { return x + (-y); }

BigInt operator*(const BigInt& x, const BigInt& y) {
  return BigInt(x.neg_ != y.neg_, mag_mul(x.mag_, y.mag_));
}

std::pair<BigInt, BigInt> quo_rem(const BigInt& x, const BigInt& y) {
  Mag q, r;
  mag_divmod(x.mag_, y.mag_, q, r);
  return {BigInt(x.neg_ != y.neg_, std::move(q)), BigInt(x.neg_, std::move(r))};
}

BigInt operator/(const BigInt& x, const BigInt& y) { return quo_rem(x, y).first; }
BigInt operator%(const BigInt& x, const BigInt& y) { return quo_rem(x, y).second; }

namespace {

// twos_op() applies op limb by limb to the two's complement forms of x and
// y, one limb wider than either, so the top limb is op(sign, sign).
template <class Op>
Mag twos_op(const BigInt& x, const BigInt& y, Op op) {
  size_t n = std::max(x.limbs().size(), y.limbs().size()) + 1;
  Mag a = to_twos(x.is_negative(), x.limbs(), n);
  Mag b = to_twos(y.is_negative(), y.limbs(), n);
  for (size_t i = 0; i < n; i++) a[i] = op(a[i], b[i]);
  return a;
}

}  // namespace

BigInt BigInt::from_twos(std::vector<Limb> a) {
  bool neg = !a.empty() && (a.back() >> (kBits - 1)) != 0;
  if (!neg) return BigInt(false, std::move(a));
  // -x == ~x + 1
  for (Limb& l : a) l = ~l;
  trim(a);
  return BigInt(true, mag_add(a, Mag{1}));
}

BigInt operator&(const BigInt& x, const BigInt& y) {
  return BigInt::from_twos(twos_op(x, y, [](Limb a, Limb b) { return Limb(a & b); }));
}

BigInt operator|(const BigInt& x, const BigInt& y) {
  return BigInt::from_twos(twos_op(x, y, [](Limb a, Limb b) { return Limb(a | b); }));
}

BigInt operator^(const BigInt& x, const BigInt& y) {
  return BigInt::from_twos(twos_op(x, y, [](Limb a, Limb b) { return Limb(a ^ b); }));
}

BigInt and_not(const BigInt& x, const BigInt& y) {
  return BigInt::from_twos(twos_op(x, y, [](Limb a, Limb b) { return Limb(a & ~b); }));
}

BigInt operator<<(const BigInt& x, size_t n) { return BigInt(x.neg_, mag_shl(x.mag_, n)); }

BigInt operator>>(const BigInt& x, size_t n) {
  if (!x.neg_) return BigInt(false, mag_shr(x.mag_, n));
  // Floor for negatives: -((|x| - 1) >> n) - 1.
  Mag t = mag_shr(mag_sub(x.mag_, Mag{1}), n);
  return BigInt(true, mag_add(t, Mag{1}));
}

int compare_abs(const BigInt& x, const BigInt& y) { return mag_compare(x.mag_, y.mag_); }

int compare(const BigInt& x, const BigInt& y) {
  if (x.neg_ != y.neg_) return x.neg_ ? -1 : 1;
  int c = mag_compare(x.mag_, y.mag_);
  return x.neg_ ? -c : c;
}

BigInt gcd(BigInt x, BigInt y) {
  x = x.abs();
  y = y.abs();
  while (!y.is_zero()) {
    BigInt r = x % y;
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

BigInt pow(BigInt x, uint64_t n) {
  BigInt r(1);
  while (n != 0) {
    if (n & 1) r *= x;
    n >>= 1;
    if (n != 0) x *= x;
  }
  return r;
}

}  // namespace goro::lang
