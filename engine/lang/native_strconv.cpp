// Go's strconv in C++ (native_strconv.hpp): ParseInt/ParseUint as the stub
// spells them, readFloat's syntax with the C library's correctly rounded
// conversion, ParseComplex, and the quoting and unquoting family
// (strconv/quote.go).
#include "native_strconv.hpp"

#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "goro/detail/fmt_strconv.hpp"
#include "native_support.hpp"

namespace goro::lang::vm::native {

namespace fmtd = goro::detail::fmt;

namespace {

char lower(char c) { return char(c | ('x' - 'X')); }

// underscore_ok() is Go's underscoreOK: underscores only between digits or
// between a base prefix and a digit.
bool underscore_ok(std::string_view s) {
  char prev = '^';
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  size_t i = 0;
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    prev = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      prev = '0';
      continue;
    }
    if (c == '_') {
      if (prev != '0') return false;
      prev = '_';
      continue;
    }
    if (prev == '_') return false;
    prev = '!';
  }
  return prev != '_';
}

}  // namespace

// ---- integers

IntResult parse_uint(std::string_view s, int base, int bit_size) {
  IntResult r;
  if (s.empty()) {
    r.err = NumErr::Syntax;
    return r;
  }
  const std::string_view s0 = s;
  const bool prefixed = base == 0;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') base = 2, s.remove_prefix(2);
      else if (s.size() >= 3 && lower(s[1]) == 'o') base = 8, s.remove_prefix(2);
      else if (s.size() >= 3 && lower(s[1]) == 'x') base = 16, s.remove_prefix(2);
      else base = 8, s.remove_prefix(1);
    }
  } else if (base < 2 || base > 36) {
    r.err = NumErr::Base;
    r.arg = base;
    return r;
  }
  if (bit_size == 0) {
    bit_size = 64;
  } else if (bit_size < 0 || bit_size > 64) {
    r.err = NumErr::BitSize;
    r.arg = bit_size;
    return r;
  }
  const uint64_t max_val = bit_size == 64 ? ~uint64_t(0) : (uint64_t(1) << bit_size) - 1;
  const uint64_t cutoff = ~uint64_t(0) / uint64_t(base) + 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && prefixed) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      r.err = NumErr::Syntax;
      return r;
    }
    if (d >= base) {
      r.err = NumErr::Syntax;
      return r;
    }
    if (n >= cutoff) {
      r.value = max_val;
      r.err = NumErr::Range;
      return r;
    }
    n *= uint64_t(base);
    const uint64_t n1 = n + uint64_t(d);
    if (n1 < n || n1 > max_val) {
      r.value = max_val;
      r.err = NumErr::Range;
      return r;
    }
    n = n1;
  }
  if (underscores && !underscore_ok(s0)) {
    r.err = NumErr::Syntax;
    return r;
  }
  r.value = n;
  return r;
}

IntResult parse_int(std::string_view s, int base, int bit_size) {
  IntResult r;
  if (s.empty()) {
    r.err = NumErr::Syntax;
    return r;
  }
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  IntResult u = parse_uint(s, base, bit_size);
  if (u.err != NumErr::None && u.err != NumErr::Range) {
    u.value = 0;
    return u;
  }
  if (bit_size == 0) bit_size = 64;
  const uint64_t cutoff = uint64_t(1) << (bit_size - 1);
  if (!neg && u.value >= cutoff) {
    r.value = cutoff - 1;
    r.err = NumErr::Range;
    return r;
  }
  if (neg && u.value > cutoff) {
    r.value = uint64_t(-int64_t(cutoff - 1) - 1);
    r.err = NumErr::Range;
    return r;
  }
  r.value = neg ? uint64_t(0) - u.value : u.value;
  return r;
}

// ---- floats

namespace {

size_t common_prefix_ignore_case(std::string_view s, std::string_view prefix) {
  size_t n = 0;
  while (n < s.size() && n < prefix.size() && lower(s[n]) == prefix[n]) ++n;
  return n;
}

// special() is Go's: [+-]inf, [+-]infinity, nan, case-insensitive.
bool special(std::string_view s, double& f, size_t& n) {
  if (s.empty()) return false;
  int sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
    case '+': case '-':
      if (s[0] == '-') sign = -1;
      nsign = 1;
      s.remove_prefix(1);
      [[fallthrough]];
    case 'i': case 'I': {
      size_t k = common_prefix_ignore_case(s, "infinity");
      if (3 < k && k < 8) k = 3;
      if (k == 3 || k == 8) {
        f = sign * INFINITY;
        n = nsign + k;
        return true;
      }
      return false;
    }
    case 'n': case 'N':
      if (common_prefix_ignore_case(s, "nan") == 3) {
        f = __builtin_bit_cast(double, uint64_t(0x7FF8000000000001));  // Go's math.NaN()
        n = 3;
        return true;
      }
      return false;
  }
  return false;
}

// read_float() is Go's readFloat, for syntax only: the length of the
// float at the start of s, or 0 when there is none.
size_t read_float(std::string_view s) {
  size_t i = 0;
  bool underscores = false;
  if (i >= s.size()) return 0;
  if (s[i] == '+' || s[i] == '-') ++i;
  bool hex = false;
  char exp_char = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    i += 2;
    exp_char = 'p';
    hex = true;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits) return 0;
  if (i < s.size() && lower(s[i]) == exp_char) {
    ++i;
    if (i >= s.size()) return 0;
    if (s[i] == '+' || s[i] == '-') ++i;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return 0;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') underscores = true;
    }
  } else if (hex) {
    return 0;  // a hex mantissa must have a 'p' exponent
  }
  if (underscores && !underscore_ok(s.substr(0, i))) return 0;
  return i;
}

// convert() converts a float readFloat accepted (underscores dropped) with
// the C library, which rounds correctly, straight to the target precision.
double convert(std::string_view s, int bit_size, bool& overflow) {
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
    if (c != '_') clean += c;
  }
  double v;
  if (bit_size == 32) {
    v = double(std::strtof(clean.c_str(), nullptr));
  } else {
    v = std::strtod(clean.c_str(), nullptr);
  }
  overflow = std::isinf(v);
  return v;
}

}  // namespace

FloatResult parse_float_prefix(std::string_view s, int bit_size) {
  FloatResult r;
  double f;
  size_t n;
  if (special(s, f, n)) {
    r.value = bit_size == 32 ? double(float(f)) : f;
    r.n = n;
    return r;
  }
  n = read_float(s);
  if (n == 0) {
    r.err = NumErr::Syntax;
    return r;
  }
  bool overflow = false;
  r.value = convert(s.substr(0, n), bit_size, overflow);
  r.n = n;
  if (overflow) r.err = NumErr::Range;
  return r;
}

FloatResult parse_float(std::string_view s, int bit_size) {
  FloatResult r = parse_float_prefix(s, bit_size);
  if (r.n != s.size() && r.err != NumErr::Syntax) {
    r.value = 0;
    r.err = NumErr::Syntax;
  }
  if (r.err == NumErr::Syntax) r.value = 0;
  return r;
}

ComplexResult parse_complex(std::string_view s, int bit_size) {
  ComplexResult r;
  const int size = bit_size == 64 ? 32 : 64;
  if (s.size() >= 2 && s[0] == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
  NumErr pending = NumErr::None;
  auto syntax = [&r] {
    r = ComplexResult{};
    r.err = NumErr::Syntax;
    return r;
  };
  // A part's error: syntax ends the parse, range is reported at the end.
  auto part = [&](FloatResult f) {
    if (f.err == NumErr::Range) pending = NumErr::Range;
    return f.err != NumErr::Syntax;
  };
  FloatResult re = parse_float_prefix(s, size);
  if (!part(re)) return syntax();
  s.remove_prefix(re.n);
  if (s.empty()) {
    r.re = re.value;
    r.err = pending;
    return r;
  }
  switch (s[0]) {
    case '+':
      if (s.size() > 1 && s[1] != '+') s.remove_prefix(1);
      break;
    case '-':
      break;
    case 'i':
      if (s.size() == 1) {
        r.im = re.value;
        r.err = pending;
        return r;
      }
      return syntax();
    default:
      return syntax();
  }
  FloatResult im = parse_float_prefix(s, size);
  if (!part(im)) return syntax();
  s.remove_prefix(im.n);
  if (s != "i") return syntax();
  r.re = re.value;
  r.im = im.value;
  r.err = pending;
  return r;
}

std::string format_float(double f, char fmt, int prec, int bit_size) {
  std::string out;
  switch (fmt) {
    case 'b': case 'e': case 'E': case 'f': case 'g': case 'G': case 'x': case 'X':
      fmtd::append_float(out, bit_size == 32 ? double(float(f)) : f, fmt, prec, bit_size);
      return out;
  }
  // An unknown format prints as "%c" after Go's special cases (NaN, ±Inf).
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  out += '%';
  out += fmt;
  return out;
}

// ---- quoting

bool is_graphic(char32_t r) {
  if (fmtd::is_print(r)) return true;
  static constexpr char32_t kGraphic[] = {0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                                          0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000};
  for (char32_t g : kGraphic) {
    if (g == r) return true;
  }
  return false;
}

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

bool in_graphic_list(char32_t r) { return !fmtd::is_print(r) && is_graphic(r); }

void append_escaped_rune(std::string& buf, char32_t r, char quote, bool ascii_only, bool graphic_only) {
  if (r == char32_t(uint8_t(quote)) || r == '\\') {
    buf += '\\';
    buf += char(r);
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && fmtd::is_print(r)) {
      buf += char(r);
      return;
    }
  } else if (fmtd::is_print(r) || (graphic_only && in_graphic_list(r))) {
    fmtd::append_rune(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf += kLowerHex[(r >> 4) & 0xF];
    buf += kLowerHex[r & 0xF];
    return;
  }
  if (!fmtd::valid_rune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  }
}

}  // namespace

std::string quote(std::string_view s, bool ascii_only, bool graphic_only) {
  std::string buf = "\"";
  while (!s.empty()) {
    char32_t r = uint8_t(s[0]);
    int width = 1;
    if (r >= 0x80) {
      const fmtd::DecodedRune d = fmtd::decode_rune(s);
      r = d.rune;
      width = d.width;
    }
    if (width == 1 && r == fmtd::kRuneError) {
      buf += "\\x";
      buf += kLowerHex[uint8_t(s[0]) >> 4];
      buf += kLowerHex[uint8_t(s[0]) & 0xF];
    } else {
      append_escaped_rune(buf, r, '"', ascii_only, graphic_only);
    }
    s.remove_prefix(size_t(width));
  }
  buf += '"';
  return buf;
}

std::string quote_rune(int64_t r, bool ascii_only, bool graphic_only) {
  std::string buf = "'";
  char32_t c = r < 0 || r > 0x10FFFF || !fmtd::valid_rune(char32_t(r)) ? fmtd::kRuneError : char32_t(r);
  append_escaped_rune(buf, c, '\'', ascii_only, graphic_only);
  buf += '\'';
  return buf;
}

UnquoteCharResult unquote_char(std::string_view s, char quote) {
  UnquoteCharResult r;
  if (s.empty()) return r;
  const char c0 = s[0];
  if (c0 == quote && (quote == '\'' || quote == '"')) return r;
  if (uint8_t(c0) >= 0x80) {
    const fmtd::DecodedRune d = fmtd::decode_rune(s);
    r.value = int32_t(d.rune);
    r.multibyte = true;
    r.tail = s.substr(size_t(d.width));
    r.ok = true;
    return r;
  }
  if (c0 != '\\') {
    r.value = uint8_t(c0);
    r.tail = s.substr(1);
    r.ok = true;
    return r;
  }
  if (s.size() <= 1) return r;
  const char c = s[1];
  s.remove_prefix(2);
  auto unhex = [](char b, int32_t& v) {
    if (b >= '0' && b <= '9') v = b - '0';
    else if (b >= 'a' && b <= 'f') v = b - 'a' + 10;
    else if (b >= 'A' && b <= 'F') v = b - 'A' + 10;
    else return false;
    return true;
  };
  switch (c) {
    case 'a': r.value = '\a'; break;
    case 'b': r.value = '\b'; break;
    case 'f': r.value = '\f'; break;
    case 'n': r.value = '\n'; break;
    case 'r': r.value = '\r'; break;
    case 't': r.value = '\t'; break;
    case 'v': r.value = '\v'; break;
    case 'x': case 'u': case 'U': {
      const size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (s.size() < n) return r;
      int32_t v = 0;
      for (size_t j = 0; j < n; ++j) {
        int32_t x;
        if (!unhex(s[j], x)) return r;
        v = int32_t(uint32_t(v) << 4) | x;
      }
      s.remove_prefix(n);
      if (c == 'x') {
        r.value = v;
        break;
      }
      if (v < 0 || !fmtd::valid_rune(char32_t(v))) return r;
      r.value = v;
      r.multibyte = true;
      break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = c - '0';
      if (s.size() < 2) return r;
      for (size_t j = 0; j < 2; ++j) {
        const int32_t x = s[j] - '0';
        if (x < 0 || x > 7) return r;
        v = (v << 3) | x;
      }
      s.remove_prefix(2);
      if (v > 255) return r;
      r.value = v;
      break;
    }
    case '\\': r.value = '\\'; break;
    case '\'': case '"':
      if (c != quote) return r;
      r.value = c;
      break;
    default:
      return r;
  }
  r.tail = s;
  r.ok = true;
  return r;
}

bool unquote(std::string_view in, bool unescape, std::string& out, std::string_view& rem) {
  rem = in;
  out.clear();
  if (in.size() < 2) return false;
  const char quote = in[0];
  const size_t found = in.substr(1).find(quote);
  if (found == std::string_view::npos) return false;
  const size_t end = found + 2;
  if (quote == '`') {
    if (!unescape) {
      out = in.substr(0, end);
    } else {
      for (size_t i = 1; i < end - 1; ++i) {
        if (in[i] != '\r') out += in[i];
      }
    }
    rem = in.substr(end);
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  const std::string_view head = in.substr(0, end);
  if (head.find('\\') == std::string_view::npos && head.find('\n') == std::string_view::npos) {
    bool valid;
    const std::string_view body = in.substr(1, end - 2);
    if (quote == '"') {
      valid = true;
      for (std::string_view b = body; !b.empty();) {
        const fmtd::DecodedRune d = fmtd::decode_rune(b);
        if (d.rune == fmtd::kRuneError && d.width == 1) {
          valid = false;
          break;
        }
        b.remove_prefix(size_t(d.width));
      }
    } else {
      const fmtd::DecodedRune d = fmtd::decode_rune(body);
      valid = 2 + size_t(d.width) == end && (d.rune != fmtd::kRuneError || d.width != 1);
    }
    if (valid) {
      out = unescape ? body : head;
      rem = in.substr(end);
      return true;
    }
  }
  const std::string_view in0 = in;
  in.remove_prefix(1);
  while (!in.empty() && in[0] != quote) {
    const UnquoteCharResult c = unquote_char(in, quote);
    if (in[0] == '\n' || !c.ok) {
      out.clear();
      return false;
    }
    in = c.tail;
    if (unescape) {
      if (c.value < 0x80 || !c.multibyte) out += char(uint8_t(c.value));
      else fmtd::append_rune(out, char32_t(c.value));
    }
    if (quote == '\'') break;
  }
  if (in.empty() || in[0] != quote) {
    out.clear();
    return false;
  }
  in.remove_prefix(1);
  if (!unescape) out = in0.substr(0, in0.size() - in.size());
  rem = in;
  return true;
}

// ---- errors

namespace {

std::string err_text(NumErr err, int64_t arg) {
  switch (err) {
    case NumErr::Syntax: return "invalid syntax";
    case NumErr::Range: return "value out of range";
    case NumErr::Base: return "invalid base " + std::to_string(arg);
    case NumErr::BitSize: return "invalid bit size " + std::to_string(arg);
    case NumErr::None: break;
  }
  return "";
}

Iface err_value(Thread& t, NumErr err, int64_t arg) {
  switch (err) {
    case NumErr::Syntax: return stub_error(t, "strconv.ErrSyntax", "invalid syntax");
    case NumErr::Range: return stub_error(t, "strconv.ErrRange", "value out of range");
    default: return new_error(t, err_text(err, arg));
  }
}

}  // namespace

Iface err_syntax(Thread& t) { return err_value(t, NumErr::Syntax, 0); }

Iface num_error(Thread& t, std::string_view fn, std::string_view num, const IntResult& r) {
  const RType* pt = t.prog != nullptr ? t.prog->type_named("*strconv.NumError") : nullptr;
  if (pt == nullptr) {
    return new_error(t, "strconv." + std::string(fn) + ": parsing " + quote(num, false, false) + ": " +
                            err_text(r.err, r.arg));
  }
  void* e = new_value(pt->elem);
  store_string(field(pt->elem, e, "Func"), make_string(fn));
  store_string(field(pt->elem, e, "Num"), num.empty() ? String{nullptr, 0} : make_string(num));
  const Iface err = err_value(t, r.err, r.arg);
  char* slot = static_cast<char*>(field(pt->elem, e, "Err"));
  store_leaf(Leaf::Ptr, slot, ptr_slot(err.type));
  store_leaf(Leaf::Ptr, slot + 8, ptr_slot(err.data));
  return Iface{pt, e};
}

Iface num_error(Thread& t, std::string_view fn, std::string_view num, NumErr err) {
  IntResult r;
  r.err = err;
  return num_error(t, fn, num, r);
}

}  // namespace goro::lang::vm::native
