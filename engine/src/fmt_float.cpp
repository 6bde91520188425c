// Floats and complex numbers in fmt: Go's fmt.fmtFloat (flags, padding and
// the # flag's retained zeros) and pp.fmtFloat/fmtComplex (verb dispatch).
#include <string>

#include "goro/detail/fmt_formatter.hpp"
#include "goro/detail/fmt_strconv.hpp"

namespace goro {

namespace {

// sharp_digits() applies the # flag to num (sign at num[0]): it forces a
// decimal point and, for %g/%x, restores the trailing zeros strconv trims.
void sharp_digits(std::string& num, char32_t verb, int prec) {
  int digits = 0;
  if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
  std::string tail;  // exponent, re-appended after the padding zeros
  bool has_point = false;
  bool saw_nonzero = false;
  for (size_t i = 1; i < num.size(); ++i) {
    const char c = num[i];
    if (c == '.') {
      has_point = true;
      continue;
    }
    if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
      tail = num.substr(i);
      num.resize(i);
      break;
    }
    if (c != '0') saw_nonzero = true;
    if (saw_nonzero) --digits;  // count significant digits after the first non-zero one
  }
  if (!has_point) {
    if (num.size() == 2 && num[1] == '0') --digits;  // a lone 0 counts once
    num.push_back('.');
  }
  if (digits > 0) num.append(static_cast<size_t>(digits), '0');
  num.append(tail);
}

}  // namespace

void Formatter::fmt_float(double v, int size, char32_t verb, int default_prec) {
  const int p = flags.prec_present ? prec : default_prec;
  // Format with a leading sign slot, filled with '+' when strconv gave none.
  std::string num = "+";
  detail::fmt::append_float(num, v, static_cast<char>(verb), p, size);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  // Space means a leading space instead of '+' unless + is also given.
  if (flags.space && num[0] == '+' && !flags.plus) num[0] = ' ';
  // Infinities and NaN are not numbers to pad with zeros.
  if (num[1] == 'I' || num[1] == 'N') {
    const bool old_zero = flags.zero;
    flags.zero = false;
    if (num[1] == 'N' && !flags.space && !flags.plus) num.erase(0, 1);
    pad(num);
    flags.zero = old_zero;
    return;
  }
  if (flags.sharp && verb != 'b') sharp_digits(num, verb, p);
  if (flags.plus || num[0] != '+') {
    // Zero padding goes between the sign and the digits.
    if (flags.zero && flags.wid_present && wid > static_cast<int>(num.size())) {
      buf.push_back(num[0]);
      write_padding(wid - static_cast<int>(num.size()));
      buf.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));  // positive, no sign asked for
}

bool Formatter::print_float(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': fmt_float(v, size, 'g', -1); return true;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(v, size, verb, -1); return true;
    case 'f': case 'e': case 'E': fmt_float(v, size, verb, 6); return true;
    case 'F': fmt_float(v, size, 'f', 6); return true;
    default: return false;
  }
}

bool Formatter::print_complex(double re, double im, int size, char32_t verb) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': break;
    default: return false;
  }
  const bool old_plus = flags.plus;
  buf.push_back('(');
  print_float(re, size / 2, verb);
  flags.plus = true;  // the imaginary part always has a sign
  print_float(im, size / 2, verb);
  buf.append("i)");
  flags.plus = old_plus;
  return true;
}

}  // namespace goro
