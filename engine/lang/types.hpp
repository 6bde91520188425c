// Types: Go's type system as the checker sees it (go/types' Type). Every
// type is one of the kinds below; types built from others (pointers, slices,
// signatures, ...) hold them by pointer, so type graphs may be cyclic
// through Named types (type List struct{ next *List }).
//
// Invariants: a Named type's underlying type is never itself Named once the
// checker has resolved it (it starts nullptr while its declaration is being
// checked); types are immutable once built, except a Named type's
// underlying type and method list, which the checker completes. Types are
// owned by the TypeTable that made them (or are the static basic types) and
// live as long as it.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "constant.hpp"
#include "object.hpp"
#include "token.hpp"

namespace goro::lang {

using constant::BasicKind;

enum class TypeKind : uint8_t { Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple, TypeParam };

struct Type {
  TypeKind kind;
};

// Basic: bool, the numeric types, string, and the untyped kinds. byte and
// rune are their own Basic values (named so in messages) of kind Uint8 and
// Int32, identical to uint8 and int32.
struct Basic : Type {
  BasicKind basic;
  std::string_view name;
};

struct Named : Type {
  TypeName* obj = nullptr;
  Type* underlying = nullptr;     // nullptr until resolved
  std::vector<Func*> methods;     // in declaration order
};

struct Pointer : Type {
  Type* elem;
};

struct Slice : Type {
  Type* elem;
};

struct Array : Type {
  Type* elem;
  int64_t len;  // < 0: not yet known ([...]T before its literal is checked)
};

struct Map : Type {
  Type* key;
  Type* elem;
};

// ChanDir is token.hpp's (the syntax tree's ChanType uses it too).

struct Chan : Type {
  ChanDir dir;
  Type* elem;
};

struct Struct : Type {
  std::vector<Var*> fields;
  std::vector<std::string> tags;  // "" where a field has none; same length as fields
};

// Tuple is a list of variables: a signature's parameters or results, or the
// type of a multi-value expression such as a call of f() (int, error).
struct Tuple : Type {
  std::vector<Var*> vars;
};

struct TypeParam;

struct Signature : Type {
  Var* recv = nullptr;   // for methods
  Tuple* params;
  Tuple* results;
  bool variadic = false; // the last parameter is ...T (its type is []T)
  // tparams: a generic function's type parameters (standard-library stubs
  // only); a call instantiates it (check.hpp).
  std::vector<TypeParam*> tparams;
};

// Term is one element of a constraint's type set: T or ~T.
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};

// TypeParam is a type parameter of a generic stub function; its underlying
// type is its constraint (an Interface). Type parameters are distinct
// types: identical only to themselves.
struct TypeParam : Type {
  TypeName* obj = nullptr;
  Type* constraint = nullptr;  // an Interface (possibly Named)
  int index = 0;
};

// Interface: its own methods and the interfaces it embeds; all_methods is the
// complete method set, sorted by name, filled by complete().
struct Interface : Type {
  std::vector<Func*> methods;
  std::vector<Type*> embedded;
  std::vector<Func*> all_methods;
  bool complete = false;
  bool universe_any = false;  // the predeclared `any`, which messages call "any"
  // Constraint interfaces (stubs' type parameters): the union terms of its
  // type set (empty: no restriction), and whether it embeds comparable.
  // complete() gathers them from embedded interfaces too.
  std::vector<Term> terms;
  bool is_comparable = false;
  std::vector<Term> all_terms;
  bool all_comparable = false;
};

// Selection is what x.f selects (go/types' Selection), recorded by the
// checker on the SelectorExpr:
//   FieldVal: x.f is a field; index is the path of field indices from x's
//     struct through embedded fields (the last is f's own index);
//   MethodVal: x.m is a method value or the callee of x.m(); index is the
//     path to the embedded field holding m, then m's index in that type's
//     method list (Named::methods, or Interface::all_methods);
//   MethodExpr: T.m or (*T).m, a function whose first parameter is the
//     receiver; index as for MethodVal.
// indirect: the path dereferences a pointer somewhere (x itself being a
// pointer included), so a nil pointer panics at run time.
enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

struct Selection {
  SelectionKind kind;
  Type* recv;  // x's type (T or *T for a MethodExpr)
  Object* obj; // the field's Var or the method's Func
  std::vector<int> index;
  bool indirect = false;
};

// The basic types, shared by every program (immutable).
Basic* basic_type(BasicKind k);
Basic* byte_type();
Basic* rune_type();

// TypeTable makes and owns a program's composite types.
class TypeTable {
 public:
  TypeTable();
  Pointer* pointer(Type* elem);
  Slice* slice(Type* elem);
  Array* array(Type* elem, int64_t len);
  Map* map(Type* key, Type* elem);
  Chan* chan(ChanDir dir, Type* elem);
  Struct* struct_type(std::vector<Var*> fields, std::vector<std::string> tags);
  Tuple* tuple(std::vector<Var*> vars);
  Signature* signature(Var* recv, Tuple* params, Tuple* results, bool variadic);
  Interface* interface_type(std::vector<Func*> methods, std::vector<Type*> embedded);
  Named* named(TypeName* obj, Type* underlying);
  TypeParam* type_param(TypeName* obj, Type* constraint, int index);

  // share_universe() makes this table's universe types base's, so that a
  // program's types and those of the shared standard library (check.hpp's
  // SharedStdlib) agree on error and any.
  void share_universe(const TypeTable& base);

  // The universe's named and special types, one per program.
  Named* error_type() const { return error_; }
  Interface* any_type() const { return any_; }  // the `any` alias prints as "any"
  Tuple* empty_tuple() const { return empty_; }

  // var_() makes a Var for fields, parameters and results.
  Var* var_(std::string_view name, Type* type, std::string_view pkg = "");
  Func* func(std::string_view name, Type* sig, std::string_view pkg = "");

 private:
  // One deque per kind: elements never move, and each is destroyed as what it is.
  std::deque<Pointer> pointers_;
  std::deque<Slice> slices_;
  std::deque<Array> arrays_;
  std::deque<Map> maps_;
  std::deque<Chan> chans_;
  std::deque<Struct> structs_;
  std::deque<Tuple> tuples_;
  std::deque<Signature> signatures_;
  std::deque<Interface> interfaces_;
  std::deque<Named> nameds_;
  std::deque<TypeParam> type_params_;
  std::deque<Var> vars_;
  std::deque<Func> funcs_;
  std::deque<TypeName> type_names_;
  Named* error_ = nullptr;
  Interface* any_ = nullptr;
  Tuple* empty_ = nullptr;
};

// underlying() is t's underlying type (t itself unless Named; a type
// parameter's is its constraint interface).
Type* underlying(Type* t);
const Type* underlying(const Type* t);

// identical() is the spec's type identity.
bool identical(const Type* x, const Type* y);

// complete() computes an interface's full method set (embedded ones
// included). False when two methods of the same name have different
// signatures (the checker reports "duplicate method").
bool complete(Interface* t);

// type_string() writes t as the Go compiler does in its messages: types of
// package `local` unqualified, others as pkg.Name; parameter names kept
// ("func(x int) string"); `any` for the universe's any.
std::string type_string(const Type* t, std::string_view local = "main");

// Predicates the checker uses all the time.
bool is_basic(const Type* t, BasicKind k);
bool is_untyped(const Type* t);
bool is_interface(const Type* t);
bool is_named(const Type* t);  // Named or Basic (a "defined" type in the spec's sense)
// comparable() is whether == is defined on values of t.
bool comparable(const Type* t);

}  // namespace goro::lang
