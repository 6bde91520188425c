// What every lib_<pkg>.cpp needs to read its arguments and write its
// results in register form (natives.hpp's calling convention), to call back
// into Go, and to make the few standard-library values natives return
// (strings, slices, errors).
//
// Pointers go into slots through set_ptr()/ptr_slot(), never `.p =`, so the
// high half of a slot is right on wasm32 too (value.hpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "gopanic.hpp"
#include "heap.hpp"
#include "natives.hpp"
#include "proto.hpp"
#include "rtype.hpp"
#include "value.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm::native {

// ---- arguments and results

inline std::string_view arg_view(const Slot* r) {
  return r[1].i > 0 ? std::string_view(static_cast<const char*>(r[0].cp), size_t(r[1].i)) : std::string_view();
}
inline SliceHeader arg_slice(const Slot* r) { return {r[0].p, r[1].i, r[2].i}; }
inline Iface arg_iface(const Slot* r) { return {static_cast<const RType*>(r[0].cp), r[1].p}; }
template <class T>
T* arg_ptr(const Slot& s) {
  return static_cast<T*>(s.p);
}

inline void put_string(Slot* r, String s) {
  set_ptr(r[0], s.data);
  r[1].i = s.len;
}
// put_string() copies s to the heap (an empty s has no data, as Go's "").
inline void put_string(Slot* r, std::string_view s) {
  if (s.empty()) {
    put_string(r, String{nullptr, 0});
    return;
  }
  put_string(r, make_string(s));
}
inline void put_slice(Slot* r, SliceHeader h) {
  set_ptr(r[0], h.data);
  r[1].i = h.len;
  r[2].i = h.cap;
}
inline void put_iface(Slot* r, Iface v) {
  set_ptr(r[0], v.type);
  set_ptr(r[1], v.data);
}
inline void put_nil_iface(Slot* r) { r[0].u = 0, r[1].u = 0; }
inline void put_bool(Slot& r, bool b) { r.u = b ? 1 : 0; }

// generic_sig() is the instantiated signature a generic native receives in
// the slot after its nargs argument slots (natives.hpp).
inline const RType* generic_sig(const Slot* regs, uint32_t nargs) { return static_cast<const RType*>(regs[nargs].cp); }

// find_generic_sig() finds the signature of a generic native whose argument
// slots depend on a type argument (cmp.Less[T], slices.Index[S, E]): the
// first slot k >= min_k holding a Func RType for which fits(sig, k) says k
// is where that signature's arguments end. Words that cannot be an RType's
// address (null, unaligned, beyond user space) are skipped unread; the
// check on k makes a false match need an argument word that points at an
// RType-shaped object of just that signature, which interpreted values
// cannot hold. The natives.hpp convention leaves no better way: a fixed
// position for the signature (regs[0], say) would make this unnecessary.
const RType* find_generic_sig(const Slot* regs, uint32_t min_k, bool (*fits)(const RType* sig, uint32_t k));

// ---- values in memory

// elem_at() is the address of element i of a slice or array of elem.
inline char* elem_at(void* data, const RType* elem, int64_t i) {
  return static_cast<char*>(data) + size_t(i) * elem->size;
}

// load_anys() reads a []any (or any []interface) as Ifaces.
inline std::vector<Iface> load_anys(SliceHeader s) {
  std::vector<Iface> out(size_t(std::max<int64_t>(s.len, 0)));
  for (size_t i = 0; i < out.size(); ++i) out[i] = load_iface(static_cast<const char*>(s.data) + 16 * i);
  return out;
}

// iface_regs() is an interface value's register form.
inline void iface_regs(Iface v, Slot* r) { put_iface(r, v); }

// new_bytes() is a fresh []byte holding s, its capacity as make([]byte, n) gives.
inline SliceHeader new_bytes(std::string_view s) {
  void* p = heap_alloc(s.size());
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  return {p, int64_t(s.size()), int64_t(s.size())};
}

// append_bytes() is append(b, s...) on a []byte, growing as Go's append does.
inline SliceHeader append_bytes(SliceHeader b, std::string_view add) {
  static const RType* const bytes_type = [] {
    static RType t;
    t.kind = RKind::Slice;
    t.size = 24;
    t.align = 8;
    t.slots = 3;
    t.elem = basic_rtype(RKind::Uint8);
    t.name = "[]uint8";
    return &t;
  }();
  Slot dst[3], src[3];
  put_slice(dst, b);
  set_ptr(src[0], add.empty() ? nullptr : add.data());
  src[1].i = int64_t(add.size());
  src[2].i = int64_t(add.size());
  append_slice(dst, bytes_type, src, true);
  return arg_slice(dst);
}

// ---- calling Go

// CallRegs is a register window for call(): room for max(nparams, nresults)
// of the callee and at least `want` slots.
class CallRegs {
 public:
  explicit CallRegs(const Proto* fn, uint32_t want = 0) {
    const uint32_t n = std::max({fn->nparams, fn->nresults, fn->frame_size, want, 1u});
    if (n > kSmall) {
      big_.resize(n);
      regs_ = big_.data();
    }
    std::memset(regs_, 0, sizeof(Slot) * std::min(n, kSmall));
  }
  Slot* get() { return regs_; }
  Slot& operator[](size_t i) { return regs_[i]; }

 private:
  static constexpr uint32_t kSmall = 16;
  Slot small_[kSmall];
  Slot* regs_ = small_;
  std::vector<Slot> big_;
};

// closure_of() is a func value's Closure; calling a nil one panics as Go does.
inline const Closure* closure_of(const Slot& fn) {
  auto* cl = static_cast<const Closure*>(fn.cp);
  if (cl == nullptr) panic_nil();
  return cl;
}

// call_func() calls the func value cl with the arguments already in regs.
inline void call_func(Thread& t, const Closure* cl, Slot* regs) { call(t, cl->fn, cl, regs); }

// method_of() is the method `name` of the dynamic type of v, or null.
inline const RMethod* method_of(Iface v, std::string_view name) {
  return v.type == nullptr ? nullptr : v.type->find_method(name);
}

// call_error_method() is v.Error() for an error value v.
inline std::string call_string_method(Thread& t, Iface v, std::string_view name) {
  const RMethod* m = method_of(v, name);
  if (m == nullptr) panic_nil();
  CallRegs regs(m->fn, 2);
  set_ptr(regs[0], v.data);
  call(t, m->fn, nullptr, regs.get());
  return std::string(arg_view(regs.get()));
}

// ---- standard-library values

// stub_type() is a named stub type by its %T name ("*errors.errorString");
// the compiler registers every type of the imported stubs (vm.hpp). A
// missing one means the stub that declares the native did not import the
// package, a stub bug: stop loudly rather than return a wrong value.
const RType* stub_type(Thread& t, std::string_view name);

// new_error() is errors.New(msg): a fresh *errors.errorString.
Iface new_error(Thread& t, std::string_view msg);

// stub_error() is the value of a stub's package-level error variable
// (strconv.ErrSyntax, io.EOF) when the program can give it; until the
// compiler exposes package variables to natives it is a new error with the
// same message (same text; == and errors.Is against the variable fail).
Iface stub_error(Thread& t, std::string_view var, std::string_view msg);

// new_struct() allocates a zeroed value of type t and returns its address.
inline void* new_value(const RType* t) { return heap_alloc(t->size); }

// field() is the address of the named field of a struct at p.
void* field(const RType* struct_type, void* p, std::string_view name);

// pointer_iface() is the interface holding pointer p of pointer type pt.
inline Iface pointer_iface(const RType* pt, void* p) { return Iface{pt, p}; }

}  // namespace goro::lang::vm::native
