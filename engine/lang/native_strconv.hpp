// Go's strconv conversions in C++ for the natives that need them: strconv's
// own (float and complex parsing, quoting) and fmt's scanner (integers,
// floats, quoted strings). Syntax and results are Go 1.22's; errors are
// reported as a kind, turned into Go values (*strconv.NumError) by
// num_error().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "value.hpp"

namespace goro::lang::vm {
struct Thread;
}

namespace goro::lang::vm::native {

// NumErr is the Err of a *strconv.NumError: ErrSyntax, ErrRange, or one of
// ParseInt's argument errors ("invalid base 1", "invalid bit size 65").
enum class NumErr { None, Syntax, Range, Base, BitSize };

struct IntResult {
  uint64_t value = 0;  // int64 bits for parse_int
  NumErr err = NumErr::None;
  int64_t arg = 0;  // the bad base or bit size
};

// parse_uint() and parse_int() are strconv.ParseUint and ParseInt.
IntResult parse_uint(std::string_view s, int base, int bit_size);
IntResult parse_int(std::string_view s, int base, int bit_size);

struct FloatResult {
  double value = 0;
  size_t n = 0;  // bytes parsed (parseFloatPrefix)
  NumErr err = NumErr::None;
};

// parse_float_prefix() is Go's parseFloatPrefix: the longest float at the
// start of s (n bytes), its value at bit_size precision (32 or 64).
FloatResult parse_float_prefix(std::string_view s, int bit_size);
// parse_float() is strconv.ParseFloat.
FloatResult parse_float(std::string_view s, int bit_size);

// ParseComplex's result.
struct ComplexResult {
  double re = 0, im = 0;
  NumErr err = NumErr::None;
};
ComplexResult parse_complex(std::string_view s, int bit_size);

// format_float() is strconv.FormatFloat (bit_size already checked).
std::string format_float(double f, char fmt, int prec, int bit_size);

// is_graphic() is strconv.IsGraphic: IsPrint or one of the graphic spaces.
bool is_graphic(char32_t r);

// quote() is Quote / QuoteToASCII / QuoteToGraphic; quote_rune() the rune forms.
std::string quote(std::string_view s, bool ascii_only, bool graphic_only);
std::string quote_rune(int64_t r, bool ascii_only, bool graphic_only);

// UnquoteCharResult is strconv.UnquoteChar's results.
struct UnquoteCharResult {
  int32_t value = 0;
  bool multibyte = false;
  std::string_view tail;
  bool ok = false;  // false: ErrSyntax
};
UnquoteCharResult unquote_char(std::string_view s, char quote);

// unquote() is Go's unquote(in, unescape): out is the unquoted value (or
// with !unescape the quoted prefix itself), rem what follows it; false on
// ErrSyntax.
bool unquote(std::string_view in, bool unescape, std::string& out, std::string_view& rem);

// num_error() is &strconv.NumError{fn, num, err}; when the program has no
// strconv (fmt's scanner parses without importing it) an error with the
// same message.
Iface num_error(Thread& t, std::string_view fn, std::string_view num, const IntResult& r);
Iface num_error(Thread& t, std::string_view fn, std::string_view num, NumErr err);
// syntax_error() is strconv.ErrSyntax.
Iface err_syntax(Thread& t);

}  // namespace goro::lang::vm::native
