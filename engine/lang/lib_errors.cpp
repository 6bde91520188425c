// Package errors' natives (stdlib/errors.go) and context's two reflectlite
// calls (stdlib/context.go): As, which assigns through a pointer of any
// type, and the comparability and type-name queries Is and WithValue need.
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

// has_method() checks that v's dynamic type has method `name` whose
// results start with a value of kind `result` (when the method's signature
// is recorded: the type assertions errors.As makes are to such shapes).
const RMethod* has_method(Iface v, std::string_view name, uint32_t nparams_slots, RKind result) {
  const RMethod* m = method_of(v, name);
  if (m == nullptr) return nullptr;
  if (m->type != nullptr) {
    if (m->type->results.size() != 1 || m->type->results[0]->kind != result) return nullptr;
    uint32_t slots = 0;
    for (const RType* p : m->type->params) slots += p->slots;
    if (slots != nparams_slots) return nullptr;
  } else if (m->fn->nparams != 1 + nparams_slots) {
    return nullptr;
  }
  return m;
}

// assignable() is reflectlite's AssignableTo for a dynamic type and the
// target's element type.
bool assignable(const RType* dyn, const RType* target) {
  if (target->kind == RKind::Interface) return implements(dyn, target);
  return dyn == target;
}

// set_target() is targetVal.Elem().Set(ValueOf(err)).
void set_target(void* target, const RType* elem, Iface err) {
  if (elem->kind == RKind::Interface) {
    store_leaf(Leaf::Ptr, target, ptr_slot(err.type));
    store_leaf(Leaf::Ptr, static_cast<char*>(target) + 8, ptr_slot(err.data));
    return;
  }
  if (elem->direct) {
    Slot s;
    set_ptr(s, err.data);
    store(elem, target, &s);
  } else {
    std::memcpy(target, err.data, elem->size);
  }
}

bool as(Thread& t, Iface err, Iface target, const RType* elem) {
  for (;;) {
    if (assignable(err.type, elem)) {
      set_target(target.data, elem, err);
      return true;
    }
    if (const RMethod* m = has_method(err, "As", 2, RKind::Bool)) {
      CallRegs regs(m->fn, 3);
      set_ptr(regs[0], err.data);
      put_iface(regs.get() + 1, target);
      call(t, m->fn, nullptr, regs.get());
      if (regs[0].u & 1) return true;
    }
    if (const RMethod* m = has_method(err, "Unwrap", 0, RKind::Interface)) {
      CallRegs regs(m->fn, 2);
      set_ptr(regs[0], err.data);
      call(t, m->fn, nullptr, regs.get());
      err = arg_iface(regs.get());
      if (err.type == nullptr) return false;
      continue;
    }
    if (const RMethod* m = has_method(err, "Unwrap", 0, RKind::Slice)) {
      CallRegs regs(m->fn, 3);
      set_ptr(regs[0], err.data);
      call(t, m->fn, nullptr, regs.get());
      const std::vector<Iface> errs = load_anys(arg_slice(regs.get()));
      for (const Iface& e : errs) {
        if (e.type != nullptr && as(t, e, target, elem)) return true;
      }
      return false;
    }
    return false;
  }
}

// As(err error, target any) bool
void as_(Thread& t, Slot* r) {
  const Iface err = arg_iface(r);
  const Iface target = arg_iface(r + 2);
  if (err.type == nullptr) {
    put_bool(r[0], false);
    return;
  }
  if (target.type == nullptr) panic_string("errors: target cannot be nil");
  if (target.type->kind != RKind::Pointer || target.data == nullptr) {
    panic_string("errors: target must be a non-nil pointer");
  }
  const RType* elem = target.type->elem;
  if (elem->kind != RKind::Interface && elem->find_method("Error") == nullptr) {
    panic_string("errors: *target must be interface or implement error");
  }
  put_bool(r[0], as(t, err, target, elem));
}

// isComparable(v any) bool: reflectlite.TypeOf(v).Comparable().
void is_comparable(Thread&, Slot* r) {
  const Iface v = arg_iface(r);
  put_bool(r[0], v.type != nullptr && v.type->comparable);
}

// typeString(v any) string: %T of v.
void type_string(Thread&, Slot* r) {
  const Iface v = arg_iface(r);
  put_string(r, v.type == nullptr ? std::string_view("<nil>") : std::string_view(v.type->name));
}

constexpr NativeDef kErrors[] = {
    {"errors.As", as_},
    {"errors.isComparable", is_comparable},
};

constexpr NativeDef kContext[] = {
    {"context.isComparable", is_comparable},
    {"context.typeString", type_string},
};

}  // namespace

std::span<const NativeDef> natives_errors() { return kErrors; }
std::span<const NativeDef> natives_context() { return kContext; }

}  // namespace goro::lang::vm
