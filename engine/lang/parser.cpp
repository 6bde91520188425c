// Parser: a port of cmd/compile/internal/syntax/parser.go (Go 1.22).
//
// The functions follow the compiler's one for one, with its names in
// snake_case, so its error messages, their positions and its recovery carry
// over; each starts with the grammar rule it parses. Keep the messages word
// for word (tests/lang/syntax/ pins them against `go build`).
//
// Recovery never loops: every error path either consumes a token (advance
// with an empty follow list, want), stops at a token its caller consumes,
// or reaches EOF. Nesting is bounded by ParseOptions::max_depth; past it,
// and once the Diagnostics are full (the compiler would have exited), the
// parser reads only EOF, which every loop stops at.
//
// Lists are built on a scratch stack (nodes_, params_) and copied into the
// arena when complete; a function pops what it pushed before returning, so
// nested lists share the stack.
#include "parser.hpp"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "ast_print.hpp"
#include "branches.hpp"
#include "lexer.hpp"

namespace goro::lang {

namespace {

// The keywords that start a statement: good synchronization points after a
// syntax error inside a function body.
constexpr TokSet kStopSet = tok_bit(Tok::Break) | tok_bit(Tok::Const) | tok_bit(Tok::Continue) |
                            tok_bit(Tok::Defer) | tok_bit(Tok::Fallthrough) | tok_bit(Tok::For) |
                            tok_bit(Tok::Go) | tok_bit(Tok::Goto) | tok_bit(Tok::If) | tok_bit(Tok::Return) |
                            tok_bit(Tok::Select) | tok_bit(Tok::Switch) | tok_bit(Tok::Type) | tok_bit(Tok::Var);

// tokstring() is the token's name in an error message.
std::string tokstring(Tok t) {
  if (t == Tok::Comma) return "comma";
  if (t == Tok::Semi) return "semicolon or newline";
  return std::string(tok_name(t));
}

// is_type_elem() reports whether x is a (possibly parenthesized) type element
// expression; false if x could be a type element or an ordinary expression.
bool is_type_elem(const Expr* x) {
  switch (x->kind) {
    case Kind::ArrayType: case Kind::StructType: case Kind::FuncType: case Kind::InterfaceType:
    case Kind::SliceType: case Kind::MapType: case Kind::ChanType:
      return true;
    case Kind::Operation: {
      auto o = static_cast<const Operation*>(x);
      return is_type_elem(o->x) || (o->y && is_type_elem(o->y)) || o->op == Op::Tilde;
    }
    case Kind::ParenExpr: return is_type_elem(static_cast<const ParenExpr*>(x)->x);
    default: return false;
  }
}

// is_value() reports whether x syntactically must be a value (not a type).
bool is_value(const Expr* x) {
  switch (x->kind) {
    case Kind::BasicLit: case Kind::CompositeLit: case Kind::FuncLit: case Kind::SliceExpr:
    case Kind::AssertExpr: case Kind::TypeSwitchGuard: case Kind::CallExpr:
      return true;
    case Kind::Operation: {
      auto o = static_cast<const Operation*>(x);
      return o->op != Op::Mul || o->y;  // *T may be a type
    }
    case Kind::ParenExpr: return is_value(static_cast<const ParenExpr*>(x)->x);
    case Kind::IndexExpr: {
      auto i = static_cast<const IndexExpr*>(x);
      return is_value(i->x) || (i->index.size() == 1 && is_value(i->index[0]));
    }
    default: return false;
  }
}

// emphasize() prints x, parenthesized if it is a binary expression (to
// highlight the '=' in "cannot use assignment (a + b) = c as value").
std::string emphasize(List<Expr> xs) {
  std::string s = list_string(xs);
  if (xs.size() == 1) {
    if (auto o = as<Operation>(xs[0]); o && o->y) return "(" + s + ")";
  }
  return s;
}

// Parser is the parse of one file. Invariants: t_ is the current token
// (EOF_ for good once bailed_); nodes_ and params_ hold, bottom to top, the
// unfinished lists of the productions being parsed; depth_ counts the live
// DepthGuards and the levels of the chains being built (ChainDepth).
class Parser {
 public:
  Parser(File& file, Diagnostics& diags, const ParseOptions& options)
      : file_(file),
        diags_(diags),
        lex_(file.text, diags),
        base_errors_(diags.reported()),
        max_depth_(options.max_depth),
        filename_(options.filename),
        check_branches_(options.check_branches) {
    next();
  }

  void source_file();

 private:
  // A parameter before grouping: the compiler's one-name Field.
  struct Param {
    Pos pos;
    Name* name = nullptr;
    Expr* type = nullptr;
  };

  // DepthGuard counts one level of nesting while it lives.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser& p) : p_(p) {
      if (++p_.depth_ > p_.max_depth_) p_.too_deep();
    }
    ~DepthGuard() { --p_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

   private:
    Parser& p_;
  };

  // ChainDepth counts the levels a left-associative chain adds to the tree
  // (a+b+c..., x.f(y)[i]...): the parser builds them in a loop, without
  // recursing, but every later walk of the tree (ast_dump, the checker)
  // recurses once per level, so they count against max_depth as nesting
  // does. Found with the fuzz target: `1+1+...+1` 30000 long overflowed
  // the stack (tests/lang/fuzz/crashers/parser_*_chain.go).
  class ChainDepth {
   public:
    explicit ChainDepth(Parser& p) : p_(p) {}
    ~ChainDepth() { p_.depth_ -= levels_; }
    ChainDepth(const ChainDepth&) = delete;
    ChainDepth& operator=(const ChainDepth&) = delete;

    // add() counts one more level of the chain.
    void add() {
      ++levels_;
      if (++p_.depth_ > p_.max_depth_) p_.too_deep();
    }

   private:
    Parser& p_;
    int levels_ = 0;
  };

  // --- tokens
  Tok tok() const { return t_.tok; }
  Pos pos() const { return t_.pos; }
  void next();
  bool got(Tok t);
  void want(Tok t);
  bool got_assign();
  bool at_op(Op op) const { return t_.tok == Tok::Operator && t_.op == op; }

  // --- errors
  // parse_errors() counts the lexer's and parser's errors (not the branch
  // checks'), kept or not, as the compiler's parser.errcnt does.
  size_t parse_errors() const { return diags_.reported() - branch_errors_; }
  bool has_errors() const { return parse_errors() > base_errors_; }
  void error_at(Pos p, std::string msg);
  void error(std::string msg) { error_at(pos(), std::move(msg)); }
  void syntax_error_at(Pos p, std::string msg);
  void syntax_error(std::string msg) { syntax_error_at(pos(), std::move(msg)); }
  std::string token_string() const;
  void advance(std::initializer_list<Tok> followlist = {});
  void too_deep();

  // --- allocation and lists
  template <class T>
  T* make(Pos p) {
    return file_.arena.make<T>(p);
  }
  size_t mark() const { return nodes_.size(); }
  void push(Node* n) { nodes_.push_back(n); }
  template <class T>
  List<T> take(size_t from);
  template <class F>
  Pos list(std::string_view context, Tok sep, Tok close, F&& element);
  BadExpr* bad_expr() { return make<BadExpr>(pos()); }
  Name* new_name(Pos p, std::string_view value);

  // --- declarations
  GenDecl* gen_decl(Tok keyword, Pos keyword_pos);
  Decl* spec(Tok keyword, GenDecl* group);
  ImportSpec* import_spec(GenDecl* group);
  ConstSpec* const_spec(GenDecl* group);
  TypeSpec* type_spec(GenDecl* group);
  VarSpec* var_spec(GenDecl* group);
  std::pair<Name*, Expr*> extract_name(Expr* x, bool force);
  FuncDecl* func_decl(Pos keyword);
  BlockStmt* func_body();

  // --- expressions
  Expr* expr() { return binary_expr(nullptr, kPrecNone); }
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  Expr* recv_or_chan_type(Pos arrow, Expr* x);
  CallStmt* call_stmt();
  Expr* operand(bool keep_parens);
  Expr* pexpr(Expr* x, bool keep_parens);
  Expr* index_or_slice(Pos lbrack, Expr* x);
  Expr* bare_complitexpr();
  CompositeLit* complitexpr();

  // --- types
  Expr* type();
  Expr* type_or_nil();
  Expr* type_instance(Expr* type);
  FuncType* func_type(std::string_view context, List<Field>* tparams);
  Expr* array_type(Pos lbrack, Expr* len);
  Expr* slice_type(Pos lbrack);
  Expr* chan_elem();
  StructType* struct_type();
  InterfaceType* interface_type();
  List<Field> func_result();
  void field_decl();
  Field* new_field(Pos p, List<Name> names, Expr* type, BasicLit* tag);
  Expr* array_or_targs();
  BasicLit* oliteral();
  Field* method_decl();
  Field* embedded_elem(Field* f);
  Expr* embedded_union(Expr* x);
  Expr* embedded_term();
  bool param_decl(Name* name, Tok follow, Param& par);
  List<Field> param_list(Name* name, Expr* typ, Tok close, bool require_names, size_t* count = nullptr);
  void distribute_param_types(size_t from, int named, int typed, Pos end, bool require_names);
  List<Field> group_params(size_t from);

  // --- statements
  Stmt* simple_stmt(List<Expr> lhs, Tok keyword);
  RangeClause* new_range_clause(List<Expr> lhs, bool def);
  AssignStmt* new_assign_stmt(Pos p, Op op, List<Expr> lhs, List<Expr> rhs);
  Stmt* labeled_stmt(Name* label);
  BlockStmt* block_stmt(std::string_view context);
  DeclStmt* decl_stmt();
  ForStmt* for_stmt();
  void header(Tok keyword, Stmt** init, Expr** cond, Stmt** post);
  Expr* header_cond(Tok keyword, Stmt* cond_stmt, Pos semi_pos, std::string_view semi_lit);
  IfStmt* if_stmt();
  SwitchStmt* switch_stmt();
  SelectStmt* select_stmt();
  CaseClause* case_clause();
  CommClause* comm_clause();
  Stmt* stmt_or_nil();
  Stmt* branch_stmt();
  List<Stmt> stmt_list();
  List<Expr> arg_list(bool* has_dots);

  // --- common productions
  Name* name();
  List<Name> name_list(Name* first);
  Expr* qualified_name(Name* name);
  List<Expr> expr_list();
  List<Expr> type_list(bool strict, bool* comma);

  File& file_;
  Diagnostics& diags_;
  Lexer lex_;
  Token t_;  // current token (EOF_ for good once bailed out)
  const size_t base_errors_;  // errors reported before this parse
  const int max_depth_;
  const std::string_view filename_;
  const bool check_branches_;
  size_t branch_errors_ = 0;  // errors reported by the branch checks
  int fnest_ = 0;   // function nesting level (for error handling)
  int xnest_ = 0;   // expression nesting level (for complit ambiguity resolution)
  int depth_ = 0;   // nesting depth (DepthGuard, ChainDepth)
  bool bailed_ = false;
  std::vector<Node*> nodes_;   // scratch stack of list elements
  std::vector<Param> params_;  // scratch stack of parameters
};

// ---------------------------------------------------------------------------
// Tokens and errors

void Parser::next() {
  if (!bailed_) {
    lex_.next();
    t_ = lex_.token();
    if (diags_.full()) bailed_ = true;  // the compiler stops at 10 errors
  }
  if (bailed_) t_.tok = Tok::EOF_;
}

bool Parser::got(Tok t) {
  if (tok() != t) return false;
  next();
  return true;
}

void Parser::want(Tok t) {
  if (!got(t)) {
    syntax_error("expected " + tokstring(t));
    advance();
  }
}

// got_assign() is like got(Assign) but also accepts ":=" (with an error),
// for better recovery.
bool Parser::got_assign() {
  switch (tok()) {
    case Tok::Define:
      syntax_error("expected =");
      [[fallthrough]];
    case Tok::Assign:
      next();
      return true;
    default:
      return false;
  }
}

void Parser::error_at(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }

// syntax_error_at() reports "syntax error: ...". A message starting with
// "in ", "at ", "after " or "expected " is completed with the current token:
// "syntax error: unexpected X in composite literal", "... unexpected X,
// expected Y".
void Parser::syntax_error_at(Pos p, std::string msg) {
  if (tok() == Tok::EOF_ && has_errors()) return;  // avoid meaningless follow-up errors
  if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    msg = " " + msg;
  } else if (msg.starts_with("expected ")) {
    msg = ", " + msg;
  } else if (!msg.empty()) {
    error_at(p, "syntax error: " + msg);  // plain error: the current token does not matter
    return;
  }
  error_at(p, "syntax error: unexpected " + token_string() + msg);
}

std::string Parser::token_string() const {
  switch (tok()) {
    case Tok::Name:
    case Tok::Semi: return std::string(t_.lit);
    case Tok::Literal: return "literal " + std::string(t_.lit);
    case Tok::Operator: return std::string(op_name(t_.op));
    case Tok::AssignOp: return std::string(op_name(t_.op)) + "=";
    case Tok::IncOp: return std::string(op_name(t_.op)) + std::string(op_name(t_.op));
    default: return tokstring(tok());
  }
}

// advance() skips tokens until one in followlist (or, inside a function, one
// starting a statement). With an empty followlist it skips exactly one
// token, to ensure progress. It never skips EOF.
void Parser::advance(std::initializer_list<Tok> followlist) {
  TokSet follow = tok_bit(Tok::EOF_);
  if (followlist.size() > 0) {
    if (fnest_ > 0) follow |= kStopSet;
    for (Tok t : followlist) follow |= tok_bit(t);
  }
  while (!contains(follow, tok())) {
    next();
    if (followlist.size() == 0) break;
  }
}

void Parser::too_deep() {
  if (bailed_) return;
  error("exceeded max nesting depth");
  bailed_ = true;
  t_.tok = Tok::EOF_;
}

// ---------------------------------------------------------------------------
// Lists

template <class T>
List<T> Parser::take(size_t from) {
  const size_t n = nodes_.size() - from;
  if (n == 0) return {};
  T** items = static_cast<T**>(file_.arena.allocate(sizeof(T*) * n, alignof(T*)));
  for (size_t i = 0; i < n; ++i) items[i] = static_cast<T*>(nodes_[from + i]);
  nodes_.resize(from);
  return {items, n};
}

// list = [ element { sep element } [sep] ] close .
// element() returns true when no more elements are accepted. list returns
// the position of the closing token.
template <class F>
Pos Parser::list(std::string_view context, Tok sep, Tok close, F&& element) {
  bool done = false;
  while (tok() != Tok::EOF_ && tok() != close && !done) {
    done = element();
    // sep is optional before close
    if (!got(sep) && tok() != close) {
      syntax_error("in " + std::string(context) + "; possibly missing " + tokstring(sep) + " or " +
                   tokstring(close));
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (tok() != close) return pos();  // position could be better but we had an error anyway
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

Name* Parser::new_name(Pos p, std::string_view value) {
  Name* n = make<Name>(p);
  n->value = value;
  return n;
}

// ---------------------------------------------------------------------------
// Source files

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// Imports are accepted anywhere for better recovery, with an error.
void Parser::source_file() {
  file_.pos = pos();
  if (!got(Tok::Package)) {
    syntax_error("package statement must be first");
    return;
  }
  file_.pkg_name = name();
  want(Tok::Semi);
  if (has_errors()) return;  // don't bother continuing if the package clause has errors

  const size_t decls = mark();
  Tok prev = Tok::Import;
  while (tok() != Tok::EOF_) {
    if (tok() == Tok::Import && prev != Tok::Import) syntax_error("imports must appear before other declarations");
    prev = tok();
    const Pos kw = pos();
    switch (tok()) {
      case Tok::Import:
      case Tok::Const:
      case Tok::Type:
      case Tok::Var: {
        Tok k = tok();
        next();
        push(gen_decl(k, kw));
        break;
      }
      case Tok::Func:
        next();
        push(func_decl(kw));
        break;
      default: {
        auto* last = nodes_.size() > decls ? as<FuncDecl>(nodes_.back()) : nullptr;
        if (tok() == Tok::Lbrace && last && !last->body) {
          syntax_error("unexpected semicolon or newline before {");  // { of a function on the next line
        } else {
          syntax_error("non-declaration statement outside function body");
        }
        advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    if (tok() != Tok::EOF_ && !got(Tok::Semi)) {
      syntax_error("after top level declaration");
      advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  file_.decls = take<Decl>(decls);
  file_.eof = pos();
}

// ---------------------------------------------------------------------------
// Declarations

// GenDecl = keyword ( Spec | "(" { Spec ";" } ")" ) .   (";" optional before ")")
// The keyword has been consumed.
GenDecl* Parser::gen_decl(Tok keyword, Pos keyword_pos) {
  GenDecl* g = make<GenDecl>(keyword_pos);
  g->tok = keyword;
  const size_t specs = mark();
  if (tok() == Tok::Lparen) {
    g->lparen = pos();
    next();
    g->rparen = list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      push(spec(keyword, g));
      return false;
    });
  } else {
    push(spec(keyword, g));
  }
  g->specs = take<Decl>(specs);

  // Within a const group a spec without type and values repeats the last
  // one that has them (spec: "Constant declarations"), as types2 resolves it.
  if (keyword == Tok::Const) {
    ConstSpec* last = nullptr;
    for (size_t i = 0; i < g->specs.size(); ++i) {
      auto* c = static_cast<ConstSpec*>(g->specs[i]);
      c->iota = static_cast<uint32_t>(i);
      if (c->type || !c->values.empty()) {
        last = c;
      } else {
        c->inherit = last;
      }
    }
  }
  return g;
}

// Spec = ImportSpec | ConstSpec | TypeSpec | VarSpec .   (by keyword)
Decl* Parser::spec(Tok keyword, GenDecl* group) {
  switch (keyword) {
    case Tok::Import: return import_spec(group);
    case Tok::Const: return const_spec(group);
    case Tok::Type: return type_spec(group);
    default: return var_spec(group);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
ImportSpec* Parser::import_spec(GenDecl* group) {
  ImportSpec* d = make<ImportSpec>(pos());
  d->group = group;
  if (tok() == Tok::Name) {
    d->local_name = name();
  } else if (tok() == Tok::Dot) {
    d->local_name = new_name(pos(), ".");
    next();
  }
  d->path = oliteral();
  if (!d->path) {
    syntax_error("missing import path");
    advance({Tok::Semi, Tok::Rparen});
    return d;
  }
  if (!d->path->bad && d->path->lit_kind != LitKind::String) {
    syntax_error_at(d->path->pos, "import path must be a string");
    d->path->bad = true;
  }
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
ConstSpec* Parser::const_spec(GenDecl* group) {
  ConstSpec* d = make<ConstSpec>(pos());
  d->group = group;
  d->names = name_list(name());
  if (tok() != Tok::EOF_ && tok() != Tok::Semi && tok() != Tok::Rparen) {
    d->type = type_or_nil();
    if (got_assign()) d->values = expr_list();
  }
  return d;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
TypeSpec* Parser::type_spec(GenDecl* group) {
  TypeSpec* d = make<TypeSpec>(pos());
  d->group = group;
  d->name = name();
  if (tok() == Tok::Lbrack) {
    // array/slice type or type parameter list
    const Pos lbrack = pos();
    next();
    if (tok() == Tok::Name) {
      // An array length or a type parameter list. An index or slice
      // expression is never a valid array length, so a name followed by
      // "[" starts a type parameter's constraint ([P []E]).
      Expr* x = name();
      if (tok() != Tok::Lbrack) {
        ++xnest_;
        x = binary_expr(pexpr(x, false), kPrecNone);
        --xnest_;
      }
      // A single name followed by "]" is an array length; a name followed
      // by a type element, or by anything and a comma, a parameter list.
      auto [pname, ptype] = extract_name(x, tok() == Tok::Comma);
      if (pname && (ptype || tok() != Tok::Rbrack)) {
        d->tparams = param_list(pname, ptype, Tok::Rbrack, true);
        d->alias = got_assign();
        d->type = type_or_nil();
      } else {
        d->type = array_type(lbrack, x);
      }
    } else if (tok() == Tok::Rbrack) {
      next();
      d->type = slice_type(lbrack);
    } else {
      d->type = array_type(lbrack, nullptr);
    }
  } else {
    d->alias = got_assign();
    d->type = type_or_nil();
  }
  if (!d->type) {
    d->type = bad_expr();
    syntax_error("in type declaration");
    advance({Tok::Semi, Tok::Rparen});
  }
  return d;
}

// extract_name() splits x into (name, expr) if x can be read as
// `name expr` with expr a type element (or anything, if force):
//   P*[]int -> P, *[]int    P([]int) -> P, []int    P*E|F|~G -> P, *E|F|~G
// If x is just a name the result is (name, null); otherwise (null, x).
std::pair<Name*, Expr*> Parser::extract_name(Expr* x, bool force) {
  if (auto n = as<Name>(x)) return {n, nullptr};
  if (auto o = as<Operation>(x); o && o->y) {
    if (o->op == Op::Mul) {
      if (auto n = as<Name>(o->x); n && (force || is_type_elem(o->y))) {
        Operation* star = make<Operation>(o->pos);  // x = name *o.y
        star->op = Op::Mul;
        star->x = o->y;
        return {n, star};
      }
    } else if (o->op == Op::Or) {
      auto [n, lhs] = extract_name(o->x, force || is_type_elem(o->y));
      if (n && lhs) {
        Operation* u = make<Operation>(o->pos);  // x = name lhs|o.y
        u->op = Op::Or;
        u->x = lhs;
        u->y = o->y;
        return {n, u};
      }
    }
  }
  if (auto c = as<CallExpr>(x)) {
    if (auto n = as<Name>(c->fun)) {
      if (c->args.size() == 1 && !c->has_dots && (force || is_type_elem(c->args[0]))) return {n, c->args[0]};
    }
  }
  return {nullptr, x};
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
VarSpec* Parser::var_spec(GenDecl* group) {
  VarSpec* d = make<VarSpec>(pos());
  d->group = group;
  d->names = name_list(name());
  if (got_assign()) {
    d->values = expr_list();
  } else {
    d->type = type();
    if (got_assign()) d->values = expr_list();
  }
  return d;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
// Receiver     = Parameters .
// "func" has been consumed; keyword is its position.
FuncDecl* Parser::func_decl(Pos keyword) {
  FuncDecl* f = make<FuncDecl>(pos());
  f->keyword = keyword;
  std::string_view context;
  if (got(Tok::Lparen)) {
    context = "method";
    size_t count = 0;
    List<Field> rcvr = param_list(nullptr, nullptr, Tok::Rparen, false, &count);
    if (count == 0) {
      error("method has no receiver");
    } else {
      if (count > 1) error("method has multiple receivers");
      f->recv = rcvr[0];
    }
  }
  if (tok() == Tok::Name) {
    f->name = name();
    f->type = func_type(context, &f->tparams);
  } else {
    f->name = new_name(pos(), "_");
    f->type = make<FuncType>(pos());
    syntax_error(context.empty() ? "expected name or (" : "expected name");
    advance({Tok::Lbrace, Tok::Semi});
  }
  if (tok() == Tok::Lbrace) f->body = func_body();
  return f;
}

// FunctionBody = Block .
BlockStmt* Parser::func_body() {
  ++fnest_;
  const size_t errors = parse_errors();
  BlockStmt* body = block_stmt("");
  --fnest_;
  // Don't check branches after errors in the function: they may lead to
  // spurious errors (see test/switch2.go) on an incomplete tree.
  if (check_branches_ && parse_errors() == errors && !bailed_) {
    const size_t before = diags_.reported();
    check_branches(body, diags_, filename_);
    branch_errors_ += diags_.reported() - before;
  }
  return body;
}

// ---------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binary_expr(Expr* x, int prec) {
  if (!x) x = unary_expr();
  ChainDepth chain(*this);
  while ((tok() == Tok::Operator || tok() == Tok::Star) && t_.prec > prec) {
    chain.add();
    Operation* t = make<Operation>(pos());
    t->op = t_.op;
    const int tprec = t_.prec;
    next();
    t->x = x;
    t->y = binary_expr(nullptr, tprec);
    x = t;
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
  DepthGuard depth(*this);
  if (tok() == Tok::Operator || tok() == Tok::Star) {
    switch (t_.op) {
      case Op::Mul: case Op::Add: case Op::Sub: case Op::Not: case Op::Xor: case Op::Tilde: {
        Operation* x = make<Operation>(pos());
        x->op = t_.op;
        next();
        x->x = unary_expr();
        return x;
      }
      case Op::And: {
        Operation* x = make<Operation>(pos());
        x->op = Op::And;
        next();
        // unary_expr may have returned a parenthesized composite literal
        // (see operand): remove the parentheses.
        x->x = unparen(unary_expr());
        return x;
      }
      default: break;
    }
  } else if (tok() == Tok::Arrow) {
    // receive op (<-x) or receive-only channel (<-chan E): only the end of
    // the unary expression tells (<-chan int(ch) is a receive).
    const Pos arrow = pos();
    next();
    return recv_or_chan_type(arrow, unary_expr());
  }
  return pexpr(nullptr, true);
}

// recv_or_chan_type() finishes `<-x`: a receive, or, if x is a channel type,
// the type <-x with the <- re-associated:
//   <-(chan E)  =>  (<-chan E)      <-(chan<- E)  =>  (<-chan (<-E))
Expr* Parser::recv_or_chan_type(Pos arrow, Expr* x) {
  if (auto* outer = as<ChanType>(x)) {
    ChanDir dir = ChanDir::Send;
    Expr* t = x;
    while (dir == ChanDir::Send) {
      auto* c = as<ChanType>(t);
      if (!c) break;
      dir = c->dir;
      if (dir == ChanDir::Recv) {
        // t is <-chan E but <-<-chan E is not permitted (same error as for "type _ <-<-chan E")
        syntax_error("unexpected <-, expected chan");
      }
      c->dir = ChanDir::Recv;
      t = c->elem;
    }
    if (dir == ChanDir::Send) {
      // channel dir is <- but the element is not a channel (as for "type _ <-chan<-E")
      syntax_error("unexpected " + node_string(t) + ", expected chan");
    }
    outer->pos = arrow;  // the type starts at its <- (go/ast does the same)
    return x;
  }
  Operation* o = make<Operation>(arrow);
  o->op = Op::Recv;
  o->x = x;
  return o;
}

// GoStmt = "go" Expression .   DeferStmt = "defer" Expression .
CallStmt* Parser::call_stmt() {
  CallStmt* s = make<CallStmt>(pos());
  s->tok = tok();
  next();
  Expr* x = pexpr(nullptr, tok() == Tok::Lparen);  // keep parens to report them
  if (Expr* t = unparen(x); t != x) {
    error_at(x->pos, "expression in " + std::string(tok_name(s->tok)) + " must not be parenthesized");
    x = t;
  }
  s->call = x;
  return s;
}

// Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// BasicLit    = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
// OperandName = identifier | QualifiedIdent .
Expr* Parser::operand(bool keep_parens) {
  switch (tok()) {
    case Tok::Name: return name();
    case Tok::Literal: return oliteral();
    case Tok::Lparen: {
      const Pos lparen = pos();
      next();
      ++xnest_;
      Expr* x = expr();
      --xnest_;
      want(Tok::Rparen);
      // Parentheses are not permitted around T in a composite literal T{}:
      // keep them if "{" follows, to report that (it may also be a block).
      if (tok() == Tok::Lbrace) keep_parens = true;
      if (keep_parens) {
        ParenExpr* px = make<ParenExpr>(lparen);
        px->x = x;
        x = px;
      }
      return x;
    }
    case Tok::Func: {
      const Pos func = pos();
      next();
      FuncType* ftyp = func_type("function type", nullptr);
      if (tok() == Tok::Lbrace) {
        ++xnest_;
        FuncLit* f = make<FuncLit>(func);
        f->type = ftyp;
        f->body = func_body();
        --xnest_;
        return f;
      }
      return ftyp;
    }
    case Tok::Lbrack: case Tok::Chan: case Tok::Map: case Tok::Struct: case Tok::Interface:
      return type();  // othertype
    default: {
      Expr* x = bad_expr();
      syntax_error("expected expression");
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector |
//               PrimaryExpr Index | PrimaryExpr Slice |
//               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Selector      = "." identifier .
// TypeAssertion = "." "(" Type ")" .
// Arguments     = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
// Composite literals are parsed here too: their type may be a qualified
// identifier, which is parsed as a selector.
Expr* Parser::pexpr(Expr* x, bool keep_parens) {
  if (!x) x = operand(keep_parens);
  ChainDepth chain(*this);
  for (;;) {
    const Pos p = pos();
    switch (tok()) {
      case Tok::Dot:
        chain.add();
        next();
        if (tok() == Tok::Name) {
          SelectorExpr* t = make<SelectorExpr>(p);
          t->x = x;
          t->sel = name();
          x = t;
        } else if (tok() == Tok::Lparen) {
          next();
          if (got(Tok::Type)) {
            TypeSwitchGuard* t = make<TypeSwitchGuard>(p);  // t->lhs is set by simple_stmt
            t->x = x;
            x = t;
          } else {
            AssertExpr* t = make<AssertExpr>(p);
            t->x = x;
            t->type = type();
            x = t;
          }
          want(Tok::Rparen);
        } else {
          syntax_error("expected name or (");
          advance({Tok::Semi, Tok::Rparen});
        }
        break;
      case Tok::Lbrack:
        chain.add();
        next();
        x = index_or_slice(p, x);
        break;
      case Tok::Lparen: {
        chain.add();
        CallExpr* t = make<CallExpr>(p);
        next();
        t->fun = x;
        t->args = arg_list(&t->has_dots);
        x = t;
        break;
      }
      case Tok::Lbrace: {
        // Does "{" start a composite literal or a block? A name or selector
        // is a possible literal type unless we are in a statement header
        // (xnest_ < 0), where "{" opens the block.
        Expr* t = unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case Kind::Name: case Kind::SelectorExpr: complit_ok = xnest_ >= 0; break;
          case Kind::IndexExpr: complit_ok = xnest_ >= 0 && !is_value(t); break;
          case Kind::ArrayType: case Kind::SliceType: case Kind::StructType: case Kind::MapType:
            complit_ok = true;
            break;
          default: break;
        }
        if (!complit_ok) return x;
        chain.add();
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        CompositeLit* n = complitexpr();
        n->type = x;
        x = n;
        break;
      }
      default:
        return x;
    }
  }
}

// Index = "[" Expression "]" .   (or type arguments "[" TypeList "]")
// Slice = "[" ( [ Expression ] ":" [ Expression ] ) |
//             ( [ Expression ] ":" Expression ":" Expression ) "]" .
// The "[" has been consumed.
Expr* Parser::index_or_slice(Pos lbrack, Expr* x) {
  Expr* i = nullptr;
  if (tok() != Tok::Colon) {
    bool comma = false;
    List<Expr> index;
    if (tok() == Tok::Rbrack) {
      // invalid empty instance, slice or index expression; accept but complain
      syntax_error("expected operand");
      i = bad_expr();
      push(i);
      index = take<Expr>(mark() - 1);
    } else {
      index = type_list(false, &comma);
      i = index[0];
    }
    if (comma || tok() == Tok::Rbrack) {
      want(Tok::Rbrack);
      IndexExpr* t = make<IndexExpr>(lbrack);  // x[i], x[i,] or x[i, j, ...]
      t->x = x;
      t->index = index;
      return t;
    }
  }
  // x[i:...  (for a better message, not just want(Colon): go.dev/issue/47704)
  if (!got(Tok::Colon)) {
    syntax_error("expected comma, : or ]");
    advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
  }
  ++xnest_;
  SliceExpr* t = make<SliceExpr>(lbrack);
  t->x = x;
  t->index[0] = i;
  if (tok() != Tok::Colon && tok() != Tok::Rbrack) t->index[1] = expr();  // x[i:j...
  if (tok() == Tok::Colon) {
    t->full = true;  // x[i:j:...]
    if (!t->index[1]) {
      error("middle index required in 3-index slice");
      t->index[1] = bad_expr();
    }
    next();
    if (tok() != Tok::Rbrack) {
      t->index[2] = expr();  // x[i:j:k...
    } else {
      error("final index required in 3-index slice");
      t->index[2] = bad_expr();
    }
  }
  --xnest_;
  want(Tok::Rbrack);
  return t;
}

// Element = Expression | LiteralValue .
Expr* Parser::bare_complitexpr() {
  if (tok() == Tok::Lbrace) return complitexpr();  // an element whose type is elided
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// KeyedElement = [ Key ":" ] Element .
CompositeLit* Parser::complitexpr() {
  DepthGuard depth(*this);
  CompositeLit* x = make<CompositeLit>(pos());
  ++xnest_;
  want(Tok::Lbrace);
  const size_t elems = mark();
  x->rbrace = list("composite literal", Tok::Comma, Tok::Rbrace, [&] {
    Expr* e = bare_complitexpr();
    if (tok() == Tok::Colon) {
      KeyValueExpr* l = make<KeyValueExpr>(pos());
      next();
      l->key = e;
      l->value = bare_complitexpr();
      e = l;
      ++x->nkeys;
    }
    push(e);
    return false;
  });
  x->elems = take<Expr>(elems);
  --xnest_;
  return x;
}

// ---------------------------------------------------------------------------
// Types

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .   (see type_or_nil)
Expr* Parser::type() {
  Expr* typ = type_or_nil();
  if (!typ) {
    typ = bad_expr();
    syntax_error("expected type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return typ;
}

// type_or_nil() is type() but returns null if there is no type.
//   Type     = TypeName | TypeLit | "(" Type ")" .
//   TypeName = identifier | QualifiedIdent .
//   TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//              SliceType | MapType | ChannelType .
Expr* Parser::type_or_nil() {
  DepthGuard depth(*this);
  const Pos p = pos();
  switch (tok()) {
    case Tok::Star: {  // ptrtype
      next();
      Operation* o = make<Operation>(p);
      o->op = Op::Mul;
      o->x = type();
      return o;
    }
    case Tok::Arrow: {  // recvchantype
      next();
      want(Tok::Chan);
      ChanType* t = make<ChanType>(p);
      t->dir = ChanDir::Recv;
      t->elem = chan_elem();
      return t;
    }
    case Tok::Func:  // fntype
      next();
      return func_type("function type", nullptr);
    case Tok::Lbrack:  // "[" oexpr "]" ntype  |  "[" "..." "]" ntype
      next();
      if (got(Tok::Rbrack)) return slice_type(p);
      return array_type(p, nullptr);
    case Tok::Chan: {  // chan non_recvchantype  |  chan "<-" ntype
      next();
      ChanType* t = make<ChanType>(p);
      if (got(Tok::Arrow)) t->dir = ChanDir::Send;
      t->elem = chan_elem();
      return t;
    }
    case Tok::Map: {  // map "[" ntype "]" ntype
      next();
      want(Tok::Lbrack);
      MapType* t = make<MapType>(p);
      t->key = type();
      want(Tok::Rbrack);
      t->value = type();
      return t;
    }
    case Tok::Struct: return struct_type();
    case Tok::Interface: return interface_type();
    case Tok::Name: return qualified_name(nullptr);
    case Tok::Lparen: {
      // The compiler drops these parentheses; we keep them, as go/ast does.
      next();
      ParenExpr* t = make<ParenExpr>(p);
      t->x = type();
      want(Tok::Rparen);
      return t;
    }
    default: return nullptr;
  }
}

// TypeArgs = "[" TypeList [ "," ] "]" .
Expr* Parser::type_instance(Expr* typ) {
  IndexExpr* x = make<IndexExpr>(pos());
  want(Tok::Lbrack);
  x->x = typ;
  if (tok() == Tok::Rbrack) {
    syntax_error("expected type argument list");
    push(bad_expr());
    x->index = take<Expr>(mark() - 1);
  } else {
    bool comma = false;
    x->index = type_list(true, &comma);
  }
  want(Tok::Rbrack);
  return x;
}

// Signature = [ TypeParams ] Parameters [ Result ] .
// If tparams is null (context is then non-empty), type parameters are
// reported ("function type must have no type parameters") and dropped.
FuncType* Parser::func_type(std::string_view context, List<Field>* tparams) {
  FuncType* typ = make<FuncType>(pos());
  if (got(Tok::Lbrack)) {
    if (!context.empty()) syntax_error_at(typ->pos, std::string(context) + " must have no type parameters");
    if (tok() == Tok::Rbrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      List<Field> params = param_list(nullptr, nullptr, Tok::Rbrack, true);
      if (tparams) *tparams = params;
    }
  }
  want(Tok::Lparen);
  typ->params = param_list(nullptr, nullptr, Tok::Rparen, false);
  typ->results = func_result();
  return typ;
}

// ArrayType = "[" ArrayLength "]" ElementType .
// "[" has been consumed at lbrack; len is the length if already parsed.
Expr* Parser::array_type(Pos lbrack, Expr* len) {
  if (!len && !got(Tok::DotDotDot)) {
    ++xnest_;
    len = expr();
    --xnest_;
  }
  if (tok() == Tok::Comma) {
    // Trailing commas are accepted in type parameter lists but not in
    // array types: accept for better recovery, but complain.
    syntax_error("unexpected comma; expected ]");
    next();
  }
  want(Tok::Rbrack);
  ArrayType* t = make<ArrayType>(lbrack);
  t->len = len;
  t->elem = type();
  return t;
}

// SliceType = "[" "]" ElementType .   ("[" "]" consumed, lbrack is "[")
Expr* Parser::slice_type(Pos lbrack) {
  SliceType* t = make<SliceType>(lbrack);
  t->elem = type();
  return t;
}

// ElementType = Type .   (of a channel type; absent after an error)
Expr* Parser::chan_elem() {
  Expr* typ = type_or_nil();
  if (!typ) {
    typ = bad_expr();
    syntax_error("missing channel element type");  // assume it is absent: don't advance
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  StructType* typ = make<StructType>(pos());
  want(Tok::Struct);
  want(Tok::Lbrace);
  const size_t fields = mark();
  list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    field_decl();
    return false;
  });
  typ->fields = take<Field>(fields);
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
InterfaceType* Parser::interface_type() {
  InterfaceType* typ = make<InterfaceType>(pos());
  want(Tok::Interface);
  want(Tok::Lbrace);
  const size_t elems = mark();
  list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == Tok::Name) f = method_decl();
    if (!f || f->names.empty()) f = embedded_elem(f);
    push(f);
    return false;
  });
  typ->elems = take<Field>(elems);
  return typ;
}

// Result = Parameters | Type .
List<Field> Parser::func_result() {
  if (got(Tok::Lparen)) return param_list(nullptr, nullptr, Tok::Rparen, false);
  const Pos p = pos();
  if (Expr* typ = type_or_nil()) {
    push(new_field(p, {}, typ, nullptr));
    return take<Field>(mark() - 1);
  }
  return {};
}

// new_field() makes a Field; names and tag may be empty.
Field* Parser::new_field(Pos p, List<Name> names, Expr* type, BasicLit* tag) {
  Field* f = make<Field>(p);
  f->names = names;
  f->type = type;
  f->tag = tag;
  return f;
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
// Tag           = string_lit .
// The field is pushed on the scratch stack.
void Parser::field_decl() {
  const Pos p = pos();
  switch (tok()) {
    case Tok::Name: {
      Name* n = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi || tok() == Tok::Rbrace) {
        Expr* typ = qualified_name(n);  // embedded type
        push(new_field(p, {}, typ, oliteral()));
        return;
      }
      List<Name> names = name_list(n);  // name1, name2, ... Type [ tag ]
      Expr* typ = nullptr;
      if (names.size() == 1 && tok() == Tok::Lbrack) {
        // An embedded instantiated type T[P1, P2] or a field T [P]E or []E.
        typ = array_or_targs();
        if (auto* ix = as<IndexExpr>(typ)) {
          ix->x = n;
          push(new_field(p, {}, ix, oliteral()));
          return;
        }
      } else {
        typ = type();
      }
      push(new_field(p, names, typ, oliteral()));
      return;
    }
    case Tok::Star: {
      next();
      Expr* typ = nullptr;
      if (tok() == Tok::Lparen) {  // *(T)
        syntax_error("cannot parenthesize embedded type");
        next();
        typ = qualified_name(nullptr);
        got(Tok::Rparen);  // no need to complain if missing
      } else {
        typ = qualified_name(nullptr);  // *T
      }
      Operation* star = make<Operation>(p);
      star->op = Op::Mul;
      star->x = typ;
      push(new_field(p, {}, star, oliteral()));
      return;
    }
    case Tok::Lparen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      Expr* typ = nullptr;
      if (tok() == Tok::Star) {  // (*T)
        Operation* star = make<Operation>(pos());
        next();
        star->op = Op::Mul;
        star->x = qualified_name(nullptr);
        typ = star;
      } else {
        typ = qualified_name(nullptr);  // (T)
      }
      got(Tok::Rparen);  // no need to complain if missing
      push(new_field(p, {}, typ, oliteral()));
      return;
    }
    default:
      syntax_error("expected field name or embedded type");
      advance({Tok::Semi, Tok::Rbrace});
  }
}

// array_or_targs() parses "[" ... after a name: an array or slice type
// ("[n]E", "[]E"), or type arguments ("[T1, T2]", an IndexExpr whose x the
// caller fills in).
Expr* Parser::array_or_targs() {
  const Pos p = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return slice_type(p);
  bool comma = false;
  List<Expr> n = type_list(false, &comma);  // x [n]E or x[n,], x[n1, n2], ...
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = type_or_nil()) {
      ArrayType* t = make<ArrayType>(p);  // x [n]E
      t->len = n[0];
      t->elem = elem;
      return t;
    }
  }
  IndexExpr* t = make<IndexExpr>(p);  // x[n,], x[n1, n2], ...
  t->index = n;
  return t;
}

// oliteral() parses an optional BasicLit (a tag, an import path).
BasicLit* Parser::oliteral() {
  if (tok() != Tok::Literal) return nullptr;
  BasicLit* b = make<BasicLit>(pos());
  b->value = t_.lit;
  b->lit_kind = t_.kind;
  b->bad = t_.bad;
  next();
  return b;
}

// MethodSpec        = MethodName Signature | InterfaceTypeName .
// MethodName        = identifier .
// InterfaceTypeName = TypeName .
Field* Parser::method_decl() {
  Field* f = make<Field>(pos());
  Name* n = name();
  constexpr std::string_view context = "interface method";
  auto method = [&] {
    push(n);
    f->names = take<Name>(mark() - 1);
    f->type = func_type(context, nullptr);
  };
  switch (tok()) {
    case Tok::Lparen:
      method();
      break;
    case Tok::Lbrack: {
      // A generic method m[T C](x T) (accepted, with an error) or an
      // embedded instantiated type T[P1, P2]?
      const Pos lbrack = pos();
      next();
      if (tok() == Tok::Rbrack) {  // empty lists are not permitted: treat as if [] were absent
        const Pos rbrack = pos();
        next();
        if (tok() == Tok::Lparen) {
          error_at(rbrack, "empty type parameter list");
          method();
        } else {
          error_at(rbrack, "empty type argument list");
          f->type = n;
        }
        break;
      }
      // A type argument list looks like a parameter list with only types:
      // parse one and decide afterwards.
      List<Field> params = param_list(nullptr, nullptr, Tok::Rbrack, false);
      if (params.empty()) {  // errors (reported): treat as if [] were absent
        if (tok() == Tok::Lparen) {
          method();
        } else {
          f->type = n;
        }
        break;
      }
      if (!params[0]->names.empty()) {  // generic method
        method();
        error_at(lbrack, "interface method must have no type parameters");
        break;
      }
      IndexExpr* t = make<IndexExpr>(lbrack);  // embedded instantiated type
      t->x = n;
      const size_t args = mark();
      for (Field* a : params) push(a->type);
      t->index = take<Expr>(args);
      f->type = t;
      break;
    }
    default:
      f->type = qualified_name(n);  // embedded type
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embedded_elem(Field* f) {
  if (!f) {
    f = make<Field>(pos());
    f->type = embedded_term();
  }
  f->type = embedded_union(f->type);
  return f;
}

// embedded_union() parses the rest of x { "|" EmbeddedTerm }.
Expr* Parser::embedded_union(Expr* x) {
  while (at_op(Op::Or)) {
    Operation* t = make<Operation>(pos());
    t->op = Op::Or;
    next();
    t->x = x;
    t->y = embedded_term();
    x = t;
  }
  return x;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embedded_term() {
  if (at_op(Op::Tilde)) {
    Operation* t = make<Operation>(pos());
    t->op = Op::Tilde;
    next();
    t->x = type();
    return t;
  }
  Expr* t = type_or_nil();
  if (!t) {
    t = bad_expr();
    syntax_error("expected ~ term or type");
    advance({Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// param_decl() parses one comma-separated element of a parameter list into
// par: a name, a type, or both; name is the element's already parsed first
// name, if any. It returns false (after an error) if there is neither.
bool Parser::param_decl(Name* name, Tok follow, Param& par) {
  const bool type_sets_ok = follow == Tok::Rbrack;  // ~ and | are ok in type parameter lists
  par.pos = name ? name->pos : pos();
  if (!name && type_sets_ok && at_op(Op::Tilde)) {
    par.type = embedded_union(embedded_term());  // "~" ...
    return true;
  }
  if (tok() == Tok::Name || name) {
    if (!name) name = this->name();
    if (tok() == Tok::Lbrack) {  // name "[" ...
      par.type = array_or_targs();
      if (auto* ix = as<IndexExpr>(par.type)) {
        ix->x = name;  // name "[" ... "]"
      } else {
        par.name = name;  // name "[" n "]" E
      }
      if (type_sets_ok && at_op(Op::Or)) par.type = embedded_union(par.type);
      return true;
    }
    if (tok() == Tok::Dot) {  // name "." ...
      par.type = qualified_name(name);
      if (type_sets_ok && at_op(Op::Or)) par.type = embedded_union(par.type);
      return true;
    }
    if (type_sets_ok && at_op(Op::Or)) {  // name "|" ...
      par.type = embedded_union(name);
      return true;
    }
    par.name = name;
  }
  if (tok() == Tok::DotDotDot) {  // [name] "..." ...
    DotsType* t = make<DotsType>(pos());
    next();
    t->elem = type_or_nil();
    if (!t->elem) {
      t->elem = bad_expr();
      syntax_error("... is missing type");
    }
    par.type = t;
    return true;
  }
  if (type_sets_ok && at_op(Op::Tilde)) {  // [name] "~" ...
    par.type = embedded_union(embedded_term());
    return true;
  }
  par.type = type_or_nil();
  if (type_sets_ok && at_op(Op::Or) && par.type) par.type = embedded_union(par.type);  // [name] type "|"
  if (par.name || par.type) return true;
  syntax_error("expected " + tokstring(follow));
  advance({Tok::Comma, follow});
  return false;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// "(" or "[" has been consumed. If name is set it is the first name of the
// list; if typ is set too, (name, typ) is its first parameter. Either all
// parameters end up named or none does. count, if set, receives the number
// of parameters (names, or types if unnamed).
List<Field> Parser::param_list(Name* name, Expr* typ, Tok close, bool require_names, size_t* count) {
  const size_t from = params_.size();
  // list() won't call its element function at the closing token: handle a
  // complete first parameter here.
  if (name && typ && tok() == close) {
    next();
    params_.push_back({name->pos, name, typ});
  } else {
    int named = 0;  // parameters with an explicit name and type
    int typed = 0;  // parameters with an explicit type
    const Pos end = list("parameter list", Tok::Comma, close, [&] {
      Param par;
      bool ok = true;
      if (typ) {
        par = {name->pos, name, typ};
      } else {
        ok = param_decl(name, close, par);
      }
      name = nullptr;  // the first name and type are consumed
      typ = nullptr;
      if (ok) {
        if (par.name && par.type) ++named;
        if (par.type) ++typed;
        params_.push_back(par);
      }
      return false;
    });
    distribute_param_types(from, named, typed, end, require_names);
  }
  if (count) *count = params_.size() - from;
  return group_params(from);
}

// distribute_param_types() completes the parameters params_[from:]: if none
// is named (outside type parameter lists) the names are types; otherwise
// all must be named, names without a type take the next type to their
// right ("a, b int"), and anything else is an error.
void Parser::distribute_param_types(size_t from, int named, int typed, Pos end, bool require_names) {
  const size_t n = params_.size() - from;
  if (n == 0) return;
  if (named == 0 && !require_names) {
    for (size_t i = from; i < params_.size(); ++i) {
      Param& par = params_[i];
      if (par.name) {
        par.type = par.name;
        par.name = nullptr;
      }
    }
    return;
  }
  if (static_cast<size_t>(named) == n) return;
  Pos err;          // left-most error position (or unknown)
  Expr* typ = nullptr;  // current type (from right to left)
  for (size_t i = params_.size(); i-- > from;) {
    Param& par = params_[i];
    if (par.type) {
      typ = par.type;
      if (!par.name) {
        err = start_pos(typ);
        par.name = new_name(err, "_");
      }
    } else if (typ) {
      par.type = typ;
    } else {
      // par.type == null && typ == null: we only have a name
      err = par.name->pos;
      BadExpr* t = make<BadExpr>(err);
      par.type = t;
    }
  }
  if (!err.known()) return;
  std::string msg;
  if (require_names) {
    // Not all are named. If named == typed, some have no types; they must
    // be at the end (else the sweep above had given them one): the missing
    // types are constraints.
    if (named == typed) {
      err = end;  // at the closing ]
      msg = "missing type constraint";
    } else {
      msg = "missing type parameter name";
      if (n == 1) msg += " or invalid array length";  // go.dev/issue/60812
    }
  } else {
    msg = "mixed named and unnamed parameters";
  }
  syntax_error_at(err, msg);
}

// group_params() turns params_[from:] into Fields: consecutive named
// parameters sharing one type (`a, b int`) become one Field.
List<Field> Parser::group_params(size_t from) {
  const size_t fields = mark();
  for (size_t i = from; i < params_.size();) {
    const Param first = params_[i];
    size_t j = i + 1;
    if (first.name) {
      while (j < params_.size() && params_[j].name && params_[j].type == first.type) ++j;
    }
    const size_t names = mark();
    if (first.name) {
      for (size_t k = i; k < j; ++k) push(params_[k].name);
    }
    Field* f = new_field(first.pos, take<Name>(names), first.type, nullptr);
    push(f);
    i = j;
  }
  params_.resize(from);
  return take<Field>(fields);
}

// ---------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// lhs, if not empty, is the already parsed expression list; keyword is the
// statement (for, if, switch) whose header this is, if any.
Stmt* Parser::simple_stmt(List<Expr> lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return new_range_clause({}, false);  // range expr
  if (lhs.empty()) lhs = expr_list();

  if (lhs.size() == 1 && tok() != Tok::Assign && tok() != Tok::Define) {
    const Pos p = pos();
    switch (tok()) {
      case Tok::AssignOp: {  // lhs op= rhs
        const Op op = t_.op;
        next();
        push(expr());
        return new_assign_stmt(p, op, lhs, take<Expr>(mark() - 1));
      }
      case Tok::IncOp: {  // lhs++ or lhs--
        const Op op = t_.op;
        next();
        return new_assign_stmt(p, op, lhs, {});
      }
      case Tok::Arrow: {  // lhs <- rhs
        SendStmt* s = make<SendStmt>(p);
        next();
        s->chan = lhs[0];
        s->value = expr();
        return s;
      }
      default: {  // expr
        ExprStmt* s = make<ExprStmt>(lhs[0]->pos);
        s->x = lhs[0];
        return s;
      }
    }
  }

  if (tok() == Tok::Assign || tok() == Tok::Define) {  // expr_list op= expr_list
    const Pos p = pos();
    const Op op = tok() == Tok::Define ? Op::Def : Op::None;
    next();
    if (keyword == Tok::For && tok() == Tok::Range) return new_range_clause(lhs, op == Op::Def);
    List<Expr> rhs = expr_list();
    if (rhs.size() == 1 && keyword == Tok::Switch && op == Op::Def) {
      if (auto* guard = as<TypeSwitchGuard>(rhs[0])) {
        if (lhs.size() == 1) {
          if (auto* n = as<Name>(lhs[0])) {  // switch ... lhs := rhs.(type)
            guard->lhs = n;
            ExprStmt* s = make<ExprStmt>(guard->pos);
            s->x = guard;
            return s;
          }
        }
      }
    }
    return new_assign_stmt(p, op, lhs, rhs);
  }

  syntax_error("expected := or = or comma");
  advance({Tok::Semi, Tok::Rbrace});
  ExprStmt* s = make<ExprStmt>(lhs[0]->pos);  // make the best of what we have
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
RangeClause* Parser::new_range_clause(List<Expr> lhs, bool def) {
  RangeClause* r = make<RangeClause>(pos());
  next();  // range
  r->lhs = lhs;
  r->def = def;
  r->x = expr();
  return r;
}

// Assignment = ExpressionList [ add_op | mul_op ] "=" ExpressionList .  (and ++, --, :=)
AssignStmt* Parser::new_assign_stmt(Pos p, Op op, List<Expr> lhs, List<Expr> rhs) {
  AssignStmt* a = make<AssignStmt>(p);
  a->op = op;
  a->lhs = lhs;
  a->rhs = rhs;
  return a;
}

// LabeledStmt = Label ":" Statement .
Stmt* Parser::labeled_stmt(Name* label) {
  LabeledStmt* s = make<LabeledStmt>(pos());
  s->label = label;
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // A statement (possibly empty) must follow; as a semicolon may be
    // omitted before "}", "}" implies an empty statement.
    s->stmt = make<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmt_or_nil();
  if (s->stmt) return s;
  syntax_error_at(s->pos, "missing statement after label");  // at the line of the ':'
  return nullptr;  // avoids follow-on errors (see e.g., fixedbugs/bug274.go)
}

// Block = "{" StatementList "}" .
// context names the construct for the error if "{" is missing.
BlockStmt* Parser::block_stmt(std::string_view context) {
  BlockStmt* s = make<BlockStmt>(pos());
  if (!got(Tok::Lbrace)) {  // people coming from C may forget that braces are mandatory in Go
    syntax_error("expected { after " + std::string(context));
    advance({Tok::Name, Tok::Rbrace});
    s->rbrace = pos();  // in case we found "}"
    if (got(Tok::Rbrace)) return s;
  }
  s->stmts = stmt_list();
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

// Declaration = ConstDecl | TypeDecl | VarDecl .
DeclStmt* Parser::decl_stmt() {
  DeclStmt* s = make<DeclStmt>(pos());
  const Tok keyword = tok();
  next();
  s->decl = gen_decl(keyword, s->pos);
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
ForStmt* Parser::for_stmt() {
  ForStmt* s = make<ForStmt>(pos());
  header(Tok::For, &s->init, &s->cond, &s->post);
  s->body = block_stmt("for clause");
  return s;
}

// header() parses the header of an if, for or switch statement, keyword
// included, up to its block:
//   IfStmt     header = [ SimpleStmt ";" ] Expression
//   SwitchStmt header = [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ]
//   ForClause         = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ]
// In a header "{" starts the block, never a composite literal (xnest_ < 0),
// unless parenthesized.
void Parser::header(Tok keyword, Stmt** init, Expr** cond, Stmt** post) {
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntax_error("missing condition in if statement");
      *cond = bad_expr();
    }
    return;
  }
  const int outer = xnest_;
  xnest_ = -1;

  if (tok() != Tok::Semi) {
    // accept a potential var declaration but complain
    if (got(Tok::Var)) syntax_error("var declaration not allowed in " + tokstring(keyword) + " initializer");
    *init = simple_stmt({}, keyword);
    if (as<RangeClause>(*init)) {  // only for keyword == For
      xnest_ = outer;
      return;
    }
  }

  Stmt* cond_stmt = nullptr;
  Pos semi_pos;
  std::string_view semi_lit;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      semi_pos = pos();
      semi_lit = t_.lit;
      next();
    } else {
      want(Tok::Lbrace);  // asking for a '{' rather than a ';' gives a better error message
      if (tok() != Tok::Lbrace) advance({Tok::Lbrace, Tok::Rbrace});  // for better synchronization (go.dev/issue/22581)
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntax_error("expected for loop condition");
          xnest_ = outer;
          return;
        }
        cond_stmt = simple_stmt({}, Tok::None);
      }
      want(Tok::Semi);
      if (tok() != Tok::Lbrace) {
        *post = simple_stmt({}, Tok::None);
        if (auto* a = as<AssignStmt>(*post); a && a->op == Op::Def) {
          syntax_error_at(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (tok() != Tok::Lbrace) {
      cond_stmt = simple_stmt({}, keyword);
    }
  } else {
    cond_stmt = *init;
    *init = nullptr;
  }
  *cond = header_cond(keyword, cond_stmt, semi_pos, semi_lit);
  xnest_ = outer;
}

// header_cond() unpacks a header's condition statement into an expression.
Expr* Parser::header_cond(Tok keyword, Stmt* cond_stmt, Pos semi_pos, std::string_view semi_lit) {
  if (!cond_stmt) {
    if (keyword == Tok::If && semi_pos.known()) {
      if (semi_lit != "semicolon") {
        syntax_error_at(semi_pos, "unexpected " + std::string(semi_lit) + ", expected { after if clause");
      } else {
        syntax_error_at(semi_pos, "missing condition in if statement");
      }
      return make<BadExpr>(semi_pos);
    }
    return nullptr;
  }
  if (auto* s = as<ExprStmt>(cond_stmt)) return s->x;
  // A common syntax error is to write '=' instead of '==', which turns an
  // expression into an assignment: say so explicitly.
  std::string str;
  if (auto* as = goro::lang::as<AssignStmt>(cond_stmt); as && as->op == Op::None) {
    str = "assignment " + emphasize(as->lhs) + " = " + emphasize(as->rhs);
  } else {
    str = node_string(cond_stmt);
  }
  syntax_error_at(cond_stmt->pos, "cannot use " + str + " as value");
  return nullptr;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
IfStmt* Parser::if_stmt() {
  DepthGuard depth(*this);  // else if chains recurse
  IfStmt* s = make<IfStmt>(pos());
  header(Tok::If, &s->init, &s->cond, nullptr);
  s->then = block_stmt("if clause");
  if (got(Tok::Else)) {
    if (tok() == Tok::If) {
      s->els = if_stmt();
    } else if (tok() == Tok::Lbrace) {
      s->els = block_stmt("");
    } else {
      syntax_error("else must be followed by if or statement block");
      advance({Tok::Name, Tok::Rbrace});
    }
  }
  return s;
}

// SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" { CaseClause } "}" .
SwitchStmt* Parser::switch_stmt() {
  SwitchStmt* s = make<SwitchStmt>(pos());
  header(Tok::Switch, &s->init, &s->tag, nullptr);
  if (!got(Tok::Lbrace)) {
    syntax_error("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  const size_t body = mark();
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) push(case_clause());
  s->body = take<CaseClause>(body);
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
SelectStmt* Parser::select_stmt() {
  SelectStmt* s = make<SelectStmt>(pos());
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntax_error("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  const size_t body = mark();
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) push(comm_clause());
  s->body = take<CommClause>(body);
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

// CaseClause = ( "case" ExpressionList | "default" ) ":" StatementList .
CaseClause* Parser::case_clause() {
  CaseClause* c = make<CaseClause>(pos());
  if (tok() == Tok::Case) {
    next();
    c->cases = expr_list();
  } else if (tok() == Tok::Default) {
    next();
  } else {
    syntax_error("expected case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

// CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
// Any simple statement is accepted here; the checker restricts it to
// lhs <- x, <-x, lhs = <-x and lhs := <-x.
CommClause* Parser::comm_clause() {
  CommClause* c = make<CommClause>(pos());
  if (tok() == Tok::Case) {
    next();
    c->comm = simple_stmt({}, Tok::None);
  } else if (tok() == Tok::Default) {
    next();
  } else {
    syntax_error("expected case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

// stmt_or_nil() parses a statement if one is present, or returns null.
//   Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//               BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt |
//               Block | IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
Stmt* Parser::stmt_or_nil() {
  DepthGuard depth(*this);
  // Most statements (assignments) start with a name: look for that first.
  if (tok() == Tok::Name) {
    List<Expr> lhs = expr_list();
    if (lhs.size() == 1 && tok() == Tok::Colon) {
      if (auto* label = as<Name>(lhs[0])) return labeled_stmt(label);
    }
    return simple_stmt(lhs, Tok::None);
  }
  switch (tok()) {
    case Tok::Var: case Tok::Const: case Tok::Type:
      return decl_stmt();
    case Tok::Lbrace:
      return block_stmt("");
    case Tok::Operator: case Tok::Star:
      switch (t_.op) {
        case Op::Add: case Op::Sub: case Op::Mul: case Op::And: case Op::Xor: case Op::Not:
          return simple_stmt({}, Tok::None);  // unary operators
        default:
          return nullptr;
      }
    case Tok::Literal: case Tok::Func: case Tok::Lparen:                         // operands
    case Tok::Lbrack: case Tok::Struct: case Tok::Map: case Tok::Chan: case Tok::Interface:  // composite types
    case Tok::Arrow:                                                             // receive operator
      return simple_stmt({}, Tok::None);
    case Tok::For: return for_stmt();
    case Tok::Switch: return switch_stmt();
    case Tok::Select: return select_stmt();
    case Tok::If: return if_stmt();
    case Tok::Fallthrough: case Tok::Break: case Tok::Continue: case Tok::Goto:
      return branch_stmt();
    case Tok::Go: case Tok::Defer:
      return call_stmt();
    case Tok::Return: {
      ReturnStmt* s = make<ReturnStmt>(pos());
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->results = expr_list();
      return s;
    }
    case Tok::Semi:
      return make<EmptyStmt>(pos());
    default:
      return nullptr;
  }
}

// BreakStmt = "break" [ Label ] .   ContinueStmt = "continue" [ Label ] .
// GotoStmt = "goto" Label .         FallthroughStmt = "fallthrough" .
Stmt* Parser::branch_stmt() {
  BranchStmt* s = make<BranchStmt>(pos());
  s->tok = tok();
  next();
  if (s->tok == Tok::Goto) {
    s->label = name();
  } else if ((s->tok == Tok::Break || s->tok == Tok::Continue) && tok() == Tok::Name) {
    s->label = name();
  }
  return s;
}

// StatementList = { Statement ";" } .
List<Stmt> Parser::stmt_list() {
  const size_t stmts = mark();
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace && tok() != Tok::Case && tok() != Tok::Default) {
    Stmt* s = stmt_or_nil();
    if (!s) break;
    push(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntax_error("at end of statement");
      advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      got(Tok::Semi);  // avoid a spurious empty statement
    }
  }
  return take<Stmt>(stmts);
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .   ("(" consumed)
List<Expr> Parser::arg_list(bool* has_dots) {
  ++xnest_;
  const size_t args = mark();
  list("argument list", Tok::Comma, Tok::Rparen, [&] {
    push(expr());
    *has_dots = got(Tok::DotDotDot);
    return *has_dots;
  });
  --xnest_;
  return take<Expr>(args);
}

// ---------------------------------------------------------------------------
// Common productions

// identifier (an error, read as "_", if the token is not one)
Name* Parser::name() {
  if (tok() == Tok::Name) {
    Name* n = new_name(pos(), t_.lit);
    next();
    return n;
  }
  Name* n = new_name(pos(), "_");
  syntax_error("expected name");
  advance();
  return n;
}

// IdentifierList = identifier { "," identifier } .   (first already parsed)
List<Name> Parser::name_list(Name* first) {
  const size_t names = mark();
  push(first);
  while (got(Tok::Comma)) push(name());
  return take<Name>(names);
}

// QualifiedIdent = [ PackageName "." ] identifier [ TypeArgs ] .
// name, if set, is the already parsed first name.
Expr* Parser::qualified_name(Name* n) {
  Expr* x = nullptr;
  if (n) {
    x = n;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = new_name(pos(), "_");
    syntax_error("expected name");
    advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (tok() == Tok::Dot) {
    SelectorExpr* s = make<SelectorExpr>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == Tok::Lbrack) x = type_instance(x);
  return x;
}

// ExpressionList = Expression { "," Expression } .
List<Expr> Parser::expr_list() {
  const size_t exprs = mark();
  push(expr());
  while (got(Tok::Comma)) push(expr());
  return take<Expr>(exprs);
}

// typeList = arg { "," arg } [ "," ] .
// A non-empty list of types; unless strict, the first may be any
// expression (an index). comma reports a separating or trailing comma.
List<Expr> Parser::type_list(bool strict, bool* comma) {
  ++xnest_;
  const size_t types = mark();
  push(strict ? type() : expr());
  *comma = false;
  if (got(Tok::Comma)) {
    *comma = true;
    while (Expr* t = type_or_nil()) {
      push(t);
      if (!got(Tok::Comma)) break;
    }
  }
  --xnest_;
  return take<Expr>(types);
}

}  // namespace

std::unique_ptr<File> parse_file(std::string_view text, Diagnostics& diags, const ParseOptions& options) {
  auto file = std::make_unique<File>();
  file->text = file->arena.copy(text);
  Parser parser(*file, diags, options);
  parser.source_file();
  return file;
}

}  // namespace goro::lang
