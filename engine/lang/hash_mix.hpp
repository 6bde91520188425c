// Hash primitives for map keys: a 64x64->128 multiply-fold mixer and a byte
// hash in the style of wyhash (final version 4). Shared by rtype.cpp's
// hash() and map.cpp's specialized key hashers, which must agree with it.
//
// Not cryptographic: per-map seeds keep colliding key sets from being the
// same across maps, which is all Go's aeshash promises too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace goro::lang::vm::hashing {

inline constexpr uint64_t kP0 = 0xa0761d6478bd642fULL;
inline constexpr uint64_t kP1 = 0xe7037ed1a0b428dbULL;
inline constexpr uint64_t kP2 = 0x8ebc6af09c88c6e3ULL;
inline constexpr uint64_t kP3 = 0x589965cc75374cc3ULL;

// mix() folds the 128-bit product of a and b: every input bit reaches
// every output bit with good probability.
inline uint64_t mix(uint64_t a, uint64_t b) {
  const __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

// word() hashes one scalar (an integer, a pointer, float bits) under seed.
inline uint64_t word(uint64_t v, uint64_t seed) { return mix(v ^ kP0, seed ^ kP1); }

inline uint64_t read8(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t read4(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// bytes() hashes n bytes at data under seed.
inline uint64_t bytes(const void* data, size_t n, uint64_t seed) {
  const auto* p = static_cast<const unsigned char*>(data);
  seed ^= mix(seed ^ kP0, kP1);
  uint64_t a = 0;
  uint64_t b = 0;
  if (n <= 16) {
    if (n >= 4) {
      const size_t mid = (n >> 3) << 2;
      a = (read4(p) << 32) | read4(p + mid);
      b = (read4(p + n - 4) << 32) | read4(p + n - 4 - mid);
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
    }
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t s1 = seed;
      uint64_t s2 = seed;
      do {
        seed = mix(read8(p) ^ kP1, read8(p + 8) ^ seed);
        s1 = mix(read8(p + 16) ^ kP2, read8(p + 24) ^ s1);
        s2 = mix(read8(p + 32) ^ kP3, read8(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = mix(read8(p) ^ kP1, read8(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = read8(p + i - 16);
    b = read8(p + i - 8);
  }
  a ^= kP1;
  b ^= seed;
  return mix(kP1 ^ n, mix(a, b) ^ kP0);
}

}  // namespace goro::lang::vm::hashing
