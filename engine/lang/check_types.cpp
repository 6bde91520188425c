// check_types.cpp: type expressions to types (types2's typexpr.go), named
// type declarations in any order, and invalid recursive types (decl.go's
// cycle detection for direct cycles, validtype.go for cycles through struct
// fields and array elements).
#include <algorithm>

#include "check.hpp"

namespace goro::lang::detail {
namespace {

Type* invalid() { return basic_type(BasicKind::Invalid); }

}  // namespace

// typexpr() is the type x denotes, recorded in x->type; the invalid type
// (which suppresses follow-up errors) if x denotes none.
Type* Checker::typexpr(Expr* x) {
  if (!x) return invalid();
  Type* t = typexpr_uncached(x);
  if (!t) t = invalid();
  x->type = t;
  return t;
}

Type* Checker::typexpr_uncached(Expr* x) {
  switch (x->kind) {
    case Kind::Name: return type_name_type(static_cast<Name*>(x));
    case Kind::ParenExpr: return typexpr(static_cast<ParenExpr*>(x)->x);
    case Kind::SelectorExpr: {
      // pkg.Type: package members are not known yet (see check.hpp); expr()
      // marks the package used.
      expr(x);
      return invalid();
    }
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (o->op == Op::Mul && !o->y) return types_.pointer(typexpr(o->x));
      // ~T and A|B: type set elements, only meaningful in constraints.
      typexpr(o->x);
      if (o->y) typexpr(o->y);
      return invalid();
    }
    case Kind::ArrayType: {
      auto* a = static_cast<ArrayType*>(x);
      int64_t len = a->len ? array_length(a->len) : -1;
      return types_.array(typexpr(a->elem), len);
    }
    case Kind::SliceType: return types_.slice(typexpr(static_cast<SliceType*>(x)->elem));
    case Kind::DotsType: return types_.slice(typexpr(static_cast<DotsType*>(x)->elem));
    case Kind::MapType: {
      auto* m = static_cast<MapType*>(x);
      Type* key = typexpr(m->key);
      return types_.map(key, typexpr(m->value));
    }
    case Kind::ChanType: {
      auto* c = static_cast<ChanType*>(x);
      return types_.chan(c->dir, typexpr(c->elem));
    }
    case Kind::StructType: return struct_type(static_cast<StructType*>(x));
    case Kind::InterfaceType: return interface_type(static_cast<InterfaceType*>(x));
    case Kind::FuncType: {
      // The parameter names of a function type are declared in a scope of
      // their own, which nothing else sees.
      Scope* s = pkg_.objects.scope(ScopeKind::Func, scope_);
      return signature(static_cast<FuncType*>(x), nullptr, s);
    }
    case Kind::IndexExpr: {
      // An instantiation: generics are reported at their declaration.
      auto* ix = static_cast<IndexExpr*>(x);
      typexpr(ix->x);
      for (Expr* i : ix->index) typexpr(i);
      return invalid();
    }
    default:
      // Not a type expression; "is not a type" for these needs expression
      // strings and operands (not implemented yet): resolve names only.
      expr(x);
      return invalid();
  }
}

Type* Checker::type_name_type(Name* n) {
  Object* obj = resolve(n);
  if (!obj) return invalid();
  if (obj->kind == ObjectKind::PkgName) {
    error(n->pos, "use of package " + std::string(obj->name) + " without selector");
    return invalid();
  }
  if (obj->kind != ObjectKind::TypeName) {
    error(n->pos, std::string(n->value) + " is not a type");
    return invalid();
  }
  auto* tn = static_cast<TypeName*>(obj);
  auto state = resolved_.find(tn);
  if (type_spec_of_.count(tn) && state == resolved_.end()) {
    resolve_type_decl(tn);
  } else if (state != resolved_.end() && !state->second && !tn->type) {
    // An alias on the path being resolved: type A = B; type B = A.
    auto at = std::find(resolving_.begin(), resolving_.end(), tn);
    cycle_error(std::vector<TypeName*>(at, resolving_.end()));
    tn->type = invalid();
  }
  return tn->type ? tn->type : invalid();
}

// resolve_type_decl() computes a package-level type's underlying type (or
// an alias's type), resolving the declarations it names first. A Named on
// the current path is returned as it is (its underlying still null): that
// is fine behind a pointer, and a direct cycle (type A B; type B A) is
// caught here, by a right-hand side with no underlying type yet.
void Checker::resolve_type_decl(TypeName* obj) {
  if (resolved_.count(obj)) return;
  TypeSpec* spec = type_spec_of_[obj];
  resolved_[obj] = false;
  resolving_.push_back(obj);
  Scope* saved = scope_;
  scope_ = pkg_.file_scope;
  if (!spec->tparams.empty()) open_scope();
  reject_tparams(spec->tparams, scope_);
  Type* rhs = typexpr(spec->type);
  if (!spec->tparams.empty()) close_scope();
  scope_ = saved;
  if (spec->alias) {
    if (!obj->type) obj->type = rhs;
  } else {
    auto* named = static_cast<Named*>(obj->type);
    if (rhs->kind == TypeKind::Named && !static_cast<Named*>(rhs)->underlying) {
      auto at = std::find(resolving_.begin(), resolving_.end(), static_cast<Named*>(rhs)->obj);
      cycle_error(std::vector<TypeName*>(at, resolving_.end()));
      named->underlying = invalid();
    } else {
      named->underlying = underlying(rhs);
    }
  }
  resolving_.pop_back();
  resolved_[obj] = true;
}

// reject_tparams() reports a type parameter list, then declares its names
// (as invalid types) so that the body reports nothing more about them.
void Checker::reject_tparams(List<Field> tparams, Scope* s) {
  if (tparams.empty()) return;
  error(tparams[0]->pos, "generics are not supported yet");
  for (Field* f : tparams) {
    for (Name* n : f->names) declare(s, n, pkg_.objects.type_name(n->value, n->pos, invalid()));
  }
  for (Field* f : tparams) typexpr(f->type);
}

std::vector<Var*> Checker::fields_of(List<Field> fields, Scope* s, bool is_param, bool* variadic) {
  std::vector<Var*> out;
  for (size_t i = 0; i < fields.size(); ++i) {
    Field* f = fields[i];
    if (variadic && i + 1 == fields.size() && as<DotsType>(f->type)) *variadic = true;
    Type* t = typexpr(f->type);
    if (f->names.empty()) {
      Var* v = pkg_.objects.var_("", f->pos, t);
      v->is_param = is_param;
      out.push_back(v);
      continue;
    }
    for (Name* n : f->names) {
      Var* v = pkg_.objects.var_(n->value, n->pos, t);
      v->is_param = is_param;
      v->used = true;  // unused parameters are not errors
      if (s) declare(s, n, v);
      out.push_back(v);
    }
  }
  return out;
}

// signature() makes f's Signature, declaring the receiver, parameters and
// results in s (the function's scope).
Signature* Checker::signature(FuncType* f, Field* recv, Scope* s) {
  Var* recv_var = nullptr;
  if (recv) {
    // A generic receiver (s *Stack[T]) declares its type parameters.
    Expr* rt = unparen(recv->type);
    if (auto* star = as<Operation>(rt); star && star->op == Op::Mul && !star->y) rt = unparen(star->x);
    if (auto* ix = as<IndexExpr>(rt)) {
      for (Expr* p : ix->index) {
        if (auto* n = as<Name>(p)) declare(s, n, pkg_.objects.type_name(n->value, n->pos, invalid()));
      }
    }
    std::vector<Var*> r = fields_of(List<Field>(&recv, 1), s, true, nullptr);
    if (!r.empty()) recv_var = r[0];
  }
  bool variadic = false;
  Tuple* params = types_.tuple(fields_of(f->params, s, true, &variadic));
  Tuple* results = types_.tuple(fields_of(f->results, s, true, nullptr));
  Signature* sig = types_.signature(recv_var, params, results, variadic);
  f->type = sig;
  return sig;
}

Type* Checker::struct_type(StructType* st) {
  std::vector<Var*> fields;
  std::vector<std::string> tags;
  for (Field* f : st->fields) {
    Type* t = typexpr(f->type);
    std::string tag = f->tag ? std::string(f->tag->value.substr(1, f->tag->value.size() - 2)) : "";
    if (f->names.empty()) {
      // An embedded field is named after its type: T, *T, pkg.T.
      Expr* e = unparen(f->type);
      if (auto* star = as<Operation>(e); star && !star->y) e = unparen(star->x);
      if (auto* sel = as<SelectorExpr>(e)) e = sel->sel;
      std::string_view name = as<Name>(e) ? as<Name>(e)->value : std::string_view("?");
      Var* v = types_.var_(name, t, "main");
      v->is_field = v->is_embedded = true;
      v->pos = f->pos;
      fields.push_back(v);
      tags.push_back(tag);
      continue;
    }
    for (Name* n : f->names) {
      Var* v = types_.var_(n->value, t, "main");
      v->is_field = true;
      v->pos = n->pos;
      fields.push_back(v);
      tags.push_back(tag);
    }
  }
  return types_.struct_type(std::move(fields), std::move(tags));
}

Type* Checker::interface_type(InterfaceType* it) {
  std::vector<Func*> methods;
  std::vector<Type*> embedded;
  for (Field* f : it->elems) {
    auto* ft = as<FuncType>(f->type);
    if (ft && f->names.size() == 1) {
      Scope* s = pkg_.objects.scope(ScopeKind::Func, scope_);
      Func* m = types_.func(f->names[0]->value, signature(ft, nullptr, s), "main");
      m->pos = f->names[0]->pos;
      methods.push_back(m);
    } else {
      embedded.push_back(typexpr(f->type));
    }
  }
  return types_.interface_type(std::move(methods), std::move(embedded));
}

// array_length() is the length of [len]T for a constant integer len; -1
// (not yet known) otherwise, without an error: types2's "array length must
// be constant" and "invalid array length" are not implemented yet.
int64_t Checker::array_length(Expr* len) {
  expr(len);
  std::optional<ConstOperand> x = const_expr(len);
  if (!x) return -1;
  auto v = constant::int64_val(constant::to_int(x->val));
  return v && *v >= 0 ? *v : -1;
}

// check_valid_types() finds the cycles of named types through struct
// fields and array elements (types2's validType), which make a type of
// infinite size; a cycle through a pointer, slice, map, chan, func or
// interface is fine.
void Checker::check_valid_types() {
  for (auto& [spec, obj] : type_decls_) {
    if (obj->type && obj->type->kind == TypeKind::Named && !spec->alias) {
      std::vector<Named*> path;
      valid_type(static_cast<Named*>(obj->type), path);
    }
  }
}

void Checker::valid_type(Named* t, std::vector<Named*>& path) {
  int& state = valid_state_[t];
  if (state == 2) return;
  if (state == 1) {
    std::vector<TypeName*> cycle;
    for (auto at = std::find(path.begin(), path.end(), t); at != path.end(); ++at) cycle.push_back((*at)->obj);
    cycle_error(cycle);
    return;
  }
  state = 1;
  path.push_back(t);
  // Walk what is stored inline: struct fields and array elements.
  std::vector<Type*> work{t->underlying};
  while (!work.empty()) {
    Type* x = work.back();
    work.pop_back();
    if (!x) continue;
    switch (x->kind) {
      case TypeKind::Named: valid_type(static_cast<Named*>(x), path); break;
      case TypeKind::Array: work.push_back(static_cast<Array*>(x)->elem); break;
      case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(x)->fields) work.push_back(f->type);
        break;
      default: break;
    }
  }
  path.pop_back();
  valid_state_[t] = 2;
}

// cycle_error() is types2's cycleError as of Go 1.22, reported at the
// cycle's object declared first in the source: a self reference is
// "invalid recursive type: T refers to itself"; a longer cycle lists each
// object at its position, the name it refers to on the next line (Go 1.24
// joins them as "A refers to B"):
//   invalid recursive type A
//   	./prog.go:2:6: A refers to
//   	./prog.go:3:6: B refers to
//   	./prog.go:2:6: A
void Checker::cycle_error(const std::vector<TypeName*>& cycle) {
  if (cycle.empty()) return;
  size_t start = 0;
  for (size_t i = 1; i < cycle.size(); ++i) {
    if (cycle[i]->pos < cycle[start]->pos) start = i;
  }
  TypeName* first = cycle[start];
  std::string name(first->name);
  if (cycle.size() == 1) {
    error(first->pos, "invalid recursive type: " + name + " refers to itself");
    return;
  }
  std::string msg = "invalid recursive type " + name;
  for (size_t i = 0; i < cycle.size(); ++i) {
    TypeName* obj = cycle[(start + i) % cycle.size()];
    msg += "\n\t" + pos_string(obj->pos) + ": " + std::string(obj->name) + " refers to";
  }
  msg += "\n\t" + pos_string(first->pos) + ": " + name;
  error(first->pos, std::move(msg));
}

}  // namespace goro::lang::detail
