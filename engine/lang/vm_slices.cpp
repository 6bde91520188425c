// Slice operations of the VM (vm_ops.hpp): slicing with Go's bounds
// panics, make, append (with Go's growth policy) and copy.
//
// Capacities are observable (programs print cap(s)), so growth follows Go
// 1.19's runtime.growslice exactly: the new capacity from the old one and
// the length needed, then rounded up to the allocator's size class. Changes
// to the policy must keep the VmValues growth tests in step with `go run`.
//
// Elements are in memory layout; append_values() receives them in register
// form and stores them. Slice memory comes from heap_alloc(), zeroed, so the
// spare capacity past len is always zero, as Go's is.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "gopanic.hpp"
#include "heap.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

// kMaxAlloc is Go's maxAlloc on 64-bit targets: no allocation may be larger.
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

// kSizeClasses is runtime.class_to_size (Go 1.19, sizeclasses.go): the
// sizes of the allocator's small-object classes.
constexpr uint16_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr size_t kMaxSmallSize = 32768;
constexpr size_t kPageSize = 8192;

// host_size() narrows a byte count already checked against kMaxAlloc to
// size_t. On a 32-bit host (wasm32) a count past its address space is out
// of memory, as the allocation would be for Go on a 64-bit machine.
size_t host_size(uint64_t n) {
  if (n > SIZE_MAX) throw OutOfMemory();
  return size_t(n);
}

// next_cap() is growslice's choice of capacity for a slice of capacity
// old_cap that must hold needed elements: double it while small, then grow
// by a quarter plus 192 (a smooth move from 2x to 1.25x), before rounding.
int64_t next_cap(int64_t old_cap, int64_t needed) {
  const int64_t doublecap = old_cap + old_cap;
  if (needed > doublecap) return needed;
  constexpr int64_t kThreshold = 256;
  if (old_cap < kThreshold) return doublecap;
  int64_t newcap = old_cap;
  while (0 < newcap && newcap < needed) newcap += (newcap + 3 * kThreshold) / 4;
  return newcap <= 0 ? needed : newcap;  // the sum overflowed
}

// grow() moves s's elements to a new array with room for at least needed
// elements, sized as growslice sizes it. Kept out of line: appends that fit
// must not pay for it.
[[gnu::noinline]] SliceHeader grow(SliceHeader s, int64_t needed, uint32_t elem_size) {
  // Zero-size elements need no memory; Go gives them exactly the capacity asked.
  if (elem_size == 0) return {heap_alloc(0), s.len, needed};
  const int64_t newcap = next_cap(s.cap, needed);
  if (uint64_t(newcap) > kMaxAlloc / elem_size) panic_runtime_error("growslice: cap out of range");
  const size_t mem = roundup_size(host_size(uint64_t(newcap) * elem_size));
  void* p = heap_alloc(mem);
  if (s.len > 0) std::memcpy(p, s.data, size_t(s.len) * elem_size);
  return {p, s.len, int64_t(mem / elem_size)};
}

// slice_fail() raises the panic for the first bound of s[lo:hi:max] that
// fails, in the order Go checks them (max, then hi, then lo).
[[noreturn, gnu::cold, gnu::noinline]] void slice_fail(int64_t lo, int64_t hi, int64_t max, int64_t cap,
                                                       uint32_t form) {
  const bool three = form & kSliceThreeIndex;
  const bool array = form & kSliceOfArray;
  if (uint64_t(max) > uint64_t(cap)) panic_bounds(array ? BoundsKind::Slice3Alen : BoundsKind::Slice3Acap, max, cap);
  if (uint64_t(hi) > uint64_t(max)) {
    if (three) panic_bounds(BoundsKind::Slice3B, hi, max);
    // Two indices: max is the defaulted cap, so this is Go's "[:hi] with capacity cap".
    panic_bounds(array ? BoundsKind::SliceAlen : BoundsKind::SliceAcap, hi, max);
  }
  panic_bounds(three ? BoundsKind::Slice3C : BoundsKind::SliceB, lo, hi);
}

// store_values() writes count values of type elem, given in register form,
// to consecutive elements at p.
inline void store_values(char* p, const RType* elem, const Slot* values, uint32_t count) {
  const uint32_t size = elem->size;
  if (elem->slots == 1) {  // scalars: the common case, one leaf store each
    const Leaf leaf = elem->leaves[0];
    p += elem->offsets[0];
    for (uint32_t i = 0; i < count; ++i, p += size) store_leaf(leaf, p, values[i]);
    return;
  }
  for (uint32_t i = 0; i < count; ++i, p += size, values += elem->slots) store(elem, p, values);
}

}  // namespace

size_t roundup_size(size_t n) {
  if (n < kMaxSmallSize) return *std::lower_bound(std::begin(kSizeClasses), std::end(kSizeClasses), n);
  if (n + kPageSize < n) return n;
  return (n + kPageSize - 1) & ~(kPageSize - 1);
}

void slice_slice(Slot* dst, const Slot* src, const Slot* idx, uint32_t elem_size, uint32_t form) {
  char* data = static_cast<char*>(src[0].p);
  const int64_t cap = src[2].i;
  const int64_t lo = idx[0].i, hi = idx[1].i, max = idx[2].i;
  // Unsigned compares catch negative indices too.
  if (uint64_t(max) > uint64_t(cap) || uint64_t(hi) > uint64_t(max) || uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    slice_fail(lo, hi, max, cap, form);
  // Go keeps the base pointer when the result has no capacity, so a slice
  // never points past the end of its array.
  if (max != lo) data += size_t(lo) * elem_size;
  dst[0].p = data;
  dst[1].i = hi - lo;
  dst[2].i = max - lo;
}

void make_slice(Slot* dst, const RType* slice_type, int64_t len, int64_t cap) {
  const uint64_t size = slice_type->elem->size;
  auto out_of_range = [size](int64_t n) { return n < 0 || (size != 0 && uint64_t(n) > kMaxAlloc / size); };
  // Go's makeslice checks cap first but blames len when len alone fails.
  if (out_of_range(cap) || len > cap) {
    if (out_of_range(len)) panic_runtime_error("makeslice: len out of range");
    panic_runtime_error("makeslice: cap out of range");
  }
  dst[0].p = heap_alloc(host_size(uint64_t(cap) * size));
  dst[1].i = len;
  dst[2].i = cap;
}

void append_values(Slot* s, const RType* slice_type, const Slot* values, uint32_t count) {
  const RType* elem = slice_type->elem;
  SliceHeader h = as_slice(s);
  const int64_t n = h.len + count;
  if (n > h.cap) [[unlikely]] h = grow(h, n, elem->size);
  store_values(static_cast<char*>(h.data) + size_t(h.len) * elem->size, elem, values, count);
  // The header last: values were read from registers that may alias s.
  s[0].p = h.data;
  s[1].i = n;
  s[2].i = h.cap;
}

void append_slice(Slot* s, const RType* slice_type, const Slot* other, bool other_is_string) {
  // A string's registers start as a slice's do (data, len), and its
  // elements are bytes, so append([]byte, string...) needs no case of its own.
  (void)other_is_string;
  const void* src = other[0].cp;
  const int64_t m = other[1].i;
  if (m == 0) return;  // append(s) and append(s, empty...) are s itself, nil included
  const uint32_t size = slice_type->elem->size;
  SliceHeader h = as_slice(s);
  const int64_t n = h.len + m;
  if (n > h.cap) h = grow(h, n, size);
  // memmove: append(s[:i], s[j:]...) overlaps when it does not grow.
  std::memmove(static_cast<char*>(h.data) + size_t(h.len) * size, src, size_t(m) * size);
  s[0].p = h.data;
  s[1].i = n;
  s[2].i = h.cap;
}

int64_t copy_slice(const Slot* dst, const Slot* src, const RType* slice_type, bool src_is_string) {
  (void)src_is_string;  // as in append_slice(): a string's (data, len) reads as a []byte's
  const int64_t n = std::min(dst[1].i, src[1].i);
  if (n > 0) std::memmove(dst[0].p, src[0].cp, size_t(n) * slice_type->elem->size);
  return n;
}

}  // namespace goro::lang::vm
