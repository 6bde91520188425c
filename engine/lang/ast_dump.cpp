// The dump form. Changes here must also be made in tests/lang/astdump/main.go.
//
// A node is "(tag attr... child...)": attributes on the tag's line, each
// child on a line of its own, indented two spaces deeper; ")" follows the
// last child. An absent child is "nil"; a list is "(list child...)".
// Positions are "L:C" ("-" if unknown); names and literal texts are quoted,
// bytes outside printable ASCII (and " and \) written \xHH, \" and \\.
//
//   (file POS NAME (list DECL...))
//   (gendecl TOK POS LPAREN RPAREN (list SPEC...))     TOK: import const type var
//   (import LOCALNAME|nil PATH)
//   (const iota=N [from=K|from=-] (list NAME...) TYPE|nil (list VALUE...))
//                    from: a spec without type and values repeats spec K
//   (var (list NAME...) TYPE|nil (list VALUE...))
//   (type alias|def NAME (list TPARAM...) TYPE)
//   (func POS RECV|nil NAME (list TPARAM...) FUNCTYPE BODY|nil)     POS: `func`
//   (field (list NAME...) TYPE TAG|nil)
//
//   (ident POS "name")            (lit POS KIND "text")   KIND: int float imag char string
//   (complit LBRACE RBRACE TYPE|nil (list ELEM...))       (kv COLON KEY VALUE)
//   (funclit POS FUNCTYPE BODY)   (paren LPAREN X)        (selector X SEL)
//   (index LBRACK X (list INDEX...))                      (assert X TYPE)
//   (slice2|slice3 LBRACK X LO|nil HI|nil MAX|nil)
//   (call LPAREN [...] FUN (list ARG...))                 (bad POS)
//   (unary POS OP X)              (binary POS OP X Y)     POS: the operator
//   (array LBRACK LEN|... ELEM)   (slicetype LBRACK ELEM) (dots POS ELEM)
//   (struct POS (list FIELD...))  (interface POS (list FIELD...))
//   (functype LPAREN (list FIELD...) (list FIELD...))     (map POS KEY VALUE)
//   (chan POS both|send|recv ELEM)
//
//   (empty POS)  (labeled COLON LABEL STMT)  (block LBRACE RBRACE (list STMT...))
//   (expr X)  (send ARROW CHAN VALUE)  (decl GENDECL)  (incdec POS ++|-- X)
//   (assign POS OP (list LHS...) (list RHS...))          OP: = := += ...
//   (branch POS break|continue|goto|fallthrough LABEL|nil)
//   (go POS CALL)  (defer POS CALL)  (return POS (list RESULT...))
//   (if POS INIT|nil COND THEN ELSE|nil)  (for POS INIT|nil COND|nil POST|nil BODY)
//   (range POS :=|=|- (list LHS...) X BODY)               POS: `for`
//   (switch POS RBRACE INIT|nil TAG|nil (list CLAUSE...))
//   (typeswitch POS RBRACE INIT|nil LHS|nil X (list CLAUSE...))
//   (case POS COLON (list EXPR...) (list STMT...))   (default POS COLON (list STMT...))
//   (select POS RBRACE (list CLAUSE...))  (comm POS COLON COMM (list STMT...))
//
// What go/ast cannot express is left out: the `.` of selectors and type
// assertions, the `range` keyword, statements' and specs' own positions
// where they are their first child's, BranchStmt targets. Where the two
// differ by design the Go side adapts, as noted in ast.hpp: a `<-chan T`
// type in an expression is positioned at its `<-` on both sides; the
// compiler drops the parentheses of &(x), so the Go side strips them too;
// a FuncType with type parameters is positioned at its `[`.
#include "ast_dump.hpp"

#include <cstdio>

namespace goro::lang {

namespace {

class Dumper {
 public:
  std::string out;

  void node(const Node* n);

 private:
  // open() starts a node; close() ends it.
  void open(std::string_view tag) {
    out += '(';
    out += tag;
    ++depth_;
  }
  void close() {
    --depth_;
    out += ')';
  }
  void newline() {
    out += '\n';
    out.append(2 * static_cast<size_t>(depth_), ' ');
  }
  void attr(std::string_view a) {
    out += ' ';
    out += a;
  }
  void pos(Pos p) { attr(to_string(p)); }
  void quoted(std::string_view s);
  void child(const Node* n) {
    newline();
    if (n) {
      node(n);
    } else {
      out += "nil";
    }
  }
  void atom(std::string_view a) {
    newline();
    out += a;
  }
  template <class T>
  void list(List<T> items) {
    newline();
    out += "(list";
    ++depth_;
    for (const T* item : items) child(item);
    close();
  }

  void file(const File* f);
  void gen_decl(const GenDecl* g);
  void const_spec(const ConstSpec* c);
  void func_decl(const FuncDecl* f);
  void expr(const Node* n);
  void type(const Node* n);
  void stmt(const Node* n);
  void for_stmt(const ForStmt* f);
  void switch_stmt(const SwitchStmt* s);

  int depth_ = 0;
};

void Dumper::quoted(std::string_view s) {
  out += " \"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  out += '"';
}

std::string_view lit_kind_name(LitKind k) {
  switch (k) {
    case LitKind::Int: return "int";
    case LitKind::Float: return "float";
    case LitKind::Imag: return "imag";
    case LitKind::Rune: return "char";
    default: return "string";
  }
}

void Dumper::node(const Node* n) {
  switch (n->kind) {
    case Kind::File: file(static_cast<const File*>(n)); return;
    case Kind::GenDecl: gen_decl(static_cast<const GenDecl*>(n)); return;
    case Kind::ImportSpec: {
      auto s = static_cast<const ImportSpec*>(n);
      open("import");
      child(s->local_name);
      child(s->path);
      close();
      return;
    }
    case Kind::ConstSpec: const_spec(static_cast<const ConstSpec*>(n)); return;
    case Kind::VarSpec: {
      auto s = static_cast<const VarSpec*>(n);
      open("var");
      list(s->names);
      child(s->type);
      list(s->values);
      close();
      return;
    }
    case Kind::TypeSpec: {
      auto s = static_cast<const TypeSpec*>(n);
      open("type");
      attr(s->alias ? "alias" : "def");
      child(s->name);
      list(s->tparams);
      child(s->type);
      close();
      return;
    }
    case Kind::FuncDecl: func_decl(static_cast<const FuncDecl*>(n)); return;
    case Kind::Field: {
      auto f = static_cast<const Field*>(n);
      open("field");
      list(f->names);
      child(f->type);
      child(f->tag);
      close();
      return;
    }
    default:
      break;
  }
  if (n->kind <= Kind::CallExpr) {
    expr(n);
  } else if (n->kind <= Kind::ChanType) {
    type(n);
  } else {
    stmt(n);
  }
}

void Dumper::file(const File* f) {
  open("file");
  pos(f->pos);
  child(f->pkg_name);
  list(f->decls);
  close();
}

void Dumper::gen_decl(const GenDecl* g) {
  open("gendecl");
  attr(tok_name(g->tok));
  pos(g->pos);
  pos(g->lparen);
  pos(g->rparen);
  list(g->specs);
  close();
}

void Dumper::const_spec(const ConstSpec* c) {
  open("const");
  attr("iota=" + std::to_string(c->iota));
  if (!c->type && c->values.empty()) {
    attr(c->inherit ? "from=" + std::to_string(c->inherit->iota) : "from=-");
  }
  list(c->names);
  child(c->type);
  list(c->values);
  close();
}

void Dumper::func_decl(const FuncDecl* f) {
  open("func");
  pos(f->keyword);
  child(f->recv);
  child(f->name);
  list(f->tparams);
  child(f->type);
  child(f->body);
  close();
}

void Dumper::expr(const Node* n) {
  switch (n->kind) {
    case Kind::BadExpr:
      open("bad");
      pos(n->pos);
      break;
    case Kind::Name:
      open("ident");
      pos(n->pos);
      quoted(static_cast<const Name*>(n)->value);
      break;
    case Kind::BasicLit: {
      auto b = static_cast<const BasicLit*>(n);
      open("lit");
      pos(b->pos);
      attr(lit_kind_name(b->lit_kind));
      std::string v(b->value);
      if (b->lit_kind == LitKind::String && !v.empty() && v[0] == '`') {
        std::erase(v, '\r');  // go/scanner drops carriage returns from raw strings
      }
      quoted(v);
      break;
    }
    case Kind::CompositeLit: {
      auto c = static_cast<const CompositeLit*>(n);
      open("complit");
      pos(c->pos);
      pos(c->rbrace);
      child(c->type);
      list(c->elems);
      break;
    }
    case Kind::KeyValueExpr: {
      auto kv = static_cast<const KeyValueExpr*>(n);
      open("kv");
      pos(kv->pos);
      child(kv->key);
      child(kv->value);
      break;
    }
    case Kind::FuncLit: {
      auto f = static_cast<const FuncLit*>(n);
      open("funclit");
      pos(f->pos);
      child(f->type);
      child(f->body);
      break;
    }
    case Kind::ParenExpr:
      open("paren");
      pos(n->pos);
      child(static_cast<const ParenExpr*>(n)->x);
      break;
    case Kind::SelectorExpr: {
      auto s = static_cast<const SelectorExpr*>(n);
      open("selector");
      child(s->x);
      child(s->sel);
      break;
    }
    case Kind::IndexExpr: {
      auto i = static_cast<const IndexExpr*>(n);
      open("index");
      pos(i->pos);
      child(i->x);
      list(i->index);
      break;
    }
    case Kind::SliceExpr: {
      auto s = static_cast<const SliceExpr*>(n);
      open(s->full ? "slice3" : "slice2");
      pos(s->pos);
      child(s->x);
      for (const Expr* i : s->index) child(i);
      break;
    }
    case Kind::AssertExpr: {
      auto a = static_cast<const AssertExpr*>(n);
      open("assert");
      child(a->x);
      child(a->type);
      break;
    }
    case Kind::TypeSwitchGuard:  // only inside a switch (see switch_stmt)
      open("bad");
      pos(n->pos);
      break;
    case Kind::Operation: {
      auto o = static_cast<const Operation*>(n);
      open(o->y ? "binary" : "unary");
      pos(o->pos);
      attr(op_name(o->op));
      child(o->x);
      if (o->y) child(o->y);
      break;
    }
    case Kind::CallExpr: {
      auto c = static_cast<const CallExpr*>(n);
      open("call");
      pos(c->pos);
      if (c->has_dots) attr("...");
      child(c->fun);
      list(c->args);
      break;
    }
    default:
      open("?");
      break;
  }
  close();
}

void Dumper::type(const Node* n) {
  switch (n->kind) {
    case Kind::ArrayType: {
      auto a = static_cast<const ArrayType*>(n);
      open("array");
      pos(a->pos);
      if (a->len) {
        child(a->len);
      } else {
        atom("...");
      }
      child(a->elem);
      break;
    }
    case Kind::SliceType:
      open("slicetype");
      pos(n->pos);
      child(static_cast<const SliceType*>(n)->elem);
      break;
    case Kind::DotsType:
      open("dots");
      pos(n->pos);
      child(static_cast<const DotsType*>(n)->elem);
      break;
    case Kind::StructType:
      open("struct");
      pos(n->pos);
      list(static_cast<const StructType*>(n)->fields);
      break;
    case Kind::InterfaceType:
      open("interface");
      pos(n->pos);
      list(static_cast<const InterfaceType*>(n)->elems);
      break;
    case Kind::FuncType: {
      auto f = static_cast<const FuncType*>(n);
      open("functype");
      pos(f->pos);
      list(f->params);
      list(f->results);
      break;
    }
    case Kind::MapType: {
      auto m = static_cast<const MapType*>(n);
      open("map");
      pos(m->pos);
      child(m->key);
      child(m->value);
      break;
    }
    case Kind::ChanType: {
      auto c = static_cast<const ChanType*>(n);
      open("chan");
      pos(c->pos);
      attr(c->dir == ChanDir::Both ? "both" : c->dir == ChanDir::Send ? "send" : "recv");
      child(c->elem);
      break;
    }
    default:
      open("?");
      break;
  }
  close();
}

void Dumper::stmt(const Node* n) {
  switch (n->kind) {
    case Kind::EmptyStmt:
      open("empty");
      pos(n->pos);
      break;
    case Kind::LabeledStmt: {
      auto l = static_cast<const LabeledStmt*>(n);
      open("labeled");
      pos(l->pos);
      child(l->label);
      child(l->stmt);
      break;
    }
    case Kind::BlockStmt: {
      auto b = static_cast<const BlockStmt*>(n);
      open("block");
      pos(b->pos);
      pos(b->rbrace);
      list(b->stmts);
      break;
    }
    case Kind::ExprStmt:
      open("expr");
      child(static_cast<const ExprStmt*>(n)->x);
      break;
    case Kind::SendStmt: {
      auto s = static_cast<const SendStmt*>(n);
      open("send");
      pos(s->pos);
      child(s->chan);
      child(s->value);
      break;
    }
    case Kind::DeclStmt:
      open("decl");
      child(static_cast<const DeclStmt*>(n)->decl);
      break;
    case Kind::AssignStmt: {
      auto a = static_cast<const AssignStmt*>(n);
      if (a->is_incdec()) {
        open("incdec");
        pos(a->pos);
        attr(a->op == Op::Add ? "++" : "--");
        child(a->lhs.empty() ? nullptr : a->lhs[0]);
        break;
      }
      open("assign");
      pos(a->pos);
      attr(std::string(op_name(a->op)) + "=");
      list(a->lhs);
      list(a->rhs);
      break;
    }
    case Kind::BranchStmt: {
      auto b = static_cast<const BranchStmt*>(n);
      open("branch");
      pos(b->pos);
      attr(tok_name(b->tok));
      child(b->label);
      break;
    }
    case Kind::CallStmt: {
      auto c = static_cast<const CallStmt*>(n);
      open(tok_name(c->tok));
      pos(c->pos);
      child(c->call);
      break;
    }
    case Kind::ReturnStmt:
      open("return");
      pos(n->pos);
      list(static_cast<const ReturnStmt*>(n)->results);
      break;
    case Kind::IfStmt: {
      auto s = static_cast<const IfStmt*>(n);
      open("if");
      pos(s->pos);
      child(s->init);
      child(s->cond);
      child(s->then);
      child(s->els);
      break;
    }
    case Kind::ForStmt: for_stmt(static_cast<const ForStmt*>(n)); return;
    case Kind::SwitchStmt: switch_stmt(static_cast<const SwitchStmt*>(n)); return;
    case Kind::SelectStmt: {
      auto s = static_cast<const SelectStmt*>(n);
      open("select");
      pos(s->pos);
      pos(s->rbrace);
      list(s->body);
      break;
    }
    case Kind::CaseClause: {
      auto c = static_cast<const CaseClause*>(n);
      open(c->cases.empty() ? "default" : "case");
      pos(c->pos);
      pos(c->colon);
      if (!c->cases.empty()) list(c->cases);
      list(c->body);
      break;
    }
    case Kind::CommClause: {
      auto c = static_cast<const CommClause*>(n);
      open(c->comm ? "comm" : "default");
      pos(c->pos);
      pos(c->colon);
      if (c->comm) child(c->comm);
      list(c->body);
      break;
    }
    default:
      open("?");
      break;
  }
  close();
}

void Dumper::for_stmt(const ForStmt* f) {
  if (auto r = as<RangeClause>(f->init)) {
    open("range");
    pos(f->pos);
    attr(r->lhs.empty() ? "-" : r->def ? ":=" : "=");
    list(r->lhs);
    child(r->x);
    child(f->body);
    close();
    return;
  }
  open("for");
  pos(f->pos);
  child(f->init);
  child(f->cond);
  child(f->post);
  child(f->body);
  close();
}

void Dumper::switch_stmt(const SwitchStmt* s) {
  if (auto g = as<TypeSwitchGuard>(s->tag)) {
    open("typeswitch");
    pos(s->pos);
    pos(s->rbrace);
    child(s->init);
    child(g->lhs);
    child(g->x);
  } else {
    open("switch");
    pos(s->pos);
    pos(s->rbrace);
    child(s->init);
    child(s->tag);
  }
  list(s->body);
  close();
}

}  // namespace

std::string dump_file(const File& file) { return dump_node(&file) + '\n'; }

std::string dump_node(const Node* n) {
  if (!n) return "nil";
  Dumper d;
  d.node(n);
  return d.out;
}

}  // namespace goro::lang
