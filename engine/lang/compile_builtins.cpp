// The predeclared functions: len cap append copy delete make new panic
// recover print println close min max clear complex real imag. Constant calls (len of an
// array, min of constants) never get here: the checker folded them.
#include "compiler.hpp"

#include "vm_ops.hpp"

namespace goro::lang::detail {

using vm::RKind;

namespace {

Type* default_type(Type* t) {
  if (!t || t->kind != TypeKind::Basic) return t;
  switch (static_cast<Basic*>(t)->basic) {
    case BasicKind::UntypedBool: return basic_type(BasicKind::Bool);
    case BasicKind::UntypedInt: return basic_type(BasicKind::Int);
    case BasicKind::UntypedRune: return basic_type(BasicKind::Int32);
    case BasicKind::UntypedFloat: return basic_type(BasicKind::Float64);
    case BasicKind::UntypedComplex: return basic_type(BasicKind::Complex128);
    case BasicKind::UntypedString: return basic_type(BasicKind::String);
    default: return t;
  }
}

BuiltinId builtin_id(Expr* fun) {
  fun = unparen(fun);
  Object* obj = nullptr;
  if (auto* n = as<Name>(fun)) obj = n->obj;
  return obj && obj->kind == ObjectKind::Builtin ? static_cast<Builtin*>(obj)->id : BuiltinId::Print;
}

}  // namespace

// print_table() is PRINT's operand table for values of the given types.
const void* Compiler::print_table(const std::vector<Type*>& types) {
  auto rts = std::make_shared<std::vector<const vm::RType*>>();
  for (Type* t : types) rts->push_back(rtype(default_type(t)));
  auto table = std::make_shared<vm::PrintTable>(vm::PrintTable{uint32_t(rts->size()), rts->data()});
  prog_->owned.push_back(rts);
  prog_->owned.push_back(table);
  return table.get();
}

// builtin_args(): the operands of a builtin that runs as an instruction on
// consecutive registers (panic, print, println, close, delete), evaluated
// at R[at..]; returns their slots. go/defer of a builtin uses it too.
uint32_t Compiler::builtin_args(CallExpr* c, BuiltinId id, Reg at) {
  Reg start = at;
  switch (id) {
    case BuiltinId::Panic:
      value_to(c->args[0], types_.any_type(), at);
      return 2;
    case BuiltinId::Print:
    case BuiltinId::Println:
      for (Expr* a : c->args) {
        Type* t = default_type(a->type);
        expr(a, at);
        at = Reg(at + slots(t));
      }
      return at - start;
    case BuiltinId::Close:
      expr(c->args[0], at);
      return 1;
    case BuiltinId::Delete: {
      auto* m = static_cast<Map*>(underlying(c->args[0]->type));
      expr(c->args[0], at);
      value_to(c->args[1], m->key, Reg(at + 1));
      return 1 + slots(m->key);
    }
    default: return 0;
  }
}

// builtin_op(): the instruction of such a builtin on its operands at R[at..].
void Compiler::builtin_op(CallExpr* c, BuiltinId id, Reg at) {
  switch (id) {
    case BuiltinId::Panic: emit(vm::Op::PANIC, at); return;
    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::vector<Type*> types;
      for (Expr* a : c->args) types.push_back(a->type);
      emit(vm::Op::PRINT, at, ref(print_table(types)), id == BuiltinId::Println ? 1 : 0);
      return;
    }
    case BuiltinId::Close: emit(vm::Op::CLOSE, at); return;
    case BuiltinId::Delete: emit(vm::Op::MAPDEL, at, Reg(at + 1), ref(rtype(c->args[0]->type))); return;
    default: return;
  }
}

void Compiler::builtin_call(CallExpr* c, Reg dst) {
  BuiltinId id = builtin_id(c->fun);
  Reg mark = fs_->next;
  auto kind_of = [&](Expr* x) { return underlying(x->type)->kind; };
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Expr* x = c->args[0];
      Type* u = underlying(x->type);
      bool len = id == BuiltinId::Len;
      if (u->kind == TypeKind::Pointer) u = underlying(static_cast<Pointer*>(u)->elem);
      if (u->kind == TypeKind::Array) {
        // not constant only because x has calls or receives: evaluate them
        Reg r = alloc(slots(x->type));
        expr(x, r);
        load_int(dst, static_cast<Array*>(u)->len);
        break;
      }
      Reg r = operand(x);
      if (u->kind == TypeKind::Map) emit(vm::Op::MAPLEN, dst, r);
      else if (u->kind == TypeKind::Chan) emit(len ? vm::Op::CHANLEN : vm::Op::CHANCAP, dst, r);
      else emit(vm::Op::MOVE, dst, Reg(r + (len ? 1 : 2)));  // string, slice
      break;
    }
    case BuiltinId::Append: {
      Type* st = c->type;
      value_to(c->args[0], st, dst);
      if (c->args.size() == 1) break;
      if (c->has_dots) {
        Expr* y = c->args[1];
        Reg r = operand(y);
        bool is_str = underlying(y->type)->kind == TypeKind::Basic;
        emit(vm::Op::APPENDSL, dst, r);
        emit_ext(ref(rtype(st)), is_str ? 1 : 0);
        break;
      }
      Type* elem = static_cast<Slice*>(underlying(st))->elem;
      uint32_t es = slots(elem);
      size_t n = c->args.size() - 1;
      Reg vals = alloc(uint32_t(es * n));
      for (size_t i = 0; i < n; ++i) value_to(c->args[i + 1], elem, Reg(vals + i * es));
      emit(vm::Op::APPEND, dst, vals, uint32_t(n));
      emit_ext(ref(rtype(st)));
      break;
    }
    case BuiltinId::Copy: {
      Reg d = operand(c->args[0]);
      Reg s = operand(c->args[1]);
      bool is_str = kind_of(c->args[1]) == TypeKind::Basic;
      emit(vm::Op::COPY, dst, d, s);
      emit_ext(ref(rtype(c->args[0]->type)), is_str ? 1 : 0);
      break;
    }
    case BuiltinId::Make: {
      Type* t = c->args[0]->type;
      Type* u = underlying(t);
      if (u->kind == TypeKind::Slice) {
        Reg lc = alloc(2);
        expr(c->args[1], lc);
        if (c->args.size() > 2) expr(c->args[2], Reg(lc + 1));
        else emit(vm::Op::MOVE, Reg(lc + 1), lc);
        emit(vm::Op::MAKESLICE, dst, ref(rtype(t)), lc);
      } else {
        Reg n = alloc(1);
        if (c->args.size() > 1) expr(c->args[1], n);
        else load_int(n, 0);
        emit(u->kind == TypeKind::Map ? vm::Op::MAKEMAP : vm::Op::MAKECHAN, dst, ref(rtype(t)), n);
      }
      break;
    }
    case BuiltinId::New: emit(vm::Op::NEW, dst, ref(rtype(c->args[0]->type))); break;
    case BuiltinId::Recover: emit(vm::Op::RECOVER, dst); break;
    case BuiltinId::Panic:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Close:
    case BuiltinId::Delete: {
      uint32_t n = 0;
      for (Expr* a : c->args) n += slots(default_type(a->type));
      Reg at = alloc(std::max<uint32_t>(n, 3));
      builtin_args(c, id, at);
      builtin_op(c, id, at);
      break;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      Type* t = c->type;
      const vm::RType* rt = rtype(t);
      bool is_min = id == BuiltinId::Min;
      vm::Op op;
      switch (rt->kind) {
        case RKind::String: op = is_min ? vm::Op::SMIN : vm::Op::SMAX; break;
        case RKind::Float32: case RKind::Float64: op = is_min ? vm::Op::FMIN : vm::Op::FMAX; break;
        case RKind::Uint: case RKind::Uint8: case RKind::Uint16: case RKind::Uint32: case RKind::Uint64:
        case RKind::Uintptr:
          op = is_min ? vm::Op::MINU : vm::Op::MAXU;
          break;
        default: op = is_min ? vm::Op::MIN : vm::Op::MAX; break;
      }
      Reg acc = alloc(rt->slots);
      value_to(c->args[0], t, acc);
      Reg y = alloc(rt->slots);
      for (size_t i = 1; i < c->args.size(); ++i) {
        value_to(c->args[i], t, y);
        emit(op, acc, acc, y);
      }
      emit(vm::Op::MOVEN, dst, acc, rt->slots);
      break;
    }
    case BuiltinId::Clear: {
      Reg r = operand(c->args[0]);
      if (kind_of(c->args[0]) == TypeKind::Map) emit(vm::Op::MAPCLEAR, r);
      else emit(vm::Op::SLICECLEAR, r, ref(rtype(c->args[0]->type)));
      break;
    }
    case BuiltinId::Complex: {
      // both parts into temporaries first: dst may be a variable they read
      Reg re = operand(c->args[0]);
      Reg im = operand(c->args[1]);
      emit(vm::Op::MOVE, dst, re);
      emit(vm::Op::MOVE, dst + 1, im);
      break;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      Reg z = operand(c->args[0]);
      emit(vm::Op::MOVE, dst, z + (id == BuiltinId::Imag ? 1 : 0));
      break;
    }
  }
  free_to(mark);
}

}  // namespace goro::lang::detail
