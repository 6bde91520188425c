// check_literals.cpp: composite literals (types2's exprInternal and
// indexedElts): struct literals keyed or positional, arrays (with [...]),
// slices and maps, with elided element types, duplicate keys and indices.
#include <algorithm>
#include <map>

#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

// key_of() is a constant's identity as a map key (types2's keyVal): equal
// numeric values of any representation are the same key.
std::string key_of(const constant::Value& v) {
  switch (v.kind()) {
    case constant::Kind::Int:
    case constant::Kind::Float:
    case constant::Kind::Complex: {
      constant::Value i = constant::to_int(v);
      if (i.kind() == constant::Kind::Int) return "n" + i.exact_string();
      return "n" + v.exact_string();
    }
    case constant::Kind::String: return "s" + constant::string_val(v);
    case constant::Kind::Bool: return constant::bool_val(v) ? "t" : "f";
    default: return "?";
  }
}

}  // namespace

// composite_lit() is T{elems}, or {elems} with the type hint of the
// enclosing literal; the elements are checked by one function per kind of
// literal (noinline, check.hpp: only its frame is on the stack while they
// are).
void Checker::composite_lit(Operand& x, CompositeLit* e, Type* hint) {
  Type* typ = nullptr;
  Type* base = nullptr;
  if (e->type) {
    if (auto* at = as<ArrayType>(e->type); at && !at->len) {
      // [...]T: the length is the literal's
      typ = types_.array(vartype(at->elem), -1);
      base = typ;
    } else {
      typ = typexpr(e->type);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    Type* core = core_type(typ);
    base = core && core->kind == TypeKind::Pointer ? static_cast<Pointer*>(core)->elem : core;
    if (!base) {
      cold([&] { error_at(e, "invalid composite literal element type " + tstr(typ) + ": no core type"); });
      use_elems(e);
      return x.invalidate(e);
    }
  } else {
    cold([&] { error_at(e, "invalid composite literal type: missing type"); });
    use_elems(e);
    return x.invalidate(e);
  }
  Type* u = core_type(base);
  if (!u || is_invalid(u)) {
    use_elems(e);
    if (u && !is_invalid(typ)) cold([&] { error_at(e, "invalid composite literal type " + tstr(typ)); });
    return x.invalidate(e);
  }
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(u);
      if (e->elems.empty()) break;
      if (as<KeyValueExpr>(e->elems[0])) {
        keyed_struct_elems(e, st, base);
      } else {
        struct_elems(e, st, base);
      }
      break;
    }
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(u);
      int64_t n = indexed_elems(e->elems, a->elem, a->len);
      if (a->len < 0) {
        a->len = n;
        if (e->type) record_type(e->type, Mode::TypeExpr, a);
      }
      break;
    }
    case TypeKind::Slice: indexed_elems(e->elems, static_cast<Slice*>(u)->elem, -1); break;
    case TypeKind::Map: map_elems(e, static_cast<Map*>(u)); break;
    default: {
      use_elems(e);
      if (!is_invalid(u)) cold([&] { error_at(e, "invalid composite literal type " + tstr(typ)); });
      return x.invalidate(e);
    }
  }
  x.invalidate(e);
  x.mode = Mode::Value;
  x.type = typ;
}

// use_elems() checks the elements of a literal whose type is invalid.
void Checker::use_elems(CompositeLit* e) {
  for (Expr* el : e->elems) use(as<KeyValueExpr>(el) ? as<KeyValueExpr>(el)->value : el);
}

// keyed_struct_elems() checks the elements of a struct literal with keys,
// T{f: v, ...}.
void Checker::keyed_struct_elems(CompositeLit* e, Struct* st, Type* base) {
  const auto& fields = st->fields;
  std::vector<bool> visited(fields.size());
  for (Expr* el : e->elems) {
    auto* kv = as<KeyValueExpr>(el);
    if (!kv) {
      cold([&] { error_at(el, "mixture of field:value and value elements in struct literal"); });
      use(el);
      continue;
    }
    auto* key = as<Name>(kv->key);
    Operand v;
    int i = -1;
    if (key) {
      for (size_t j = 0; j < fields.size(); ++j) {
        Var* f = fields[j];
        if (f->name == key->value && key->value != "_" && (f->exported() || f->pkg == pkg_name_)) {
          i = int(j);
          break;
        }
      }
    }
    expr(v, kv->value);
    if (!key) {
      cold([&] { error_at(kv->key, "invalid field name " + expr_string(kv->key) + " in struct literal"); });
      continue;
    }
    if (i < 0) {
      cold([&] {
        bool unexported = false;
        for (Var* f : fields) unexported = unexported || (f->name == key->value && key->value != "_");
        if (unexported) {
          error_at(kv->key, "cannot refer to unexported field " + std::string(key->value) +
                                " in struct literal of type " + tstr(base));
        } else {
          error_at(kv->key,
                   "unknown field " + std::string(key->value) + " in struct literal of type " + tstr(base));
        }
      });
      continue;
    }
    Var* fld = fields[size_t(i)];
    key->obj = fld;
    record_type(key, Mode::Variable, fld->type);
    assignment(v, fld->type, "struct literal");
    if (visited[size_t(i)]) {
      cold([&] { error_at(kv, "duplicate field name " + std::string(key->value) + " in struct literal"); });
      continue;
    }
    visited[size_t(i)] = true;
  }
}

// struct_elems() checks the elements of a struct literal without keys,
// T{v, ...}.
void Checker::struct_elems(CompositeLit* e, Struct* st, Type* base) {
  const auto& fields = st->fields;
  size_t i = 0;
  for (Expr* el : e->elems) {
    if (auto* kv = as<KeyValueExpr>(el)) {
      cold([&] { error_at(kv, "mixture of field:value and value elements in struct literal"); });
      use(kv->value);
      ++i;
      continue;
    }
    Operand v;
    expr(v, el);
    if (i >= fields.size()) {
      cold([&] { error_at(v.expr, "too many values in struct literal of type " + tstr(base)); });
      break;
    }
    Var* fld = fields[i];
    if (!fld->exported() && fld->pkg != pkg_name_) {
      cold([&] {
        error_at(v.expr, "implicit assignment to unexported field " + std::string(fld->name) +
                             " in struct literal of type " + tstr(base));
      });
      ++i;
      continue;
    }
    assignment(v, fld->type, "struct literal");
    ++i;
  }
  if (e->elems.size() < fields.size()) {
    cold([&] { error(e->rbrace, "too few values in struct literal of type " + tstr(base)); });
  }
}

// map_elems() checks the elements of a map literal, with their keys.
void Checker::map_elems(CompositeLit* e, Map* m) {
  bool key_is_interface = is_interface_not_tparam(m->key);
  std::map<std::string, std::vector<Type*>> visited;
  for (Expr* el : e->elems) {
    auto* kv = as<KeyValueExpr>(el);
    if (!kv) {
      cold([&] { error_at(el, "missing key in map literal"); });
      use(el);
      continue;
    }
    Operand k;
    expr_with_hint(k, kv->key, m->key);
    assignment(k, m->key, "map literal");
    if (!k.invalid() && k.mode == Mode::Constant && duplicate_map_key(k, key_is_interface, visited)) {
      use(kv->value);
      continue;
    }
    Operand v;
    expr_with_hint(v, kv->value, m->elem);
    assignment(v, m->elem, "map literal");
  }
}

// duplicate_map_key() reports constant key k if visited (the keys so far,
// by key_of(), with their types) has it already; it adds k.
bool Checker::duplicate_map_key(Operand& k, bool key_is_interface,
                                std::map<std::string, std::vector<Type*>>& visited) {
  std::string key = key_of(k.val);
  bool dup = false;
  auto& seen = visited[key];
  if (key_is_interface) {
    for (Type* t : seen) dup = dup || identical(t, k.type);
    seen.push_back(k.type);
  } else {
    dup = !seen.empty();
    seen.push_back(k.type);
  }
  if (dup) error_at(k.expr, "duplicate key " + k.val.to_string() + " in map literal");
  return dup;
}

// indexed_elems() checks the elements of an array or slice literal (of
// known length, or -1), returning the length they imply.
int64_t Checker::indexed_elems(List<Expr> elems, Type* elem, int64_t length) {
  std::vector<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (Expr* e : elems) {
    bool valid_index = false;
    Expr* eval = e;
    if (auto* kv = as<KeyValueExpr>(e)) {
      int64_t i = -1;
      Type* t = index(kv->key, length, &i);
      if (!is_invalid(t)) {
        if (i >= 0) {
          idx = i;
          valid_index = true;
        } else {
          cold([&] { error_at(e, "index " + expr_string(kv->key) + " must be integer constant"); });
        }
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      cold([&] {
        error_at(e, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
      });
    } else {
      valid_index = true;
    }
    if (valid_index) {
      if (std::find(visited.begin(), visited.end(), idx) != visited.end()) {
        cold([&] { error_at(e, "duplicate index " + std::to_string(idx) + " in array or slice literal"); });
      }
      visited.push_back(idx);
    }
    ++idx;
    if (idx > max) max = idx;
    Operand x;
    expr_with_hint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

}  // namespace goro::lang::detail
