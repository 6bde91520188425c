// Package strconv's natives (stdlib/strconv.go): float and complex
// conversions and the quoting family, on native_strconv's Go ports and the
// runtime's shortest/fixed float formatter (goro/detail/fmt_strconv.hpp).
#include "goro/detail/fmt_strconv.hpp"
#include "native_strconv.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

void put_error(Slot* r, Iface e) { put_iface(r, e); }

// ParseFloat(s string, bitSize int) (float64, error)
void parse_float_(Thread& t, Slot* r) {
  const std::string_view s = arg_view(r);
  const int bits = r[2].i == 32 ? 32 : 64;
  const FloatResult f = parse_float(s, bits);
  r[0].f = f.value;
  if (f.err == NumErr::None) put_nil_iface(r + 1);
  else put_error(r + 1, num_error(t, "ParseFloat", s, f.err));
}

// FormatFloat(f float64, fmt byte, prec, bitSize int) string
void format_float_(Thread&, Slot* r) {
  const int64_t bits = r[3].i;
  if (bits != 32 && bits != 64) panic_string("strconv: illegal AppendFloat/FormatFloat bitSize");
  put_string(r, format_float(r[0].f, char(r[1].u), int(r[2].i), int(bits)));
}

// ParseComplex(s string, bitSize int) (complex128, error)
void parse_complex_(Thread& t, Slot* r) {
  const std::string_view s = arg_view(r);
  const ComplexResult c = parse_complex(s, int(r[2].i));
  r[0].f = c.re;
  r[1].f = c.im;
  if (c.err == NumErr::None) put_nil_iface(r + 2);
  else put_error(r + 2, num_error(t, "ParseComplex", s, c.err));
}

// FormatComplex(c complex128, fmt byte, prec, bitSize int) string
void format_complex_(Thread&, Slot* r) {
  int64_t bits = r[4].i;
  if (bits != 64 && bits != 128) panic_string("invalid bitSize");
  bits >>= 1;
  const char fmt = char(r[2].u);
  const int prec = int(r[3].i);
  std::string im = format_float(r[1].f, fmt, prec, int(bits));
  if (im[0] != '+' && im[0] != '-') im = "+" + im;
  put_string(r, "(" + format_float(r[0].f, fmt, prec, int(bits)) + im + "i)");
}

void quote_(Thread&, Slot* r) { put_string(r, quote(arg_view(r), false, false)); }
void quote_ascii(Thread&, Slot* r) { put_string(r, quote(arg_view(r), true, false)); }
void quote_graphic(Thread&, Slot* r) { put_string(r, quote(arg_view(r), false, true)); }
void quote_rune_(Thread&, Slot* r) { put_string(r, quote_rune(r[0].i, false, false)); }
void quote_rune_ascii(Thread&, Slot* r) { put_string(r, quote_rune(r[0].i, true, false)); }
void quote_rune_graphic(Thread&, Slot* r) { put_string(r, quote_rune(r[0].i, false, true)); }

// QuotedPrefix(s string) (string, error)
void quoted_prefix(Thread& t, Slot* r) {
  std::string out;
  std::string_view rem;
  const std::string_view s = arg_view(r);
  if (!unquote(s, false, out, rem)) {
    put_string(r, std::string_view());
    put_error(r + 2, err_syntax(t));
    return;
  }
  // The prefix is part of s: share its bytes, as Go's slicing does.
  put_string(r, String{static_cast<const char*>(r[0].cp), int64_t(out.size())});
  put_nil_iface(r + 2);
}

// Unquote(s string) (string, error)
void unquote_(Thread& t, Slot* r) {
  std::string out;
  std::string_view rem;
  if (!unquote(arg_view(r), true, out, rem) || !rem.empty()) {
    put_string(r, std::string_view());
    put_error(r + 2, err_syntax(t));
    return;
  }
  put_string(r, out);
  put_nil_iface(r + 2);
}

// UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
void unquote_char_(Thread& t, Slot* r) {
  const std::string_view s = arg_view(r);
  const UnquoteCharResult c = unquote_char(s, char(r[2].u));
  if (!c.ok) {
    r[0].i = 0;
    r[1].u = 0;
    put_string(r + 2, String{nullptr, 0});
    put_error(r + 4, err_syntax(t));
    return;
  }
  const char* base = static_cast<const char*>(r[0].cp);
  r[0].i = c.value;
  r[1].u = c.multibyte;
  const int64_t tail_len = int64_t(c.tail.size());
  put_string(r + 2, String{tail_len ? base + (s.size() - c.tail.size()) : nullptr, tail_len});
  put_nil_iface(r + 4);
}

bool rune_ok(int64_t r) { return r >= 0 && r <= 0x10FFFF; }

void is_print(Thread&, Slot* r) { put_bool(r[0], rune_ok(r[0].i) && goro::detail::fmt::is_print(char32_t(r[0].i))); }
void is_graphic_(Thread&, Slot* r) { put_bool(r[0], rune_ok(r[0].i) && is_graphic(char32_t(r[0].i))); }

constexpr NativeDef kNatives[] = {
    {"strconv.FormatComplex", format_complex_},
    {"strconv.FormatFloat", format_float_},
    {"strconv.IsGraphic", is_graphic_},
    {"strconv.IsPrint", is_print},
    {"strconv.ParseComplex", parse_complex_},
    {"strconv.ParseFloat", parse_float_},
    {"strconv.Quote", quote_},
    {"strconv.QuoteRune", quote_rune_},
    {"strconv.QuoteRuneToASCII", quote_rune_ascii},
    {"strconv.QuoteRuneToGraphic", quote_rune_graphic},
    {"strconv.QuoteToASCII", quote_ascii},
    {"strconv.QuoteToGraphic", quote_graphic},
    {"strconv.QuotedPrefix", quoted_prefix},
    {"strconv.Unquote", unquote_},
    {"strconv.UnquoteChar", unquote_char_},
};

}  // namespace

std::span<const NativeDef> natives_strconv() { return kNatives; }

}  // namespace goro::lang::vm
