// select statements and type switches: the two statements that choose a
// clause by something other than comparing values.
//
// A select runs in three phases (the spec's order):
//   1. every channel operand, and every value to send, is evaluated once,
//      in source order, into registers the case table names;
//   2. SELECT picks a ready case (or blocks, or takes the default) and
//      leaves its index in a register; a receive's value (and ok bool)
//      lands in the registers of its case;
//   3. a chain of comparisons jumps to the chosen clause, which first
//      assigns or declares the received value (its left-hand side is
//      evaluated only now, and only for the chosen case) and then runs its
//      body.
// A type switch evaluates its guard once, tests the dynamic type against
// each case in source order (pointer equality with the case type's one
// RType, IMPLEMENTS for interface types, a null type word for nil), and
// declares the clause's variable at the start of the clause that matched.
#include <memory>

#include "compiler.hpp"
#include "vm_ops.hpp"

namespace goro::lang::detail {

namespace {

const Var* var_of(Expr* x) {
  auto* n = as<Name>(unparen(x));
  if (!n || n->value == "_") return nullptr;
  return n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
}

// recv_of() is the receive operation <-ch of a select case's statement
// (`<-ch`, `v := <-ch`, `v, ok = <-ch`), null for a send or a default.
Operation* recv_of(Stmt* comm) {
  Expr* x = nullptr;
  if (auto* es = as<ExprStmt>(comm)) x = es->x;
  if (auto* a = as<AssignStmt>(comm); a && a->rhs.size() == 1) x = a->rhs[0];
  auto* o = as<Operation>(x ? unparen(x) : nullptr);
  return o && !o->y && o->op == Op::Recv ? o : nullptr;
}

// OwnedSelectTable keeps a SelectTable and its cases alive in the Program.
struct OwnedSelectTable {
  vm::SelectTable table;
  std::vector<vm::SelectCaseDesc> cases;
};

}  // namespace

// select_assign() is a chosen receive case's assignment: `v, ok := <-ch`
// declares, `v, ok = <-ch` stores (converting a value for an interface
// left-hand side); the value is at value.., its ok bool right after.
static void select_assign(Compiler& c, AssignStmt* a, Type* elem, Reg value) {
  Type* bool_type = basic_type(BasicKind::Bool);
  const Reg ok = Reg(value + c.slots(elem));
  if (a->op == Op::Def) {
    for (size_t i = 0; i < a->lhs.size(); ++i)
      if (const Var* v = var_of(a->lhs[i])) c.declare_var(v, i == 0 ? value : ok, true);
    return;
  }
  // places first (left to right), then the stores
  std::vector<Place> places;
  for (Expr* l : a->lhs) places.push_back(c.place(l));
  for (size_t i = 0; i < places.size(); ++i) {
    if (places[i].kind == Place::Blank) continue;
    Type* from = i == 0 ? elem : bool_type;
    Type* to = a->lhs[i]->type;
    Reg src = i == 0 ? value : ok;
    if (is_interface(to) && !is_interface(from)) {
      Reg r = c.alloc(2);
      c.convert_to(from, src, to, r);
      src = r;
    }
    c.store_place(places[i], src);
  }
}

void Compiler::select_stmt(SelectStmt* s) {
  Reg mark = fs_->next;
  // Phase 1: the case table, its operands evaluated in source order.
  auto owned = std::make_shared<OwnedSelectTable>();
  std::vector<int> case_of(s->body.size(), -1);  // clause -> table index; -1 default
  std::vector<Type*> elem_of(s->body.size(), nullptr);
  bool has_default = false;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    CommClause* cc = s->body[ci];
    if (!cc->comm) {
      has_default = true;
      continue;
    }
    set_line(cc->comm->pos);
    vm::SelectCaseDesc d{};
    if (auto* send = as<SendStmt>(cc->comm)) {
      Type* elem = static_cast<Chan*>(underlying(send->chan->type))->elem;
      d.chan_reg = operand(send->chan);
      d.value_reg = alloc(slots(elem));
      value_to(send->value, elem, d.value_reg);
      d.ok_reg = 0xFFFF;
      d.is_send = true;
      d.elem = rtype(elem);
      elem_of[ci] = elem;
    } else {
      Operation* recv = recv_of(cc->comm);
      if (!recv) {
        error(cc->comm->pos, "internal error: select case is neither a send nor a receive");
        continue;
      }
      Type* elem = static_cast<Chan*>(underlying(recv->x->type))->elem;
      d.chan_reg = operand(recv->x);
      // the value's registers, and the ok bool right after them
      d.value_reg = alloc(slots(elem) + 1);
      auto* a = as<AssignStmt>(cc->comm);
      d.ok_reg = a && a->lhs.size() == 2 ? Reg(d.value_reg + slots(elem)) : 0xFFFF;
      d.is_send = false;
      d.elem = rtype(elem);
      elem_of[ci] = elem;
    }
    case_of[ci] = int(owned->cases.size());
    owned->cases.push_back(d);
  }
  owned->table = vm::SelectTable{uint32_t(owned->cases.size()), owned->cases.data()};
  prog_->owned.push_back(owned);

  // Phase 2: choose. The blocked goroutine is reported at the select's line.
  set_line(s->pos);
  Reg chosen = alloc(1);
  emit(vm::Op::SELECT, chosen, ref(&owned->table), has_default ? 1 : 0);

  // Phase 3: jump to the chosen clause (the default when none matched).
  std::vector<size_t> to_clause(s->body.size(), SIZE_MAX);
  Reg k = alloc(1);
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    if (case_of[ci] < 0) continue;
    load_int(k, case_of[ci]);
    to_clause[ci] = emit_jump(vm::Op::JEQ, chosen, k);
  }
  size_t to_default = emit_jump(vm::Op::JMP);

  fs_->targets.push_back({s, {}, {}});
  std::vector<size_t> ends;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    CommClause* cc = s->body[ci];
    if (!cc->comm) patch_here(to_default);
    else if (to_clause[ci] != SIZE_MAX) patch_here(to_clause[ci]);
    else continue;
    Reg m = fs_->next;
    if (cc->comm) set_line(cc->comm->pos);
    if (auto* a = as<AssignStmt>(cc->comm); a && case_of[ci] >= 0)
      select_assign(*this, a, elem_of[ci], owned->cases[size_t(case_of[ci])].value_reg);
    block(cc->body);
    free_to(m);
    ends.push_back(emit_jump(vm::Op::JMP));
  }
  // Without a default the index is always a case's: the jump to the
  // default is never taken with a valid index, but it must land somewhere.
  end_clauses(has_default, to_default, ends, mark);
}

// type_switch(): switch [init;] [v :=] x.(type) { case T1, T2: ... }.
void Compiler::type_switch(SwitchStmt* s) {
  Reg mark = fs_->next;
  if (s->init) stmt(s->init);
  auto* guard = static_cast<TypeSwitchGuard*>(s->tag);
  Type* xt = guard->x->type;
  set_line(guard->pos);
  Reg x = alloc(2);  // the interface: type word, data word
  expr(guard->x, x);

  // The tests, in source order; the first match wins.
  std::vector<std::vector<size_t>> to_body(s->body.size());
  size_t default_index = SIZE_MAX;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    CaseClause* cc = s->body[ci];
    if (cc->cases.empty()) default_index = ci;
    for (Expr* e : cc->cases) {
      set_line(e->pos);
      Reg m = fs_->next;
      if (e->mode != Mode::TypeExpr) {
        // case nil: the interface holds no dynamic type
        to_body[ci].push_back(emit_jump(vm::Op::JF, x));
      } else if (is_interface(e->type)) {
        Reg r = alloc(1);
        emit(vm::Op::IMPLEMENTS, r, x, ref(rtype(e->type)));
        to_body[ci].push_back(emit_jump(vm::Op::JT, r));
      } else {
        // identical types share one RType: compare the type words
        Reg r = alloc(1);
        emit(vm::Op::LOADREF, r, ref(rtype(e->type)));
        to_body[ci].push_back(emit_jump(vm::Op::JEQ, x, r));
      }
      free_to(m);
    }
  }
  size_t to_default = emit_jump(vm::Op::JMP);

  fs_->targets.push_back({s, {}, {}});
  std::vector<size_t> ends;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    CaseClause* cc = s->body[ci];
    for (size_t j : to_body[ci]) patch_here(j);
    if (ci == default_index) patch_here(to_default);
    Reg m = fs_->next;
    if (const Var* v = cc->implicit) {
      set_line(cc->pos);
      if (is_interface(v->type)) {
        // several types, nil, default or an interface type: x as it is
        // (an interface's representation does not depend on its static type)
        declare_var(v, x, true);
      } else {
        Reg val = alloc(slots(v->type));
        emit(vm::Op::ASSERT, val, x, ref(rtype(v->type)));
        emit_ext(ref(rtype(xt)), 0);
        declare_var(v, val, true);
      }
    }
    block(cc->body);
    free_to(m);
    ends.push_back(emit_jump(vm::Op::JMP));
  }
  end_clauses(default_index != SIZE_MAX, to_default, ends, mark);
}

}  // namespace goro::lang::detail
