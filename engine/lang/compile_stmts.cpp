// Statements and control flow, and the frame of each function: parameters
// at R[0..], then results, then locals and temporaries.
#include "compiler.hpp"

namespace goro::lang::detail {

namespace {

const Var* var_of(Name* n) {
  return n && n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
}

}  // namespace

// declare_var() gives v its registers (or its heap cell if it escapes),
// initialized from init_from or to its zero value.
void Compiler::declare_var(const Var* v, Reg init_from, bool has_init) {
  uint32_t n = slots(v->type);
  VarLoc loc;
  if (escapes(v)) {
    loc.kind = VarLoc::InCell;
    loc.reg = alloc(1);
    if (has_init) {
      emit(vm::Op::BOX, loc.reg, init_from, ref(rtype(v->type)));
    } else {
      emit(vm::Op::NEW, loc.reg, ref(rtype(v->type)));
    }
  } else {
    loc.kind = VarLoc::InReg;
    loc.reg = alloc(n);
    if (has_init) {
      if (init_from != loc.reg) emit(vm::Op::MOVEN, loc.reg, init_from, n);
    } else if (n > 0) {
      emit(vm::Op::ZERO, loc.reg, n);
    }
  }
  fs_->vars[v] = loc;
}

void Compiler::compile_func(vm::Proto* proto, FuncType* /*type*/, Signature* sig, BlockStmt* body, Field* recv,
                            FuncState* outer, const std::vector<const Var*>& captured) {
  FuncState fs;
  fs.proto = proto;
  fs.outer = outer;
  fs.sig = sig;
  fs.captured = captured;
  FuncState* saved = fs_;
  fs_ = &fs;
  set_line(body ? body->pos : Pos{});
  find_escapes(body, &fs);

  // Parameters arrive at R[0..]: the receiver, then each parameter.
  std::vector<const Var*> params;
  if (sig->recv) params.push_back(sig->recv);
  for (Var* p : sig->params->vars) params.push_back(p);
  (void)recv;
  uint32_t nparams = 0;
  for (const Var* p : params) nparams += slots(p->type);
  alloc(nparams);
  proto->nparams = nparams;
  Reg at = 0;
  for (const Var* p : params) {
    uint32_t n = slots(p->type);
    if (escapes(p)) {
      // the parameter moves to a cell; its registers stay as they are
      Reg cell = alloc(1);
      emit(vm::Op::BOX, cell, at, ref(rtype(p->type)));
      fs.vars[p] = VarLoc{VarLoc::InCell, cell, nullptr};
    } else {
      fs.vars[p] = VarLoc{VarLoc::InReg, at, nullptr};
    }
    at = Reg(at + n);
  }
  // Captured variables: their cell addresses, loaded once.
  for (size_t i = 0; i < captured.size(); ++i) {
    Reg r = alloc(1);
    emit(vm::Op::GETCAP, r, uint32_t(i));
    fs.vars[captured[i]] = VarLoc{VarLoc::InCell, r, nullptr};
  }
  // Results are variables (named or not): return statements assign them and
  // jump to the epilogue, where deferred calls may still change them.
  uint32_t nresults = 0;
  for (Var* r : sig->results->vars) nresults += slots(r->type);
  proto->nresults = nresults;
  fs.result_slots = nresults;
  fs.results = fs.next;
  for (Var* r : sig->results->vars) declare_var(r, 0, false);

  if (body) block(body->stmts);
  set_line(body ? body->rbrace : Pos{});
  // The epilogue: every return jumps here.
  size_t epilogue = here();
  for (size_t j : fs.returns) patch(j, epilogue);
  proto->epilogue = uint32_t(epilogue);
  proto->has_defer = fs.has_defer;
  if (fs.has_defer) emit(vm::Op::RUNDEFER);
  // Results in cells (captured by a deferred closure) are loaded back.
  Reg out = alloc(nresults);
  Reg o = out;
  for (Var* r : sig->results->vars) {
    load_place(Place{escapes(r) ? Place::Mem : Place::Regs, r->type, fs.vars[r].reg, fs.vars[r].reg, 0}, o);
    o = Reg(o + slots(r->type));
  }
  emit(vm::Op::RET, out, nresults);
  for (auto& [pc, label] : fs.gotos) {
    auto it = fs.labels.find(label);
    if (it == fs.labels.end()) continue;
    patch(pc, it->second);
    // a goto backward closes a loop: its back-edge counts toward preemption
    if (it->second <= pc) proto->code[pc - 1].op = uint16_t(vm::Op::LOOP);
  }
  proto->frame_size = std::max<uint32_t>(fs.max, std::max(nparams, nresults));
  fs_ = saved;
}

void Compiler::block(List<Stmt> list) {
  Reg mark = fs_->next;
  for (Stmt* s : list) stmt(s);
  free_to(mark);
}

static void assign(Compiler& c, AssignStmt* s) {
  // x op= y, x++ and x--: one place, read, operate, write.
  if (s->op != Op::None && s->op != Op::Def) {
    Reg mark = c.fs_->next;
    Expr* lhs = s->lhs[0];
    Place p = c.place(lhs);
    Type* t = lhs->type;
    if (p.kind == Place::Regs && c.slots(t) == 1 && !is_float_type(t)) {
      // a one-slot variable in registers: operate on it in place
      if (s->is_incdec()) {
        c.emit(vm::Op::ADDI, p.reg, p.reg, uint16_t(int16_t(s->op == Op::Add ? 1 : -1)));
        c.truncate(t, p.reg);
      } else {
        Reg y = c.operand(s->rhs[0]);
        c.binary_regs(s->op, t, s->rhs[0]->type, p.reg, y, p.reg, s->pos);
      }
      c.free_to(mark);
      return;
    }
    Reg cur = c.alloc(c.slots(t));
    c.load_place(p, cur);
    Reg y = c.alloc(c.slots(t));
    if (s->is_incdec()) {
      if (is_float_type(t) || is_complex_type(t)) {
        vm::Slot one;
        one.f = 1.0;
        c.emit(vm::Op::LOADK, y, c.konst(one));
        if (is_complex_type(t)) c.emit(vm::Op::ZERO, y + 1, 1);  // 1+0i
      } else {
        c.load_int(y, 1);
      }
    } else {
      c.expr(s->rhs[0], y);
    }
    c.binary_regs(s->op, t, s->is_incdec() ? t : s->rhs[0]->type, cur, y, cur, s->pos);
    c.store_place(p, cur);
    c.free_to(mark);
    return;
  }
  Reg mark = c.fs_->next;
  if (s->op == Op::Def || s->lhs.size() != s->rhs.size() || s->lhs.size() > 1) {
    // General case: places first, then every value into temporaries, then
    // the stores, left to right (the spec's two phases).
    std::vector<Place> places;
    std::vector<bool> fresh;
    for (Expr* l : s->lhs) {
      auto* n = as<Name>(unparen(l));
      const Var* v = var_of(n);
      bool is_new = s->op == Op::Def && v && n->obj && c.fs_->vars.count(v) == 0 && n->value != "_";
      fresh.push_back(is_new);
      places.push_back(is_new ? Place{} : c.place(l));
    }
    c.own_operands(places);
    std::vector<Reg> values;
    if (s->rhs.size() == 1 && s->lhs.size() > 1) {
      // v, ok = x.(T) / m[k] / <-ch, or a, b = f()
      Expr* r = s->rhs[0];
      std::vector<Type*> types = c.multi_types(r, s->lhs);
      uint32_t total = 0;
      for (Type* t : types) total += c.slots(t);
      Reg base = c.alloc(std::max<uint32_t>(total, 1));
      c.multi_value(r, s->lhs, base);
      Reg at = base;
      for (Type* t : types) {
        values.push_back(at);
        at = Reg(at + c.slots(t));
      }
    } else {
      for (size_t i = 0; i < s->rhs.size(); ++i) {
        Type* target = s->lhs[i]->type ? s->lhs[i]->type : s->rhs[i]->type;
        Reg r = c.alloc(c.slots(target));
        c.value_to(s->rhs[i], target, r);
        values.push_back(r);
      }
    }
    Reg keep = c.fs_->next;
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      if (fresh[i]) {
        // := declares after the values are computed; the new variable's
        // registers sit above the temporaries until the block ends.
        c.declare_var(var_of(as<Name>(unparen(s->lhs[i]))), values[i], true);
        keep = c.fs_->next;
      } else {
        c.store_place(places[i], values[i]);
      }
    }
    // The temporaries below the new variables stay allocated (registers are
    // a stack); they are released with the block.
    if (keep == mark) c.free_to(mark);
    return;
  }
  Expr* l = s->lhs[0];
  Expr* r = s->rhs[0];
  Place p = c.place(l);
  if (p.kind == Place::Blank) {
    Reg t = c.alloc(c.slots(r->type));
    c.expr(r, t);
  } else {
    Reg t = c.alloc(c.slots(l->type));
    c.value_to(r, l->type, t);
    c.store_place(p, t);
  }
  c.free_to(mark);
}

void Compiler::stmt(Stmt* s) {
  set_line(s->pos);
  switch (s->kind) {
    case Kind::EmptyStmt: return;
    case Kind::BlockStmt: block(static_cast<BlockStmt*>(s)->stmts); return;
    case Kind::ExprStmt: {
      Reg mark = fs_->next;
      Expr* x = static_cast<ExprStmt*>(s)->x;
      Reg r = alloc(x->type && x->type->kind != TypeKind::Tuple ? slots(x->type) : 0);
      expr(x, r);
      free_to(mark);
      return;
    }
    case Kind::AssignStmt: assign(*this, static_cast<AssignStmt*>(s)); return;
    case Kind::DeclStmt: {
      auto* d = static_cast<DeclStmt*>(s)->decl;
      if (d->tok != Tok::Var) return;
      for (Decl* spec : d->specs) {
        auto* vs = static_cast<VarSpec*>(spec);
        if (vs->values.empty()) {
          for (Name* n : vs->names)
            if (const Var* v = var_of(n)) declare_var(v, 0, false);
          continue;
        }
        std::vector<Reg> vals;
        if (vs->values.size() == vs->names.size()) {
          for (size_t i = 0; i < vs->names.size(); ++i) {
            Type* t = vs->names[i]->obj ? vs->names[i]->obj->type : vs->values[i]->type;
            Reg r = alloc(slots(t));
            value_to(vs->values[i], t, r);
            vals.push_back(r);
          }
        } else {
          std::vector<Expr*> lhs(vs->names.begin(), vs->names.end());
          uint32_t total = 0;
          for (Name* n : vs->names) total += slots(n->obj->type);
          Reg base = alloc(std::max<uint32_t>(total, slots(vs->values[0]->type) + 1));
          multi_value(vs->values[0], List<Expr>(lhs.data(), lhs.size()), base);
          Reg at = base;
          for (Name* n : vs->names) {
            vals.push_back(at);
            at = Reg(at + slots(n->obj->type));
          }
        }
        for (size_t i = 0; i < vs->names.size(); ++i)
          if (const Var* v = var_of(vs->names[i])) declare_var(v, vals[i], true);
      }
      return;
    }
    case Kind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      Reg mark = fs_->next;
      if (is->init) stmt(is->init);
      std::vector<size_t> to_else;
      cond_jump(is->cond, false, to_else);
      block(is->then->stmts);
      if (is->els) {
        size_t to_end = emit_jump(vm::Op::JMP);
        for (size_t j : to_else) patch_here(j);
        stmt(is->els);
        patch_here(to_end);
      } else {
        for (size_t j : to_else) patch_here(j);
      }
      free_to(mark);
      return;
    }
    case Kind::ForStmt: for_stmt(static_cast<ForStmt*>(s)); return;
    case Kind::SwitchStmt: switch_stmt(static_cast<SwitchStmt*>(s)); return;
    case Kind::SelectStmt: select_stmt(static_cast<SelectStmt*>(s)); return;
    case Kind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      fs_->labels[ls] = here();
      stmt(ls->stmt);
      return;
    }
    case Kind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok == Tok::Goto) {
        fs_->gotos.emplace_back(emit_jump(vm::Op::JMP), static_cast<const LabeledStmt*>(b->target));
        return;
      }
      if (b->tok == Tok::Fallthrough) {
        fallthrough_jumps_.push_back(emit_jump(vm::Op::JMP));
        return;
      }
      const Stmt* target = b->target;
      if (auto* ls = as<LabeledStmt>(const_cast<Stmt*>(target))) target = ls->stmt;
      for (auto it = fs_->targets.rbegin(); it != fs_->targets.rend(); ++it) {
        if (it->stmt != target) continue;
        size_t j = emit_jump(b->tok == Tok::Continue ? vm::Op::LOOP : vm::Op::JMP);
        (b->tok == Tok::Continue ? it->continues : it->breaks).push_back(j);
        return;
      }
      error(s->pos, "internal error: branch target not found");
      return;
    }
    case Kind::ReturnStmt: {
      auto* r = static_cast<ReturnStmt*>(s);
      Reg mark = fs_->next;
      auto& results = fs_->sig->results->vars;
      if (!r->results.empty()) {
        // values first (a result may be read by a later result's expression)
        std::vector<Reg> vals;
        if (r->results.size() == results.size()) {
          for (size_t i = 0; i < results.size(); ++i) {
            Reg v = alloc(slots(results[i]->type));
            value_to(r->results[i], results[i]->type, v);
            vals.push_back(v);
          }
        } else {
          Reg base = alloc(fs_->result_slots + 1);
          std::vector<Expr*> none;
          expr(r->results[0], base);
          Reg at = base;
          for (Var* v : results) {
            vals.push_back(at);
            at = Reg(at + slots(v->type));
          }
        }
        for (size_t i = 0; i < results.size(); ++i) {
          VarLoc& loc = fs_->vars[results[i]];
          store_place(Place{loc.kind == VarLoc::InCell ? Place::Mem : Place::Regs, results[i]->type, loc.reg, loc.reg, 0},
                      vals[i]);
        }
      }
      free_to(mark);
      fs_->returns.push_back(emit_jump(vm::Op::JMP));
      return;
    }
    case Kind::CallStmt: go_defer(static_cast<CallStmt*>(s)); return;
    case Kind::SendStmt: {
      auto* ss = static_cast<SendStmt*>(s);
      Reg mark = fs_->next;
      Reg ch = operand(ss->chan);
      auto* ct = static_cast<Chan*>(underlying(ss->chan->type));
      Reg v = alloc(slots(ct->elem));
      value_to(ss->value, ct->elem, v);
      emit(vm::Op::SEND, ch, v);
      free_to(mark);
      return;
    }
    default: unsupported(s->pos, "this statement is"); return;
  }
}

}  // namespace goro::lang::detail
