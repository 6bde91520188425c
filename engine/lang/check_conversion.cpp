// check_conversion.cpp: explicit conversions T(x) (types2's
// conversions.go): constant conversions (folded), and the spec's
// convertibility rules for the rest.
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

bool is_bytes_or_runes(Type* t) {
  Type* u = underlying(t);
  if (!u || u->kind != TypeKind::Slice) return false;
  BasicKind k = basic_kind(static_cast<Slice*>(u)->elem);
  return k == BasicKind::Uint8 || k == BasicKind::Int32;
}

// identical_ignore_tags() is identity that does not compare struct tags
// (conversions between struct types may differ in tags).
bool identical_ignore_tags(Type* x, Type* y) {
  if (identical(x, y)) return true;
  Type* a = x;
  Type* b = y;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Struct: {
      auto* s = static_cast<Struct*>(a);
      auto* t = static_cast<Struct*>(b);
      if (s->fields.size() != t->fields.size()) return false;
      for (size_t i = 0; i < s->fields.size(); ++i) {
        Var* f = s->fields[i];
        Var* g = t->fields[i];
        if (f->name != g->name || f->is_embedded != g->is_embedded || !identical_ignore_tags(f->type, g->type))
          return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
      }
      return true;
    }
    case TypeKind::Pointer:
      return identical_ignore_tags(static_cast<Pointer*>(a)->elem, static_cast<Pointer*>(b)->elem);
    default: return false;
  }
}

}  // namespace

// convertible_to() is the spec's convertibility of non-constant x to t.
bool Checker::convertible_to(Operand& x, Type* t, std::string* cause) {
  if (assignable_to(x, t, cause)) return true;
  Type* v = x.type;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (!vu || !tu) return false;
  bool vp = is_type_param(v), tp = is_type_param(t);
  if (identical_ignore_tags(vu, tu) && !vp && !tp) return true;
  if (v->kind == TypeKind::Pointer && t->kind == TypeKind::Pointer) {
    if (identical_ignore_tags(underlying(static_cast<Pointer*>(v)->elem), underlying(static_cast<Pointer*>(t)->elem)))
      return true;
  }
  auto int_or_float = [](Type* u) { return is_integer(u) || is_float(u); };
  if (int_or_float(vu) && int_or_float(tu)) return true;
  if (is_complex(vu) && is_complex(tu)) return true;
  if ((is_integer(vu) || is_bytes_or_runes(vu)) && is_string(tu)) return true;
  if (is_string(vu) && is_bytes_or_runes(tu)) return true;
  if (vu->kind == TypeKind::Slice) {
    Type* elem = static_cast<Slice*>(vu)->elem;
    if (tu->kind == TypeKind::Array && identical(elem, static_cast<Array*>(tu)->elem)) return true;
    if (tu->kind == TypeKind::Pointer) {
      Type* a = underlying(static_cast<Pointer*>(tu)->elem);
      if (a && a->kind == TypeKind::Array && identical(elem, static_cast<Array*>(a)->elem)) return true;
    }
  }
  if (vp || tp) {
    // type parameters: every pair of types of the type sets must convert
    bool ok = type_set_all(vp ? v : t, [&](const Type* term) {
      Operand y = x;
      if (vp) {
        y.type = const_cast<Type*>(term);
        return convertible_to(y, t, nullptr);
      }
      return convertible_to(y, const_cast<Type*>(term), nullptr);
    });
    return ok;
  }
  return false;
}

// conversion() is T(x).
void Checker::conversion(Operand& x, Type* t) {
  bool const_arg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (const_arg && is_const_type(t)) {
    BasicKind tk = basic_kind(t);
    constant::Value v;
    if (constant::representable(x.val, tk, &v)) {
      // representable() leaves v unset where nothing is rounded (strings)
      if (v.kind() != constant::Kind::Unknown) x.val = v;
      ok = true;
    } else if (is_integer(x.type) && constant::is_string(tk)) {
      x.val = constant::string_from_int(x.val);
      ok = true;
    } else {
      error_at(x.expr, constant::conversion_message(expr_string(x.expr), tstr(x.type), lang::is_untyped(x.type), x.val,
                                                    basic_kind(x.type), tk, tstr(t)));
      x.mode = Mode::Invalid;
      return;
    }
  } else if (const_arg && is_type_param(t)) {
    ok = type_set_all(t, [&](const Type* u) {
      if (is_string(x.type) && is_bytes_or_runes(const_cast<Type*>(u))) return true;
      BasicKind k = basic_kind(u);
      return constant::is_const_type(k) && (constant::representable(x.val, k) ||
                                            (is_integer(x.type) && constant::is_string(k)));
    });
    x.mode = Mode::Value;
  } else if (convertible_to(x, t, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    std::string msg = "cannot convert " + operand_string(x) + " to type " + tstr(t);
    if (!cause.empty()) msg += ": " + cause;
    error_at(x.expr, std::move(msg));
    x.mode = Mode::Invalid;
    return;
  }
  if (lang::is_untyped(x.type)) {
    Type* final = t;
    if (lang::is_basic(x.type, BasicKind::UntypedNil)) {
      // nil takes the type converted to
    } else if (is_interface_not_tparam(t) || (const_arg && !is_const_type(t))) {
      final = default_type(x.type);
    } else if (x.mode == Mode::Constant && is_integer(x.type) && all_string(t)) {
      final = x.type;
    }
    update_expr_type(x.expr, final, true);
  }
  x.type = t;
  x.is_nil = false;
}

}  // namespace goro::lang::detail
