// The Unicode classes Go identifiers are made of (the spec's unicode_letter
// and unicode_digit), for runes outside ASCII. Printability and UTF-8
// decoding come from the runtime's strconv port (goro/detail/fmt_strconv.hpp).
#pragma once

namespace goro::lang {

// is_unicode_letter() is unicode.IsLetter (category L) for r >= 0x80.
bool is_unicode_letter(char32_t r);

// is_unicode_digit() is unicode.IsDigit (category Nd) for r >= 0x80.
bool is_unicode_digit(char32_t r);

}  // namespace goro::lang
