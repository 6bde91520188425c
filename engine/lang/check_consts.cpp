// check_consts.cpp: constant declarations (iota, implicit repetition, typed
// and untyped constants) and constant expressions, following types2 step by
// step as constant.hpp's "which message where" recipe describes (the same
// steps as the MiniChecker in tests/lang/constant_test.cpp).
//
// const_expr() returns nullopt for an expression that is not a constant
// this slice can evaluate (silently: see check.hpp) and after reporting an
// error, so callers stay quiet in both cases.
#include "ast_print.hpp"
#include "check.hpp"

namespace goro::lang::detail {

using namespace constant;

BasicKind ConstOperand::kind() const {
  const Type* u = type ? underlying(type) : nullptr;
  return u && u->kind == TypeKind::Basic ? static_cast<const Basic*>(u)->basic : BasicKind::Invalid;
}

std::string ConstOperand::str() const {
  return operand_string(expr, type_string(type), lang::is_untyped(type), val);
}

namespace {

bool const_type(Type* t) {
  const Type* u = t ? underlying(t) : nullptr;
  return u && u->kind == TypeKind::Basic && is_const_type(static_cast<const Basic*>(u)->basic);
}

std::optional<CompareOp> compare_op(Op op) {
  switch (op) {
    case Op::Eql: return CompareOp::Eql;
    case Op::Neq: return CompareOp::Neq;
    case Op::Lss: return CompareOp::Lss;
    case Op::Leq: return CompareOp::Leq;
    case Op::Gtr: return CompareOp::Gtr;
    case Op::Geq: return CompareOp::Geq;
    default: return std::nullopt;
  }
}

std::optional<BinaryOp> binary_op_of(Op op) {
  switch (op) {
    case Op::Add: return BinaryOp::Add;
    case Op::Sub: return BinaryOp::Sub;
    case Op::Mul: return BinaryOp::Mul;
    case Op::Div: return BinaryOp::Quo;
    case Op::Rem: return BinaryOp::Rem;
    case Op::And: return BinaryOp::And;
    case Op::Or: return BinaryOp::Or;
    case Op::Xor: return BinaryOp::Xor;
    case Op::AndNot: return BinaryOp::AndNot;
    case Op::AndAnd: return BinaryOp::AndAnd;
    case Op::OrOr: return BinaryOp::OrOr;
    default: return std::nullopt;
  }
}

}  // namespace

// const_decl() declares (locally) or evaluates (package level) the
// constants of one spec. A spec without type and values repeats its
// group's last ones (spec->inherit) with its own iota. types2's arity
// check comes first: "missing init expr for z", "extra init expr 2", or for
// repeated values "extra init expr at ./prog.go:8:12".
void Checker::const_decl(ConstSpec* spec, Scope* s) {
  bool inherited = spec->values.empty() && !spec->type && spec->inherit;
  List<Expr> values = inherited ? spec->inherit->values : spec->values;
  size_t l = spec->names.size(), r = values.size();
  if (l < r) {
    Expr* extra = values[l];
    if (inherited) {
      error(spec->pos, "extra init expr at " + pos_string(extra->pos));
    } else {
      error(start_pos(extra), "extra init expr " + node_string(extra));
    }
  } else if (l > r) {
    error(spec->names[r]->pos, "missing init expr for " + std::string(spec->names[r]->value));
  }
  for (size_t i = 0; i < spec->names.size(); ++i) {
    Name* n = spec->names[i];
    Const* obj = n->obj && n->obj->kind == ObjectKind::Const ? static_cast<Const*>(n->obj) : nullptr;
    if (s) {  // local: declare after evaluating, as the scope rule says
      obj = pkg_.objects.const_(n->value, n->pos, nullptr);
      obj->pkg = "main";
    }
    if (!obj) continue;
    const_origin_[obj] = {spec, i};
    eval_const(obj);
    if (s) declare(s, n, obj);
  }
}

// eval_const() computes a constant's type and value once (a constant
// without an init expression, or in a cycle, stays Unknown and invalid).
void Checker::eval_const(Const* obj) {
  auto done = const_done_.find(obj);
  if (done != const_done_.end()) return;
  auto origin = const_origin_.find(obj);
  if (origin == const_origin_.end()) return;
  auto [spec, i] = origin->second;
  const_done_[obj] = false;
  if (!walked_.count(spec)) {
    // A package-level constant used before its declaration was walked (in
    // an array length): resolve its names in the file scope first.
    Scope* saved = scope_;
    scope_ = pkg_.file_scope;
    if (spec->inherit) const_spec_values(spec->inherit);
    const_spec_values(spec);
    scope_ = saved;
  }
  obj->type = basic_type(BasicKind::Invalid);
  bool inherited = spec->values.empty() && !spec->type && spec->inherit;
  ConstSpec* src = inherited ? spec->inherit : spec;
  Type* t = src->type ? src->type->type : nullptr;  // resolved by const_spec_values()
  if (i >= src->values.size()) {
    // reported by const_decl()'s arity check
  } else if (t && !const_type(t)) {
    if (!lang::is_basic(underlying(t), BasicKind::Invalid)) {
      error(start_pos(src->type), "invalid constant type " + type_string(t));
    }
  } else {
    int64_t saved = iota_;
    iota_ = spec->iota;
    std::optional<ConstOperand> x = const_expr(src->values[i]);
    iota_ = saved;
    if (x && (!t || assign_const(*x, t, "constant declaration", src->values[i]))) {
      obj->type = x->type;
      obj->value = x->val;
    }
  }
  const_done_[obj] = true;
}

// assign_const() is types2's assignment of constant x to type target.
bool Checker::assign_const(ConstOperand& x, Type* target, std::string_view context, Expr* at) {
  if (!const_type(target)) return false;  // not checked yet (interfaces, ...)
  std::string tname = type_string(target);
  if (!lang::is_untyped(x.type)) {
    if (identical(x.type, target)) return true;
    error(start_pos(at), cannot_use_message(x.str(), tname, context, ConstError::InvalidConstVal));
    return false;
  }
  auto tk = ConstOperand{{}, target, ""}.kind();
  Representation r = representation(x.val, x.kind(), tk);
  if (!r.ok()) {
    error(start_pos(at), cannot_use_message(x.str(), tname, context, r.error));
    return false;
  }
  x.val = r.value;
  x.type = target;
  return true;
}

// check_var_init() checks a variable declaration's constant initializer
// against the declared type (the only assignment checked so far).
void Checker::check_var_init(Type* t, Expr* value) {
  if (!t || !value || !const_type(t)) return;
  std::optional<ConstOperand> x = const_expr(value);
  if (x) assign_const(*x, t, "variable declaration", value);
}

std::optional<ConstOperand> Checker::const_expr(Expr* x) {
  if (!x) return std::nullopt;
  switch (x->kind) {
    case lang::Kind::BasicLit: return const_literal(static_cast<BasicLit*>(x));
    case lang::Kind::Name: return const_name(static_cast<Name*>(x));
    case lang::Kind::ParenExpr: {
      auto v = const_expr(static_cast<ParenExpr*>(x)->x);
      if (v) v->expr = node_string(x);
      return v;
    }
    case lang::Kind::CallExpr: return const_conversion(static_cast<CallExpr*>(x));
    case lang::Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      return o->y ? const_binary(o) : const_unary(o);
    }
    default: return std::nullopt;
  }
}

std::optional<ConstOperand> Checker::const_literal(BasicLit* lit) {
  if (lit->bad) return std::nullopt;
  bool numeric = lit->lit_kind == LitKind::Int || lit->lit_kind == LitKind::Float || lit->lit_kind == LitKind::Imag;
  if (numeric && lit->value.size() > kMaxLiteralLength) {
    error(lit->pos, excessively_long_message(lit->value));
    return std::nullopt;
  }
  Value v = make_from_literal(lit->value, LiteralKind(uint8_t(lit->lit_kind)));
  if (v.is_unknown()) {
    error(lit->pos, malformed_constant_message(lit->value));
    return std::nullopt;
  }
  constexpr BasicKind kinds[] = {BasicKind::UntypedInt, BasicKind::UntypedFloat, BasicKind::UntypedComplex,
                                 BasicKind::UntypedRune, BasicKind::UntypedString};
  return overflow(ConstOperand{v, basic_type(kinds[int(lit->lit_kind)]), std::string(lit->value)}, lit->pos, "");
}

std::optional<ConstOperand> Checker::const_name(Name* n) {
  if (!n->obj || n->obj->kind != ObjectKind::Const) return std::nullopt;
  auto* c = static_cast<Const*>(n->obj);
  if (c->name == "iota" && c->parent == pkg_.universe) {
    if (iota_ < 0) return std::nullopt;  // resolve() has reported it
    return ConstOperand{make_int64(iota_), basic_type(BasicKind::UntypedInt), "iota"};
  }
  eval_const(c);
  if (!c->type || lang::is_basic(c->type, BasicKind::Invalid) || c->value.is_unknown()) return std::nullopt;
  return ConstOperand{c->value, c->type, std::string(n->value)};
}

// const_conversion() is T(x) for a constant x and a basic type T.
std::optional<ConstOperand> Checker::const_conversion(CallExpr* call) {
  if (call->args.size() != 1 || call->has_dots) return std::nullopt;
  Expr* fun = unparen(call->fun);
  auto* n = as<Name>(fun);
  if (!n || !n->obj || n->obj->kind != ObjectKind::TypeName || !const_type(n->obj->type)) return std::nullopt;
  auto x = const_expr(call->args[0]);
  if (!x) return std::nullopt;
  Type* t = n->obj->type;
  BasicKind tk = ConstOperand{{}, t, ""}.kind();
  Value v = x->val;
  if (representable(x->val, tk, &v)) {
    // ok
  } else if (is_integer(x->kind()) && is_string(tk)) {
    v = string_from_int(x->val);
  } else {
    error(start_pos(call->args[0]), conversion_message(x->expr, type_string(x->type), lang::is_untyped(x->type),
                                                       x->val, x->kind(), tk, type_string(t)));
    return std::nullopt;
  }
  return ConstOperand{v, t, node_string(call)};
}

std::optional<ConstOperand> Checker::const_unary(Operation* o) {
  UnaryOp op;
  switch (o->op) {
    case Op::Add: op = UnaryOp::Plus; break;
    case Op::Sub: op = UnaryOp::Minus; break;
    case Op::Xor: op = UnaryOp::Xor; break;
    case Op::Not: op = UnaryOp::Not; break;
    default: return std::nullopt;
  }
  auto x = const_expr(o->x);
  if (!x) return std::nullopt;
  // Operand kinds (-"s", !1) need types2's operator checks: not yet.
  BasicKind k = x->kind();
  bool fits = op == UnaryOp::Not ? is_boolean(k) : op == UnaryOp::Xor ? is_integer(k) : is_numeric(k);
  if (!fits) return std::nullopt;
  unsigned prec = is_unsigned(k) ? size_bits(k) : 0;
  x->val = unary_op(op, x->val, prec);
  x->expr = node_string(o);
  return overflow(std::move(*x), o->pos, overflow_op_name(op));
}

// overflow() is types2's Checker.overflow, run after every operation.
std::optional<ConstOperand> Checker::overflow(ConstOperand x, Pos op_pos, std::string_view op_name) {
  if (x.val.is_unknown()) {
    error(op_pos, std::string(kNotRepresentable));
    return std::nullopt;
  }
  if (!lang::is_untyped(x.type)) {
    Representation r = representation(x.val, x.kind(), x.kind());
    if (!r.ok()) {
      error(op_pos, invalid_conversion_message(r.error, x.str(), type_string(x.type)));
      return std::nullopt;
    }
    x.val = r.value;
    return x;
  }
  if (untyped_int_overflows(x.val)) {
    error(op_pos, constant_overflow_message(op_name));
    return std::nullopt;
  }
  return x;
}

// convert_untyped() is types2's implicit conversion of an untyped operand
// to the other operand's type.
bool Checker::convert_untyped(ConstOperand& x, const ConstOperand& target, Expr* at) {
  if (!lang::is_untyped(x.type) || x.type == target.type) return true;
  if (lang::is_untyped(target.type)) {
    // Both untyped: the numeric kind ordered later wins, values stay.
    if (is_numeric(x.kind()) && is_numeric(target.kind()) && x.kind() < target.kind()) x.type = target.type;
    return true;
  }
  Representation r = representation(x.val, x.kind(), target.kind());
  if (!r.ok()) {
    error(start_pos(at), invalid_conversion_message(r.error, x.str(), type_string(target.type)));
    return false;
  }
  x.val = r.value;
  x.type = target.type;
  return true;
}

std::optional<ConstOperand> Checker::const_binary(Operation* o) {
  auto x = const_expr(o->x);
  if (!x) return std::nullopt;
  auto y = const_expr(o->y);
  if (!y) return std::nullopt;
  if (o->op == Op::Shl || o->op == Op::Shr) return const_shift(o, *x, *y);
  if (!convert_untyped(*x, *y, o->x) || !convert_untyped(*y, *x, o->y)) return std::nullopt;
  std::string e = node_string(o);
  if (!identical(x->type, y->type)) {
    // Untyped kinds that cannot mix ("a" + 1) need types2's operand checks.
    if (lang::is_untyped(x->type) || lang::is_untyped(y->type)) return std::nullopt;
    error(start_pos(o), "invalid operation: " + e + " (mismatched types " + type_string(x->type) + " and " +
                            type_string(y->type) + ")");
    return std::nullopt;
  }
  BasicKind k = x->kind();
  if (auto cmp = compare_op(o->op)) {
    return ConstOperand{make_bool(compare(x->val, *cmp, y->val)), basic_type(BasicKind::UntypedBool), e};
  }
  auto op = binary_op_of(o->op);
  if (!op) return std::nullopt;
  // Operator/operand mismatches ("a" - "b", 1.5 % 2) are types2's operator
  // checks: not yet; stay quiet rather than compute nonsense.
  bool fits = *op == BinaryOp::AndAnd || *op == BinaryOp::OrOr ? is_boolean(k)
              : *op == BinaryOp::Add                          ? is_numeric(k) || is_string(k)
              : *op == BinaryOp::Sub || *op == BinaryOp::Mul || *op == BinaryOp::Quo ? is_numeric(k)
                                                                                      : is_integer(k);
  if (!fits) return std::nullopt;
  if (*op == BinaryOp::Quo || *op == BinaryOp::Rem) {
    bool zero = sign(y->val) == 0;
    if (is_complex(k)) {
      Value re = real(y->val), im = imag(y->val);
      zero = sign(binary_op(re, BinaryOp::Mul, re)) == 0 && sign(binary_op(im, BinaryOp::Mul, im)) == 0;
    }
    if (zero) {
      error(start_pos(o->y), std::string(kDivisionByZero));
      return std::nullopt;
    }
    if (*op == BinaryOp::Quo && is_integer(k)) op = BinaryOp::QuoInt;
  }
  x->val = binary_op(x->val, *op, y->val);
  x->expr = e;
  return overflow(std::move(*x), o->pos, overflow_op_name(*op));
}

// const_shift() is types2's shift() for constant operands.
std::optional<ConstOperand> Checker::const_shift(Operation* o, ConstOperand x, ConstOperand y) {
  Value xval = to_int(x.val);
  if (!is_integer(x.kind()) && !(lang::is_untyped(x.type) && xval.kind() == constant::Kind::Int)) {
    error(start_pos(o->x), "invalid operation: shifted operand " + x.str() + " must be integer");
    return std::nullopt;
  }
  Value yval = to_int(y.val);
  if (yval.kind() == constant::Kind::Int && sign(yval) < 0) {
    error(start_pos(o->y), negative_shift_count_message(y.str()));
    return std::nullopt;
  }
  if (lang::is_untyped(y.type)) {
    Representation r = representation(y.val, y.kind(), BasicKind::Uint);
    if (!r.ok()) {
      error(start_pos(o->y), invalid_conversion_message(r.error, y.str(), "uint"));
      return std::nullopt;
    }
    y.val = r.value;
  } else if (!is_integer(y.kind())) {
    return std::nullopt;  // "shift count ... must be integer": not yet
  }
  auto s = uint64_val(y.val);
  if (!s || *s > kMaxShift) {
    error(start_pos(o->y), invalid_shift_count_message(y.str()));
    return std::nullopt;
  }
  if (!is_integer(x.kind())) x.type = basic_type(BasicKind::UntypedInt);
  ShiftOp op = o->op == Op::Shl ? ShiftOp::Shl : ShiftOp::Shr;
  x.val = shift(xval, op, *s);
  x.expr = node_string(o);
  return overflow(std::move(x), o->pos, overflow_op_name(op));
}

}  // namespace goro::lang::detail
