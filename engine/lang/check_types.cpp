// check_types.cpp: type expressions to types (types2's typexpr.go), named
// type declarations in any order, and invalid recursive types (decl.go's
// cycle detection for direct cycles, validtype.go for cycles through struct
// fields and array elements).
#include <algorithm>

#include "ast_print.hpp"
#include "check.hpp"

namespace goro::lang::detail {
namespace {

Type* invalid() { return basic_type(BasicKind::Invalid); }

bool is_invalid(const Type* t) { return !t || lang::is_basic(t, BasicKind::Invalid); }

}  // namespace

// typexpr() is the type x denotes, recorded in x (mode TypeExpr); the
// invalid type (which suppresses follow-up errors) if x denotes none.
Type* Checker::typexpr(Expr* x) {
  if (!x) return invalid();
  DepthGuard depth(*this, x);
  if (depth.too_deep()) return invalid();
  Type* t = typexpr_uncached(x);
  if (!t) t = invalid();
  record_type(x, is_invalid(t) ? Mode::Invalid : Mode::TypeExpr, t);
  return t;
}

// vartype() is typexpr() for the type of a variable, field or parameter,
// which may not be a constraint interface (types2's varType).
Type* Checker::vartype(Expr* x) { return var_type_of(x, typexpr(x)); }

// var_type_of() is vartype() once x is resolved to t.
Type* Checker::var_type_of(Expr* x, Type* t) {
  Type* u = underlying(t);
  if (u && u->kind == TypeKind::Interface && t->kind != TypeKind::TypeParam) {
    auto* i = static_cast<Interface*>(u);
    complete(i);
    if (i->all_comparable) {
      cold([&] {
        error_at(x, "cannot use type " + tstr(t) + " outside a type constraint: interface is (or embeds) comparable");
      });
      return invalid();
    }
    if (!i->all_terms.empty()) {
      cold([&] {
        error_at(x, "cannot use type " + tstr(t) + " outside a type constraint: interface contains type constraints");
      });
      return invalid();
    }
  }
  return t;
}

Type* Checker::typexpr_uncached(Expr* x) {
  switch (x->kind) {
    case Kind::Name: return type_name_type(static_cast<Name*>(x));
    case Kind::ParenExpr: return typexpr(static_cast<ParenExpr*>(x)->x);
    case Kind::SelectorExpr: return qualified_type(static_cast<SelectorExpr*>(x));
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (o->op == Op::Mul && !o->y) return types_.pointer(typexpr(o->x));
      if (o->op == Op::Tilde || o->op == Op::Or) {
        cold([&] { error_at(x, "cannot use a type set outside an interface"); });
        return invalid();
      }
      break;
    }
    case Kind::ArrayType: {
      auto* a = static_cast<ArrayType*>(x);
      if (!a->len) {
        cold([&] { error(x->pos, "invalid use of [...] array (outside a composite literal)"); });
        vartype(a->elem);
        return invalid();
      }
      int64_t len = array_length(a->len);
      Type* elem = vartype(a->elem);
      if (len < 0) return invalid();
      return types_.array(elem, len);
    }
    case Kind::SliceType: return types_.slice(vartype(static_cast<SliceType*>(x)->elem));
    case Kind::DotsType:
      cold([&] { error_at(x, "invalid use of ..."); });
      return invalid();
    case Kind::MapType: {
      auto* m = static_cast<MapType*>(x);
      Type* key = vartype(m->key);
      Type* elem = vartype(m->value);
      check_map_key(key, m->key);
      return types_.map(key, elem);
    }
    case Kind::ChanType: {
      auto* c = static_cast<ChanType*>(x);
      return types_.chan(c->dir, vartype(c->elem));
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
      // An instantiation of a generic type: none exist (stubs declare only
      // generic functions).
      auto* ix = static_cast<IndexExpr*>(x);
      Type* t = typexpr(ix->x);
      for (Expr* i : ix->index) typexpr(i);
      if (!is_invalid(t)) cold([&] { error_at(ix->x, tstr(t) + " is not a generic type"); });
      return invalid();
    }
    default: break;
  }
  return expr_as_type(x);
}

// expr_as_type() is the type of x, which is not a type expression: an
// expression denoting a type, or an error.
Type* Checker::expr_as_type(Expr* x) {
  Operand o;
  raw_expr(o, x, nullptr);
  if (o.mode == Mode::TypeExpr) return o.type;
  if (!o.invalid()) error_at(x, node_string(x) + " is not a type");
  return invalid();
}

Type* Checker::type_name_type(Name* n) {
  Object* obj = lookup(n->value);
  if (!obj || obj->kind != ObjectKind::TypeName) return not_a_type_name(n);
  n->obj = obj;
  auto* tn = static_cast<TypeName*>(obj);
  auto state = resolved_.find(tn);
  if (type_spec_of_.count(tn) && state == resolved_.end()) {
    resolve_type_decl(tn);
  } else if (state != resolved_.end() && !state->second && !tn->type) {
    // An alias on the path being resolved: type A = B; type B = A.
    cold([&] {
      auto at = std::find(resolving_.begin(), resolving_.end(), tn);
      cycle_error(std::vector<TypeName*>(at, resolving_.end()));
    });
    tn->type = invalid();
  }
  return tn->type ? tn->type : invalid();
}

// not_a_type_name() is the type of a name used as a type that does not
// name one: an error (ident() reports undefined names).
Type* Checker::not_a_type_name(Name* n) {
  Operand o;
  ident(o, n, true);
  record(o);
  if (o.invalid()) return invalid();
  if (o.mode == Mode::NoValue) {
    error_at(n, operand_string(o) + " used as type");
  } else if (o.mode == Mode::PkgName) {
    // reported by ident()
  } else {
    error_at(n, operand_string(o) + " is not a type");
  }
  return invalid();
}

// qualified_type() is pkg.T, or any selector used as a type.
Type* Checker::qualified_type(SelectorExpr* s) {
  Operand o;
  raw_expr(o, s, nullptr);
  if (o.mode == Mode::TypeExpr) return o.type;
  if (o.mode == Mode::NoValue) {
    error_at(s, operand_string(o) + " used as type");
  } else if (!o.invalid()) {
    error_at(s, operand_string(o) + " is not a type");
  }
  return invalid();
}

// resolve_type_decl() computes a package-level type's underlying type (or
// an alias's type), resolving the declarations it names first. A Named on
// the current path is returned as it is (its underlying still null): that
// is fine behind a pointer, and a direct cycle (type A B; type B A) is
// caught here, by a right-hand side with no underlying type yet.
void Checker::resolve_type_decl(TypeName* obj) {
  if (resolved_.count(obj)) return;
  DepthGuard depth(*this, obj->pos);
  if (depth.too_deep()) {
    // Resolved as invalid, so that no Named is left without an underlying type.
    resolved_[obj] = true;
    if (!obj->type) obj->type = invalid();
    if (obj->type->kind == TypeKind::Named && !static_cast<Named*>(obj->type)->underlying) {
      static_cast<Named*>(obj->type)->underlying = invalid();
    }
    return;
  }
  TypeSpec* spec = type_spec_of_[obj];
  resolved_[obj] = false;
  resolving_.push_back(obj);
  Scope* saved = scope_;
  scope_ = unit_.file_scope;
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
      cold([&] {
        auto at = std::find(resolving_.begin(), resolving_.end(), static_cast<Named*>(rhs)->obj);
        cycle_error(std::vector<TypeName*>(at, resolving_.end()));
      });
      named->underlying = invalid();
    } else {
      named->underlying = underlying(rhs);
      if (!named->underlying) named->underlying = invalid();
    }
  }
  resolving_.pop_back();
  resolved_[obj] = true;
}

// local_type_decl() declares a type inside a function: its scope begins at
// its name, so local types may be recursive through pointers.
void Checker::local_type_decl(TypeSpec* ts) {
  if (!ts->name) return;
  TypeName* obj = pkg_.objects.type_name(ts->name->value, ts->name->pos, nullptr);
  obj->pkg = pkg_name_;
  Named* named = ts->alias ? nullptr : types_.named(obj, nullptr);
  obj->type = named;
  declare(scope_, ts->name, obj);
  if (!ts->tparams.empty()) open_scope();
  reject_tparams(ts->tparams, scope_);
  Type* rhs = typexpr(ts->type);
  if (!ts->tparams.empty()) close_scope();
  if (named) {
    if (rhs->kind == TypeKind::Named && !static_cast<Named*>(rhs)->underlying) {
      cycle_error({obj});
      named->underlying = invalid();
    } else {
      named->underlying = underlying(rhs);
      if (!named->underlying) named->underlying = invalid();
      std::vector<Named*> path;
      valid_type(named, path);
    }
  } else {
    obj->type = rhs;
  }
}

// reject_tparams() reports a type parameter list, then declares its names
// (as invalid types) so that the body reports nothing more about them.
void Checker::reject_tparams(List<Field> tparams, Scope* s) {
  if (tparams.empty()) return;
  error(tparams[0]->pos, "generics are not supported yet");
  if (!s) return;
  for (Field* f : tparams) {
    for (Name* n : f->names) declare(s, n, pkg_.objects.type_name(n->value, n->pos, invalid()));
  }
  for (Field* f : tparams) {
    Scope* saved = scope_;
    scope_ = s;
    typexpr(f->type);
    scope_ = saved;
  }
}

// fields_of() makes the Vars of a parameter or result list, resolving
// their types in the current scope; the named ones are appended to named,
// for the caller to declare once the whole signature is resolved.
std::vector<Var*> Checker::fields_of(List<Field> fields, std::vector<std::pair<Name*, Var*>>* named, bool is_param,
                                     bool* variadic) {
  std::vector<Var*> out;
  for (size_t i = 0; i < fields.size(); ++i) {
    Field* f = fields[i];
    Type* t;
    if (auto* dots = as<DotsType>(f->type)) {
      if (variadic && i + 1 == fields.size() && f->names.size() <= 1) {
        *variadic = true;
      } else {
        cold([&] { error_at(f->type, "can only use ... with final parameter in list"); });
      }
      t = types_.slice(vartype(dots->elem));
      record_type(f->type, Mode::TypeExpr, t);
    } else {
      t = vartype(f->type);
    }
    field_vars(f, t, is_param, out, named);
  }
  return out;
}

// field_vars() appends the Vars that parameter, result or receiver f
// declares, of type t, to out (the named ones to *named too).
void Checker::field_vars(Field* f, Type* t, bool is_param, std::vector<Var*>& out,
                         std::vector<std::pair<Name*, Var*>>* named) {
  if (f->names.empty()) {
    Var* v = pkg_.objects.var_("", f->pos, t);
    v->pkg = pkg_name_;
    v->is_param = is_param;
    out.push_back(v);
    return;
  }
  for (Name* n : f->names) {
    Var* v = pkg_.objects.var_(n->value, n->pos, t);
    v->pkg = pkg_name_;
    v->is_param = is_param;
    v->used = true;  // unused parameters are not errors
    n->obj = v;
    out.push_back(v);
    if (named) named->push_back({n, v});
  }
}

// signature() makes f's Signature, declaring the receiver, type
// parameters (stubs only), parameters and results in s (the function's
// scope). The types are resolved first, in s before any parameter is in it
// (the parameters' scope starts at the body, as types2's scopePos says).
Signature* Checker::signature(FuncType* f, Field* recv, Scope* s, List<Field> tparams) {
  std::vector<TypeParam*> tps;
  if (!tparams.empty()) tps = declare_tparams(tparams, s);
  Scope* saved = scope_;
  scope_ = s;
  std::vector<std::pair<Name*, Var*>> named;
  Var* recv_var = recv ? receiver(recv, s, named) : nullptr;
  bool variadic = false;
  std::vector<Var*> pv = fields_of(f->params, &named, true, &variadic);
  std::vector<Var*> rv = fields_of(f->results, &named, true, nullptr);
  scope_ = saved;
  for (auto& [n, v] : named) declare(s, n, v);
  Signature* sig = make_signature(recv_var, pv, rv, variadic);
  sig->tparams = std::move(tps);
  record_type(f, Mode::TypeExpr, sig);
  return sig;
}

// make_signature() is the Signature of the Vars given (moved from).
Signature* Checker::make_signature(Var* recv, std::vector<Var*>& params, std::vector<Var*>& results, bool variadic) {
  return types_.signature(recv, types_.tuple(std::move(params)), types_.tuple(std::move(results)), variadic);
}

// receiver() declares a method's receiver recv (in named, as fields_of()
// does); its Var.
Var* Checker::receiver(Field* recv, Scope* s, std::vector<std::pair<Name*, Var*>>& named) {
  Expr* rt = unparen(recv->type);
  if (auto* star = as<Operation>(rt); star && star->op == Op::Mul && !star->y) rt = unparen(star->x);
  if (auto* ix = as<IndexExpr>(rt)) {
    error_at(ix, "generics are not supported yet");
    for (Expr* p : ix->index) {
      if (auto* n = as<Name>(p)) declare(s, n, pkg_.objects.type_name(n->value, n->pos, invalid()));
    }
    record_type(recv->type, Mode::Invalid, invalid());
    return pkg_.objects.var_("", recv->pos, invalid());
  }
  std::vector<Var*> r = fields_of(List<Field>(&recv, 1), &named, true, nullptr);
  return r.empty() ? nullptr : r[0];
}

Type* Checker::struct_type(StructType* st) {
  std::vector<Var*> fields;
  std::vector<std::string> tags;
  std::unordered_map<std::string_view, Var*> seen;
  for (Field* f : st->fields) struct_fields(f, vartype(f->type), fields, tags, seen);
  return types_.struct_type(std::move(fields), std::move(tags));
}

// struct_fields() adds the fields f declares, of type t, to fields and
// tags, reporting those already in seen (the names so far).
void Checker::struct_fields(Field* f, Type* t, std::vector<Var*>& fields, std::vector<std::string>& tags,
                            std::unordered_map<std::string_view, Var*>& seen) {
  auto add = [&](Var* v, Name* n) {
    if (v->name != "_") {
      auto [it, added] = seen.emplace(v->name, v);
      if (!added) {
        error(v->pos, std::string(v->name) + " redeclared\n\t" + pos_string(it->second->pos) +
                          ": other declaration of " + std::string(v->name));
      }
    }
    if (n) n->obj = v;
  };
  std::string tag = f->tag ? std::string(f->tag->value.substr(1, f->tag->value.size() - 2)) : "";
  if (f->names.empty()) {
    // An embedded field is named after its type: T, *T, pkg.T.
    Expr* e = unparen(f->type);
    bool ptr = false;
    if (auto* star = as<Operation>(e); star && !star->y && star->op == Op::Mul) {
      e = unparen(star->x);
      ptr = true;
    }
    if (auto* sel = as<SelectorExpr>(e)) e = sel->sel;
    std::string_view name = as<Name>(e) ? as<Name>(e)->value : std::string_view("?");
    Var* v = types_.var_(name, t, pkg_name_);
    v->is_field = v->is_embedded = true;
    v->pos = f->pos;
    // types2's embedded field checks
    Type* base = t;
    if (ptr && t->kind == TypeKind::Pointer) base = static_cast<Pointer*>(t)->elem;
    Type* u = underlying(base);
    if (!is_invalid(u) && u) {
      if (u->kind == TypeKind::Pointer) {
        error_at(f->type, "embedded field type cannot be a pointer");
      } else if (ptr && u->kind == TypeKind::Interface) {
        error_at(f->type, "embedded field type cannot be a pointer to an interface");
      }
    }
    fields.push_back(v);
    tags.push_back(tag);
    add(v, nullptr);
    return;
  }
  for (Name* n : f->names) {
    Var* v = types_.var_(n->value, t, pkg_name_);
    v->is_field = true;
    v->pos = n->pos;
    fields.push_back(v);
    tags.push_back(tag);
    add(v, n);
  }
}

Type* Checker::interface_type(InterfaceType* it) {
  std::vector<Func*> methods;
  std::vector<Type*> embedded;
  std::vector<Term> terms;
  bool is_comparable = false;
  std::unordered_map<std::string_view, Func*> seen;
  for (Field* f : it->elems) {
    auto* ft = as<FuncType>(f->type);
    if (ft && f->names.size() == 1) {
      if (Func* m = interface_method(f, ft, seen)) methods.push_back(m);
      continue;
    }
    Expr* e = unparen(f->type);
    auto* o = as<Operation>(e);
    if (o && (o->op == Op::Tilde || (o->op == Op::Or && o->y))) {
      union_terms(e, terms);
      continue;
    }
    interface_elem(typexpr(f->type), embedded, terms, &is_comparable);
  }
  return make_interface(methods, embedded, terms, is_comparable);
}

// make_interface() is the Interface of the elements given (moved from).
Interface* Checker::make_interface(std::vector<Func*>& methods, std::vector<Type*>& embedded, std::vector<Term>& terms,
                                   bool is_comparable) {
  Interface* i = types_.interface_type(std::move(methods), std::move(embedded));
  i->terms = std::move(terms);
  i->is_comparable = is_comparable;
  return i;
}

// interface_method() is the method f (of type ft) of an interface; null,
// reported, for a blank name or one in seen (the names so far).
Func* Checker::interface_method(Field* f, FuncType* ft, std::unordered_map<std::string_view, Func*>& seen) {
  Signature* sig = signature(ft, nullptr, pkg_.objects.scope(ScopeKind::Func, scope_));
  return method_of(f->names[0], sig, seen);
}

// method_of() is interface_method() once the signature is resolved.
Func* Checker::method_of(Name* n, Signature* sig, std::unordered_map<std::string_view, Func*>& seen) {
  Func* m = types_.func(n->value, sig, pkg_name_);
  m->pos = n->pos;
  n->obj = m;
  if (n->value == "_") {
    cold([&] { error(n->pos, "methods must have a unique non-blank name"); });
    return nullptr;
  }
  if (auto [at, added] = seen.emplace(m->name, m); !added) {
    Func* other = at->second;
    cold([&] {
      error(n->pos, "duplicate method " + std::string(m->name) + "\n\t" + pos_string(other->pos) +
                        ": other declaration of " + std::string(m->name));
    });
    return nullptr;
  }
  return m;
}

// union_terms() collects the terms of A | ~B | C.
void Checker::union_terms(Expr* e, std::vector<Term>& terms) {
  e = unparen(e);
  auto* o = as<Operation>(e);
  if (o && o->op == Op::Or && o->y) {
    union_terms(o->x, terms);
    union_terms(o->y, terms);
    return;
  }
  Term t;
  if (o && o->op == Op::Tilde && !o->y) {
    t.tilde = true;
    t.type = typexpr(o->x);
  } else {
    t.type = typexpr(e);
  }
  terms.push_back(t);
}

// interface_elem() adds t, an embedded element of an interface, to the
// embedded interfaces or the terms (comparable sets *is_comparable).
void Checker::interface_elem(Type* t, std::vector<Type*>& embedded, std::vector<Term>& terms, bool* is_comparable) {
  if (is_invalid(t)) return;
  Type* u = underlying(t);
  if (t->kind == TypeKind::Named && static_cast<Named*>(t)->obj->name == "comparable" &&
      !static_cast<Named*>(t)->obj->pos.known()) {
    *is_comparable = true;
    return;
  }
  if (u && u->kind == TypeKind::Interface) {
    embedded.push_back(t);
  } else {
    terms.push_back(Term{false, t});
  }
}

// array_length() is the length of [len]T for a constant integer len, or -1
// after reporting why not (types2's arrayLength).
int64_t Checker::array_length(Expr* len) {
  Operand x;
  expr(x, len);
  return array_length_of(x, len);
}

// array_length_of() is array_length() once len is checked (into x).
int64_t Checker::array_length_of(Operand& x, Expr* len) {
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    error_at(len, "array length " + node_string(len) + " (" +
                      operand_string(x).substr(node_string(len).size() + 2));
    return -1;
  }
  if (lang::is_untyped(x.type) || lang::is_basic(underlying(x.type), BasicKind::Int) ||
      (underlying(x.type) && underlying(x.type)->kind == TypeKind::Basic &&
       constant::is_integer(static_cast<Basic*>(underlying(x.type))->basic))) {
    constant::Value v = constant::to_int(x.val);
    if (v.kind() == constant::Kind::Int) {
      if (!lang::is_untyped(x.type) || representable(x, basic_type(BasicKind::Int))) {
        auto n = constant::int64_val(v);
        if (n && *n >= 0) return *n;
      } else {
        return -1;
      }
    }
  }
  std::string msg;
  if (lang::is_untyped(x.type) || (underlying(x.type) && underlying(x.type)->kind == TypeKind::Basic &&
                                   constant::is_integer(static_cast<Basic*>(underlying(x.type))->basic))) {
    msg = "invalid array length " + node_string(len);
  } else {
    msg = "array length " + operand_string(x) + " must be integer";
  }
  error_at(len, msg);
  return -1;
}

void Checker::check_map_key(Type* key, Expr* at) { pending_map_keys_.push_back({key, at}); }

// check_pending_map_keys() reports map key types that are not comparable,
// once the named types they may refer to are complete (types2 delays it).
void Checker::check_pending_map_keys() {
  std::vector<std::pair<Type*, Expr*>> keys;
  keys.swap(pending_map_keys_);
  for (auto& [key, at] : keys) {
    if (is_invalid(key) || is_invalid(underlying(key))) continue;
    if (key->kind == TypeKind::TypeParam) continue;
    if (!comparable(key)) error_at(at, "invalid map key type " + tstr(key));
  }
}

// check_field_and_method_names() reports methods declared twice and
// methods named like a field of their type (types2's collectMethods).
void Checker::check_field_and_method_names() {
  for (auto& [spec, obj] : type_decls_) {
    if (spec->alias || !obj->type || obj->type->kind != TypeKind::Named) continue;
    auto* named = static_cast<Named*>(obj->type);
    std::unordered_map<std::string_view, Func*> seen;
    std::vector<Func*> kept;
    Type* u = named->underlying;
    for (Func* m : named->methods) {
      if (auto [at, added] = seen.emplace(m->name, m); !added) {
        error(m->pos, "method " + std::string(obj->name) + "." + std::string(m->name) +
                          " already declared at " + pos_string(at->second->pos));
        continue;
      }
      if (u && u->kind == TypeKind::Struct) {
        bool clash = false;
        for (Var* f : static_cast<Struct*>(u)->fields) clash = clash || f->name == m->name;
        if (clash) {
          error(m->pos, "field and method with the same name " + std::string(m->name) + "\n\t" +
                            pos_string([&] {
                              for (Var* f : static_cast<Struct*>(u)->fields)
                                if (f->name == m->name) return f->pos;
                              return Pos{};
                            }()) +
                            ": other declaration of " + std::string(m->name));
          continue;
        }
      }
      kept.push_back(m);
    }
    named->methods = std::move(kept);
  }
  check_pending_map_keys();
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
    for (TypeName* obj : cycle) {
      if (obj->type && obj->type->kind == TypeKind::Named) static_cast<Named*>(obj->type)->underlying = invalid();
    }
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
