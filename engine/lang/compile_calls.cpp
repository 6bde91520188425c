// Calls: of functions, methods, closures and builtins; go and defer;
// function literals and method values; multi-valued expressions.
//
// A call's arguments are placed at the top of the register stack (base),
// which becomes the callee's R[0] (proto.hpp); its results come back there
// and are moved to the destination.
#include "compiler.hpp"

#include "vm_ops.hpp"

namespace goro::lang::detail {

using vm::RKind;

namespace {

Signature* sig_of(Type* t) {
  Type* u = underlying(t);
  return u->kind == TypeKind::Signature ? static_cast<Signature*>(u) : nullptr;
}

bool is_generic(const Func* f) {
  auto* s = static_cast<Signature*>(f->type);
  return s && !s->tparams.empty();
}

// static_func() is the function a call's callee names statically: f,
// pkg.F, or an explicit instantiation slices.Index[[]int].
Func* static_func(Expr* fun) {
  fun = unparen(fun);
  if (auto* ix = as<IndexExpr>(fun)) fun = unparen(ix->x);
  Object* obj = nullptr;
  if (auto* n = as<Name>(fun)) obj = n->obj;
  else if (auto* s = as<SelectorExpr>(fun); s && !s->selection) obj = s->sel->obj;
  return obj && obj->kind == ObjectKind::Func ? static_cast<Func*>(obj) : nullptr;
}

uint32_t result_slots(Compiler& c, Signature* sig) {
  uint32_t n = 0;
  for (Var* v : sig->results->vars) n += c.slots(v->type);
  return n;
}

std::vector<Type*> tuple_types(Type* t) {
  std::vector<Type*> out;
  if (t && t->kind == TypeKind::Tuple)
    for (Var* v : static_cast<Tuple*>(t)->vars) out.push_back(v->type);
  else if (t)
    out.push_back(t);
  return out;
}

Type* elem_of(Type* slice) { return static_cast<Slice*>(underlying(slice))->elem; }

}  // namespace

// pack_slice: values of xs[from..] as a new []elem at dst (variadic calls).
static void pack_slice(Compiler& c, List<Expr> xs, size_t from, Type* slice_type, Reg dst) {
  size_t n = xs.size() - from;
  if (n == 0) {
    c.emit(vm::Op::ZERO, dst, 3);
    return;
  }
  Type* elem = elem_of(slice_type);
  const vm::RType* et = c.rtype(elem);
  Reg mark = c.fs_->next;
  Reg lc = c.alloc(2);
  c.load_int(lc, int64_t(n));
  c.load_int(Reg(lc + 1), int64_t(n));
  c.emit(vm::Op::MAKESLICE, dst, c.ref(c.rtype(slice_type)), lc);
  Reg v = c.alloc(et->slots);
  Reg i = c.alloc(1);
  Reg addr = c.alloc(1);
  for (size_t k = 0; k < n; ++k) {
    c.value_to(xs[from + k], elem, v);
    c.load_int(i, int64_t(k));
    c.emit(vm::Op::INDEX, addr, dst, i);
    c.emit_ext(et->size & 0xFFFF, et->size >> 16);
    c.store_place(Place{Place::Mem, elem, 0, addr, 0}, v);
  }
  c.free_to(mark);
}

uint32_t Compiler::args_into(CallExpr* c, Signature* sig, Reg at) {
  auto& params = sig->params->vars;
  Reg start = at;
  // f(g()) with g multi-valued: its results, converted one by one.
  if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->kind == TypeKind::Tuple) {
    std::vector<Type*> got = tuple_types(c->args[0]->type);
    uint32_t total = 0;
    for (Type* t : got) total += slots(t);
    Reg mark = fs_->next;
    Reg tmp = alloc(std::max<uint32_t>(total, 1));
    expr(c->args[0], tmp);
    Reg from = tmp;
    size_t fixed = sig->variadic ? params.size() - 1 : params.size();
    for (size_t i = 0; i < fixed && i < got.size(); ++i) {
      convert_to(got[i], from, params[i]->type, at);
      from = Reg(from + slots(got[i]));
      at = Reg(at + slots(params[i]->type));
    }
    if (sig->variadic) {
      Type* st = params.back()->type;
      Type* elem = elem_of(st);
      size_t n = got.size() - fixed;
      const vm::RType* et = rtype(elem);
      Reg lc = alloc(2), v = alloc(et->slots), i = alloc(1), addr = alloc(1);
      if (n == 0) {
        emit(vm::Op::ZERO, at, 3);
      } else {
        load_int(lc, int64_t(n));
        load_int(Reg(lc + 1), int64_t(n));
        emit(vm::Op::MAKESLICE, at, ref(rtype(st)), lc);
        for (size_t k = 0; k < n; ++k) {
          convert_to(got[fixed + k], from, elem, v);
          from = Reg(from + slots(got[fixed + k]));
          load_int(i, int64_t(k));
          emit(vm::Op::INDEX, addr, at, i);
          emit_ext(et->size & 0xFFFF, et->size >> 16);
          store_place(Place{Place::Mem, elem, 0, addr, 0}, v);
        }
      }
      at = Reg(at + 3);
    }
    free_to(mark);
    return at - start;
  }
  size_t fixed = sig->variadic && !c->has_dots ? params.size() - 1 : params.size();
  for (size_t i = 0; i < fixed && i < c->args.size(); ++i) {
    value_to(c->args[i], params[i]->type, at);
    at = Reg(at + slots(params[i]->type));
  }
  if (sig->variadic && !c->has_dots) {
    pack_slice(*this, c->args, fixed, params.back()->type, at);
    at = Reg(at + 3);
  }
  return at - start;
}

// embedded_place() is the place of the embedded field that path (field
// indices, through embedded pointers) leads to from x.
static Place embedded_place(Compiler& c, Expr* x, const std::vector<int>& path, size_t n) {
  Type* t = x->type;
  Place cur;
  Type* u = underlying(t);
  if (u->kind == TypeKind::Pointer) {
    cur = Place{Place::Mem, nullptr, 0, c.operand(x), 0};
    t = static_cast<Pointer*>(u)->elem;
  } else if (x->mode == Mode::Variable) {
    cur = c.place(x);
  } else {
    cur = Place{Place::Regs, nullptr, c.operand(x)};
  }
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && underlying(t)->kind == TypeKind::Pointer) {
      Reg r = c.alloc(1);
      cur.type = t;
      c.load_place(cur, r);
      cur = Place{Place::Mem, nullptr, 0, r, 0};
      t = static_cast<Pointer*>(underlying(t))->elem;
    }
    const vm::RField& f = c.rtype(t)->fields[size_t(path[i])];
    t = static_cast<Struct*>(underlying(t))->fields[size_t(path[i])]->type;
    if (cur.kind == Place::Regs) cur.reg = Reg(cur.reg + f.slot);
    else cur.offset += f.offset;
  }
  cur.type = t;
  return cur;
}

void Compiler::receiver_into(SelectorExpr* s, Reg dst) {
  auto* m = static_cast<Func*>(s->selection->obj);
  const auto& index = s->selection->index;
  Reg mark = fs_->next;
  Place p;
  if (index.size() > 1) {
    p = embedded_place(*this, s->x, index, index.size() - 1);
  } else if (s->x->mode == Mode::Variable || underlying(s->x->type)->kind == TypeKind::Pointer) {
    if (underlying(s->x->type)->kind == TypeKind::Pointer) {
      p = Place{Place::Regs, s->x->type, operand(s->x)};
    } else {
      p = place(s->x);
    }
  } else {
    p = Place{Place::Regs, s->x->type, operand(s->x)};
  }
  Type* t = p.type;
  Type* u = underlying(t);
  if (u->kind == TypeKind::Interface) {
    load_place(p, dst);
  } else if (u->kind == TypeKind::Pointer) {
    // the value is a pointer: pass it, or what it points to
    Reg ptr = dst;
    if (!m->has_ptr_recv) ptr = alloc(1);
    load_place(p, ptr);
    if (!m->has_ptr_recv) {
      emit(vm::Op::NILCHK, ptr);  // even when the value is empty
      load_place(Place{Place::Mem, static_cast<Pointer*>(u)->elem, 0, ptr, 0}, dst);
    }
  } else if (m->has_ptr_recv) {
    if (p.kind != Place::Mem) {
      error(s->pos, "internal error: pointer method on a value in registers");
    } else if (p.offset) {
      emit(vm::Op::ADDP, dst, p.ptr, p.offset);
    } else {
      emit(vm::Op::MOVE, dst, p.ptr);
    }
  } else {
    load_place(p, dst);
  }
  free_to(mark);
}

// method_entry(): the method set entry a MethodVal/MethodExpr selection
// names, for wrappers.
static MethodEntry entry_of(const Selection& sel) {
  MethodEntry e;
  e.fn = static_cast<Func*>(sel.obj);
  e.path.assign(sel.index.begin(), sel.index.end() - 1);
  return e;
}

// holder_type(): the type whose method the selection picks: x's, or the
// type of the embedded field at the end of its path.
static Type* holder_type(SelectorExpr* s) {
  const auto& index = s->selection->index;
  Type* t = s->x->type;
  for (size_t i = 0; i + 1 < index.size(); ++i) {
    Type* u = underlying(t);
    if (u->kind == TypeKind::Pointer) u = underlying(static_cast<Pointer*>(u)->elem);
    t = static_cast<Struct*>(u)->fields[size_t(index[i])]->type;
  }
  return t;
}

// at_interface(): whether the selection's method belongs to an interface
// (x itself, or an embedded field), so it is called dynamically.
static bool at_interface(SelectorExpr* s) { return is_interface(holder_type(s)); }

void Compiler::call(CallExpr* c, Reg dst) {
  Expr* fun = unparen(c->fun);
  if (fun->mode == Mode::TypeExpr) {
    conversion(c, dst);
    return;
  }
  if (fun->mode == Mode::Builtin) {
    builtin_call(c, dst);
    return;
  }
  Signature* sig = sig_of(fun->type);
  if (!sig) {
    error(c->pos, "internal error: call of a non-function");
    return;
  }
  uint32_t nres = result_slots(*this, sig);
  uint32_t nargs = 0;
  for (Var* v : sig->params->vars) nargs += slots(v->type);
  Reg mark = fs_->next;
  Reg base;
  auto* s = as<SelectorExpr>(fun);
  if (s && s->selection && s->selection->kind == SelectionKind::MethodVal) {
    auto* m = static_cast<Func*>(s->selection->obj);
    if (at_interface(s)) {
      Reg iface = alloc(2);
      receiver_into(s, iface);
      base = alloc(std::max(1 + nargs, nres));
      args_into(c, sig, Reg(base + 1));
      emit(vm::Op::CALLI, base, iface, ref(intern(m->name).data()));
    } else {
      auto* msig = static_cast<Signature*>(m->type);
      uint32_t recv = m->has_ptr_recv ? 1 : slots(msig->recv->type);
      base = alloc(std::max(recv + nargs, nres));
      receiver_into(s, base);
      args_into(c, sig, Reg(base + recv));
      emit(vm::Op::CALL, base, ref(proto_of(m)));
    }
  } else if (Func* f = static_func(fun)) {
    vm::Proto* p = proto_of(f);
    if (missing_natives_.count(p) && !in_stub_) error(c->pos, p->name + " is not supported by goro yet");
    bool generic = is_generic(f);
    base = alloc(std::max(nargs + (generic ? 1 : 0), nres));
    args_into(c, sig, base);
    if (generic) emit(vm::Op::LOADREF, Reg(base + nargs), ref(rtype(fun->type)));
    emit(vm::Op::CALL, base, ref(p));
  } else {
    Reg fn = operand(fun);  // below the callee's frame: evaluated first
    base = alloc(std::max(nargs, nres));
    args_into(c, sig, base);
    emit(vm::Op::CALLC, base, fn);
  }
  if (nres && dst != base) emit(vm::Op::MOVEN, dst, base, nres);
  free_to(mark);
}

// ---- function literals and method values

void Compiler::func_lit(FuncLit* x, Reg dst) {
  std::vector<const Var*> captured = free_vars(x);
  uint32_t n = ++fs_->closures;
  std::string name = fs_->proto->name + (fs_->outer ? "." : ".func") + std::to_string(n);
  vm::Proto* p = new_proto(std::move(name));
  p->line = int32_t(x->pos.line);
  if (captured.empty()) {
    emit(vm::Op::LOADREF, dst, ref(static_closure(p)));
  } else {
    Reg mark = fs_->next;
    Reg cells = alloc(uint32_t(captured.size()));
    for (size_t i = 0; i < captured.size(); ++i) {
      VarLoc* loc = var_loc(captured[i]);
      if (!loc || loc->kind != VarLoc::InCell) {
        error(x->pos, "internal error: captured variable " + std::string(captured[i]->name) + " is not in a cell");
        continue;
      }
      emit(vm::Op::MOVE, Reg(cells + i), loc->reg);
    }
    emit(vm::Op::CLOSURE, dst, ref(p), uint32_t(captured.size()));
    emit_ext(cells);
    free_to(mark);
  }
  int32_t line = fs_->line;
  compile_func(p, x->type, sig_of(static_cast<Expr*>(x)->type), x->body, nullptr, fs_, captured);
  fs_->line = line;
}

void Compiler::selector_value(SelectorExpr* s, Reg dst) {
  if (!s->selection) {  // pkg.Name
    expr(s->sel, dst);
    return;
  }
  MethodEntry e = entry_of(*s->selection);
  if (s->selection->kind == SelectionKind::MethodExpr) {
    // T.M / (*T).M: a function taking the receiver first. The declared
    // method when the receiver matches; else a wrapper from the receiver's
    // word (pointers, direct values) or from its whole value (interfaces,
    // other values).
    Type* recv = s->selection->recv;
    bool ptr = underlying(recv)->kind == TypeKind::Pointer && !is_named(recv);
    if (is_interface(recv)) {
      emit(vm::Op::LOADREF, dst, ref(static_closure(method_expr(recv, e))));
    } else if (e.path.empty() && ptr == e.fn->has_ptr_recv) {
      emit(vm::Op::LOADREF, dst, ref(static_closure(proto_of(e.fn))));
    } else if (ptr || rtype(recv)->direct) {
      emit(vm::Op::LOADREF, dst, ref(static_closure(iface_method(recv, e))));
    } else {
      emit(vm::Op::LOADREF, dst, ref(static_closure(method_expr(recv, e))));
    }
    return;
  }
  // x.M: the receiver is evaluated now, as the spec says (pointers followed
  // and embedded fields walked: a nil on the way panics here, not at the
  // call), and kept as an interface data word in a cell the closure
  // captures; the bound Proto calls the method with it.
  Reg mark = fs_->next;
  MethodEntry bound;
  bound.fn = e.fn;
  Type* t = holder_type(s);
  Reg cell = alloc(1);
  if (is_interface(t)) {
    // an interface's method value boxes the interface itself; the bound
    // Proto finds it through a *I
    Reg iface = alloc(2);
    receiver_into(s, iface);
    emit(vm::Op::NILCHK, iface);
    Reg box = alloc(1);
    emit(vm::Op::BOX, box, iface, ref(rtype(t)));
    emit(vm::Op::BOX, cell, box, ref(vm::basic_rtype(RKind::Uintptr)));
    bound.via_interface = true;
    t = types_.pointer(t);
  } else {
    t = static_cast<Signature*>(e.fn->type)->recv->type;  // T or *T, as declared
    Reg v = alloc(slots(t));
    receiver_into(s, v);
    Reg word = alloc(2);
    emit(vm::Op::MKIFACE, word, v, ref(rtype(t)));
    emit(vm::Op::BOX, cell, Reg(word + 1), ref(vm::basic_rtype(RKind::Uintptr)));
  }
  emit(vm::Op::CLOSURE, dst, ref(bound_method(t, bound)), 1);
  emit_ext(cell);
  free_to(mark);
}

// ---- multi-valued expressions

std::vector<Type*> Compiler::multi_types(Expr* x, List<Expr> lhs) {
  std::vector<Type*> got = tuple_types(x->type);
  std::vector<Type*> want;
  for (size_t i = 0; i < got.size(); ++i) {
    Expr* l = i < lhs.size() ? lhs[i] : nullptr;
    want.push_back(l && l->type && !is_blank(l) ? l->type : got[i]);
  }
  return want;
}

void Compiler::multi_value(Expr* x, List<Expr> lhs, Reg dst) {
  Expr* u = unparen(x);
  std::vector<Type*> got = tuple_types(x->type);
  std::vector<Type*> want = multi_types(x, lhs);
  bool same = true;
  uint32_t total = 0;
  for (size_t i = 0; i < got.size(); ++i) {
    Type* t = want[i];
    total += slots(got[i]);
    if (slots(t) != slots(got[i]) || (is_interface(t) && !is_interface(got[i]))) same = false;
  }
  Reg mark = fs_->next;
  Reg at = same ? dst : alloc(std::max<uint32_t>(total, 1));
  if (auto* c = as<CallExpr>(u)) {
    call(c, at);
  } else if (auto* ix = as<IndexExpr>(u)) {
    auto* m = static_cast<Map*>(underlying(ix->x->type));
    Reg mp = operand(ix->x);
    Reg key = alloc(slots(m->key));
    value_to(ix->index[0], m->key, key);
    emit(vm::Op::MAPGET, at, mp, key);
    emit_ext(ref(rtype(ix->x->type)), 1);
  } else if (auto* o = as<Operation>(u); o && o->op == Op::Recv) {
    Reg ch = operand(o->x);
    emit(vm::Op::RECV, at, ch, 1);
  } else if (auto* a = as<AssertExpr>(u)) {
    assert_expr(a, at, true);
  } else {
    error(x->pos, "internal error: not a multi-valued expression");
  }
  if (!same) {
    Reg from = at, to = dst;
    for (size_t i = 0; i < got.size(); ++i) {
      convert_to(got[i], from, want[i], to);
      from = Reg(from + slots(got[i]));
      to = Reg(to + slots(want[i]));
    }
  }
  free_to(mark);
}

}  // namespace goro::lang::detail

namespace goro::lang::detail {

namespace {

// Thunk makes a Proto the current function while its body is emitted: the
// small functions go and defer start for builtins and interface methods.
struct Thunk {
  Compiler& c;
  FuncState fs;
  FuncState* saved;
  Thunk(Compiler& c, vm::Proto* p, uint32_t nparams) : c(c), saved(c.fs_) {
    fs.proto = p;
    fs.line = saved->line;
    p->nparams = nparams;
    c.fs_ = &fs;
    c.alloc(nparams);
  }
  ~Thunk() {
    c.emit(vm::Op::RET, 0, 0);
    fs.proto->frame_size = std::max<uint32_t>(fs.max, fs.proto->nparams);
    c.fs_ = saved;
  }
};

}  // namespace

// go f(x) / defer f(x): the function value and the arguments are evaluated
// now, in this goroutine; GO and DEFER copy them (opcodes.def).
void Compiler::go_defer(CallStmt* s) {
  auto* c = as<CallExpr>(unparen(s->call));
  bool is_go = s->tok == Tok::Go;
  if (!is_go) fs_->has_defer = true;
  Reg mark = fs_->next;
  Expr* fun = unparen(c->fun);
  Reg fn = alloc(1);
  Reg args = fs_->next;
  uint32_t n = 0;
  std::string wrap = fs_->proto->name + (is_go ? ".gowrap" : ".deferwrap") + std::to_string(++fs_->closures);
  if (fun->mode == Mode::Builtin) {
    auto* b = static_cast<Builtin*>(static_cast<Name*>(fun)->obj);
    switch (b->id) {
      case BuiltinId::Panic: case BuiltinId::Print: case BuiltinId::Println:
      case BuiltinId::Close: case BuiltinId::Delete: {
        uint32_t total = 0;
        for (Expr* a : c->args) total += slots(a->type);
        args = alloc(std::max<uint32_t>(total, 3));
        n = builtin_args(c, b->id, args);
        vm::Proto* p = new_proto(wrap);
        {
          Thunk t(*this, p, n);
          builtin_op(c, b->id, 0);
        }
        emit(vm::Op::LOADREF, fn, ref(static_closure(p)));
        break;
      }
      case BuiltinId::Recover: {
        // recover() deferred directly is not called by a deferred function:
        // it recovers nothing (the spec's rule), so it does nothing.
        vm::Proto* p = new_proto(wrap);
        { Thunk t(*this, p, 0); }
        emit(vm::Op::LOADREF, fn, ref(static_closure(p)));
        break;
      }
      default:
        unsupported(c->pos, std::string(is_go ? "go" : "defer") + " of this builtin is");
        free_to(mark);
        return;
    }
  } else {
    Signature* sig = sig_of(fun->type);
    uint32_t nargs = 0;
    for (Var* v : sig->params->vars) nargs += slots(v->type);
    auto* sel = as<SelectorExpr>(fun);
    if (sel && sel->selection && sel->selection->kind == SelectionKind::MethodVal) {
      auto* m = static_cast<Func*>(sel->selection->obj);
      if (at_interface(sel)) {
        args = alloc(2 + nargs);
        receiver_into(sel, args);
        args_into(c, sig, Reg(args + 2));
        n = 2 + nargs;
        vm::Proto* p = new_proto(wrap);
        {
          Thunk t(*this, p, n);
          Reg base = alloc(std::max(1 + nargs, result_slots(*this, sig)));
          if (nargs) emit(vm::Op::MOVEN, base + 1, 2, nargs);
          emit(vm::Op::CALLI, base, 0, ref(intern(m->name).data()));
        }
        emit(vm::Op::LOADREF, fn, ref(static_closure(p)));
      } else {
        auto* msig = static_cast<Signature*>(m->type);
        uint32_t recv = m->has_ptr_recv ? 1 : slots(msig->recv->type);
        args = alloc(recv + nargs);
        receiver_into(sel, args);
        args_into(c, sig, Reg(args + recv));
        n = recv + nargs;
        emit(vm::Op::LOADREF, fn, ref(static_closure(proto_of(m))));
      }
    } else if (Func* f = static_func(fun)) {
      bool generic = is_generic(f);
      args = alloc(nargs + (generic ? 1 : 0));
      args_into(c, sig, args);
      if (generic) emit(vm::Op::LOADREF, Reg(args + nargs), ref(rtype(fun->type)));
      n = nargs + (generic ? 1 : 0);
      emit(vm::Op::LOADREF, fn, ref(static_closure(proto_of(f))));
    } else {
      expr(fun, fn);
      args = alloc(nargs);
      args_into(c, sig, args);
      n = nargs;
    }
  }
  emit(is_go ? vm::Op::GO : vm::Op::DEFER, args, fn, n);
  free_to(mark);
}

}  // namespace goro::lang::detail
