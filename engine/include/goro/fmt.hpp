// Go's fmt package: Print, Println, Printf and their S/F forms, with Go's
// verbs, flags and default formats, byte for byte.
//
//   goro::println("x =", 42, 1.5, std::vector{1, 2});  // x = 42 1.5 [1 2]
//   goro::printf("%-5s|%05.1f|%x\n", "ab", 3.14159, 255);  // ab   |003.1|ff
//   std::string s = goro::sprintf("%q", "hi");          // "hi"
//
// Every print call makes exactly one goro::write, so lines printed by
// concurrent goroutines never interleave (like Go's single write syscall).
//
// How C++ types print (Go's kind in brackets; %T names follow the same map,
// see detail/fmt_type_name.hpp):
//   bool [bool]; integers [int, uint, intN, uintN]: int8_t/uint8_t are
//   numbers, as Go's int8/uint8; C++ `int` is Go `int`.
//   char [string]: a one-byte string for %v %s %q %x %X, and a byte for the
//   integer verbs %c %d %b %o %U, so "%c" and "%d" of s[i] work as in Go.
//   char32_t, wchar_t [int32, Go's rune]: numbers under %v, like 'a' in Go
//   (use %c or %q for the character); char8_t/char16_t [uint8/uint16].
//   float [float32] and double [float64]: shortest round-trip digits, %v as
//   Go's %g (1e+06, 1.5, 1e-05). std::complex [complex64/128].
//   std::string, std::string_view, const char*, char arrays [string]; a
//   const char* or char array ends at its first NUL (a null one prints ""),
//   so use std::string for text with embedded NULs.
//   vector, array, deque, list, set, span, C arrays [slice/array]: [1 2 3];
//   vector<uint8_t> is Go's []byte for %s %q %x %X.
//   map, unordered_map [map]: map[a:1 b:2], keys sorted as Go sorts them.
//   pair, tuple [anonymous struct]: {1 a}.
//   T*, shared_ptr, unique_ptr [pointer]: 0xc000012345 style hex, <nil> when
//   null; at top level a pointer to a struct/slice/map prints &{...}.
//   std::optional, std::variant [interface]: the held value, or <nil>.
//   std::nullptr_t: <nil>. Function pointers [func]: their address.
//   std::chrono durations [time.Duration]: "1.5s", "100ms", "2m0s".
//   goro::Time [time.Time]: "2009-11-10 23:00:00 +0000 UTC"; the monotonic
//   clock suffix Go adds to time.Now() values (" m=+0.000000001") is omitted.
//   std::exception and subclasses [error]: what().
//   goro::Chan<T> [chan T], and any type with `const void* go_pointer()
//   const`: that address, or <nil> for a nil channel.
//
// Hooks for user types, found by argument-dependent lookup and tried in
// Go's order:
//   1. void goro_format(goro::Formatter& f, const T& v, char32_t verb)
//      Go's fmt.Formatter: full control of every verb (see Formatter).
//   2. std::string GoString() const — Go's GoStringer, used for %#v.
//   3. std::string Error() const — an error, for %v %s %q %x %X.
//   4. std::string String() const, or a free std::string String(const T&)
//      (usable for enums) — Go's Stringer, for %v %s %q %x %X.
//   5. goro_fields(const T&) returning goro::fields("X", v.x, "Y", v.y), or
//      GORO_FIELDS(T, x, y) — a struct: {1 2}, %+v {X:1 Y:2},
//      %#v main.T{X:1, Y:2}; other verbs apply to each field, as in Go.
// A type with none of these does not compile when printed (static_assert).
// Exceptions thrown by a hook print as Go's "%!v(PANIC=String method: msg)".
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "goro/detail/fmt_args.hpp"
#include "goro/detail/fmt_fields.hpp"
#include "goro/detail/fmt_formatter.hpp"
#include "goro/output.hpp"

namespace goro {

// sprintf() formats according to a Go format string (fmt.Sprintf).
template <class... A>
std::string sprintf(std::string_view format, const A&... a) {
  const std::array<detail::fmt::Arg, sizeof...(A)> args{detail::fmt::make_arg(a)...};
  std::string out;
  out.reserve(format.size() + 16 * sizeof...(A));
  detail::fmt::do_printf(out, format, args.data(), args.size());
  return out;
}

// sprint() formats operands in their default formats, adding spaces between
// operands when neither is a string (fmt.Sprint).
template <class... A>
std::string sprint(const A&... a) {
  const std::array<detail::fmt::Arg, sizeof...(A)> args{detail::fmt::make_arg(a)...};
  std::string out;
  out.reserve(16 * sizeof...(A));
  detail::fmt::do_print(out, args.data(), args.size());
  return out;
}

// sprintln() formats operands in their default formats, always separated by
// spaces, and appends a newline (fmt.Sprintln).
template <class... A>
std::string sprintln(const A&... a) {
  const std::array<detail::fmt::Arg, sizeof...(A)> args{detail::fmt::make_arg(a)...};
  std::string out;
  out.reserve(16 * sizeof...(A) + 1);
  detail::fmt::do_println(out, args.data(), args.size());
  return out;
}

// fprintf() is sprintf written to stream with one goro::write (fmt.Fprintf).
template <class... A>
void fprintf(Stream stream, std::string_view format, const A&... a) {
  write(stream, sprintf(format, a...));
}

// fprint() is sprint written to stream with one goro::write (fmt.Fprint).
template <class... A>
void fprint(Stream stream, const A&... a) {
  write(stream, sprint(a...));
}

// fprintln() is sprintln written to stream with one goro::write (fmt.Fprintln).
template <class... A>
void fprintln(Stream stream, const A&... a) {
  write(stream, sprintln(a...));
}

// printf() writes sprintf(format, a...) to stdout (fmt.Printf).
template <class... A>
void printf(std::string_view format, const A&... a) {
  write(Stream::Stdout, sprintf(format, a...));
}

// print() writes sprint(a...) to stdout (fmt.Print).
template <class... A>
void print(const A&... a) {
  write(Stream::Stdout, sprint(a...));
}

// println() writes sprintln(a...) to stdout (fmt.Println).
template <class... A>
void println(const A&... a) {
  write(Stream::Stdout, sprintln(a...));
}

template <class T>
void Formatter::print(const T& v) {
  detail::fmt::print_value(*this, v, current_verb, 1);
}

}  // namespace goro
