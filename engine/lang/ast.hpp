// The syntax tree of one Go source file.
//
// Nodes are plain structs tagged with a Kind (no virtual functions): test
// the kind, or use as<T>(node), which returns null for another kind. They
// live in the File's arena; children are raw pointers into it and lists are
// spans of pointers into it. Names and literal texts are views into the
// File's copy of the source text.
//
// The shapes follow the Go compiler's syntax package (cmd/compile/internal/
// syntax/nodes.go), so the checker can follow types2; the differences are
// noted at each node and summed up here:
//   - lists are spans, never a ListExpr node;
//   - declarations are grouped as written (GenDecl holding specs), and a
//     const spec records its iota and the spec it repeats implicitly;
//   - a Field holds all the names declared with one type (`a, b int`), as
//     written, instead of one Field per name sharing the type;
//   - a parenthesized type keeps its ParenExpr (the compiler drops it);
//   - `<-chan T` in an expression is positioned at its `<-`.
//
// Positions: every node's pos is the position the syntax package gives it
// (syntax.Node.Pos()), which is the position of the token that identifies
// the node, not always its first token:
//   - binary Operation: the operator; CallExpr: its `(`; IndexExpr and
//     SliceExpr: their `[`; SelectorExpr, AssertExpr, TypeSwitchGuard: the
//     `.`; CompositeLit: its `{`; KeyValueExpr: the `:`; FuncType: its `(`;
//   - AssignStmt (also ++/--, :=, op=): the operator; SendStmt: the `<-`;
//     LabeledStmt: the `:`; ExprStmt: its expression's pos;
//   - ConstSpec, VarSpec: the first name; ImportSpec: its first token;
//     TypeSpec: the name; FuncDecl: the token after `func` (keyword holds
//     the `func`); GenDecl: its keyword.
// start_pos(node) gives the position of a node's first token, which is
// where types2 reports most errors (syntax.StartPos).
//
// Generics are parsed as the compiler parses them (type parameter lists,
// instantiations with several type arguments, ~ and | in interfaces) and
// left for the checker to reject ("generics are not supported yet").
//
// The parser also runs the compiler's branch checks (branches.hpp), which
// fill in BranchStmt::target.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "arena.hpp"
#include "source.hpp"
#include "token.hpp"

namespace goro::lang {

// kMaxNesting is the default bound on nesting of the parser and the checker
// (ParseOptions::max_depth, CheckOptions::max_depth): past it a program
// gets "exceeded max nesting depth" instead of a stack overflow. In
// WebAssembly the recursion runs on the JavaScript engine's own stack (about
// 1 MiB in V8, in workers too), where a level costs several times its native
// size, more while V8 still runs a function's baseline code: 1000 nested
// parentheses overflow it, and 390 once did, in a pthread of the threaded
// build under load; 250 leaves a wide margin.
#ifdef __EMSCRIPTEN__
inline constexpr int kMaxNesting = 250;
#else
inline constexpr int kMaxNesting = 1000;
#endif

enum class Kind : uint8_t {
  // expressions
  BadExpr,
  Name,
  BasicLit,
  CompositeLit,
  KeyValueExpr,
  FuncLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  AssertExpr,
  TypeSwitchGuard,
  Operation,
  CallExpr,
  // types (expressions too)
  ArrayType,
  SliceType,
  DotsType,
  StructType,
  InterfaceType,
  FuncType,
  MapType,
  ChanType,
  // statements
  EmptyStmt,
  LabeledStmt,
  BlockStmt,
  ExprStmt,
  SendStmt,
  DeclStmt,
  AssignStmt,
  BranchStmt,
  CallStmt,
  ReturnStmt,
  IfStmt,
  ForStmt,
  SwitchStmt,
  SelectStmt,
  RangeClause,
  CaseClause,
  CommClause,
  // declarations
  ImportSpec,
  ConstSpec,
  TypeSpec,
  VarSpec,
  GenDecl,
  FuncDecl,
  // other
  Field,
  File,
};

struct Type;       // types.hpp: the checker's results
struct Object;     // object.hpp
struct Var;        // object.hpp
struct Selection;  // types.hpp
namespace constant {
class Value;
}

// Mode is what the checker found an expression to be (go/types'
// operandMode), recorded for the compiler.
enum class Mode : uint8_t {
  Invalid,   // not checked, or erroneous
  NoValue,   // a call of a function without results
  Builtin,   // a predeclared function's name (len, append, ...)
  TypeExpr,  // denotes a type (Expr::type is that type)
  Constant,  // a constant: Expr::value holds it
  Variable,  // addressable: a variable, *p, s[i], a field of an addressable struct
  MapIndex,  // m[k]: assignable, not addressable, comma-ok capable
  Value,     // any other value
  CommaOk,   // x.(T) or <-ch, usable with comma-ok
  PkgName,   // an imported package's name, as the x of fmt.Println
};

struct Node {
  Kind kind;
  Pos pos;

 protected:
  Node(Kind k, Pos p) : kind(k), pos(p) {}
};

// Expr is an expression or a type. (The checker's results go here.)
struct Expr : Node {
  // The checker's results (see check.hpp for the contract):
  //   type: the expression's type, or the type a type expression denotes.
  //     An untyped constant gets the type it was converted to by its
  //     context (types2's updateExprType): `var f float64 = 1` types the 1
  //     as float64, `var a any = 1` as int; it stays untyped only where Go
  //     leaves it so (operands of a constant expression, shift counts).
  //   value: the constant's value when mode is Constant (owned by Package).
  //   mode: what the expression is.
  Type* type = nullptr;
  const constant::Value* value = nullptr;
  Mode mode = Mode::Invalid;

 protected:
  using Node::Node;
};
struct Stmt : Node {
 protected:
  using Node::Node;
};
struct Decl : Node {
 protected:
  using Node::Node;
};

template <class Base, Kind K>
struct NodeOf : Base {
  static constexpr Kind kKind = K;
  explicit NodeOf(Pos p) : Base(K, p) {}
};

// as<T>(n) is n as a T, or null if n is null or another kind of node.
template <class T>
T* as(Node* n) {
  return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
  return n && n->kind == T::kKind ? static_cast<const T*>(n) : nullptr;
}

template <class T>
using List = std::span<T*>;

struct FuncType;
struct BlockStmt;
struct GenDecl;
struct CaseClause;
struct CommClause;

// ---------------------------------------------------------------------------
// Expressions

// BadExpr stands where a syntax error left no expression.
struct BadExpr : NodeOf<Expr, Kind::BadExpr> {
  using NodeOf::NodeOf;
};

struct Name : NodeOf<Expr, Kind::Name> {
  using NodeOf::NodeOf;
  std::string_view value;
  // obj is the checker's result: the object the name declares or denotes
  // (null if undefined, blank, a field or method name, or not resolved yet).
  Object* obj = nullptr;
};

struct BasicLit : NodeOf<Expr, Kind::BasicLit> {
  using NodeOf::NodeOf;
  std::string_view value;  // as written
  LitKind lit_kind = LitKind::Int;
  bool bad = false;  // the literal has a lexical error (already reported)
};

// CompositeLit is Type{elems}; pos is the `{`.
struct CompositeLit : NodeOf<Expr, Kind::CompositeLit> {
  using NodeOf::NodeOf;
  Expr* type = nullptr;  // null: elided in a nested literal
  List<Expr> elems;      // KeyValueExpr for keyed elements
  uint32_t nkeys = 0;    // number of keyed elements
  Pos rbrace;
};

// KeyValueExpr is key: value in a composite literal; pos is the `:`.
struct KeyValueExpr : NodeOf<Expr, Kind::KeyValueExpr> {
  using NodeOf::NodeOf;
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// FuncLit is func(...) {...}; pos is `func`.
struct FuncLit : NodeOf<Expr, Kind::FuncLit> {
  using NodeOf::NodeOf;
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
};

struct ParenExpr : NodeOf<Expr, Kind::ParenExpr> {
  using NodeOf::NodeOf;
  Expr* x = nullptr;
};

// SelectorExpr is x.sel; pos is the `.`.
struct SelectorExpr : NodeOf<Expr, Kind::SelectorExpr> {
  using NodeOf::NodeOf;
  Expr* x = nullptr;
  Name* sel = nullptr;
  // selection is the checker's result for a field or method selector (null
  // for a qualified identifier such as fmt.Println, whose sel->obj is the
  // package member).
  Selection* selection = nullptr;
};

// IndexExpr is x[index], or an instantiation x[T1, T2]; pos is the `[`.
struct IndexExpr : NodeOf<Expr, Kind::IndexExpr> {
  using NodeOf::NodeOf;
  Expr* x = nullptr;
  List<Expr> index;  // one element, except for instantiations
};

// SliceExpr is x[i:j] or x[i:j:k]; pos is the `[`.
struct SliceExpr : NodeOf<Expr, Kind::SliceExpr> {
  using NodeOf::NodeOf;
  Expr* x = nullptr;
  Expr* index[3] = {};  // absent indices are null
  bool full = false;    // 3-index slice
};

// AssertExpr is x.(type); pos is the `.`.
struct AssertExpr : NodeOf<Expr, Kind::AssertExpr> {
  using NodeOf::NodeOf;
  Expr* x = nullptr;
  Expr* type = nullptr;
};

// TypeSwitchGuard is [lhs :=] x.(type), a switch tag; pos is the `.`.
struct TypeSwitchGuard : NodeOf<Expr, Kind::TypeSwitchGuard> {
  using NodeOf::NodeOf;
  Name* lhs = nullptr;
  Expr* x = nullptr;
};

// Operation is a unary (y null) or binary expression; pos is the operator.
// Unary * is both dereference and pointer type.
struct Operation : NodeOf<Expr, Kind::Operation> {
  using NodeOf::NodeOf;
  Op op = Op::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// CallExpr is fun(args) (also a conversion); pos is the `(`.
struct CallExpr : NodeOf<Expr, Kind::CallExpr> {
  using NodeOf::NodeOf;
  Expr* fun = nullptr;
  List<Expr> args;
  bool has_dots = false;  // the last argument is followed by ...
};

// ---------------------------------------------------------------------------
// Types

// ArrayType is [len]elem; pos is the `[`.
struct ArrayType : NodeOf<Expr, Kind::ArrayType> {
  using NodeOf::NodeOf;
  Expr* len = nullptr;  // null: [...]elem
  Expr* elem = nullptr;
};

struct SliceType : NodeOf<Expr, Kind::SliceType> {
  using NodeOf::NodeOf;
  Expr* elem = nullptr;
};

// DotsType is ...elem, the type of a variadic parameter; pos is the `...`.
struct DotsType : NodeOf<Expr, Kind::DotsType> {
  using NodeOf::NodeOf;
  Expr* elem = nullptr;
};

// Field is a struct field, parameter, result, interface element or type
// parameter: `names type tag`. Its pos is its first token.
//   - struct: names empty for an embedded field; tag null if none;
//   - parameters/results: names empty if unnamed (one Field per type);
//   - interface: a method has one name and a FuncType; an embedded element
//     (interface name, or a ~/| type set) has no names.
struct Field : NodeOf<Node, Kind::Field> {
  using NodeOf::NodeOf;
  List<Name> names;
  Expr* type = nullptr;
  BasicLit* tag = nullptr;
};

struct StructType : NodeOf<Expr, Kind::StructType> {
  using NodeOf::NodeOf;
  List<Field> fields;
};

struct InterfaceType : NodeOf<Expr, Kind::InterfaceType> {
  using NodeOf::NodeOf;
  List<Field> elems;  // methods and embedded elements, in order
};

// FuncType is a signature; pos is its `(` (its `[` if it has type params).
struct FuncType : NodeOf<Expr, Kind::FuncType> {
  using NodeOf::NodeOf;
  List<Field> params;
  List<Field> results;
};

struct MapType : NodeOf<Expr, Kind::MapType> {
  using NodeOf::NodeOf;
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// ChanType: pos is `chan`, or the `<-` of <-chan. (ChanDir is token.hpp's,
// shared with types.hpp's Chan.)
struct ChanType : NodeOf<Expr, Kind::ChanType> {
  using NodeOf::NodeOf;
  ChanDir dir = ChanDir::Both;
  Expr* elem = nullptr;
};

// ---------------------------------------------------------------------------
// Statements

// EmptyStmt: pos is its `;` (a newline's position if implicit), or the `}`
// after a label.
struct EmptyStmt : NodeOf<Stmt, Kind::EmptyStmt> {
  using NodeOf::NodeOf;
};

// LabeledStmt is label: stmt; pos is the `:`.
struct LabeledStmt : NodeOf<Stmt, Kind::LabeledStmt> {
  using NodeOf::NodeOf;
  Name* label = nullptr;
  Stmt* stmt = nullptr;
};

struct BlockStmt : NodeOf<Stmt, Kind::BlockStmt> {
  using NodeOf::NodeOf;
  List<Stmt> stmts;
  Pos rbrace;
};

struct ExprStmt : NodeOf<Stmt, Kind::ExprStmt> {
  using NodeOf::NodeOf;
  Expr* x = nullptr;
};

// SendStmt is chan <- value; pos is the `<-`.
struct SendStmt : NodeOf<Stmt, Kind::SendStmt> {
  using NodeOf::NodeOf;
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct DeclStmt : NodeOf<Stmt, Kind::DeclStmt> {
  using NodeOf::NodeOf;
  GenDecl* decl = nullptr;
};

// AssignStmt is lhs = rhs (op None), lhs := rhs (op Def), lhs op= rhs, or
// lhs++ / lhs-- (op Add / Sub, rhs empty). pos is the operator.
struct AssignStmt : NodeOf<Stmt, Kind::AssignStmt> {
  using NodeOf::NodeOf;
  Op op = Op::None;
  List<Expr> lhs;
  List<Expr> rhs;

  bool is_incdec() const { return rhs.empty(); }
};

// BranchStmt is break, continue, goto or fallthrough. target is set by the
// branch checks (branches.hpp) of a function without syntax errors: the
// ForStmt, SwitchStmt or SelectStmt a break ends, the ForStmt a continue
// continues, the LabeledStmt a goto jumps to (null for fallthrough and
// after an error).
struct BranchStmt : NodeOf<Stmt, Kind::BranchStmt> {
  using NodeOf::NodeOf;
  Tok tok = Tok::Break;
  Name* label = nullptr;
  Stmt* target = nullptr;
};

// CallStmt is go or defer; call is normally a CallExpr (the checker reports
// anything else, as types2 does).
struct CallStmt : NodeOf<Stmt, Kind::CallStmt> {
  using NodeOf::NodeOf;
  Tok tok = Tok::Go;  // Go or Defer
  Expr* call = nullptr;
};

struct ReturnStmt : NodeOf<Stmt, Kind::ReturnStmt> {
  using NodeOf::NodeOf;
  List<Expr> results;
};

struct IfStmt : NodeOf<Stmt, Kind::IfStmt> {
  using NodeOf::NodeOf;
  Stmt* init = nullptr;  // a simple statement
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* els = nullptr;  // null, IfStmt or BlockStmt
};

// ForStmt: init is a RangeClause for a range loop (then cond and post are
// null).
struct ForStmt : NodeOf<Stmt, Kind::ForStmt> {
  using NodeOf::NodeOf;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// RangeClause is [lhs = | lhs :=] range x, the init of a ForStmt; pos is
// `range`.
struct RangeClause : NodeOf<Stmt, Kind::RangeClause> {
  using NodeOf::NodeOf;
  List<Expr> lhs;  // empty: `for range x`
  bool def = false;  // :=
  Expr* x = nullptr;
};

// SwitchStmt: a type switch has a TypeSwitchGuard tag.
struct SwitchStmt : NodeOf<Stmt, Kind::SwitchStmt> {
  using NodeOf::NodeOf;
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  List<CaseClause> body;
  Pos rbrace;
};

struct SelectStmt : NodeOf<Stmt, Kind::SelectStmt> {
  using NodeOf::NodeOf;
  List<CommClause> body;
  Pos rbrace;
};

// CaseClause: pos is `case` or `default`; cases empty means default.
struct CaseClause : NodeOf<Stmt, Kind::CaseClause> {
  using NodeOf::NodeOf;
  List<Expr> cases;
  List<Stmt> body;
  Pos colon;
  // implicit is the checker's result in a type switch with `v :=`: the
  // clause's own v (typed as the case's single type, else as the guard's x).
  Var* implicit = nullptr;
};

// CommClause: comm is a send or receive statement, null for default.
struct CommClause : NodeOf<Stmt, Kind::CommClause> {
  using NodeOf::NodeOf;
  Stmt* comm = nullptr;
  List<Stmt> body;
  Pos colon;
};

// ---------------------------------------------------------------------------
// Declarations

// GenDecl is an import, const, type or var declaration, grouped or not:
// `var x int` is a GenDecl with one spec and no parentheses.
struct GenDecl : NodeOf<Decl, Kind::GenDecl> {
  using NodeOf::NodeOf;
  Tok tok = Tok::Var;  // Import, Const, Type or Var
  Pos lparen, rparen;  // unknown if not grouped
  List<Decl> specs;    // ImportSpec, ConstSpec, TypeSpec or VarSpec

  bool grouped() const { return lparen.known(); }
};

struct ImportSpec : NodeOf<Decl, Kind::ImportSpec> {
  using NodeOf::NodeOf;
  GenDecl* group = nullptr;
  Name* local_name = nullptr;  // null if no rename; "." for a dot import
  BasicLit* path = nullptr;    // null after a syntax error
};

// ConstSpec: a spec without type and values repeats, as the spec says, the
// type and values of `inherit`, the last spec before it in the group that
// has a type or values (null if there is none: the checker reports "missing
// init expr for x", as types2 does).
struct ConstSpec : NodeOf<Decl, Kind::ConstSpec> {
  using NodeOf::NodeOf;
  GenDecl* group = nullptr;
  List<Name> names;
  Expr* type = nullptr;
  List<Expr> values;
  uint32_t iota = 0;  // index of the spec in its group
  ConstSpec* inherit = nullptr;
};

struct TypeSpec : NodeOf<Decl, Kind::TypeSpec> {
  using NodeOf::NodeOf;
  GenDecl* group = nullptr;
  Name* name = nullptr;
  List<Field> tparams;  // type parameters (the checker rejects them)
  bool alias = false;   // type name = type
  Expr* type = nullptr;
};

struct VarSpec : NodeOf<Decl, Kind::VarSpec> {
  using NodeOf::NodeOf;
  GenDecl* group = nullptr;
  List<Name> names;
  Expr* type = nullptr;  // null if absent
  List<Expr> values;
};

struct FuncDecl : NodeOf<Decl, Kind::FuncDecl> {
  using NodeOf::NodeOf;
  Pos keyword;             // `func`
  Field* recv = nullptr;   // null for a function
  Name* name = nullptr;
  List<Field> tparams;     // type parameters (the checker rejects them)
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;  // null if the declaration has no body
};

// File is a parsed source file. It owns the arena its nodes live in, and
// the copy of the source text their names and literals view.
struct File : NodeOf<Node, Kind::File> {
  File() : NodeOf(Pos{}) {}
  Arena arena;
  std::string_view text;    // the source, copied into the arena
  Name* pkg_name = nullptr;  // null if the package clause is missing
  List<Decl> decls;          // GenDecl and FuncDecl, in source order
  Pos eof;
};

// unparen() strips any enclosing parentheses.
inline Expr* unparen(Expr* x) {
  while (auto* p = as<ParenExpr>(x)) x = p->x;
  return x;
}

// start_pos() is syntax.StartPos: the position of n's first token, except
// where the syntax package does not correct a node's own position (it keeps
// SliceExpr's `[`, KeyValueExpr's `:` and ExprStmt's expression position).
inline Pos start_pos(const Node* n) {
  for (;;) {
    switch (n->kind) {
      case Kind::CompositeLit:
        if (auto t = static_cast<const CompositeLit*>(n)->type) {
          n = t;
          continue;
        }
        return n->pos;
      case Kind::SelectorExpr: n = static_cast<const SelectorExpr*>(n)->x; continue;
      case Kind::IndexExpr: n = static_cast<const IndexExpr*>(n)->x; continue;
      case Kind::AssertExpr: n = static_cast<const AssertExpr*>(n)->x; continue;
      case Kind::TypeSwitchGuard: {
        auto g = static_cast<const TypeSwitchGuard*>(n);
        n = g->lhs ? static_cast<const Node*>(g->lhs) : g->x;
        continue;
      }
      case Kind::Operation: {
        auto o = static_cast<const Operation*>(n);
        if (!o->y) return n->pos;
        n = o->x;
        continue;
      }
      case Kind::CallExpr: n = static_cast<const CallExpr*>(n)->fun; continue;
      case Kind::SendStmt: n = static_cast<const SendStmt*>(n)->chan; continue;
      case Kind::AssignStmt: n = static_cast<const AssignStmt*>(n)->lhs[0]; continue;
      case Kind::RangeClause: {
        auto r = static_cast<const RangeClause*>(n);
        n = r->lhs.empty() ? r->x : r->lhs[0];
        continue;
      }
      case Kind::File: return {1, 1};
      default: return n->pos;
    }
  }
}

}  // namespace goro::lang
