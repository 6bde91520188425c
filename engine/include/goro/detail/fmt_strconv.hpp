// The parts of Go's strconv and unicode/utf8 packages that goro's fmt needs:
// UTF-8 with Go's rules for invalid input, Go-syntax quoting, and
// strconv.AppendFloat's float formatting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace goro::detail::fmt {

inline constexpr char32_t kRuneError = 0xFFFD;
inline constexpr char32_t kMaxRune = 0x10FFFF;

struct DecodedRune {
  char32_t rune;
  int width;  // bytes consumed
};

// decode_rune() decodes the first UTF-8 sequence of s like Go's
// utf8.DecodeRuneInString: an invalid, overlong, surrogate or truncated
// sequence yields {kRuneError, 1}; an empty s yields {kRuneError, 0}.
DecodedRune decode_rune(std::string_view s);

// rune_count() counts runes as Go's utf8.RuneCountInString does: each byte of
// an invalid sequence counts as one rune. Widths in fmt are measured in runes.
size_t rune_count(std::string_view s);

// valid_rune() reports whether r is a Unicode scalar value (not a surrogate).
constexpr bool valid_rune(char32_t r) { return r < 0xD800 || (r > 0xDFFF && r <= kMaxRune); }

// append_rune() appends r encoded as UTF-8; invalid runes become U+FFFD.
void append_rune(std::string& out, char32_t r);

// is_print() is Go's strconv.IsPrint (same answers as unicode.IsPrint),
// driven by Go 1.19's compressed tables.
bool is_print(char32_t r);

// can_backquote() is strconv.CanBackquote: s fits in a `raw string` on one line.
bool can_backquote(std::string_view s);

// append_quoted() appends strconv.Quote(s) (or QuoteToASCII with ascii_only).
void append_quoted(std::string& out, std::string_view s, bool ascii_only);

// append_quoted_rune() appends strconv.QuoteRune(r) (or QuoteRuneToASCII).
void append_quoted_rune(std::string& out, char32_t r, bool ascii_only);

// append_float() is strconv.AppendFloat(out, v, fmt, prec, bit_size): fmt is
// one of 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'; prec -1 means the fewest digits
// that read back as exactly v (at float32 precision when bit_size is 32).
void append_float(std::string& out, double v, char fmt, int prec, int bit_size);

}  // namespace goro::detail::fmt
