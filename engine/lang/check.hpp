// The type checker (go/types / types2 semantics, Go 1.22's messages): names
// resolved to objects, type expressions to types, and Go's compile errors
// reported into Diagnostics. Run it only on a file without syntax errors
// (Diagnostics::syntax_errors() == 0), as the compiler does.
//
//   Package pkg;
//   bool ok = check(*file, types, diags, pkg);
//
// Results are written into the tree: Name::obj (the object a name declares
// or denotes) and Expr::type for type expressions (the Type they denote).
// The objects and scopes live in pkg.objects; the types in the TypeTable.
// Both must outlive any use of the tree's results, and must not outlive the
// File (object names view its text).
//
// What this slice checks (and so what it reports):
//   - imports: only the supported standard packages (kSupportedPackages);
//     any other path is "package foo is not in std", the go command's
//     wording (Go 1.22; 1.19 says "is not in GOROOT (...)"), without the
//     GOROOT path, which varies by machine. Like `go build`, which fails
//     before compiling, nothing else is checked then;
//   - "undefined: x", "x redeclared in this block" (with the compiler's
//     "\n\t./prog.go:L:C: other declaration of x" continuation), "no new
//     variables on left side of :=", "x is not a type";
//   - "declared and not used: x" for local variables (a plain `x = v`
//     assignment is not a use; x++ and x += v are, as in types2), and
//     "\"os\" imported and not used" / "\"strings\" imported as str and not
//     used";
//   - types of type expressions (named, recursive through pointers, arrays,
//     slices, maps, chans, structs, funcs, interfaces, pointers), "invalid
//     recursive type" cycles (types2's cycleError wording), and "generics
//     are not supported yet" at each type parameter list;
//   - constants (check_consts.cpp): iota and implicit repetition, typed and
//     untyped constants, arity ("missing init expr for x"), and the
//     constant.hpp messages for representability, overflow, division by
//     zero, shifts and conversions; "mismatched types" of typed constants;
//     constant initializers of variables declared with a basic type.
//
// Not implemented yet (these report nothing, so valid programs stay clean):
//   - package members: a selector on an imported package resolves to an
//     invalid type that suppresses follow-up errors (no "undefined: fmt.X");
//   - expression types and operands: assignability, calls, operators,
//     conversions, field and method selectors ("t.x undefined"), composite
//     literal keys, duplicate cases and keys, returns, statement rules;
//   - constants: builtins (len, ...), package constants (math.Pi) and
//     non-constant operands make a constant Unknown without an error
//     (types2 would say "... is not constant"), and so do operator/operand
//     mismatches ("a" - 1); array lengths that are not constant integers
//     give length -1 ("not yet known") without an error; "division by zero"
//     of a non-constant dividend (x / 0) needs expression types;
//   - duplicate fields and methods, methods on non-local or invalid
//     receivers, interface method sets (types.hpp's complete());
//   - type declarations local to a function are not checked for invalid
//     recursion; imports that clash with package-level names;
//   - dot imports (accepted, never reported unused), unused labels (the
//     parser's branch checks do those).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast.hpp"
#include "scope.hpp"
#include "source.hpp"
#include "types.hpp"

namespace goro::lang {

// kSupportedPackages are the import paths the interpreter will provide.
inline constexpr std::string_view kSupportedPackages[] = {
    "fmt",  "os",      "strings",     "strconv", "errors", "math",    "math/rand",
    "sort", "time",    "sync",        "sync/atomic", "context", "log", "runtime",
    "unicode", "unicode/utf8", "slices", "maps",
};

struct CheckOptions {
  // filename is how positions are written inside messages ("other
  // declaration of x" lines), as `go build` names the file.
  std::string_view filename = "./prog.go";
};

// Package is what checking leaves behind besides the tree's annotations.
struct Package {
  ObjectTable objects;
  Scope* universe = nullptr;
  Scope* scope = nullptr;       // package-level declarations
  Scope* file_scope = nullptr;  // imports; its parent is scope
};

// check() type-checks file, reporting errors into diags; true if it
// reported none.
bool check(File& file, TypeTable& types, Diagnostics& diags, Package& pkg,
           const CheckOptions& options = {});

namespace detail {

// ConstOperand is a constant expression's value: its type (an untyped Basic,
// or a typed type whose underlying type is Basic) and its source text, for
// messages.
struct ConstOperand {
  constant::Value val;
  Type* type = nullptr;
  std::string expr;

  BasicKind kind() const;
  std::string str() const;  // operand_string(): "300 (untyped int constant)"
};

// Checker is one run of check(); its phases live in check_*.cpp:
//   check_decls.cpp: imports, package-level collection, the phase order;
//   check_types.cpp: type expressions, named types and recursive cycles;
//   check_stmts.cpp: function bodies, block scopes, unused variables;
//   check_exprs.cpp: resolving the names in expressions.
// Invariants: scope_ is the innermost scope of what is being checked;
// locals_ holds the local variables declared in the current top-level
// function, for the "declared and not used" pass at its end.
class Checker {
 public:
  Checker(File& file, TypeTable& types, Diagnostics& diags, Package& pkg, const CheckOptions& options);
  bool run();

 private:
  // check_decls.cpp
  bool collect_imports();
  void collect_package();
  void collect_gen_decl(GenDecl* d);
  void check_package_vars_and_consts();
  void check_func_decl(FuncDecl* d);
  void report_unused_imports();
  bool declare(Scope* s, Name* name, Object* obj);
  void error(Pos pos, std::string message);
  std::string pos_string(Pos pos) const;

  // check_types.cpp
  Type* typexpr(Expr* x);
  Type* typexpr_uncached(Expr* x);
  Type* type_name_type(Name* n);
  void resolve_type_decl(TypeName* obj);
  Signature* signature(FuncType* f, Field* recv, Scope* s);
  std::vector<Var*> fields_of(List<Field> fields, Scope* s, bool is_param, bool* variadic);
  Type* struct_type(StructType* st);
  Type* interface_type(InterfaceType* it);
  int64_t array_length(Expr* len);
  void reject_tparams(List<Field> tparams, Scope* s);
  void check_valid_types();
  void valid_type(Named* t, std::vector<Named*>& path);
  void cycle_error(const std::vector<TypeName*>& cycle);

  // check_stmts.cpp
  void func_body(BlockStmt* body, Scope* func_scope);
  void stmt(Stmt* s);
  void stmts(List<Stmt> list);
  void block(BlockStmt* b);
  void local_decl(GenDecl* d);
  void short_var_decl(AssignStmt* s);
  void assign(AssignStmt* s);
  void range_clause(RangeClause* r);
  void switch_stmt(SwitchStmt* s);
  Var* declare_local_var(Name* n, Type* type);
  void report_unused_locals();
  void open_scope(ScopeKind kind = ScopeKind::Block);
  void close_scope();

  // check_exprs.cpp
  void expr(Expr* x);
  void exprs(List<Expr> list);
  Object* resolve(Name* n, bool mark_used = true);
  void composite_lit(CompositeLit* c, Type* elided);
  void const_spec_values(ConstSpec* spec);

  // check_consts.cpp
  void const_decl(ConstSpec* spec, Scope* s);
  void eval_const(Const* obj);
  std::optional<ConstOperand> const_expr(Expr* x);
  std::optional<ConstOperand> const_literal(BasicLit* lit);
  std::optional<ConstOperand> const_name(Name* n);
  std::optional<ConstOperand> const_conversion(CallExpr* call);
  std::optional<ConstOperand> const_unary(Operation* o);
  std::optional<ConstOperand> const_binary(Operation* o);
  std::optional<ConstOperand> const_shift(Operation* o, ConstOperand x, ConstOperand y);
  std::optional<ConstOperand> overflow(ConstOperand x, Pos op_pos, std::string_view op_name);
  bool convert_untyped(ConstOperand& x, const ConstOperand& target, Expr* at);
  bool assign_const(ConstOperand& x, Type* target, std::string_view context, Expr* at);
  void check_var_init(Type* t, Expr* value);

  File& file_;
  TypeTable& types_;
  Diagnostics& diags_;
  Package& pkg_;
  CheckOptions options_;
  size_t errors_at_start_;
  Scope* scope_ = nullptr;
  std::vector<Var*> locals_;
  std::vector<PkgName*> imports_;
  std::vector<FuncDecl*> funcs_;
  std::vector<std::pair<TypeSpec*, TypeName*>> type_decls_;
  std::vector<std::pair<ConstSpec*, Scope*>> const_specs_;
  std::vector<VarSpec*> var_specs_;
  // The package-level type declarations and where resolving them stands
  // (types2's object colors): absent white, false grey, true black.
  std::unordered_map<TypeName*, TypeSpec*> type_spec_of_;
  std::unordered_map<TypeName*, bool> resolved_;
  std::vector<TypeName*> resolving_;  // the grey path, outermost first
  std::unordered_map<Named*, int> valid_state_;  // validType: 1 on path, 2 done
  // Constants: where each is declared, and evaluation state (absent: not
  // started, false: in progress, true: done) so package-level constants
  // may refer to later ones. iota_ is the current spec's iota, -1 outside.
  std::unordered_map<Const*, std::pair<ConstSpec*, size_t>> const_origin_;
  std::unordered_map<Const*, bool> const_done_;
  int64_t iota_ = -1;
  std::unordered_set<ConstSpec*> walked_;  // specs whose names are resolved
  bool in_const_spec_ = false;             // resolving a const spec's names
};

}  // namespace detail
}  // namespace goro::lang
