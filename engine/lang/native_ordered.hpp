// cmp.Ordered values for the generic natives (cmp, slices): comparisons of
// two values of one ordered type in register form (value.hpp), as Go's
// cmp.Less and cmp.Compare define them: NaN sorts before every other
// float and equals itself; strings compare bytewise.
#pragma once

#include <cmath>
#include <cstring>

#include "rtype.hpp"
#include "value.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm::native {

inline bool is_float_kind(RKind k) { return k == RKind::Float32 || k == RKind::Float64; }
inline bool is_unsigned_kind(RKind k) { return k >= RKind::Uint && k <= RKind::Uintptr; }

// ordered_compare() is cmp.Compare(a, b).
inline int ordered_compare(const RType* t, const Slot* a, const Slot* b) {
  if (t->kind == RKind::String) {
    const String x = as_string(a), y = as_string(b);
    const int c = std::memcmp(x.data, y.data, size_t(std::min(x.len, y.len)));
    if (c != 0) return c < 0 ? -1 : 1;
    return x.len < y.len ? -1 : x.len > y.len ? 1 : 0;
  }
  if (is_float_kind(t->kind)) {
    const bool xn = std::isnan(a->f), yn = std::isnan(b->f);
    if (xn) return yn ? 0 : -1;
    if (yn) return 1;
    return a->f < b->f ? -1 : a->f > b->f ? 1 : 0;
  }
  if (is_unsigned_kind(t->kind)) return a->u < b->u ? -1 : a->u > b->u ? 1 : 0;
  return a->i < b->i ? -1 : a->i > b->i ? 1 : 0;
}

// ordered_less() is cmp.Less(a, b).
inline bool ordered_less(const RType* t, const Slot* a, const Slot* b) {
  if (is_float_kind(t->kind)) return (std::isnan(a->f) && !std::isnan(b->f)) || a->f < b->f;
  return ordered_compare(t, a, b) < 0;
}

// ordered_equal() is a == b (NaN unequal to everything).
inline bool ordered_equal(const RType* t, const Slot* a, const Slot* b) {
  if (is_float_kind(t->kind)) return a->f == b->f;
  return ordered_compare(t, a, b) == 0;
}

}  // namespace goro::lang::vm::native
