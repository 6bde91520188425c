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

// basic_kind() is the run-time kind of a predeclared type (untyped
// constants take their default type's), or false for any other type.
bool basic_kind(Type* t, RKind* k) {
  if (t->kind != TypeKind::Basic) return false;
  switch (static_cast<Basic*>(t)->basic) {
    case BasicKind::Bool: case BasicKind::UntypedBool: *k = RKind::Bool; return true;
    case BasicKind::Int: case BasicKind::UntypedInt: *k = RKind::Int; return true;
    case BasicKind::Int8: *k = RKind::Int8; return true;
    case BasicKind::Int16: *k = RKind::Int16; return true;
    case BasicKind::Int32: case BasicKind::UntypedRune: *k = RKind::Int32; return true;
    case BasicKind::Int64: *k = RKind::Int64; return true;
    case BasicKind::Uint: *k = RKind::Uint; return true;
    case BasicKind::Uint8: *k = RKind::Uint8; return true;
    case BasicKind::Uint16: *k = RKind::Uint16; return true;
    case BasicKind::Uint32: *k = RKind::Uint32; return true;
    case BasicKind::Uint64: *k = RKind::Uint64; return true;
    case BasicKind::Uintptr: *k = RKind::Uintptr; return true;
    case BasicKind::Float32: *k = RKind::Float32; return true;
    case BasicKind::Float64: case BasicKind::UntypedFloat: *k = RKind::Float64; return true;
    case BasicKind::Complex64: *k = RKind::Complex64; return true;
    case BasicKind::Complex128: case BasicKind::UntypedComplex: *k = RKind::Complex128; return true;
    case BasicKind::String: case BasicKind::UntypedString: *k = RKind::String; return true;
    default: return false;
  }
}

void join_types(std::string& out, const std::vector<Var*>& vars, bool variadic);

}  // namespace

// reflect_name() spells t as reflect (and so %T and panic messages) does:
// "[]uint8" for []byte, "interface {}", "struct { X int }", "func(int) string",
// named types qualified by their package's name ("main.T", "time.Duration").
std::string reflect_name(Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      RKind k;
      if (basic_kind(t, &k)) return vm::basic_rtype(k)->name;
      return std::string(static_cast<Basic*>(t)->name);
    }
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      if (n->obj->pkg.empty()) return std::string(n->obj->name);
      return std::string(n->obj->pkg) + "." + std::string(n->obj->name);
    }
    case TypeKind::Pointer: return "*" + reflect_name(static_cast<Pointer*>(t)->elem);
    case TypeKind::Slice: return "[]" + reflect_name(static_cast<Slice*>(t)->elem);
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(t);
      return "[" + std::to_string(a->len) + "]" + reflect_name(a->elem);
    }
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(t);
      return "map[" + reflect_name(m->key) + "]" + reflect_name(m->elem);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<Chan*>(t);
      const char* pre = c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      std::string e = reflect_name(c->elem);
      // chan (<-chan int): reflect parenthesizes a receive-only element
      if (c->dir == ChanDir::Both && c->elem->kind == TypeKind::Chan &&
          static_cast<Chan*>(c->elem)->dir == ChanDir::Recv)
        e = "(" + e + ")";
      return pre + e;
    }
    case TypeKind::Signature: {
      auto* s = static_cast<Signature*>(t);
      std::string out = "func(";
      join_types(out, s->params->vars, s->variadic);
      out += ")";
      auto& res = s->results->vars;
      if (res.size() == 1) {
        out += " " + reflect_name(res[0]->type);
      } else if (res.size() > 1) {
        out += " (";
        join_types(out, res, false);
        out += ")";
      }
      return out;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<Interface*>(t);
      complete(it);
      if (it->all_methods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < it->all_methods.size(); ++i) {
        if (i) out += "; ";
        Func* m = it->all_methods[i];
        out += std::string(m->name) + reflect_name(m->type).substr(4);  // drop "func"
      }
      return out + " }";
    }
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(t);
      if (st->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        if (i) out += "; ";
        Var* f = st->fields[i];
        if (!f->is_embedded) out += std::string(f->name) + " ";
        out += reflect_name(f->type);
      }
      return out + " }";
    }
    default: return type_string(t, "");
  }
}

namespace {

void join_types(std::string& out, const std::vector<Var*>& vars, bool variadic) {
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i) out += ", ";
    if (variadic && i + 1 == vars.size() && vars[i]->type->kind == TypeKind::Slice)
      out += "..." + reflect_name(static_cast<Slice*>(vars[i]->type)->elem);
    else
      out += reflect_name(vars[i]->type);
  }
}

}  // namespace

const RType* Compiler::rtype(Type* t) {
  if (auto it = rtypes_.find(t); it != rtypes_.end()) return it->second;
  ++rtype_depth_;
  const RType* r = make_rtype(t);
  if (rtype_depth_ == 1) {
    // the outermost call: every layout is done, link the indirect types
    // (which may make more types, whose own links join the queue)
    while (!rtype_links_.empty()) {
      std::function<void()> link = std::move(rtype_links_.back());
      rtype_links_.pop_back();
      link();
    }
  }
  --rtype_depth_;
  return r;
}

void Compiler::link_rtype(const RType** slot, Type* t) {
  rtype_links_.push_back([this, slot, t] { *slot = rtype(t); });
}

const RType* Compiler::make_rtype(Type* t) {
  // The predeclared types are the runtime's own (rtype.hpp basic_rtype()):
  // values natives make must have the types Go code compares against.
  if (RKind k; basic_kind(t, &k)) {
    const RType* b = vm::basic_rtype(k);
    rtypes_[t] = b;
    return b;
  }
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
  // pointer to itself) find it; what is reached through an indirection is
  // linked in once every layout is done (rtype_links_).
  rtypes_[t] = r;
  rtype_list_.emplace_back(t, r);
  r->name = reflect_name(t);
  if (auto* n = as_named(t)) {
    r->named = true;
    r->pkg = intern(n->obj->pkg);
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
        case BasicKind::Complex64: case BasicKind::Complex128: {
          // two float leaves, laid out as the predeclared type's
          const vm::RType* b = vm::basic_rtype(static_cast<Basic*>(u)->basic == BasicKind::Complex64
                                                   ? RKind::Complex64 : RKind::Complex128);
          r->kind = b->kind;
          r->size = b->size, r->align = b->align, r->slots = b->slots;
          r->leaves = b->leaves;
          r->offsets = b->offsets;
          break;
        }
        default:  // invalid: rejected before code is generated
          scalar(*r, RKind::Int, 8, Leaf::I64);
          break;
      }
      break;
    }
    case TypeKind::Pointer:
      scalar(*r, RKind::Pointer, 8, Leaf::Ptr);
      link_rtype(&r->elem, static_cast<Pointer*>(u)->elem);
      break;
    case TypeKind::Map:
      scalar(*r, RKind::Map, 8, Leaf::Ptr);
      link_rtype(&r->key, static_cast<Map*>(u)->key);
      link_rtype(&r->elem, static_cast<Map*>(u)->elem);
      break;
    case TypeKind::Chan:
      scalar(*r, RKind::Chan, 8, Leaf::Ptr);
      link_rtype(&r->elem, static_cast<Chan*>(u)->elem);
      r->dir = static_cast<Chan*>(u)->dir;
      break;
    case TypeKind::Signature: {
      scalar(*r, RKind::Func, 8, Leaf::Ptr);
      auto* s = static_cast<Signature*>(u);
      r->params.resize(s->params->vars.size());
      r->results.resize(s->results->vars.size());
      for (size_t i = 0; i < r->params.size(); ++i) link_rtype(&r->params[i], s->params->vars[i]->type);
      for (size_t i = 0; i < r->results.size(); ++i) link_rtype(&r->results[i], s->results->vars[i]->type);
      r->variadic = s->variadic;
      break;
    }
    case TypeKind::Slice:
      r->kind = RKind::Slice;
      r->size = 24, r->align = 8, r->slots = 3;
      r->leaves = {Leaf::Ptr, Leaf::I64, Leaf::I64};
      r->offsets = {0, 8, 16};
      link_rtype(&r->elem, static_cast<Slice*>(u)->elem);
      break;
    case TypeKind::Interface: {
      r->kind = RKind::Interface;
      r->size = 16, r->align = 8, r->slots = 2;
      r->leaves = {Leaf::Ptr, Leaf::I64};
      r->offsets = {0, 8};
      auto* it = static_cast<Interface*>(u);
      complete(it);
      // all_methods is sorted by name (types.hpp)
      r->imethod_types.resize(it->all_methods.size());
      for (size_t i = 0; i < it->all_methods.size(); ++i) {
        auto* sig = static_cast<Signature*>(it->all_methods[i]->type);
        r->imethods.push_back(intern(it->all_methods[i]->name));
        link_rtype(&r->imethod_types[i], types_.signature(nullptr, sig->params, sig->results, sig->variadic));
      }
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
        r->fields.push_back({intern(f->name), ft, off, slot, f->is_embedded, f->exported()});
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
  r->direct = fits_data_word(*r);
  r->comparable = comparable(t);
  return r;
}

}  // namespace goro::lang::detail
