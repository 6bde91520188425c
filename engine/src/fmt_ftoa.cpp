// strconv.AppendFloat: Go's float formatting for %e %f %g %b %x and %v.
//
// Decimal digits come from one of two digit sources (phase 1), and are then
// laid out by a port of Go's formatDigits/fmtE/fmtF (phase 2). Both sources
// give correctly rounded digits (ties to even, like Go's decimal rounding)
// and, for the shortest form, the shortest digits that round-trip, which is
// what Go's Ryu implementation produces.
//  - std::to_chars where the library has floating-point to_chars (libstdc++
//    11+, libc++ 14+);
//  - otherwise snprintf("%.*e"), trying 1..17 significant digits until the
//    result reads back exactly (Emscripten's older libc++).
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "goro/detail/fmt_strconv.hpp"

#ifndef GORO_FMT_HAVE_FLOAT_TO_CHARS  // predefine to 0 to test the fallback
#if defined(__cpp_lib_to_chars) || (defined(_LIBCPP_VERSION) && _LIBCPP_VERSION >= 14000)
#define GORO_FMT_HAVE_FLOAT_TO_CHARS 1
#else
#define GORO_FMT_HAVE_FLOAT_TO_CHARS 0
#endif
#endif

namespace goro::detail::fmt {

namespace {

// Decimal is a digit string d with the decimal point dp digits from its
// start: value = 0.d × 10^dp. No leading or trailing zeros; zero is nd == 0.
struct Decimal {
  std::string d;
  int nd() const { return static_cast<int>(d.size()); }
  int dp = 0;
};

// ---- phase 1: digit sources ----

// parse_digits() turns printf-style text ("1.2340e+05", "12.50") into a
// Decimal, dropping sign, leading and trailing zeros.
Decimal parse_digits(const char* s, const char* end) {
  Decimal dec;
  int int_digits = 0;
  bool after_point = false;
  const char* p = s;
  for (; p < end && *p != 'e' && *p != 'E'; ++p) {
    if (*p == '.') {
      after_point = true;
    } else if (*p >= '0' && *p <= '9') {
      dec.d.push_back(*p);
      if (!after_point) ++int_digits;
    }
  }
  int exp = 0;  // the text is not NUL-terminated, so no atoi
  if (p < end) {
    ++p;
    const bool neg_exp = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) ++p;
    for (; p < end; ++p) exp = exp * 10 + (*p - '0');
    if (neg_exp) exp = -exp;
  }
  dec.dp = int_digits + exp;
  size_t lead = 0;
  while (lead < dec.d.size() && dec.d[lead] == '0') ++lead;
  dec.d.erase(0, lead);
  dec.dp -= static_cast<int>(lead);
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
  return dec;
}

#if GORO_FMT_HAVE_FLOAT_TO_CHARS

template <class F>
Decimal shortest_of(F v) {
  char text[64];
  auto r = std::to_chars(text, text + sizeof text, v, std::chars_format::scientific);
  return parse_digits(text, r.ptr);
}

Decimal shortest_digits(double v, int bit_size) {
  return bit_size == 32 ? shortest_of(static_cast<float>(v)) : shortest_of(v);
}

// fixed_digits() rounds v to `digits` significant digits (scientific) or to
// `digits` places after the point (fixed).
Decimal fixed_digits(double v, int digits, bool fixed) {
  std::string text(static_cast<size_t>(digits) + 400, '\0');
  auto r = fixed ? std::to_chars(text.data(), text.data() + text.size(), v, std::chars_format::fixed, digits)
                 : std::to_chars(text.data(), text.data() + text.size(), v, std::chars_format::scientific,
                                 digits - 1);
  return parse_digits(text.data(), r.ptr);
}

#else

std::string snprintf_float(const char* spec, int prec, double v) {
  char small[64];
  int n = std::snprintf(small, sizeof small, spec, prec, v);
  if (n < static_cast<int>(sizeof small)) return std::string(small, static_cast<size_t>(n));
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), spec, prec, v);
  big.resize(static_cast<size_t>(n));
  return big;
}

Decimal shortest_digits(double v, int bit_size) {
  // Correctly rounded p-digit output is the closest p-digit decimal, so the
  // first p that reads back is the shortest round-trip form.
  std::string text;
  for (int p = 1; p <= 17; ++p) {
    text = snprintf_float("%.*e", p - 1, v);
    const bool exact = bit_size == 32 ? std::strtof(text.c_str(), nullptr) == static_cast<float>(v)
                                      : std::strtod(text.c_str(), nullptr) == v;
    if (exact) break;
  }
  return parse_digits(text.data(), text.data() + text.size());
}

Decimal fixed_digits(double v, int digits, bool fixed) {
  std::string text = fixed ? snprintf_float("%.*f", digits, v) : snprintf_float("%.*e", digits - 1, v);
  return parse_digits(text.data(), text.data() + text.size());
}

#endif

// ---- phase 2: layout (Go's formatDigits, fmtE, fmtF) ----

// fmt_e: -d.ddddde±dd
void fmt_e(std::string& out, bool neg, const Decimal& d, int prec, char fmt) {
  if (neg) out.push_back('-');
  out.push_back(d.nd() != 0 ? d.d[0] : '0');
  if (prec > 0) {
    out.push_back('.');
    int i = 1;
    const int m = std::min(d.nd(), prec + 1);
    if (i < m) {
      out.append(d.d, 1, static_cast<size_t>(m - 1));
      i = m;
    }
    for (; i <= prec; ++i) out.push_back('0');
  }
  out.push_back(fmt);
  int exp = d.nd() == 0 ? 0 : d.dp - 1;  // zero has exponent 0
  out.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) {
    out.push_back('0');
    out.push_back(static_cast<char>('0' + exp));
  } else if (exp < 100) {
    out.push_back(static_cast<char>('0' + exp / 10));
    out.push_back(static_cast<char>('0' + exp % 10));
  } else {
    out.push_back(static_cast<char>('0' + exp / 100));
    out.push_back(static_cast<char>('0' + exp / 10 % 10));
    out.push_back(static_cast<char>('0' + exp % 10));
  }
}

// fmt_f: -ddddddd.ddddd
void fmt_f(std::string& out, bool neg, const Decimal& d, int prec) {
  if (neg) out.push_back('-');
  if (d.dp > 0) {
    const int m = std::min(d.nd(), d.dp);
    out.append(d.d, 0, static_cast<size_t>(m));
    out.append(static_cast<size_t>(d.dp - m), '0');
  } else {
    out.push_back('0');
  }
  if (prec > 0) {
    out.push_back('.');
    for (int i = 0; i < prec; ++i) {
      const int j = d.dp + i;
      out.push_back(0 <= j && j < d.nd() ? d.d[static_cast<size_t>(j)] : '0');
    }
  }
}

void format_digits(std::string& out, bool shortest, bool neg, const Decimal& digs, int prec, char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmt_e(out, neg, digs, prec, fmt);
      return;
    case 'f':
      fmt_f(out, neg, digs, prec);
      return;
    default:
      break;
  }
  // 'g' and 'G': trailing fractional zeros in 'e' form are trimmed.
  int eprec = prec;
  if (eprec > digs.nd() && digs.nd() >= digs.dp) eprec = digs.nd();
  // %e is used if the exponent is below -4 or at least the precision; for the
  // shortest form, precision 6 decides.
  if (shortest) eprec = 6;
  const int exp = digs.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > digs.nd()) prec = digs.nd();
    fmt_e(out, neg, digs, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
    return;
  }
  if (prec > digs.dp) prec = digs.nd();
  fmt_f(out, neg, digs, std::max(prec - digs.dp, 0));
}

// ---- binary formats (Go's fmtB, fmtX), straight from the bits ----

struct FloatBits {
  bool neg;
  uint64_t mant;
  int exp;  // unbiased, for mantissa with the implicit bit at mantbits
  int mantbits;
  bool inf_or_nan;
  bool nan;
};

FloatBits float_bits(double v, int bit_size) {
  uint64_t bits;
  int mantbits, expbits, bias;
  if (bit_size == 32) {
    const float f = static_cast<float>(v);
    uint32_t b32;
    std::memcpy(&b32, &f, sizeof b32);
    bits = b32;
    mantbits = 23, expbits = 8, bias = -127;
  } else {
    std::memcpy(&bits, &v, sizeof bits);
    mantbits = 52, expbits = 11, bias = -1023;
  }
  FloatBits fb{};
  fb.mantbits = mantbits;
  fb.neg = (bits >> (expbits + mantbits)) != 0;
  int exp = static_cast<int>(bits >> mantbits) & ((1 << expbits) - 1);
  fb.mant = bits & ((uint64_t{1} << mantbits) - 1);
  fb.inf_or_nan = exp == (1 << expbits) - 1;
  fb.nan = fb.inf_or_nan && fb.mant != 0;
  if (exp == 0) {
    ++exp;  // denormal
  } else {
    fb.mant |= uint64_t{1} << mantbits;
  }
  fb.exp = exp + bias;
  return fb;
}

// fmt_b: -ddddddddp±ddd
void fmt_b(std::string& out, const FloatBits& fb) {
  if (fb.neg) out.push_back('-');
  out.append(std::to_string(fb.mant));
  out.push_back('p');
  const int exp = fb.exp - fb.mantbits;
  if (exp >= 0) out.push_back('+');
  out.append(std::to_string(exp));
}

// fmt_x: -0x1.yyyyyyyyp±ddd or -0x0p+0
void fmt_x(std::string& out, int prec, char fmt, FloatBits fb) {
  uint64_t mant = fb.mant;
  int exp = fb.exp;
  if (mant == 0) exp = 0;
  // Shift digits so the leading 1 (if any) is at bit 1<<60.
  mant <<= 60 - fb.mantbits;
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    --exp;
  }
  if (prec >= 0 && prec < 15) {  // round to prec hex digits, ties to even
    const unsigned shift = static_cast<unsigned>(prec * 4);
    const uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) ++mant;
    mant <<= 60 - shift;
    if ((mant & (uint64_t{1} << 61)) != 0) {  // wrapped around
      mant >>= 1;
      ++exp;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (fb.neg) out.push_back('-');
  out.push_back('0');
  out.push_back(fmt);
  out.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
  mant <<= 4;  // remove the leading 0 or 1
  if (prec < 0 && mant != 0) {
    out.push_back('.');
    for (; mant != 0; mant <<= 4) out.push_back(hex[(mant >> 60) & 15]);
  } else if (prec > 0) {
    out.push_back('.');
    for (int i = 0; i < prec; ++i, mant <<= 4) out.push_back(hex[(mant >> 60) & 15]);
  }
  out.push_back(fmt == 'X' ? 'P' : 'p');
  out.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) out.push_back('0');
  out.append(std::to_string(exp));
}

}  // namespace

void append_float(std::string& out, double v, char fmt, int prec, int bit_size) {
  const FloatBits fb = float_bits(v, bit_size);
  if (fb.inf_or_nan) {
    out.append(fb.nan ? "NaN" : fb.neg ? "-Inf" : "+Inf");
    return;
  }
  if (fmt == 'b') return fmt_b(out, fb);
  if (fmt == 'x' || fmt == 'X') return fmt_x(out, prec, fmt, fb);

  const bool neg = fb.neg;
  const double mag = std::fabs(v);
  Decimal digs;
  const bool shortest = prec < 0;
  if (shortest) {
    digs = shortest_digits(mag, bit_size);
    switch (fmt) {
      case 'e': case 'E': prec = std::max(digs.nd() - 1, 0); break;
      case 'f': prec = std::max(digs.nd() - digs.dp, 0); break;
      default: prec = digs.nd(); break;  // 'g', 'G'
    }
  } else if (fmt == 'f') {
    digs = fixed_digits(mag, prec, true);
  } else {
    if ((fmt == 'g' || fmt == 'G') && prec == 0) prec = 1;
    digs = fixed_digits(mag, fmt == 'e' || fmt == 'E' ? prec + 1 : prec, false);
  }
  format_digits(out, shortest, neg, digs, prec, fmt);
}

}  // namespace goro::detail::fmt
