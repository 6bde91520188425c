// Composite literals, slicing, type assertions and conversions: the
// expression forms that build or reinterpret a value rather than compute
// one.
//
// Literals are built in place: a struct or array literal directly in the
// destination registers (its register form is the concatenation of its
// fields' or elements' slots), a slice literal in a new backing array in
// memory, a map literal by one MAPADDR and store per entry. Elements are
// evaluated in source order, as the spec requires of the calls and
// receives inside them.
#include <algorithm>

#include "compiler.hpp"
#include "vm_ops.hpp"

namespace goro::lang::detail {

namespace {

// index_of() is an array or slice literal key's constant index.
int64_t index_of(Expr* key) {
  if (!key->value) return 0;
  return constant::int64_val(constant::to_int(*key->value)).value_or(0);
}

// elem_value() is a literal element's value expression (past its key).
Expr* elem_value(Expr* e) {
  auto* kv = as<KeyValueExpr>(e);
  return kv ? kv->value : e;
}

// for_each_index() calls f(index, value) for each element of an array or
// slice literal, in source order, with its index (keys set the next one).
template <class F>
void for_each_index(List<Expr> elems, F f) {
  int64_t next = 0;
  for (Expr* e : elems) {
    if (auto* kv = as<KeyValueExpr>(e)) next = index_of(kv->key);
    f(next, elem_value(e));
    ++next;
  }
}

// literal_length() is the number of elements an array or slice literal
// implies: one past its largest index.
int64_t literal_length(List<Expr> elems) {
  int64_t max = 0;
  for_each_index(elems, [&](int64_t i, Expr*) { max = std::max(max, i + 1); });
  return max;
}

}  // namespace

// ---------------------------------------------------------------------------
// Composite literals

// struct_lit() builds a struct literal of struct type st in registers
// dst..: keyed fields by name, positional ones in order, the rest zero.
static void struct_lit(Compiler& c, CompositeLit* x, Type* t, Reg dst) {
  auto* st = static_cast<Struct*>(underlying(t));
  const vm::RType* rt = c.rtype(t);
  if (x->elems.empty() || x->nkeys > 0) {
    std::vector<bool> set(st->fields.size());
    for (Expr* e : x->elems) {
      auto* kv = as<KeyValueExpr>(e);
      auto* key = kv ? as<Name>(kv->key) : nullptr;
      if (!key) continue;
      for (size_t i = 0; i < st->fields.size(); ++i)
        if (st->fields[i] == key->obj) set[i] = true;
    }
    // omitted fields are zero
    for (size_t i = 0; i < st->fields.size(); ++i) {
      const vm::RField& f = rt->fields[i];
      if (!set[i] && f.type->slots > 0) c.emit(vm::Op::ZERO, Reg(dst + f.slot), f.type->slots);
    }
    for (Expr* e : x->elems) {
      auto* kv = as<KeyValueExpr>(e);
      auto* key = kv ? as<Name>(kv->key) : nullptr;
      if (!key) continue;
      for (size_t i = 0; i < st->fields.size(); ++i) {
        if (st->fields[i] != key->obj) continue;
        c.value_to(kv->value, st->fields[i]->type, Reg(dst + rt->fields[i].slot));
        break;
      }
    }
    return;
  }
  for (size_t i = 0; i < x->elems.size() && i < st->fields.size(); ++i)
    c.value_to(x->elems[i], st->fields[i]->type, Reg(dst + rt->fields[i].slot));
}

// array_lit() builds an array literal in registers dst..: the elements not
// given are zero.
static void array_lit(Compiler& c, CompositeLit* x, Type* t, Reg dst) {
  auto* a = static_cast<Array*>(underlying(t));
  const uint32_t es = c.slots(a->elem);
  const uint32_t total = c.slots(t);
  if (total == 0) {
    // zero-size elements still get evaluated (they may be calls)
    for_each_index(x->elems, [&](int64_t, Expr* v) {
      Reg mark = c.fs_->next;
      Reg r = c.alloc(c.slots(v->type));
      c.expr(v, r);
      c.free_to(mark);
    });
    return;
  }
  if (int64_t(x->elems.size()) < a->len) c.emit(vm::Op::ZERO, dst, total);
  for_each_index(x->elems, [&](int64_t i, Expr* v) { c.value_to(v, a->elem, Reg(dst + i * es)); });
}

// slice_lit() makes a slice literal's backing array in memory ([n]T, n one
// past the largest index), stores the elements into it, and leaves the
// header (data, n, n) in dst..dst+2.
static void slice_lit(Compiler& c, CompositeLit* x, Type* t, Reg dst) {
  Type* elem = static_cast<Slice*>(underlying(t))->elem;
  const int64_t n = literal_length(x->elems);
  const vm::RType* et = c.rtype(elem);
  Reg mark = c.fs_->next;
  Reg data = c.alloc(1);
  c.emit(vm::Op::NEW, data, c.ref(c.rtype(c.types_.array(elem, n))));
  for_each_index(x->elems, [&](int64_t i, Expr* v) {
    Reg m = c.fs_->next;
    Reg r = c.alloc(et->slots);
    c.value_to(v, elem, r);
    c.store_place(Place{Place::Mem, elem, 0, data, uint32_t(i * et->size)}, r);
    c.free_to(m);
  });
  c.emit(vm::Op::MOVE, dst, data);
  c.load_int(Reg(dst + 1), n);
  c.emit(vm::Op::MOVE, Reg(dst + 2), Reg(dst + 1));
  c.free_to(mark);
}

// map_lit() makes the map, then enters each key: value pair in order
// (a later duplicate of a non-constant key overwrites, as in Go).
static void map_lit(Compiler& c, CompositeLit* x, Type* t, Reg dst) {
  auto* m = static_cast<Map*>(underlying(t));
  const vm::RType* mt = c.rtype(t);
  Reg mark = c.fs_->next;
  Reg hint = c.alloc(1);
  c.load_int(hint, int64_t(x->elems.size()));
  Reg map = c.alloc(1);
  c.emit(vm::Op::MAKEMAP, map, c.ref(mt), hint);
  for (Expr* e : x->elems) {
    auto* kv = as<KeyValueExpr>(e);
    if (!kv) continue;  // the checker reported it
    Reg em = c.fs_->next;
    Reg key = c.alloc(c.slots(m->key));
    c.value_to(kv->key, m->key, key);
    Reg val = c.alloc(c.slots(m->elem));
    c.value_to(kv->value, m->elem, val);
    Place p;
    p.kind = Place::MapEntry;
    p.type = m->elem;
    p.map = map;
    p.key = key;
    p.map_type = mt;
    c.store_place(p, val);
    c.free_to(em);
  }
  c.emit(vm::Op::MOVE, dst, map);
  c.free_to(mark);
}

// literal() builds a literal of type t (not a pointer) into dst.
static void literal(Compiler& c, CompositeLit* x, Type* t, Reg dst) {
  switch (underlying(t)->kind) {
    case TypeKind::Struct: struct_lit(c, x, t, dst); return;
    case TypeKind::Array: array_lit(c, x, t, dst); return;
    case TypeKind::Slice: slice_lit(c, x, t, dst); return;
    case TypeKind::Map: map_lit(c, x, t, dst); return;
    default: c.error(x->pos, "internal error: composite literal of type " + type_string(t)); return;
  }
}

void Compiler::composite_lit(CompositeLit* x, Reg dst) {
  Type* t = static_cast<Expr*>(x)->type;  // the checker's (CompositeLit::type is the syntax)
  // An elided element type that is a pointer (`[]*T{{...}}`) means &T{...}.
  if (Type* u = underlying(t); u->kind == TypeKind::Pointer) {
    Type* elem = static_cast<Pointer*>(u)->elem;
    Reg mark = fs_->next;
    Reg v = alloc(slots(elem));
    literal(*this, x, elem, v);
    emit(vm::Op::BOX, dst, v, ref(rtype(elem)));
    free_to(mark);
    return;
  }
  literal(*this, x, t, dst);
}

// ---------------------------------------------------------------------------
// Slicing

// slice_expr(): s[lo:hi] of a string (SSLICE: lo, hi in consecutive
// registers), or s[lo:hi:max] of a slice, an addressable array or a pointer
// to an array (SLICE over a 3-slot header; an array's header is (&a, len,
// len)). Omitted bounds default to 0, len and cap, computed here.
void Compiler::slice_expr(SliceExpr* x, Reg dst) {
  Reg mark = fs_->next;
  Type* xt = underlying(x->x->type);
  if (is_string_type(xt)) {
    Reg s = operand(x->x);
    Reg idx = alloc(2);
    if (x->index[0]) expr(x->index[0], idx);
    else emit(vm::Op::LOADI, idx, 0);
    if (x->index[1]) expr(x->index[1], Reg(idx + 1));
    else emit(vm::Op::MOVE, Reg(idx + 1), Reg(s + 1));
    emit(vm::Op::SSLICE, dst, s, idx);
    free_to(mark);
    return;
  }
  uint32_t form = x->full ? uint32_t(vm::kSliceThreeIndex) : 0u;
  Type* elem = nullptr;
  Reg hdr = 0;
  if (xt->kind == TypeKind::Slice) {
    elem = static_cast<Slice*>(xt)->elem;
    hdr = operand(x->x);
  } else {
    // an array (addressable: the escape analysis put it in memory) or a
    // pointer to one; either way, a header over the array's memory
    Array* a = nullptr;
    hdr = alloc(3);
    if (xt->kind == TypeKind::Pointer) {
      a = static_cast<Array*>(underlying(static_cast<Pointer*>(xt)->elem));
      expr(x->x, hdr);
      emit(vm::Op::NILCHK, hdr);  // Go dereferences the pointer: nil panics
    } else {
      a = static_cast<Array*>(xt);
      address_of(x->x, hdr);
    }
    elem = a->elem;
    load_int(Reg(hdr + 1), a->len);
    emit(vm::Op::MOVE, Reg(hdr + 2), Reg(hdr + 1));
    form |= vm::kSliceOfArray;
  }
  Reg idx = alloc(3);
  if (x->index[0]) expr(x->index[0], idx);
  else emit(vm::Op::LOADI, idx, 0);
  if (x->index[1]) expr(x->index[1], Reg(idx + 1));
  else emit(vm::Op::MOVE, Reg(idx + 1), Reg(hdr + 1));
  if (x->full && x->index[2]) expr(x->index[2], Reg(idx + 2));
  else emit(vm::Op::MOVE, Reg(idx + 2), Reg(hdr + 2));
  const uint32_t size = rtype(elem)->size;
  emit(vm::Op::SLICE, dst, hdr, idx);
  emit_ext(size & 0xFFFF, size >> 16, form);
  free_to(mark);
}

// ---------------------------------------------------------------------------
// Type assertions

// assert_expr(): x.(T). T is the asserted type expression's (x itself may be
// typed as the (T, bool) tuple of a comma-ok use). X.a names the static
// interface type for the message "interface conversion: interface {} is
// string, not int".
void Compiler::assert_expr(AssertExpr* x, Reg dst, bool comma_ok) {
  Type* t = x->type->type;
  Reg mark = fs_->next;
  Reg v = operand(x->x);
  emit(is_interface(t) ? vm::Op::ASSERTI : vm::Op::ASSERT, dst, v, ref(rtype(t)));
  emit_ext(ref(rtype(x->x->type)), comma_ok ? 1 : 0);
  free_to(mark);
}

// ---------------------------------------------------------------------------
// Conversions

// via_int32() is whether Go (amd64, ssagen's fpConvOpToSSA) converts a float
// to integer kind k through a 32-bit conversion, which gives 0x80000000
// for values outside int32's range, before truncating: int8, int16,
// int32, uint8, uint16. (uint32 goes through int64.)
static bool via_int32(BasicKind k) {
  return k == BasicKind::Int8 || k == BasicKind::Int16 || k == BasicKind::Int32 || k == BasicKind::Uint8 ||
         k == BasicKind::Uint16;
}

// basic_conversion(): between numeric types, and integers or strings to
// strings. Integers keep their bits and are truncated to the target's size
// (the register invariant); floats go through F2I/F2U/I2F/U2F, giving
// amd64's answers where Go leaves out-of-range values to the
// implementation (via_int32; uint32 is F2I then ZX32, uint64 F2U).
// Known gap: an integer to float32 rounds twice (to float64, then F32),
// which differs from amd64's one rounding for a few integers above 2^24.
static void basic_conversion(Compiler& c, CallExpr*, Expr* arg, Type* to, Reg dst) {
  Basic* fb = as_basic(arg->type);
  Basic* tb = as_basic(to);
  const BasicKind fk = fb->basic, tk = tb->basic;
  if (constant::is_complex(fk) || constant::is_complex(tk)) {
    // complex to complex only (the checker allows no other): F32 narrows
    // both parts to complex64
    c.expr(arg, dst);
    c.truncate(to, dst);
    return;
  }
  if (is_string_type(to)) {
    if (is_string_type(arg->type)) {
      c.expr(arg, dst);
      return;
    }
    Reg mark = c.fs_->next;
    Reg r = c.operand(arg);
    c.emit(vm::Op::RUNESTR, dst, r);  // string(rune): the integer as a code point
    c.free_to(mark);
    return;
  }
  const bool from_float = constant::is_float(fk), to_float = constant::is_float(tk);
  if (!from_float && !to_float) {
    c.expr(arg, dst);
    c.truncate(to, dst);
    return;
  }
  if (from_float && to_float) {
    c.expr(arg, dst);
    c.truncate(to, dst);  // F32 to float32; float32 -> float64 is exact
    return;
  }
  Reg mark = c.fs_->next;
  Reg r = c.operand(arg);
  if (to_float) {
    c.emit(constant::is_unsigned(fk) ? vm::Op::U2F : vm::Op::I2F, dst, r);
  } else {
    const bool u64 = tk == BasicKind::Uint || tk == BasicKind::Uint64 || tk == BasicKind::Uintptr;
    c.emit(u64 ? vm::Op::F2U : vm::Op::F2I, dst, r);
    if (via_int32(tk)) {
      // out of int32's range (NaN included): CVTTSD2SL's 0x80000000
      Reg t = c.alloc(1);
      c.emit(vm::Op::SX32, t, dst);
      size_t in_range = c.emit_jump(vm::Op::JEQ, t, dst);
      c.load_int(dst, INT32_MIN);
      c.patch_here(in_range);
    }
  }
  c.truncate(to, dst);
  c.free_to(mark);
}

// byte_or_rune_slice() is 8 for a slice of byte type, 32 of rune type, else 0.
static int byte_or_rune_slice(Type* t) {
  Type* u = underlying(t);
  if (u->kind != TypeKind::Slice) return 0;
  auto* b = as_basic(static_cast<Slice*>(u)->elem);
  if (!b) return 0;
  if (b->basic == BasicKind::Uint8) return 8;
  if (b->basic == BasicKind::Int32) return 32;
  return 0;
}

// conversion(): T(x). A constant conversion never gets here (expr() loads
// its value). Conversions between types of identical underlying types
// (named types, pointers to them, channels with directions) are moves.
void Compiler::conversion(CallExpr* c, Reg dst) {
  Type* to = unparen(c->fun)->type;
  Expr* arg = c->args[0];
  Type* from = arg->type;
  if (is_interface(to)) {
    value_to(arg, to, dst);
    return;
  }
  Type* tu = underlying(to);
  Type* fu = underlying(from);
  if (tu->kind == TypeKind::Basic && fu->kind == TypeKind::Basic && !is_basic(fu, BasicKind::UntypedNil)) {
    basic_conversion(*this, c, arg, to, dst);
    return;
  }
  if (is_string_type(to) && fu->kind == TypeKind::Slice) {
    Reg mark = fs_->next;
    Reg r = operand(arg);
    emit(byte_or_rune_slice(from) == 8 ? vm::Op::BYTESSTR : vm::Op::RUNESSTR, dst, r);
    free_to(mark);
    return;
  }
  if (tu->kind == TypeKind::Slice && is_string_type(from)) {
    Reg mark = fs_->next;
    Reg r = operand(arg);
    emit(byte_or_rune_slice(to) == 8 ? vm::Op::STRBYTES : vm::Op::STRRUNES, dst, r);
    free_to(mark);
    return;
  }
  if (fu->kind == TypeKind::Slice && tu->kind != TypeKind::Slice) {
    // []T to *[N]T (the slice's array) or [N]T (a copy of it); a slice
    // shorter than N panics
    const bool to_ptr = tu->kind == TypeKind::Pointer;
    Type* arr = to_ptr ? underlying(static_cast<Pointer*>(tu)->elem) : tu;
    const auto n = uint32_t(static_cast<Array*>(arr)->len);
    Reg mark = fs_->next;
    Reg s = operand(arg);
    Reg p = to_ptr ? dst : alloc(1);
    emit(vm::Op::SL2ARR, p, s);
    emit_ext(n & 0xFFFF, n >> 16);
    if (!to_ptr) load_place(Place{Place::Mem, to, 0, p, 0}, dst);
    free_to(mark);
    return;
  }
  value_to(arg, to, dst);
}

}  // namespace goro::lang::detail
