// The format-string interpreter and operand spacing of Go's fmt/print.go:
// doPrintf (flags, width, precision, [n] argument indexes, * operands, the
// %!verb(MISSING), %!(EXTRA ...) and %!(NOVERB) reports), doPrint, doPrintln.
#include "goro/detail/fmt_args.hpp"
#include "goro/detail/fmt_strconv.hpp"

namespace goro::detail::fmt {

namespace {

// too_large() bounds widths and precisions, as Go does, at ±1e6.
constexpr bool too_large(int64_t x) { return x > 1'000'000 || x < -1'000'000; }

struct ParsedNum {
  int num = 0;
  bool ok = false;
  size_t next = 0;
};

// parse_num() reads a decimal number at format[start, end).
ParsedNum parse_num(std::string_view format, size_t start, size_t end) {
  ParsedNum r;
  r.next = start;
  if (start >= end) {
    r.next = end;
    return r;
  }
  for (; r.next < end && format[r.next] >= '0' && format[r.next] <= '9'; ++r.next) {
    if (too_large(r.num)) return ParsedNum{0, false, end};  // overflow: a crazy long number
    r.num = r.num * 10 + (format[r.next] - '0');
    r.ok = true;
  }
  return r;
}

// Printer walks one format string; its fields are Go's pp state for doPrintf.
struct Printer {
  Formatter f;
  const Arg* args;
  int nargs;
  bool reordered = false;
  bool good_arg_num = true;

  Printer(std::string& out, const Arg* a, size_t n) : f(out), args(a), nargs(static_cast<int>(n)) {}

  // int_from_arg() reads args[arg_num] as a * width or precision.
  bool int_from_arg(int& arg_num, int& out) {
    if (arg_num >= nargs) return false;
    int64_t v = 0;
    bool ok = args[arg_num].to_int(args[arg_num].value, v);
    ++arg_num;
    if (ok && too_large(v)) ok = false;
    out = ok ? static_cast<int>(v) : 0;
    return ok;
  }

  // arg_number() handles an explicit argument index "[n]" at format[i]:
  // returns the argument to use next and advances i; found reports whether
  // an index (good or bad) was present.
  int arg_number(int arg_num, std::string_view format, size_t& i, bool& found) {
    found = false;
    if (i >= format.size() || format[i] != '[') return arg_num;
    reordered = true;
    // Parse "[n]": on a malformed index consume through ']' or just '['.
    size_t width = 1;
    bool ok = false;
    int index = 0;
    if (format.size() - i >= 3) {
      for (size_t j = i + 1; j < format.size(); ++j) {
        if (format[j] == ']') {
          const ParsedNum n = parse_num(format, i + 1, j);
          width = j - i + 1;
          ok = n.ok && n.next == j;
          index = n.num - 1;
          break;
        }
      }
    }
    i += width;
    found = ok;
    if (ok && 0 <= index && index < nargs) return index;
    good_arg_num = false;
    return arg_num;
  }

  void write_verb_report(char32_t verb, const char* what) {
    f.buf.append("%!");
    f.write_rune(verb);
    f.buf.append(what);
  }

  void print_one(int arg_num, char32_t verb) {
    if (verb == 'v') {
      // %#v and %+v are formats of their own, not flags on v.
      f.flags.sharp_v = f.flags.sharp;
      f.flags.sharp = false;
      f.flags.plus_v = f.flags.plus;
      f.flags.plus = false;
    }
    args[arg_num].print(f, args[arg_num].value, verb);
  }

  void run(std::string_view format);
  void report_extra(int arg_num);
};

void Printer::run(std::string_view format) {
  const size_t end = format.size();
  int arg_num = 0;
  bool after_index = false;  // the previous item was an index like [3]
  for (size_t i = 0; i < end;) {
    good_arg_num = true;
    const size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) f.buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    ++i;  // skip '%'

    // phase 1 - flags, with a fast path for a bare lower-case verb
    f.clear_flags();
    bool simple_done = false;
    for (; i < end; ++i) {
      const char c = format[i];
      if (c == '#') {
        f.flags.sharp = true;
      } else if (c == '0') {
        f.flags.zero = !f.flags.minus;  // only pad with zeros on the left
      } else if (c == '+') {
        f.flags.plus = true;
      } else if (c == '-') {
        f.flags.minus = true;
        f.flags.zero = false;
      } else if (c == ' ') {
        f.flags.space = true;
      } else {
        if ('a' <= c && c <= 'z' && arg_num < nargs) {
          print_one(arg_num++, static_cast<char32_t>(c));
          ++i;
          simple_done = true;
        }
        break;
      }
    }
    if (simple_done) continue;

    // phase 2 - argument index, width, precision
    arg_num = arg_number(arg_num, format, i, after_index);
    if (i < end && format[i] == '*') {
      ++i;
      f.flags.wid_present = int_from_arg(arg_num, f.wid);
      if (!f.flags.wid_present) f.buf.append("%!(BADWIDTH)");
      if (f.wid < 0) {  // a negative * width means left-justify
        f.wid = -f.wid;
        f.flags.minus = true;
        f.flags.zero = false;
      }
      after_index = false;
    } else {
      const ParsedNum n = parse_num(format, i, end);
      f.wid = n.num;
      f.flags.wid_present = n.ok;
      i = n.next;
      if (after_index && f.flags.wid_present) good_arg_num = false;  // "%[3]2d"
    }
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (after_index) good_arg_num = false;  // "%[3].2d"
      arg_num = arg_number(arg_num, format, i, after_index);
      if (i < end && format[i] == '*') {
        ++i;
        f.flags.prec_present = int_from_arg(arg_num, f.prec);
        if (f.prec < 0) {  // a negative precision means none
          f.prec = 0;
          f.flags.prec_present = false;
        }
        if (!f.flags.prec_present) f.buf.append("%!(BADPREC)");
        after_index = false;
      } else {
        const ParsedNum n = parse_num(format, i, end);
        f.prec = n.num;
        f.flags.prec_present = true;  // "%.d" means precision 0
        i = n.next;
      }
    }
    if (!after_index) arg_num = arg_number(arg_num, format, i, after_index);

    // phase 3 - the verb
    if (i >= end) {
      f.buf.append("%!(NOVERB)");
      break;
    }
    char32_t verb = static_cast<unsigned char>(format[i]);
    size_t size = 1;
    if (verb >= 0x80) {
      const DecodedRune d = decode_rune(format.substr(i));
      verb = d.rune;
      size = static_cast<size_t>(d.width);
    }
    i += size;
    if (verb == '%') {
      f.buf.push_back('%');  // absorbs no operand and ignores width and precision
    } else if (!good_arg_num) {
      write_verb_report(verb, "(BADINDEX)");
    } else if (arg_num >= nargs) {
      write_verb_report(verb, "(MISSING)");
    } else {
      print_one(arg_num++, verb);
    }
  }
  // Unused operands are reported unless indexes reordered them, where it is
  // too costly to tell which were used.
  if (!reordered && arg_num < nargs) report_extra(arg_num);
}

void Printer::report_extra(int arg_num) {
  f.clear_flags();
  f.buf.append("%!(EXTRA ");
  for (int k = arg_num; k < nargs; ++k) {
    if (k > arg_num) f.buf.append(", ");
    const Arg& a = args[k];
    if (a.is_nil) {
      f.buf.append("<nil>");
    } else {
      f.buf.append(a.type_name(a.value));
      f.buf.push_back('=');
      a.print(f, a.value, 'v');
    }
  }
  f.buf.push_back(')');
}

}  // namespace

void do_printf(std::string& out, std::string_view format, const Arg* args, size_t n) {
  Printer p(out, args, n);
  p.run(format);
}

void do_print(std::string& out, const Arg* args, size_t n) {
  Formatter f(out);
  bool prev_string = false;
  for (size_t i = 0; i < n; ++i) {
    const bool is_string = args[i].is_string;
    if (i > 0 && !is_string && !prev_string) out.push_back(' ');
    args[i].print(f, args[i].value, 'v');
    prev_string = is_string;
  }
}

void do_println(std::string& out, const Arg* args, size_t n) {
  Formatter f(out);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out.push_back(' ');
    args[i].print(f, args[i].value, 'v');
  }
  out.push_back('\n');
}

}  // namespace goro::detail::fmt
