// check_operand.cpp: operands (types2's operand.go) — how they are written
// in messages, assignability, the implicit conversion of untyped values to
// the type their context wants (expr.go's implicitTypeAndValue and
// updateExprType), and recording results in the tree (the contract in
// check.hpp).
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {

using constant::ConstError;

namespace {

std::string_view mode_string(Mode m) {
  switch (m) {
    case Mode::Invalid: return "invalid operand";
    case Mode::NoValue: return "no value";
    case Mode::Builtin: return "built-in";
    case Mode::TypeExpr: return "type";
    case Mode::Constant: return "constant";
    case Mode::Variable: return "variable";
    case Mode::MapIndex: return "map index expression";
    case Mode::Value: return "value";
    case Mode::CommaOk: return "comma, ok expression";
    case Mode::PkgName: return "package";
  }
  return "value";
}

std::string_view builtin_name(BuiltinId id) {
  static constexpr std::string_view kNames[] = {"append", "cap",  "clear", "close", "complex", "copy",
                                                "delete", "imag", "len",   "make",  "max",     "min",
                                                "new",    "panic", "print", "println", "real", "recover"};
  return kNames[size_t(id)];
}

}  // namespace

std::string Checker::expr_string(const Expr* e) const { return e ? node_string(e) : std::string(); }

// operand_string() is types2's operandString: "x (variable of type int)",
// "300 (untyped int constant)", "f() (no value)", "nil".
std::string Checker::operand_string(const Operand& x) {
  if (x.is_nil && x.mode != Mode::Invalid) {
    if (is_invalid(x.type)) return "nil (with invalid type)";
    if (lang::is_basic(x.type, BasicKind::UntypedNil)) return "nil";
    return "nil (of type " + tstr(x.type) + ")";
  }
  std::string expr;
  if (x.expr) {
    expr = expr_string(x.expr);
  } else if (x.mode == Mode::Builtin) {
    expr = builtin_name(x.id);
  } else if (x.mode == Mode::TypeExpr) {
    expr = tstr(x.type);
  } else if (x.mode == Mode::Constant) {
    expr = x.val.to_string();
  }
  std::string buf;
  if (!expr.empty()) buf = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr:
    case Mode::PkgName: break;
    default:
      if (x.type) {
        if (lang::is_untyped(x.type)) {
          buf += static_cast<Basic*>(x.type)->name;
          buf += ' ';
          break;
        }
        has_type = true;
      }
  }
  buf += mode_string(x.mode);
  if (x.mode == Mode::Constant) {
    std::string s = x.val.to_string();
    if (s != expr) buf += " " + s;
  }
  if (has_type) {
    if (!is_invalid(x.type)) {
      buf += " of type " + tstr(x.type);
      if (x.type->kind == TypeKind::TypeParam) {
        buf += " constrained by " + tstr(static_cast<TypeParam*>(x.type)->constraint);
      }
    } else {
      buf += " with invalid type";
    }
  }
  if (!expr.empty()) buf += ')';
  return buf;
}

const constant::Value* Checker::store(constant::Value v) { return &pkg_.values.emplace_back(std::move(v)); }

void Checker::record_type(Expr* e, Mode mode, Type* t, const constant::Value* val) {
  if (!e) return;
  e->mode = mode;
  e->type = t;
  e->value = mode == Mode::Constant ? val : nullptr;
}

void Operand::invalidate(Expr* e) { *this = Operand{Mode::Invalid, e, basic_type(BasicKind::Invalid)}; }

// record() writes x's result into its expression node.
void Checker::record(Operand& x) {
  if (!x.expr) return;
  Type* t = x.type;
  switch (x.mode) {
    case Mode::Invalid: t = basic_type(BasicKind::Invalid); break;
    case Mode::NoValue: t = types_.empty_tuple(); break;
    case Mode::PkgName: t = basic_type(BasicKind::Invalid); break;
    default: break;
  }
  record_type(x.expr, x.mode, t, x.mode == Mode::Constant ? store(x.val) : nullptr);
}

void Checker::update_expr_val(Expr* x, const constant::Value& v) {
  if (x && x->mode == Mode::Constant && lang::is_untyped(x->type)) x->value = store(v);
}

// update_expr_type() is types2's updateExprType: x, an untyped expression
// (as recorded), gets type t; the untyped operands it was computed from
// get it too, except inside constant expressions and comparisons (whose
// operands' types are independent of the result's). final: t is the type
// the value will have at run time (untyped types become default types).
void Checker::update_expr_type(Expr* x, Type* t, bool final) {
  if (!x || !t || !lang::is_untyped(x->type)) return;
  switch (x->kind) {
    case Kind::ParenExpr: update_expr_type(static_cast<ParenExpr*>(x)->x, t, final); break;
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (x->mode == Mode::Constant) break;  // operands stay as computed
      if (!o->y) {
        if (o->op == Op::Mul) return;
        update_expr_type(o->x, t, final);
        break;
      }
      switch (o->op) {
        case Op::Eql:
        case Op::Neq:
        case Op::Lss:
        case Op::Leq:
        case Op::Gtr:
        case Op::Geq: break;  // the result's type is independent of the operands'
        case Op::Shl:
        case Op::Shr: update_expr_type(o->x, t, final); break;
        default:
          update_expr_type(o->x, t, final);
          update_expr_type(o->y, t, final);
      }
      break;
    }
    case Kind::Name:
    case Kind::BasicLit:
    case Kind::SelectorExpr:
    case Kind::CallExpr: break;
    default: return;
  }
  if (!final && lang::is_untyped(t)) {
    x->type = underlying(t);
    return;
  }
  if (shift_lhs_.erase(x)) {
    if (!all_integer(t)) {
      error_at(x, "invalid operation: shifted operand " + expr_string(x) + " (type " + tstr(t) + ") must be integer");
      return;
    }
  }
  if (x->mode == Mode::Constant && x->value) {
    Operand c{Mode::Constant, x, x->type, *x->value};
    Type* saved = x->type;
    x->type = nullptr;  // so the conversion does not recurse here
    convert_untyped(c, t);
    x->type = saved;
    if (c.invalid()) return;
    // The value as the final type holds it (rounded floats, exact ints).
    if (is_const_type(t)) {
      constant::Representation r = constant::representation(c.val, basic_kind(saved), basic_kind(t));
      if (r.ok()) c.val = r.value;
    }
    x->value = store(c.val);
  }
  x->type = t;
}

// implicit_type_and_value() is the type (and constant value) untyped x
// takes when used where a target is wanted; false with *code set if it
// cannot (types2's implicitTypeAndValue).
bool Checker::implicit_type_and_value(Operand& x, Type* target, Type** out, constant::Value* val,
                                      ConstError* code) {
  *out = x.type;
  *code = ConstError::None;
  if (x.invalid() || is_typed(x.type) || is_invalid(target)) return true;
  if (lang::is_untyped(target)) {
    BasicKind xk = basic_kind(x.type), tk = basic_kind(target);
    if (constant::is_numeric(xk) && constant::is_numeric(tk)) {
      if (xk < tk) *out = target;
      return true;
    }
    if (xk != tk) {
      *code = ConstError::InvalidConstVal;
      return false;
    }
    return true;
  }
  if (x.is_nil || lang::is_basic(x.type, BasicKind::UntypedNil)) {
    if (has_nil(target)) {
      *out = target;
      return true;
    }
    *code = ConstError::InvalidConstVal;
    return false;
  }
  Type* u = underlying(target);
  if (is_type_param(target)) {
    // Each type of the type set must accept x.
    bool ok = type_set_all(target, [&](const Type* t) {
      Type* o = nullptr;
      constant::Value v;
      ConstError c;
      return implicit_type_and_value(x, const_cast<Type*>(t), &o, &v, &c);
    });
    if (!ok) {
      *code = ConstError::InvalidConstVal;
      return false;
    }
    *out = target;
    return true;
  }
  if (!u) {
    *code = ConstError::InvalidConstVal;
    return false;
  }
  switch (u->kind) {
    case TypeKind::Basic: {
      if (x.mode == Mode::Constant) {
        constant::Representation r = constant::representation(x.val, basic_kind(x.type), basic_kind(u));
        if (!r.ok()) {
          *code = r.error;
          return false;
        }
        *val = r.value;
        *out = target;
        return true;
      }
      BasicKind xk = basic_kind(x.type);
      bool ok = false;
      switch (xk) {
        case BasicKind::UntypedBool: ok = is_boolean(target); break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex: ok = is_numeric(target); break;
        case BasicKind::UntypedString: ok = is_string(target); break;
        default: ok = false;
      }
      if (!ok) {
        *code = ConstError::InvalidConstVal;
        return false;
      }
      *out = target;
      return true;
    }
    case TypeKind::Interface: {
      auto* i = static_cast<Interface*>(u);
      complete(i);
      if (!i->all_methods.empty() || !i->all_terms.empty() || i->all_comparable) {
        *code = ConstError::InvalidConstVal;  // cannot assign untyped values to non-empty interfaces
        return false;
      }
      *out = default_type(x.type);
      return true;
    }
    default: *code = ConstError::InvalidConstVal; return false;
  }
}

Type* Checker::default_type(Type* t) {
  if (!lang::is_untyped(t)) return t;
  BasicKind k = static_cast<Basic*>(t)->basic;
  if (k == BasicKind::UntypedRune) return rune_type();
  if (k == BasicKind::UntypedNil) return t;
  return basic_type(constant::default_type(k));
}

// convert_untyped() converts untyped x to target's type (types2's
// convertUntyped), reporting why it cannot.
void Checker::convert_untyped(Operand& x, Type* target) {
  Type* out = nullptr;
  constant::Value val;
  ConstError code;
  if (!implicit_type_and_value(x, target, &out, &val, &code)) {
    Type* t = is_type_param(target) ? target : underlying(target);
    invalid_conversion(code, x, t ? t : target);
    x.mode = Mode::Invalid;
    return;
  }
  if (!val.is_unknown()) {
    x.val = val;
    update_expr_val(x.expr, val);
  }
  if (out != x.type) {
    x.type = out;
    update_expr_type(x.expr, out, false);
  }
}

void Checker::invalid_conversion(ConstError code, Operand& x, Type* target) {
  error_at(x.expr, constant::invalid_conversion_message(code, operand_string(x), tstr(target)));
}

// representable() checks that constant x fits basic type t, rounding its
// value to t's precision.
bool Checker::representable(Operand& x, Type* t) {
  constant::Representation r = constant::representation(x.val, basic_kind(x.type), basic_kind(t));
  if (!r.ok()) {
    invalid_conversion(r.error, x, t);
    x.mode = Mode::Invalid;
    return false;
  }
  x.val = r.value;
  return true;
}

// overflow() is types2's check after every constant operation: a typed
// result must fit its type, an untyped integer must stay within 512 bits.
void Checker::overflow(Operand& x, Pos op_pos) {
  if (x.val.is_unknown()) {
    error(op_pos, std::string(constant::kNotRepresentable));
    return;
  }
  if (is_typed(x.type)) {
    representable(x, underlying(x.type));
    return;
  }
  if (constant::untyped_int_overflows(x.val)) {
    std::string_view op;
    if (auto* o = as<Operation>(x.expr)) {
      if (!o->y && o->op == Op::Xor) op = "bitwise complement";
      if (o->y) {
        switch (o->op) {
          case Op::Add: op = "addition"; break;
          case Op::Sub: op = "subtraction"; break;
          case Op::Xor: op = "bitwise XOR"; break;
          case Op::Mul: op = "multiplication"; break;
          case Op::Shl: op = "shift"; break;
          default: break;
        }
      }
    }
    error(op_pos, constant::constant_overflow_message(op));
    x.val = constant::Value{};
  }
}

// assignable_to() is the spec's assignability of x to t (types2's
// assignableTo); cause explains a failure where Go does.
bool Checker::assignable_to(Operand& x, Type* t, std::string* cause) {
  if (x.invalid() || is_invalid(t)) return true;  // avoid follow-up errors
  Type* v = x.type;
  if (is_invalid(v)) return true;
  if (identical(v, t)) return true;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  bool vp = is_type_param(v), tp = is_type_param(t);
  if (lang::is_untyped(vu)) {
    Type* out = nullptr;
    constant::Value val;
    ConstError code;
    return implicit_type_and_value(x, t, &out, &val, &code);
  }
  // identical underlying types and at least one is not a named type
  if (identical(vu, tu) && (!has_name(v) || !has_name(t)) && !vp && !tp) return true;
  // t is an interface type (not a type parameter) and v implements it
  if ((tu && tu->kind == TypeKind::Interface && !tp) || is_interface_ptr(tu)) {
    if (implements(v, t, cause)) return true;
    if (!vp) return false;
    if (cause) cause->clear();
  }
  // v is an interface: say a type assertion is needed where one would do
  if (vu && vu->kind == TypeKind::Interface && !vp) {
    if (!implements(t, v, nullptr)) return false;
    if (cause) *cause = "need type assertion";
    return false;
  }
  // a bidirectional channel to a channel type of the same element type
  if (vu && vu->kind == TypeKind::Chan && static_cast<Chan*>(vu)->dir == ChanDir::Both && tu &&
      tu->kind == TypeKind::Chan && identical(static_cast<Chan*>(vu)->elem, static_cast<Chan*>(tu)->elem)) {
    return !has_name(v) || !has_name(t);
  }
  return false;
}

// assignment() checks that x can be assigned to a variable of type t (nil
// t: the blank identifier, or a context taking any type), converting an
// untyped x; context names the place in messages ("assignment", "argument
// to f", ...). x is invalid afterwards if it cannot.
void Checker::assignment(Operand& x, Type* t, std::string_view context) {
  single_value(x);
  switch (x.mode) {
    case Mode::Invalid: return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::CommaOk: break;
    default:
      error_at(x.expr, "cannot assign " + operand_string(x) + " to " + tstr(t) + " in " + std::string(context));
      x.mode = Mode::Invalid;
      return;
  }
  if (lang::is_untyped(x.type)) {
    Type* target = t;
    if (x.is_nil || lang::is_basic(x.type, BasicKind::UntypedNil)) {
      if (!t) {
        error_at(x.expr, "use of untyped nil in " + std::string(context));
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!t || is_interface_not_tparam(t)) {
      target = default_type(x.type);
    }
    Type* out = nullptr;
    constant::Value val;
    ConstError code;
    if (!implicit_type_and_value(x, target, &out, &val, &code)) {
      std::string msg = "cannot use " + operand_string(x) + " as " + tstr(target) + " value in " + std::string(context);
      if (code == ConstError::TruncatedFloat) msg += " (truncated)";
      if (code == ConstError::NumericOverflow) msg += " (overflows)";
      error_at(x.expr, std::move(msg));
      x.mode = Mode::Invalid;
      return;
    }
    if (!val.is_unknown()) {
      x.val = val;
      update_expr_val(x.expr, val);
    }
    if (out != x.type) {
      x.type = out;
      update_expr_type(x.expr, out, false);
    }
  }
  if (auto* sig = as_signature(x.type); sig && !sig->tparams.empty()) {
    error_at(x.expr, "cannot use generic function " + expr_string(x.expr) + " without instantiation in " +
                         std::string(context));
    x.mode = Mode::Invalid;
    return;
  }
  if (!t) return;
  std::string cause;
  if (!assignable_to(x, t, &cause)) {
    std::string msg = "cannot use " + operand_string(x) + " as " + tstr(t) + " value in " + std::string(context);
    if (!cause.empty()) msg += ": " + cause;
    error_at(x.expr, std::move(msg));
    x.mode = Mode::Invalid;
  }
}

}  // namespace goro::lang::detail
