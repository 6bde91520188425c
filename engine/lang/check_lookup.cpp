// check_lookup.cpp: finding fields and methods (types2's lookup.go):
// x.f through embedded fields breadth first, where two at the same depth
// collide; method sets (pointer receivers need an addressable or pointer
// operand); and interface satisfaction with Go's reasons.
#include <cctype>

#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

bool equal_fold(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

struct Embedded {
  Type* typ;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

std::vector<int> concat(const std::vector<int>& a, int i) {
  std::vector<int> out = a;
  out.push_back(i);
  return out;
}

// consolidate() merges the embedded types found at one depth that are
// identical, marking them as multiples (their members collide).
std::vector<Embedded> consolidate(std::vector<Embedded> list) {
  std::vector<Embedded> out;
  for (Embedded& e : list) {
    bool found = false;
    for (Embedded& o : out) {
      if (identical(o.typ, e.typ)) {
        o.multiples = true;
        found = true;
        break;
      }
    }
    if (!found) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

// lookup_field_or_method() is types2's lookupFieldOrMethod: the field or
// method name of t (seen from package pkg, which matters for unexported
// names), with its index path and whether the path has a pointer
// indirection. Not found: obj null; an ambiguous name: index non-empty; a
// method that needs a pointer receiver on a non-addressable operand:
// indirect true. fold_case finds names of any case and package (for
// messages).
Checker::Lookup Checker::lookup_field_or_method(Type* t, bool addressable, std::string_view pkg, std::string_view name,
                                                bool fold_case) {
  Lookup r;
  if (!t || name == "_") return r;
  // A defined pointer type (type P *T) has no methods, but x.f selects
  // T's field f (the spec's shorthand for (*x).f), as types2 does.
  if (t->kind == TypeKind::Named) {
    Type* u = underlying(t);
    if (u && u->kind == TypeKind::Pointer) {
      r = lookup_field_or_method(u, false, pkg, name, fold_case);
      if (r.obj && r.obj->kind == ObjectKind::Func) return Lookup{};
      return r;
    }
  }
  bool is_ptr = false;
  Type* typ = deref(t, &is_ptr);
  if (!typ) return r;
  if (is_ptr && lang::is_interface(typ)) return r;
  auto match = [&](const Object* o) {
    if (fold_case) return equal_fold(o->name, name);
    return o->name == name && (o->exported() || o->pkg == pkg);
  };
  std::vector<Embedded> current{{typ, {}, is_ptr, false}};
  std::vector<Named*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
    for (Embedded& e : current) {
      Type* et = e.typ;
      if (!et) continue;
      if (et->kind == TypeKind::Named) {
        auto* n = static_cast<Named*>(et);
        if (std::find(seen.begin(), seen.end(), n) != seen.end()) continue;
        seen.push_back(n);
        bool found = false;
        for (size_t i = 0; i < n->methods.size(); ++i) {
          if (!match(n->methods[i])) continue;
          index = concat(e.index, int(i));
          if (obj || e.multiples) {
            r.index = index;
            return r;  // collision
          }
          obj = n->methods[i];
          indirect = e.indirect;
          found = true;
          break;
        }
        if (found) continue;  // a matching method excludes a field of the same name
      }
      Type* u = underlying(et);
      if (!u) continue;
      if (u->kind == TypeKind::Struct) {
        auto* s = static_cast<Struct*>(u);
        for (size_t i = 0; i < s->fields.size(); ++i) {
          Var* f = s->fields[i];
          if (match(f)) {
            index = concat(e.index, int(i));
            if (obj || e.multiples) {
              r.index = index;
              return r;  // collision
            }
            obj = f;
            indirect = e.indirect;
            continue;
          }
          if (!obj && f->is_embedded) {
            bool p = false;
            Type* ft = deref(f->type, &p);
            next.push_back({ft, concat(e.index, int(i)), e.indirect || p, e.multiples});
          }
        }
      } else if (u->kind == TypeKind::Interface) {
        auto* it = static_cast<Interface*>(u);
        complete(it);
        for (size_t i = 0; i < it->all_methods.size(); ++i) {
          if (!match(it->all_methods[i])) continue;
          index = concat(e.index, int(i));
          if (obj || e.multiples) {
            r.index = index;
            return r;  // collision
          }
          obj = it->all_methods[i];
          indirect = e.indirect;
          break;
        }
      }
    }
    if (obj) {
      if (obj->kind == ObjectKind::Func && static_cast<Func*>(obj)->has_ptr_recv && !indirect && !addressable) {
        r.indirect = true;  // a pointer (or addressable) receiver is required
        return r;
      }
      r.obj = obj;
      r.index = std::move(index);
      r.indirect = indirect;
      return r;
    }
    current = consolidate(std::move(next));
  }
  return r;
}

std::string Checker::func_string(Func* f) {
  std::string s(f->name);
  auto* sig = as_signature(f->type);
  if (!sig) return s;
  std::string t = tstr(sig);  // "func(...) ..."
  return s + t.substr(4);
}

// missing_method() is types2's missingMethod: a method of interface t that
// v lacks (null if none), with the reason in cause: "(missing method M)",
// "(method M has pointer receiver)", "(wrong type for method M)\n\t\thave
// ...\n\t\twant ...". is_static: an interface v must have all of t's
// methods (for a type assertion, only the ones it has must match).
Func* Checker::missing_method(Type* v, Type* t, bool is_static, std::string* cause) {
  Type* tu = underlying(t);
  if (!tu || tu->kind != TypeKind::Interface) return nullptr;
  auto* ti = static_cast<Interface*>(tu);
  complete(ti);
  if (ti->all_methods.empty()) return nullptr;
  enum State { Ok, NotFound, WrongName, Unexported, WrongSig, AmbigSel, PtrRecv, Field } state = Ok;
  Func* m = nullptr;
  Func* f = nullptr;
  Type* vu = underlying(v);
  if (vu && vu->kind == TypeKind::Interface) {
    auto* vi = static_cast<Interface*>(vu);
    complete(vi);
    for (Func* tm : ti->all_methods) {
      Func* found = nullptr;
      for (Func* vm : vi->all_methods) {
        if (vm->name == tm->name && (vm->exported() || vm->pkg == tm->pkg)) found = vm;
      }
      if (!found) {
        if (!is_static) continue;
        m = tm;
        state = NotFound;
        break;
      }
      if (!identical(found->type, tm->type)) {
        m = tm;
        f = found;
        state = WrongSig;
        break;
      }
    }
  } else {
    for (Func* tm : ti->all_methods) {
      Lookup l = lookup_field_or_method(v, false, tm->pkg, tm->name);
      if (!l.obj) {
        m = tm;
        if (!l.index.empty()) {
          state = AmbigSel;
        } else if (l.indirect) {
          state = PtrRecv;
        } else {
          state = NotFound;
          Lookup alt = lookup_field_or_method(v, false, tm->pkg, tm->name, true);
          if (alt.obj && alt.obj->kind == ObjectKind::Func) {
            f = static_cast<Func*>(alt.obj);
            state = f->name == tm->name ? Unexported : WrongName;
          }
        }
        break;
      }
      if (l.obj->kind != ObjectKind::Func) {
        m = tm;
        f = nullptr;
        state = Field;
        break;
      }
      if (!identical(l.obj->type, tm->type)) {
        m = tm;
        f = static_cast<Func*>(l.obj);
        state = WrongSig;
        break;
      }
    }
  }
  if (!m || state == Ok) return nullptr;
  if (cause) {
    std::string mname(m->name);
    switch (state) {
      case NotFound:
        if (is_interface_ptr(v)) {
          *cause = "(type " + tstr(v) + " is pointer to interface, not interface)";
        } else if (is_interface_ptr(t)) {
          *cause = "(type " + tstr(t) + " is pointer to interface, not interface)";
        } else {
          *cause = "(missing method " + mname + ")";
        }
        break;
      case WrongName:
        *cause = "(missing method " + mname + ")\n\t\thave " + func_string(f) + "\n\t\twant " + func_string(m);
        break;
      case Unexported: *cause = "(unexported method " + mname + ")"; break;
      case WrongSig: {
        std::string fs = func_string(f), ms = func_string(m);
        if (fs == ms) {
          *cause = "(wrong type for method " + mname + ")";
        } else {
          *cause = "(wrong type for method " + mname + ")\n\t\thave " + fs + "\n\t\twant " + ms;
        }
        break;
      }
      case AmbigSel: *cause = "(ambiguous selector " + tstr(v) + "." + mname + ")"; break;
      case PtrRecv: *cause = "(method " + mname + " has pointer receiver)"; break;
      case Field: *cause = "(" + tstr(v) + "." + mname + " is a field, not a method)"; break;
      default: break;
    }
  }
  return m;
}

// implements() is whether v implements interface t (types2's implements),
// with the reason "V does not implement T (...)" in cause.
bool Checker::implements(Type* v, Type* t, std::string* cause) {
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (is_invalid(vu) || is_invalid(tu)) return true;
  if (vu->kind == TypeKind::Pointer && is_invalid(underlying(static_cast<Pointer*>(vu)->elem))) return true;
  if (tu->kind != TypeKind::Interface) {
    if (cause) {
      std::string detail = is_interface_ptr(tu) ? "type " + tstr(t) + " is pointer to interface, not interface"
                                                : tstr(t) + " is not an interface";
      *cause = tstr(v) + " does not implement " + tstr(t) + " (" + detail + ")";
    }
    return false;
  }
  auto* ti = static_cast<Interface*>(tu);
  complete(ti);
  if (ti->all_methods.empty() && ti->all_terms.empty() && !ti->all_comparable) return true;
  std::string mcause;
  if (missing_method(v, t, true, &mcause)) {
    if (cause) *cause = tstr(v) + " does not implement " + tstr(t) + " " + mcause;
    return false;
  }
  return true;
}

// assertable_to() is whether a value of interface type v may hold a T
// (types2's assertableTo): always for an interface T; else T must have v's
// methods.
bool Checker::assertable_to(Type* v, Type* t, std::string* cause) {
  if (lang::is_interface(t)) return true;
  return !missing_method(t, v, false, cause);
}

}  // namespace goro::lang::detail
