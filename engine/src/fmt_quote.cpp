// Go-syntax quoting of strings and runes: strconv.Quote, QuoteToASCII,
// QuoteRune, QuoteRuneToASCII and CanBackquote, as %q uses them.
#include "goro/detail/fmt_strconv.hpp"

namespace goro::detail::fmt {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void append_hex_escape(std::string& out, const char* prefix, uint32_t r, int digits) {
  out.append(prefix);
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out.push_back(kLowerHex[r >> shift & 0xF]);
}

// append_escaped_rune() is strconv.appendEscapedRune (graphicOnly = false).
void append_escaped_rune(std::string& out, char32_t r, char quote, bool ascii_only) {
  if (r == static_cast<char32_t>(quote) || r == '\\') {  // always backslashed
    out.push_back('\\');
    out.push_back(static_cast<char>(r));
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && is_print(r)) {
      out.push_back(static_cast<char>(r));
      return;
    }
  } else if (is_print(r)) {
    append_rune(out, r);
    return;
  }
  switch (r) {
    case '\a': out.append("\\a"); return;
    case '\b': out.append("\\b"); return;
    case '\f': out.append("\\f"); return;
    case '\n': out.append("\\n"); return;
    case '\r': out.append("\\r"); return;
    case '\t': out.append("\\t"); return;
    case '\v': out.append("\\v"); return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    append_hex_escape(out, "\\x", r, 2);
  } else if (!valid_rune(r)) {
    append_hex_escape(out, "\\u", 0xFFFD, 4);
  } else if (r < 0x10000) {
    append_hex_escape(out, "\\u", r, 4);
  } else {
    append_hex_escape(out, "\\U", r, 8);
  }
}

}  // namespace

void append_quoted(std::string& out, std::string_view s, bool ascii_only) {
  out.reserve(out.size() + s.size() + 2);
  out.push_back('"');
  while (!s.empty()) {
    char32_t r = static_cast<unsigned char>(s[0]);
    int width = 1;
    if (r >= 0x80) {
      const DecodedRune d = decode_rune(s);
      r = d.rune;
      width = d.width;
    }
    if (width == 1 && r == kRuneError) {
      // A byte that is not valid UTF-8 is shown as itself, not as U+FFFD.
      append_hex_escape(out, "\\x", static_cast<unsigned char>(s[0]), 2);
    } else {
      append_escaped_rune(out, r, '"', ascii_only);
    }
    s.remove_prefix(static_cast<size_t>(width));
  }
  out.push_back('"');
}

void append_quoted_rune(std::string& out, char32_t r, bool ascii_only) {
  out.push_back('\'');
  if (!valid_rune(r)) r = kRuneError;
  append_escaped_rune(out, r, '\'', ascii_only);
  out.push_back('\'');
}

bool can_backquote(std::string_view s) {
  while (!s.empty()) {
    const DecodedRune d = decode_rune(s);
    s.remove_prefix(static_cast<size_t>(d.width));
    if (d.width > 1) {
      if (d.rune == 0xFEFF) return false;  // BOMs are invisible and should not be quoted
      continue;
    }
    if (d.rune == kRuneError) return false;
    if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
  }
  return true;
}

}  // namespace goro::detail::fmt
