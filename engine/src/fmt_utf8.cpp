// UTF-8 decoding and encoding with Go's unicode/utf8 rules.
#include "goro/detail/fmt_strconv.hpp"

namespace goro::detail::fmt {

namespace {

// Accepted range for the second byte of a multi-byte sequence, per first byte.
// These bounds are what reject overlong encodings, surrogates and runes past
// U+10FFFF, exactly as Go's utf8.first/acceptRanges tables do.
struct SecondByteRange {
  unsigned char lo, hi;
};

constexpr SecondByteRange second_byte_range(unsigned char b0) {
  switch (b0) {
    case 0xE0: return {0xA0, 0xBF};
    case 0xED: return {0x80, 0x9F};
    case 0xF0: return {0x90, 0xBF};
    case 0xF4: return {0x80, 0x8F};
    default: return {0x80, 0xBF};
  }
}

constexpr int sequence_length(unsigned char b0) {
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (b0 < 0xE0) return 2;
  if (b0 < 0xF0) return 3;
  if (b0 < 0xF5) return 4;
  return 0;
}

constexpr bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

DecodedRune decode_rune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  const auto b0 = static_cast<unsigned char>(s[0]);
  const int n = sequence_length(b0);
  if (n == 1) return {b0, 1};
  if (n == 0 || static_cast<int>(s.size()) < n) return {kRuneError, 1};
  const auto b1 = static_cast<unsigned char>(s[1]);
  const SecondByteRange range = second_byte_range(b0);
  if (b1 < range.lo || b1 > range.hi) return {kRuneError, 1};
  if (n == 2) return {char32_t((b0 & 0x1F) << 6 | (b1 & 0x3F)), 2};
  const auto b2 = static_cast<unsigned char>(s[2]);
  if (!continuation(b2)) return {kRuneError, 1};
  if (n == 3) return {char32_t((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)), 3};
  const auto b3 = static_cast<unsigned char>(s[3]);
  if (!continuation(b3)) return {kRuneError, 1};
  return {char32_t((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)), 4};
}

size_t rune_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else {
      i += static_cast<size_t>(decode_rune(s.substr(i)).width);
    }
  }
  return n;
}

void append_rune(std::string& out, char32_t r) {
  if (!valid_rune(r)) r = kRuneError;
  if (r < 0x80) {
    out.push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out.push_back(static_cast<char>(0xC0 | r >> 6));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | r >> 12));
    out.push_back(static_cast<char>(0x80 | (r >> 6 & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | r >> 18));
    out.push_back(static_cast<char>(0x80 | (r >> 12 & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r >> 6 & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

}  // namespace goro::detail::fmt
