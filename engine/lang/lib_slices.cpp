// Package slices' natives (stdlib/slices.go): generic, so each one works on
// elements of any type through the instantiated signature it receives
// after its arguments (natives.hpp). They follow Go 1.22's slices.go step
// by step where a step is observable: capacities after Insert, Replace,
// Grow, Clone and Concat (append's growth), the zeroing of dropped tail
// elements, the order in which func arguments are called, and the sorts
// (native_sort.hpp).
#include <vector>

#include "native_ordered.hpp"
#include "native_sort.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

// Elems is a slice's elements in memory.
struct Elems {
  char* data;
  int64_t len;
  int64_t cap;
  const RType* e;

  Elems(const Slot* r, const RType* slice_type)
      : data(static_cast<char*>(r[0].p)), len(r[1].i), cap(r[2].i), e(slice_type->elem) {}
  char* at(int64_t i) const { return elem_at(data, e, i); }
  void load_to(int64_t i, Slot* dst) const { load(e, at(i), dst); }
};

void put_elems(Slot* r, void* data, int64_t len, int64_t cap) { put_slice(r, SliceHeader{data, len, cap}); }

void clear_elems(const Elems& s, int64_t from, int64_t to) {
  if (to > from) std::memset(s.at(from), 0, size_t(to - from) * s.e->size);
}

// check_slice() panics as s[lo:hi:max] would (Go's messages).
void check_slice(const Slot* s, int64_t lo, int64_t hi, int64_t max, bool three, const RType* st) {
  Slot dst[3], idx[3];
  idx[0].i = lo;
  idx[1].i = hi;
  idx[2].i = max;
  slice_slice(dst, s, idx, st->elem->size, three ? uint32_t(kSliceThreeIndex) : 0u);
}

// append_zeros() is append(s[:len], make(S, n)...), growing as append does.
SliceHeader append_zeros(SliceHeader h, const RType* st, int64_t n) {
  if (n <= 0) return h;
  Slot s[3], other[3];
  put_slice(s, h);
  set_ptr(other[0], heap_alloc(size_t(n) * st->elem->size));
  other[1].i = n;
  other[2].i = n;
  append_slice(s, st, other, false);
  return arg_slice(s);
}

// ---- calling Go functions on elements

// call_on() calls fn with the elements (of types e1 at p1, e2 at p2; p2 may
// be null for a one-argument fn) and returns the first result slot.
Slot call_on(Thread& t, const Closure* fn, const RType* e1, const void* p1, const RType* e2 = nullptr,
             const void* p2 = nullptr) {
  CallRegs regs(fn->fn, e1->slots + (e2 ? e2->slots : 0) + 1);
  load(e1, p1, regs.get());
  if (e2 != nullptr) load(e2, p2, regs.get() + e1->slots);
  call_func(t, fn, regs.get());
  return regs[0];
}

// ---- comparisons

// Equal[S ~[]E, E comparable](s1, s2 S) bool
void equal_(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 6)->params[0];
  const Elems a(r, st), b(r + 3, st);
  if (a.len != b.len) return put_bool(r[0], false);
  for (int64_t i = 0; i < a.len; ++i) {
    if (!equal(a.e, a.at(i), b.at(i))) return put_bool(r[0], false);
  }
  put_bool(r[0], true);
}

// EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool
void equal_func(Thread& t, Slot* r) {
  const RType* sig = generic_sig(r, 7);
  const Elems a(r, sig->params[0]), b(r + 3, sig->params[1]);
  if (a.len != b.len) return put_bool(r[0], false);
  const Closure* eq = a.len > 0 ? closure_of(r[6]) : nullptr;
  for (int64_t i = 0; i < a.len; ++i) {
    if (!(call_on(t, eq, a.e, a.at(i), b.e, b.at(i)).u & 1)) return put_bool(r[0], false);
  }
  put_bool(r[0], true);
}

// Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int
void compare(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 6)->params[0];
  const Elems a(r, st), b(r + 3, st);
  Slot x[2], y[2];
  for (int64_t i = 0; i < a.len; ++i) {
    if (i >= b.len) {
      r[0].i = 1;
      return;
    }
    a.load_to(i, x);
    b.load_to(i, y);
    if (const int c = ordered_compare(a.e, x, y); c != 0) {
      r[0].i = c;
      return;
    }
  }
  r[0].i = a.len < b.len ? -1 : 0;
}

// CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int
void compare_func(Thread& t, Slot* r) {
  const RType* sig = generic_sig(r, 7);
  const Elems a(r, sig->params[0]), b(r + 3, sig->params[1]);
  const Slot fn = r[6];
  for (int64_t i = 0; i < a.len; ++i) {
    if (i >= b.len) {
      r[0].i = 1;
      return;
    }
    if (const int64_t c = call_on(t, closure_of(fn), a.e, a.at(i), b.e, b.at(i)).i; c != 0) {
      r[0].i = c;
      return;
    }
  }
  r[0].i = a.len < b.len ? -1 : 0;
}

// ---- searching

// slice_and_value() finds the signature of f(s S, v E): v's slots vary.
const RType* slice_and_value_sig(const Slot* r) {
  return find_generic_sig(r, 3, [](const RType* sig, uint32_t k) {
    return sig->params.size() == 2 && sig->params[0]->kind == RKind::Slice &&
           sig->params[0]->elem->slots == sig->params[1]->slots && 3 + sig->params[1]->slots == k;
  });
}

int64_t index_of(const Slot* r) {
  const RType* st = slice_and_value_sig(r)->params[0];
  const Elems s(r, st);
  std::vector<Slot> x(s.e->slots + 1);
  for (int64_t i = 0; i < s.len; ++i) {
    s.load_to(i, x.data());
    if (equal_regs(s.e, r + 3, x.data())) return i;
  }
  return -1;
}

// Index[S ~[]E, E comparable](s S, v E) int
void index(Thread&, Slot* r) { r[0].i = index_of(r); }
// Contains[S ~[]E, E comparable](s S, v E) bool
void contains(Thread&, Slot* r) { put_bool(r[0], index_of(r) >= 0); }

int64_t index_func_of(Thread& t, const Slot* r) {
  const Elems s(r, generic_sig(r, 4)->params[0]);
  for (int64_t i = 0; i < s.len; ++i) {
    if (call_on(t, closure_of(r[3]), s.e, s.at(i)).u & 1) return i;
  }
  return -1;
}

// IndexFunc[S ~[]E, E any](s S, f func(E) bool) int
void index_func(Thread& t, Slot* r) { r[0].i = index_func_of(t, r); }
// ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool
void contains_func(Thread& t, Slot* r) { put_bool(r[0], index_func_of(t, r) >= 0); }

// BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)
void binary_search(Thread&, Slot* r) {
  const RType* st = slice_and_value_sig(r)->params[0];
  const Elems s(r, st);
  const Slot* target = r + 3;
  Slot x[2];
  int64_t i = 0, j = s.len;
  while (i < j) {
    const int64_t h = int64_t(uint64_t(i + j) >> 1);
    s.load_to(h, x);
    if (ordered_less(s.e, x, target)) i = h + 1;
    else j = h;
  }
  bool found = false;
  if (i < s.len) {
    s.load_to(i, x);
    found = ordered_equal(s.e, x, target) ||
            (is_float_kind(s.e->kind) && std::isnan(x[0].f) && std::isnan(target[0].f));
  }
  r[0].i = i;
  put_bool(r[1], found);
}

// BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool)
void binary_search_func(Thread& t, Slot* r) {
  const RType* sig = find_generic_sig(r, 4, [](const RType* sig, uint32_t k) {
    return sig->params.size() == 3 && sig->params[0]->kind == RKind::Slice && 3 + sig->params[1]->slots + 1 == k;
  });
  const Elems s(r, sig->params[0]);
  const RType* tt = sig->params[1];
  std::vector<Slot> target(r + 3, r + 3 + tt->slots);
  const Slot fn = r[3 + tt->slots];
  // cmp(x[h], target): the element's slots, then the target's.
  auto cmp = [&](int64_t h) {
    const Closure* cl = closure_of(fn);
    CallRegs regs(cl->fn, s.e->slots + tt->slots + 1);
    s.load_to(h, regs.get());
    std::memcpy(regs.get() + s.e->slots, target.data(), tt->slots * sizeof(Slot));
    call_func(t, cl, regs.get());
    return regs[0].i;
  };
  int64_t i = 0, j = s.len;
  while (i < j) {
    const int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (cmp(h) < 0) i = h + 1;
    else j = h;
  }
  const bool found = i < s.len && cmp(i) == 0;
  r[0].i = i;
  put_bool(r[1], found);
}

// ---- editing

// Insert[S ~[]E, E any](s S, i int, v ...E) S
void insert(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 7)->params[0];
  const Elems s(r, st), v(r + 4, st);
  const int64_t i = r[3].i;
  check_slice(r, i, s.len, s.cap, false, st);  // _ = s[i:]
  const int64_t m = v.len, n = s.len;
  const size_t size = s.e->size;
  if (m == 0) return;  // s itself, already in r
  if (i == n) {
    append_slice(r, st, r + 4, false);
    return;
  }
  if (n + m > s.cap) {
    // append(s[:i], make(S, n+m-i)...): append's growth from cap(s).
    const SliceHeader s2 = append_zeros(SliceHeader{s.data, i, s.cap}, st, n + m - i);
    char* d = static_cast<char*>(s2.data);
    std::memmove(d + size_t(i) * size, v.data, size_t(m) * size);
    std::memmove(d + size_t(i + m) * size, s.at(i), size_t(n - i) * size);
    put_slice(r, s2);
    return;
  }
  // In place: v may alias s, so it is copied out first.
  std::vector<char> tmp(v.at(0), v.at(0) + size_t(m) * size);
  std::memmove(s.at(i + m), s.at(i), size_t(n - i) * size);
  std::memcpy(s.at(i), tmp.data(), tmp.size());
  put_elems(r, s.data, n + m, s.cap);
}

// Delete[S ~[]E, E any](s S, i, j int) S
void delete_(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 5)->params[0];
  const Elems s(r, st);
  const int64_t i = r[3].i, j = r[4].i;
  check_slice(r, i, j, s.len, true, st);  // _ = s[i:j:len(s)]
  if (i == j) return;
  std::memmove(s.at(i), s.at(j), size_t(s.len - j) * s.e->size);
  const int64_t len = s.len - (j - i);
  clear_elems(s, len, s.len);
  put_elems(r, s.data, len, s.cap);
}

// DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S
void delete_func(Thread& t, Slot* r) {
  const Elems s(r, generic_sig(r, 4)->params[0]);
  const Slot fn = r[3];
  int64_t i = 0;
  for (; i < s.len; ++i) {
    if (call_on(t, closure_of(fn), s.e, s.at(i)).u & 1) break;
  }
  if (i == s.len) return;
  for (int64_t j = i + 1; j < s.len; ++j) {
    if (!(call_on(t, closure_of(fn), s.e, s.at(j)).u & 1)) {
      std::memmove(s.at(i), s.at(j), s.e->size);
      ++i;
    }
  }
  clear_elems(s, i, s.len);
  put_elems(r, s.data, i, s.cap);
}

// Replace[S ~[]E, E any](s S, i, j int, v ...E) S
void replace(Thread& t, Slot* r) {
  const RType* st = generic_sig(r, 8)->params[0];
  const Elems s(r, st), v(r + 5, st);
  const int64_t i = r[3].i, j = r[4].i;
  check_slice(r, i, j, s.cap, false, st);  // _ = s[i:j]
  const size_t size = s.e->size;
  if (i == j) {
    // Insert(s, i, v...): the same frame shape less j.
    Slot args[8];
    std::memcpy(args, r, 4 * sizeof(Slot));
    std::memcpy(args + 4, r + 5, 3 * sizeof(Slot));
    set_ptr(args[7], generic_sig(r, 8));  // its params[0] is S, as Insert's is
    insert(t, args);
    std::memcpy(r, args, 3 * sizeof(Slot));
    return;
  }
  if (j == s.len) {
    Slot s2[3];
    put_elems(s2, s.data, i, s.cap);
    append_slice(s2, st, r + 5, false);
    if (s2[1].i < s.len) clear_elems(s, s2[1].i, s.len);
    std::memcpy(r, s2, sizeof(s2));
    return;
  }
  check_slice(r, j, s.len, s.cap, false, st);  // len(s[j:])
  const int64_t tot = i + v.len + (s.len - j);
  std::vector<char> tmp(v.len > 0 ? v.at(0) : nullptr, v.len > 0 ? v.at(0) + size_t(v.len) * size : nullptr);
  if (tot > s.cap) {
    const SliceHeader s2 = append_zeros(SliceHeader{s.data, i, s.cap}, st, tot - i);
    char* d = static_cast<char*>(s2.data);
    if (!tmp.empty()) std::memcpy(d + size_t(i) * size, tmp.data(), tmp.size());
    std::memmove(d + size_t(i + v.len) * size, s.at(j), size_t(s.len - j) * size);
    put_slice(r, s2);
    return;
  }
  // In place; v was copied out, so aliasing cannot matter.
  std::memmove(s.at(i + v.len), s.at(j), size_t(s.len - j) * size);
  if (!tmp.empty()) std::memcpy(s.at(i), tmp.data(), tmp.size());
  if (tot < s.len) clear_elems(s, tot, s.len);
  put_elems(r, s.data, tot, s.cap);
}

// Clone[S ~[]E, E any](s S) S: append(s[:0:0], s...).
void clone(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 3)->params[0];
  Slot out[3];
  put_elems(out, r[0].p, 0, 0);
  append_slice(out, st, r, false);
  std::memcpy(r, out, sizeof(out));
}

// compact_with() keeps the first of each run of elements equal by same(k).
template <class Same>
void compact_with(Slot* r, const Elems& s, Same same) {
  if (s.len < 2) return;
  int64_t i = 1;
  for (int64_t k = 1; k < s.len; ++k) {
    if (!same(k)) {
      if (i != k) std::memmove(s.at(i), s.at(k), s.e->size);
      ++i;
    }
  }
  clear_elems(s, i, s.len);
  put_elems(r, s.data, i, s.cap);
}

// Compact[S ~[]E, E comparable](s S) S
void compact(Thread&, Slot* r) {
  const Elems s(r, generic_sig(r, 3)->params[0]);
  compact_with(r, s, [&](int64_t k) { return equal(s.e, s.at(k), s.at(k - 1)); });
}

// CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S
void compact_func(Thread& t, Slot* r) {
  const Elems s(r, generic_sig(r, 4)->params[0]);
  const Slot fn = r[3];
  compact_with(r, s, [&](int64_t k) { return bool(call_on(t, closure_of(fn), s.e, s.at(k), s.e, s.at(k - 1)).u & 1); });
}

// Grow[S ~[]E, E any](s S, n int) S
void grow(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 4)->params[0];
  const Elems s(r, st);
  int64_t n = r[3].i;
  if (n < 0) panic_string("cannot be negative");
  n -= s.cap - s.len;
  if (n > 0) {
    SliceHeader h = append_zeros(SliceHeader{s.data, s.cap, s.cap}, st, n);
    h.len = s.len;
    put_slice(r, h);
  }
}

// Clip[S ~[]E, E any](s S) S
void clip(Thread&, Slot* r) { r[2].i = r[1].i; }

// Reverse[S ~[]E, E any](s S)
void reverse(Thread&, Slot* r) {
  const Elems s(r, generic_sig(r, 3)->params[0]);
  std::vector<char> tmp(s.e->size);
  for (int64_t i = 0, j = s.len - 1; i < j; ++i, --j) {
    std::memcpy(tmp.data(), s.at(i), s.e->size);
    std::memcpy(s.at(i), s.at(j), s.e->size);
    std::memcpy(s.at(j), tmp.data(), s.e->size);
  }
}

// Concat[S ~[]E, E any](slices ...S) S
void concat(Thread&, Slot* r) {
  const RType* st = generic_sig(r, 3)->results[0];
  const SliceHeader all = arg_slice(r);
  int64_t size = 0;
  std::vector<Slot> parts(size_t(std::max<int64_t>(all.len, 0)) * 3);
  for (int64_t k = 0; k < all.len; ++k) {
    load(st, elem_at(all.data, st, k), &parts[size_t(k) * 3]);
    size += parts[size_t(k) * 3 + 1].i;
    if (size < 0) panic_string("len out of range");
  }
  // Grow[S](nil, size), then an append of each.
  Slot out[3] = {};
  if (size > 0) {
    SliceHeader h = append_zeros(SliceHeader{nullptr, 0, 0}, st, size);
    h.len = 0;
    put_slice(out, h);
  }
  for (int64_t k = 0; k < all.len; ++k) append_slice(out, st, &parts[size_t(k) * 3], false);
  std::memcpy(r, out, sizeof(out));
}

// ---- sorting

// OrderedElems sorts by cmp.Less on the elements themselves.
struct OrderedElems {
  Elems s;
  std::vector<char> tmp;
  Slot x[2], y[2];
  explicit OrderedElems(const Elems& e) : s(e), tmp(e.e->size) {}
  bool less(int64_t i, int64_t j) {
    s.load_to(i, x);
    s.load_to(j, y);
    return ordered_less(s.e, x, y);
  }
  void swap(int64_t i, int64_t j) {
    std::memcpy(tmp.data(), s.at(i), tmp.size());
    std::memcpy(s.at(i), s.at(j), tmp.size());
    std::memcpy(s.at(j), tmp.data(), tmp.size());
  }
};

// CmpElems sorts by a Go cmp(a, b E) int < 0.
struct CmpElems : OrderedElems {
  Thread& t;
  Slot fn;
  CmpElems(Thread& th, const Elems& e, Slot f) : OrderedElems(e), t(th), fn(f) {}
  bool less(int64_t i, int64_t j) { return call_on(t, closure_of(fn), s.e, s.at(i), s.e, s.at(j)).i < 0; }
};

// Sort[S ~[]E, E cmp.Ordered](x S)
void sort_(Thread&, Slot* r) {
  OrderedElems d(Elems(r, generic_sig(r, 3)->params[0]));
  gosort::sort(d, d.s.len);
}

// SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
void sort_func(Thread& t, Slot* r) {
  CmpElems d(t, Elems(r, generic_sig(r, 4)->params[0]), r[3]);
  gosort::sort(d, d.s.len);
}

// SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
void sort_stable_func(Thread& t, Slot* r) {
  CmpElems d(t, Elems(r, generic_sig(r, 4)->params[0]), r[3]);
  gosort::stable(d, d.s.len);
}

// IsSorted[S ~[]E, E cmp.Ordered](x S) bool
void is_sorted(Thread&, Slot* r) {
  OrderedElems d(Elems(r, generic_sig(r, 3)->params[0]));
  for (int64_t i = d.s.len - 1; i > 0; --i) {
    if (d.less(i, i - 1)) return put_bool(r[0], false);
  }
  put_bool(r[0], true);
}

// IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool
void is_sorted_func(Thread& t, Slot* r) {
  CmpElems d(t, Elems(r, generic_sig(r, 4)->params[0]), r[3]);
  for (int64_t i = d.s.len - 1; i > 0; --i) {
    if (d.less(i, i - 1)) return put_bool(r[0], false);
  }
  put_bool(r[0], true);
}

// min_max() is Min or Max: the builtin min/max folded over x.
void min_max(Slot* r, bool is_max, const char* empty) {
  const Elems s(r, generic_sig(r, 3)->params[0]);
  if (s.len < 1) panic_string(empty);
  Slot m[2], x[2];
  s.load_to(0, m);
  for (int64_t i = 1; i < s.len; ++i) {
    s.load_to(i, x);
    if (is_float_kind(s.e->kind)) {
      m[0].f = is_max ? float_max(m[0].f, x[0].f) : float_min(m[0].f, x[0].f);
    } else if (is_max ? ordered_compare(s.e, x, m) > 0 : ordered_compare(s.e, x, m) < 0) {
      m[0] = x[0];
      m[1] = x[1];
    }
  }
  std::memcpy(r, m, s.e->slots * sizeof(Slot));
}

void min_(Thread&, Slot* r) { min_max(r, false, "slices.Min: empty list"); }
void max_(Thread&, Slot* r) { min_max(r, true, "slices.Max: empty list"); }

// min_max_func() is MinFunc or MaxFunc: the first extreme element by cmp.
void min_max_func(Thread& t, Slot* r, bool is_max, const char* empty) {
  const Elems s(r, generic_sig(r, 4)->params[0]);
  if (s.len < 1) panic_string(empty);
  const Slot fn = r[3];
  int64_t m = 0;
  for (int64_t i = 1; i < s.len; ++i) {
    const int64_t c = call_on(t, closure_of(fn), s.e, s.at(i), s.e, s.at(m)).i;
    if (is_max ? c > 0 : c < 0) m = i;
  }
  load(s.e, s.at(m), r);
}

void min_func(Thread& t, Slot* r) { min_max_func(t, r, false, "slices.MinFunc: empty list"); }
void max_func(Thread& t, Slot* r) { min_max_func(t, r, true, "slices.MaxFunc: empty list"); }

constexpr NativeDef kNatives[] = {
    {"slices.BinarySearch", binary_search},
    {"slices.BinarySearchFunc", binary_search_func},
    {"slices.Clip", clip},
    {"slices.Clone", clone},
    {"slices.Compact", compact},
    {"slices.CompactFunc", compact_func},
    {"slices.Compare", compare},
    {"slices.CompareFunc", compare_func},
    {"slices.Concat", concat},
    {"slices.Contains", contains},
    {"slices.ContainsFunc", contains_func},
    {"slices.Delete", delete_},
    {"slices.DeleteFunc", delete_func},
    {"slices.Equal", equal_},
    {"slices.EqualFunc", equal_func},
    {"slices.Grow", grow},
    {"slices.Index", index},
    {"slices.IndexFunc", index_func},
    {"slices.Insert", insert},
    {"slices.IsSorted", is_sorted},
    {"slices.IsSortedFunc", is_sorted_func},
    {"slices.Max", max_},
    {"slices.MaxFunc", max_func},
    {"slices.Min", min_},
    {"slices.MinFunc", min_func},
    {"slices.Replace", replace},
    {"slices.Reverse", reverse},
    {"slices.Sort", sort_},
    {"slices.SortFunc", sort_func},
    {"slices.SortStableFunc", sort_stable_func},
};

}  // namespace

std::span<const NativeDef> natives_slices() { return kNatives; }

}  // namespace goro::lang::vm
