// The raw formatters of Go's fmt/format.go: padding, integers, runes and
// strings under width, precision and the + - # 0 space flags. Kept close to
// the Go source so the two can be compared line by line.
#include <algorithm>

#include "goro/detail/fmt_formatter.hpp"
#include "goro/detail/fmt_strconv.hpp"

namespace goro {

using detail::fmt::kLowerDigits;
using detail::fmt::kUpperDigits;

bool Formatter::flag(char c) const {
  switch (c) {
    case '-': return flags.minus;
    case '+': return flags.plus || flags.plus_v;
    case '#': return flags.sharp || flags.sharp_v;
    case ' ': return flags.space;
    case '0': return flags.zero;
    default: return false;
  }
}

void Formatter::write_rune(char32_t r) { detail::fmt::append_rune(buf, r); }

void Formatter::write_padding(int n) {
  if (n <= 0) return;
  buf.append(static_cast<size_t>(n), flags.zero ? '0' : ' ');
}

void Formatter::pad(std::string_view s) {
  if (!flags.wid_present || wid == 0) {
    buf.append(s);
    return;
  }
  const int width = wid - static_cast<int>(detail::fmt::rune_count(s));
  if (!flags.minus) {
    write_padding(width);
    buf.append(s);
  } else {
    buf.append(s);
    write_padding(width);
  }
}

void Formatter::fmt_boolean(bool v) { pad(v ? "true" : "false"); }

// fmt_unicode() formats u as "U+0078", or with # as "U+0078 'x'".
void Formatter::fmt_unicode(uint64_t u) {
  int digits = flags.prec_present && prec > 4 ? prec : 4;
  std::string out = "U+";
  std::string hex;
  for (uint64_t v = u;; v >>= 4) {
    hex.push_back(kUpperDigits[v & 0xF]);
    if (v < 16) break;
  }
  if (static_cast<int>(hex.size()) < digits) out.append(static_cast<size_t>(digits) - hex.size(), '0');
  out.append(hex.rbegin(), hex.rend());
  if (flags.sharp && u <= detail::fmt::kMaxRune && detail::fmt::is_print(static_cast<char32_t>(u))) {
    out.append(" '");
    detail::fmt::append_rune(out, static_cast<char32_t>(u));
    out.push_back('\'');
  }
  const bool old_zero = flags.zero;
  flags.zero = false;
  pad(out);
  flags.zero = old_zero;
}

void Formatter::fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
  const bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;

  // Two ways to ask for leading zeros: %.3d or %03d. With both, the zero
  // flag is ignored and padding uses spaces.
  int want = 0;
  if (flags.prec_present) {
    want = prec;
    if (want == 0 && u == 0) {  // precision 0 and value 0 print nothing but padding
      const bool old_zero = flags.zero;
      flags.zero = false;
      write_padding(wid);
      flags.zero = old_zero;
      return;
    }
  } else if (flags.zero && flags.wid_present) {
    want = wid;
    if (negative || flags.plus || flags.space) --want;  // leave room for the sign
  }

  // Format right to left into a buffer big enough for %b of a uint64 plus
  // sign and prefix, or for the requested precision (only then on the heap).
  char small[68];
  std::string big;
  size_t size = sizeof small;
  char* tmp = small;
  if (want > 0) {
    size += static_cast<size_t>(want);
    big.resize(size);
    tmp = big.data();
  }
  size_t i = size;
  const uint64_t b = static_cast<uint64_t>(base);
  do {
    tmp[--i] = digits[u % b];
    u /= b;
  } while (u != 0);
  while (i > 0 && want > static_cast<int>(size - i)) tmp[--i] = '0';

  if (flags.sharp) {
    switch (base) {
      case 2: tmp[--i] = 'b'; tmp[--i] = '0'; break;
      case 8: if (tmp[i] != '0') tmp[--i] = '0'; break;
      case 16: tmp[--i] = digits[16]; tmp[--i] = '0'; break;
      default: break;
    }
  }
  if (verb == 'O') {
    tmp[--i] = 'o';
    tmp[--i] = '0';
  }
  if (negative) {
    tmp[--i] = '-';
  } else if (flags.plus) {
    tmp[--i] = '+';
  } else if (flags.space) {
    tmp[--i] = ' ';
  }
  // Zero padding on the left was done above as precision, so pad with spaces.
  const bool old_zero = flags.zero;
  flags.zero = false;
  pad(std::string_view(tmp + i, size - i));
  flags.zero = old_zero;
}

// truncate() cuts s to the precision, counted in runes, if one is present.
std::string_view Formatter::truncate(std::string_view s) const {
  if (!flags.prec_present) return s;
  int n = prec;
  for (size_t i = 0; i < s.size();) {
    if (--n < 0) return s.substr(0, i);
    const auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : static_cast<size_t>(detail::fmt::decode_rune(s.substr(i)).width);
  }
  return s;
}

void Formatter::fmt_s(std::string_view s) { pad(truncate(s)); }

// fmt_sx() formats the bytes of s in hexadecimal, for %x and %X of strings
// and byte slices; space separates bytes and # adds 0x prefixes.
void Formatter::fmt_sx(std::string_view s, const char* digits) {
  size_t length = s.size();
  if (flags.prec_present && static_cast<size_t>(prec) < length) length = static_cast<size_t>(prec);
  int width = 2 * static_cast<int>(length);
  if (width > 0) {
    if (flags.space) {
      if (flags.sharp) width *= 2;  // each byte gets its own 0x
      width += static_cast<int>(length) - 1;
    } else if (flags.sharp) {
      width += 2;  // one 0x for the whole string
    }
  } else {
    if (flags.wid_present) write_padding(wid);
    return;
  }
  if (flags.wid_present && wid > width && !flags.minus) write_padding(wid - width);
  buf.reserve(buf.size() + static_cast<size_t>(width));
  if (flags.sharp) {
    buf.push_back('0');
    buf.push_back(digits[16]);
  }
  for (size_t i = 0; i < length; ++i) {
    if (flags.space && i > 0) {
      buf.push_back(' ');
      if (flags.sharp) {
        buf.push_back('0');
        buf.push_back(digits[16]);
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    buf.push_back(digits[c >> 4]);
    buf.push_back(digits[c & 0xF]);
  }
  if (flags.wid_present && wid > width && flags.minus) write_padding(wid - width);
}

// fmt_q() formats s as a quoted Go string, or with # as a `raw string` when
// it contains no control characters other than tab.
void Formatter::fmt_q(std::string_view s) {
  s = truncate(s);
  std::string out;
  if (flags.sharp && detail::fmt::can_backquote(s)) {
    out.reserve(s.size() + 2);
    out.push_back('`');
    out.append(s);
    out.push_back('`');
  } else {
    detail::fmt::append_quoted(out, s, flags.plus);
  }
  pad(out);
}

// fmt_c() formats c as the UTF-8 of a rune; beyond U+10FFFF it is U+FFFD.
void Formatter::fmt_c(uint64_t c) {
  const char32_t r = c > detail::fmt::kMaxRune ? detail::fmt::kRuneError : static_cast<char32_t>(c);
  std::string out;
  detail::fmt::append_rune(out, r);
  pad(out);
}

// fmt_qc() formats c as a quoted Go rune literal.
void Formatter::fmt_qc(uint64_t c) {
  const char32_t r = c > detail::fmt::kMaxRune ? detail::fmt::kRuneError : static_cast<char32_t>(c);
  std::string out;
  detail::fmt::append_quoted_rune(out, r, flags.plus);
  pad(out);
}

// fmt_0x64() formats v in hex, with or without 0x, whatever the # flag says.
void Formatter::fmt_0x64(uint64_t v, bool leading_0x) {
  const bool sharp = flags.sharp;
  flags.sharp = leading_0x;
  fmt_integer(v, 16, false, 'v', kLowerDigits);
  flags.sharp = sharp;
}

}  // namespace goro
