// check_call.cpp: calls and selectors (types2's call.go): conversions,
// builtin calls and function calls with their arguments; x.f for fields,
// methods, method expressions and package members.
#include <cctype>

#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {

std::string Checker::types_summary(const std::vector<Type*>& list, bool variadic) {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    Type* t = list[i];
    std::string s;
    if (is_invalid(t)) {
      s = "unknown type";
    } else if (lang::is_untyped(t)) {
      if (is_numeric(t)) {
        s = "number";
      } else {
        s = std::string(static_cast<Basic*>(t)->name);
        if (s.rfind("untyped ", 0) == 0) s = s.substr(8);
      }
    } else if (variadic && i + 1 == list.size() && t->kind == TypeKind::Slice) {
      s = "..." + tstr(static_cast<Slice*>(t)->elem);
    } else {
      s = tstr(t);
    }
    out += s;
  }
  return out + ")";
}

// call_expr() is f(args): a conversion, a builtin's call or a function
// call. The callee and the arguments are checked here, the rest out of
// line (call_conversion(), call_result()), off the recursion's frames.
void Checker::call_expr(Operand& x, CallExpr* call) {
  std::vector<Type*> targs;
  auto* inst = as<IndexExpr>(call->fun);
  if (inst) {
    call_instance(x, call, inst, targs);
  } else {
    expr_or_type(x, call->fun, true);
  }
  switch (x.mode) {
    case Mode::Invalid:
      use(call->args);
      return x.invalidate(call);
    case Mode::TypeExpr: {
      Type* t = x.type;
      x.mode = Mode::Invalid;
      if (call->args.size() == 1) {
        expr(x, call->args[0]);
      } else if (call->args.size() > 1) {
        use(call->args);
      }
      return call_conversion(x, call, t);
    }
    case Mode::Builtin: {
      BuiltinId id = x.id;
      if (!builtin(x, call, id)) x.mode = Mode::Invalid;
      x.expr = call;
      if (x.invalid()) x.type = basic_type(BasicKind::Invalid);
      if (!x.invalid() && x.mode != Mode::Constant) has_call_or_recv_ = true;
      return;
    }
    default: break;
  }
  auto* sig = core_type(x.type) && core_type(x.type)->kind == TypeKind::Signature
                  ? static_cast<Signature*>(core_type(x.type))
                  : nullptr;
  if (!sig) {
    cold([&] { error_at(x.expr, "invalid operation: cannot call non-function " + operand_string(x)); });
    use(call->args);
    return x.invalidate(call);
  }
  if (!targs.empty() && targs.size() > sig->tparams.size()) {
    cold([&] {
      error_at(inst->index[sig->tparams.size()], "got " + std::to_string(targs.size()) + " type arguments but " +
                                                     std::to_string(sig->tparams.size()) + " type parameters");
    });
    use(call->args);
    return x.invalidate(call);
  }
  std::vector<Operand> args = expr_list(call->args, false);
  call_result(x, call, sig, args, std::move(targs));
}

// call_instance() checks the callee f[T] of f[T](args): an explicit
// instantiation of a stub's generic function, or an index expression.
void Checker::call_instance(Operand& x, CallExpr* call, IndexExpr* inst, std::vector<Type*>& targs) {
  Operand f;
  expr_or_type(f, inst->x, true);
  auto* sig = f.invalid() ? nullptr : as_signature(f.type);
  if (f.mode == Mode::Value && sig && !sig->tparams.empty()) {
    for (Expr* t : inst->index) targs.push_back(vartype(t));
    x = f;
    x.expr = inst;
    record(x);
  } else {
    raw_expr(x, call->fun, nullptr, true);
    exclude(x, true, false, false);
  }
}

// call_conversion() is T(args), the arguments checked (x is the only one's
// value, or invalid).
void Checker::call_conversion(Operand& x, CallExpr* call, Type* t) {
  if (call->args.empty()) {
    error_at(call, "missing argument in conversion to " + tstr(t));
  } else if (call->args.size() == 1) {
    if (!x.invalid()) {
      Type* u = underlying(t);
      bool constraint = false;
      if (u && u->kind == TypeKind::Interface && !is_type_param(t)) {
        auto* i = static_cast<Interface*>(u);
        complete(i);
        constraint = i->all_comparable || !i->all_terms.empty();
      }
      if (constraint) {
        error_at(call, "cannot use interface " + tstr(t) +
                           " in conversion (contains specific type constraints or is comparable)");
        x.mode = Mode::Invalid;
      } else if (call->has_dots) {
        error_at(call->args[0], "invalid use of ... in conversion to " + tstr(t));
        x.mode = Mode::Invalid;
      } else {
        conversion(x, t);
      }
    }
  } else {
    error_at(call->args.back(), "too many arguments in conversion to " + tstr(t));
  }
  x.expr = call;
  if (x.invalid()) x.type = basic_type(BasicKind::Invalid);
}

// call_result() is a function call's result, its arguments checked.
void Checker::call_result(Operand& x, CallExpr* call, Signature* sig, std::vector<Operand>& args,
                          std::vector<Type*> targs) {
  bool was_generic = !sig->tparams.empty();
  Signature* rsig = arguments(call, sig, args, std::move(targs));
  if (was_generic) {
    if (!rsig || !rsig->tparams.empty()) return x.invalidate(call);
    record_type(call->fun, Mode::Value, rsig);
    if (auto* p = as<ParenExpr>(call->fun)) record_type(unparen(p), Mode::Value, rsig);
    sig = rsig;
  }
  size_t n = sig->results->vars.size();
  if (n == 0) {
    x.mode = Mode::NoValue;
    x.type = types_.empty_tuple();
  } else if (n == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
  x.expr = call;
  x.is_nil = false;
  has_call_or_recv_ = true;
}

// arguments() checks a call's arguments against its signature (counts,
// variadic expansion, assignability); for a generic signature it infers
// the type arguments first and returns the instantiated signature (null if
// inference failed).
Signature* Checker::arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args, std::vector<Type*> targs) {
  for (Operand& a : args) {
    if (a.invalid()) return sig->tparams.empty() ? sig : nullptr;
  }
  size_t nargs = args.size();
  size_t npars = sig->params->vars.size();
  bool ddd = call->has_dots;
  std::vector<Var*> params = sig->params->vars;
  std::string fun = expr_string(call->fun);
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        error_at(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + expr_string(call->args[0]));
        return sig->tparams.empty() ? sig : nullptr;
      }
    } else if (npars > 0 && nargs + 1 >= npars) {
      Var* last = params.back();
      params.pop_back();
      Type* elem = last->type && last->type->kind == TypeKind::Slice ? static_cast<Slice*>(last->type)->elem
                                                                      : basic_type(BasicKind::Invalid);
      while (params.size() < nargs) {
        Var* v = types_.var_(last->name, elem, last->pkg);
        v->is_param = true;
        params.push_back(v);
      }
      npars = nargs;
    } else if (npars > 0) {
      --npars;  // for the message below
    }
  } else if (ddd) {
    error_at(call, "cannot use ... in call to non-variadic " + fun);
    return sig->tparams.empty() ? sig : nullptr;
  }
  if (nargs != npars) {
    const Node* at = call;
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr;
    }
    std::vector<Type*> have, want;
    for (Operand& a : args) have.push_back(a.type);
    for (Var* v : sig->params->vars) want.push_back(v->type);
    error_at(at, qualifier + " arguments in call to " + fun + "\n\thave " + types_summary(have, false) + "\n\twant " +
                     types_summary(want, sig->variadic));
    return sig->tparams.empty() ? sig : nullptr;
  }
  Signature* rsig = sig;
  if (!sig->tparams.empty()) {
    rsig = infer_and_instantiate(call, sig, args, targs);
    if (!rsig) return nullptr;
    // The adjusted (variadic) parameters, instantiated.
    std::vector<Var*> inst = rsig->params->vars;
    if (sig->variadic && !ddd && !inst.empty()) {
      Var* last = inst.back();
      inst.pop_back();
      Type* elem = last->type && last->type->kind == TypeKind::Slice ? static_cast<Slice*>(last->type)->elem
                                                                      : basic_type(BasicKind::Invalid);
      while (inst.size() < nargs) inst.push_back(types_.var_(last->name, elem, last->pkg));
    }
    params = inst;
  }
  std::string context = "argument to " + fun;
  for (size_t i = 0; i < args.size() && i < params.size(); ++i) assignment(args[i], params[i]->type, context);
  return rsig;
}

// selector() is x.f, or pkg.Name; the member is looked up out of line
// (select_member()), once x is checked.
void Checker::selector(Operand& x, SelectorExpr* e) {
  if (auto* ident = as<Name>(e->x)) {
    Object* obj = lookup(ident->value);
    if (obj && obj->kind == ObjectKind::PkgName) return package_member(x, e, static_cast<PkgName*>(obj));
  }
  expr_or_type(x, e->x, false);
  select_member(x, e);
}

// package_member() is pkg.Name, a qualified identifier.
void Checker::package_member(Operand& x, SelectorExpr* e, PkgName* pname) {
  auto fail = [&] { x.invalidate(e); };
  std::string_view sel = e->sel->value;
  auto* ident = static_cast<Name*>(e->x);
  pname->used = true;
  ident->obj = pname;
  record_type(ident, Mode::PkgName, basic_type(BasicKind::Invalid));
  auto it = imported_.find(pname);
  CheckedFile* unit = it == imported_.end() ? nullptr : it->second;
  if (!unit) return fail();  // opaque package: members unknown (check.hpp)
  Object* exp = unit->scope->lookup_local(sel);
  if (!exp) {
    error(e->sel->pos, "undefined: " + std::string(unit->name) + "." + std::string(sel));
    return fail();
  }
  if (!exp->exported()) {
    error(e->sel->pos, "name " + std::string(sel) + " not exported by package " + std::string(unit->name));
  }
  e->sel->obj = exp;
  x.expr = e;
  switch (exp->kind) {
    case ObjectKind::Const:
      x.mode = Mode::Constant;
      x.type = exp->type;
      x.val = static_cast<Const*>(exp)->value;
      break;
    case ObjectKind::TypeName:
      x.mode = Mode::TypeExpr;
      x.type = exp->type;
      break;
    case ObjectKind::Var:
      x.mode = Mode::Variable;
      x.type = exp->type;
      break;
    case ObjectKind::Func:
      x.mode = Mode::Value;
      x.type = exp->type;
      break;
    default: return fail();
  }
  if (is_invalid(x.type)) return fail();
  record_type(e->sel, x.mode, x.type, x.mode == Mode::Constant ? store(x.val) : nullptr);
}

// select_member() is the field or method f of x.f, x checked.
void Checker::select_member(Operand& x, SelectorExpr* e) {
  auto fail = [&] { x.invalidate(e); };
  std::string_view sel = e->sel->value;
  if (x.mode == Mode::Builtin) {
    error(e->pos, "cannot select on " + operand_string(x));
    return fail();
  }
  if (x.invalid()) return fail();
  if (x.mode == Mode::NoValue) return fail();
  Lookup l = lookup_field_or_method(x.type, x.mode == Mode::Variable, pkg_name_, sel);
  if (!l.obj) {
    if (is_invalid(underlying(x.type))) return fail();
    if (!l.index.empty()) {
      error(e->sel->pos, "ambiguous selector " + expr_string(e->x) + "." + std::string(sel));
      return fail();
    }
    if (l.indirect) {
      if (x.mode == Mode::TypeExpr) {
        error(e->sel->pos, "invalid method expression " + expr_string(e->x) + "." + std::string(sel) +
                               " (needs pointer receiver (*" + tstr(x.type) + ")." + std::string(sel) + ")");
      } else {
        error(e->sel->pos, "cannot call pointer method " + std::string(sel) + " on " + tstr(x.type));
      }
      return fail();
    }
    std::string why;
    if (is_interface_ptr(x.type)) {
      why = "type " + tstr(x.type) + " is pointer to interface, not interface";
    } else {
      why = "type " + tstr(x.type) + " has no field or method " + std::string(sel);
      // an unexported member of another package, or another spelling
      Lookup alt = lookup_field_or_method(x.type, x.mode == Mode::Variable, "", sel, true);
      if (alt.obj) {
        std::string what = alt.obj->kind == ObjectKind::Var ? "field " : "method ";
        if (alt.obj->name == sel) {
          why = "cannot refer to unexported " + what + std::string(sel);
        } else {
          why += ", but does have " + what + std::string(alt.obj->name);
        }
      }
    }
    error(e->sel->pos, expr_string(e->x) + "." + std::string(sel) + " undefined (" + why + ")");
    return fail();
  }
  e->sel->obj = l.obj;
  if (x.mode == Mode::TypeExpr) {
    // a method expression T.m: a function taking the receiver first
    if (l.obj->kind != ObjectKind::Func) {
      error(e->sel->pos, expr_string(e->x) + "." + std::string(sel) + " undefined (type " + tstr(x.type) +
                             " has no method " + std::string(sel) + ")");
      return fail();
    }
    auto* m = static_cast<Func*>(l.obj);
    auto* msig = as_signature(m->type);
    if (!msig) return fail();
    e->selection = &pkg_.selections.emplace_back(Selection{SelectionKind::MethodExpr, x.type, m, l.index, l.indirect});
    std::vector<Var*> params;
    std::string_view rname = msig->recv && !msig->params->vars.empty() && !msig->params->vars[0]->name.empty()
                                 ? (msig->recv->name.empty() ? std::string_view("_") : msig->recv->name)
                                 : std::string_view();
    Var* r = types_.var_(rname, x.type, pkg_name_);
    r->is_param = true;
    params.push_back(r);
    for (Var* p : msig->params->vars) params.push_back(p);
    x.mode = Mode::Value;
    x.type = types_.signature(nullptr, types_.tuple(std::move(params)), msig->results, msig->variadic);
    x.expr = e;
    add_decl_dep(m);
    return;
  }
  if (l.obj->kind == ObjectKind::Var) {
    e->selection = &pkg_.selections.emplace_back(Selection{SelectionKind::FieldVal, x.type, l.obj, l.index, l.indirect});
    x.mode = x.mode == Mode::Variable || l.indirect ? Mode::Variable : Mode::Value;
    x.type = l.obj->type;
  } else {
    auto* m = static_cast<Func*>(l.obj);
    e->selection = &pkg_.selections.emplace_back(Selection{SelectionKind::MethodVal, x.type, m, l.index, l.indirect});
    auto* msig = as_signature(m->type);
    if (!msig) return fail();
    x.mode = Mode::Value;
    x.type = types_.signature(nullptr, msig->params, msig->results, msig->variadic);
    static_cast<Signature*>(x.type)->tparams = msig->tparams;
    add_decl_dep(m);
  }
  x.expr = e;
  x.is_nil = false;
}

}  // namespace goro::lang::detail
