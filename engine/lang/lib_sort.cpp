// Package sort's natives (stdlib/sort.go): Slice, SliceStable and
// SliceIsSorted, which reach the slice's elements by reflection in Go.
// The algorithms are Go's (native_sort.hpp), so less is called with the
// same indexes in the same order and equal elements end where Go's do.
#include <vector>

#include "native_sort.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

const char* kind_name(RKind k) {
  static const char* const names[] = {"bool",    "int",     "int8",       "int16",      "int32",  "int64",
                                      "uint",    "uint8",   "uint16",     "uint32",     "uint64", "uintptr",
                                      "float32", "float64", "complex64",  "complex128", "string", "ptr",
                                      "slice",   "array",   "map",        "chan",       "func",   "interface",
                                      "struct"};
  return names[int(k)];
}

// SliceArg is the slice inside sort's `x any`.
struct SliceArg {
  char* data;
  int64_t len;
  const RType* elem;
};

SliceArg slice_arg(Iface x, const char* method, bool arrays_too) {
  if (x.type != nullptr && x.type->kind == RKind::Slice) {
    return {static_cast<char*>(const_cast<void*>(load_ptr(x.data))), load_leaf(Leaf::I64, static_cast<char*>(x.data) + 8).i,
            x.type->elem};
  }
  if (arrays_too && x.type != nullptr && x.type->kind == RKind::Array) {
    return {static_cast<char*>(x.data), x.type->len, x.type->elem};
  }
  if (x.type == nullptr) panic_string(std::string("reflect: call of ") + method + " on zero Value");
  panic_string(std::string("reflect: call of ") + method + " on " + kind_name(x.type->kind) + " Value");
}

// GoLess sorts through a Go less(i, j int) bool and swaps elements in place.
struct GoLess {
  Thread& t;
  const Closure* fn;
  SliceArg s;
  std::vector<char> tmp;

  GoLess(Thread& th, const Closure* less, SliceArg sa) : t(th), fn(less), s(sa), tmp(sa.elem->size) {}

  bool less(int64_t i, int64_t j) {
    if (fn == nullptr) panic_nil();  // a nil less is called only with two elements or more, as in Go
    CallRegs regs(fn->fn, 2);
    regs[0].i = i;
    regs[1].i = j;
    call_func(t, fn, regs.get());
    return regs[0].u & 1;
  }
  void swap(int64_t i, int64_t j) {
    const size_t n = s.elem->size;
    if (n == 0 || i == j) return;
    char* a = s.data + size_t(i) * n;
    char* b = s.data + size_t(j) * n;
    std::memcpy(tmp.data(), a, n);
    std::memcpy(a, b, n);
    std::memcpy(b, tmp.data(), n);
  }
};

// Slice(x any, less func(i, j int) bool)
void slice(Thread& t, Slot* r) {
  const SliceArg s = slice_arg(arg_iface(r), "Swapper", false);
  GoLess d(t, static_cast<const Closure*>(r[2].cp), s);
  gosort::sort(d, s.len);
}

// SliceStable(x any, less func(i, j int) bool)
void slice_stable(Thread& t, Slot* r) {
  const SliceArg s = slice_arg(arg_iface(r), "Swapper", false);
  GoLess d(t, static_cast<const Closure*>(r[2].cp), s);
  gosort::stable(d, s.len);
}

// SliceIsSorted(x any, less func(i, j int) bool) bool
void slice_is_sorted(Thread& t, Slot* r) {
  const SliceArg s = slice_arg(arg_iface(r), "reflect.Value.Len", true);
  GoLess d(t, static_cast<const Closure*>(r[2].cp), s);
  for (int64_t i = s.len - 1; i > 0; --i) {
    if (d.less(i, i - 1)) {
      put_bool(r[0], false);
      return;
    }
  }
  put_bool(r[0], true);
}

constexpr NativeDef kNatives[] = {
    {"sort.Slice", slice},
    {"sort.SliceIsSorted", slice_is_sorted},
    {"sort.SliceStable", slice_stable},
};

}  // namespace

std::span<const NativeDef> natives_sort() { return kNatives; }

}  // namespace goro::lang::vm
