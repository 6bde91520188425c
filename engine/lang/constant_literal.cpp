// make_from_literal() (constant.hpp): the values of Go's literal tokens, as
// go/constant.MakeFromLiteral computes them (strconv.Unquote for runes and
// strings; big.Float then big.Rat for floats).
#include <algorithm>
#include <climits>

#include "constant.hpp"
#include "constant_impl.hpp"
#include "goro/detail/fmt_strconv.hpp"

namespace goro::lang::constant {

namespace {

namespace strconv = goro::detail::fmt;

// ---- numbers ----

// Number is a float literal split as big.Float.SetString splits it: the
// digits as one integer, and the power of 10 and of 2 applied to them.
struct Number {
  BigInt mant;
  int64_t exp10 = 0;
  int64_t exp2 = 0;
};

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return 99;
}

// parse_exponent() reads [+-]digits; nullopt past int64 (big.Float fails).
// Exponents beyond +-2**50 are clamped: they are far outside big.Float's
// int32 range either way, and exponent sums must not overflow int64.
std::optional<int64_t> parse_exponent(std::string_view s) {
  constexpr int64_t kClamp = int64_t(1) << 50;
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) neg = s[0] == '-', s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  int64_t e = 0;
  for (char c : s) {
    if (c == '_') continue;
    if (c < '0' || c > '9') return std::nullopt;
    if (e > (INT64_MAX - 9) / 10) return std::nullopt;
    e = e * 10 + (c - '0');
  }
  e = std::min(e, kClamp);
  return neg ? -e : e;
}

// Mantissa is the digits part of a number: the digits (radix point
// removed) in base, and how many of them follow the point.
struct Mantissa {
  BigInt digits;
  int base = 10;
  int64_t frac_digits = 0;
};

// parse_mantissa() reads [0x|0o|0b] digits [. digits], '_' skipped, and
// advances s past them. A lone leading 0 is not octal here: 0123.5 and 017i
// are decimal, as Go's spec says.
std::optional<Mantissa> parse_mantissa(std::string_view& s) {
  Mantissa m;
  if (s.size() >= 2 && s[0] == '0') {
    char p = char(s[1] | 0x20);
    m.base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (m.base != 10) s.remove_prefix(2);
  }
  std::string digits;
  bool seen_point = false;
  size_t i = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') continue;
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (digit_value(c) >= m.base) break;
    digits.push_back(c);
    if (seen_point) m.frac_digits++;
  }
  if (digits.empty()) return std::nullopt;
  m.digits = *BigInt::parse(digits, m.base);
  s.remove_prefix(i);
  return m;
}

// parse_number() reads a float literal (or a decimal, 0x, 0o, 0b integer
// literal: imaginary literals may be any of them), optionally signed.
std::optional<Number> parse_number(std::string_view s) {
  // A sign is not part of Go's literal syntax, but big.Float accepts one.
  bool neg = !s.empty() && (s[0] == '-' || s[0] == '+');
  if (neg) neg = s[0] == '-', s.remove_prefix(1);
  auto m = parse_mantissa(s);
  if (!m) return std::nullopt;
  Number n;
  n.mant = neg ? -m->digits : m->digits;
  // The radix point divides by base**frac_digits.
  constexpr int kBitsPerDigit[17] = {0, 0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 4};
  if (m->base == 10) {
    n.exp10 = -m->frac_digits;
  } else {
    n.exp2 = -m->frac_digits * kBitsPerDigit[m->base];
  }
  if (s.empty()) return n;
  // The exponent: e (a power of 10, decimal only) or p (a power of 2).
  char e = char(s[0] | 0x20);
  if (e != 'p' && !(e == 'e' && m->base == 10)) return std::nullopt;
  auto x = parse_exponent(s.substr(1));
  if (!x) return std::nullopt;
  (e == 'p' ? n.exp2 : n.exp10) += *x;
  return n;
}

// exact_rat() is the number as a reduced fraction (big.Rat.SetString).
Value exact_rat(const Number& n) {
  BigInt num = n.mant, den(1);
  if (n.exp10 > 0) num *= pow(BigInt(10), uint64_t(n.exp10));
  if (n.exp10 < 0) den *= pow(BigInt(10), uint64_t(-n.exp10));
  if (n.exp2 > 0) num <<= size_t(n.exp2);
  if (n.exp2 < 0) den <<= size_t(-n.exp2);
  BigInt g = gcd(num, den);
  // No size limit here: go/constant keeps a literal's exact fraction
  // whenever its exponent is small, however many digits it has.
  return Value(detail::Rat{num / g, den / g});
}

// float_from_literal() is go/constant's makeFloatFromLiteral: the literal
// as a 512-bit float first; if its exponent is small, the exact fraction.
Value float_from_literal(std::string_view text) {
  auto n = parse_number(text);
  if (!n) return Value();
  BigFloat f = BigFloat::from_decimal(n->mant, n->exp10, n->exp2);
  if (f.is_inf()) return Value();
  int64_t e = f.mant_exp();
  bool small = -int64_t(kMaxRatBits) < e && e < int64_t(kMaxRatBits);
  if (!small) return detail::make_big_float(f);
  // A value that underflowed to 0 is 0: parsing 6e-1886451601 exactly
  // would take forever (go.dev/issue/20228).
  if (f.is_zero()) return Value(detail::Rat{BigInt(0), BigInt(1)});
  return exact_rat(*n);
}

// ---- runes and strings (strconv.UnquoteChar and Unquote) ----

struct Char {
  char32_t value;
  bool multibyte;  // a rune to encode as UTF-8, not a single byte
};

std::optional<uint32_t> hex_digits(std::string_view s, size_t& i, int n) {
  uint32_t v = 0;
  for (int k = 0; k < n; k++, i++) {
    if (i >= s.size() || digit_value(s[i]) >= 16) return std::nullopt;
    v = v * 16 + uint32_t(digit_value(s[i]));
  }
  return v;
}

// unquote_char() decodes the character at s[i] (an escape or a UTF-8
// sequence) inside a literal quoted with quote, advancing i.
std::optional<Char> unquote_char(std::string_view s, size_t& i, char quote) {
  unsigned char c = s[i];
  if (c == quote && (quote == '\'' || quote == '"')) return std::nullopt;
  if (c >= 0x80) {
    auto d = strconv::decode_rune(s.substr(i));
    i += size_t(d.width);
    return Char{d.rune, true};
  }
  i++;
  if (c != '\\') return Char{c, false};
  if (i >= s.size()) return std::nullopt;
  char e = s[i++];
  switch (e) {
    case 'a': return Char{'\a', false};
    case 'b': return Char{'\b', false};
    case 'f': return Char{'\f', false};
    case 'n': return Char{'\n', false};
    case 'r': return Char{'\r', false};
    case 't': return Char{'\t', false};
    case 'v': return Char{'\v', false};
    case '\\': return Char{'\\', false};
    case '\'':
    case '"':
      if (e != quote) return std::nullopt;
      return Char{char32_t(e), false};
    case 'x': {
      auto v = hex_digits(s, i, 2);
      if (!v) return std::nullopt;
      return Char{*v, false};
    }
    case 'u':
    case 'U': {
      auto v = hex_digits(s, i, e == 'u' ? 4 : 8);
      if (!v || !strconv::valid_rune(*v)) return std::nullopt;
      return Char{*v, true};
    }
    default: {
      if (e < '0' || e > '7') return std::nullopt;
      uint32_t v = uint32_t(e - '0');
      for (int k = 0; k < 2; k++, i++) {
        if (i >= s.size() || s[i] < '0' || s[i] > '7') return std::nullopt;
        v = v * 8 + uint32_t(s[i] - '0');
      }
      if (v > 255) return std::nullopt;
      return Char{v, false};
    }
  }
}

Value rune_from_literal(std::string_view text) {
  if (text.size() < 2) return Value();
  std::string_view body = text.substr(1, text.size() - 2);
  size_t i = 0;
  if (body.empty()) return Value();
  auto c = unquote_char(body, i, '\'');
  return c ? make_int64(int64_t(c->value)) : Value();
}

Value string_from_literal(std::string_view text) {
  if (text.size() < 2 || text.front() != text.back()) return Value();
  std::string_view body = text.substr(1, text.size() - 2);
  std::string out;
  if (text.front() == '`') {
    // Raw strings: everything but carriage returns, which are dropped.
    for (char c : body) {
      if (c == '`') return Value();
      if (c != '\r') out.push_back(c);
    }
    return make_string(std::move(out));
  }
  if (text.front() != '"') return Value();
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '\n') return Value();
    auto c = unquote_char(body, i, '"');
    if (!c) return Value();
    if (c->value < 0x80 || !c->multibyte) {
      out.push_back(char(c->value));
    } else {
      strconv::append_rune(out, c->value);
    }
  }
  return make_string(std::move(out));
}

}  // namespace

Value make_from_literal(std::string_view text, LiteralKind kind) {
  switch (kind) {
    case LiteralKind::Int: {
      auto x = BigInt::parse_literal(text);
      return x ? make_int(std::move(*x)) : Value();
    }
    case LiteralKind::Float:
      return float_from_literal(text);
    case LiteralKind::Imag:
      if (text.empty() || text.back() != 'i') return Value();
      return make_imag(float_from_literal(text.substr(0, text.size() - 1)));
    case LiteralKind::Rune:
      return rune_from_literal(text);
    case LiteralKind::String:
      return string_from_literal(text);
  }
  return Value();
}

}  // namespace goro::lang::constant
