// universe.cpp: the predeclared identifiers.
#include "universe.hpp"

#include <utility>

namespace goro::lang {
namespace {

void declare_types(Scope* u, ObjectTable& objects, TypeTable& types) {
  using K = BasicKind;
  for (K k : {K::Bool, K::Int, K::Int8, K::Int16, K::Int32, K::Int64, K::Uint, K::Uint8, K::Uint16,
              K::Uint32, K::Uint64, K::Uintptr, K::Float32, K::Float64, K::Complex64, K::Complex128,
              K::String}) {
    Basic* t = basic_type(k);
    u->insert(objects.type_name(t->name, Pos{}, t));
  }
  u->insert(objects.type_name("byte", Pos{}, byte_type()));
  u->insert(objects.type_name("rune", Pos{}, rune_type()));
  u->insert(objects.type_name("any", Pos{}, types.any_type()));
  u->insert(types.error_type()->obj);
  // comparable is only a constraint (of the stubs' generic functions): a
  // named interface whose type set is the comparable types.
  Interface* cmp = types.interface_type({}, {});
  cmp->is_comparable = true;
  complete(cmp);
  TypeName* cmp_name = objects.type_name("comparable", Pos{}, nullptr);
  cmp_name->type = types.named(cmp_name, cmp);
  u->insert(cmp_name);
}

void declare_consts(Scope* u, ObjectTable& objects) {
  Const* t = objects.const_("true", Pos{}, basic_type(BasicKind::UntypedBool));
  t->value = constant::make_bool(true);
  Const* f = objects.const_("false", Pos{}, basic_type(BasicKind::UntypedBool));
  f->value = constant::make_bool(false);
  // iota's value is the ConstSpec's; the universe object only makes it
  // resolvable (using it outside a constant declaration is an error).
  Const* iota = objects.const_("iota", Pos{}, basic_type(BasicKind::UntypedInt));
  iota->value = constant::make_int64(0);
  u->insert(t);
  u->insert(f);
  u->insert(iota);
  u->insert(objects.nil(basic_type(BasicKind::UntypedNil)));
}

void declare_builtins(Scope* u, ObjectTable& objects) {
  using B = BuiltinId;
  static constexpr std::pair<std::string_view, B> kBuiltins[] = {
      {"append", B::Append}, {"cap", B::Cap},         {"clear", B::Clear}, {"close", B::Close},
      {"complex", B::Complex}, {"copy", B::Copy},     {"delete", B::Delete}, {"imag", B::Imag},
      {"len", B::Len},       {"make", B::Make},       {"max", B::Max},     {"min", B::Min},
      {"new", B::New},       {"panic", B::Panic},     {"print", B::Print}, {"println", B::Println},
      {"real", B::Real},     {"recover", B::Recover},
  };
  for (auto [name, id] : kBuiltins) u->insert(objects.builtin(name, id));
}

}  // namespace

Scope* make_universe(ObjectTable& objects, TypeTable& types) {
  Scope* u = objects.scope(ScopeKind::Universe, nullptr);
  declare_types(u, objects, types);
  declare_consts(u, objects);
  declare_builtins(u, objects);
  return u;
}

}  // namespace goro::lang
