// Constant values and their arithmetic (constant.hpp): go/constant's
// factories, accessors, conversions and operations. Literal parsing is in
// constant_literal.cpp, formatting in constant_format.cpp, types and
// representability in constant_repr.cpp.
#include <cassert>
#include <cmath>

#include "constant.hpp"
#include "constant_impl.hpp"

namespace goro::lang::constant {

using detail::ComplexParts;
using detail::Rat;

std::string_view kind_name(Kind k) {
  constexpr std::string_view names[] = {"Unknown", "Bool", "String", "Int", "Float", "Complex"};
  return names[static_cast<int>(k)];
}

Kind Value::kind() const {
  constexpr Kind kinds[] = {Kind::Unknown, Kind::Bool,  Kind::String, Kind::Int,
                            Kind::Float,   Kind::Float, Kind::Complex};
  static_assert(std::size(kinds) == std::variant_size_v<Rep>);
  return kinds[rep_.index()];
}

namespace detail {

Value make_rat(BigInt num, BigInt den) {
  if (den.is_zero()) return Value();
  if (den.is_negative()) num = -num, den = -den;
  BigInt g = gcd(num, den);
  if (g != BigInt(1) && !g.is_zero()) num = num / g, den = den / g;
  if (num.bit_len() < kMaxRatBits && den.bit_len() < kMaxRatBits) {
    return Value(Rat{std::move(num), std::move(den)});
  }
  // Components too large: switch to a binary float (go/constant makeRat).
  return make_big_float(BigFloat::from_ratio(num, den));
}

Value make_big_float(BigFloat f) {
  if (f.is_inf()) return Value();  // overflow: go/constant's makeFloat
  return Value(std::move(f));
}

Value make_complex(Value re, Value im) {
  if (re.is_unknown() || im.is_unknown()) return Value();
  return Value(std::make_shared<const ComplexParts>(ComplexParts{std::move(re), std::move(im)}));
}

BigFloat rat_to_big_float(const Rat& r) { return BigFloat::from_ratio(r.num, r.den); }

}  // namespace detail

using detail::make_big_float;
using detail::make_complex;
using detail::make_rat;

namespace {

const BigInt* as_int(const Value& v) { return std::get_if<BigInt>(&v.rep()); }
const Rat* as_rat(const Value& v) { return std::get_if<Rat>(&v.rep()); }
const BigFloat* as_float(const Value& v) { return std::get_if<BigFloat>(&v.rep()); }
const ComplexParts* as_complex(const Value& v) {
  auto p = std::get_if<std::shared_ptr<const ComplexParts>>(&v.rep());
  return p ? p->get() : nullptr;
}

bool is_numeric_value(const Value& v) {
  Kind k = v.kind();
  return k == Kind::Int || k == Kind::Float || k == Kind::Complex;
}

// Numeric representations in widening order (go/constant's ord).
enum Rank { kNone = 0, kInt, kRat, kFloat, kComplex };

Rank rank(const Value& v) {
  switch (v.rep().index()) {
    case 3: return kInt;
    case 4: return kRat;
    case 5: return kFloat;
    case 6: return kComplex;
    default: return kNone;
  }
}

// widen() is v in the representation of rank r >= rank(v).
Value widen(const Value& v, Rank r) {
  Rank from = rank(v);
  if (from == r) return v;
  if (r == kComplex) return make_complex(v, make_int64(0));
  if (const BigInt* i = as_int(v)) {
    if (r == kRat) return Value(Rat{*i, BigInt(1)});
    return Value(BigFloat::from_int(*i));
  }
  return Value(detail::rat_to_big_float(*as_rat(v)));  // kRat -> kFloat
}

// match() brings two numeric values to one representation; nullopt when
// they cannot be combined (a checker bug: kinds were not checked).
std::optional<std::pair<Value, Value>> match(const Value& x, const Value& y) {
  Rank rx = rank(x), ry = rank(y);
  if (rx == kNone || ry == kNone) {
    if (x.kind() == y.kind() && rx == ry) return std::pair{x, y};
    return std::nullopt;
  }
  Rank r = std::max(rx, ry);
  return std::pair{widen(x, r), widen(y, r)};
}

Value int_op(const BigInt& a, BinaryOp op, const BigInt& b) {
  switch (op) {
    case BinaryOp::Add: return make_int(a + b);
    case BinaryOp::Sub: return make_int(a - b);
    case BinaryOp::Mul: return make_int(a * b);
    case BinaryOp::Quo: return make_rat(a, b);
    case BinaryOp::QuoInt: return b.is_zero() ? Value() : make_int(a / b);
    case BinaryOp::Rem: return b.is_zero() ? Value() : make_int(a % b);
    case BinaryOp::And: return make_int(a & b);
    case BinaryOp::Or: return make_int(a | b);
    case BinaryOp::Xor: return make_int(a ^ b);
    case BinaryOp::AndNot: return make_int(and_not(a, b));
    default: return Value();
  }
}

Value rat_op(const Rat& a, BinaryOp op, const Rat& b) {
  switch (op) {
    case BinaryOp::Add: return make_rat(a.num * b.den + b.num * a.den, a.den * b.den);
    case BinaryOp::Sub: return make_rat(a.num * b.den - b.num * a.den, a.den * b.den);
    case BinaryOp::Mul: return make_rat(a.num * b.num, a.den * b.den);
    case BinaryOp::Quo: return make_rat(a.num * b.den, a.den * b.num);
    default: return Value();
  }
}

Value float_op(const BigFloat& a, BinaryOp op, const BigFloat& b) {
  switch (op) {
    case BinaryOp::Add: return make_big_float(a + b);
    case BinaryOp::Sub: return make_big_float(a - b);
    case BinaryOp::Mul: return make_big_float(a * b);
    case BinaryOp::Quo: return b.is_zero() ? Value() : make_big_float(a / b);
    default: return Value();
  }
}

Value add(const Value& x, const Value& y) { return binary_op(x, BinaryOp::Add, y); }
Value sub(const Value& x, const Value& y) { return binary_op(x, BinaryOp::Sub, y); }
Value mul(const Value& x, const Value& y) { return binary_op(x, BinaryOp::Mul, y); }
Value quo(const Value& x, const Value& y) { return binary_op(x, BinaryOp::Quo, y); }

Value complex_op(const ComplexParts& x, BinaryOp op, const ComplexParts& y) {
  const Value &a = x.re, &b = x.im, &c = y.re, &d = y.im;
  switch (op) {
    case BinaryOp::Add: return make_complex(add(a, c), add(b, d));
    case BinaryOp::Sub: return make_complex(sub(a, c), sub(b, d));
    case BinaryOp::Mul:  // (ac - bd) + i(bc + ad)
      return make_complex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
    case BinaryOp::Quo: {  // ((ac + bd) + i(bc - ad)) / (cc + dd)
      Value s = add(mul(c, c), mul(d, d));
      return make_complex(quo(add(mul(a, c), mul(b, d)), s), quo(sub(mul(b, c), mul(a, d)), s));
    }
    default: return Value();
  }
}

bool cmp_zero(int c, CompareOp op) {
  switch (op) {
    case CompareOp::Eql: return c == 0;
    case CompareOp::Neq: return c != 0;
    case CompareOp::Lss: return c < 0;
    case CompareOp::Leq: return c <= 0;
    case CompareOp::Gtr: return c > 0;
    case CompareOp::Geq: return c >= 0;
  }
  return false;
}

int compare_rat(const Rat& a, const Rat& b) { return compare(a.num * b.den, b.num * a.den); }

// small_float() is go/constant's smallFloat: an exponent small enough for
// the value to become a fraction or an integer of reasonable size.
bool small_float(const BigFloat& f) {
  if (f.is_inf()) return false;
  int64_t e = f.mant_exp();
  return -int64_t(kMaxRatBits) < e && e < int64_t(kMaxRatBits);
}

}  // namespace

// ---------------------------------------------------------------------------
// Making values

Value make_unknown() { return Value(); }
Value make_bool(bool b) { return Value(b); }
Value make_string(std::string s) { return Value(std::move(s)); }
Value make_int64(int64_t x) { return Value(BigInt(x)); }
Value make_uint64(uint64_t x) { return Value(BigInt::from_uint64(x)); }
Value make_int(BigInt x) { return Value(std::move(x)); }

Value make_float64(double x) {
  if (!std::isfinite(x)) return Value();
  if (x == 0) return Value(Rat{BigInt(0), BigInt(1)});  // also turns -0 into 0
  int e = 0;
  double frac = std::frexp(x, &e);  // x = frac * 2**e exactly
  BigInt mant(int64_t(std::ldexp(frac, 53)));
  e -= 53;
  if (e >= 0) return Value(Rat{mant << size_t(e), BigInt(1)});
  size_t tz = std::min(mant.trailing_zero_bits(), size_t(-e));
  return Value(Rat{mant >> tz, BigInt(1) << size_t(-e - int(tz))});
}

Value make_imag(const Value& x) {
  if (x.kind() != Kind::Int && x.kind() != Kind::Float) return Value();
  return make_complex(make_int64(0), x);
}

// ---------------------------------------------------------------------------
// Reading values

bool bool_val(const Value& x) {
  auto b = std::get_if<bool>(&x.rep());
  return b && *b;
}

const std::string& string_val(const Value& x) {
  static const std::string empty;
  auto s = std::get_if<std::string>(&x.rep());
  return s ? *s : empty;
}

const BigInt& int_val(const Value& x) {
  static const BigInt zero;
  auto i = as_int(x);
  return i ? *i : zero;
}

std::optional<int64_t> int64_val(const Value& x) {
  auto i = as_int(x);
  if (!i || !i->fits_int64()) return std::nullopt;
  return i->to_int64();
}

std::optional<uint64_t> uint64_val(const Value& x) {
  auto i = as_int(x);
  if (!i || !i->fits_uint64()) return std::nullopt;
  return i->to_uint64();
}

namespace {

FloatVal float_val(const Value& x, IeeeFormat format) {
  FloatVal r{0, false};
  if (auto i = as_int(x)) {
    // As go/constant: through a 512-bit float first (exact up to 512 bits).
    BigFloat f = BigFloat::from_int(*i);
    r.value = round_to_ieee(f.mantissa(), f.exponent(), false, format, &r.exact);
    r.exact = r.exact && f.to_int() == *i;
  } else if (auto q = as_rat(x)) {
    r.value = ratio_to_ieee(q->num, q->den, format, &r.exact);
  } else if (auto f = as_float(x)) {
    r.value = round_to_ieee(f->mantissa(), f->exponent(), false, format, &r.exact);
  }
  return r;
}

}  // namespace

FloatVal float64_val(const Value& x) { return float_val(x, kFloat64); }
FloatVal float32_val(const Value& x) { return float_val(x, kFloat32); }

size_t bit_len(const Value& x) {
  auto i = as_int(x);
  return i ? i->bit_len() : 0;
}

int sign(const Value& x) {
  if (auto i = as_int(x)) return i->sign();
  if (auto q = as_rat(x)) return q->num.sign();
  if (auto f = as_float(x)) return f->sign();
  if (auto c = as_complex(x)) return sign(c->re) | sign(c->im);
  return 1;  // Unknown: never a zero divisor
}

Value real(const Value& x) {
  if (auto c = as_complex(x)) return c->re;
  return is_numeric_value(x) ? x : Value();
}

Value imag(const Value& x) {
  if (auto c = as_complex(x)) return c->im;
  return is_numeric_value(x) ? make_int64(0) : Value();
}

// ---------------------------------------------------------------------------
// Conversions

Value to_int(const Value& x) {
  if (as_int(x)) return x;
  if (auto q = as_rat(x)) return q->den == BigInt(1) ? make_int(q->num) : Value();
  if (auto f = as_float(x)) {
    if (!small_float(*f)) return Value();  // no huge integers
    if (f->is_int()) return make_int(*f->to_int());
    // An integer within a few bits' rounding (down or up) of x is taken to
    // be x's true value, blurred by earlier rounding errors.
    constexpr size_t kDelta = 4;
    for (Rounding mode : {Rounding::ToZero, Rounding::AwayFromZero}) {
      BigFloat t = f->round(BigFloat::kPrecision - kDelta, mode);
      if (t.is_int()) return make_int(*t.to_int());
    }
    return Value();
  }
  if (as_complex(x)) {
    Value re = to_float(x);
    return re.kind() == Kind::Float ? to_int(re) : Value();
  }
  return Value();
}

Value to_float(const Value& x) {
  if (auto i = as_int(x)) {
    if (i->bit_len() < kMaxRatBits) return Value(Rat{*i, BigInt(1)});
    return make_big_float(BigFloat::from_int(*i));
  }
  if (as_rat(x) || as_float(x)) return x;
  if (auto c = as_complex(x)) return sign(c->im) == 0 ? to_float(c->re) : Value();
  return Value();
}

Value to_complex(const Value& x) {
  if (as_complex(x)) return x;
  if (x.kind() == Kind::Int || x.kind() == Kind::Float) return make_complex(x, make_int64(0));
  return Value();
}

// ---------------------------------------------------------------------------
// Operations

Value unary_op(UnaryOp op, const Value& y, unsigned prec) {
  if (y.is_unknown()) return y;
  switch (op) {
    case UnaryOp::Plus:
      return is_numeric_value(y) ? y : Value();
    case UnaryOp::Minus:
      if (auto i = as_int(y)) return make_int(-*i);
      if (auto q = as_rat(y)) return Value(Rat{-q->num, q->den});
      if (auto f = as_float(y)) return make_big_float(-*f);
      if (auto c = as_complex(y)) {
        return make_complex(unary_op(op, c->re), unary_op(op, c->im));
      }
      return Value();
    case UnaryOp::Xor: {
      auto i = as_int(y);
      if (!i) return Value();
      BigInt z = ~*i;
      // For unsigned types the complement is negative, i.e. "too large":
      // keep the type's prec bits (z &^= -1 << prec).
      if (prec > 0) z = and_not(z, BigInt(-1) << prec);
      return make_int(std::move(z));
    }
    case UnaryOp::Not: {
      auto b = std::get_if<bool>(&y.rep());
      return b ? make_bool(!*b) : Value();
    }
  }
  return Value();
}

Value binary_op(const Value& x_, BinaryOp op, const Value& y_) {
  auto m = match(x_, y_);
  if (!m) return Value();
  const auto& [x, y] = *m;
  switch (x.rep().index()) {
    case 1:
      if (op == BinaryOp::AndAnd) return make_bool(bool_val(x) && bool_val(y));
      if (op == BinaryOp::OrOr) return make_bool(bool_val(x) || bool_val(y));
      return Value();
    case 2:
      return op == BinaryOp::Add ? make_string(string_val(x) + string_val(y)) : Value();
    case 3: return int_op(*as_int(x), op, *as_int(y));
    case 4: return rat_op(*as_rat(x), op, *as_rat(y));
    case 5: return float_op(*as_float(x), op, *as_float(y));
    case 6: return complex_op(*as_complex(x), op, *as_complex(y));
    default: return Value();  // Unknown
  }
}

Value shift(const Value& x, ShiftOp op, uint64_t s) {
  auto i = as_int(x);
  if (!i || s == 0) return i ? x : Value();
  if (op == ShiftOp::Shl) {
    if (s > kMaxShiftGuard && !i->is_zero()) return Value();
    return make_int(*i << size_t(s));
  }
  // Shifting right past the top bit gives 0 or -1; cap s so it fits size_t.
  s = std::min<uint64_t>(s, i->bit_len() + 1);
  return make_int(*i >> size_t(s));
}

bool compare(const Value& x_, CompareOp op, const Value& y_) {
  auto m = match(x_, y_);
  if (!m) return false;
  const auto& [x, y] = *m;
  switch (x.rep().index()) {
    case 1:
      if (op == CompareOp::Eql) return bool_val(x) == bool_val(y);
      if (op == CompareOp::Neq) return bool_val(x) != bool_val(y);
      return false;
    case 2: return cmp_zero(string_val(x).compare(string_val(y)), op);
    case 3: return cmp_zero(compare(*as_int(x), *as_int(y)), op);
    case 4: return cmp_zero(compare_rat(*as_rat(x), *as_rat(y)), op);
    case 5: return cmp_zero(compare(*as_float(x), *as_float(y)), op);
    case 6: {
      const ComplexParts &a = *as_complex(x), &b = *as_complex(y);
      bool eq = compare(a.re, CompareOp::Eql, b.re) && compare(a.im, CompareOp::Eql, b.im);
      if (op == CompareOp::Eql) return eq;
      if (op == CompareOp::Neq) return !eq;
      return false;
    }
    default: return false;  // Unknown
  }
}

bool untyped_int_overflows(const Value& x) {
  return x.kind() == Kind::Int && bit_len(x) > kMaxUntypedIntBits;
}

}  // namespace goro::lang::constant
