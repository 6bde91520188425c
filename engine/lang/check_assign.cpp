// check_assign.cpp: assignments and variable initialization (types2's
// assignments.go as of Go 1.22): n:n assignments, a multi-valued call or a
// comma-ok expression on the right, short variable declarations, var
// declarations, and the "assignment mismatch" and return count messages.
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

std::string measure(size_t n, std::string unit) {
  if (n != 1) unit += "s";
  return std::to_string(n) + " " + unit;
}

bool is_call(Expr* e) { return as<CallExpr>(unparen(e)) != nullptr; }

}  // namespace

// record_comma_ok() types a comma-ok expression used with two results as
// the tuple (T, bool) (types2's recordCommaOkTypes), through parentheses.
static void record_comma_ok(TypeTable& types, Expr* e, Type* t0, Type* t1, std::string_view pkg) {
  Tuple* tuple = types.tuple({types.var_("", t0, pkg), types.var_("", t1, pkg)});
  for (Expr* x = e; x;) {
    x->type = tuple;
    auto* p = as<ParenExpr>(x);
    x = p ? p->x : nullptr;
  }
}

// lhs_var() checks the left side of an assignment and returns its type
// (null for the blank identifier, invalid after an error). Naming a
// variable there is not a use of it.
Type* Checker::lhs_var(Expr* lhs) {
  auto* ident = as<Name>(unparen(lhs));
  if (ident && ident->value == "_") {
    ident->obj = nullptr;
    return nullptr;
  }
  Var* v = nullptr;
  bool v_used = false;
  if (ident) {
    if (Object* obj = lookup(ident->value); obj && obj->kind == ObjectKind::Var && obj->pkg == pkg_name_) {
      v = static_cast<Var*>(obj);
      v_used = v->used;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->used = v_used;
  if (x.invalid()) return basic_type(BasicKind::Invalid);
  if (x.mode != Mode::Variable && x.mode != Mode::MapIndex) {
    if (auto* sel = as<SelectorExpr>(unparen(x.expr))) {
      if (sel->x->mode == Mode::MapIndex) {
        error_at(x.expr, "cannot assign to struct field " + expr_string(x.expr) + " in map");
        return basic_type(BasicKind::Invalid);
      }
    }
    error_at(x.expr, "cannot assign to " + expr_string(x.expr) + " (neither addressable nor a map index expression)");
    return basic_type(BasicKind::Invalid);
  }
  return x.type;
}

// assign_var() is lhs = rhs for one pair: rhs_expr is checked here unless
// x already holds it (a value of a multi-valued right side).
Type* Checker::assign_var(Expr* lhs, Expr* rhs_expr, Operand& x, std::string_view context) {
  Type* t = lhs_var(lhs);
  if (t && is_invalid(t)) {
    if (rhs_expr) {
      use(rhs_expr);
    }
    x.mode = Mode::Invalid;
    return nullptr;
  }
  if (rhs_expr) expr(x, rhs_expr);
  std::string ctx(context);
  if (!t && context == "assignment") ctx = "assignment to _ identifier";
  assignment(x, t, ctx);
  return x.invalid() ? nullptr : x.type;
}

// init_var() initializes lhs with x, giving lhs x's (default) type if it
// has none yet.
void Checker::init_var(Var* lhs, Operand& x, std::string_view context) {
  if (x.invalid() || is_invalid(x.type) || (lhs->type && is_invalid(lhs->type))) {
    if (!lhs->type) lhs->type = basic_type(BasicKind::Invalid);
    lhs->used = true;  // avoid follow-on "declared and not used" errors
    x.mode = Mode::Invalid;
    return;
  }
  if (!lhs->type) {
    Type* t = x.type;
    if (lang::is_untyped(t)) {
      if (lang::is_basic(t, BasicKind::UntypedNil)) {
        error_at(x.expr, "use of untyped nil in " + std::string(context));
        lhs->type = basic_type(BasicKind::Invalid);
        lhs->used = true;
        x.mode = Mode::Invalid;
        return;
      }
      t = default_type(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.invalid()) lhs->used = true;
}

void Checker::assign_error(List<Expr> rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* call = as<CallExpr>(unparen(rhs0))) {
      error_at(rhs0, "assignment mismatch: " + vars + " but " + expr_string(call->fun) + " returns " + vals);
      return;
    }
  }
  error_at(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::return_error(Node* at, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  std::string qualifier = "not enough";
  const Node* pos = at;
  if (r > l) {
    pos = rhs[l].expr;
    qualifier = "too many";
  } else if (r > 0) {
    pos = rhs[r - 1].expr;
  }
  std::vector<Type*> have, want;
  for (const Operand& o : rhs) have.push_back(o.type);
  for (Var* v : lhs) want.push_back(v->type);
  error_at(pos, qualifier + " return values\n\thave " + types_summary(have, false) + "\n\twant " +
                    types_summary(want, false));
}

// init_vars() initializes lhs from rhs (a var declaration's values, a
// short variable declaration's, or a return statement's results).
void Checker::init_vars(std::vector<Var*> lhs, List<Expr> rhs, ReturnStmt* ret) {
  std::string_view context = ret ? "return statement" : "assignment";
  size_t l = lhs.size(), r = rhs.size();
  bool call = r == 1 && is_call(rhs[0]);
  if (l == r && !call) {
    for (size_t i = 0; i < l; ++i) {
      Operand x;
      expr(x, rhs[i]);
      init_var(lhs[i], x, context);
    }
    return;
  }
  if (r != 1) {
    if (use(rhs)) {
      cold([&] {
        if (!ret) return assign_error(rhs, l, r);
        std::vector<Operand> ops;
        for (Expr* e : rhs) {
          Operand o;
          o.mode = Mode::Value;
          o.expr = e;
          o.type = e->type;
          ops.push_back(o);
        }
        return_error(ret, lhs, ops);
      });
    }
    for (Var* v : lhs) {
      if (!v->type) v->type = basic_type(BasicKind::Invalid);
      v->used = true;
    }
    return;
  }
  bool comma_ok = false;
  std::vector<Operand> values = expr_list(rhs, l == 2 && !ret, &comma_ok);
  if (values.size() == l) {
    for (size_t i = 0; i < l; ++i) init_var(lhs[i], values[i], context);
    if (comma_ok && !values[0].invalid() && !values[1].invalid()) {
      record_comma_ok(types_, rhs[0], values[0].type, values[1].type, pkg_name_);
    }
    return;
  }
  if (!values.empty() && !values[0].invalid()) {
    cold([&] {
      if (ret) {
        return_error(ret, lhs, values);
      } else {
        assign_error(rhs, l, values.size());
      }
    });
  }
  for (Var* v : lhs) {
    if (!v->type) v->type = basic_type(BasicKind::Invalid);
    v->used = true;
  }
}

// assign_vars() is lhs = rhs.
void Checker::assign_vars(List<Expr> lhs, List<Expr> rhs) {
  size_t l = lhs.size(), r = rhs.size();
  bool call = r == 1 && is_call(rhs[0]);
  if (l == r && !call) {
    for (size_t i = 0; i < l; ++i) {
      Operand x;
      assign_var(lhs[i], rhs[i], x, "assignment");
    }
    return;
  }
  if (r != 1) {
    bool ok_lhs = true;
    for (Expr* e : lhs) {
      std::vector<Expr*> one{e};
      use_lhs(List<Expr>(one));
      ok_lhs = ok_lhs && e->mode != Mode::Invalid;
    }
    bool ok_rhs = use(rhs);
    if (ok_lhs && ok_rhs) assign_error(rhs, l, r);
    return;
  }
  bool comma_ok = false;
  std::vector<Operand> values = expr_list(rhs, l == 2, &comma_ok);
  if (values.size() == l) {
    for (size_t i = 0; i < l; ++i) assign_var(lhs[i], nullptr, values[i], "assignment");
    if (comma_ok && !values[0].invalid() && !values[1].invalid()) {
      record_comma_ok(types_, rhs[0], values[0].type, values[1].type, pkg_name_);
    }
    return;
  }
  if (!values.empty() && !values[0].invalid()) assign_error(rhs, l, values.size());
  use_lhs(lhs);
}

// short_var_decl() is lhs := rhs: the names not declared in this block
// are new variables (at least one must be); the others are assigned.
void Checker::short_var_decl(AssignStmt* s) {
  Scope* scope = scope_;
  std::vector<Var*> lhs_vars(s->lhs.size(), nullptr);
  std::vector<std::pair<Name*, Var*>> new_vars;
  std::vector<std::string_view> seen;
  bool has_err = false;
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    Expr* lhs = s->lhs[i];
    auto* ident = as<Name>(lhs);
    if (!ident) {
      use_lhs(List<Expr>(&s->lhs[i], 1));
      cold([&] { error_at(lhs, "non-name " + expr_string(lhs) + " on left side of :="); });
      has_err = true;
      continue;
    }
    std::string_view name = ident->value;
    if (name != "_") {
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        cold([&] { error_at(lhs, expr_string(lhs) + " repeated on left side of :="); });
        has_err = true;
        continue;
      }
      seen.push_back(name);
    }
    if (Object* alt = scope->lookup_local(name); alt && name != "_") {
      ident->obj = alt;
      if (alt->kind == ObjectKind::Var) {
        lhs_vars[i] = static_cast<Var*>(alt);
      } else {
        cold([&] { error_at(lhs, "cannot assign to " + expr_string(lhs)); });
        has_err = true;
      }
      continue;
    }
    Var* obj = pkg_.objects.var_(name, ident->pos, nullptr);
    obj->pkg = pkg_name_;
    lhs_vars[i] = obj;
    ident->obj = obj;
    if (name != "_") new_vars.push_back({ident, obj});
  }
  for (size_t i = 0; i < lhs_vars.size(); ++i) {
    if (!lhs_vars[i]) {
      lhs_vars[i] = pkg_.objects.var_("_", s->lhs[i]->pos, nullptr);
      lhs_vars[i]->pkg = pkg_name_;
    }
  }
  // Redeclared variables are assigned: their use state must not change.
  std::vector<std::pair<Var*, bool>> old_used;
  for (Var* v : lhs_vars) old_used.push_back({v, v->used});
  init_vars(lhs_vars, s->rhs, nullptr);
  for (auto& [v, used] : old_used) {
    bool is_new = false;
    for (auto& nv : new_vars) is_new = is_new || nv.second == v;
    if (!is_new && v->parent) v->used = used;
  }
  // record the lhs names' types
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    if (auto* n = as<Name>(s->lhs[i]); n && lhs_vars[i]->type) {
      record_type(n, Mode::Variable, lhs_vars[i]->type);
    }
  }
  if (new_vars.empty() && !has_err) {
    cold([&] { error(s->pos, "no new variables on left side of :="); });
    return;
  }
  for (auto& [ident, obj] : new_vars) {
    if (declare(scope, ident, obj)) locals_.push_back(obj);
  }
}

// local_var_spec() is a var declaration inside a function (types2's
// declStmt and varDecl): each name is initialized as in a package-level
// declaration, and declared after all of them.
void Checker::local_var_spec(VarSpec* v) {
  std::vector<Var*> lhs;
  for (Name* n : v->names) {
    Var* obj = pkg_.objects.var_(n->value, n->pos, nullptr);
    obj->pkg = pkg_name_;
    n->obj = obj;
    lhs.push_back(obj);
  }
  var_spec_init(v, lhs);
  size_t l = lhs.size();
  for (size_t i = 0; i < l; ++i) {
    Name* n = v->names[i];
    if (declare(scope_, n, lhs[i])) locals_.push_back(lhs[i]);
    record_type(n, Mode::Variable, lhs[i]->type);
  }
}

// var_spec_init() types and initializes the variables lhs of spec v
// (types2's varDecl for each, and arity).
void Checker::var_spec_init(VarSpec* v, std::vector<Var*>& lhs) {
  Type* t = v->type ? vartype(v->type) : nullptr;
  for (Var* obj : lhs) obj->type = t;
  size_t l = lhs.size(), r = v->values.size();
  if (r == l) {
    for (size_t i = 0; i < l; ++i) {
      Operand x;
      expr(x, v->values[i]);
      init_var(lhs[i], x, "variable declaration");
    }
  } else if (r == 1) {
    init_vars(lhs, v->values, nullptr);
  } else {
    for (size_t i = 0; i < l && i < r; ++i) {
      Operand x;
      expr(x, v->values[i]);
      init_var(lhs[i], x, "variable declaration");
    }
  }
  for (Var* obj : lhs) {
    if (!obj->type) obj->type = basic_type(BasicKind::Invalid);
  }
  if ((!v->type || r > 0) && (l < r || (l > r && r != 1))) {
    cold([&] {
      if (l < r) {
        error_at(v->values[l], "extra init expr " + expr_string(v->values[l]));
      } else {
        error(v->names[r]->pos, "missing init expr for " + std::string(v->names[r]->value));
      }
    });
  }
}

}  // namespace goro::lang::detail
