// String operations of the VM (vm_ops.hpp): concatenation, UTF-8 decoding
// for range loops, and the conversions between strings, runes, []byte and
// []rune, with Go's rules for invalid UTF-8 (each bad byte decodes to
// U+FFFD; invalid runes encode as U+FFFD).
//
// Strings are immutable, so results may share bytes with operands (concat
// with an empty side) or with static storage (one-byte strings); an empty
// string's data may be null. Slices made here are fresh and non-nil even
// when empty, as Go's ([]byte("") != nil).
#include <array>
#include <cstring>

#include "goro/detail/fmt_strconv.hpp"
#include "heap.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

constexpr int32_t kRuneError = 0xFFFD;

// kByteStrings holds every one-byte string, so that string(rune) of ASCII
// and string(b) of a one-byte slice allocate nothing, as Go's
// runtime.staticuint64s spares the allocation.
constexpr std::array<char, 256> make_byte_strings() {
  std::array<char, 256> a{};
  for (int i = 0; i < 256; ++i) a[size_t(i)] = char(i);
  return a;
}
constexpr std::array<char, 256> kByteStrings = make_byte_strings();

String copy_string(const void* data, int64_t len) {
  if (len == 0) return {nullptr, 0};
  if (len == 1) return {&kByteStrings[*static_cast<const uint8_t*>(data)], 1};
  char* p = static_cast<char*>(heap_alloc(size_t(len)));
  std::memcpy(p, data, size_t(len));
  return {p, len};
}

bool valid_rune(int64_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

// rune_len() is how many bytes encode_rune() writes for r.
int rune_len(int64_t r) {
  if (!valid_rune(r)) return 3;  // U+FFFD
  return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

// encode_rune() writes r in UTF-8 and returns its length; an invalid rune
// (negative, a surrogate, past U+10FFFF) is written as U+FFFD, as Go's
// encoderune does.
int encode_rune(char* out, int64_t r) {
  if (!valid_rune(r)) r = kRuneError;
  const uint32_t c = uint32_t(r);
  if (c < 0x80) {
    out[0] = char(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = char(0xC0 | c >> 6);
    out[1] = char(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = char(0xE0 | c >> 12);
    out[1] = char(0x80 | (c >> 6 & 0x3F));
    out[2] = char(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | c >> 18);
  out[1] = char(0x80 | (c >> 12 & 0x3F));
  out[2] = char(0x80 | (c >> 6 & 0x3F));
  out[3] = char(0x80 | (c & 0x3F));
  return 4;
}

// decode() is utf8.DecodeRuneInString over p[0..n), n > 0; ASCII is
// decoded inline since range loops over strings are mostly ASCII.
inline int32_t decode(const char* p, int64_t n, int32_t* width) {
  const uint8_t c = uint8_t(p[0]);
  if (c < 0x80) {
    *width = 1;
    return c;
  }
  const auto d = goro::detail::fmt::decode_rune({p, size_t(n)});
  *width = d.width;
  return int32_t(d.rune);
}

}  // namespace

String make_string(std::string_view s) { return copy_string(s.data(), int64_t(s.size())); }

String concat(String a, String b) {
  // Go returns the other operand itself when one is empty: safe, strings
  // being immutable, and it saves the copy in s += x loops started from "".
  if (a.len == 0) return b;
  if (b.len == 0) return a;
  const int64_t n = a.len + b.len;
  char* p = static_cast<char*>(heap_alloc(size_t(n)));
  std::memcpy(p, a.data, size_t(a.len));
  std::memcpy(p + a.len, b.data, size_t(b.len));
  return {p, n};
}

int32_t decode_rune(String s, int64_t i, int32_t* width) {
  if (uint64_t(i) >= uint64_t(s.len)) {
    *width = 0;
    return kRuneError;
  }
  return decode(s.data + i, s.len - i, width);
}

String rune_to_string(int64_t r) {
  if (uint64_t(r) < 0x80) return {&kByteStrings[size_t(r)], 1};
  char buf[4];
  const int n = encode_rune(buf, r);
  return copy_string(buf, n);
}

String bytes_to_string(SliceHeader b) { return copy_string(b.data, b.len); }

SliceHeader string_to_bytes(String s) {
  // cap is the allocation's size class, as for a []byte(s) that escapes in
  // Go (one that does not gets a 32-byte stack buffer instead).
  const size_t cap = roundup_size(size_t(s.len));
  void* p = heap_alloc(cap);
  if (s.len > 0) std::memcpy(p, s.data, size_t(s.len));
  return {p, s.len, int64_t(cap)};
}

String runes_to_string(SliceHeader r) {
  const auto* runes = static_cast<const char*>(r.data);
  int64_t n = 0;
  for (int64_t i = 0; i < r.len; ++i) n += rune_len(load_leaf(Leaf::I32, runes + 4 * i).i);
  if (n == 0) return {nullptr, 0};
  char* p = static_cast<char*>(heap_alloc(size_t(n)));
  char* out = p;
  for (int64_t i = 0; i < r.len; ++i) out += encode_rune(out, load_leaf(Leaf::I32, runes + 4 * i).i);
  return {p, n};
}

SliceHeader string_to_runes(String s) {
  int64_t n = 0;
  int32_t w = 0;
  for (int64_t i = 0; i < s.len; i += w, ++n) decode(s.data + i, s.len - i, &w);
  const size_t cap = roundup_size(size_t(n) * 4) / 4;
  auto* p = static_cast<char*>(heap_alloc(cap * 4));
  int64_t k = 0;
  for (int64_t i = 0; i < s.len; i += w, ++k) {
    Slot r;
    r.i = decode(s.data + i, s.len - i, &w);
    store_leaf(Leaf::I32, p + 4 * k, r);
  }
  return {p, n, int64_t(cap)};
}

}  // namespace goro::lang::vm
