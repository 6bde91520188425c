// The type checker (go/types / types2 semantics, Go 1.22's messages): names
// resolved to objects, every expression typed, constants folded, and Go's
// compile errors reported into Diagnostics. Run it only on a file without
// syntax errors (Diagnostics::syntax_errors() == 0), as the compiler does.
//
//   Package pkg;
//   bool ok = check(*file, types, diags, pkg);
//
// THE RESULT CONTRACT (what the compiler reads; ast.hpp and types.hpp
// document the fields):
//   - every checked Expr has mode (ast.hpp's Mode), type and, for a
//     constant, value (owned by pkg.values). Types are those of types2's
//     Info.Types: an untyped constant takes the type its context converts it
//     to (types2's updateExprType): `var f float64 = 1` types the 1 float64,
//     `var a any = 1` int (the default type), `x + 1` with x int8 int8. Its
//     value is then the constant as that type holds it (rounded to float32
//     or float64, an Int for integer types). Operands inside a constant
//     expression (the 1 and 2 of `const c = 1 + 2`), shift counts and the
//     constants of constant declarations keep their untyped types.
//     Untyped nil takes the type it is assigned, passed, returned or
//     compared to (`p == nil` types the nil *T, `var e error = nil` error),
//     as types2 does in the compiler; it stays "untyped nil" only where no
//     such type exists (an error was reported). Non-constant untyped values
//     (a comparison's result) take their final type (usually bool) the same
//     way.
//     Special modes: a call of a function without results is NoValue with
//     the empty Tuple; a call with several results is Value with a Tuple
//     type; the name of a builtin function is Builtin with the signature of
//     this call (types2's recordBuiltinType: append(s, 1) records
//     func([]int, ...int) []int) where one exists, else no type; an imported
//     package's name is PkgName with the invalid type; x.(T), <-ch and m[k]
//     are CommaOk/MapIndex; used with two results (v, ok := m[k]) such an
//     expression is typed as the tuple (T, bool), its mode kept (types2's
//     recordCommaOkTypes). Erroneous expressions are Invalid. A type
//     expression is TypeExpr with the type it denotes.
//   - Name::obj for every name that declares or denotes an object; field
//     names in keyed struct literals and selectors denote the field's Var.
//   - SelectorExpr::selection for field and method selectors (types.hpp's
//     Selection: kind, index path through embedded fields, indirect), null
//     for a qualified identifier (fmt.Println), whose sel->obj is the
//     package member. Selections live in pkg.selections.
//   - CaseClause::implicit: the clause's variable in a type switch `v := x.(type)`.
//   - A generic function of a standard-library stub, called from anywhere,
//     has its call's callee expression (the Name or SelectorExpr, or the
//     IndexExpr of an explicit instantiation) typed with the instantiated
//     signature: slices.Contains(xs, 3) types `slices.Contains` as
//     func(s []int, v int) bool. The callee's obj stays the generic Func.
//   - pkg.files: every checked file in dependency order (each standard
//     library stub before the files importing it, the program last), each
//     with its import path, package name, scopes and its package's
//     variable initialization order (types2's initorder: dependency order,
//     "initialization cycle" errors): a list of Initializers, each one
//     `lhs... = rhs` (several lhs for `var a, b = f()`).
//
// Standard library packages: an import of a supported path (kSupportedPackages
// for the program; any path the stub source function knows for stubs) is
// checked from its stub source (stdlib.hpp's stdlib_source(), or
// CheckOptions::stub_source), parsed and checked as that package: once per
// process for stdlib_source() (SharedStdlib: every program shares the
// checked stubs), once per check() call for a stub_source of the caller's. Stubs may declare functions without bodies (implemented
// natively) and generic functions (type parameter lists with any,
// comparable, ~T | ... unions and cmp.Ordered-style constraints, inferred
// from the call's arguments); the program itself may not ("generics are not
// supported yet"). Errors in a stub are reported at the program's import as
// "could not import P (stub: ...)". A supported path whose stub source is
// empty is imported as an opaque package: its members are not known and
// using them reports nothing (the build of the standard library is not
// complete yet).
//
// What it checks: all of Go 1.22 without generics (statements, expressions,
// assignability, method sets, embedding, interfaces, conversions, builtins,
// constants, labels (the parser's branch checks), init order), with types2's
// messages and positions (errors at a node are at its start, as types2's
// atPos). Complex numbers are supported as constants and values.
//
// Not implemented (reported as a compile error, never silently accepted):
//   - user-declared generics: "generics are not supported yet";
//   - dot imports: "dot imports are not supported";
//   - unsafe, cgo, iterator functions (range over func): the import is
//     refused, range over a func is "cannot range over f (...)";
//   - struct tags are kept but not interpreted.
// Not reported (programs that Go rejects for these pass): unused labels and
// branch errors are the parser's; "imported and not used" of a package used
// only in a type switch case type is reported as Go does.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
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

// kSupportedPackages are the import paths a program may import.
inline constexpr std::string_view kSupportedPackages[] = {
    "fmt",  "os",      "strings",     "strconv", "errors", "math",    "math/rand",
    "sort", "time",    "sync",        "sync/atomic", "context", "log", "runtime",
    "unicode", "unicode/utf8", "slices", "maps", "cmp", "io",
    "math/bits", "container/list", "container/heap",
};

// StubSource is where the checker finds a standard-library package's Go
// source by import path (empty: no such package).
using StubSource = std::string_view (*)(std::string_view path);

struct CheckOptions {
  // filename is how positions are written inside messages ("other
  // declaration of x" lines), as `go build` names the file.
  std::string_view filename = "./prog.go";
  // stub_source: null means stdlib_source() (stdlib.hpp).
  StubSource stub_source = nullptr;
  // max_depth bounds the checker's recursion, as ParseOptions::max_depth
  // bounds the parser's: nested expressions, types and statements count a
  // level each, and so does a package-level declaration checked where it is
  // used (`const a = b` checks b's declaration inside a's, so a chain of
  // declarations each naming the next nests as deeply as it is long). Past
  // it the checker reports "exceeded max nesting depth", as the parser
  // does, and nothing more, instead of overflowing the C stack. A single
  // declaration the parser accepted stays within it (the checker counts no
  // more levels than the parser); only such chains reach it. A level costs
  // up to about 4 KiB of stack under the sanitizers (the recursive paths
  // keep their message building out of line, Checker::cold()), far less in
  // an optimized build.
  int max_depth = kMaxNesting;
};

// Initializer is one package-level variable initialization, lhs = rhs, in
// the order the program runs them.
struct Initializer {
  std::vector<Var*> lhs;
  Expr* rhs = nullptr;
};

// CheckedFile is one checked source file: the program's, or a stub's.
struct CheckedFile {
  std::string_view path;  // import path: "main" for the program, "math/rand"
  std::string_view name;  // package name: "main", "rand"
  File* file = nullptr;
  Scope* scope = nullptr;       // package-level declarations
  Scope* file_scope = nullptr;  // imports; its parent is scope
  std::vector<Initializer> init_order;
  std::vector<CheckedFile*> imports;  // direct imports
  bool is_stub = false;
};

// Package is what checking leaves behind besides the tree's annotations:
// the program's package, and everything the checker made for it.
// Invariants: values, selections, files and stub_files never move (deques
// and unique_ptrs), so the tree's pointers into them stay valid while the
// Package lives; files is in dependency order, the program last.
struct Package {
  ObjectTable objects;
  Scope* universe = nullptr;
  Scope* scope = nullptr;       // the program's package-level declarations
  Scope* file_scope = nullptr;  // the program's imports; its parent is scope
  std::deque<constant::Value> values;
  std::deque<Selection> selections;
  std::deque<CheckedFile> files;
  std::vector<std::unique_ptr<File>> stub_files;  // the parsed stubs
  std::deque<std::string> strings;                // names the checker makes up
  // shared_stdlib: the stubs in files are the process's shared ones
  // (detail::SharedStdlib), not owned here.
  bool shared_stdlib = false;
  std::vector<Initializer>& init_order() { return files.back().init_order; }
};

// check() type-checks file, reporting errors into diags; true if it
// reported none.
bool check(File& file, TypeTable& types, Diagnostics& diags, Package& pkg,
           const CheckOptions& options = {});

namespace detail {

// Operand is an expression being checked (types2's operand): what it is
// (mode), its type, and its constant value. is_nil marks the predeclared
// nil (types2's nilvalue mode), which keeps its own wording in messages.
struct Operand {
  Mode mode = Mode::Invalid;
  Expr* expr = nullptr;
  Type* type = nullptr;
  constant::Value val;
  BuiltinId id = BuiltinId::Append;
  bool is_nil = false;

  bool invalid() const { return mode == Mode::Invalid; }
  // invalidate() makes this the invalid operand of e. It is out of line
  // (check_operand.cpp): `x = Operand{...}` in a recursive function would
  // take a slot of its frame for the temporary at every such line.
  void invalidate(Expr* e);
};

// Session is shared by the Checkers that check into one Package: a check()
// call's program and the stubs it imports, or the process's shared
// standard library (SharedStdlib) and its stubs. Each stub is loaded once,
// by path.
struct Session {
  TypeTable& types;
  Package& pkg;
  StubSource source;
  // path -> the checked stub; null while it is being checked (an import cycle)
  std::unordered_map<std::string, CheckedFile*> loaded;
  // path -> why its stub failed to check ("could not import ..."), reported
  // at every import of it
  std::unordered_map<std::string, std::string> failed;
  // stubs is the session imports are checked in: this one, or the shared
  // standard library's.
  Session* stubs = nullptr;

  // load() is the checked stub of path, checking it now if this session has
  // not yet; null for an opaque package (no stub source) or an import cycle.
  // error is set when the import is an error (a cycle, a stub with errors).
  CheckedFile* load(std::string_view path, const CheckOptions& importer, std::string* error);
};

// SharedStdlib is the standard library as every check() with the default
// stub source (stdlib_source()) imports it: each stub parsed and checked
// once per process, its types, objects and trees shared by the programs.
// Invariants: mu is held by whoever checks or compiles a program that uses
// it (check() and compile(): a checker may still complete() a stub's
// interface, and nothing may change under another build); what it holds is
// never freed (programs refer into it) and never changed by a program's
// check (the checker adds methods only to types of the file it checks).
struct SharedStdlib {
  std::mutex mu;
  TypeTable types;
  Package pkg;  // the universe, and the stubs in the order they were checked
  Session session{types, pkg, nullptr, {}, {}, nullptr};
};
SharedStdlib& shared_stdlib();

// DeclInfo is a package-level object's declaration (types2's declInfo),
// checked lazily (obj_decl()) so that declarations may come in any order,
// with the package-level objects its initializer or body uses (deps), for
// the initialization order. state: 0 not started, 1 in progress, 2 done.
struct DeclInfo {
  enum class What : uint8_t { Const, Var, Type, Func } what = What::Var;
  ConstSpec* cspec = nullptr;
  VarSpec* vspec = nullptr;
  FuncDecl* fdecl = nullptr;
  size_t index = 0;  // the name's index in its spec
  std::vector<Object*> deps;
  std::unordered_set<Object*> dep_set;
  int state = 0;
};

// Checker is one run over one file; its phases live in check_*.cpp:
//   check_decls.cpp: the entry point, phases, package-level declarations;
//   check_stdlib.cpp: imports and the stub packages;
//   check_types.cpp: type expressions, named types, recursive cycles;
//   check_consts.cpp: constant declarations;
//   check_operand.cpp: operands, their strings, assignability, implicit
//     conversion of untyped values and recording results in the tree;
//   check_exprs.cpp: expression dispatch, names, literals, func literals;
//   check_binary.cpp: unary, binary, shift and comparison operators;
//   check_call.cpp: calls, arguments, selectors;
//   check_conversion.cpp, check_builtins.cpp, check_index.cpp (index, slice),
//   check_literals.cpp (composite literals), check_lookup.cpp (fields,
//   method sets, interface satisfaction), check_assign.cpp (assignments,
//   declarations of variables), check_stmts.cpp (statements),
//   check_return.cpp (isTerminating), check_initorder.cpp,
//   check_generics.cpp (type parameters of stubs, inference).
// Invariants: scope_ is the innermost scope of what is being checked; sig_
// the signature of the innermost function body (null outside); decl_ the
// package-level declaration whose dependencies uses are recorded in (null
// in none); locals_ holds the local variables declared since the last
// report_unused_locals(), closures included; depth_ counts the live
// DepthGuards, and once one found it past CheckOptions::max_depth (bailed_)
// every later one fails, so that the checker unwinds and checks nothing
// more.
class Checker {
 public:
  Checker(File& file, Session& session, Diagnostics& diags, CheckedFile& unit, const CheckOptions& options);
  bool run();

 private:
  // DepthGuard counts one level of the checker's recursion while it lives:
  // raw_expr(), typexpr(), stmt(), obj_decl() and resolve_type_decl() hold
  // one, so every recursive path passes one a level. Past max_depth it
  // reports "exceeded max nesting depth" (once, at the node or position)
  // and fails; the function holding it then does nothing, leaving its
  // result invalid.
  class DepthGuard {
   public:
    DepthGuard(Checker& c, const Node* at) : c_(c) {
      ok_ = ++c_.depth_ <= c_.options_.max_depth && !c_.bailed_;
      if (!ok_) c_.too_deep(at ? start_pos(at) : Pos{});
    }
    DepthGuard(Checker& c, Pos at) : c_(c) {
      ok_ = ++c_.depth_ <= c_.options_.max_depth && !c_.bailed_;
      if (!ok_) c_.too_deep(at);
    }
    ~DepthGuard() { --c_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

    bool too_deep() const { return !ok_; }

   private:
    Checker& c_;
    bool ok_;
  };
  void too_deep(Pos pos);

  // cold() runs report, a lambda that builds a message and reports it, in a
  // frame of its own. The recursive functions (those reached from a
  // DepthGuard and reaching the next) report through it: the temporaries of
  // a message's concatenation would otherwise each take a slot of their
  // frame (with redzones under ASan, which never shares slots), and that
  // frame stays live while the nested expressions are checked.
  template <class F>
  [[gnu::noinline, gnu::cold]] void cold(F&& report) {
    report();
  }
  // The functions marked noinline below are the cases of the recursion's
  // dispatchers (expr_internal(), stmt()) and the parts of its functions
  // that run once what they nest is checked: inlined, their locals would
  // join the frame of the function that recurses.

  // check_decls.cpp
  void collect_package();
  void collect_gen_decl(GenDecl* d);
  void collect_methods();
  void check_package_decls();
  void obj_decl(Object* obj);
  void var_decl(Var* obj, DeclInfo& info);
  void func_signature(Func* obj, FuncDecl* d);
  void func_decl_body(FuncDecl* d);
  void check_main_and_init();
  bool declare(Scope* s, Name* name, Object* obj);
  void add_decl_dep(Object* obj);
  void error(Pos pos, std::string message);
  void error_at(const Node* n, std::string message);
  std::string pos_string(Pos pos) const;
  std::string tstr(const Type* t) const;
  std::string_view intern(std::string s);

  // check_stdlib.cpp
  bool collect_imports();
  CheckedFile* import_package(std::string_view path, Pos at);
  void report_unused_imports();

  // check_types.cpp
  Type* typexpr(Expr* x);
  Type* typexpr_uncached(Expr* x);
  [[gnu::noinline]] Type* expr_as_type(Expr* x);
  Type* vartype(Expr* x);
  [[gnu::noinline]] Type* var_type_of(Expr* x, Type* t);
  Type* type_name_type(Name* n);
  [[gnu::noinline]] Type* not_a_type_name(Name* n);
  Type* qualified_type(SelectorExpr* s);
  void resolve_type_decl(TypeName* obj);
  Signature* signature(FuncType* f, Field* recv, Scope* s, List<Field> tparams = {});
  [[gnu::noinline]] Var* receiver(Field* recv, Scope* s, std::vector<std::pair<Name*, Var*>>& named);
  [[gnu::noinline]] Signature* make_signature(Var* recv, std::vector<Var*>& params, std::vector<Var*>& results,
                                             bool variadic);
  std::vector<Var*> fields_of(List<Field> fields, std::vector<std::pair<Name*, Var*>>* named, bool is_param,
                             bool* variadic);
  [[gnu::noinline]] void field_vars(Field* f, Type* t, bool is_param, std::vector<Var*>& out,
                                    std::vector<std::pair<Name*, Var*>>* named);
  Type* struct_type(StructType* st);
  [[gnu::noinline]] void struct_fields(Field* f, Type* t, std::vector<Var*>& fields, std::vector<std::string>& tags,
                                       std::unordered_map<std::string_view, Var*>& seen);
  Type* interface_type(InterfaceType* it);
  [[gnu::noinline]] Interface* make_interface(std::vector<Func*>& methods, std::vector<Type*>& embedded,
                                              std::vector<Term>& terms, bool is_comparable);
  [[gnu::noinline]] Func* interface_method(Field* f, FuncType* ft, std::unordered_map<std::string_view, Func*>& seen);
  [[gnu::noinline]] Func* method_of(Name* n, Signature* sig, std::unordered_map<std::string_view, Func*>& seen);
  [[gnu::noinline]] void union_terms(Expr* e, std::vector<Term>& terms);
  [[gnu::noinline]] void interface_elem(Type* t, std::vector<Type*>& embedded, std::vector<Term>& terms,
                                        bool* is_comparable);
  int64_t array_length(Expr* len);
  [[gnu::noinline]] int64_t array_length_of(Operand& x, Expr* len);
  void reject_tparams(List<Field> tparams, Scope* s);
  void check_valid_types();
  void valid_type(Named* t, std::vector<Named*>& path);
  void cycle_error(const std::vector<TypeName*>& cycle);
  void check_map_key(Type* key, Expr* at);
  void check_pending_map_keys();
  void check_field_and_method_names();
  void local_type_decl(TypeSpec* ts);

  // check_consts.cpp
  void const_decl(ConstSpec* spec, Scope* s);
  void eval_const(Const* obj, ConstSpec* spec, size_t i);
  void init_const(Const* obj, Operand& x);

  // check_operand.cpp
  std::string operand_string(const Operand& x);
  std::string expr_string(const Expr* e) const;
  void record(Operand& x);
  void record_type(Expr* e, Mode mode, Type* t, const constant::Value* val = nullptr);
  const constant::Value* store(constant::Value v);
  void update_expr_type(Expr* x, Type* t, bool final);
  void update_expr_val(Expr* x, const constant::Value& v);
  bool implicit_type_and_value(Operand& x, Type* target, Type** out, constant::Value* val, constant::ConstError* code);
  void convert_untyped(Operand& x, Type* target);
  void invalid_conversion(constant::ConstError code, Operand& x, Type* target);
  bool representable(Operand& x, Type* t);
  void overflow(Operand& x, Pos op_pos);
  bool assignable_to(Operand& x, Type* t, std::string* cause);
  void assignment(Operand& x, Type* t, std::string_view context);
  Type* default_type(Type* t);

  // check_exprs.cpp
  void raw_expr(Operand& x, Expr* e, Type* hint, bool allow_generic = false);
  void expr_internal(Operand& x, Expr* e, Type* hint);
  void expr(Operand& x, Expr* e);
  void multi_expr(Operand& x, Expr* e);
  void expr_with_hint(Operand& x, Expr* e, Type* hint);
  void expr_or_type(Operand& x, Expr* e, bool allow_generic = false);
  void exclude(Operand& x, bool novalue, bool builtin, bool type);
  void single_value(Operand& x);
  std::vector<Operand> expr_list(List<Expr> list, bool allow_comma_ok, bool* comma_ok = nullptr);
  [[gnu::noinline]] void unpack(std::vector<Operand>& out, Expr* e, bool allow_comma_ok, bool* comma_ok);
  bool use(Expr* e);
  bool use(List<Expr> list);
  void use_lhs(List<Expr> list);
  [[gnu::noinline]] void ident(Operand& x, Name* n, bool want_type);
  [[gnu::noinline]] void basic_lit(Operand& x, BasicLit* lit);
  [[gnu::noinline]] void func_lit(Operand& x, FuncLit* f);
  [[gnu::noinline]] void assert_expr(Operand& x, AssertExpr* a);
  [[gnu::noinline]] void star_expr(Operand& x, Operation* o);
  void type_assertion(Expr* e, Operand& x, Type* t, bool type_switch);
  Object* lookup(std::string_view name) const;

  // check_literals.cpp
  void composite_lit(Operand& x, CompositeLit* c, Type* hint);
  void use_elems(CompositeLit* e);
  [[gnu::noinline]] void keyed_struct_elems(CompositeLit* e, Struct* st, Type* base);
  [[gnu::noinline]] void struct_elems(CompositeLit* e, Struct* st, Type* base);
  [[gnu::noinline]] void map_elems(CompositeLit* e, Map* m);
  [[gnu::noinline]] bool duplicate_map_key(Operand& k, bool key_is_interface,
                                           std::map<std::string, std::vector<Type*>>& visited);
  [[gnu::noinline]] int64_t indexed_elems(List<Expr> elems, Type* elem, int64_t length);

  // check_binary.cpp
  void unary(Operand& x, Operation* e);
  [[gnu::noinline]] void apply_unary(Operand& x, Operation* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Op op, Pos op_pos);
  [[gnu::noinline]] void apply_binary(Operand& x, Operand& y, Expr* e, Expr* lhs, Expr* rhs, Op op, Pos op_pos);
  void shift(Operand& x, Operand& y, Expr* e, Op op);
  void comparison(Operand& x, Operand& y, Op op, bool switch_case);
  void match_types(Operand& x, Operand& y);
  bool op_defined(Operand& x, Op op, bool unary);
  std::string incomparable_cause(Type* t);
  std::string kind_string(Type* t);

  // check_call.cpp
  void call_expr(Operand& x, CallExpr* call);
  [[gnu::noinline]] void call_instance(Operand& x, CallExpr* call, IndexExpr* inst, std::vector<Type*>& targs);
  [[gnu::noinline]] void call_conversion(Operand& x, CallExpr* call, Type* t);
  [[gnu::noinline]] void call_result(Operand& x, CallExpr* call, Signature* sig, std::vector<Operand>& args,
                                     std::vector<Type*> targs);
  Signature* arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args, std::vector<Type*> targs);
  void selector(Operand& x, SelectorExpr* e);
  [[gnu::noinline]] void package_member(Operand& x, SelectorExpr* e, PkgName* pname);
  [[gnu::noinline]] void select_member(Operand& x, SelectorExpr* e);
  std::string types_summary(const std::vector<Type*>& list, bool variadic);

  // check_conversion.cpp
  void conversion(Operand& x, Type* t);
  bool convertible_to(Operand& x, Type* t, std::string* cause);

  // check_builtins.cpp
  bool builtin(Operand& x, CallExpr* call, BuiltinId id);
  [[gnu::noinline]] bool builtin_arity(CallExpr* call, BuiltinId id, size_t nargs);
  [[gnu::noinline]] bool builtin_call(Operand& x, CallExpr* call, BuiltinId id, std::vector<Operand>& args);
  [[gnu::noinline]] bool builtin_make(Operand& x, CallExpr* call);
  [[gnu::noinline]] bool builtin_new(Operand& x, CallExpr* call);
  void record_builtin_type(Expr* fun, Type* result, std::vector<Type*> params, bool variadic = false);

  // check_index.cpp
  void index_expr(Operand& x, IndexExpr* e);
  [[gnu::noinline]] void generic_instance(Operand& x, IndexExpr* e, Signature* sig);
  [[gnu::noinline]] bool indexable(Operand& x, IndexExpr* e, int64_t* length, Type** key);
  void slice_expr(Operand& x, SliceExpr* e);
  [[gnu::noinline]] bool sliceable(Operand& x, SliceExpr* e, int64_t* length);
  [[gnu::noinline]] void check_slice_indices(SliceExpr* e, const int64_t ind[3]);
  Type* index(Expr* index, int64_t max, int64_t* value);
  [[gnu::noinline]] Type* index_value(Operand& x, Expr* idx, int64_t max, int64_t* value);
  bool valid_index(Operand& x, std::string_view what, bool allow_negative);

  // check_lookup.cpp
  struct Lookup {
    Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
  };
  Lookup lookup_field_or_method(Type* t, bool addressable, std::string_view pkg, std::string_view name,
                                bool fold_case = false);
  Func* missing_method(Type* v, Type* t, bool is_static, std::string* cause);
  bool implements(Type* v, Type* t, std::string* cause);
  bool assertable_to(Type* v, Type* t, std::string* cause);
  std::string func_string(Func* f);

  // check_assign.cpp
  Type* lhs_var(Expr* lhs);
  Type* assign_var(Expr* lhs, Expr* rhs_expr, Operand& x, std::string_view context);
  void init_var(Var* lhs, Operand& x, std::string_view context);
  void init_vars(std::vector<Var*> lhs, List<Expr> rhs, ReturnStmt* ret);
  void assign_vars(List<Expr> lhs, List<Expr> rhs);
  void assign_error(List<Expr> rhs, size_t l, size_t r);
  void return_error(Node* at, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs);
  void short_var_decl(AssignStmt* s);
  void local_var_spec(VarSpec* v);
  void var_spec_init(VarSpec* v, std::vector<Var*>& lhs);

  // check_stmts.cpp
  void func_body(BlockStmt* body, Signature* sig, Scope* func_scope);
  void stmt(Stmt* s, unsigned ctxt);
  void stmts(List<Stmt> list, unsigned ctxt);
  void block(BlockStmt* b, unsigned ctxt);
  [[gnu::noinline]] void local_decl(GenDecl* d);
  [[gnu::noinline]] void expr_stmt(ExprStmt* s);
  [[gnu::noinline]] void send_stmt(SendStmt* s);
  [[gnu::noinline]] Type* send_elem(SendStmt* s, Operand& ch);
  [[gnu::noinline]] void assign_stmt(AssignStmt* s);
  [[gnu::noinline]] void if_stmt(IfStmt* s, unsigned ctxt);
  [[gnu::noinline]] void for_stmt(ForStmt* f, unsigned ctxt);
  [[gnu::noinline]] void range_stmt(ForStmt* f, RangeClause* r, unsigned ctxt);
  [[gnu::noinline]] bool range_types(Operand& x, RangeClause* r, Type** key, Type** val);
  [[gnu::noinline]] void range_vars(ForStmt* f, RangeClause* r, Operand& x, Type* key, Type* val, bool over_int);
  [[gnu::noinline]] void switch_stmt(SwitchStmt* s, unsigned ctxt);
  [[gnu::noinline]] void switch_tag(Operand& x);
  [[gnu::noinline]] void switch_true(Operand& x, SwitchStmt* s);
  // CaseValues are the constant cases of an expression switch so far, by
  // value, with their types and positions (types2's valueMap).
  using CaseValues = std::map<std::string, std::vector<std::pair<Type*, Pos>>>;
  [[gnu::noinline]] void switch_case(Operand& x, Expr* e, CaseValues& seen);
  [[gnu::noinline]] void type_switch_stmt(SwitchStmt* s, TypeSwitchGuard* g, unsigned ctxt);
  [[gnu::noinline]] Operand* type_switch_guard(Operand& x, TypeSwitchGuard* guard);
  [[gnu::noinline]] Type* type_switch_case(Expr* e, Operand* sx, std::vector<std::pair<Type*, Expr*>>& seen);
  [[gnu::noinline]] void select_stmt(SelectStmt* s, unsigned ctxt);
  [[gnu::noinline]] void return_stmt(ReturnStmt* s);
  [[gnu::noinline]] void suspended_call(CallStmt* s);
  Var* declare_local_var(Name* n, Type* type);
  void report_unused_locals();
  void open_scope(ScopeKind kind = ScopeKind::Block);
  void close_scope();

  // check_return.cpp
  bool is_terminating(Stmt* s, std::string_view label);
  bool is_terminating_list(List<Stmt> list, std::string_view label);
  bool has_break(Stmt* s, std::string_view label, bool implicit);
  bool has_break_list(List<Stmt> list, std::string_view label, bool implicit);

  // check_initorder.cpp
  void init_order();

  // check_generics.cpp
  std::vector<TypeParam*> declare_tparams(List<Field> tparams, Scope* s);
  Signature* infer_and_instantiate(CallExpr* call, Signature* sig, std::vector<Operand>& args,
                                   std::vector<Type*> targs);
  Type* subst(Type* t, const std::unordered_map<TypeParam*, Type*>& m);
  bool satisfies(Type* t, TypeParam* tp, std::string* cause);

  File& file_;
  Session& session_;
  TypeTable& types_;
  Package& pkg_;
  Diagnostics& diags_;
  CheckedFile& unit_;
  CheckOptions options_;
  std::string_view pkg_name_;  // this file's package name ("main", "strings")
  bool is_stub_ = false;
  size_t errors_at_start_;

  // environment (saved and restored around lazily checked declarations)
  Scope* scope_ = nullptr;
  Signature* sig_ = nullptr;
  DeclInfo* decl_ = nullptr;
  int64_t iota_ = -1;  // the current const spec's iota, -1 outside
  Pos errpos_;         // where errors go while re-evaluating an inherited const expr
  std::vector<Var*> locals_;
  int depth_ = 0;        // live DepthGuards
  bool bailed_ = false;  // past max_depth: "exceeded max nesting depth" was the last error

  std::vector<PkgName*> imports_;
  std::unordered_map<PkgName*, CheckedFile*> imported_;  // null: opaque package
  std::vector<std::pair<Type*, Expr*>> pending_map_keys_;  // checked once types are complete
  std::vector<FuncDecl*> funcs_;
  std::vector<std::pair<TypeSpec*, TypeName*>> type_decls_;
  std::vector<ConstSpec*> const_specs_;
  std::vector<Object*> objects_in_order_;  // package-level consts, vars and funcs, in source order
  std::unordered_map<Object*, DeclInfo> decls_;
  // The package-level type declarations and where resolving them stands
  // (types2's object colors): absent white, false grey, true black.
  std::unordered_map<TypeName*, TypeSpec*> type_spec_of_;
  std::unordered_map<TypeName*, bool> resolved_;
  std::vector<TypeName*> resolving_;  // the grey path, outermost first
  std::unordered_map<Named*, int> valid_state_;  // validType: 1 on path, 2 done
  std::unordered_set<Expr*> shift_lhs_;  // untyped lhs of non-constant shifts
  std::unordered_map<Func*, FuncDecl*> func_decl_of_;
  std::unordered_map<Func*, Scope*> func_scope_of_;  // where the parameters are declared
  bool has_call_or_recv_ = false;  // for len(array) constness
  const std::unordered_map<TypeParam*, Type*>* subst_map_ = nullptr;  // type arguments being checked
};

}  // namespace detail
}  // namespace goro::lang
