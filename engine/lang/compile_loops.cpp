// Loops and switches: for in its three forms, range over every kind, and
// expression switches with fallthrough. Go 1.22 gives each iteration its
// own loop variables: a variable that lives in a cell (captured or
// address-taken) gets a fresh cell, holding the current value, before the
// post statement runs; one in registers needs nothing.
#include "compiler.hpp"

namespace goro::lang::detail {

namespace {

const Var* var_of(Expr* x) {
  auto* n = as<Name>(unparen(x));
  return n && n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
}

}  // namespace

void Compiler::for_stmt(ForStmt* s) {
  if (auto* r = as<RangeClause>(s->init)) {
    range_stmt(s, r);
    return;
  }
  Reg mark = fs_->next;
  if (s->init) stmt(s->init);
  // Variables declared by init: re-celled per iteration (Go 1.22).
  std::vector<const Var*> loop_vars;
  if (auto* a = as<AssignStmt>(s->init); a && a->op == Op::Def)
    for (Expr* l : a->lhs)
      if (const Var* v = var_of(l); v && escapes(v)) loop_vars.push_back(v);
  // The condition is tested at the bottom, where its jump back is the
  // back-edge (one dispatch per iteration fewer than a test at the top and
  // a LOOP); the loop is entered through it.
  size_t npinned = fs_->pinned.size();
  size_t enter = 0;
  if (s->cond) {
    pin_constants(s->cond);
    enter = emit_jump(vm::Op::JMP);
  }
  size_t top = here();
  fs_->targets.push_back({s, {}, {}});
  block(s->body->stmts);
  Target t = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  size_t cont = here();
  for (size_t j : t.continues) patch(j, cont);
  for (const Var* v : loop_vars) {
    VarLoc& loc = fs_->vars[v];
    Reg tmp = alloc(slots(v->type));
    load_place(Place{Place::Mem, v->type, 0, loc.reg, 0}, tmp);
    emit(vm::Op::BOX, loc.reg, tmp, ref(rtype(v->type)));
    free_to(Reg(tmp));
  }
  if (s->post) stmt(s->post);
  if (s->cond) {
    patch_here(enter);
    set_line(s->cond->pos);
    std::vector<size_t> back;
    cond_jump(s->cond, true, back);
    for (size_t j : back) patch(j, top);
  } else {
    emit_loop(top);
  }
  for (size_t j : t.breaks) patch_here(j);
  fs_->pinned.resize(npinned);
  free_to(mark);
}

// range_stmt: the range expression is evaluated once; the hidden index and
// length live in registers; the iteration variables are declared per
// iteration (so a cell is fresh each time) and assigned from them.
void Compiler::range_stmt(ForStmt* s, RangeClause* r) {
  Reg mark = fs_->next;
  Type* xt = underlying(r->x->type);
  Expr* k = r->lhs.size() > 0 ? r->lhs[0] : nullptr;
  Expr* v = r->lhs.size() > 1 ? r->lhs[1] : nullptr;
  // assign() writes one iteration value to k or v: declares it (:=) or
  // stores it (=).
  auto assign_to = [&](Expr* lhs, Reg val) {
    if (!lhs) return;
    if (is_blank(lhs)) return;
    if (r->def) {
      if (const Var* var = var_of(lhs)) declare_var(var, val, true);
    } else {
      Reg m = fs_->next;
      store_place(place(lhs), val);
      free_to(m);
    }
  };
  // assign_both(): k = kv and v = vv, as one assignment: both places are
  // found before either is stored (for i, x[i] = range y).
  auto assign_both = [&](Reg kv, Reg vv) {
    if (r->def || !k || !v || is_blank(k) || is_blank(v)) {
      assign_to(k, kv);
      assign_to(v, vv);
      return;
    }
    Reg m = fs_->next;
    std::vector<Place> places = {place(k), place(v)};
    own_operands(places);
    store_place(places[0], kv);
    store_place(places[1], vv);
    free_to(m);
  };
  Reg x = alloc(slots(r->x->type));
  expr(r->x, x);
  Reg i = alloc(1), n = alloc(1);
  size_t top = 0, test = 0;
  std::vector<size_t> exits;
  Reg body_mark = 0;
  bool is_chan = false, is_map = false;
  Reg it = 0;
  Reg array_copy = 0;
  switch (xt->kind) {
    case TypeKind::Basic: {
      if (is_basic(xt, BasicKind::String) || is_basic(xt, BasicKind::UntypedString)) {
        // for i, c := range s: runes, i at each rune's first byte
        emit(vm::Op::LOADI, i, 0);
        emit(vm::Op::MOVE, n, Reg(x + 1));
        top = here();
        exits.push_back(emit_jump(vm::Op::JGE, i, n));
        body_mark = fs_->next;
        Reg rw = alloc(2);
        emit(vm::Op::SNEXT, rw, x, i);
        assign_both(i, rw);
        fs_->targets.push_back({s, {}, {}});
        block(s->body->stmts);
        Target t = std::move(fs_->targets.back());
        fs_->targets.pop_back();
        for (size_t j : t.continues) patch_here(j);
        emit(vm::Op::ADD, i, i, Reg(rw + 1));
        free_to(body_mark);
        emit_loop(top);
        for (size_t j : t.breaks) patch_here(j);
        for (size_t j : exits) patch_here(j);
        free_to(mark);
        return;
      }
      // range over an integer n: 0..n-1, typed as n
      emit(vm::Op::LOADI, i, 0);
      emit(vm::Op::MOVE, n, x);
      break;
    }
    case TypeKind::Slice:
      emit(vm::Op::LOADI, i, 0);
      emit(vm::Op::MOVE, n, Reg(x + 1));
      break;
    case TypeKind::Array:
      emit(vm::Op::LOADI, i, 0);
      load_int(n, static_cast<Array*>(xt)->len);
      if (v) {
        // range over a copy of the array, made once, indexed in memory
        array_copy = alloc(1);
        emit(vm::Op::BOX, array_copy, x, ref(rtype(r->x->type)));
      }
      break;
    case TypeKind::Pointer:
      emit(vm::Op::LOADI, i, 0);
      load_int(n, static_cast<Array*>(underlying(static_cast<Pointer*>(xt)->elem))->len);
      break;
    case TypeKind::Chan: is_chan = true; break;
    case TypeKind::Map:
      is_map = true;
      it = alloc(1);
      emit(vm::Op::MAPITER, it, x);
      break;
    default: unsupported(r->pos, "this range expression is"); return;
  }
  top = here();
  body_mark = fs_->next;
  if (is_chan) {
    auto* ct = static_cast<Chan*>(xt);
    Reg val = alloc(slots(ct->elem) + 1);
    emit(vm::Op::RECV, val, x, 1);
    exits.push_back(emit_jump(vm::Op::JF, Reg(val + slots(ct->elem))));
    assign_to(k, val);
  } else if (is_map) {
    auto* mt = static_cast<Map*>(xt);
    Reg key = alloc(slots(mt->key));
    Reg val = alloc(slots(mt->elem));
    emit(vm::Op::MAPNEXT, it, key, v ? val : 0xFFFF);
    exits.push_back(emit_ext(0, 0, ref(rtype(r->x->type))));
    assign_both(key, val);
  } else {
    exits.push_back(emit_jump(vm::Op::JGE, i, n));
    if (!v) assign_to(k, i);
    if (v) {
      Place p;
      if (xt->kind == TypeKind::Slice) {
        auto* et = rtype(static_cast<Slice*>(xt)->elem);
        Reg addr = alloc(1);
        emit(vm::Op::INDEX, addr, x, i);
        emit_ext(et->size & 0xFFFF, et->size >> 16);
        p = Place{Place::Mem, static_cast<Slice*>(xt)->elem, 0, addr, 0};
      } else {
        // arrays: range over a copy (x was evaluated into registers), or
        // through the pointer
        Type* arr = xt->kind == TypeKind::Pointer ? underlying(static_cast<Pointer*>(xt)->elem) : xt;
        auto* a = static_cast<Array*>(arr);
        auto* et = rtype(a->elem);
        Reg base = xt->kind == TypeKind::Pointer ? x : array_copy;
        Reg addr = alloc(1);
        emit(vm::Op::AINDEX, addr, base, i);
        emit_ext(et->size & 0xFFFF, et->size >> 16, uint32_t(a->len));
        p = Place{Place::Mem, a->elem, 0, addr, 0};
      }
      Reg val = alloc(slots(p.type));
      load_place(p, val);
      assign_both(i, val);
    }
  }
  fs_->targets.push_back({s, {}, {}});
  block(s->body->stmts);
  Target t = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  for (size_t j : t.continues) patch_here(j);
  if (!is_chan && !is_map) emit(vm::Op::ADDI, i, i, 1);
  free_to(body_mark);
  emit_loop(top);
  for (size_t j : t.breaks) patch_here(j);
  for (size_t j : exits) patch_here(j);
  (void)test;
  free_to(mark);
}

void Compiler::end_clauses(bool has_default, size_t to_default, const std::vector<size_t>& ends, Reg mark) {
  if (!has_default) patch_here(to_default);
  Target t = std::move(fs_->targets.back());
  fs_->targets.pop_back();
  for (size_t j : ends) patch_here(j);
  for (size_t j : t.breaks) patch_here(j);
  free_to(mark);
}

// switch_stmt: an expression switch compares the tag with each case in
// order; a tagless switch tests each case as a condition.
void Compiler::switch_stmt(SwitchStmt* s) {
  if (as<TypeSwitchGuard>(s->tag)) {
    type_switch(s);
    return;
  }
  Reg mark = fs_->next;
  if (s->init) stmt(s->init);
  Reg tag = 0;
  Type* tag_type = nullptr;
  if (s->tag) {
    tag_type = s->tag->type;
    tag = alloc(slots(tag_type));
    expr(s->tag, tag);
  }
  fs_->targets.push_back({s, {}, {}});
  std::vector<size_t> body_jumps(s->body.size());
  std::vector<std::vector<size_t>> to_body(s->body.size());
  size_t default_index = SIZE_MAX;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    CaseClause* cc = s->body[ci];
    if (cc->cases.empty()) default_index = ci;
    for (Expr* e : cc->cases) {
      set_line(e->pos);
      Reg m = fs_->next;
      if (!s->tag) {
        cond_jump(e, true, to_body[ci]);
      } else {
        // tag == e, compared as types2 compares them (e converted to the tag's type, or both as interfaces)
        Reg r = alloc(1);
        // compare the evaluated tag (registers) with e
        Type* t = is_interface(tag_type) || !is_interface(e->type) ? tag_type : e->type;
        Reg a = tag;
        if (t != tag_type) {
          a = alloc(slots(t));
          convert_to(tag_type, tag, t, a);
        }
        Reg b = alloc(slots(t));
        value_to(e, t, b);
        compare_regs(t, Op::Eql, a, b, r);
        to_body[ci].push_back(emit_jump(vm::Op::JT, r));
      }
      free_to(m);
    }
  }
  size_t to_default = emit_jump(vm::Op::JMP);
  std::vector<size_t> ends;
  std::vector<size_t> pending_fallthrough;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    CaseClause* cc = s->body[ci];
    for (size_t j : to_body[ci]) patch_here(j);
    if (ci == default_index) patch_here(to_default);
    for (size_t j : pending_fallthrough) patch_here(j);
    pending_fallthrough.clear();
    fallthrough_jumps_.clear();
    block(cc->body);
    pending_fallthrough = fallthrough_jumps_;
    fallthrough_jumps_.clear();
    if (pending_fallthrough.empty()) ends.push_back(emit_jump(vm::Op::JMP));
  }
  end_clauses(default_index != SIZE_MAX, to_default, ends, mark);
}

}  // namespace goro::lang::detail
