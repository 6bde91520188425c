// check_generics.cpp: the generic functions of standard-library stubs
// (slices.Contains[S ~[]E, E comparable], maps.Keys, min-style helpers):
// type parameter lists, type argument inference from a call's arguments
// (types2's infer.go, reduced to what the stubs need: unification of
// parameter and argument types, default types for untyped constants, and
// core types of ~T constraints), constraint satisfaction, and
// instantiation by substitution. The program itself cannot declare
// generics ("generics are not supported yet", check_types.cpp).
#include <functional>

#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

using TypeMap = std::unordered_map<TypeParam*, Type*>;

}  // namespace

// declare_tparams() declares a stub function's type parameters in s and
// resolves their constraints (which may refer to each other: S ~[]E).
std::vector<TypeParam*> Checker::declare_tparams(List<Field> tparams, Scope* s) {
  std::vector<TypeParam*> out;
  int index = 0;
  for (Field* f : tparams) {
    for (Name* n : f->names) {
      TypeName* tn = pkg_.objects.type_name(n->value, n->pos, nullptr);
      tn->pkg = pkg_name_;
      TypeParam* tp = types_.type_param(tn, nullptr, index++);
      tn->type = tp;
      declare(s, n, tn);
      out.push_back(tp);
    }
  }
  Scope* saved = scope_;
  scope_ = s;
  size_t k = 0;
  for (Field* f : tparams) {
    Type* constraint;
    Expr* e = unparen(f->type);
    auto* o = as<Operation>(e);
    if (o && (o->op == Op::Tilde || (o->op == Op::Or && o->y))) {
      std::vector<Term> terms;
      union_terms(e, terms);
      Interface* i = types_.interface_type({}, {});
      i->terms = std::move(terms);
      complete(i);
      constraint = i;
      record_type(f->type, Mode::TypeExpr, i);
    } else {
      constraint = typexpr(f->type);
      Type* u = underlying(constraint);
      if (!u || u->kind != TypeKind::Interface) {
        // a plain type T as a constraint means interface{ T }
        Interface* i = types_.interface_type({}, {});
        if (!is_invalid(constraint)) i->terms.push_back(Term{false, constraint});
        complete(i);
        constraint = i;
      }
    }
    for (size_t j = 0; j < f->names.size(); ++j) out[k++]->constraint = constraint;
  }
  scope_ = saved;
  return out;
}

// subst() is t with the type parameters of m replaced (t itself if it
// mentions none).
Type* Checker::subst(Type* t, const TypeMap& m) {
  if (!t) return t;
  switch (t->kind) {
    case TypeKind::TypeParam: {
      auto it = m.find(static_cast<TypeParam*>(t));
      return it != m.end() && it->second ? it->second : t;
    }
    case TypeKind::Pointer: {
      Type* e = subst(static_cast<Pointer*>(t)->elem, m);
      return e == static_cast<Pointer*>(t)->elem ? t : types_.pointer(e);
    }
    case TypeKind::Slice: {
      Type* e = subst(static_cast<Slice*>(t)->elem, m);
      return e == static_cast<Slice*>(t)->elem ? t : types_.slice(e);
    }
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(t);
      Type* e = subst(a->elem, m);
      return e == a->elem ? t : types_.array(e, a->len);
    }
    case TypeKind::Map: {
      auto* mp = static_cast<Map*>(t);
      Type* k = subst(mp->key, m);
      Type* v = subst(mp->elem, m);
      return k == mp->key && v == mp->elem ? t : types_.map(k, v);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<Chan*>(t);
      Type* e = subst(c->elem, m);
      return e == c->elem ? t : types_.chan(c->dir, e);
    }
    case TypeKind::Tuple: {
      auto* tu = static_cast<Tuple*>(t);
      bool changed = false;
      std::vector<Var*> vars;
      for (Var* v : tu->vars) {
        Type* vt = subst(v->type, m);
        if (vt != v->type) {
          changed = true;
          Var* nv = types_.var_(v->name, vt, v->pkg);
          nv->is_param = v->is_param;
          nv->pos = v->pos;
          vars.push_back(nv);
        } else {
          vars.push_back(v);
        }
      }
      return changed ? types_.tuple(std::move(vars)) : t;
    }
    case TypeKind::Signature: {
      auto* s = static_cast<Signature*>(t);
      Type* p = subst(s->params, m);
      Type* r = subst(s->results, m);
      if (p == s->params && r == s->results) return t;
      return types_.signature(s->recv, static_cast<Tuple*>(p), static_cast<Tuple*>(r), s->variadic);
    }
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(t);
      bool changed = false;
      std::vector<Var*> fields;
      for (Var* f : st->fields) {
        Type* ft = subst(f->type, m);
        if (ft != f->type) {
          changed = true;
          Var* nf = types_.var_(f->name, ft, f->pkg);
          nf->is_field = true;
          nf->is_embedded = f->is_embedded;
          fields.push_back(nf);
        } else {
          fields.push_back(f);
        }
      }
      return changed ? types_.struct_type(std::move(fields), st->tags) : t;
    }
    default: return t;  // Basic, Named, Interface: no stub mentions a type parameter in them
  }
}

// satisfies() is whether t satisfies tp's constraint (types2's
// implements with constraint = true).
bool Checker::satisfies(Type* t, TypeParam* tp, std::string* cause) {
  Type* c = underlying(tp->constraint);
  if (!c || c->kind != TypeKind::Interface) return true;
  auto* i = static_cast<Interface*>(c);
  complete(i);
  std::string cname = tstr(tp->constraint);
  if (!i->all_terms.empty()) {
    bool in_set = false;
    for (const Term& term : i->all_terms) {
      Type* tt = subst_map_ ? subst(term.type, *subst_map_) : term.type;
      if (term.tilde ? identical(underlying(t), underlying(tt)) : identical(t, tt)) in_set = true;
    }
    if (!in_set) {
      if (cause) *cause = tstr(t) + " does not satisfy " + cname + " (" + tstr(t) + " missing in " + [&] {
        std::string s;
        for (size_t k = 0; k < i->all_terms.size(); ++k) {
          if (k > 0) s += " | ";
          if (i->all_terms[k].tilde) s += "~";
          s += tstr(i->all_terms[k].type);
        }
        return s;
      }() + ")";
      return false;
    }
  }
  if (i->all_comparable && !comparable(t)) {
    if (cause) *cause = tstr(t) + " does not satisfy comparable";
    return false;
  }
  if (!i->all_methods.empty()) {
    std::string mcause;
    if (missing_method(t, tp->constraint, true, &mcause)) {
      if (cause) *cause = tstr(t) + " does not satisfy " + cname + " " + mcause;
      return false;
    }
  }
  return true;
}

// infer_and_instantiate() infers the type arguments of a call of generic
// sig (explicit ones first), checks them against their constraints, and
// returns the instantiated signature; null after reporting an error.
Signature* Checker::infer_and_instantiate(CallExpr* call, Signature* sig, std::vector<Operand>& args,
                                          std::vector<Type*> targs) {
  TypeMap m;
  for (size_t i = 0; i < sig->tparams.size(); ++i) m[sig->tparams[i]] = i < targs.size() ? targs[i] : nullptr;
  // unify() binds the type parameters in p so that p matches a (inexact:
  // a named a matches through its underlying type where p is unnamed).
  std::function<bool(Type*, Type*)> unify = [&](Type* p, Type* a) -> bool {
    if (!p || !a) return true;
    if (p->kind == TypeKind::TypeParam) {
      auto it = m.find(static_cast<TypeParam*>(p));
      if (it == m.end()) return identical(p, a);
      if (!it->second) {
        it->second = a;
        return true;
      }
      if (identical(it->second, a)) return true;
      // inexact: a named type and its unnamed underlying type agree
      if (identical(underlying(it->second), underlying(a))) {
        if (!has_name(it->second) || it->second->kind == TypeKind::Basic) it->second = a;
        return true;
      }
      return false;
    }
    if (p->kind != TypeKind::Named && a->kind == TypeKind::Named) a = underlying(a);
    if (!a || p->kind != a->kind) return true;  // mismatches are the assignment's to report
    switch (p->kind) {
      case TypeKind::Pointer: return unify(static_cast<Pointer*>(p)->elem, static_cast<Pointer*>(a)->elem);
      case TypeKind::Slice: return unify(static_cast<Slice*>(p)->elem, static_cast<Slice*>(a)->elem);
      case TypeKind::Array: return unify(static_cast<Array*>(p)->elem, static_cast<Array*>(a)->elem);
      case TypeKind::Map:
        return unify(static_cast<Map*>(p)->key, static_cast<Map*>(a)->key) &&
               unify(static_cast<Map*>(p)->elem, static_cast<Map*>(a)->elem);
      case TypeKind::Chan: return unify(static_cast<Chan*>(p)->elem, static_cast<Chan*>(a)->elem);
      case TypeKind::Signature: {
        auto* ps = static_cast<Signature*>(p);
        auto* as_ = static_cast<Signature*>(a);
        if (ps->params->vars.size() != as_->params->vars.size() ||
            ps->results->vars.size() != as_->results->vars.size())
          return true;
        for (size_t i = 0; i < ps->params->vars.size(); ++i)
          if (!unify(ps->params->vars[i]->type, as_->params->vars[i]->type)) return false;
        for (size_t i = 0; i < ps->results->vars.size(); ++i)
          if (!unify(ps->results->vars[i]->type, as_->results->vars[i]->type)) return false;
        return true;
      }
      default: return true;
    }
  };
  // the parameter each argument goes to (variadic: the element type)
  auto param_type = [&](size_t i) -> Type* {
    const auto& ps = sig->params->vars;
    if (ps.empty()) return nullptr;
    if (sig->variadic && i + 1 >= ps.size()) {
      Type* last = ps.back()->type;
      if (call->has_dots) return last;
      return last && last->kind == TypeKind::Slice ? static_cast<Slice*>(last)->elem : last;
    }
    return i < ps.size() ? ps[i]->type : nullptr;
  };
  std::string fun = expr_string(call->fun);
  // pass 1 - typed arguments
  for (size_t i = 0; i < args.size(); ++i) {
    if (lang::is_untyped(args[i].type)) continue;
    Type* p = param_type(i);
    if (!unify(p, args[i].type)) {
      Type* bound = p && p->kind == TypeKind::TypeParam ? m[static_cast<TypeParam*>(p)] : nullptr;
      error_at(args[i].expr, "type " + tstr(args[i].type) + " of " + expr_string(args[i].expr) +
                                 " does not match " + (bound ? "inferred type " + tstr(bound) + " for " : "") +
                                 tstr(p));
      return nullptr;
    }
  }
  // pass 2 - core types of constraints (S ~[]E: E from S, or S from E)
  for (int round = 0; round < 3; ++round) {
    for (TypeParam* tp : sig->tparams) {
      Type* c = underlying(tp->constraint);
      if (!c || c->kind != TypeKind::Interface) continue;
      auto* i = static_cast<Interface*>(c);
      complete(i);
      if (i->all_terms.size() != 1) continue;
      const Term& term = i->all_terms[0];
      if (Type* bound = m[tp]) {
        unify(term.type, term.tilde ? underlying(bound) : bound);
      } else {
        Type* t = subst(term.type, m);
        bool complete_type = true;
        std::function<void(Type*)> scan = [&](Type* x) {
          if (!x) return;
          if (x->kind == TypeKind::TypeParam && m.count(static_cast<TypeParam*>(x))) complete_type = false;
          if (x->kind == TypeKind::Slice) scan(static_cast<Slice*>(x)->elem);
          if (x->kind == TypeKind::Pointer) scan(static_cast<Pointer*>(x)->elem);
          if (x->kind == TypeKind::Map) {
            scan(static_cast<Map*>(x)->key);
            scan(static_cast<Map*>(x)->elem);
          }
        };
        scan(t);
        if (complete_type) m[tp] = t;
      }
    }
  }
  // pass 3 - untyped arguments for parameters still unbound: default types
  for (size_t i = 0; i < args.size(); ++i) {
    if (!lang::is_untyped(args[i].type)) continue;
    Type* p = param_type(i);
    if (!p || p->kind != TypeKind::TypeParam) continue;
    auto it = m.find(static_cast<TypeParam*>(p));
    if (it == m.end()) continue;
    Type* d = default_type(args[i].type);
    if (lang::is_basic(d, BasicKind::UntypedNil)) continue;
    if (!it->second) {
      it->second = d;
    } else if (lang::is_untyped(it->second)) {
      it->second = d;
    } else if (basic_kind(it->second) < basic_kind(d) && is_numeric(it->second) && is_numeric(d) &&
               !has_name(it->second)) {
      it->second = d;
    }
  }
  for (TypeParam* tp : sig->tparams) {
    if (!m[tp]) {
      error_at(call, "in call to " + fun + ", cannot infer " + std::string(tp->obj->name));
      return nullptr;
    }
  }
  // constraints
  subst_map_ = &m;
  struct Reset {
    const TypeMap** p;
    ~Reset() { *p = nullptr; }
  } reset{&subst_map_};
  for (TypeParam* tp : sig->tparams) {
    std::string cause;
    Type* t = m[tp];
    if (!satisfies(t, tp, &cause)) {
      error_at(call->fun, cause.empty() ? tstr(t) + " does not satisfy " + tstr(tp->constraint) : cause);
      return nullptr;
    }
  }
  auto* params = static_cast<Tuple*>(subst(sig->params, m));
  auto* results = static_cast<Tuple*>(subst(sig->results, m));
  return types_.signature(nullptr, params, results, sig->variadic);
}

}  // namespace goro::lang::detail
