// The VM's out-of-line operations: what the dispatch loop (vm.cpp) calls for
// anything longer than a few instructions. Grouped by the file that
// implements them. Functions taking Slot* work on register forms.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtype.hpp"
#include "value.hpp"
#include "vm.hpp"

namespace goro::lang::vm {

struct Map;

// ---- vm_panic.cpp: Go's run-time error panics, with Go's messages
[[noreturn]] void panic_divide();
[[noreturn]] void panic_nil();
[[noreturn]] void panic_index(int64_t i, int64_t len);
// panic_slice_bound(): pre + x + mid + y, as "slice bounds out of range [:5]
// with capacity 3": mid must start with the "]" closing x, because a
// negative x is printed as Go does, without the bound: "... [:-1]".
[[noreturn]] void panic_slice_bound(const char* pre, int64_t x, const char* mid, int64_t y);
// panic_slice_order(): s[lo:hi] with lo > hi: "slice bounds out of range [3:2]".
[[noreturn]] void panic_slice_order(int64_t lo, int64_t hi);
// BoundsKind is which check of Go's failed (runtime.boundsErrorCode): an
// index, or one bound of s[a:b] / s[a:b:c] against the length (strings,
// arrays) or the capacity (slices) or against the next index.
enum class BoundsKind : uint8_t {
  Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C,
  Convert,  // a slice too short for the array (pointer) it is converted to
};
// panic_bounds() panics with Go's boundsError message for x failing against
// y: "slice bounds out of range [:6:5]", "[4:3:]"; a negative x drops y.
[[noreturn]] void panic_bounds(BoundsKind kind, int64_t x, int64_t y);

// ---- numbers
// float_to_int(): Go leaves out-of-range conversions implementation-defined;
// these give amd64's answers (0x8000000000000000) instead of C++'s UB.
inline int64_t float_to_int(double x) {
  if (!(x > -9223372036854775808.0 && x < 9223372036854775808.0)) return INT64_MIN;
  return int64_t(x);
}
inline uint64_t float_to_uint(double x) {
  if (x < 9223372036854775808.0) return uint64_t(float_to_int(x));
  if (x < 18446744073709551616.0) return uint64_t(x);
  return 0x8000000000000000ull;
}
// float_min()/float_max(): Go's min/max builtins: NaN if either is NaN, and
// -0 is smaller than +0.
inline double float_min(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  if (x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
inline double float_max(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  if (x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

// ---- vm_strings.cpp
inline String as_string(const Slot* r) { return {static_cast<const char*>(r[0].cp), r[1].i}; }
inline SliceHeader as_slice(const Slot* r) { return {r[0].p, r[1].i, r[2].i}; }
inline void store_string(Slot* r, String s) { r[0].cp = s.data, r[1].i = s.len; }
inline void store_slice(Slot* r, SliceHeader s) { r[0].p = s.data, r[1].i = s.len, r[2].i = s.cap; }
String make_string(std::string_view s);  // a heap copy
String concat(String a, String b);
int32_t decode_rune(String s, int64_t i, int32_t* width);  // utf8.DecodeRuneInString at s[i:]
String rune_to_string(int64_t r);
String bytes_to_string(SliceHeader b);
SliceHeader string_to_bytes(String s);
String runes_to_string(SliceHeader r);
SliceHeader string_to_runes(String s);

// ---- vm_slices.cpp
// SliceForm (flags, SLICE's X.c) tells slice_slice() which of Go's messages
// a failing bound gets: s[a:b] or s[a:b:c] (with max defaulted to cap the
// two are otherwise indistinguishable: s[1:5] on cap 3 says "[:5] with
// capacity 3", s[1:5:3] says "[:5:3]"), and whether the operand was an
// array, whose bounds Go reports "with length" rather than "with capacity".
enum SliceForm : uint32_t { kSliceThreeIndex = 1, kSliceOfArray = 2 };
// slice_slice(): dst = src[lo:hi:max] (idx[0..2] hold lo, hi, max, already
// defaulted by the compiler), with Go's bounds panics; form is SliceForm bits.
void slice_slice(Slot* dst, const Slot* src, const Slot* idx, uint32_t elem_size, uint32_t form = 0);
// roundup_size() is the bytes Go's allocator hands out for a request of n
// (its size classes; runtime.roundupsize): it decides the cap() that append
// and []byte(s) leave, which programs print.
size_t roundup_size(size_t n);
void make_slice(Slot* dst, const RType* slice_type, int64_t len, int64_t cap);
void append_values(Slot* s, const RType* slice_type, const Slot* values, uint32_t count);
void append_slice(Slot* s, const RType* slice_type, const Slot* other, bool other_is_string);
int64_t copy_slice(const Slot* dst, const Slot* src, const RType* slice_type, bool src_is_string);

// ---- vm_maps.cpp
void* make_map(const RType* map_type, int64_t hint);
void map_get(Slot* dst, Map* m, const RType* map_type, const Slot* key, bool comma_ok);
void* map_addr(Map* m, const RType* map_type, const Slot* key);
void map_del(Map* m, const RType* map_type, const Slot* key);
int64_t map_length(Map* m);   // nil map: 0
void map_clear_all(Map* m);   // nil map: nothing
void* map_iter_new(Map* m, uint64_t seed);
bool map_iter_step(void* it, const RType* map_type, Slot* key, Slot* value);

// ---- vm_chans.cpp
// make_chan() records the channel in t.prog, which releases it (no collector).
void* make_chan(Thread& t, const RType* chan_type, int64_t cap);
void chan_send_value(Thread& t, void* ch, const Slot* value);
void chan_recv_value(Thread& t, void* ch, Slot* dst, bool comma_ok);
void chan_close_value(Thread& t, void* ch);
int64_t chan_len_value(void* ch);
int64_t chan_cap_value(void* ch);
// select_cases(): the chosen case's index (-1: default) over a SelectTable.
int64_t select_cases(Thread& t, Slot* regs, const void* table, bool has_default);

// SelectTable describes a select statement's cases for SELECT: per case
// the channel register, whether it sends, the value register (send) or
// destination register (receive; the ok bool goes right after the value
// when ok_reg is set), and the element type.
struct SelectCaseDesc {
  uint16_t chan_reg;
  uint16_t value_reg;
  uint16_t ok_reg;  // 0xFFFF: none
  bool is_send;
  const RType* elem;
};
struct SelectTable {
  uint32_t n;
  const SelectCaseDesc* cases;
};

// ---- vm_iface.cpp
void make_iface(Slot* dst, const RType* t, const Slot* value);
void assert_concrete(Slot* dst, const Slot* iface, const RType* t, const RType* static_iface, bool comma_ok);
void assert_interface(Slot* dst, const Slot* iface, const RType* t, const RType* static_iface, bool comma_ok);
bool implements(const RType* dynamic, const RType* iface);
bool equal_regs(const RType* t, const Slot* a, const Slot* b);
// lookup_method(): the method `name` of the interface value iface; writes
// the receiver data word to *recv. Panics on a nil interface.
const Proto* lookup_method(const Slot* iface, const char* name, Slot* recv);

// ---- vm_frames.cpp, vm_panics.cpp, vm_goroutines.cpp
void push_frame(Thread& t, const Proto* fn, const Closure* cl, uint32_t base);
void preempt(Thread& t);
void start_deferred(Thread& t, uint32_t base);
void push_defer(Thread& t, const Closure* fn, const Slot* args, uint32_t nargs);
void start_goroutine(Thread& t, const Closure* fn, const Slot* args, uint32_t nargs);
void* make_closure(const Proto* fn, const Slot* captured, uint32_t n);
[[noreturn]] void panic_iface(Thread& t, const Slot* value);
void recover_into(Thread& t, Slot* dst);

// ---- vm_print.cpp: the print and println builtins (to standard error)
// PrintTable is PRINT's REF[b]: the types of the n operands, whose values
// sit consecutively in registers (types[i]->slots slots each).
struct PrintTable {
  uint32_t n;
  const RType* const* types;
};
// print_builtin(): types is a PrintTable; newline: println's spacing.
void print_builtin(const Slot* values, const void* types, bool newline);

}  // namespace goro::lang::vm
