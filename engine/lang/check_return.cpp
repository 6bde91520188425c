// check_return.cpp: terminating statements (types2's return.go, the
// spec's "Terminating statements"), for "missing return".
#include "check.hpp"

namespace goro::lang::detail {
namespace {

bool is_panic_call(Expr* e) {
  auto* call = as<CallExpr>(unparen(e));
  if (!call) return false;
  auto* n = as<Name>(unparen(call->fun));
  return n && n->obj && n->obj->kind == ObjectKind::Builtin && static_cast<Builtin*>(n->obj)->id == BuiltinId::Panic;
}

}  // namespace

bool Checker::is_terminating(Stmt* s, std::string_view label) {
  if (!s) return false;
  switch (s->kind) {
    case Kind::LabeledStmt: {
      auto* l = static_cast<LabeledStmt*>(s);
      return is_terminating(l->stmt, l->label ? l->label->value : std::string_view());
    }
    case Kind::ExprStmt: return is_panic_call(static_cast<ExprStmt*>(s)->x);
    case Kind::ReturnStmt: return true;
    case Kind::BranchStmt: {
      Tok t = static_cast<BranchStmt*>(s)->tok;
      return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case Kind::BlockStmt: return is_terminating_list(static_cast<BlockStmt*>(s)->stmts, "");
    case Kind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      return i->els && is_terminating(i->then, "") && is_terminating(i->els, "");
    }
    case Kind::SwitchStmt: {
      bool has_default = false;
      for (CaseClause* c : static_cast<SwitchStmt*>(s)->body) {
        if (c->cases.empty()) has_default = true;
        if (!is_terminating_list(c->body, "") || has_break_list(c->body, label, true)) return false;
      }
      return has_default;
    }
    case Kind::SelectStmt:
      for (CommClause* c : static_cast<SelectStmt*>(s)->body) {
        if (!is_terminating_list(c->body, "") || has_break_list(c->body, label, true)) return false;
      }
      return true;
    case Kind::ForStmt: {
      auto* f = static_cast<ForStmt*>(s);
      if (as<RangeClause>(f->init)) return false;  // a range loop ends
      return !f->cond && !has_break(f->body, label, true);
    }
    default: return false;
  }
}

bool Checker::is_terminating_list(List<Stmt> list, std::string_view label) {
  for (size_t i = list.size(); i > 0; --i) {
    if (list[i - 1]->kind != Kind::EmptyStmt) return is_terminating(list[i - 1], label);
  }
  return false;
}

// has_break() is whether s is or contains a break of the statement
// labeled label, or (implicit) of the closest enclosing breakable one.
bool Checker::has_break(Stmt* s, std::string_view label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case Kind::LabeledStmt: return has_break(static_cast<LabeledStmt*>(s)->stmt, label, implicit);
    case Kind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok != Tok::Break) return false;
      if (!b->label) return implicit;
      return !label.empty() && b->label->value == label;
    }
    case Kind::BlockStmt: return has_break_list(static_cast<BlockStmt*>(s)->stmts, label, implicit);
    case Kind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      return has_break(i->then, label, implicit) || (i->els && has_break(i->els, label, implicit));
    }
    case Kind::SwitchStmt:
      if (label.empty()) return false;
      for (CaseClause* c : static_cast<SwitchStmt*>(s)->body) {
        if (has_break_list(c->body, label, false)) return true;
      }
      return false;
    case Kind::SelectStmt:
      if (label.empty()) return false;
      for (CommClause* c : static_cast<SelectStmt*>(s)->body) {
        if (has_break_list(c->body, label, false)) return true;
      }
      return false;
    case Kind::ForStmt:
      return !label.empty() && has_break(static_cast<ForStmt*>(s)->body, label, false);
    default: return false;
  }
}

bool Checker::has_break_list(List<Stmt> list, std::string_view label, bool implicit) {
  for (Stmt* s : list) {
    if (has_break(s, label, implicit)) return true;
  }
  return false;
}

}  // namespace goro::lang::detail
