// Checker types to run-time types: Go's amd64 memory layout, the register
// form's leaves, the names %T prints, and (finish_method_tables) the method
// tables interface calls use.
//
// Identical types must share one RType (assertions and interface equality
// compare type pointers), but the checker may build several Type objects
// for one type (two `[]int` written in different places), so a Type seen
// for the first time is looked up by identity among those already made.
#include <algorithm>

#include "compiler.hpp"

namespace goro::lang::detail {

using vm::Leaf;
using vm::RKind;
using vm::RType;

namespace {

Named* as_named(Type* t) { return t->kind == TypeKind::Named ? static_cast<Named*>(t) : nullptr; }

uint32_t align_up(uint32_t n, uint32_t a) { return (n + a - 1) / a * a; }

void scalar(RType& r, RKind k, uint32_t size, Leaf leaf) {
  r.kind = k;
  r.size = size;
  r.align = size;
  r.slots = 1;
  r.leaves = {leaf};
  r.offsets = {0};
}

// append_leaves() adds t's leaves to r at byte offset off.
void append_leaves(RType& r, const RType* t, uint32_t off) {
  for (uint32_t i = 0; i < t->slots; ++i) {
    r.leaves.push_back(t->leaves[i]);
    r.offsets.push_back(off + t->offsets[i]);
  }
}

}  // namespace

const RType* Compiler::rtype(Type* t) {
  if (auto it = rtypes_.find(t); it != rtypes_.end()) return it->second;
  for (auto& [seen, r] : rtype_list_) {
    if (identical(seen, t)) {
      rtypes_[t] = r;
      return r;
    }
  }
  auto owned = std::make_shared<RType>();
  RType* r = owned.get();
  prog_->owned.push_back(owned);
  // Registered before its parts so that recursive types (a struct holding a
  // pointer to itself) find it; pointers do not need their element's layout.
  rtypes_[t] = r;
  rtype_list_.emplace_back(t, r);
  r->name = type_string(t, "");
  if (auto* n = as_named(t)) {
    r->named = true;
    r->pkg = n->obj->pkg;
    // Go's %T qualifies every named type by its package name: main.T.
    if (r->pkg.empty()) r->name = std::string(n->obj->name);
  }
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      switch (static_cast<Basic*>(u)->basic) {
        case BasicKind::Bool: case BasicKind::UntypedBool: scalar(*r, RKind::Bool, 1, Leaf::U8); break;
        case BasicKind::Int8: scalar(*r, RKind::Int8, 1, Leaf::I8); break;
        case BasicKind::Uint8: scalar(*r, RKind::Uint8, 1, Leaf::U8); break;
        case BasicKind::Int16: scalar(*r, RKind::Int16, 2, Leaf::I16); break;
        case BasicKind::Uint16: scalar(*r, RKind::Uint16, 2, Leaf::U16); break;
        case BasicKind::Int32: case BasicKind::UntypedRune: scalar(*r, RKind::Int32, 4, Leaf::I32); break;
        case BasicKind::Uint32: scalar(*r, RKind::Uint32, 4, Leaf::U32); break;
        case BasicKind::Int: case BasicKind::UntypedInt: scalar(*r, RKind::Int, 8, Leaf::I64); break;
        case BasicKind::Int64: scalar(*r, RKind::Int64, 8, Leaf::I64); break;
        case BasicKind::Uint: scalar(*r, RKind::Uint, 8, Leaf::I64); break;
        case BasicKind::Uint64: scalar(*r, RKind::Uint64, 8, Leaf::I64); break;
        case BasicKind::Uintptr: scalar(*r, RKind::Uintptr, 8, Leaf::I64); break;
        case BasicKind::Float32: scalar(*r, RKind::Float32, 4, Leaf::F32); break;
        case BasicKind::Float64: case BasicKind::UntypedFloat: scalar(*r, RKind::Float64, 8, Leaf::F64); break;
        case BasicKind::String: case BasicKind::UntypedString:
          r->kind = RKind::String;
          r->size = 16, r->align = 8, r->slots = 2;
          r->leaves = {Leaf::Ptr, Leaf::I64};
          r->offsets = {0, 8};
          break;
        case BasicKind::UntypedNil:
          scalar(*r, RKind::Pointer, 8, Leaf::Ptr);
          break;
        default:  // complex and invalid: rejected before code is generated
          scalar(*r, RKind::Int, 8, Leaf::I64);
          break;
      }
      break;
    }
    case TypeKind::Pointer:
      scalar(*r, RKind::Pointer, 8, Leaf::Ptr);
      r->elem = rtype(static_cast<Pointer*>(u)->elem);
      break;
    case TypeKind::Map:
      scalar(*r, RKind::Map, 8, Leaf::Ptr);
      r->key = rtype(static_cast<Map*>(u)->key);
      r->elem = rtype(static_cast<Map*>(u)->elem);
      break;
    case TypeKind::Chan:
      scalar(*r, RKind::Chan, 8, Leaf::Ptr);
      r->elem = rtype(static_cast<Chan*>(u)->elem);
      r->dir = static_cast<Chan*>(u)->dir;
      break;
    case TypeKind::Signature: {
      scalar(*r, RKind::Func, 8, Leaf::Ptr);
      auto* s = static_cast<Signature*>(u);
      for (Var* p : s->params->vars) r->params.push_back(rtype(p->type));
      for (Var* p : s->results->vars) r->results.push_back(rtype(p->type));
      r->variadic = s->variadic;
      break;
    }
    case TypeKind::Slice:
      r->kind = RKind::Slice;
      r->size = 24, r->align = 8, r->slots = 3;
      r->leaves = {Leaf::Ptr, Leaf::I64, Leaf::I64};
      r->offsets = {0, 8, 16};
      r->elem = rtype(static_cast<Slice*>(u)->elem);
      break;
    case TypeKind::Interface: {
      r->kind = RKind::Interface;
      r->size = 16, r->align = 8, r->slots = 2;
      r->leaves = {Leaf::Ptr, Leaf::I64};
      r->offsets = {0, 8};
      auto* it = static_cast<Interface*>(u);
      complete(it);
      for (Func* m : it->all_methods) r->imethods.push_back(m->name);
      std::sort(r->imethods.begin(), r->imethods.end());
      break;
    }
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(u);
      const RType* e = rtype(a->elem);
      r->kind = RKind::Array;
      r->elem = e;
      r->len = a->len < 0 ? 0 : a->len;
      r->align = e->align;
      r->size = uint32_t(e->size * r->len);
      r->slots = uint32_t(e->slots * r->len);
      for (int64_t i = 0; i < r->len; ++i) append_leaves(*r, e, uint32_t(i * e->size));
      break;
    }
    case TypeKind::Struct: {
      auto* s = static_cast<Struct*>(u);
      r->kind = RKind::Struct;
      uint32_t off = 0, slot = 0, align = 1;
      for (Var* f : s->fields) {
        const RType* ft = rtype(f->type);
        off = align_up(off, ft->align);
        r->fields.push_back({f->name, ft, off, slot, f->is_embedded, f->exported()});
        append_leaves(*r, ft, off);
        off += ft->size;
        slot += ft->slots;
        align = std::max(align, ft->align);
      }
      // Go pads a struct ending in a zero-size field so &s.last stays
      // inside it; harmless to skip here: nothing takes such addresses apart.
      r->align = align;
      r->size = align_up(off, align);
      r->slots = slot;
      break;
    }
    default:
      scalar(*r, RKind::Int, 8, Leaf::I64);
      break;
  }
  r->direct = r->slots == 1;
  r->comparable = comparable(t);
  return r;
}

}  // namespace goro::lang::detail
