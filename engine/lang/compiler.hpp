// The compiler's state, shared by its compile_*.cpp files:
//   compile.cpp        driver: packages, globals, init order, protos, entry points
//   compile_rtypes.cpp checker Types -> RTypes (layouts, names, method tables)
//   compile_escape.cpp which variables live in heap cells
//   compile_emit.cpp   instructions, jumps, constants, lines, registers
//   compile_stmts.cpp  statements and control flow
//   compile_exprs.cpp  expressions, operators, conversions
//   compile_calls.cpp  calls, builtins, go and defer
//   compile_places.cpp addressable places: loads, stores, addresses
//
// Registers are allocated as a stack: a local variable takes registers at
// its declaration for the rest of its block; an expression's temporaries
// sit above every live variable and are released when its statement ends.
//
// Invariants (per function being compiled, FuncState):
//   - next is the first free register; every register below it is a live
//     variable or a temporary of the statement being compiled; max >= next;
//   - a Var is in vars from its declaration to the end of its scope;
//   - jumps recorded in a Target are patched when the target's end or
//     continue point is emitted.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast.hpp"
#include "check.hpp"
#include "compile.hpp"
#include "opcode.hpp"
#include "proto.hpp"
#include "rtype.hpp"
#include "types.hpp"
#include "vm.hpp"

namespace goro::lang::detail {

using Reg = uint16_t;

// Predicates on types and expressions the compiler's files share.
inline Basic* as_basic(Type* t) {
  Type* u = underlying(t);
  return u->kind == TypeKind::Basic ? static_cast<Basic*>(u) : nullptr;
}
inline bool is_string_type(Type* t) {
  auto* b = as_basic(t);
  return b && (b->basic == BasicKind::String || b->basic == BasicKind::UntypedString);
}
inline bool is_float_type(Type* t) {
  auto* b = as_basic(t);
  return b && constant::is_float(b->basic);
}
inline bool is_complex_type(Type* t) {
  auto* b = as_basic(t);
  return b && constant::is_complex(b->basic);
}
inline bool is_integer_type(Type* t) {
  auto* b = as_basic(t);
  return b && constant::is_integer(b->basic);
}
inline bool is_unsigned_type(Type* t) {
  auto* b = as_basic(t);
  return b && constant::is_unsigned(b->basic);
}
inline bool is_blank(Expr* x) {
  auto* n = as<Name>(unparen(x));
  return n && n->value == "_";
}
inline bool is_nil(Expr* x) {
  auto* n = as<Name>(unparen(x));
  return n && n->obj && n->obj->kind == ObjectKind::Nil;
}

// reflect_name() spells a type as reflect and %T do ("[]uint8", "interface {}").
std::string reflect_name(Type* t);

// MethodEntry is one method of a method set: the method (a Func of a named
// type, or of an interface embedded somewhere), reached from the type
// through the embedded fields of path (field indices).
struct MethodEntry {
  Func* fn = nullptr;
  std::vector<int> path;
  bool via_interface = false;  // fn is an interface's method: call it dynamically
};

// VarLoc is where a variable's value lives.
struct VarLoc {
  enum Kind : uint8_t {
    InReg,   // registers reg.. (slots of its type)
    InCell,  // a heap cell; register reg holds its address
    Global,  // package-level: at addr in the globals block
  };
  Kind kind = InReg;
  Reg reg = 0;
  void* addr = nullptr;
};

// Place is an addressable (or assignable) location being read or written.
struct Place {
  enum Kind : uint8_t {
    Regs,      // registers reg..
    Mem,       // memory at register ptr + offset
    MapEntry,  // m[k]: map register map, key registers key
    Blank,     // _
  };
  Kind kind = Blank;
  Type* type = nullptr;
  Reg reg = 0;       // Regs
  Reg ptr = 0;       // Mem
  uint32_t offset = 0;
  Reg map = 0, key = 0;  // MapEntry
  const vm::RType* map_type = nullptr;
};

// Target is a statement break/continue can leave or resume.
struct Target {
  const Stmt* stmt;
  std::vector<size_t> breaks;     // extension words to patch to the end
  std::vector<size_t> continues;  // ... to the continue point
};

struct FuncState {
  vm::Proto* proto = nullptr;
  FuncState* outer = nullptr;
  Signature* sig = nullptr;
  std::unordered_map<const Var*, VarLoc> vars;
  std::vector<const Var*> captured;  // a closure's captured variables, by GETCAP index
  Reg next = 0;
  Reg max = 0;
  Reg results = 0;         // the result variables' registers
  uint32_t result_slots = 0;
  bool has_defer = false;
  std::vector<size_t> returns;  // jumps to the epilogue (functions with defers)
  std::vector<Target> targets;
  std::unordered_map<const LabeledStmt*, size_t> labels;             // label -> pc
  std::vector<std::pair<size_t, const LabeledStmt*>> gotos;          // pending
  // pinned: constant operands of the enclosing loops' conditions, loaded
  // once before the loop: operand() returns their registers.
  std::vector<std::pair<const Expr*, Reg>> pinned;
  int32_t line = 0;
  int32_t last_line = -1;
  uint32_t closures = 0;  // for naming nested FuncLits func1, func2, ...
};

class Compiler {
 public:
  Compiler(Package& pkg, TypeTable& types, Diagnostics& diags, const CompileOptions& options);
  std::unique_ptr<vm::Program> run();

  // ---- compile_rtypes.cpp
  const vm::RType* rtype(Type* t);
  uint32_t slots(Type* t) { return rtype(t)->slots; }

  // ---- compile_methods.cpp: method sets, interface method tables, wrappers
  // method_set() is t's method set (Go's rules: promotion through embedded
  // fields, the shallowest depth wins, ambiguous names drop out), by name.
  std::vector<std::pair<std::string_view, MethodEntry>> method_set(Type* t);
  // finish_method_tables() fills the method tables of every RType made so
  // far, compiling what they need; true if it made anything new.
  bool finish_method_tables();
  // iface_method() is the Proto an interface table holds for method e of
  // type t: it takes t's interface data word, then the method's parameters.
  vm::Proto* iface_method(Type* t, const MethodEntry& e);
  // bound_method() is the Proto of a method value x.M whose closure
  // captured (a cell holding) the interface data word of x, of type t.
  vm::Proto* bound_method(Type* t, const MethodEntry& e);
  // method_expr() is the function T.M for an interface T or a value
  // receiver T that is not direct: the receiver's value first, then M's
  // parameters.
  vm::Proto* method_expr(Type* t, const MethodEntry& e);

  // ---- compile_escape.cpp
  void find_escapes(Node* body, FuncState* fs);
  void find_escapes_in(Expr* init);
  bool escapes(const Var* v) const { return escaping_.count(v) != 0; }
  std::vector<const Var*> free_vars(FuncLit* lit);

  // ---- compile_emit.cpp
  size_t emit(vm::Op op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0);
  size_t emit_ext(uint32_t a = 0, uint32_t b = 0, uint32_t c = 0);
  size_t emit_jump(vm::Op op, Reg a = 0, Reg b = 0);  // returns the extension word's index
  void patch(size_t ext, size_t target);
  void patch_here(size_t ext) { patch(ext, here()); }
  void emit_loop(size_t target);
  size_t here() const;
  uint32_t ref(const void* p);
  // intern() is a NUL-terminated copy of s that lives as long as the
  // Program (names in RTypes: the syntax tree's text does not).
  std::string_view intern(std::string_view s);
  uint32_t konst(vm::Slot s);
  void load_int(Reg dst, int64_t v);
  void load_string(Reg dst, std::string_view s);
  Reg alloc(uint32_t n);
  void free_to(Reg mark) { fs_->next = mark; }
  void set_line(Pos pos);
  void error(Pos pos, std::string message);
  void unsupported(Pos pos, std::string_view what);

  // ---- compile_stmts.cpp
  void compile_func(vm::Proto* proto, FuncType* type, Signature* sig, BlockStmt* body, Field* recv,
                    FuncState* outer, const std::vector<const Var*>& captured);
  void stmt(Stmt* s);
  void block(List<Stmt> list);
  void declare_var(const Var* v, Reg init_from, bool has_init);
  void for_stmt(ForStmt* s);
  void range_stmt(ForStmt* s, RangeClause* r);
  void switch_stmt(SwitchStmt* s);
  // end_clauses(): after the last clause of a switch or select, the jump to
  // a missing default lands past them all, as do the clauses' ends and the
  // breaks of the statement's Target (popped here).
  void end_clauses(bool has_default, size_t to_default, const std::vector<size_t>& ends, Reg mark);

  // ---- compile_exprs.cpp
  void expr(Expr* x, Reg dst);
  Reg operand(Expr* x);  // registers holding x (maybe a variable's own)
  void constant(Expr* x, Reg dst);
  void convert_to(Type* from, Reg src, Type* to, Reg dst);  // assignability conversions
  void value_to(Expr* x, Type* to, Reg dst);                // x converted for assignment to `to`
  void cond_jump(Expr* cond, bool when, std::vector<size_t>& jumps);
  // pin_constants() loads the constant operands of a loop condition's
  // compare-and-jumps into registers the loop keeps (FuncState::pinned).
  void pin_constants(Expr* cond);
  void truncate(Type* t, Reg r);
  // binary_regs(): dst = a op b for operands already in registers (op-assignment).
  void compare_regs(Type* t, Op op, Reg a, Reg b, Reg dst);  // dst = a op b, a comparison
  void binary_regs(Op op, Type* t, Type* ty, Reg a, Reg b, Reg dst, Pos pos);
  void complex_binary(Op op, Type* t, Reg a, Reg b, Reg dst);
  // multi_value(): the values of a multi-valued expression (f() with several
  // results, or the comma-ok forms v, ok = m[k] / x.(T) / <-ch) for lhs, at dst..
  void multi_value(Expr* x, List<Expr> lhs, Reg dst);
  // multi_types(): the types multi_value() leaves at dst.., one per value.
  std::vector<Type*> multi_types(Expr* x, List<Expr> lhs);

  // ---- compile_calls.cpp
  void call(CallExpr* c, Reg dst);
  void builtin_call(CallExpr* c, Reg dst);
  // ---- compile_builtins.cpp
  const void* print_table(const std::vector<Type*>& types);
  uint32_t builtin_args(CallExpr* c, BuiltinId id, Reg at);
  void builtin_op(CallExpr* c, BuiltinId id, Reg at);
  void go_defer(CallStmt* s);
  vm::Proto* proto_of(const Func* f);
  const vm::Closure* static_closure(const vm::Proto* p);

  void func_lit(FuncLit* x, Reg dst);
  // selector_value(): pkg.Name, a method value x.M or a method expression T.M.
  void selector_value(SelectorExpr* s, Reg dst);
  // args_into(): a call's arguments, converted to the parameters' types
  // (variadic ones packed into a slice), at R[at..]; returns their slots.
  uint32_t args_into(CallExpr* c, Signature* sig, Reg at);
  // receiver_into(): the receiver the method of s (a MethodVal) wants, at
  // dst: its value, its address, or (via_interface) the interface holding it.
  void receiver_into(SelectorExpr* s, Reg dst);

  // ---- compile_composite.cpp: composite literals, slicing, assertions, conversions
  void composite_lit(CompositeLit* x, Reg dst);
  void slice_expr(SliceExpr* x, Reg dst);
  // assert_expr(): x.(T) into dst; comma_ok adds the bool at dst + slots(T).
  void assert_expr(AssertExpr* x, Reg dst, bool comma_ok);
  // conversion(): T(x), c->fun denoting a type (Mode::TypeExpr).
  void conversion(CallExpr* c, Reg dst);

  // ---- compile_select.cpp: select statements and type switches
  void select_stmt(SelectStmt* s);
  void type_switch(SwitchStmt* s);

  // ---- compile_places.cpp
  Place place(Expr* x);
  void own_operands(std::vector<Place>& places);
  void load_place(const Place& p, Reg dst);
  void store_place(const Place& p, Reg src);
  void address_of(Expr* x, Reg dst);
  VarLoc* var_loc(const Var* v);

  Package& pkg_;
  TypeTable& types_;
  Diagnostics& diags_;
  CompileOptions options_;
  std::unique_ptr<vm::Program> prog_;
  FuncState* fs_ = nullptr;
  size_t errors_at_start_;

  std::unordered_map<const Type*, const vm::RType*> rtypes_;
  std::vector<std::pair<Type*, vm::RType*>> rtype_list_;  // for identity lookups
  // While rtype() is making a type (rtype_depth_ > 0), the types it reaches
  // through an indirection (pointer, slice, map, channel, function,
  // interface method) are linked in afterwards (rtype_links_): a struct's
  // layout must never see a type that is still being laid out, and a chain
  // like S -> *T -> T -> S (by value) would otherwise show it S unfinished.
  int rtype_depth_ = 0;
  std::vector<std::function<void()>> rtype_links_;
  const vm::RType* make_rtype(Type* t);
  void link_rtype(const vm::RType** slot, Type* t);
  std::unordered_map<const Func*, vm::Proto*> protos_;
  std::unordered_map<const vm::Proto*, const vm::Closure*> static_closures_;
  std::unordered_set<const Var*> escaping_;
  std::unordered_map<const Var*, void*> globals_;
  std::unordered_map<std::string, const vm::String*> strings_;
  std::unordered_map<std::string, std::shared_ptr<std::string>> interned_;
  std::vector<size_t> fallthrough_jumps_;  // of the case clause being compiled

  // ---- compile.cpp's driver state
  struct FuncInfo {
    FuncDecl* decl = nullptr;
    const CheckedFile* file = nullptr;
  };
  std::unordered_map<const Func*, FuncInfo> funcs_;
  struct Pending {
    vm::Proto* proto;
    Func* fn;
    FuncDecl* decl;
  };
  std::deque<Pending> pending_;
  bool in_stub_ = false;  // compiling library code: its positions are not the program's
  std::unordered_set<const vm::Proto*> missing_natives_;
  size_t tables_done_ = 0;  // rtype_list_ entries whose method tables are filled
  std::unordered_map<std::string, vm::Proto*> wrappers_;  // by kind:type:method
  // package_path() is the import path of the package declaring obj.
  std::string_view package_path(const Object* obj) const;
  std::string qualified_name(const Func* f);
  void compile_pending();
  void compile_init();
  vm::Proto* new_proto(std::string name);
};

}  // namespace goro::lang::detail
