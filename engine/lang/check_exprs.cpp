// check_exprs.cpp: the names in expressions. This slice resolves every name
// to its object ("undefined: x") and marks the variables and packages it
// uses; it does not compute expression types yet (check.hpp lists what is
// missing), so it reports nothing about operands.
#include "check.hpp"

namespace goro::lang::detail {
namespace {

bool is_type_node(Kind k) {
  switch (k) {
    case Kind::ArrayType:
    case Kind::SliceType:
    case Kind::DotsType:
    case Kind::StructType:
    case Kind::InterfaceType:
    case Kind::FuncType:
    case Kind::MapType:
    case Kind::ChanType: return true;
    default: return false;
  }
}

// element_type() is the type of the elements of a composite literal of
// type t (nullptr if not known), through a pointer for &T{} elisions.
Type* element_type(Type* t, bool key) {
  Type* u = t ? underlying(t) : nullptr;
  if (!u) return nullptr;
  Type* e = nullptr;
  switch (u->kind) {
    case TypeKind::Slice: e = static_cast<Slice*>(u)->elem; break;
    case TypeKind::Array: e = static_cast<Array*>(u)->elem; break;
    case TypeKind::Map: e = key ? static_cast<Map*>(u)->key : static_cast<Map*>(u)->elem; break;
    default: return nullptr;
  }
  if (e && underlying(e) && underlying(e)->kind == TypeKind::Pointer) e = static_cast<Pointer*>(underlying(e))->elem;
  return e;
}

}  // namespace

// resolve() is the object n denotes in the current scope, recorded in
// n->obj; "undefined: n" if none. A use marks variables and packages used.
Object* Checker::resolve(Name* n, bool mark_used) {
  if (n->value == "_") {
    error(n->pos, "cannot use _ as value");
    return nullptr;
  }
  Object* obj = scope_->lookup(n->value);
  if (!obj) {
    error(n->pos, "undefined: " + std::string(n->value));
    return nullptr;
  }
  n->obj = obj;
  if (obj->kind == ObjectKind::Const && obj->name == "iota" && obj->parent == pkg_.universe && !in_const_spec_) {
    error(n->pos, "cannot use iota outside constant declaration");
    return nullptr;
  }
  if (mark_used) {
    if (obj->kind == ObjectKind::Var) static_cast<Var*>(obj)->used = true;
    if (obj->kind == ObjectKind::PkgName) static_cast<PkgName*>(obj)->used = true;
  }
  return obj;
}

void Checker::exprs(List<Expr> list) {
  for (Expr* x : list) expr(x);
}

void Checker::expr(Expr* x) {
  if (!x) return;
  if (is_type_node(x->kind)) {
    typexpr(x);
    return;
  }
  switch (x->kind) {
    case Kind::Name: {
      Object* obj = resolve(static_cast<Name*>(x));
      if (obj && obj->kind == ObjectKind::PkgName) {
        error(x->pos, "use of package " + std::string(obj->name) + " without selector");
      }
      break;
    }
    case Kind::CompositeLit: composite_lit(static_cast<CompositeLit*>(x), nullptr); break;
    case Kind::KeyValueExpr: {
      auto* kv = static_cast<KeyValueExpr*>(x);
      expr(kv->key);
      expr(kv->value);
      break;
    }
    case Kind::FuncLit: {
      auto* f = static_cast<FuncLit*>(x);
      open_scope(ScopeKind::Func);
      if (f->type) x->type = signature(f->type, nullptr, scope_);
      if (f->body) func_body(f->body, scope_);
      close_scope();
      break;
    }
    case Kind::ParenExpr: expr(static_cast<ParenExpr*>(x)->x); break;
    case Kind::SelectorExpr: {
      auto* sel = static_cast<SelectorExpr*>(x);
      // pkg.Member: the package is used; its members are not known yet.
      if (auto* n = as<Name>(sel->x)) {
        Object* obj = scope_->lookup(n->value);
        if (obj && obj->kind == ObjectKind::PkgName) {
          n->obj = obj;
          static_cast<PkgName*>(obj)->used = true;
          break;
        }
      }
      expr(sel->x);  // field and method names need types (not yet)
      break;
    }
    case Kind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(x);
      expr(ix->x);
      exprs(ix->index);
      break;
    }
    case Kind::SliceExpr: {
      auto* s = static_cast<SliceExpr*>(x);
      expr(s->x);
      for (Expr* i : s->index) expr(i);
      break;
    }
    case Kind::AssertExpr: {
      auto* a = static_cast<AssertExpr*>(x);
      expr(a->x);
      if (a->type) typexpr(a->type);
      break;
    }
    case Kind::TypeSwitchGuard: expr(static_cast<TypeSwitchGuard*>(x)->x); break;
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      expr(o->x);
      expr(o->y);
      break;
    }
    case Kind::CallExpr: {
      auto* c = static_cast<CallExpr*>(x);
      expr(c->fun);
      exprs(c->args);
      break;
    }
    default: break;  // BasicLit, BadExpr
  }
}

// composite_lit() resolves a literal's type and elements. A key is a field
// name in a struct literal and an expression otherwise; where the literal's
// type is not known (a package's type, or an elision inside one), a key
// name is looked up without reporting it undefined.
void Checker::composite_lit(CompositeLit* c, Type* elided) {
  Type* t = c->type ? typexpr(c->type) : elided;
  Type* u = t ? underlying(t) : nullptr;
  bool is_struct = u && u->kind == TypeKind::Struct;
  bool known = u && (u->kind == TypeKind::Slice || u->kind == TypeKind::Array || u->kind == TypeKind::Map);
  auto element = [&](Expr* e, Type* et) {
    if (auto* lit = as<CompositeLit>(e); lit && !lit->type) {
      composite_lit(lit, et);
    } else {
      expr(e);
    }
  };
  for (Expr* e : c->elems) {
    auto* kv = as<KeyValueExpr>(e);
    if (!kv) {
      element(e, element_type(t, false));
      continue;
    }
    if (known) {
      element(kv->key, element_type(t, true));
    } else if (auto* n = as<Name>(kv->key); n && !is_struct) {
      if (Object* obj = scope_->lookup(n->value)) {
        n->obj = obj;
        if (obj->kind == ObjectKind::Var) static_cast<Var*>(obj)->used = true;
      }
    } else if (!is_struct) {
      expr(kv->key);
    }
    element(kv->value, element_type(t, false));
  }
}

// const_spec_values() resolves the names in a const spec's type and values
// once; a spec that repeats its group's values implicitly uses the names
// resolved for the spec it repeats (the same scope, as the spec says).
void Checker::const_spec_values(ConstSpec* spec) {
  if (!walked_.insert(spec).second) return;
  if (spec->type) typexpr(spec->type);
  in_const_spec_ = true;
  exprs(spec->values);
  in_const_spec_ = false;
}

}  // namespace goro::lang::detail
