// Method sets and what interfaces call through them.
//
// An interface holds a type and a data word (value.hpp): the value itself
// for a direct type (one slot), else a pointer to a heap copy. A method
// table entry takes that word, then the method's parameters; where the
// declared method wants something else (a value receiver of a struct,
// whose word is a pointer; a method promoted from an embedded field; a
// method of an embedded interface) a wrapper Proto converts: it walks the
// embedded fields and loads the receiver. Method values (x.M) reuse the
// same wrappers, reached through a closure holding the word.
#include <algorithm>
#include <map>

#include "compiler.hpp"

namespace goro::lang::detail {

namespace {

Type* deref(Type* t, bool* was_ptr) {
  Type* u = underlying(t);
  *was_ptr = u->kind == TypeKind::Pointer;
  return *was_ptr ? static_cast<Pointer*>(u)->elem : t;
}

}  // namespace

std::vector<std::pair<std::string_view, MethodEntry>> Compiler::method_set(Type* t) {
  struct Cand {
    Type* type;  // a named or struct type (not a pointer)
    std::vector<int> path;
    bool addressable;  // pointer-receiver methods are in the set
  };
  bool top_ptr;
  Type* base = deref(t, &top_ptr);
  if (top_ptr && underlying(base)->kind == TypeKind::Pointer) return {};
  std::map<std::string_view, MethodEntry> out;
  std::map<std::string_view, bool> decided;  // name -> taken at a shallower depth
  std::vector<Cand> level{{base, {}, top_ptr}};
  std::vector<const Type*> seen;
  while (!level.empty()) {
    std::map<std::string_view, std::pair<int, MethodEntry>> found;
    std::map<std::string_view, bool> includable;
    std::vector<Cand> next;
    for (Cand& c : level) {
      Type* ty = c.type;
      if (ty->kind == TypeKind::Named) {
        if (std::find(seen.begin(), seen.end(), ty) != seen.end()) continue;
        seen.push_back(ty);
        for (Func* m : static_cast<Named*>(ty)->methods) {
          auto& f = found[m->name];
          ++f.first;
          f.second = MethodEntry{m, c.path, false};
          includable[m->name] = !m->has_ptr_recv || c.addressable;
        }
      }
      Type* u = underlying(ty);
      if (u->kind == TypeKind::Interface) {
        if (c.path.empty()) continue;  // an interface type's own set is not a table
        auto* it = static_cast<Interface*>(u);
        complete(it);
        for (Func* m : it->all_methods) {
          auto& f = found[m->name];
          ++f.first;
          f.second = MethodEntry{m, c.path, true};
          includable[m->name] = true;
        }
        continue;
      }
      if (u->kind != TypeKind::Struct) continue;
      auto* st = static_cast<Struct*>(u);
      for (size_t i = 0; i < st->fields.size(); ++i) {
        Var* f = st->fields[i];
        // a field hides methods of its name at this depth and deeper
        auto& fo = found[f->name];
        ++fo.first;
        fo.second = MethodEntry{};
        if (!f->is_embedded) continue;
        bool ptr;
        Type* ft = deref(f->type, &ptr);
        std::vector<int> path = c.path;
        path.push_back(int(i));
        next.push_back({ft, std::move(path), c.addressable || ptr});
      }
    }
    for (auto& [name, f] : found) {
      if (decided.count(name)) continue;
      decided[name] = true;
      if (f.first != 1 || !f.second.fn || !includable[name]) continue;
      out[name] = std::move(f.second);
    }
    level = std::move(next);
  }
  return {out.begin(), out.end()};
}

// A wrapper's receiver walk: from the interface data word of type t, along
// e.path, to the receiver e.fn wants, left at dst (or, for an interface's
// method, the interface value at dst). Emitted into the current function.
static void walk_to_receiver(Compiler& c, Type* t, const MethodEntry& e, Reg word, Reg dst) {
  const vm::RType* rt = c.rtype(t);
  bool ptr;
  Type* cur = deref(t, &ptr);
  // addr: the current value's address in a register; or val: its registers
  bool have_addr = ptr || !rt->direct;
  Reg at = word;
  uint32_t offset = 0;
  for (int i : e.path) {
    auto* st = static_cast<Struct*>(underlying(cur));
    const vm::RType* srt = c.rtype(cur);
    const vm::RField& f = srt->fields[size_t(i)];
    Var* fv = st->fields[size_t(i)];
    bool fptr;
    Type* next = deref(fv->type, &fptr);
    if (have_addr) {
      offset += f.offset;
      if (fptr) {
        Reg r = c.alloc(1);
        c.emit(vm::Op::LD64, r, at, offset);
        at = r, offset = 0;
      }
    } else {
      at = Reg(at + f.slot);
      if (fptr) have_addr = true;
    }
    cur = next;
  }
  if (e.via_interface) {
    c.load_place(have_addr ? Place{Place::Mem, cur, 0, at, offset} : Place{Place::Regs, cur, at}, dst);
    return;
  }
  if (e.fn->has_ptr_recv) {
    if (offset) c.emit(vm::Op::ADDP, dst, at, offset);
    else c.emit(vm::Op::MOVE, dst, at);
    return;
  }
  c.load_place(have_addr ? Place{Place::Mem, cur, 0, at, offset} : Place{Place::Regs, cur, at}, dst);
}

// emit_method_call() calls e's method on the receiver found from the data
// word in register word, with the parameters at R[params..] (n slots), and
// returns the results. A fresh FuncState must be current.
static void emit_method_call(Compiler& c, Type* t, const MethodEntry& e, Reg word, Reg params, uint32_t n) {
  auto* sig = static_cast<Signature*>(e.fn->type);
  uint32_t nres = 0;
  for (Var* r : sig->results->vars) nres += c.slots(r->type);
  if (e.via_interface) {
    Reg iface = c.alloc(2);
    walk_to_receiver(c, t, e, word, iface);
    Reg base = c.alloc(std::max(1 + n, nres));
    if (n) c.emit(vm::Op::MOVEN, base + 1, params, n);
    c.emit(vm::Op::CALLI, base, iface, c.ref(c.intern(e.fn->name).data()));
    c.emit(vm::Op::RET, base, nres);
    return;
  }
  uint32_t recv = e.fn->has_ptr_recv ? 1 : c.slots(sig->recv->type);
  Reg base = c.alloc(std::max(recv + n, nres));
  walk_to_receiver(c, t, e, word, base);
  if (n) c.emit(vm::Op::MOVEN, base + recv, params, n);
  c.emit(vm::Op::CALL, base, c.ref(c.proto_of(e.fn)));
  c.emit(vm::Op::RET, base, nres);
}

namespace {

// WrapperFrame makes a Proto the current function while its body is emitted.
struct WrapperFrame {
  Compiler& c;
  FuncState fs;
  FuncState* saved;
  WrapperFrame(Compiler& c, vm::Proto* p) : c(c), saved(c.fs_) {
    fs.proto = p;
    c.fs_ = &fs;
  }
  ~WrapperFrame() {
    fs.proto->frame_size = std::max<uint32_t>(fs.max, std::max(fs.proto->nparams, fs.proto->nresults));
    c.fs_ = saved;
  }
};

uint32_t param_slots(Compiler& c, Signature* sig, uint32_t* nres) {
  uint32_t n = 0;
  *nres = 0;
  for (Var* v : sig->params->vars) n += c.slots(v->type);
  for (Var* v : sig->results->vars) *nres += c.slots(v->type);
  return n;
}

std::string method_name(Type* t, std::string_view m) {
  std::string tn = reflect_name(t);
  if (tn[0] == '*') tn = "(" + tn + ")";
  return tn + "." + std::string(m);
}

}  // namespace

vm::Proto* Compiler::iface_method(Type* t, const MethodEntry& e) {
  const vm::RType* rt = rtype(t);
  bool ptr;
  deref(t, &ptr);
  // The declared method already takes the word: a pointer receiver in a
  // pointer's table, or a value receiver of a direct type.
  if (e.path.empty() && !e.via_interface && (e.fn->has_ptr_recv ? ptr : (!ptr && rt->direct)))
    return proto_of(e.fn);
  std::string key = "i:" + std::to_string(uintptr_t(rt)) + ":" + std::string(e.fn->name);
  if (auto it = wrappers_.find(key); it != wrappers_.end()) return it->second;
  vm::Proto* p = new_proto(method_name(t, e.fn->name));
  wrappers_[key] = p;
  uint32_t nres;
  uint32_t n = param_slots(*this, static_cast<Signature*>(e.fn->type), &nres);
  p->nparams = 1 + n;
  p->nresults = nres;
  WrapperFrame w(*this, p);
  alloc(1 + n);
  emit_method_call(*this, t, e, 0, 1, n);
  return p;
}

vm::Proto* Compiler::method_expr(Type* t, const MethodEntry& e) {
  const vm::RType* rt = rtype(t);
  std::string key = "x:" + std::to_string(uintptr_t(rt)) + ":" + std::string(e.fn->name);
  if (auto it = wrappers_.find(key); it != wrappers_.end()) return it->second;
  vm::Proto* p = new_proto(method_name(t, e.fn->name));
  wrappers_[key] = p;
  uint32_t nres;
  uint32_t n = param_slots(*this, static_cast<Signature*>(e.fn->type), &nres);
  const bool iface = underlying(t)->kind == TypeKind::Interface;
  const uint32_t recv = iface ? 2 : rt->slots;
  p->nparams = recv + n;
  p->nresults = nres;
  WrapperFrame w(*this, p);
  alloc(recv + n);
  if (iface) {
    // the interface's dynamic method, as x.M(...) calls it
    Reg base = alloc(std::max(1 + n, nres));
    if (n) emit(vm::Op::MOVEN, base + 1, recv, n);
    emit(vm::Op::CALLI, base, 0, ref(intern(e.fn->name).data()));
    emit(vm::Op::RET, base, nres);
  } else {
    // a copy of the value, addressed as an interface holding it would be
    Reg word = alloc(1);
    emit(vm::Op::BOX, word, 0, ref(rt));
    emit_method_call(*this, t, e, word, recv, n);
  }
  return p;
}

vm::Proto* Compiler::bound_method(Type* t, const MethodEntry& e) {
  const vm::RType* rt = rtype(t);
  std::string key = "b:" + std::to_string(uintptr_t(rt)) + ":" + std::string(e.fn->name);
  if (auto it = wrappers_.find(key); it != wrappers_.end()) return it->second;
  vm::Proto* p = new_proto(method_name(t, e.fn->name) + "-fm");
  wrappers_[key] = p;
  uint32_t nres;
  uint32_t n = param_slots(*this, static_cast<Signature*>(e.fn->type), &nres);
  p->nparams = n;
  p->nresults = nres;
  WrapperFrame w(*this, p);
  alloc(n);
  Reg word = alloc(1);
  emit(vm::Op::GETCAP, word, 0);
  emit(vm::Op::LD64, word, word, 0);
  emit_method_call(*this, t, e, word, 0, n);
  return p;
}

bool Compiler::finish_method_tables() {
  bool made = false;
  // rtype_list_ grows while tables are filled (signatures of methods).
  for (; tables_done_ < rtype_list_.size(); ++tables_done_) {
    auto [t, r] = rtype_list_[tables_done_];
    if (underlying(t)->kind == TypeKind::Interface) continue;
    bool ptr;
    Type* base = deref(t, &ptr);
    if (base->kind != TypeKind::Named && underlying(base)->kind != TypeKind::Struct) continue;
    for (auto& [name, e] : method_set(t)) {
      vm::RMethod m;
      auto* sig = static_cast<Signature*>(e.fn->type);
      m.name = intern(e.fn->name);
      m.fn = iface_method(t, e);
      // the signature without its receiver: what fmt's Stringer check and
      // assertions to interfaces compare
      m.type = rtype(types_.signature(nullptr, sig->params, sig->results, sig->variadic));
      r->methods.push_back(m);
      made = true;
    }
  }
  return made;
}

}  // namespace goro::lang::detail
