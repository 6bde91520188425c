// Package cmp's natives (stdlib/cmp.go): generic, so each gets its
// instantiated signature's RType after its arguments (natives.hpp).
#include "native_ordered.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

// pair_type() is T of func(x, y T): x at r, y after it, the signature
// after y (where depends on T's slots: one, or two for a string).
const RType* pair_type(const Slot* r) {
  return find_generic_sig(r, 2, [](const RType* sig, uint32_t k) {
           return sig->params.size() == 2 && sig->params[0] == sig->params[1] && 2 * sig->params[0]->slots == k;
         })->params[0];
}

// Less[T Ordered](x, y T) bool
void less(Thread&, Slot* r) {
  const RType* t = pair_type(r);
  put_bool(r[0], ordered_less(t, r, r + t->slots));
}

// Compare[T Ordered](x, y T) int
void compare(Thread&, Slot* r) {
  const RType* t = pair_type(r);
  r[0].i = ordered_compare(t, r, r + t->slots);
}

// Or[T comparable](vals ...T) T: the first non-zero value.
void or_(Thread&, Slot* r) {
  const RType* t = generic_sig(r, 3)->results[0];
  const SliceHeader vals = arg_slice(r);
  std::vector<Slot> zero(t->slots), v(t->slots);
  for (int64_t i = 0; i < vals.len; ++i) {
    load(t, elem_at(vals.data, t, i), v.data());
    if (!equal_regs(t, v.data(), zero.data())) {
      std::memcpy(r, v.data(), t->slots * sizeof(Slot));
      return;
    }
  }
  std::memset(r, 0, t->slots * sizeof(Slot));
}

constexpr NativeDef kNatives[] = {
    {"cmp.Compare", compare},
    {"cmp.Less", less},
    {"cmp.Or", or_},
};

}  // namespace

std::span<const NativeDef> natives_cmp() { return kNatives; }

}  // namespace goro::lang::vm
