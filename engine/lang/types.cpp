// types.cpp: the basic types, the TypeTable, identity and method sets.
#include "types.hpp"

#include <algorithm>
#include <array>

namespace goro::lang {
namespace {

constexpr size_t kBasicCount = size_t(BasicKind::UntypedNil) + 1;

std::array<Basic, kBasicCount> make_basics() {
  std::array<Basic, kBasicCount> out{};
  for (size_t i = 0; i < kBasicCount; ++i) {
    auto k = BasicKind(i);
    out[i] = Basic{{TypeKind::Basic}, k, constant::basic_name(k)};
  }
  return out;
}

std::array<Basic, kBasicCount> g_basics = make_basics();
Basic g_byte{{TypeKind::Basic}, BasicKind::Uint8, "byte"};
Basic g_rune{{TypeKind::Basic}, BasicKind::Int32, "rune"};

}  // namespace

Basic* basic_type(BasicKind k) { return &g_basics[size_t(k)]; }
Basic* byte_type() { return &g_byte; }
Basic* rune_type() { return &g_rune; }

TypeTable::TypeTable() {
  empty_ = tuple({});
  any_ = interface_type({}, {});
  any_->universe_any = true;
  complete(any_);
  // type error interface { Error() string }
  Var* result = var_("", basic_type(BasicKind::String));
  Signature* sig = signature(nullptr, empty_, tuple({result}), false);
  Func* error_method = func("Error", sig);
  Interface* iface = interface_type({error_method}, {});
  complete(iface);
  TypeName& name = type_names_.emplace_back();
  name.kind = ObjectKind::TypeName;
  name.name = "error";
  error_ = named(&name, iface);
  name.type = error_;
  sig->recv = var_("", error_);
}

void TypeTable::share_universe(const TypeTable& base) {
  error_ = base.error_;
  any_ = base.any_;
  empty_ = base.empty_;
}

Pointer* TypeTable::pointer(Type* elem) { return &pointers_.emplace_back(Pointer{{TypeKind::Pointer}, elem}); }
Slice* TypeTable::slice(Type* elem) { return &slices_.emplace_back(Slice{{TypeKind::Slice}, elem}); }
Array* TypeTable::array(Type* elem, int64_t len) { return &arrays_.emplace_back(Array{{TypeKind::Array}, elem, len}); }
Map* TypeTable::map(Type* key, Type* elem) { return &maps_.emplace_back(Map{{TypeKind::Map}, key, elem}); }
Chan* TypeTable::chan(ChanDir dir, Type* elem) { return &chans_.emplace_back(Chan{{TypeKind::Chan}, dir, elem}); }

Struct* TypeTable::struct_type(std::vector<Var*> fields, std::vector<std::string> tags) {
  tags.resize(fields.size());
  return &structs_.emplace_back(Struct{{TypeKind::Struct}, std::move(fields), std::move(tags)});
}

Tuple* TypeTable::tuple(std::vector<Var*> vars) { return &tuples_.emplace_back(Tuple{{TypeKind::Tuple}, std::move(vars)}); }

Signature* TypeTable::signature(Var* recv, Tuple* params, Tuple* results, bool variadic) {
  return &signatures_.emplace_back(Signature{{TypeKind::Signature}, recv, params ? params : empty_, results ? results : empty_, variadic});
}

Interface* TypeTable::interface_type(std::vector<Func*> methods, std::vector<Type*> embedded) {
  Interface& t = interfaces_.emplace_back();
  t.kind = TypeKind::Interface;
  t.methods = std::move(methods);
  t.embedded = std::move(embedded);
  return &t;
}

Named* TypeTable::named(TypeName* obj, Type* under) {
  Named& t = nameds_.emplace_back();
  t.kind = TypeKind::Named;
  t.obj = obj;
  t.underlying = under;
  return &t;
}

TypeParam* TypeTable::type_param(TypeName* obj, Type* constraint, int index) {
  TypeParam& t = type_params_.emplace_back();
  t.kind = TypeKind::TypeParam;
  t.obj = obj;
  t.constraint = constraint;
  t.index = index;
  return &t;
}

Var* TypeTable::var_(std::string_view name, Type* type, std::string_view pkg) {
  Var& v = vars_.emplace_back();
  v.kind = ObjectKind::Var;
  v.name = name;
  v.type = type;
  v.pkg = pkg;
  return &v;
}

Func* TypeTable::func(std::string_view name, Type* sig, std::string_view pkg) {
  Func& f = funcs_.emplace_back();
  f.kind = ObjectKind::Func;
  f.name = name;
  f.type = sig;
  f.pkg = pkg;
  return &f;
}

Type* underlying(Type* t) {
  if (t && t->kind == TypeKind::Named) return static_cast<Named*>(t)->underlying;
  if (t && t->kind == TypeKind::TypeParam) return underlying(static_cast<TypeParam*>(t)->constraint);
  return t;
}

const Type* underlying(const Type* t) { return underlying(const_cast<Type*>(t)); }

namespace {

bool identical_tuples(const Tuple* x, const Tuple* y) {
  if (x->vars.size() != y->vars.size()) return false;
  for (size_t i = 0; i < x->vars.size(); ++i)
    if (!identical(x->vars[i]->type, y->vars[i]->type)) return false;
  return true;
}

// Struct identity: same field names, types, tags and embeddedness, in order;
// unexported names only match within one package (always true here: one
// package has structs).
bool identical_structs(const Struct* x, const Struct* y) {
  if (x->fields.size() != y->fields.size()) return false;
  for (size_t i = 0; i < x->fields.size(); ++i) {
    const Var* a = x->fields[i];
    const Var* b = y->fields[i];
    if (a->name != b->name || a->is_embedded != b->is_embedded || x->tags[i] != y->tags[i]) return false;
    if (!a->exported() && a->pkg != b->pkg) return false;
    if (!identical(a->type, b->type)) return false;
  }
  return true;
}

bool identical_interfaces(const Interface* x, const Interface* y) {
  complete(const_cast<Interface*>(x));
  complete(const_cast<Interface*>(y));
  if (x->all_methods.size() != y->all_methods.size()) return false;
  for (size_t i = 0; i < x->all_methods.size(); ++i) {
    const Func* a = x->all_methods[i];
    const Func* b = y->all_methods[i];
    if (a->name != b->name || !identical(a->type, b->type)) return false;
  }
  return true;
}

}  // namespace

bool identical(const Type* x, const Type* y) {
  if (x == y) return true;
  if (!x || !y || x->kind != y->kind) return false;
  switch (x->kind) {
    case TypeKind::Basic:
      // byte and uint8, rune and int32 are the same type under two names.
      return static_cast<const Basic*>(x)->basic == static_cast<const Basic*>(y)->basic;
    case TypeKind::Named:
    case TypeKind::TypeParam:
      return false;  // distinct Named objects (type parameters) are distinct types
    case TypeKind::Pointer:
      return identical(static_cast<const Pointer*>(x)->elem, static_cast<const Pointer*>(y)->elem);
    case TypeKind::Slice:
      return identical(static_cast<const Slice*>(x)->elem, static_cast<const Slice*>(y)->elem);
    case TypeKind::Array: {
      auto a = static_cast<const Array*>(x);
      auto b = static_cast<const Array*>(y);
      return a->len == b->len && identical(a->elem, b->elem);
    }
    case TypeKind::Map: {
      auto a = static_cast<const Map*>(x);
      auto b = static_cast<const Map*>(y);
      return identical(a->key, b->key) && identical(a->elem, b->elem);
    }
    case TypeKind::Chan: {
      auto a = static_cast<const Chan*>(x);
      auto b = static_cast<const Chan*>(y);
      return a->dir == b->dir && identical(a->elem, b->elem);
    }
    case TypeKind::Struct:
      return identical_structs(static_cast<const Struct*>(x), static_cast<const Struct*>(y));
    case TypeKind::Tuple:
      return identical_tuples(static_cast<const Tuple*>(x), static_cast<const Tuple*>(y));
    case TypeKind::Signature: {
      // Parameter and result names do not matter; the receiver is not part of the type.
      auto a = static_cast<const Signature*>(x);
      auto b = static_cast<const Signature*>(y);
      return a->variadic == b->variadic && a->tparams.size() == b->tparams.size() &&
             identical_tuples(a->params, b->params) && identical_tuples(a->results, b->results);
    }
    case TypeKind::Interface:
      return identical_interfaces(static_cast<const Interface*>(x), static_cast<const Interface*>(y));
  }
  return false;
}

// complete() gathers the interface's own methods and those of the interfaces
// it embeds. An embedded type that is not (yet) an interface is skipped: the
// checker reports it where it is written.
bool complete(Interface* t) {
  if (t->complete) return true;
  t->complete = true;  // set first: a cycle through embedding ends here (the checker reports it)
  std::vector<Func*> all = t->methods;
  t->all_terms = t->terms;
  t->all_comparable = t->is_comparable;
  for (Type* e : t->embedded) {
    Type* u = underlying(e);
    if (!u || u->kind != TypeKind::Interface) continue;
    auto* embedded = static_cast<Interface*>(u);
    complete(embedded);
    all.insert(all.end(), embedded->all_methods.begin(), embedded->all_methods.end());
    // Type sets intersect; the stubs' constraints embed at most one union,
    // so the terms of the one that has any are the set's.
    if (t->all_terms.empty()) t->all_terms = embedded->all_terms;
    t->all_comparable = t->all_comparable || embedded->all_comparable;
  }
  std::stable_sort(all.begin(), all.end(), [](const Func* a, const Func* b) { return a->name < b->name; });
  bool ok = true;
  std::vector<Func*> unique;
  for (Func* f : all) {
    if (!unique.empty() && unique.back()->name == f->name) {
      if (!identical(unique.back()->type, f->type)) ok = false;
      continue;  // the same method through two embeddings is one method
    }
    unique.push_back(f);
  }
  t->all_methods = std::move(unique);
  return ok;
}

bool is_basic(const Type* t, BasicKind k) {
  const Type* u = underlying(t);
  return u && u->kind == TypeKind::Basic && static_cast<const Basic*>(u)->basic == k;
}

bool is_untyped(const Type* t) {
  return t && t->kind == TypeKind::Basic && constant::is_untyped(static_cast<const Basic*>(t)->basic);
}

bool is_interface(const Type* t) {
  const Type* u = underlying(t);
  return u && u->kind == TypeKind::Interface;
}

bool is_named(const Type* t) { return t && (t->kind == TypeKind::Named || t->kind == TypeKind::Basic); }

bool comparable(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) {
    // A type parameter is comparable if its constraint says so (comparable,
    // or a type set of comparable types only).
    const Type* c = underlying(t);
    if (!c || c->kind != TypeKind::Interface) return false;
    auto* i = static_cast<const Interface*>(c);
    complete(const_cast<Interface*>(i));
    if (i->all_comparable) return true;
    if (i->all_terms.empty()) return false;
    for (const Term& term : i->all_terms)
      if (!comparable(term.type)) return false;
    return true;
  }
  const Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(u)->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (const Var* f : static_cast<const Struct*>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    case TypeKind::Array:
      return comparable(static_cast<const Array*>(u)->elem);
    default:
      return false;  // slices, maps, functions (only against nil)
  }
}

}  // namespace goro::lang
