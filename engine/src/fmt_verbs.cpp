// Which verbs apply to which kind of value: the per-kind dispatch of Go's
// fmt/print.go (fmtBool, fmtInteger, fmtString, fmtBytes, fmtPointer,
// badVerb). Changes here must match the kind dispatch in
// goro/detail/fmt_value.hpp, which calls these.
#include "goro/detail/fmt_formatter.hpp"

namespace goro {

using detail::fmt::kLowerDigits;
using detail::fmt::kUpperDigits;

bool Formatter::print_bool(bool v, char32_t verb) {
  if (verb != 't' && verb != 'v') return false;
  fmt_boolean(v);
  return true;
}

bool Formatter::print_integer(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (flags.sharp_v && !is_signed) {
        fmt_0x64(v, true);  // %#v of unsigned is Go syntax: 0x2a
      } else {
        fmt_integer(v, 10, is_signed, verb, kLowerDigits);
      }
      return true;
    case 'd': fmt_integer(v, 10, is_signed, verb, kLowerDigits); return true;
    case 'b': fmt_integer(v, 2, is_signed, verb, kLowerDigits); return true;
    case 'o': case 'O': fmt_integer(v, 8, is_signed, verb, kLowerDigits); return true;
    case 'x': fmt_integer(v, 16, is_signed, verb, kLowerDigits); return true;
    case 'X': fmt_integer(v, 16, is_signed, verb, kUpperDigits); return true;
    case 'c': fmt_c(v); return true;
    case 'q': fmt_qc(v); return true;
    case 'U': fmt_unicode(v); return true;
    default: return false;
  }
}

bool Formatter::print_string(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v':
      if (flags.sharp_v) {
        fmt_q(v);
      } else {
        fmt_s(v);
      }
      return true;
    case 's': fmt_s(v); return true;
    case 'x': fmt_sx(v, kLowerDigits); return true;
    case 'X': fmt_sx(v, kUpperDigits); return true;
    case 'q': fmt_q(v); return true;
    default: return false;
  }
}

bool Formatter::print_bytes(std::string_view v, char32_t verb) {
  switch (verb) {
    case 's': fmt_s(v); return true;
    case 'x': fmt_sx(v, kLowerDigits); return true;
    case 'X': fmt_sx(v, kUpperDigits); return true;
    case 'q': fmt_q(v); return true;
    default: return false;
  }
}

bool Formatter::print_pointer(uintptr_t u, char32_t verb, std::string_view type_name) {
  switch (verb) {
    case 'v':
      if (flags.sharp_v) {
        buf.push_back('(');
        buf.append(type_name);
        buf.append(")(");
        if (u == 0) {
          buf.append("nil");
        } else {
          fmt_0x64(u, true);
        }
        buf.push_back(')');
      } else if (u == 0) {
        pad("<nil>");
      } else {
        fmt_0x64(u, !flags.sharp);
      }
      return true;
    case 'p': fmt_0x64(u, !flags.sharp); return true;
    case 'b': case 'o': case 'd': case 'x': case 'X': return print_integer(u, false, verb);
    default: return false;
  }
}

// print_nil() prints a nil operand (nullptr, nullopt): Go's printArg(nil).
void Formatter::print_nil(char32_t verb) {
  if (verb == 'v' || verb == 'T') {
    pad("<nil>");
    return;
  }
  buf.append("%!");
  write_rune(verb);
  buf.append("(<nil>)");
}

void Formatter::bad_verb_begin(char32_t verb, std::string_view type_name) {
  erroring = true;
  buf.append("%!");
  write_rune(verb);
  buf.push_back('(');
  buf.append(type_name);
  buf.push_back('=');
}

void Formatter::bad_verb_end() {
  buf.push_back(')');
  erroring = false;
}

void Formatter::write_panic(char32_t verb, std::string_view method, std::string_view message) {
  // The report uses default formatting whatever the verb's flags were.
  const detail::fmt::FmtFlags old_flags = flags;
  flags = detail::fmt::FmtFlags{};
  buf.append("%!");
  write_rune(verb);
  buf.append("(PANIC=");
  buf.append(method);
  buf.append(" method: ");
  buf.append(message);
  buf.push_back(')');
  flags = old_flags;
}

}  // namespace goro
