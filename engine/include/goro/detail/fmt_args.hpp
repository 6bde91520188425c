// Arg: one printf operand with its type erased, so that the verb parser and
// the Print/Println spacing rules (src/fmt_printf.cpp) are compiled once
// rather than once per argument list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "goro/detail/fmt_value.hpp"

namespace goro::detail::fmt {

struct Arg {
  const void* value;
  // print is print_arg<T> on *value (Go's printArg).
  void (*print)(Formatter& f, const void* value, char32_t verb);
  // type_name is T's Go name, for %!(EXTRA type=value).
  std::string (*type_name)(const void* value);
  // to_int reads an integer operand for a * width or precision; false if
  // the operand is not an integer or does not fit.
  bool (*to_int)(const void* value, int64_t& out);
  // is_string: Print puts no space next to a string operand.
  bool is_string;
  // is_nil: a nullptr operand, printed bare as <nil> in EXTRA reports.
  bool is_nil;
};

// int_fits() stores integer x in out if it fits in a Go int (int64).
template <class I>
bool int_fits(I x, int64_t& out) {
  if constexpr (std::is_unsigned_v<I>) {
    if (static_cast<uint64_t>(x) > static_cast<uint64_t>(INT64_MAX)) return false;
  }
  out = static_cast<int64_t>(x);
  return true;
}

template <class T>
bool arg_to_int(const void* p, int64_t& out) {
  const T& v = *static_cast<const T*>(p);
  if constexpr (Integer<T>) {
    return int_fits(v, out);
  } else if constexpr (RuneChar<T>) {
    return int_fits(static_cast<int32_t>(v), out);
  } else if constexpr (Enum<T>) {
    return int_fits(static_cast<std::underlying_type_t<T>>(v), out);
  } else if constexpr (ChronoDuration<T>) {
    return int_fits(std::chrono::duration_cast<std::chrono::nanoseconds>(v).count(), out);
  } else {
    return false;
  }
}

template <class T>
Arg make_arg(const T& v) {
  return Arg{
      &v,
      [](Formatter& f, const void* p, char32_t verb) { print_arg(f, *static_cast<const T*>(p), verb); },
      [](const void* p) { return type_name_of(*static_cast<const T*>(p)); },
      &arg_to_int<T>,
      StringLike<T> || CharByte<T>,
      Nil<T>,
  };
}

// do_printf() appends Sprintf(format, args...) to out.
void do_printf(std::string& out, std::string_view format, const Arg* args, size_t n);
// do_print() appends Sprint(args...): spaces between operands when neither is a string.
void do_print(std::string& out, const Arg* args, size_t n);
// do_println() appends Sprintln(args...): spaces between all operands, then a newline.
void do_println(std::string& out, const Arg* args, size_t n);

}  // namespace goro::detail::fmt
