// check_exprs.cpp: expressions (types2's expr.go): the dispatch on the kind
// of expression, names, literals, function literals and type assertions.
// Every expression goes through raw_expr(), which records the result in its
// node (check_operand.cpp's record()); the other entry points add what the
// context requires (a single value, not a type, ...).
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {

Object* Checker::lookup(std::string_view name) const { return scope_ ? scope_->lookup(name) : nullptr; }

// raw_expr() checks e into x and records the result. hint is the element
// type of an enclosing composite literal, for literals with elided types.
void Checker::raw_expr(Operand& x, Expr* e, Type* hint, bool allow_generic) {
  DepthGuard depth(*this, e);
  if (depth.too_deep()) return x.invalidate(e);
  expr_internal(x, e, hint);
  if (!allow_generic && !x.invalid() && x.mode != Mode::NoValue) {
    if (auto* sig = x.type && x.type->kind == TypeKind::Signature ? static_cast<Signature*>(x.type) : nullptr;
        sig && !sig->tparams.empty()) {
      cold([&] { error_at(x.expr, "cannot use generic function " + expr_string(x.expr) + " without instantiation"); });
      x.mode = Mode::Invalid;
      x.type = basic_type(BasicKind::Invalid);
    }
  }
  record(x);
}

// expr() checks e as a single value (not a type, builtin or no-value call).
void Checker::expr(Operand& x, Expr* e) {
  raw_expr(x, e, nullptr);
  exclude(x, true, true, true);
  single_value(x);
}

// multi_expr() is expr() allowing several values (a call's tuple).
void Checker::multi_expr(Operand& x, Expr* e) {
  raw_expr(x, e, nullptr);
  exclude(x, true, true, true);
}

void Checker::expr_with_hint(Operand& x, Expr* e, Type* hint) {
  raw_expr(x, e, hint);
  exclude(x, true, true, true);
  single_value(x);
}

void Checker::expr_or_type(Operand& x, Expr* e, bool allow_generic) {
  raw_expr(x, e, nullptr, allow_generic);
  exclude(x, true, false, false);
  single_value(x);
}

void Checker::exclude(Operand& x, bool novalue, bool builtin, bool type) {
  const char* what = nullptr;
  if (novalue && x.mode == Mode::NoValue) {
    what = type ? " used as value" : " used as value or type";
  } else if (builtin && x.mode == Mode::Builtin) {
    what = " must be called";
  } else if (type && x.mode == Mode::TypeExpr) {
    what = " is not an expression";
  } else if (x.mode == Mode::PkgName) {
    x.mode = Mode::Invalid;  // reported by ident()
    return;
  } else {
    return;
  }
  cold([&] { error_at(x.expr, operand_string(x) + what); });
  x.mode = Mode::Invalid;
}

void Checker::single_value(Operand& x) {
  if (x.mode == Mode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    cold([&] { error_at(x.expr, "multiple-value " + operand_string(x) + " in single-value context"); });
    x.mode = Mode::Invalid;
  }
}

// expr_list() checks a list of expressions as values; a single call with
// several results is unpacked into its results, and with allow_comma_ok a
// single comma-ok expression (m[k], x.(T), <-ch) into its value and an
// untyped bool.
std::vector<Operand> Checker::expr_list(List<Expr> list, bool allow_comma_ok, bool* comma_ok) {
  std::vector<Operand> out;
  if (comma_ok) *comma_ok = false;
  // The operands are checked in place (out never reallocates meanwhile).
  out.reserve(list.size());
  if (list.size() == 1) {
    out.emplace_back();
    multi_expr(out.back(), list[0]);
    unpack(out, list[0], allow_comma_ok, comma_ok);
    return out;
  }
  for (Expr* e : list) {
    out.emplace_back();
    expr(out.back(), e);
  }
  return out;
}

// unpack() replaces out's only operand, e's value, by its values: a call's
// results, or with allow_comma_ok a comma-ok expression's value and an
// untyped bool (*comma_ok then set).
void Checker::unpack(std::vector<Operand>& out, Expr* e, bool allow_comma_ok, bool* comma_ok) {
  Operand& x = out[0];
  if (!x.invalid() && x.type && x.type->kind == TypeKind::Tuple) {
    auto* tuple = static_cast<Tuple*>(x.type);
    out.clear();
    for (Var* v : tuple->vars) {
      Operand o;
      o.mode = Mode::Value;
      o.expr = e;
      o.type = v->type;
      out.push_back(o);
    }
    return;
  }
  if (allow_comma_ok && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
    x.mode = Mode::Value;
    Operand ok;
    ok.mode = Mode::Value;
    ok.expr = e;
    ok.type = basic_type(BasicKind::UntypedBool);
    if (comma_ok) *comma_ok = true;
    out.push_back(ok);
  }
}

// use() checks e for its errors and results only (types2's use); true if
// it is valid.
bool Checker::use(Expr* e) {
  if (!e) return true;
  if (auto* n = as<Name>(e); n && n->value == "_") return true;
  Operand x;
  raw_expr(x, e, nullptr);
  return !x.invalid();
}

bool Checker::use(List<Expr> list) {
  bool ok = true;
  for (Expr* e : list) ok = use(e) && ok;
  return ok;
}

// use_lhs() is use() for the left side of an assignment, where naming a
// variable is not using it.
void Checker::use_lhs(List<Expr> list) {
  for (Expr* e : list) {
    Var* v = nullptr;
    bool used = false;
    if (auto* n = as<Name>(unparen(e))) {
      if (n->value == "_") continue;
      if (Object* obj = lookup(n->value); obj && obj->kind == ObjectKind::Var && obj->pkg == pkg_name_) {
        v = static_cast<Var*>(obj);
        used = v->used;
      }
    }
    Operand x;
    raw_expr(x, e, nullptr, true);
    if (v) v->used = used;
  }
}

// ident() is a name used in an expression (types2's ident).
void Checker::ident(Operand& x, Name* e, bool want_type) {
  x.invalidate(e);
  Object* obj = lookup(e->value);
  if (!obj || e->value == "_") {
    cold([&] { error(e->pos, e->value == "_" ? "cannot use _ as value" : "undefined: " + std::string(e->value)); });
    return;
  }
  e->obj = obj;
  switch (obj->kind) {
    case ObjectKind::PkgName:
      static_cast<PkgName*>(obj)->used = true;
      cold([&] { error(e->pos, "use of package " + std::string(obj->name) + " without selector"); });
      return;
    case ObjectKind::Const: {
      auto* c = static_cast<Const*>(obj);
      add_decl_dep(obj);
      if (c->name == "iota" && c->parent == pkg_.universe) {
        if (iota_ < 0) {
          cold([&] { error(e->pos, "cannot use iota outside constant declaration"); });
          return;
        }
        x.val = constant::make_int64(iota_);
        x.type = obj->type;
        x.mode = Mode::Constant;
        return;
      }
      obj_decl(obj);
      if (is_invalid(obj->type)) return;
      x.val = c->value;
      x.type = obj->type;
      x.mode = Mode::Constant;
      return;
    }
    case ObjectKind::TypeName: {
      auto* tn = static_cast<TypeName*>(obj);
      if (type_spec_of_.count(tn) && !resolved_.count(tn)) resolve_type_decl(tn);
      if (!tn->type) {
        // an alias being resolved: the cycle is reported by type_name_type()
        Type* t = type_name_type(e);
        x.type = t;
      } else {
        x.type = tn->type;
      }
      if (is_invalid(x.type)) return;
      x.mode = Mode::TypeExpr;
      (void)want_type;
      return;
    }
    case ObjectKind::Var: {
      auto* v = static_cast<Var*>(obj);
      if (v->pkg == pkg_name_) v->used = true;
      add_decl_dep(obj);
      obj_decl(obj);
      if (is_invalid(obj->type)) return;
      x.type = obj->type;
      x.mode = Mode::Variable;
      return;
    }
    case ObjectKind::Func:
      add_decl_dep(obj);
      if (is_invalid(obj->type)) return;
      x.type = obj->type;
      x.mode = Mode::Value;
      return;
    case ObjectKind::Builtin:
      x.id = static_cast<Builtin*>(obj)->id;
      x.type = nullptr;
      x.mode = Mode::Builtin;
      return;
    case ObjectKind::Nil:
      x.type = obj->type;
      x.mode = Mode::Value;
      x.is_nil = true;
      return;
    case ObjectKind::Label: return;
  }
}

void Checker::basic_lit(Operand& x, BasicLit* lit) {
  x.expr = lit;
  if (lit->bad) return;
  bool numeric = lit->lit_kind == LitKind::Int || lit->lit_kind == LitKind::Float || lit->lit_kind == LitKind::Imag;
  if (numeric && lit->value.size() > constant::kMaxLiteralLength) {
    error(lit->pos, constant::excessively_long_message(lit->value));
    return;
  }
  constant::Value v = constant::make_from_literal(lit->value, constant::LiteralKind(uint8_t(lit->lit_kind)));
  if (v.is_unknown()) {
    error(lit->pos, constant::malformed_constant_message(lit->value));
    return;
  }
  constexpr BasicKind kinds[] = {BasicKind::UntypedInt, BasicKind::UntypedFloat, BasicKind::UntypedComplex,
                                 BasicKind::UntypedRune, BasicKind::UntypedString};
  x.mode = Mode::Constant;
  x.type = basic_type(kinds[int(lit->lit_kind)]);
  x.val = std::move(v);
  overflow(x, lit->pos);
}

// func_lit() checks a function literal: its signature, then its body right
// away (types2 delays it to the end of the enclosing declaration; checking
// it here, in its own saved environment, gives the same results).
void Checker::func_lit(Operand& x, FuncLit* f) {
  Scope* fs = pkg_.objects.scope(ScopeKind::Func, scope_);
  Signature* sig = f->type ? signature(f->type, nullptr, fs) : nullptr;
  if (!sig) return;
  if (f->body) {
    Signature* saved_sig = sig_;
    int64_t saved_iota = iota_;
    bool saved_call = has_call_or_recv_;
    iota_ = -1;
    func_body(f->body, sig, fs);
    sig_ = saved_sig;
    iota_ = saved_iota;
    has_call_or_recv_ = saved_call;
  }
  x.mode = Mode::Value;
  x.type = sig;
}

// type_assertion() reports a type assertion x.(T) (or a type switch case)
// that can never succeed: T is not an interface and lacks a method of x's.
void Checker::type_assertion(Expr* e, Operand& x, Type* t, bool type_switch) {
  std::string cause;
  if (assertable_to(x.type, t, &cause)) return;
  if (type_switch) {
    error_at(e, "impossible type switch case: " + expr_string(e) + "\n\t" + operand_string(x) +
                    " cannot have dynamic type " + tstr(t) + " " + cause);
    return;
  }
  error_at(e, "impossible type assertion: " + expr_string(e) + "\n\t" + tstr(t) + " does not implement " +
                  tstr(x.type) + " " + cause);
}

// expr_internal() dispatches on the kind of expression. Each kind is
// checked out of line (the functions are noinline, check.hpp), so that
// only the frame of the one in use is on the stack while the nested
// expressions are checked.
void Checker::expr_internal(Operand& x, Expr* e, Type* hint) {
  x.invalidate(e);
  if (!e) return;
  switch (e->kind) {
    case Kind::BadExpr: return;
    case Kind::Name: ident(x, static_cast<Name*>(e), false); return;
    case Kind::DotsType: cold([&] { error_at(e, "invalid use of '...'"); }); return;
    case Kind::BasicLit: basic_lit(x, static_cast<BasicLit*>(e)); return;
    case Kind::FuncLit: func_lit(x, static_cast<FuncLit*>(e)); x.expr = e; return;
    case Kind::CompositeLit: composite_lit(x, static_cast<CompositeLit*>(e), hint); x.expr = e; return;
    case Kind::ParenExpr: {
      raw_expr(x, static_cast<ParenExpr*>(e)->x, nullptr, true);
      x.expr = e;
      return;
    }
    case Kind::SelectorExpr: selector(x, static_cast<SelectorExpr*>(e)); x.expr = e; return;
    case Kind::IndexExpr: index_expr(x, static_cast<IndexExpr*>(e)); x.expr = e; return;
    case Kind::SliceExpr: slice_expr(x, static_cast<SliceExpr*>(e)); x.expr = e; return;
    case Kind::AssertExpr: assert_expr(x, static_cast<AssertExpr*>(e)); return;
    case Kind::TypeSwitchGuard:
      cold([&] { error_at(e, "use of .(type) outside type switch"); });
      use(static_cast<TypeSwitchGuard*>(e)->x);
      return;
    case Kind::CallExpr: call_expr(x, static_cast<CallExpr*>(e)); x.expr = e; return;
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(e);
      if (o->y) {
        binary(x, e, o->x, o->y, o->op, o->pos);
        x.expr = e;
        return;
      }
      if (o->op == Op::Mul) return star_expr(x, o);
      unary(x, o);
      x.expr = e;
      return;
    }
    case Kind::KeyValueExpr: {
      auto* kv = static_cast<KeyValueExpr*>(e);
      cold([&] { error_at(e, "unexpected key:value expression"); });
      use(kv->key);
      use(kv->value);
      return;
    }
    case Kind::ArrayType:
    case Kind::SliceType:
    case Kind::StructType:
    case Kind::FuncType:
    case Kind::InterfaceType:
    case Kind::MapType:
    case Kind::ChanType: {
      Type* t = typexpr(e);
      if (is_invalid(t)) return;
      x.mode = Mode::TypeExpr;
      x.type = t;
      return;
    }
    default: return;
  }
}

// assert_expr() is x.(T).
void Checker::assert_expr(Operand& x, AssertExpr* a) {
  expr(x, a->x);
  if (x.invalid()) {
    if (a->type) typexpr(a->type);
    return x.invalidate(a);
  }
  if (is_type_param(x.type)) {
    cold([&] {
      error_at(a->x, "invalid operation: cannot use type assertion on type parameter value " + operand_string(x));
    });
    return x.invalidate(a);
  }
  if (!lang::is_interface(x.type)) {
    cold([&] { error_at(a->x, "invalid operation: " + operand_string(x) + " is not an interface"); });
    if (a->type) typexpr(a->type);
    return x.invalidate(a);
  }
  Type* t = vartype(a->type);
  if (is_invalid(t)) return x.invalidate(a);
  type_assertion(a, x, t, false);
  x.invalidate(a);
  x.mode = Mode::CommaOk;
  x.type = t;
}

// star_expr() is *x: a pointer type, or an indirection.
void Checker::star_expr(Operand& x, Operation* o) {
  expr_or_type(x, o->x);
  if (x.invalid()) return x.invalidate(o);
  if (x.mode == Mode::TypeExpr) {
    x.type = types_.pointer(x.type);
    x.expr = o;
    return;
  }
  Type* u = core_type(x.type);
  if (x.is_nil || !u || u->kind != TypeKind::Pointer) {
    cold([&] { error_at(o->x, "invalid operation: cannot indirect " + operand_string(x)); });
    return x.invalidate(o);
  }
  x.mode = Mode::Variable;
  x.type = static_cast<Pointer*>(u)->elem;
  x.expr = o;
}

}  // namespace goro::lang::detail
