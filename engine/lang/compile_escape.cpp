// Escape analysis, the simple kind: a variable lives in a heap cell when a
// closure captures it or its address is taken (&x, &x.f, x[:] of an array,
// a pointer-receiver method called on it, an array indexed at run time), so
// that every alias sees one variable. Everything else stays in registers.
#include "compiler.hpp"

namespace goro::lang::detail {

namespace {

// Walker visits every node of a function body, tracking the FuncLits it is
// inside of, to find the variables referenced from an inner function.
struct Walker {
  Compiler& c;
  std::unordered_set<const Var*>& out;
  std::vector<std::unordered_set<const Var*>> declared;  // per FuncLit depth
  // free_order: free-variable mode (free_vars()): a name counts when it is
  // declared outside every FuncLit entered, and is listed in order.
  std::vector<const Var*>* free_order = nullptr;
  std::unordered_set<const Var*> free_seen;

  const Var* var_of(Expr* x) {
    auto* n = as<Name>(unparen(x));
    return n && n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
  }

  // root() is the variable at the base of an addressable expression x.f[2].g.
  const Var* root(Expr* x) {
    for (;;) {
      x = unparen(x);
      if (auto* s = as<SelectorExpr>(x)) {
        if (s->x->type && underlying(s->x->type)->kind == TypeKind::Pointer) return nullptr;
        x = s->x;
        continue;
      }
      if (auto* i = as<IndexExpr>(x)) {
        if (i->x->type && underlying(i->x->type)->kind != TypeKind::Array) return nullptr;
        x = i->x;
        continue;
      }
      return var_of(x);
    }
  }

  void note_decl(const Var* v) {
    if (!declared.empty()) declared.back().insert(v);
  }

  void name(Name* n) {
    auto* v = n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
    if (!v || declared.empty() || v->parent == nullptr) return;
    if (v->parent->kind == ScopeKind::Package || v->parent->kind == ScopeKind::Universe) return;
    if (v->is_field) return;
    if (free_order) {
      for (auto& d : declared)
        if (d.count(v)) return;
      if (free_seen.insert(v).second) free_order->push_back(v);
      return;
    }
    // Declared outside the innermost FuncLit we are in: captured.
    if (!declared.back().count(v)) out.insert(v);
  }

  void expr(Expr* x);
  void node(Node* n);
};

void Walker::expr(Expr* x) {
  if (!x) return;
  switch (x->kind) {
    case Kind::Name: name(static_cast<Name*>(x)); return;
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (o->op == Op::And && !o->y)
        if (const Var* v = root(o->x)) out.insert(v);
      expr(o->x);
      expr(o->y);
      return;
    }
    case Kind::SliceExpr: {
      auto* s = static_cast<SliceExpr*>(x);
      if (s->x->type && underlying(s->x->type)->kind == TypeKind::Array)
        if (const Var* v = root(s->x)) out.insert(v);
      expr(s->x);
      for (Expr* i : s->index) expr(i);
      return;
    }
    case Kind::IndexExpr: {
      auto* i = static_cast<IndexExpr*>(x);
      if (i->x->type && underlying(i->x->type)->kind == TypeKind::Array && !i->index.empty() &&
          i->index[0]->mode != Mode::Constant)
        if (const Var* v = root(i->x)) out.insert(v);
      expr(i->x);
      for (Expr* e : i->index) expr(e);
      return;
    }
    case Kind::SelectorExpr: {
      auto* s = static_cast<SelectorExpr*>(x);
      // x.M() or x.M with a pointer receiver on an addressable value: &x.
      if (s->selection && s->selection->kind == SelectionKind::MethodVal) {
        auto* f = static_cast<Func*>(s->selection->obj);
        if (f->has_ptr_recv && s->x->type && underlying(s->x->type)->kind != TypeKind::Pointer)
          if (const Var* v = root(s->x)) out.insert(v);
      }
      expr(s->x);
      return;
    }
    case Kind::FuncLit: {
      declared.emplace_back();
      node(static_cast<FuncLit*>(x)->type);
      node(static_cast<FuncLit*>(x)->body);
      declared.pop_back();
      return;
    }
    case Kind::CompositeLit:
      for (Expr* e : static_cast<CompositeLit*>(x)->elems) expr(e);
      return;
    case Kind::KeyValueExpr:
      expr(static_cast<KeyValueExpr*>(x)->key);
      expr(static_cast<KeyValueExpr*>(x)->value);
      return;
    case Kind::ParenExpr: expr(static_cast<ParenExpr*>(x)->x); return;
    case Kind::AssertExpr: expr(static_cast<AssertExpr*>(x)->x); return;
    case Kind::TypeSwitchGuard: expr(static_cast<TypeSwitchGuard*>(x)->x); return;
    case Kind::CallExpr: {
      auto* c = static_cast<CallExpr*>(x);
      expr(c->fun);
      for (Expr* a : c->args) expr(a);
      return;
    }
    default: return;  // types
  }
}

void Walker::node(Node* n) {
  if (!n) return;
  switch (n->kind) {
    case Kind::FuncType:
      for (Field* f : static_cast<FuncType*>(n)->params)
        for (Name* nm : f->names) note_decl(var_of(nm));
      for (Field* f : static_cast<FuncType*>(n)->results)
        for (Name* nm : f->names) note_decl(var_of(nm));
      return;
    case Kind::BlockStmt:
      for (Stmt* s : static_cast<BlockStmt*>(n)->stmts) node(s);
      return;
    case Kind::ExprStmt: expr(static_cast<ExprStmt*>(n)->x); return;
    case Kind::SendStmt:
      expr(static_cast<SendStmt*>(n)->chan);
      expr(static_cast<SendStmt*>(n)->value);
      return;
    case Kind::DeclStmt:
      for (Decl* d : static_cast<DeclStmt*>(n)->decl->specs)
        if (auto* vs = as<VarSpec>(d)) {
          for (Name* nm : vs->names) note_decl(var_of(nm));
          for (Expr* v : vs->values) expr(v);
        }
      return;
    case Kind::AssignStmt: {
      auto* a = static_cast<AssignStmt*>(n);
      for (Expr* l : a->lhs) {
        if (a->op == Op::Def)
          if (const Var* v = var_of(l); v && !declared.empty() && !declared.back().count(v) &&
                                        v->pos.line == l->pos.line && v->pos.col == l->pos.col) {
            note_decl(v);
            continue;
          }
        expr(l);
      }
      for (Expr* r : a->rhs) expr(r);
      return;
    }
    case Kind::LabeledStmt: node(static_cast<LabeledStmt*>(n)->stmt); return;
    case Kind::CallStmt: expr(static_cast<CallStmt*>(n)->call); return;
    case Kind::ReturnStmt:
      for (Expr* r : static_cast<ReturnStmt*>(n)->results) expr(r);
      return;
    case Kind::IfStmt: {
      auto* s = static_cast<IfStmt*>(n);
      node(s->init);
      expr(s->cond);
      node(s->then);
      node(s->els);
      return;
    }
    case Kind::ForStmt: {
      auto* s = static_cast<ForStmt*>(n);
      node(s->init);
      expr(s->cond);
      node(s->post);
      node(s->body);
      return;
    }
    case Kind::RangeClause: {
      auto* r = static_cast<RangeClause*>(n);
      for (Expr* l : r->lhs) {
        if (r->def) note_decl(var_of(l));
        else expr(l);
      }
      expr(r->x);
      return;
    }
    case Kind::SwitchStmt: {
      auto* s = static_cast<SwitchStmt*>(n);
      node(s->init);
      expr(s->tag);
      for (CaseClause* cc : s->body) {
        if (cc->implicit) note_decl(cc->implicit);
        for (Expr* e : cc->cases) expr(e);
        for (Stmt* st : cc->body) node(st);
      }
      return;
    }
    case Kind::SelectStmt:
      for (CommClause* cc : static_cast<SelectStmt*>(n)->body) {
        node(cc->comm);
        for (Stmt* st : cc->body) node(st);
      }
      return;
    default: return;
  }
}

}  // namespace

// free_vars() lists the variables lit refers to that are declared outside
// it (and are not package-level): what its closure captures, in order of
// first use.
std::vector<const Var*> Compiler::free_vars(FuncLit* lit) {
  std::unordered_set<const Var*> seen;
  std::vector<const Var*> order;
  Walker w{*this, seen, {}, &order};
  w.expr(lit);
  return order;
}

// find_escapes() analyses one top-level function body (closures inside it
// included); its results stay valid for the closures compiled later.
void Compiler::find_escapes(Node* body, FuncState* fs) {
  if (!body || fs->outer) return;  // closures were analysed with their outermost function
  Walker w{*this, escaping_, {}};
  w.node(body);
}

// find_escapes_in() analyses a package-level variable's initializer, whose
// function literals are the outermost functions there.
void Compiler::find_escapes_in(Expr* init) {
  Walker w{*this, escaping_, {}};
  w.expr(init);
}

}  // namespace goro::lang::detail
