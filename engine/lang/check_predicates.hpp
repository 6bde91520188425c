// check_predicates.hpp: the type predicates the checker's files share
// (types2's predicates.go): what kind of basic type a type is, with the
// "all" forms holding for every type of a type parameter's type set, and
// core types.
#pragma once

#include "types.hpp"

namespace goro::lang::detail {

inline bool is_invalid(const Type* t) { return !t || lang::is_basic(t, BasicKind::Invalid); }

// basic_kind() is the kind of t's underlying Basic type, Invalid otherwise.
inline BasicKind basic_kind(const Type* t) {
  const Type* u = underlying(t);
  return u && u->kind == TypeKind::Basic ? static_cast<const Basic*>(u)->basic : BasicKind::Invalid;
}

inline bool is_typed(const Type* t) { return t && !lang::is_untyped(t); }
inline bool is_numeric(const Type* t) { return constant::is_numeric(basic_kind(t)); }
inline bool is_integer(const Type* t) { return constant::is_integer(basic_kind(t)); }
inline bool is_unsigned(const Type* t) { return constant::is_unsigned(basic_kind(t)); }
inline bool is_float(const Type* t) { return constant::is_float(basic_kind(t)); }
inline bool is_complex(const Type* t) { return constant::is_complex(basic_kind(t)); }
inline bool is_string(const Type* t) { return constant::is_string(basic_kind(t)); }
inline bool is_boolean(const Type* t) { return constant::is_boolean(basic_kind(t)); }
inline bool is_const_type(const Type* t) { return constant::is_const_type(basic_kind(t)); }
inline bool is_ordered(const Type* t) {
  BasicKind k = basic_kind(t);
  return constant::is_integer(k) || constant::is_float(k) || constant::is_string(k);
}

// type_set_all() is whether pred holds for t, or for every term of t's
// type set when t is a type parameter (false for an unrestricted one).
template <class Pred>
bool type_set_all(const Type* t, Pred pred) {
  if (t && t->kind == TypeKind::TypeParam) {
    const Type* c = underlying(t);
    if (!c || c->kind != TypeKind::Interface) return false;
    auto* i = const_cast<Interface*>(static_cast<const Interface*>(c));
    complete(i);
    if (i->all_terms.empty()) return false;
    for (const Term& term : i->all_terms)
      if (!pred(term.type)) return false;
    return true;
  }
  return pred(t);
}

inline bool all_numeric(const Type* t) { return type_set_all(t, is_numeric); }
inline bool all_integer(const Type* t) { return type_set_all(t, is_integer); }
inline bool all_unsigned(const Type* t) { return type_set_all(t, is_unsigned); }
inline bool all_boolean(const Type* t) { return type_set_all(t, is_boolean); }
inline bool all_string(const Type* t) { return type_set_all(t, is_string); }
inline bool all_ordered(const Type* t) { return type_set_all(t, is_ordered); }
inline bool all_numeric_or_string(const Type* t) {
  return type_set_all(t, [](const Type* x) { return is_numeric(x) || is_string(x); });
}

inline bool is_type_param(const Type* t) { return t && t->kind == TypeKind::TypeParam; }

// is_interface_not_tparam() is types2's isNonTypeParamInterface.
inline bool is_interface_not_tparam(const Type* t) { return !is_type_param(t) && lang::is_interface(t); }

// core_type() is the underlying type of t, or for a type parameter the
// single underlying type of all its terms (null if there is none).
inline Type* core_type(Type* t) {
  if (!t || t->kind != TypeKind::TypeParam) return underlying(t);
  Type* c = underlying(t);
  if (!c || c->kind != TypeKind::Interface) return nullptr;
  auto* i = static_cast<Interface*>(c);
  complete(i);
  if (i->all_terms.empty()) return nullptr;
  Type* u = nullptr;
  for (const Term& term : i->all_terms) {
    Type* tu = underlying(term.type);
    if (!u) {
      u = tu;
    } else if (!identical(u, tu)) {
      return nullptr;
    }
  }
  return u;
}

// has_nil() is whether nil is a value of t.
inline bool has_nil(const Type* t) {
  if (is_type_param(t)) {
    return type_set_all(t, [](const Type* x) { return has_nil(x); });
  }
  const Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic: return static_cast<const Basic*>(u)->basic == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    default: return false;
  }
}

// has_name() is whether t is a named type (Named, Basic or type parameter).
inline bool has_name(const Type* t) { return t && (lang::is_named(t) || t->kind == TypeKind::TypeParam); }

inline bool is_pointer(const Type* t) {
  const Type* u = underlying(t);
  return u && u->kind == TypeKind::Pointer;
}

// deref() is *T's T for a pointer type (not a named one), else t.
inline Type* deref(Type* t, bool* was_ptr = nullptr) {
  if (t && t->kind == TypeKind::Pointer) {
    if (was_ptr) *was_ptr = true;
    return static_cast<Pointer*>(t)->elem;
  }
  if (was_ptr) *was_ptr = false;
  return t;
}

// as_signature() is t's underlying Signature, or null.
inline Signature* as_signature(Type* t) {
  Type* u = underlying(t);
  return u && u->kind == TypeKind::Signature ? static_cast<Signature*>(u) : nullptr;
}

// is_interface_ptr() is whether t is a pointer to an interface.
inline bool is_interface_ptr(const Type* t) {
  const Type* u = underlying(t);
  return u && u->kind == TypeKind::Pointer && lang::is_interface(static_cast<const Pointer*>(u)->elem);
}

}  // namespace goro::lang::detail
