// check_stmts.cpp: function bodies (types2's stmt.go, as far as this slice
// goes): block scopes, local declarations, and "declared and not used".
#include <algorithm>

#include "check.hpp"

namespace goro::lang::detail {

void Checker::open_scope(ScopeKind kind) { scope_ = pkg_.objects.scope(kind, scope_); }
void Checker::close_scope() { scope_ = scope_->parent; }

// func_body() checks a body in its function's scope: the parameters and the
// body's outermost declarations share one block, as the spec says. The
// unused variables are reported when the enclosing top-level declaration
// ends (report_unused_locals()), closures included.
void Checker::func_body(BlockStmt* body, Scope* func_scope) {
  Scope* saved = scope_;
  scope_ = func_scope;
  stmts(body->stmts);
  scope_ = saved;
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
  v->pkg = "main";
  // A redeclared variable is not declared, so never reported unused.
  if (declare(scope_, n, v)) locals_.push_back(v);
  return v;
}

void Checker::stmts(List<Stmt> list) {
  for (Stmt* s : list) stmt(s);
}

void Checker::block(BlockStmt* b) {
  if (!b) return;
  open_scope();
  stmts(b->stmts);
  close_scope();
}

void Checker::stmt(Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case Kind::BlockStmt: block(static_cast<BlockStmt*>(s)); break;
    case Kind::ExprStmt: expr(static_cast<ExprStmt*>(s)->x); break;
    case Kind::SendStmt: {
      auto* send = static_cast<SendStmt*>(s);
      expr(send->chan);
      expr(send->value);
      break;
    }
    case Kind::DeclStmt: local_decl(static_cast<DeclStmt*>(s)->decl); break;
    case Kind::AssignStmt: {
      auto* a = static_cast<AssignStmt*>(s);
      if (a->op == Op::Def) {
        short_var_decl(a);
      } else {
        assign(a);
      }
      break;
    }
    case Kind::CallStmt: expr(static_cast<CallStmt*>(s)->call); break;
    case Kind::ReturnStmt: exprs(static_cast<ReturnStmt*>(s)->results); break;
    case Kind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); break;
    case Kind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      open_scope();
      stmt(i->init);
      expr(i->cond);
      block(i->then);
      stmt(i->els);
      close_scope();
      break;
    }
    case Kind::ForStmt: {
      auto* f = static_cast<ForStmt*>(s);
      open_scope();
      if (auto* r = as<RangeClause>(f->init)) {
        range_clause(r);
      } else {
        stmt(f->init);
      }
      expr(f->cond);
      stmt(f->post);
      block(f->body);
      close_scope();
      break;
    }
    case Kind::SwitchStmt: switch_stmt(static_cast<SwitchStmt*>(s)); break;
    case Kind::SelectStmt:
      for (CommClause* c : static_cast<SelectStmt*>(s)->body) {
        open_scope();
        stmt(c->comm);
        stmts(c->body);
        close_scope();
      }
      break;
    default: break;  // EmptyStmt, BranchStmt (labels: branches.hpp)
  }
}

// local_decl() declares a const, var or type inside a function. The scope
// of a constant or variable begins after its spec (var x = x refers to an
// outer x); a type's begins at its name, so local types may be recursive.
void Checker::local_decl(GenDecl* d) {
  if (!d) return;
  for (Decl* spec : d->specs) {
    if (auto* v = as<VarSpec>(spec)) {
      Type* t = v->type ? typexpr(v->type) : nullptr;
      exprs(v->values);
      if (t && v->values.size() == v->names.size()) {
        for (Expr* x : v->values) check_var_init(t, x);
      }
      for (Name* n : v->names) declare_local_var(n, t);
    } else if (auto* c = as<ConstSpec>(spec)) {
      const_spec_values(c);
      const_decl(c, scope_);
    } else if (auto* ts = as<TypeSpec>(spec)) {
      if (!ts->name) continue;
      TypeName* obj = pkg_.objects.type_name(ts->name->value, ts->name->pos, nullptr);
      obj->pkg = "main";
      Named* named = ts->alias ? nullptr : types_.named(obj, nullptr);
      obj->type = named;
      declare(scope_, ts->name, obj);
      if (!ts->tparams.empty()) open_scope();
      reject_tparams(ts->tparams, scope_);
      Type* rhs = typexpr(ts->type);
      if (!ts->tparams.empty()) close_scope();
      if (named) {
        named->underlying = rhs->kind == TypeKind::Named && !static_cast<Named*>(rhs)->underlying
                                ? basic_type(BasicKind::Invalid)
                                : underlying(rhs);
      } else {
        obj->type = rhs;
      }
    }
  }
}

// short_var_decl() is lhs := rhs: the names not yet declared in this block
// are new variables; the others are assigned (not used). At least one must
// be new.
void Checker::short_var_decl(AssignStmt* s) {
  exprs(s->rhs);
  bool any_new = false;
  for (Expr* x : s->lhs) {
    auto* n = as<Name>(x);
    if (!n) {
      expr(x);  // the parser has reported it
      any_new = true;
      continue;
    }
    if (n->value == "_") {
      continue;
    }
    if (Object* old = scope_->lookup_local(n->value)) {
      n->obj = old;
      continue;
    }
    any_new = true;
    declare_local_var(n, nullptr);
  }
  if (!any_new) error(s->pos, "no new variables on left side of :=");
}

// assign() is lhs = rhs, lhs op= rhs, or lhs++: only a plain assignment
// leaves a variable on its left unused (types2's lhsVar).
void Checker::assign(AssignStmt* s) {
  exprs(s->rhs);
  for (Expr* x : s->lhs) {
    auto* n = as<Name>(unparen(x));
    if (n && n->value == "_") continue;
    if (n && s->op == Op::None) {
      resolve(n, /*mark_used=*/false);
      continue;
    }
    expr(x);
  }
}

void Checker::range_clause(RangeClause* r) {
  expr(r->x);
  if (!r->def) {
    for (Expr* x : r->lhs) {
      auto* n = as<Name>(unparen(x));
      if (n && n->value == "_") continue;
      if (n) {
        resolve(n, /*mark_used=*/false);
      } else {
        expr(x);
      }
    }
    return;
  }
  for (Expr* x : r->lhs) {
    if (auto* n = as<Name>(x)) {
      declare_local_var(n, nullptr);
    } else {
      expr(x);
    }
  }
}

// switch_stmt(): a type switch's `v :=` declares one variable per clause;
// v is "declared and not used" (at the guard) only if no clause uses it.
void Checker::switch_stmt(SwitchStmt* s) {
  open_scope();
  stmt(s->init);
  auto* guard = as<TypeSwitchGuard>(s->tag);
  if (guard) {
    expr(guard->x);
  } else {
    expr(s->tag);
  }
  bool lhs_used = false;
  for (CaseClause* c : s->body) {
    if (guard) {
      for (Expr* t : c->cases) {
        // case nil: is a value, not a type.
        auto* n = as<Name>(unparen(t));
        Object* obj = n ? scope_->lookup(n->value) : nullptr;
        if (obj && obj->kind == ObjectKind::Nil) {
          n->obj = obj;
          continue;
        }
        typexpr(t);
      }
    } else {
      exprs(c->cases);
    }
    open_scope();
    Var* v = nullptr;
    if (guard && guard->lhs && guard->lhs->value != "_") {
      v = pkg_.objects.var_(guard->lhs->value, guard->lhs->pos, nullptr);
      v->pkg = "main";
      scope_->insert(v);
    }
    stmts(c->body);
    if (v && v->used) lhs_used = true;
    close_scope();
  }
  if (guard && guard->lhs && guard->lhs->value != "_" && !lhs_used) {
    error(guard->lhs->pos, "declared and not used: " + std::string(guard->lhs->value));
  }
  close_scope();
}

}  // namespace goro::lang::detail
