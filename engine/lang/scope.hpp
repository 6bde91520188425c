// Scopes and the objects declared in them (go/types' Scope): the universe,
// the package, the file (imports), and each function and block.
//
// Invariants: a Scope maps each name to at most one object, whose parent is
// that scope; lookup() walks parents, innermost first. Scopes and objects
// are owned by an ObjectTable and never move or die before it; names are
// views into the File's text (or static strings for predeclared objects),
// so an ObjectTable must not outlive the File it was filled from.
#pragma once

#include <deque>
#include <string_view>
#include <unordered_map>

#include "object.hpp"

namespace goro::lang {

enum class ScopeKind : uint8_t { Universe, Package, File, Func, Block };

struct Scope {
  ScopeKind kind;
  Scope* parent = nullptr;
  std::unordered_map<std::string_view, Object*> names;

  // lookup_local() is the object declared as name in this scope, or null.
  Object* lookup_local(std::string_view name) const;
  // lookup() is the innermost object declared as name here or in a parent.
  Object* lookup(std::string_view name) const;
  // insert() declares obj here and returns null, or returns the object
  // already declared under its name (and declares nothing).
  Object* insert(Object* obj);
};

// ObjectTable makes and owns a program's scopes and the objects the checker
// declares (TypeTable owns the fields, parameters and methods it makes).
class ObjectTable {
 public:
  Scope* scope(ScopeKind kind, Scope* parent);
  Var* var_(std::string_view name, Pos pos, Type* type);
  Const* const_(std::string_view name, Pos pos, Type* type);
  TypeName* type_name(std::string_view name, Pos pos, Type* type);
  Func* func(std::string_view name, Pos pos, Type* type);
  PkgName* pkg_name(std::string_view name, Pos pos, std::string_view path);
  Builtin* builtin(std::string_view name, BuiltinId id);
  Object* nil(Type* type);

 private:
  // One deque per kind: elements never move, and each dies as what it is.
  std::deque<Scope> scopes_;
  std::deque<Var> vars_;
  std::deque<Const> consts_;
  std::deque<TypeName> type_names_;
  std::deque<Func> funcs_;
  std::deque<PkgName> pkg_names_;
  std::deque<Builtin> builtins_;
  std::deque<Object> nils_;
};

}  // namespace goro::lang
