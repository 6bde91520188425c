// Places: where an addressable or assignable expression's value is, so that
// reads, writes, op-assignments and & share one computation of it.
#include "compiler.hpp"

namespace goro::lang::detail {

using vm::Leaf;
using vm::RKind;

namespace {

vm::Op load_op(Leaf k) {
  switch (k) {
    case Leaf::I8: return vm::Op::LD8S;
    case Leaf::U8: return vm::Op::LD8U;
    case Leaf::I16: return vm::Op::LD16S;
    case Leaf::U16: return vm::Op::LD16U;
    case Leaf::I32: return vm::Op::LD32S;
    case Leaf::U32: return vm::Op::LD32U;
    case Leaf::F32: return vm::Op::LDF32;
    default: return vm::Op::LD64;
  }
}

vm::Op store_op(Leaf k) {
  switch (k) {
    case Leaf::I8: case Leaf::U8: return vm::Op::ST8;
    case Leaf::I16: case Leaf::U16: return vm::Op::ST16;
    case Leaf::I32: case Leaf::U32: return vm::Op::ST32;
    case Leaf::F32: return vm::Op::STF32;
    default: return vm::Op::ST64;
  }
}

Type* deref(Type* t) {
  Type* u = underlying(t);
  return u->kind == TypeKind::Pointer ? static_cast<Pointer*>(u)->elem : nullptr;
}

}  // namespace

// var_loc() finds a local (a closure's captured variables were entered
// into its own FuncState as cells) or a package-level variable.
VarLoc* Compiler::var_loc(const Var* v) {
  if (auto it = fs_->vars.find(v); it != fs_->vars.end()) return &it->second;
  if (auto it = globals_.find(v); it != globals_.end()) {
    static thread_local VarLoc g;
    g = VarLoc{VarLoc::Global, 0, it->second};
    return &g;
  }
  return nullptr;
}

// mem_base() makes p a Mem place with offset 0 (an address in a register),
// for operations that take no offset.
static Reg mem_address(Compiler& c, const Place& p) {
  if (p.offset == 0) return p.ptr;
  Reg r = c.alloc(1);
  if (p.offset <= 0xFFFF) {
    c.emit(vm::Op::ADDP, r, p.ptr, p.offset);
  } else {
    Reg k = c.alloc(1);
    c.load_int(k, p.offset);
    c.emit(vm::Op::NILCHK, p.ptr);
    c.emit(vm::Op::ADD, r, p.ptr, k);
  }
  return r;
}

// own_operands() gives the places of one assignment their own copies of
// the registers another of them assigns: the operands of *p, x[i] and m[k]
// are evaluated before anything is assigned (the spec's phase one), so in
// `p, *p = f()` the store through p must not see the new p.
void Compiler::own_operands(std::vector<Place>& places) {
  const auto assigned = [&](Reg r, uint32_t n) {
    for (const Place& q : places)
      if (q.kind == Place::Regs && r < q.reg + slots(q.type) && q.reg < r + n) return true;
    return false;
  };
  const auto own = [&](Reg& r, uint32_t n) {
    if (!assigned(r, n)) return;
    Reg t = alloc(n);
    emit(vm::Op::MOVEN, t, r, n);
    r = t;
  };
  for (Place& p : places) {
    if (p.kind == Place::Mem) own(p.ptr, 1);
    if (p.kind == Place::MapEntry) {
      own(p.map, 1);
      own(p.key, p.map_type->key->slots);
    }
  }
}

void Compiler::load_place(const Place& p, Reg dst) {
  switch (p.kind) {
    case Place::Regs:
      if (p.reg != dst) emit(vm::Op::MOVEN, dst, p.reg, slots(p.type));
      return;
    case Place::Mem: {
      const vm::RType* rt = rtype(p.type);
      if (rt->slots == 1 && p.offset <= 0xFFFF) {
        emit(load_op(rt->leaves[0]), dst, p.ptr, p.offset);
        return;
      }
      if (rt->slots == 0) return;
      Reg mark = fs_->next;
      emit(vm::Op::LDV, dst, mem_address(*this, p), ref(rt));
      free_to(mark);
      return;
    }
    case Place::MapEntry:
      emit(vm::Op::MAPGET, dst, p.map, p.key);
      emit_ext(ref(p.map_type), 0);
      return;
    case Place::Blank: return;
  }
}

void Compiler::store_place(const Place& p, Reg src) {
  switch (p.kind) {
    case Place::Regs:
      if (p.reg != src) emit(vm::Op::MOVEN, p.reg, src, slots(p.type));
      return;
    case Place::Mem: {
      const vm::RType* rt = rtype(p.type);
      if (rt->slots == 1 && p.offset <= 0xFFFF) {
        emit(store_op(rt->leaves[0]), p.ptr, src, p.offset);
        return;
      }
      if (rt->slots == 0) return;
      Reg mark = fs_->next;
      emit(vm::Op::STV, mem_address(*this, p), src, ref(rt));
      free_to(mark);
      return;
    }
    case Place::MapEntry: {
      Reg mark = fs_->next;
      Reg addr = alloc(1);
      emit(vm::Op::MAPADDR, addr, p.map, p.key);
      emit_ext(ref(p.map_type), 0);
      Place m{Place::Mem, p.type, 0, addr, 0};
      store_place(m, src);
      free_to(mark);
      return;
    }
    case Place::Blank: return;
  }
}

Place Compiler::place(Expr* x) {
  x = unparen(x);
  Place p;
  p.type = x->type;
  if (auto* n = as<Name>(x)) {
    if (n->value == "_") return p;  // Blank
    auto* v = n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
    VarLoc* loc = v ? var_loc(v) : nullptr;
    if (!loc) {
      error(x->pos, "internal error: unknown variable " + std::string(n->value));
      return p;
    }
    switch (loc->kind) {
      case VarLoc::InReg: p.kind = Place::Regs, p.reg = loc->reg; return p;
      case VarLoc::InCell: p.kind = Place::Mem, p.ptr = loc->reg; return p;
      case VarLoc::Global: {
        Reg r = alloc(1);
        emit(vm::Op::LOADREF, r, ref(loc->addr));
        p.kind = Place::Mem, p.ptr = r;
        return p;
      }
    }
  }
  if (auto* s = as<SelectorExpr>(x); s && !s->selection) return place(s->sel);  // pkg.Var
  if (auto* o = as<Operation>(x); o && o->op == Op::Mul && !o->y) {
    p.kind = Place::Mem;
    p.ptr = operand(o->x);
    return p;
  }
  if (auto* s = as<SelectorExpr>(x); s && s->selection && s->selection->kind == SelectionKind::FieldVal) {
    Type* t = s->x->type;
    Place cur;
    bool have_place = false;
    if (deref(t)) {
      cur.kind = Place::Mem;
      cur.ptr = operand(s->x);
      t = deref(t);
      have_place = true;
    } else if (s->x->mode == Mode::Variable) {
      cur = place(s->x);
      have_place = true;
    }
    if (!have_place) {
      cur.kind = Place::Regs;
      cur.reg = operand(s->x);
    }
    const auto& path = s->selection->index;
    for (size_t i = 0; i < path.size(); ++i) {
      if (i > 0 && deref(t)) {
        // an embedded pointer on the way: load it, continue behind it
        Reg r = alloc(1);
        cur.type = t;
        load_place(cur, r);
        cur = Place{Place::Mem, nullptr, 0, r, 0};
        t = deref(t);
      }
      const vm::RType* rt = rtype(t);
      const vm::RField& f = rt->fields[size_t(path[i])];
      auto* st = static_cast<Struct*>(underlying(t));
      t = st->fields[size_t(path[i])]->type;
      if (cur.kind == Place::Regs) cur.reg = Reg(cur.reg + f.slot);
      else cur.offset += f.offset;
    }
    cur.type = x->type;
    return cur;
  }
  if (auto* ix = as<IndexExpr>(x); ix && ix->index.size() == 1) {
    Type* t = underlying(ix->x->type);
    Expr* index = ix->index[0];
    if (t->kind == TypeKind::Map) {
      auto* m = static_cast<Map*>(t);
      p.kind = Place::MapEntry;
      p.map_type = rtype(ix->x->type);
      p.map = operand(ix->x);
      p.key = alloc(slots(m->key));
      value_to(index, m->key, p.key);
      return p;
    }
    if (t->kind == TypeKind::Slice) {
      const vm::RType* et = rtype(static_cast<Slice*>(t)->elem);
      Reg s = operand(ix->x);
      Reg i = operand(index);
      Reg r = alloc(1);
      emit(vm::Op::INDEX, r, s, i);
      emit_ext(et->size & 0xFFFF, et->size >> 16);
      p.kind = Place::Mem, p.ptr = r;
      return p;
    }
    if (t->kind == TypeKind::Basic) {  // string: a byte value, not addressable
      Reg s = operand(ix->x);
      Reg i = operand(index);
      Reg r = alloc(1);
      emit(vm::Op::SINDEX, r, s, i);
      p.kind = Place::Regs, p.reg = r;
      return p;
    }
    Type* arr = t;
    Reg base_ptr = 0;
    if (t->kind == TypeKind::Pointer) {
      arr = underlying(static_cast<Pointer*>(t)->elem);
      base_ptr = operand(ix->x);
    } else {
      Place ap = ix->x->mode == Mode::Variable ? place(ix->x) : Place{};
      if (ix->x->mode != Mode::Variable) {
        ap.kind = Place::Regs;
        ap.type = ix->x->type;
        ap.reg = operand(ix->x);
      }
      const vm::RType* art = rtype(ix->x->type);
      if (index->mode == Mode::Constant && ap.kind != Place::Mem) {
        int64_t i = constant::int64_val(constant::to_int(*index->value)).value_or(0);
        p.kind = Place::Regs;
        p.reg = Reg(ap.reg + i * art->elem->slots);
        return p;
      }
      if (ap.kind == Place::Mem) {
        if (index->mode == Mode::Constant) {
          int64_t i = constant::int64_val(constant::to_int(*index->value)).value_or(0);
          p.kind = Place::Mem, p.ptr = ap.ptr, p.offset = ap.offset + uint32_t(i * art->elem->size);
          return p;
        }
        base_ptr = mem_address(*this, ap);
      } else {
        // An array in registers indexed at run time: copy it to the heap.
        base_ptr = alloc(1);
        emit(vm::Op::BOX, base_ptr, ap.reg, ref(art));
      }
    }
    auto* a = static_cast<Array*>(arr);
    const vm::RType* et = rtype(a->elem);
    Reg i = operand(index);
    Reg r = alloc(1);
    emit(vm::Op::AINDEX, r, base_ptr, i);
    emit_ext(et->size & 0xFFFF, et->size >> 16, uint32_t(a->len));
    p.kind = Place::Mem, p.ptr = r;
    return p;
  }
  // Not addressable: the value itself, in temporaries.
  p.kind = Place::Regs;
  p.reg = alloc(slots(x->type));
  expr(x, p.reg);
  return p;
}

void Compiler::address_of(Expr* x, Reg dst) {
  x = unparen(x);
  if (auto* cl = as<CompositeLit>(x)) {
    // &T{...}: a new variable initialized by the literal.
    Reg mark = fs_->next;
    Reg v = alloc(slots(cl->type ? cl->type->type : x->type));
    expr(x, v);
    emit(vm::Op::BOX, dst, v, ref(rtype(x->type)));
    free_to(mark);
    return;
  }
  Reg mark = fs_->next;
  Place p = place(x);
  if (p.kind == Place::Mem) {
    if (p.offset == 0) emit(vm::Op::MOVE, dst, p.ptr);
    else emit(vm::Op::ADDP, dst, p.ptr, p.offset);
  } else {
    // the escape analysis boxes every variable whose address is taken
    error(x->pos, "internal error: address of a register value");
  }
  free_to(mark);
}

}  // namespace goro::lang::detail
