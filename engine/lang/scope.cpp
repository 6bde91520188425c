// scope.cpp: scopes and the table that owns them and their objects.
#include "scope.hpp"

namespace goro::lang {

Object* Scope::lookup_local(std::string_view name) const {
  auto it = names.find(name);
  return it == names.end() ? nullptr : it->second;
}

Object* Scope::lookup(std::string_view name) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* obj = s->lookup_local(name)) return obj;
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, added] = names.emplace(obj->name, obj);
  if (!added) return it->second;
  obj->parent = this;
  return nullptr;
}

namespace {
template <class T>
T* make(std::deque<T>& store, ObjectKind kind, std::string_view name, Pos pos, Type* type) {
  T& obj = store.emplace_back();
  obj.kind = kind;
  obj.name = name;
  obj.pos = pos;
  obj.type = type;
  return &obj;
}
}  // namespace

Scope* ObjectTable::scope(ScopeKind kind, Scope* parent) {
  Scope& s = scopes_.emplace_back();
  s.kind = kind;
  s.parent = parent;
  return &s;
}

Var* ObjectTable::var_(std::string_view name, Pos pos, Type* type) {
  return make(vars_, ObjectKind::Var, name, pos, type);
}
Const* ObjectTable::const_(std::string_view name, Pos pos, Type* type) {
  return make(consts_, ObjectKind::Const, name, pos, type);
}
TypeName* ObjectTable::type_name(std::string_view name, Pos pos, Type* type) {
  return make(type_names_, ObjectKind::TypeName, name, pos, type);
}
Func* ObjectTable::func(std::string_view name, Pos pos, Type* type) {
  return make(funcs_, ObjectKind::Func, name, pos, type);
}
PkgName* ObjectTable::pkg_name(std::string_view name, Pos pos, std::string_view path) {
  PkgName* p = make(pkg_names_, ObjectKind::PkgName, name, pos, nullptr);
  p->path = path;
  return p;
}
Builtin* ObjectTable::builtin(std::string_view name, BuiltinId id) {
  Builtin* b = make(builtins_, ObjectKind::Builtin, name, Pos{}, nullptr);
  b->id = id;
  return b;
}
Object* ObjectTable::nil(Type* type) { return make(nils_, ObjectKind::Nil, "nil", Pos{}, type); }

}  // namespace goro::lang
