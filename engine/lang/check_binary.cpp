// check_binary.cpp: operators (types2's expr.go): unary and binary
// operations, shifts and comparisons, with constant folding and the
// implicit conversion of untyped operands to the other operand's type.
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

bool is_comparison(Op op) {
  switch (op) {
    case Op::Eql:
    case Op::Neq:
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq: return true;
    default: return false;
  }
}

std::optional<constant::CompareOp> compare_op(Op op) {
  using C = constant::CompareOp;
  switch (op) {
    case Op::Eql: return C::Eql;
    case Op::Neq: return C::Neq;
    case Op::Lss: return C::Lss;
    case Op::Leq: return C::Leq;
    case Op::Gtr: return C::Gtr;
    case Op::Geq: return C::Geq;
    default: return std::nullopt;
  }
}

std::optional<constant::BinaryOp> binary_op_of(Op op) {
  using B = constant::BinaryOp;
  switch (op) {
    case Op::Add: return B::Add;
    case Op::Sub: return B::Sub;
    case Op::Mul: return B::Mul;
    case Op::Div: return B::Quo;
    case Op::Rem: return B::Rem;
    case Op::And: return B::And;
    case Op::Or: return B::Or;
    case Op::Xor: return B::Xor;
    case Op::AndNot: return B::AndNot;
    case Op::AndAnd: return B::AndAnd;
    case Op::OrOr: return B::OrOr;
    default: return std::nullopt;
  }
}

std::string op_string(Op op) { return std::string(kOpNames[size_t(op)]); }

}  // namespace

// op_defined() checks that operator op applies to x's type (types2's
// unaryOpPredicates and binaryOpPredicates).
bool Checker::op_defined(Operand& x, Op op, bool unary) {
  bool ok = false;
  if (unary) {
    switch (op) {
      case Op::Add:
      case Op::Sub: ok = all_numeric(x.type); break;
      case Op::Xor: ok = all_integer(x.type); break;
      case Op::Not: ok = all_boolean(x.type); break;
      default: ok = false;
    }
  } else {
    switch (op) {
      case Op::Add: ok = all_numeric_or_string(x.type); break;
      case Op::Sub:
      case Op::Mul:
      case Op::Div: ok = all_numeric(x.type); break;
      case Op::Rem:
      case Op::And:
      case Op::Or:
      case Op::Xor:
      case Op::AndNot: ok = all_integer(x.type); break;
      case Op::AndAnd:
      case Op::OrOr: ok = all_boolean(x.type); break;
      default: ok = false;
    }
  }
  if (!ok) {
    error_at(x.expr, "invalid operation: operator " + op_string(op) + " not defined on " + operand_string(x));
  }
  return ok;
}

// unary() is op x; the operator is applied out of line (apply_unary()),
// off the recursion's frames.
void Checker::unary(Operand& x, Operation* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  apply_unary(x, e);
}

// apply_unary() applies e's operator to x, e's operand checked.
void Checker::apply_unary(Operand& x, Operation* e) {
  Op op = e->op;
  switch (op) {
    case Op::And:
      if (!as<CompositeLit>(unparen(e->x)) && x.mode != Mode::Variable) {
        error_at(x.expr, "invalid operation: cannot take address of " + operand_string(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Value;
      x.type = types_.pointer(x.type);
      return;
    case Op::Recv: {
      Type* u = core_type(x.type);
      if (!u) {
        error_at(x.expr, "invalid operation: cannot receive from " + operand_string(x) + " (no core type)");
        x.mode = Mode::Invalid;
        return;
      }
      if (u->kind != TypeKind::Chan) {
        error_at(x.expr, "invalid operation: cannot receive from non-channel " + operand_string(x));
        x.mode = Mode::Invalid;
        return;
      }
      auto* ch = static_cast<Chan*>(u);
      if (ch->dir == ChanDir::Send) {
        error_at(x.expr, "invalid operation: cannot receive from send-only channel " + operand_string(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::CommaOk;
      x.type = ch->elem;
      has_call_or_recv_ = true;
      return;
    }
    case Op::Tilde:
      if (!all_integer(x.type)) {
        error_at(e, "cannot use ~ outside of interface or type constraint");
        x.mode = Mode::Invalid;
        return;
      }
      error_at(e, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
      op = Op::Xor;
      break;
    default: break;
  }
  if (!op_defined(x, op, true)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (x.val.is_unknown()) return;
    constant::UnaryOp uop = op == Op::Add   ? constant::UnaryOp::Plus
                            : op == Op::Sub ? constant::UnaryOp::Minus
                            : op == Op::Xor ? constant::UnaryOp::Xor
                                            : constant::UnaryOp::Not;
    unsigned prec = is_unsigned(x.type) ? constant::size_bits(basic_kind(x.type)) : 0;
    x.val = constant::unary_op(uop, x.val, prec);
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

// match_types() converts an untyped operand to the other's type where the
// two may mix (types2's matchTypes).
void Checker::match_types(Operand& x, Operand& y) {
  auto may_convert = [&](Operand& a, Operand& b) {
    if (is_typed(a.type) && is_typed(b.type)) return false;
    if (is_interface_not_tparam(a.type) || is_interface_not_tparam(b.type)) return true;
    if (all_boolean(a.type) != all_boolean(b.type)) return false;
    if (all_string(a.type) != all_string(b.type)) return false;
    if (a.is_nil) return has_nil(b.type);
    if (b.is_nil) return has_nil(a.type);
    if (is_pointer(a.type) || is_pointer(b.type)) return false;
    return true;
  };
  if (may_convert(x, y)) {
    convert_untyped(x, y.type);
    if (x.invalid()) return;
    convert_untyped(y, x.type);
    if (y.invalid()) x.mode = Mode::Invalid;
  }
}

// binary() is lhs op rhs; e is the Operation (null for op= assignments,
// whose messages print the statement).
// The operator is applied out of line (apply_binary()), off the
// recursion's frames.
void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Op op, Pos op_pos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  apply_binary(x, y, e, lhs, rhs, op, op_pos);
}

// apply_binary() is x op y, both checked and valid.
void Checker::apply_binary(Operand& x, Operand& y, Expr* e, Expr* lhs, Expr* rhs, Op op, Pos op_pos) {
  if (op == Op::Shl || op == Op::Shr) {
    shift(x, y, e, op);
    return;
  }
  match_types(x, y);
  if (x.invalid()) return;
  if (is_comparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!is_invalid(x.type) && !is_invalid(y.type)) {
      std::string what = e ? expr_string(e) : expr_string(lhs) + " " + op_string(op) + "= " + expr_string(rhs);
      error_at(x.expr, "invalid operation: " + what + " (mismatched types " + tstr(x.type) + " and " +
                           tstr(y.type) + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (!op_defined(x, op, false)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Op::Div || op == Op::Rem) {
    if ((x.mode == Mode::Constant || all_integer(x.type)) && y.mode == Mode::Constant && constant::sign(y.val) == 0) {
      error_at(y.expr, std::string(constant::kDivisionByZero));
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant && is_complex(x.type)) {
      constant::Value re = constant::real(y.val), im = constant::imag(y.val);
      constant::Value re2 = constant::binary_op(re, constant::BinaryOp::Mul, re);
      constant::Value im2 = constant::binary_op(im, constant::BinaryOp::Mul, im);
      if (constant::sign(re2) == 0 && constant::sign(im2) == 0) {
        error_at(y.expr, std::string(constant::kDivisionByZero));
        x.mode = Mode::Invalid;
        return;
      }
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val.is_unknown() || y.val.is_unknown()) {
      x.val = constant::Value{};
      return;
    }
    auto bop = binary_op_of(op);
    if (!bop) return;
    if (op == Op::Div && is_integer(x.type)) bop = constant::BinaryOp::QuoInt;
    x.val = constant::binary_op(x.val, *bop, y.val);
    x.expr = e;
    overflow(x, op_pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Op op) {
  constant::Value xval;
  if (x.mode == Mode::Constant) xval = constant::to_int(x.val);
  if (all_integer(x.type) || (lang::is_untyped(x.type) && xval.kind() == constant::Kind::Int)) {
    // ok
  } else {
    error_at(x.expr, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (y.mode == Mode::Constant) {
    constant::Value yval = constant::to_int(y.val);
    if (yval.kind() == constant::Kind::Int && constant::sign(yval) < 0) {
      error_at(y.expr, constant::negative_shift_count_message(operand_string(y)));
      x.mode = Mode::Invalid;
      return;
    }
    if (lang::is_untyped(y.type)) {
      if (!representable(y, basic_type(BasicKind::Uint))) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    if (all_integer(y.type)) {
      // ok (signed counts since Go 1.13)
    } else if (lang::is_untyped(y.type)) {
      convert_untyped(y, basic_type(BasicKind::Uint));
      if (y.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      error_at(y.expr, "invalid operation: shift count " + operand_string(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (x.val.is_unknown() || y.val.is_unknown()) {
        x.val = constant::Value{};
        if (!is_integer(x.type)) x.type = basic_type(BasicKind::UntypedInt);
        return;
      }
      auto s = constant::uint64_val(constant::to_int(y.val));
      if (!s || *s > constant::kMaxShift) {
        error_at(y.expr, constant::invalid_shift_count_message(operand_string(y)));
        x.mode = Mode::Invalid;
        return;
      }
      if (!is_integer(x.type)) x.type = basic_type(BasicKind::UntypedInt);
      x.val = constant::shift(xval, op == Op::Shl ? constant::ShiftOp::Shl : constant::ShiftOp::Shr, *s);
      x.expr = e;
      overflow(x, e ? e->pos : Pos{});
      return;
    }
    if (lang::is_untyped(x.type)) {
      // A non-constant shift of an untyped constant: the constant takes the
      // type the shift's context gives it, which must be an integer type
      // (checked by update_expr_type()).
      if (x.expr) shift_lhs_.insert(x.expr);
      x.mode = Mode::Value;
      return;
    }
  }
  if (!all_integer(x.type)) {
    error_at(x.expr, "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

std::string Checker::kind_string(Type* t) {
  Type* u = underlying(t);
  if (!u) return tstr(t);
  switch (u->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface:
      if (is_type_param(t)) return "type parameter " + tstr(t);
      return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return tstr(t);
  }
}

std::string Checker::incomparable_cause(Type* t) {
  Type* u = underlying(t);
  if (!u) return "";
  switch (u->kind) {
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Map: return kind_string(t) + " can only be compared to nil";
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(u)->fields) {
        if (!comparable(f->type)) return "struct containing " + tstr(f->type) + " cannot be compared";
      }
      return "";
    case TypeKind::Array:
      return tstr(u) + " cannot be compared";
    default: return "";
  }
}

// comparison() is x op y for a comparison operator (or a switch case
// against its tag: switch_case), yielding an untyped bool.
void Checker::comparison(Operand& x, Operand& y, Op op, bool switch_case) {
  if (is_invalid(x.type) || is_invalid(y.type)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (switch_case) op = Op::Eql;
  Operand* err_op = &x;
  std::string cause;
  bool ok = assignable_to(x, y.type, nullptr) || assignable_to(y, x.type, nullptr);
  if (!ok) {
    err_op = &y;
    cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
  } else if (op == Op::Eql || op == Op::Neq) {
    if (x.is_nil || y.is_nil) {
      Type* t = x.is_nil ? y.type : x.type;
      if (!has_nil(t)) {
        err_op = &y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      err_op = &x;
      cause = incomparable_cause(x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      err_op = &y;
      cause = incomparable_cause(y.type);
      ok = false;
    }
  } else {
    if (!all_ordered(x.type)) {
      err_op = &x;
      ok = false;
    } else if (!all_ordered(y.type)) {
      err_op = &y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty()) {
      if (is_type_param(x.type) || is_type_param(y.type)) {
        if (!is_type_param(x.type)) err_op = &y;
        cause = "type parameter " + tstr(err_op->type) + " is not comparable with " + op_string(op);
      } else {
        cause = "operator " + op_string(op) + " not defined on " + kind_string(err_op->type);
      }
    }
    if (switch_case) {
      error_at(x.expr, "invalid case " + expr_string(x.expr) + " in switch on " + expr_string(y.expr) + " (" + cause +
                           ")");
    } else {
      error_at(err_op->expr, "invalid operation: " + expr_string(x.expr) + " " + op_string(op) + " " +
                                 expr_string(y.expr) + " (" + cause + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = constant::make_bool(constant::compare(x.val, *compare_op(op), y.val));
  } else {
    x.mode = Mode::Value;
    update_expr_type(x.expr, default_type(x.type), true);
    update_expr_type(y.expr, default_type(y.type), true);
  }
  x.type = basic_type(BasicKind::UntypedBool);
  x.is_nil = false;
}

}  // namespace goro::lang::detail
