// Short-form printing, after cmd/compile/internal/syntax/printer.go in
// ShortForm (linebreaks off, literal bodies abbreviated).
#include "ast_print.hpp"

namespace goro::lang {

namespace {

class Printer {
 public:
  std::string out;

  void node(const Node* n);
  void exprs(List<Expr> xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i > 0) out += ", ";
      node(xs[i]);
    }
  }

 private:
  void names(List<Name> ns) {
    for (size_t i = 0; i < ns.size(); ++i) {
      if (i > 0) out += ", ";
      out += ns[i]->value;
    }
  }
  void body(bool empty) { out += empty ? "{}" : "{…}"; }
  void operation(const Operation* o);
  void slice(const SliceExpr* s);
  void params(List<Field> fields);
  void signature(const FuncType* t);
  void struct_fields(List<Field> fields);
  void interface_elems(List<Field> elems);
  void chan(const ChanType* c);
  void assign(const AssignStmt* a);
};

void Printer::node(const Node* n) {
  if (!n) return;
  switch (n->kind) {
    case Kind::BadExpr: out += "<bad expr>"; return;
    case Kind::Name: out += static_cast<const Name*>(n)->value; return;
    case Kind::BasicLit: out += static_cast<const BasicLit*>(n)->value; return;
    case Kind::FuncLit: {
      auto f = static_cast<const FuncLit*>(n);
      node(f->type);
      out += ' ';
      body(!f->body || f->body->stmts.empty());
      return;
    }
    case Kind::CompositeLit: {
      auto c = static_cast<const CompositeLit*>(n);
      node(c->type);
      body(c->elems.empty());
      return;
    }
    case Kind::ParenExpr:
      out += '(';
      node(static_cast<const ParenExpr*>(n)->x);
      out += ')';
      return;
    case Kind::SelectorExpr: {
      auto s = static_cast<const SelectorExpr*>(n);
      node(s->x);
      out += '.';
      node(s->sel);
      return;
    }
    case Kind::IndexExpr: {
      auto i = static_cast<const IndexExpr*>(n);
      node(i->x);
      out += '[';
      exprs(i->index);
      out += ']';
      return;
    }
    case Kind::SliceExpr: slice(static_cast<const SliceExpr*>(n)); return;
    case Kind::AssertExpr: {
      auto a = static_cast<const AssertExpr*>(n);
      node(a->x);
      out += ".(";
      node(a->type);
      out += ')';
      return;
    }
    case Kind::TypeSwitchGuard: {
      auto g = static_cast<const TypeSwitchGuard*>(n);
      if (g->lhs) {
        node(g->lhs);
        out += " := ";
      }
      node(g->x);
      out += ".(type)";
      return;
    }
    case Kind::CallExpr: {
      auto c = static_cast<const CallExpr*>(n);
      node(c->fun);
      out += '(';
      exprs(c->args);
      if (c->has_dots) out += "...";
      out += ')';
      return;
    }
    case Kind::Operation: operation(static_cast<const Operation*>(n)); return;
    case Kind::KeyValueExpr: {
      auto kv = static_cast<const KeyValueExpr*>(n);
      node(kv->key);
      out += ": ";
      node(kv->value);
      return;
    }
    case Kind::ArrayType: {
      auto a = static_cast<const ArrayType*>(n);
      out += '[';
      if (a->len) node(a->len); else out += "...";
      out += ']';
      node(a->elem);
      return;
    }
    case Kind::SliceType:
      out += "[]";
      node(static_cast<const SliceType*>(n)->elem);
      return;
    case Kind::DotsType:
      out += "...";
      node(static_cast<const DotsType*>(n)->elem);
      return;
    case Kind::StructType:
      out += "struct{";
      struct_fields(static_cast<const StructType*>(n)->fields);
      out += '}';
      return;
    case Kind::FuncType:
      out += "func";
      signature(static_cast<const FuncType*>(n));
      return;
    case Kind::InterfaceType:
      out += "interface{";
      interface_elems(static_cast<const InterfaceType*>(n)->elems);
      out += '}';
      return;
    case Kind::MapType: {
      auto m = static_cast<const MapType*>(n);
      out += "map[";
      node(m->key);
      out += ']';
      node(m->value);
      return;
    }
    case Kind::ChanType: chan(static_cast<const ChanType*>(n)); return;
    case Kind::ExprStmt: node(static_cast<const ExprStmt*>(n)->x); return;
    case Kind::SendStmt: {
      auto s = static_cast<const SendStmt*>(n);
      node(s->chan);
      out += " <- ";
      node(s->value);
      return;
    }
    case Kind::AssignStmt: assign(static_cast<const AssignStmt*>(n)); return;
    case Kind::RangeClause: {
      auto r = static_cast<const RangeClause*>(n);
      if (!r->lhs.empty()) {
        exprs(r->lhs);
        out += r->def ? " := " : " = ";
      }
      out += "range ";
      node(r->x);
      return;
    }
    default: return;  // statements other than simple ones are not printed in messages
  }
}

void Printer::operation(const Operation* o) {
  if (!o->y) {
    out += op_name(o->op);
    node(o->x);
    return;
  }
  node(o->x);
  out += ' ';
  out += op_name(o->op);
  out += ' ';
  node(o->y);
}

void Printer::slice(const SliceExpr* s) {
  node(s->x);
  out += '[';
  node(s->index[0]);
  out += ':';
  node(s->index[1]);
  if (s->index[2]) {
    out += ':';
    node(s->index[2]);
  }
  out += ']';
}

// params() prints (a, b int, c string): parameter types without the
// parentheses the compiler's tree would not have.
void Printer::params(List<Field> fields) {
  out += '(';
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ", ";
    if (!fields[i]->names.empty()) {
      names(fields[i]->names);
      out += ' ';
    }
    node(unparen(fields[i]->type));
  }
  out += ')';
}

void Printer::signature(const FuncType* t) {
  params(t->params);
  if (t->results.empty()) return;
  out += ' ';
  if (t->results.size() == 1 && t->results[0]->names.empty()) {
    node(t->results[0]->type);
  } else {
    params(t->results);
  }
}

void Printer::struct_fields(List<Field> fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    const Field* f = fields[i];
    if (i > 0) out += "; ";
    if (!f->names.empty()) {
      names(f->names);
      out += ' ';
    }
    node(f->type);
    if (f->tag) {
      out += ' ';
      node(f->tag);
    }
  }
}

void Printer::interface_elems(List<Field> elems) {
  for (size_t i = 0; i < elems.size(); ++i) {
    const Field* f = elems[i];
    if (i > 0) out += "; ";
    if (!f->names.empty() && f->type->kind == Kind::FuncType) {
      names(f->names);
      signature(static_cast<const FuncType*>(f->type));
    } else {
      node(f->type);
    }
  }
}

void Printer::chan(const ChanType* c) {
  if (c->dir == ChanDir::Recv) out += "<-";
  out += "chan";
  if (c->dir == ChanDir::Send) out += "<-";
  out += ' ';
  auto e = as<ChanType>(c->elem);
  if (c->dir == ChanDir::Both && e && e->dir == ChanDir::Recv) {
    out += '(';  // chan (<-chan T), not chan <-chan T
    node(c->elem);
    out += ')';
  } else {
    node(c->elem);
  }
}

void Printer::assign(const AssignStmt* a) {
  exprs(a->lhs);
  if (a->is_incdec()) {
    out += op_name(a->op);
    out += op_name(a->op);
    return;
  }
  out += ' ';
  out += op_name(a->op);  // "" for =, ":" for :=
  out += "= ";
  exprs(a->rhs);
}

}  // namespace

std::string node_string(const Node* n) {
  Printer p;
  p.node(n);
  return p.out;
}

std::string list_string(List<Expr> xs) {
  Printer p;
  p.exprs(xs);
  return p.out;
}

}  // namespace goro::lang
