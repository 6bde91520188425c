// Interface operations of the VM (vm_ops.hpp): boxing a value, type
// assertions with Go's TypeAssertionError messages, interface equality and
// method lookup for interface calls.
//
// An interface is two slots (value.hpp Iface): the dynamic type, null for
// nil, and a data word: the value's one slot itself for a direct type, else
// a pointer to an immutable heap copy in memory layout. RTypes are unique
// per type, so "same dynamic type" is pointer equality throughout.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "gopanic.hpp"
#include "heap.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

const RType* type_of(const Slot* iface) { return static_cast<const RType*>(iface[0].cp); }

// is_scalar() is whether t's register form is one slot that == compares on
// its own: not a one-field struct or one-element array, whose blank fields
// equal() must skip.
bool is_scalar(const RType* t) { return t->slots == 1 && t->kind != RKind::Struct && t->kind != RKind::Array; }

// scalar_equal() compares one slot of kind leaf: floats by value (NaN !=
// NaN, -0 == +0), the rest by their bits, which the register invariants
// make canonical.
bool scalar_equal(Leaf leaf, Slot a, Slot b) {
  switch (leaf) {
    case Leaf::F32: case Leaf::F64: return a.f == b.f;
    case Leaf::Ptr: return a.p == b.p;  // on wasm32 a pointer fills only part of the slot
    default: return a.u == b.u;
  }
}

// memory_equal() stores two register-form values of type t to memory and
// compares them with equal(), which knows structs, arrays and nested
// interfaces (and panics on uncomparable dynamic types inside them).
bool memory_equal(const RType* t, const Slot* a, const Slot* b) {
  constexpr size_t kOnStack = 256;
  alignas(16) unsigned char stack_a[kOnStack], stack_b[kOnStack];
  std::unique_ptr<unsigned char[]> heap_a, heap_b;
  unsigned char* pa = stack_a;
  unsigned char* pb = stack_b;
  if (t->size > kOnStack) {
    heap_a.reset(new unsigned char[t->size]());
    heap_b.reset(new unsigned char[t->size]());
    pa = heap_a.get(), pb = heap_b.get();
  } else {
    std::memset(pa, 0, t->size);  // padding, which equal() skips, kept deterministic anyway
    std::memset(pb, 0, t->size);
  }
  store(t, pa, a);
  store(t, pb, b);
  return equal(t, pa, pb);
}

// iface_equal() is Go's efaceeq/ifaceeq: same dynamic type, then the values.
bool iface_equal(const Slot* a, const Slot* b) {
  const RType* t = type_of(a);
  if (t != type_of(b)) return false;
  if (t == nullptr) return true;
  if (!t->comparable) panic_runtime_error("comparing uncomparable type " + t->name);
  if (!t->direct) return equal(t, a[1].cp, b[1].cp);
  if (is_scalar(t)) return scalar_equal(t->leaves[0], a[1], b[1]);
  return memory_equal(t, &a[1], &b[1]);  // the data word is the value's one slot
}

// concrete_failure() panics with runtime.TypeAssertionError's message for
// an assertion to the concrete type t of an interface of static type
// static_iface holding dyn.
[[noreturn]] void concrete_failure(const RType* dyn, const RType* t, const RType* static_iface) {
  const std::string inter = static_iface ? static_iface->name : "interface";
  if (dyn == nullptr) panic_plain_error("interface conversion: " + inter + " is nil, not " + t->name);
  std::string msg = "interface conversion: " + inter + " is " + dyn->name + ", not " + t->name;
  // Distinct types may print alike; Go says why they differ.
  if (dyn->name == t->name) msg += dyn->pkg != t->pkg ? " (types from different packages)" : " (types from different scopes)";
  panic_plain_error(msg);
}

// same_signature(): a and b are the same func type. Identical types share
// one RType when one compiler made both; signatures made elsewhere (the
// runtime's error types) are compared by their parts.
bool same_signature(const RType* a, const RType* b) {
  if (a == b || !a || !b) return true;  // unknown: names decide
  return a->kind == b->kind && a->variadic == b->variadic && a->params == b->params && a->results == b->results;
}

// missing_method() is the first method of iface (in sorted order, as Go
// reports it) that dynamic lacks, or has with another signature (Go's
// runtime reports that as missing too); empty if none.
std::string_view missing_method(const RType* dynamic, const RType* iface) {
  auto m = dynamic->methods.begin();
  const auto end = dynamic->methods.end();
  for (size_t i = 0; i < iface->imethods.size(); ++i) {
    std::string_view name = iface->imethods[i];
    while (m != end && m->name < name) ++m;
    if (m == end || m->name != name) return name;
    if (i < iface->imethod_types.size() && !same_signature(m->type, iface->imethod_types[i])) return name;
  }
  return {};
}

}  // namespace

void make_iface(Slot* dst, const RType* t, const Slot* value) {
  if (t->direct) {
    const Slot word = value[0];  // value may alias dst
    dst[0].cp = t;
    dst[1] = word;
    return;
  }
  void* box = heap_alloc(t->size);
  store(t, box, value);
  dst[0].cp = t;
  dst[1].p = box;
}

void assert_concrete(Slot* dst, const Slot* iface, const RType* t, const RType* static_iface, bool comma_ok) {
  // Read both words first: dst may overlap iface.
  const RType* dyn = type_of(iface);
  const Slot word = iface[1];
  if (dyn == t) [[likely]] {
    if (t->direct) {
      dst[0] = word;
    } else {
      load(t, word.cp, dst);
    }
    if (comma_ok) dst[t->slots].u = 1;
    return;
  }
  if (!comma_ok) concrete_failure(dyn, t, static_iface);
  std::memset(dst, 0, size_t(t->slots) * sizeof(Slot));
  dst[t->slots].u = 0;
}

void assert_interface(Slot* dst, const Slot* iface, const RType* t, const RType* static_iface, bool comma_ok) {
  // Go's message for a failed assertion to an interface type names the
  // dynamic type, never the static one (assertE2I passes no interface).
  (void)static_iface;
  const RType* dyn = type_of(iface);
  const Slot word = iface[1];
  const bool ok = dyn != nullptr && implements(dyn, t);
  if (!ok && !comma_ok) {
    if (dyn == nullptr) panic_plain_error("interface conversion: interface is nil, not " + t->name);
    panic_plain_error("interface conversion: " + dyn->name + " is not " + t->name + ": missing method " +
                      std::string(missing_method(dyn, t)));
  }
  dst[0].cp = ok ? dyn : nullptr;
  if (ok) {
    dst[1] = word;
  } else {
    dst[1].p = nullptr;
  }
  if (comma_ok) dst[2].u = ok;
}

bool implements(const RType* dynamic, const RType* iface) {
  // Both method lists are sorted by name, so one merged walk decides.
  return dynamic != nullptr && missing_method(dynamic, iface).empty();
}

bool equal_regs(const RType* t, const Slot* a, const Slot* b) {
  switch (t->kind) {
    case RKind::String: return as_string(a).view() == as_string(b).view();
    case RKind::Interface: return iface_equal(a, b);
    default: break;
  }
  if (is_scalar(t)) return scalar_equal(t->leaves[0], a[0], b[0]);
  return memory_equal(t, a, b);
}

const Proto* lookup_method(const Slot* iface, const char* name, Slot* recv) {
  const RType* t = type_of(iface);
  if (t == nullptr) panic_nil();
  const Slot word = iface[1];  // recv may alias iface
  const RMethod* m = t->find_method(name);
  if (m == nullptr) {
    // The compiler only calls methods the static interface has, and every
    // dynamic type it stores implements it: this is a compiler bug.
    std::fprintf(stderr, "goro: internal error: %s has no method %s for an interface call\n", t->name.c_str(),
                 name);
    std::abort();
  }
  *recv = word;
  return m->fn;
}

}  // namespace goro::lang::vm
