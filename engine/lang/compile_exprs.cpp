// Expressions: constants, names, operators, conversions between types,
// conditions compiled to jumps, and the expression forms that are neither
// calls nor places (composite literals, function literals, slicing, type
// assertions, receives).
#include <cstring>

#include "compiler.hpp"

namespace goro::lang::detail {

using vm::RKind;

// truncate() restores the register invariant of a sized integer or a
// float32 (or both parts of a complex64) after arithmetic that may have left
// the 64-bit range of its type.
void Compiler::truncate(Type* t, Reg r) {
  auto* b = as_basic(t);
  if (!b) return;
  switch (b->basic) {
    case BasicKind::Int8: emit(vm::Op::SX8, r, r); break;
    case BasicKind::Int16: emit(vm::Op::SX16, r, r); break;
    case BasicKind::Int32: emit(vm::Op::SX32, r, r); break;
    case BasicKind::Uint8: emit(vm::Op::ZX8, r, r); break;
    case BasicKind::Uint16: emit(vm::Op::ZX16, r, r); break;
    case BasicKind::Uint32: emit(vm::Op::ZX32, r, r); break;
    case BasicKind::Float32: emit(vm::Op::F32, r, r); break;
    case BasicKind::Complex64:
      emit(vm::Op::F32, r, r);
      emit(vm::Op::F32, r + 1, r + 1);
      break;
    default: break;
  }
}

void Compiler::constant(Expr* x, Reg dst) {
  const constant::Value& v = *x->value;
  Type* t = x->type;
  if (is_interface(t)) {
    // A constant assigned to an interface was given its default type by
    // the checker on the way; here only a nil interface can arrive.
    emit(vm::Op::ZERO, dst, 2);
    return;
  }
  auto* b = as_basic(t);
  if (!b) {
    emit(vm::Op::ZERO, dst, slots(t));
    return;
  }
  using constant::Kind;
  if (constant::is_complex(b->basic)) {
    // two floats: the real part, then the imaginary
    const bool c64 = b->basic == BasicKind::Complex64;
    const constant::Value parts[2] = {constant::to_float(constant::real(v)), constant::to_float(constant::imag(v))};
    for (int i = 0; i < 2; ++i) {
      vm::Slot s;
      s.f = c64 ? constant::float32_val(parts[i]).value : constant::float64_val(parts[i]).value;
      emit(vm::Op::LOADK, dst + i, konst(s));
    }
    return;
  }
  switch (v.kind()) {
    case Kind::Bool: emit(vm::Op::LOADI, dst, constant::bool_val(v) ? 1 : 0); return;
    case Kind::String: load_string(dst, constant::string_val(v)); return;
    case Kind::Int:
    case Kind::Float: {
      if (constant::is_float(b->basic)) {
        vm::Slot s;
        s.f = b->basic == BasicKind::Float32 ? constant::float32_val(v).value : constant::float64_val(v).value;
        emit(vm::Op::LOADK, dst, konst(s));
        return;
      }
      constant::Value iv = constant::to_int(v);
      if (auto i = constant::int64_val(iv)) {
        load_int(dst, *i);
      } else if (auto u = constant::uint64_val(iv)) {
        vm::Slot s;
        s.u = *u;
        emit(vm::Op::LOADK, dst, konst(s));
      } else {
        error(x->pos, "constant out of range (internal)");
      }
      return;
    }
    default:
      unsupported(x->pos, "this constant is");
      return;
  }
}

Reg Compiler::operand(Expr* x) {
  for (auto [pinned, r] : fs_->pinned)
    if (pinned == x) return r;
  Expr* u = unparen(x);
  if (auto* n = as<Name>(u); n && n->obj && n->obj->kind == ObjectKind::Var && x->mode != Mode::Constant) {
    VarLoc* loc = var_loc(static_cast<const Var*>(n->obj));
    if (loc && loc->kind == VarLoc::InReg) return loc->reg;
  }
  Reg r = alloc(x->type ? slots(x->type) : 1);
  expr(x, r);
  return r;
}

// convert_to() converts a value for assignment (the spec's assignability):
// only a concrete value going into an interface changes representation.
void Compiler::convert_to(Type* from, Reg src, Type* to, Reg dst) {
  if (is_interface(to) && !is_interface(from)) {
    if (is_basic(from, BasicKind::UntypedNil)) {
      emit(vm::Op::ZERO, dst, 2);
      return;
    }
    emit(vm::Op::MKIFACE, dst, src, ref(rtype(from)));
    return;
  }
  uint32_t n = slots(to);
  if (src != dst) emit(vm::Op::MOVEN, dst, src, n);
}

void Compiler::value_to(Expr* x, Type* to, Reg dst) {
  if (is_nil(x)) {
    emit(vm::Op::ZERO, dst, slots(to));
    return;
  }
  if (is_interface(to) && !is_interface(x->type)) {
    Reg mark = fs_->next;
    Reg r = operand(x);
    emit(vm::Op::MKIFACE, dst, r, ref(rtype(x->type)));
    free_to(mark);
    return;
  }
  expr(x, dst);
}

namespace {

bool is_comparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr || op == Op::Geq;
}

}  // namespace

// fused_compare(): x op y can be a compare-and-jump: signed integers for
// any comparison; one-slot values compared by their bits (bools, unsigned
// integers, pointers, channels, maps) for == and !=.
static bool fused_compare(Type* tx, Type* ty, Op op) {
  if (!tx || !ty || !identical(tx, ty)) return false;
  Type* u = underlying(tx);
  if (u->kind == TypeKind::Basic) {
    BasicKind k = static_cast<Basic*>(u)->basic;
    if (constant::is_float(k) || k == BasicKind::String || k == BasicKind::UntypedString ||
        k == BasicKind::UntypedNil || constant::is_complex(k))
      return false;
    if (constant::is_unsigned(k) || k == BasicKind::Bool || k == BasicKind::UntypedBool)
      return op == Op::Eql || op == Op::Neq;
    return true;
  }
  bool one_slot = u->kind == TypeKind::Pointer || u->kind == TypeKind::Chan || u->kind == TypeKind::Map;
  return one_slot && (op == Op::Eql || op == Op::Neq);
}

// comparison() compiles x op y into the bool register dst.
static void compare(Compiler& c, Operation* o, Reg dst) {
  Expr* x = o->x;
  Expr* y = o->y;
  Type* tx = x->type;
  Type* ty = y->type;
  Reg mark = c.fs_->next;
  // Mixed interface/concrete comparisons compare as interfaces; nil
  // compares as the other side's zero value.
  Type* t = is_nil(x) ? ty : tx;
  if (is_interface(tx) != is_interface(ty) && !is_nil(x) && !is_nil(y)) t = is_interface(tx) ? tx : ty;
  Reg a = c.alloc(c.slots(t));
  c.value_to(x, t, a);
  Reg b = c.alloc(c.slots(t));
  c.value_to(y, t, b);
  c.compare_regs(t, o->op, a, b, dst);
  c.free_to(mark);
}

// constant_count() is a constant shift count (1., 1+0i: any untyped
// constant representable as a uint, which the checker made sure of) as the
// uint it stands for.
static uint64_t constant_count(const constant::Value& v) {
  const constant::Value n = constant::to_int(v);
  if (auto u = constant::uint64_val(n)) return *u;
  return uint64_t(constant::int64_val(n).value_or(0));
}

// binary_immediate() compiles x op k, for an integer x and a constant k that
// fits in an instruction (a shift count under 64, an addend of 16 bits),
// into one instruction with k as its c operand; false if it does not apply.
static bool binary_immediate(Compiler& c, Operation* o, Reg a, Reg dst) {
  Expr* y = o->y;
  Type* t = o->type;
  if (y->mode != Mode::Constant || !y->value || !is_integer_type(t)) return false;
  vm::Op v;
  int64_t k;
  if (o->op == Op::Shl || o->op == Op::Shr) {
    uint64_t n = constant_count(*y->value);
    if (n >= 64) return false;
    v = o->op == Op::Shl ? vm::Op::SHLI : is_unsigned_type(t) ? vm::Op::SHRUI : vm::Op::SHRI;
    k = int64_t(n);
  } else if (o->op == Op::Add || o->op == Op::Sub) {
    auto n = constant::int64_val(constant::to_int(*y->value));
    if (!n || *n < -32767 || *n > 32767) return false;
    v = vm::Op::ADDI;
    k = o->op == Op::Add ? *n : -*n;
  } else {
    return false;
  }
  c.emit(v, dst, a, uint16_t(int16_t(k)));
  c.truncate(t, dst);
  return true;
}

static void binary(Compiler& c, Operation* o, Reg dst) {
  Op op = o->op;
  if (is_comparison(op)) {
    compare(c, o, dst);
    return;
  }
  if (op == Op::AndAnd || op == Op::OrOr) {
    // dst = x; if (dst is decisive) skip y; dst = y
    c.expr(o->x, dst);
    size_t j = c.emit_jump(op == Op::AndAnd ? vm::Op::JF : vm::Op::JT, dst);
    c.expr(o->y, dst);
    c.patch_here(j);
    return;
  }
  Reg mark = c.fs_->next;
  Reg a = c.operand(o->x);
  if (binary_immediate(c, o, a, dst)) {
    c.free_to(mark);
    return;
  }
  Reg b;
  Type* ty = o->y->type;
  if ((op == Op::Shl || op == Op::Shr) && o->y->mode == Mode::Constant && o->y->value) {
    // a count of 64 or more, as the uint it stands for
    b = c.alloc(1);
    vm::Slot k;
    k.u = constant_count(*o->y->value);
    c.emit(vm::Op::LOADK, b, c.konst(k));
    ty = basic_type(BasicKind::Uint);
  } else {
    b = c.operand(o->y);
  }
  c.binary_regs(op, o->type, ty, a, b, dst, o->pos);
  c.free_to(mark);
}

static void unary(Compiler& c, Operation* o, Reg dst) {
  Type* t = o->type;
  switch (o->op) {
    case Op::Add: c.expr(o->x, dst); return;
    case Op::Sub: {
      Reg mark = c.fs_->next;
      Reg a = c.operand(o->x);
      if (is_complex_type(t)) {
        c.emit(vm::Op::FNEG, dst, a);
        c.emit(vm::Op::FNEG, dst + 1, a + 1);
      } else {
        c.emit(is_float_type(t) ? vm::Op::FNEG : vm::Op::NEG, dst, a);
        c.truncate(t, dst);
      }
      c.free_to(mark);
      return;
    }
    case Op::Xor: {
      Reg mark = c.fs_->next;
      Reg a = c.operand(o->x);
      c.emit(vm::Op::COM, dst, a);
      c.truncate(t, dst);
      c.free_to(mark);
      return;
    }
    case Op::Not: {
      Reg mark = c.fs_->next;
      Reg a = c.operand(o->x);
      c.emit(vm::Op::NOT, dst, a);
      c.free_to(mark);
      return;
    }
    case Op::And: c.address_of(o->x, dst); return;
    case Op::Mul: c.load_place(c.place(o), dst); return;
    case Op::Recv: {
      Reg mark = c.fs_->next;
      Reg ch = c.operand(o->x);
      c.emit(vm::Op::RECV, dst, ch, 0);
      c.free_to(mark);
      return;
    }
    default: c.unsupported(o->pos, "this operator is"); return;
  }
}

void Compiler::compare_regs(Type* t, Op op, Reg a, Reg b, Reg dst) {
  if (op == Op::Gtr || op == Op::Geq) std::swap(a, b);
  bool le = op == Op::Leq || op == Op::Geq;
  const vm::RType* rt = rtype(t);
  switch (rt->kind) {
    case RKind::String: {
      vm::Op v = op == Op::Eql ? vm::Op::SEQ : op == Op::Neq ? vm::Op::SNE : le ? vm::Op::SLE : vm::Op::SLT;
      emit(v, dst, a, b);
      break;
    }
    case RKind::Float32:
    case RKind::Float64: {
      vm::Op v = op == Op::Eql ? vm::Op::FEQ : op == Op::Neq ? vm::Op::FNE : le ? vm::Op::FLE : vm::Op::FLT;
      emit(v, dst, a, b);
      break;
    }
    case RKind::Complex64:
    case RKind::Complex128:
    case RKind::Interface:
    case RKind::Struct:
    case RKind::Array:
      emit(vm::Op::EQV, dst, a, b);
      emit_ext(ref(rt), op == Op::Neq ? 1 : 0);
      break;
    default: {
      bool u = is_unsigned_type(t);
      vm::Op v = op == Op::Eql ? vm::Op::EQ
                 : op == Op::Neq ? vm::Op::NE
                 : le ? (u ? vm::Op::LEU : vm::Op::LE)
                      : (u ? vm::Op::LTU : vm::Op::LT);
      emit(v, dst, a, b);
      break;
    }
  }
}

void Compiler::binary_regs(Op op, Type* t, Type* ty, Reg a, Reg b, Reg dst, Pos pos) {
  if (is_string_type(t)) {
    emit(vm::Op::SCONCAT, dst, a, b);
    return;
  }
  if (is_complex_type(t)) {
    complex_binary(op, t, a, b, dst);
    return;
  }
  if (is_float_type(t)) {
    vm::Op v = op == Op::Add ? vm::Op::FADD : op == Op::Sub ? vm::Op::FSUB : op == Op::Mul ? vm::Op::FMUL : vm::Op::FDIV;
    emit(v, dst, a, b);
    truncate(t, dst);
    return;
  }
  bool u = is_unsigned_type(t);
  vm::Op v = vm::Op::ADD;
  switch (op) {
    case Op::Add: v = vm::Op::ADD; break;
    case Op::Sub: v = vm::Op::SUB; break;
    case Op::Mul: v = vm::Op::MUL; break;
    case Op::Div: v = u ? vm::Op::DIVU : vm::Op::DIV; break;
    case Op::Rem: v = u ? vm::Op::REMU : vm::Op::REM; break;
    case Op::And: v = vm::Op::AND; break;
    case Op::Or: v = vm::Op::OR; break;
    case Op::Xor: v = vm::Op::XOR; break;
    case Op::AndNot: v = vm::Op::ANDNOT; break;
    case Op::Shl:
    case Op::Shr:
      // A signed count may be negative at run time: Go panics.
      if (ty && !is_unsigned_type(ty) && !is_untyped(ty)) emit(vm::Op::CHKSHIFT, b);
      v = op == Op::Shl ? vm::Op::SHL : (u ? vm::Op::SHRU : vm::Op::SHR);
      break;
    default: unsupported(pos, "this operator is"); return;
  }
  emit(v, dst, a, b);
  truncate(t, dst);
}

// complex_binary() is x op y on complex values, part by part as Go's
// compiler expands them: a product is (ac-bd) + (ad+bc)i computed in float64
// (a complex64's too, narrowed after), a quotient the runtime's
// complex128div (CDIV). dst may be a or b.
void Compiler::complex_binary(Op op, Type* t, Reg a, Reg b, Reg dst) {
  switch (op) {
    case Op::Add:
    case Op::Sub: {
      const vm::Op v = op == Op::Add ? vm::Op::FADD : vm::Op::FSUB;
      emit(v, dst, a, b);
      emit(v, dst + 1, a + 1, b + 1);
      break;
    }
    case Op::Mul: {
      Reg mark = fs_->next;
      Reg p = alloc(1), q = alloc(1), re = alloc(1);
      emit(vm::Op::FMUL, p, a, b);
      emit(vm::Op::FMUL, q, a + 1, b + 1);
      emit(vm::Op::FSUB, re, p, q);
      emit(vm::Op::FMUL, p, a, b + 1);
      emit(vm::Op::FMUL, q, a + 1, b);
      emit(vm::Op::FADD, dst + 1, p, q);
      emit(vm::Op::MOVE, dst, re);
      free_to(mark);
      break;
    }
    default: emit(vm::Op::CDIV, dst, a, b); break;
  }
  truncate(t, dst);
}

// fused_jump(): the comparison o decides a jump itself (cond_jump).
static bool fused_jump(const Operation* o) {
  return o && o->y && is_comparison(o->op) && fused_compare(o->x->type, o->y->type, o->op) && !is_nil(o->x) &&
         !is_nil(o->y);
}

void Compiler::pin_constants(Expr* cond) {
  auto* o = as<Operation>(unparen(cond));
  if (!o || !o->y) return;
  if (o->op == Op::AndAnd || o->op == Op::OrOr) {
    pin_constants(o->x);
    pin_constants(o->y);
    return;
  }
  if (!fused_jump(o)) return;
  for (Expr* side : {o->x, o->y}) {
    if (side->mode != Mode::Constant || !side->value) continue;
    Reg r = alloc(slots(side->type));
    expr(side, r);
    fs_->pinned.emplace_back(side, r);
  }
}

void Compiler::cond_jump(Expr* cond, bool when, std::vector<size_t>& jumps) {
  Expr* x = unparen(cond);
  if (auto* o = as<Operation>(x)) {
    if (o->op == Op::Not && !o->y) {
      cond_jump(o->x, !when, jumps);
      return;
    }
    if (o->op == Op::AndAnd || o->op == Op::OrOr) {
      bool is_and = o->op == Op::AndAnd;
      if (is_and != when) {
        // jump when (x && y) is false: when x is false, or y is false;
        // jump when (x || y) is true: when x is true, or y is true.
        cond_jump(o->x, when, jumps);
        cond_jump(o->y, when, jumps);
      } else {
        // jump when (x && y) is true: skip if x is false, then test y.
        std::vector<size_t> skip;
        cond_jump(o->x, !when, skip);
        cond_jump(o->y, when, jumps);
        for (size_t j : skip) patch_here(j);
      }
      return;
    }
  }
  if (auto* o = as<Operation>(x); fused_jump(o)) {
    // a comparison of signed integers (or an equality of one-slot values)
    // decides the jump itself
    Reg mark = fs_->next;
    Reg a = operand(o->x);
    Reg b = operand(o->y);
    vm::Op jop = vm::Op::JEQ;
    switch (o->op) {
      case Op::Eql: jop = when ? vm::Op::JEQ : vm::Op::JNE; break;
      case Op::Neq: jop = when ? vm::Op::JNE : vm::Op::JEQ; break;
      case Op::Lss: jop = when ? vm::Op::JLT : vm::Op::JGE; break;
      case Op::Geq: jop = when ? vm::Op::JGE : vm::Op::JLT; break;
      case Op::Gtr: jop = when ? vm::Op::JLT : vm::Op::JGE, std::swap(a, b); break;
      case Op::Leq: jop = when ? vm::Op::JGE : vm::Op::JLT, std::swap(a, b); break;
      default: break;
    }
    jumps.push_back(emit_jump(jop, a, b));
    free_to(mark);
    return;
  }
  Reg mark = fs_->next;
  Reg r = operand(cond);
  jumps.push_back(emit_jump(when ? vm::Op::JT : vm::Op::JF, r));
  free_to(mark);
}

void Compiler::expr(Expr* x, Reg dst) {
  if (x->mode == Mode::Constant && x->value) {
    constant(x, dst);
    return;
  }
  switch (x->kind) {
    case Kind::ParenExpr: expr(static_cast<ParenExpr*>(x)->x, dst); return;
    case Kind::Name: {
      auto* n = static_cast<Name*>(x);
      Object* obj = n->obj;
      if (!obj) break;
      if (obj->kind == ObjectKind::Nil) {
        emit(vm::Op::ZERO, dst, slots(x->type));
        return;
      }
      if (obj->kind == ObjectKind::Func) {
        emit(vm::Op::LOADREF, dst, ref(static_closure(proto_of(static_cast<Func*>(obj)))));
        return;
      }
      if (obj->kind == ObjectKind::Var) {
        load_place(place(x), dst);
        return;
      }
      break;
    }
    case Kind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (o->y) binary(*this, o, dst);
      else unary(*this, o, dst);
      return;
    }
    case Kind::CallExpr: {
      auto* c = static_cast<CallExpr*>(x);
      if (unparen(c->fun)->mode == Mode::TypeExpr) conversion(c, dst);
      else call(c, dst);
      return;
    }
    case Kind::CompositeLit: composite_lit(static_cast<CompositeLit*>(x), dst); return;
    case Kind::SliceExpr: slice_expr(static_cast<SliceExpr*>(x), dst); return;
    case Kind::AssertExpr: assert_expr(static_cast<AssertExpr*>(x), dst, false); return;
    case Kind::FuncLit: func_lit(static_cast<FuncLit*>(x), dst); return;
    case Kind::SelectorExpr:
      // qualified identifiers, method values and method expressions
      if (auto* s = static_cast<SelectorExpr*>(x); !s->selection || s->selection->kind != SelectionKind::FieldVal) {
        selector_value(s, dst);
        return;
      }
      [[fallthrough]];
    case Kind::IndexExpr: {
      Reg mark = fs_->next;
      load_place(place(x), dst);
      free_to(mark);
      return;
    }
    default: break;
  }
  unsupported(x->pos, "this expression is");
}

}  // namespace goro::lang::detail
