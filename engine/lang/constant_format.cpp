// Value::to_string() and exact_string() (constant.hpp): go/constant's String
// and ExactString, formatted with the runtime's port of Go's fmt and
// strconv, so "%.6g" here is byte for byte Go's.
#include <cmath>

#include "constant.hpp"
#include "constant_impl.hpp"
#include "goro/detail/fmt_strconv.hpp"
#include "goro/fmt.hpp"

namespace goro::lang::constant {

namespace {

namespace strconv = goro::detail::fmt;

// quote_short() is stringVal.String: strconv.Quote, cut to 72 runes
// (keeping 69 and adding "...") so messages stay readable.
std::string quote_short(const std::string& s) {
  constexpr size_t kMaxLen = 72;
  std::string q;
  strconv::append_quoted(q, s, false);
  if (strconv::rune_count(q) <= kMaxLen) return q;
  size_t i = 0;
  for (size_t n = 0; n < kMaxLen - 3; n++) {
    i += size_t(strconv::decode_rune(std::string_view(q).substr(i)).width);
  }
  return q.substr(0, i) + "...";
}

// float_string() is floatVal.String (Go 1.22): %.6g when the value is
// within float64's range, else a manual decimal approximation that never
// formats the huge exact value.
std::string float_string(const BigFloat& f) {
  if (f.is_inf()) return f.sign() < 0 ? "-Inf" : "+Inf";
  double x = f.to_float64();
  if ((f.sign() == 0) == (x == 0) && !std::isinf(x)) {
    std::string s = goro::sprintf("%.6g", x);
    // A non-integer whose 6 digits read as an integer (100000.5) gets all
    // its digits (go.dev/issue/56220, since Go 1.20).
    if (!f.is_int() && s.find('.') == std::string::npos) s = goro::sprintf("%g", x);
    return s;
  }
  // f = mant * 2**exp with 0.5 <= |mant| < 1; then f ~ m * 10**e.
  int64_t exp = f.mant_exp();
  double m = BigFloat::make(f.mantissa(), f.exponent() - exp).to_float64();
  constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146210854131;
  double d = double(exp) * kLog10Of2;
  auto e = int64_t(d);
  m *= std::pow(10.0, d - double(e));
  // Make 1 <= |m| < 10 (after %.6g rounds m to 5 decimals).
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return goro::sprintf("%.6ge%+d", m, e);
}

std::string rat_string(const detail::Rat& r) { return float_string(detail::rat_to_big_float(r)); }

std::string rat_exact_string(const detail::Rat& r) {
  if (r.den == BigInt(1)) return r.num.to_string();
  return r.num.to_string() + "/" + r.den.to_string();
}

}  // namespace

std::string Value::to_string() const {
  switch (rep_.index()) {
    case 0: return "unknown";
    case 1: return std::get<bool>(rep_) ? "true" : "false";
    case 2: return quote_short(std::get<std::string>(rep_));
    case 3: return std::get<BigInt>(rep_).to_string();
    case 4: return rat_string(std::get<detail::Rat>(rep_));
    case 5: return float_string(std::get<BigFloat>(rep_));
    default: {
      const auto& c = *std::get<6>(rep_);
      return "(" + c.re.to_string() + " + " + c.im.to_string() + "i)";
    }
  }
}

std::string Value::exact_string() const {
  switch (rep_.index()) {
    case 2: {
      std::string q;
      strconv::append_quoted(q, std::get<std::string>(rep_), false);
      return q;
    }
    case 4: return rat_exact_string(std::get<detail::Rat>(rep_));
    case 5: return std::get<BigFloat>(rep_).to_hex_string();
    case 6: {
      const auto& c = *std::get<6>(rep_);
      return "(" + c.re.exact_string() + " + " + c.im.exact_string() + "i)";
    }
    default: return to_string();
  }
}

}  // namespace goro::lang::constant
