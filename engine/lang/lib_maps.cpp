// Package maps' natives (stdlib/maps.go): generic, on the VM's maps
// (map.hpp) through the instantiated signature after the arguments. Each
// range over a map draws its own iteration order, as the VM's range loops
// do, so which pair a function meets first is as unpredictable as in Go.
#include <vector>

#include "map.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

uint64_t iter_seed(Thread& t) {
  const uint64_t n = t.prog->map_iterations.fetch_add(1, std::memory_order_relaxed);
  return t.prog->seed + n * 0x9E3779B97F4A7C15ull;
}

Map* map_arg(const Slot& s) { return static_cast<Map*>(s.p); }

// for_each() ranges over m; fn(key, value) returns false to stop. The key
// is copied out first, since fn may change the map.
template <class Fn>
void for_each(Thread& t, Map* m, const RType* mt, Fn fn) {
  MapIter it;
  map_iter_init(it, m, iter_seed(t));
  std::vector<char> key(mt->key->size);
  void* k;
  void* e;
  while (map_iter_next(it, &k, &e)) {
    if (!key.empty()) std::memcpy(key.data(), k, key.size());
    if (!fn(key.data(), e)) {
      map_iter_stop(it);
      return;
    }
  }
}

// Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool
void equal_(Thread& t, Slot* r) {
  const RType* mt = generic_sig(r, 2)->params[0];
  Map* m1 = map_arg(r[0]);
  Map* m2 = map_arg(r[1]);
  bool eq = map_len(m1) == map_len(m2);
  if (eq) {
    for_each(t, m1, mt, [&](const void* k, const void* v1) {
      const void* v2 = map_access(m2, k);
      eq = v2 != nullptr && equal(mt->elem, v1, v2);
      return eq;
    });
  }
  put_bool(r[0], eq);
}

// EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool
void equal_func(Thread& t, Slot* r) {
  const RType* sig = generic_sig(r, 3);
  const RType* v1t = sig->params[0]->elem;
  const RType* v2t = sig->params[1]->elem;
  Map* m1 = map_arg(r[0]);
  Map* m2 = map_arg(r[1]);
  const Slot fn = r[2];
  bool eq = map_len(m1) == map_len(m2);
  if (eq) {
    for_each(t, m1, sig->params[0], [&](const void* k, const void* v1) {
      const Closure* cl = closure_of(fn);
      CallRegs regs(cl->fn, v1t->slots + v2t->slots + 1);
      load(v1t, v1, regs.get());
      const void* v2 = map_access(m2, k);
      if (v2 == nullptr) {
        eq = false;
        return false;
      }
      load(v2t, v2, regs.get() + v1t->slots);
      call_func(t, cl, regs.get());
      eq = regs[0].u & 1;
      return eq;
    });
  }
  put_bool(r[0], eq);
}

// copy_into() is dst[k] = v for each pair of src.
void copy_into(Thread& t, Map* dst, Map* src, const RType* mt) {
  for_each(t, src, mt, [&](const void* k, const void* v) {
    void* slot = map_assign(dst, k);
    if (mt->elem->size) std::memcpy(slot, v, mt->elem->size);
    return true;
  });
}

// Clone[M ~map[K]V, K comparable, V any](m M) M: nil for nil.
void clone(Thread& t, Slot* r) {
  const RType* mt = generic_sig(r, 1)->params[0];
  Map* m = map_arg(r[0]);
  if (m == nullptr) return;
  Map* c = map_make(mt, map_len(m));
  copy_into(t, c, m, mt);
  set_ptr(r[0], c);
}

// Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2)
void copy(Thread& t, Slot* r) {
  const RType* mt = generic_sig(r, 2)->params[1];
  copy_into(t, map_arg(r[0]), map_arg(r[1]), mt);
}

// DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool)
void delete_func(Thread& t, Slot* r) {
  const RType* mt = generic_sig(r, 2)->params[0];
  Map* m = map_arg(r[0]);
  const Slot fn = r[1];
  for_each(t, m, mt, [&](const void* k, const void* v) {
    const Closure* cl = closure_of(fn);
    CallRegs regs(cl->fn, mt->key->slots + mt->elem->slots + 1);
    load(mt->key, k, regs.get());
    load(mt->elem, v, regs.get() + mt->key->slots);
    call_func(t, cl, regs.get());
    if (regs[0].u & 1) map_delete(m, k);
    return true;
  });
}

constexpr NativeDef kNatives[] = {
    {"maps.Clone", clone},
    {"maps.Copy", copy},
    {"maps.DeleteFunc", delete_func},
    {"maps.Equal", equal_},
    {"maps.EqualFunc", equal_func},
};

}  // namespace

std::span<const NativeDef> natives_maps() { return kNatives; }

}  // namespace goro::lang::vm
