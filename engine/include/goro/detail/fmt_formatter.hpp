// Formatter: the state of one fmt call and the primitive formatters
// (integers, floats, strings, pointers) that Go's fmt/format.go provides.
//
// Invariants:
//  - flags/wid/prec describe the verb being formatted now; nested values
//    (elements, fields, map entries) are formatted under the same flags.
//  - plus_v/sharp_v are set only for verb 'v'; when set, plus/sharp are
//    cleared, because %+v and %#v are distinct formats, not flag modifiers.
//  - erroring is set while a %!verb(type=value) report is being written; it
//    turns off String()/Error()/goro_format hooks so a broken hook cannot
//    recurse into itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goro {

namespace detail::fmt {

struct FmtFlags {
  bool wid_present = false;
  bool prec_present = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plus_v = false;   // %+v
  bool sharp_v = false;  // %#v
};

inline constexpr const char* kLowerDigits = "0123456789abcdefx";
inline constexpr const char* kUpperDigits = "0123456789ABCDEFX";

}  // namespace detail::fmt

// Formatter is what a goro_format() hook receives: Go's fmt.State. Hooks use
// write(), flag(), width() and precision(), and print() to format a nested
// value under the current verb. The members below the marked line are the
// printer's machinery, shared with goro/detail/fmt_value.hpp.
class Formatter {
 public:
  explicit Formatter(std::string& out) : buf(out) {}
  Formatter(const Formatter&) = delete;
  Formatter& operator=(const Formatter&) = delete;

  // write() appends bytes to the output unformatted (fmt.State.Write).
  void write(std::string_view s) { buf.append(s); }
  void write(char c) { buf.push_back(c); }
  // flag(c) reports whether flag c ('-', '+', '#', ' ', '0') is set (fmt.State.Flag).
  bool flag(char c) const;
  // has_width()/width() are fmt.State.Width; width() is 0 when absent.
  bool has_width() const { return flags.wid_present; }
  int width() const { return wid; }
  // has_precision()/precision() are fmt.State.Precision.
  bool has_precision() const { return flags.prec_present; }
  int precision() const { return prec; }
  // verb() is the verb being formatted ('v' for Print and Println).
  char32_t verb() const { return current_verb; }
  // print(v) formats v under the current verb and flags, as a nested value
  // (a field or element). Defined in goro/fmt.hpp.
  template <class T>
  void print(const T& v);

  // ---- printer machinery (not part of the hook API) ----

  std::string& buf;
  detail::fmt::FmtFlags flags;
  int wid = 0;
  int prec = 0;
  char32_t current_verb = 'v';
  bool erroring = false;
  bool panicking = false;

  void clear_flags() { flags = detail::fmt::FmtFlags{}; wid = 0; prec = 0; }
  void write_rune(char32_t r);

  // format.go: the raw formatters, honouring width, precision and flags.
  void write_padding(int n);
  void pad(std::string_view s);
  void fmt_boolean(bool v);
  void fmt_unicode(uint64_t u);
  void fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits);
  std::string_view truncate(std::string_view s) const;
  void fmt_s(std::string_view s);
  void fmt_sx(std::string_view s, const char* digits);
  void fmt_q(std::string_view s);
  void fmt_c(uint64_t c);
  void fmt_qc(uint64_t c);
  void fmt_float(double v, int size, char32_t verb, int prec);
  void fmt_0x64(uint64_t v, bool leading_0x);

  // print.go: per-kind verb dispatch. Each returns false when the verb does
  // not apply to the kind; the caller then reports %!verb(type=value).
  bool print_bool(bool v, char32_t verb);
  bool print_integer(uint64_t v, bool is_signed, char32_t verb);
  bool print_float(double v, int size, char32_t verb);
  bool print_complex(double re, double im, int size, char32_t verb);
  bool print_string(std::string_view v, char32_t verb);
  // print_bytes() handles a byte slice or array under %s %q %x %X only.
  bool print_bytes(std::string_view v, char32_t verb);
  // print_pointer() handles %v %p %b %o %d %x %X of an address; type_name is
  // used by %#v only, as "(*T)(0x...)".
  bool print_pointer(uintptr_t u, char32_t verb, std::string_view type_name);
  void print_nil(char32_t verb);
  // bad_verb_begin()/end() bracket "%!verb(type=value)"; between them the
  // value is printed with verb 'v' and hooks disabled.
  void bad_verb_begin(char32_t verb, std::string_view type_name);
  void bad_verb_end();
  // write_panic() reports an exception thrown by a hook as Go reports a
  // panic in one: "%!v(PANIC=String method: message)".
  void write_panic(char32_t verb, std::string_view method, std::string_view message);
};

}  // namespace goro
