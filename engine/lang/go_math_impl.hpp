// What go_math.cpp (generated from Go's package math) needs around it: the
// bits and unsafe helpers Go's code calls, Go's float-to-integer conversion
// on amd64, and the assembly routines of go_math_arch.cpp.
//
// Floating-point contraction is off in every file that includes this:
// Go's compiler never fuses a*b+c on amd64, so neither may C++.
#pragma once

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <tuple>
#include <type_traits>

#include "go_math.hpp"

namespace goro::lang::vm::gomath {

// go_f2i() is Go's float-to-integer conversion as amd64 does it: an
// out-of-range value gives the "integer indefinite" 0x8000000000000000
// (C++ leaves it undefined).
template <class T>
T go_f2i(double x) {
  if constexpr (std::is_unsigned_v<T>) {
    if (x >= 0 && x < 18446744073709551616.0) {
      if (x < 9223372036854775808.0) return T(int64_t(x));
      return T(uint64_t(x));
    }
    if (x > -9223372036854775808.0 && x < 0) return T(uint64_t(int64_t(x)));
    return T(UINT64_C(0x8000000000000000));
  } else {
    if (x > -9223372036854775809.0 && x < 9223372036854775808.0) return T(int64_t(x));
    return T(INT64_MIN);
  }
}

// go_shift_left() / go_shift_right() are Go's shifts by a variable count:
// by the width or more they give 0 (or -1 for a negative value shifted right).
template <class T>
T go_shift_left(T x, uint64_t s) {
  return s >= sizeof(T) * 8 ? T(0) : T(x << s);
}
template <class T>
T go_shift_right(T x, uint64_t s) {
  if (s >= sizeof(T) * 8) return std::is_signed_v<T> && x < 0 ? T(-1) : T(0);
  return T(x >> s);
}

inline int64_t bits_LeadingZeros64(uint64_t x) { return std::countl_zero(x); }
inline std::tuple<uint64_t, uint64_t> bits_Mul64(uint64_t x, uint64_t y) {
  const unsigned __int128 p = (unsigned __int128)x * y;
  return {uint64_t(p >> 64), uint64_t(p)};
}
inline std::tuple<uint64_t, uint64_t> bits_Add64(uint64_t x, uint64_t y, uint64_t carry) {
  const uint64_t sum = x + y + carry;
  return {sum, ((x & y) | ((x | y) & ~sum)) >> 63};
}

inline double go_sqrt(double x) { return std::sqrt(x); }

// The amd64 assembly versions (go_math_arch.cpp).
double archExp(double x);
double archLog(double x);
double archHypot(double p, double q);
double archFloor(double x);
double archCeil(double x);
double archTrunc(double x);
double archMax(double x, double y);
double archMin(double x, double y);
double archSqrt(double x);

// Go's max and min (dim.go), which the assembly versions agree with.
double go_max(double x, double y);
double go_min(double x, double y);

}  // namespace goro::lang::vm::gomath
