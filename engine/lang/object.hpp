// Objects: what a name in a Go program denotes (go/types' Object): a
// variable, constant, type name, function, imported package, builtin,
// label or nil. The checker creates them as it declares names; types refer
// to them (a Named type to its TypeName, a struct to its field Vars).
//
// Objects live in the checker's arena and are never destroyed; fields the
// checker fills in late (a Const's value, a Var's type while its declaration
// is being checked) start empty.
#pragma once

#include <cstdint>
#include <string_view>

#include "constant.hpp"
#include "source.hpp"

namespace goro::lang {

struct Type;
struct Scope;

enum class ObjectKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

// BuiltinId lists the predeclared functions (and the supported package
// functions the checker treats specially are not here: they are Funcs).
enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New,
  Panic, Print, Println, Real, Recover,
};

struct Object {
  ObjectKind kind;
  std::string_view name;
  Pos pos;                 // where it is declared (unknown for predeclared objects)
  Type* type = nullptr;    // nullptr while not yet known
  std::string_view pkg;    // "" for predeclared objects, "main", "fmt", ...
  Scope* parent = nullptr; // the scope it is declared in

  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

struct Var : Object {
  bool is_field = false;   // a struct field (is_embedded: declared without a name)
  bool is_embedded = false;
  bool is_param = false;   // a parameter or result
  bool used = false;       // for "declared and not used: x"
};

struct Const : Object {
  constant::Value value;
};

struct TypeName : Object {};

struct Func : Object {
  bool has_ptr_recv = false;  // a method with a pointer receiver
  uint32_t index = 0;         // the compiler's function index, set later
};

struct PkgName : Object {
  std::string_view path;  // "fmt", "math/rand"
  bool used = false;      // for "\"os\" imported and not used"
};

struct Builtin : Object {
  BuiltinId id;
};

struct Label : Object {
  bool used = false;
};

}  // namespace goro::lang
