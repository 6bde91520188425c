// Package math/bits' natives (stdlib/math_bits.go): one <bit> call or a few
// instructions each. Results are written zero-extended, as registers hold
// unsigned values (value.hpp); Div and Rem panic with Go's run-time errors.
#include <bit>

#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using u128 = unsigned __int128;

template <class T>
T arg(const Slot& s) {
  return T(s.u);
}

template <class T>
void leading_zeros(Thread&, Slot* r) {
  r[0].i = std::countl_zero(arg<T>(r[0]));
}
template <class T>
void trailing_zeros(Thread&, Slot* r) {
  r[0].i = std::countr_zero(arg<T>(r[0]));
}
template <class T>
void ones_count(Thread&, Slot* r) {
  r[0].i = std::popcount(arg<T>(r[0]));
}
template <class T>
void len(Thread&, Slot* r) {
  r[0].i = std::bit_width(arg<T>(r[0]));
}
template <class T>
void reverse(Thread&, Slot* r) {
  T x = arg<T>(r[0]), y = 0;
  for (int i = 0; i < int(sizeof(T) * 8); ++i, x >>= 1) y = T(y << 1 | (x & 1));
  r[0].u = y;
}
template <class T>
void reverse_bytes(Thread&, Slot* r) {
  T x = arg<T>(r[0]), y = 0;
  for (size_t i = 0; i < sizeof(T); ++i, x = T(x >> 8)) y = T(T(y << 8) | (x & 0xFF));
  r[0].u = y;
}
// RotateLeft(x, k): by k mod size, right for negative k.
template <class T>
void rotate_left(Thread&, Slot* r) {
  r[0].u = std::rotl(arg<T>(r[0]), int(r[1].i % int64_t(sizeof(T) * 8)));
}

template <class T>
void add(Thread&, Slot* r) {
  const T x = arg<T>(r[0]), y = arg<T>(r[1]), carry = arg<T>(r[2]);
  const T sum = T(x + y + carry);
  r[0].u = sum;
  r[1].u = T(((x & y) | ((x | y) & T(~sum))) >> (sizeof(T) * 8 - 1));
}
template <class T>
void sub(Thread&, Slot* r) {
  const T x = arg<T>(r[0]), y = arg<T>(r[1]), borrow = arg<T>(r[2]);
  const T diff = T(x - y - borrow);
  r[0].u = diff;
  r[1].u = T(((T(~x) & y) | (T(~(x ^ y)) & diff)) >> (sizeof(T) * 8 - 1));
}
void mul32(Thread&, Slot* r) {
  const uint64_t p = uint64_t(uint32_t(r[0].u)) * uint32_t(r[1].u);
  r[0].u = uint32_t(p >> 32);
  r[1].u = uint32_t(p);
}
void mul64(Thread&, Slot* r) {
  const u128 p = u128(r[0].u) * r[1].u;
  r[0].u = uint64_t(p >> 64);
  r[1].u = uint64_t(p);
}
void div32(Thread&, Slot* r) {
  const uint32_t hi = uint32_t(r[0].u), lo = uint32_t(r[1].u), y = uint32_t(r[2].u);
  if (y != 0 && y <= hi) panic_runtime_error("integer overflow");
  if (y == 0) panic_divide();
  const uint64_t z = uint64_t(hi) << 32 | lo;
  r[0].u = uint32_t(z / y);
  r[1].u = uint32_t(z % y);
}
void div64(Thread&, Slot* r) {
  const uint64_t hi = r[0].u, lo = r[1].u, y = r[2].u;
  if (y == 0) panic_divide();
  if (y <= hi) panic_runtime_error("integer overflow");
  const u128 z = u128(hi) << 64 | lo;
  r[0].u = uint64_t(z / y);
  r[1].u = uint64_t(z % y);
}
void rem32(Thread&, Slot* r) {
  const uint32_t y = uint32_t(r[2].u);
  if (y == 0) panic_divide();
  r[0].u = uint32_t((uint64_t(uint32_t(r[0].u)) << 32 | uint32_t(r[1].u)) % y);
}
void rem64(Thread&, Slot* r) {
  const uint64_t y = r[2].u;
  if (y == 0) panic_divide();
  r[0].u = uint64_t((u128(r[0].u % y) << 64 | r[1].u) % y);
}

constexpr NativeDef kNatives[] = {
    {"math/bits.Add", add<uint64_t>},
    {"math/bits.Add32", add<uint32_t>},
    {"math/bits.Add64", add<uint64_t>},
    {"math/bits.Div", div64},
    {"math/bits.Div32", div32},
    {"math/bits.Div64", div64},
    {"math/bits.LeadingZeros", leading_zeros<uint64_t>},
    {"math/bits.LeadingZeros16", leading_zeros<uint16_t>},
    {"math/bits.LeadingZeros32", leading_zeros<uint32_t>},
    {"math/bits.LeadingZeros64", leading_zeros<uint64_t>},
    {"math/bits.LeadingZeros8", leading_zeros<uint8_t>},
    {"math/bits.Len", len<uint64_t>},
    {"math/bits.Len16", len<uint16_t>},
    {"math/bits.Len32", len<uint32_t>},
    {"math/bits.Len64", len<uint64_t>},
    {"math/bits.Len8", len<uint8_t>},
    {"math/bits.Mul", mul64},
    {"math/bits.Mul32", mul32},
    {"math/bits.Mul64", mul64},
    {"math/bits.OnesCount", ones_count<uint64_t>},
    {"math/bits.OnesCount16", ones_count<uint16_t>},
    {"math/bits.OnesCount32", ones_count<uint32_t>},
    {"math/bits.OnesCount64", ones_count<uint64_t>},
    {"math/bits.OnesCount8", ones_count<uint8_t>},
    {"math/bits.Rem", rem64},
    {"math/bits.Rem32", rem32},
    {"math/bits.Rem64", rem64},
    {"math/bits.Reverse", reverse<uint64_t>},
    {"math/bits.Reverse16", reverse<uint16_t>},
    {"math/bits.Reverse32", reverse<uint32_t>},
    {"math/bits.Reverse64", reverse<uint64_t>},
    {"math/bits.Reverse8", reverse<uint8_t>},
    {"math/bits.ReverseBytes", reverse_bytes<uint64_t>},
    {"math/bits.ReverseBytes16", reverse_bytes<uint16_t>},
    {"math/bits.ReverseBytes32", reverse_bytes<uint32_t>},
    {"math/bits.ReverseBytes64", reverse_bytes<uint64_t>},
    {"math/bits.RotateLeft", rotate_left<uint64_t>},
    {"math/bits.RotateLeft16", rotate_left<uint16_t>},
    {"math/bits.RotateLeft32", rotate_left<uint32_t>},
    {"math/bits.RotateLeft64", rotate_left<uint64_t>},
    {"math/bits.RotateLeft8", rotate_left<uint8_t>},
    {"math/bits.Sub", sub<uint64_t>},
    {"math/bits.Sub32", sub<uint32_t>},
    {"math/bits.Sub64", sub<uint64_t>},
    {"math/bits.TrailingZeros", trailing_zeros<uint64_t>},
    {"math/bits.TrailingZeros16", trailing_zeros<uint16_t>},
    {"math/bits.TrailingZeros32", trailing_zeros<uint32_t>},
    {"math/bits.TrailingZeros64", trailing_zeros<uint64_t>},
    {"math/bits.TrailingZeros8", trailing_zeros<uint8_t>},
};

}  // namespace

std::span<const NativeDef> natives_math_bits() { return kNatives; }

}  // namespace goro::lang::vm
