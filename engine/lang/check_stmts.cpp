// check_stmts.cpp: function bodies and statements (types2's stmt.go):
// block scopes, local declarations, if/for/switch/select/range, send, go
// and defer, return, and "declared and not used". Branch statements and
// labels are the parser's (branches.hpp), as in the compiler.
#include <algorithm>

#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {

bool builtin_is_statement(BuiltinId id);  // check_builtins.cpp

void Checker::open_scope(ScopeKind kind) { scope_ = pkg_.objects.scope(kind, scope_); }
void Checker::close_scope() {
  if (scope_ && scope_->parent) scope_ = scope_->parent;
}

// func_body() checks a body in its function's scope: the parameters and the
// body's outermost declarations share one block, as the spec says. A body
// of a function with results must end in a terminating statement. The
// unused variables are reported when the enclosing top-level declaration
// ends (report_unused_locals()), closures included.
void Checker::func_body(BlockStmt* body, Signature* sig, Scope* func_scope) {
  Scope* saved = scope_;
  Signature* saved_sig = sig_;
  scope_ = func_scope;
  sig_ = sig;
  stmts(body->stmts, 0);
  if (sig && !sig->results->vars.empty() && !is_terminating_list(body->stmts, "")) {
    error(body->rbrace, "missing return");
  }
  scope_ = saved;
  sig_ = saved_sig;
}

void Checker::report_unused_locals() {
  std::stable_sort(locals_.begin(), locals_.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
  for (Var* v : locals_) {
    if (!v->used) error(v->pos, "declared and not used: " + std::string(v->name));
  }
  locals_.clear();
}

Var* Checker::declare_local_var(Name* n, Type* type) {
  Var* v = pkg_.objects.var_(n->value, n->pos, type);
  v->pkg = pkg_name_;
  // A redeclared variable is not declared, so never reported unused.
  if (declare(scope_, n, v)) locals_.push_back(v);
  if (type) record_type(n, Mode::Variable, type);
  return v;
}

void Checker::stmts(List<Stmt> list, unsigned ctxt) {
  for (Stmt* s : list) stmt(s, ctxt);
}

void Checker::block(BlockStmt* b, unsigned ctxt) {
  if (!b) return;
  open_scope();
  stmts(b->stmts, ctxt);
  close_scope();
}

namespace {

// expr_kind() is what types2's rawExpr returns for e: a conversion, an
// expression, or a statement (calls and receives, which may stand alone).
enum class ExprKind { Conversion, Expression, Statement };

ExprKind expr_kind(Expr* e) {
  e = unparen(e);
  if (auto* call = as<CallExpr>(e)) {
    Expr* fun = call->fun;
    if (fun->mode == Mode::TypeExpr) return ExprKind::Conversion;
    if (fun->mode == Mode::Builtin) {
      Expr* f = unparen(fun);
      Object* obj = nullptr;
      if (auto* n = as<Name>(f)) obj = n->obj;
      if (obj && obj->kind == ObjectKind::Builtin) {
        return builtin_is_statement(static_cast<Builtin*>(obj)->id) ? ExprKind::Statement : ExprKind::Expression;
      }
      return ExprKind::Expression;
    }
    return ExprKind::Statement;
  }
  if (auto* o = as<Operation>(e); o && o->op == Op::Recv && !o->y) return ExprKind::Statement;
  return ExprKind::Expression;
}

}  // namespace

// stmt() dispatches on the kind of statement; the statements that hold
// others (if, for, switch, select) and those that hold expressions are
// checked out of line (noinline, check.hpp), so that only the frame of the
// one in use is on the stack while what they hold is checked.
void Checker::stmt(Stmt* s, unsigned ctxt) {
  if (!s) return;
  DepthGuard depth(*this, s);
  if (depth.too_deep()) return;
  switch (s->kind) {
    case Kind::EmptyStmt:
    case Kind::BranchStmt: break;  // labels and branches: the parser's checks
    case Kind::BlockStmt: block(static_cast<BlockStmt*>(s), ctxt); break;
    case Kind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt, ctxt); break;
    case Kind::ExprStmt: expr_stmt(static_cast<ExprStmt*>(s)); break;
    case Kind::SendStmt: send_stmt(static_cast<SendStmt*>(s)); break;
    case Kind::DeclStmt: local_decl(static_cast<DeclStmt*>(s)->decl); break;
    case Kind::AssignStmt: assign_stmt(static_cast<AssignStmt*>(s)); break;
    case Kind::CallStmt: suspended_call(static_cast<CallStmt*>(s)); break;
    case Kind::ReturnStmt: return_stmt(static_cast<ReturnStmt*>(s)); break;
    case Kind::IfStmt: if_stmt(static_cast<IfStmt*>(s), ctxt); break;
    case Kind::ForStmt: {
      auto* f = static_cast<ForStmt*>(s);
      if (auto* r = as<RangeClause>(f->init)) {
        range_stmt(f, r, ctxt);
      } else {
        for_stmt(f, ctxt);
      }
      break;
    }
    case Kind::SwitchStmt: {
      auto* sw = static_cast<SwitchStmt*>(s);
      open_scope();
      stmt(sw->init, 0);
      if (auto* g = as<TypeSwitchGuard>(sw->tag)) {
        type_switch_stmt(sw, g, ctxt);
      } else {
        switch_stmt(sw, ctxt);
      }
      close_scope();
      break;
    }
    case Kind::SelectStmt: select_stmt(static_cast<SelectStmt*>(s), ctxt); break;
    default: cold([&] { error_at(s, "invalid statement"); }); break;
  }
}

void Checker::expr_stmt(ExprStmt* es) {
  Operand x;
  raw_expr(x, es->x, nullptr);
  const char* msg = nullptr;
  switch (x.mode) {
    case Mode::Invalid: return;
    case Mode::Builtin: msg = "must be called"; break;
    case Mode::TypeExpr: msg = "is not an expression"; break;
    default:
      if (expr_kind(es->x) == ExprKind::Statement) return;
      msg = "is not used";
  }
  cold([&] { error_at(es->x, operand_string(x) + " " + msg); });
}

void Checker::send_stmt(SendStmt* send) {
  Operand ch, val;
  expr(ch, send->chan);
  expr(val, send->value);
  if (ch.invalid() || val.invalid()) return;
  if (Type* elem = send_elem(send, ch)) assignment(val, elem, "send");
}

// send_elem() is the element type of ch, sent to by s; null, reported, if
// ch cannot be sent to.
Type* Checker::send_elem(SendStmt* s, Operand& ch) {
  Type* u = core_type(ch.type);
  if (!u) {
    error_at(s, "invalid operation: cannot send to " + operand_string(ch) + ": no core type");
    return nullptr;
  }
  if (u->kind != TypeKind::Chan) {
    error_at(s, "invalid operation: cannot send to non-channel " + operand_string(ch));
    return nullptr;
  }
  if (static_cast<Chan*>(u)->dir == ChanDir::Recv) {
    error_at(s, "invalid operation: cannot send to receive-only channel " + operand_string(ch));
    return nullptr;
  }
  return static_cast<Chan*>(u)->elem;
}

void Checker::if_stmt(IfStmt* i, unsigned ctxt) {
  open_scope();
  stmt(i->init, 0);
  Operand x;
  expr(x, i->cond);
  if (!x.invalid() && !all_boolean(x.type)) {
    cold([&] { error_at(i->cond, "non-boolean condition in if statement"); });
  }
  block(i->then, ctxt);
  stmt(i->els, ctxt);
  close_scope();
}

void Checker::for_stmt(ForStmt* f, unsigned ctxt) {
  open_scope();
  stmt(f->init, 0);
  if (f->cond) {
    Operand x;
    expr(x, f->cond);
    if (!x.invalid() && !all_boolean(x.type)) {
      cold([&] { error_at(f->cond, "non-boolean condition in for statement"); });
    }
  }
  stmt(f->post, 0);
  if (auto* post = as<AssignStmt>(f->post); post && post->op == Op::Def) {
    cold([&] { error_at(post, "cannot declare in post statement of for loop"); });
  }
  block(f->body, ctxt);
  close_scope();
}

void Checker::assign_stmt(AssignStmt* s) {
  if (s->is_incdec()) {
    if (s->lhs.size() != 1) return;
    Operand x;
    expr(x, s->lhs[0]);
    if (x.invalid()) return;
    if (!all_numeric(x.type)) {
      cold([&] {
        std::string op(kOpNames[size_t(s->op)]);
        error_at(s->lhs[0], "invalid operation: " + expr_string(s->lhs[0]) + op + op + " (non-numeric type " +
                                tstr(x.type) + ")");
      });
      return;
    }
    assign_var(s->lhs[0], nullptr, x, "assignment");
    return;
  }
  if (s->op == Op::None) {
    assign_vars(s->lhs, s->rhs);
    return;
  }
  if (s->op == Op::Def) {
    short_var_decl(s);
    return;
  }
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    cold([&] {
      error_at(s, "assignment operation " + std::string(kOpNames[size_t(s->op)]) +
                      "= requires single-valued expressions");
    });
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], s->op, s->pos);
  assign_var(s->lhs[0], nullptr, x, "assignment operation");
}

void Checker::suspended_call(CallStmt* s) {
  const char* keyword = s->tok == Tok::Go ? "go" : "defer";
  if (!as<CallExpr>(s->call)) {
    cold([&] { error_at(s->call, std::string("expression in ") + keyword + " must be function call"); });
    use(s->call);
    return;
  }
  Operand x;
  raw_expr(x, s->call, nullptr);
  if (x.invalid()) return;
  const char* msg = nullptr;
  switch (expr_kind(s->call)) {
    case ExprKind::Conversion: msg = "requires function call, not conversion"; break;
    case ExprKind::Expression: msg = "discards result of"; break;
    case ExprKind::Statement: return;
  }
  cold([&] { error_at(s->call, std::string(keyword) + " " + msg + " " + operand_string(x)); });
}

void Checker::return_stmt(ReturnStmt* s) {
  if (!sig_) return;
  const auto& res = sig_->results->vars;
  if (s->results.empty() && !res.empty() && !res[0]->name.empty()) {
    for (Var* obj : res) {
      Object* alt = lookup(obj->name);
      if (alt && alt != obj) {
        cold([&] {
          error_at(s, "result parameter " + std::string(obj->name) + " not in scope at return\n\t" +
                          pos_string(alt->pos) + ": inner declaration of " + std::string(obj->name));
        });
      }
    }
    return;
  }
  if (!s->results.empty() || !res.empty()) init_vars(res, s->results, s);
}

// local_decl() declares a const, var or type inside a function. The scope
// of a constant or variable begins after its spec (var x = x refers to an
// outer x); a type's begins at its name, so local types may be recursive.
void Checker::local_decl(GenDecl* d) {
  if (!d) return;
  for (Decl* spec : d->specs) {
    if (auto* v = as<VarSpec>(spec)) {
      local_var_spec(v);
    } else if (auto* c = as<ConstSpec>(spec)) {
      const_decl(c, scope_);
    } else if (auto* ts = as<TypeSpec>(spec)) {
      local_type_decl(ts);
    }
  }
}

void Checker::switch_stmt(SwitchStmt* s, unsigned ctxt) {
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    switch_tag(x);
  } else {
    switch_true(x, s);
  }
  CaseValues seen;
  const CaseClause* first_default = nullptr;
  for (CaseClause* clause : s->body) {
    if (clause->cases.empty()) {
      if (first_default) {
        cold([&] { error(clause->pos, "multiple defaults (first at " + pos_string(first_default->pos) + ")"); });
      } else {
        first_default = clause;
      }
    }
    for (Expr* e : clause->cases) switch_case(x, e, seen);
    open_scope();
    stmts(clause->body, ctxt);
    close_scope();
  }
}

// switch_tag() checks switch x {...}'s tag x, checked.
void Checker::switch_tag(Operand& x) {
  assignment(x, nullptr, "switch expression");
  if (!x.invalid() && !comparable(x.type) && !has_nil(x.type)) {
    error_at(x.expr, "cannot switch on " + operand_string(x) + " (" + tstr(x.type) + " is not comparable)");
    x.mode = Mode::Invalid;
  }
}

// switch_true() is the tag of switch {...}: the constant true.
void Checker::switch_true(Operand& x, SwitchStmt* s) {
  Name* t = file_.arena.make<Name>(s->body.empty() ? s->rbrace : s->body[0]->pos);
  t->value = "true";
  x = Operand{Mode::Constant, t, basic_type(BasicKind::Bool), constant::make_bool(true)};
}

// switch_case() checks a case e of an expression switch on x (invalid if
// there is none to compare with), reporting duplicate constants (seen:
// types2's valueMap, the constant cases so far).
void Checker::switch_case(Operand& x, Expr* e, CaseValues& seen) {
  Operand v;
  expr(v, e);
  if (x.invalid() || v.invalid()) return;
  convert_untyped(v, x.type);
  if (v.invalid()) return;
  Operand res = v;
  Operand tag = x;
  comparison(res, tag, Op::Eql, true);
  if (res.invalid()) return;
  if (v.mode != Mode::Constant) return;
  std::string key;
  switch (v.val.kind()) {
    case constant::Kind::Int:
      if (auto i = constant::int64_val(v.val)) key = "i" + std::to_string(*i);
      else if (auto u = constant::uint64_val(v.val)) key = "u" + std::to_string(*u);
      break;
    case constant::Kind::Float: {
      auto f = constant::float64_val(v.val);
      char buf[64];
      std::snprintf(buf, sizeof buf, "f%.17g", f.value);
      key = buf;
      break;
    }
    case constant::Kind::String: key = "s" + constant::string_val(v.val); break;
    default: break;
  }
  if (key.empty()) return;
  auto& list = seen[key];
  for (auto& [t, pos] : list) {
    if (identical(v.type, t)) {
      error_at(v.expr, "duplicate case " + operand_string(v) + " in expression switch\n\t" + pos_string(pos) +
                           ": previous case");
      return;
    }
  }
  list.push_back({v.type, start_pos(v.expr)});
}

void Checker::type_switch_stmt(SwitchStmt* s, TypeSwitchGuard* guard, unsigned ctxt) {
  Name* lhs = guard->lhs;
  if (lhs) {
    if (lhs->value == "_") {
      cold([&] { error(lhs->pos, "no new variable on left side of :="); });
      lhs = nullptr;
    } else {
      lhs->obj = nullptr;
    }
  }
  Operand x;
  expr(x, guard->x);
  Operand* sx = type_switch_guard(x, guard);
  std::vector<Var*> lhs_vars;
  std::vector<std::pair<Type*, Expr*>> seen;  // null type: nil
  const CaseClause* first_default = nullptr;
  for (CaseClause* clause : s->body) {
    if (clause->cases.empty()) {
      if (first_default) {
        cold([&] { error(clause->pos, "multiple defaults (first at " + pos_string(first_default->pos) + ")"); });
      } else {
        first_default = clause;
      }
    }
    Type* t = nullptr;
    for (Expr* e : clause->cases) t = type_switch_case(e, sx, seen);
    open_scope();
    if (lhs) {
      Type* vt = t;
      if (clause->cases.size() != 1 || !t) vt = sx ? sx->type : basic_type(BasicKind::Invalid);
      Var* v = pkg_.objects.var_(lhs->value, lhs->pos, vt);
      v->pkg = pkg_name_;
      scope_->insert(v);
      clause->implicit = v;
      lhs_vars.push_back(v);
    }
    stmts(clause->body, ctxt);
    close_scope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhs_vars) used = used || v->used;
    if (!used) cold([&] { error(lhs->pos, "declared and not used: " + std::string(lhs->value)); });
  }
}

// type_switch_guard() checks the x, checked, of switch x.(type): the
// operand the cases are asserted against, null if it is not an interface.
Operand* Checker::type_switch_guard(Operand& x, TypeSwitchGuard* guard) {
  Operand* sx = nullptr;
  if (!x.invalid()) {
    if (is_type_param(x.type)) {
      error_at(x.expr, "cannot use type switch on type parameter value " + operand_string(x));
    } else if (lang::is_interface(x.type)) {
      sx = &x;
    } else {
      error_at(x.expr, operand_string(x) + " is not an interface");
    }
  }
  record_type(guard, x.invalid() ? Mode::Invalid : Mode::Value, x.type);
  return sx;
}

// type_switch_case() checks a case e of a type switch on sx (null if not
// an interface), reporting duplicates (seen: the cases so far, a null type
// for nil). It returns the case's type (null for nil), which the clause
// variable takes in a clause of one case.
Type* Checker::type_switch_case(Expr* e, Operand* sx, std::vector<std::pair<Type*, Expr*>>& seen) {
  bool is_nil = false;
  if (auto* n = as<Name>(unparen(e))) {
    Object* obj = lookup(n->value);
    is_nil = obj && obj->kind == ObjectKind::Nil;
  }
  Type* t = nullptr;
  if (is_nil) {
    Operand dummy;
    expr(dummy, e);
    if (sx) update_expr_type(e, sx->type, true);
  } else {
    t = vartype(e);
    if (is_invalid(t)) return t;
  }
  for (auto& [other, at] : seen) {
    if ((!t && !other) || (t && other && identical(t, other))) {
      error_at(e, "duplicate case " + (t ? tstr(t) : std::string("nil")) + " in type switch\n\t" +
                      pos_string(start_pos(at)) + ": previous case");
      return t;
    }
  }
  seen.push_back({t, e});
  if (sx && t) type_assertion(e, *sx, t, true);
  return t;
}

void Checker::select_stmt(SelectStmt* s, unsigned ctxt) {
  const CommClause* first_default = nullptr;
  for (CommClause* clause : s->body) {
    if (!clause->comm) {
      if (first_default) {
        cold([&] { error(clause->pos, "multiple defaults (first at " + pos_string(first_default->pos) + ")"); });
      } else {
        first_default = clause;
      }
    }
    bool valid = false;
    Expr* rhs = nullptr;
    if (!clause->comm || as<SendStmt>(clause->comm)) {
      valid = true;
    } else if (auto* a = as<AssignStmt>(clause->comm)) {
      if (a->rhs.size() == 1) rhs = a->rhs[0];
    } else if (auto* es = as<ExprStmt>(clause->comm)) {
      rhs = es->x;
    }
    if (rhs) {
      if (auto* o = as<Operation>(unparen(rhs)); o && !o->y && o->op == Op::Recv) valid = true;
    }
    if (!valid) {
      cold([&] { error_at(clause->comm, "select case must be send or receive (possibly with assignment)"); });
      continue;
    }
    open_scope();
    stmt(clause->comm, 0);
    stmts(clause->body, ctxt);
    close_scope();
  }
}

// range_stmt() is for k, v := range x {...}; the iteration's types and
// variables are checked out of line (range_types(), range_vars()).
void Checker::range_stmt(ForStmt* f, RangeClause* r, unsigned ctxt) {
  Operand x;
  expr(x, r->x);
  Type* key = nullptr;
  Type* val = nullptr;
  bool over_int = range_types(x, r, &key, &val);
  open_scope();
  range_vars(f, r, x, key, val, over_int);
  block(f->body, ctxt);
  close_scope();
}

// range_types() sets *key and *val to the types of the iteration values
// of range x (x checked; null for none or on errors, which it reports).
// True for a range over an integer.
bool Checker::range_types(Operand& x, RangeClause* r, Type** key_type, Type** val_type) {
  Expr* val_expr = r->lhs.size() > 1 ? r->lhs[1] : nullptr;
  Expr* extra = r->lhs.size() > 2 ? r->lhs[2] : nullptr;
  Type* key = nullptr;
  Type* val = nullptr;
  bool over_int = false;
  if (!x.invalid()) {
    Type* u = core_type(x.type);
    if (u && u->kind == TypeKind::Pointer) {
      Type* a = underlying(static_cast<Pointer*>(u)->elem);
      if (a && a->kind == TypeKind::Array) u = a;
    }
    std::string cause;
    bool ok = true;
    if (!u) {
      cause = "no core type";
      ok = false;
    } else {
      switch (u->kind) {
        case TypeKind::Basic:
          if (is_string(u)) {
            key = basic_type(BasicKind::Int);
            val = rune_type();
          } else if (is_integer(u)) {
            key = x.type;
            over_int = true;
          } else {
            ok = false;
          }
          break;
        case TypeKind::Array:
          key = basic_type(BasicKind::Int);
          val = static_cast<Array*>(u)->elem;
          break;
        case TypeKind::Slice:
          key = basic_type(BasicKind::Int);
          val = static_cast<Slice*>(u)->elem;
          break;
        case TypeKind::Map:
          key = static_cast<Map*>(u)->key;
          val = static_cast<Map*>(u)->elem;
          break;
        case TypeKind::Chan:
          if (static_cast<Chan*>(u)->dir == ChanDir::Send) {
            cause = "receive from send-only channel";
            ok = false;
          } else {
            key = static_cast<Chan*>(u)->elem;
          }
          break;
        default: ok = false;
      }
    }
    if (!ok) {
      if (!cause.empty()) {
        error_at(x.expr, "cannot range over " + operand_string(x) + ": " + cause);
      } else {
        error_at(x.expr, "cannot range over " + operand_string(x));
      }
      key = val = nullptr;
    } else if (val_expr && !val) {
      error_at(val_expr, "range over " + operand_string(x) + " permits only one iteration variable");
    } else if (extra) {
      error_at(extra, "range clause permits at most two iteration variables");
    }
  }
  *key_type = key;
  *val_type = val;
  return over_int;
}

// range_vars() declares or assigns the iteration variables of range x.
void Checker::range_vars(ForStmt* f, RangeClause* r, Operand& x, Type* key, Type* val, bool over_int) {
  Expr* key_expr = r->lhs.size() > 0 ? r->lhs[0] : nullptr;
  Expr* val_expr = r->lhs.size() > 1 ? r->lhs[1] : nullptr;
  Expr* lhs[2] = {key_expr, val_expr};
  Type* rhs[2] = {key, val};
  if (r->def) {
    std::vector<std::pair<Name*, Var*>> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      Var* obj;
      auto* ident = as<Name>(lhs[i]);
      if (ident) {
        obj = pkg_.objects.var_(ident->value, ident->pos, nullptr);
        obj->pkg = pkg_name_;
        ident->obj = obj;
        if (ident->value != "_") vars.push_back({ident, obj});
      } else {
        error_at(lhs[i], "cannot declare " + expr_string(lhs[i]));
        obj = pkg_.objects.var_("_", lhs[i]->pos, nullptr);
      }
      Type* t = rhs[i];
      if (!t || is_invalid(t)) {
        obj->type = basic_type(BasicKind::Invalid);
        obj->used = true;
        continue;
      }
      if (over_int) {
        init_var(obj, x, "range clause");
      } else {
        Operand y{Mode::Value, lhs[i], t};
        init_var(obj, y, "assignment");
      }
      if (ident) record_type(ident, Mode::Variable, obj->type);
    }
    if (!vars.empty()) {
      for (auto& [ident, obj] : vars) {
        if (declare(scope_, ident, obj)) locals_.push_back(obj);
      }
    } else if (!r->lhs.empty()) {
      error(f->pos, "no new variables on left side of :=");
    }
  } else if (key_expr) {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      Type* t = rhs[i];
      if (!t || is_invalid(t)) continue;
      if (over_int) {
        assign_var(lhs[i], nullptr, x, "range clause");
        if (!x.invalid() && !is_integer(x.type)) {
          error_at(lhs[i], "cannot use iteration variable of type " + tstr(x.type));
        }
      } else {
        Operand y{Mode::Value, lhs[i], t};
        assign_var(lhs[i], nullptr, y, "assignment");
      }
    }
  } else if (over_int) {
    assignment(x, nullptr, "range clause");
  }
}

}  // namespace goro::lang::detail
