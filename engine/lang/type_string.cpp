// type_string: types written as the Go compiler writes them in error
// messages (types2's typestring.go): `func(x int, ys ...string) (int, error)`,
// `struct{a int; b string "tag"}`, `map[string][]int`, `chan<- int`, `any`.
#include <string>

#include "goro/detail/fmt_strconv.hpp"
#include "types.hpp"

namespace goro::lang {
namespace {

class Writer {
 public:
  explicit Writer(std::string_view local) : local_(local) {}

  void type(const Type* t) {
    if (!t) {
      out += "<nil>";
      return;
    }
    switch (t->kind) {
      case TypeKind::Basic:
        out += static_cast<const Basic*>(t)->name;
        return;
      case TypeKind::Named:
        named(static_cast<const Named*>(t));
        return;
      case TypeKind::Pointer:
        out += '*';
        type(static_cast<const Pointer*>(t)->elem);
        return;
      case TypeKind::Slice:
        out += "[]";
        type(static_cast<const Slice*>(t)->elem);
        return;
      case TypeKind::Array: {
        auto a = static_cast<const Array*>(t);
        out += '[' + (a->len < 0 ? std::string("...") : std::to_string(a->len)) + ']';
        type(a->elem);
        return;
      }
      case TypeKind::Map: {
        auto m = static_cast<const Map*>(t);
        out += "map[";
        type(m->key);
        out += ']';
        type(m->elem);
        return;
      }
      case TypeKind::Chan:
        chan(static_cast<const Chan*>(t));
        return;
      case TypeKind::Struct:
        struct_(static_cast<const Struct*>(t));
        return;
      case TypeKind::Tuple:
        tuple(static_cast<const Tuple*>(t), false);
        return;
      case TypeKind::Signature:
        out += "func";
        signature(static_cast<const Signature*>(t));
        return;
      case TypeKind::Interface:
        interface(static_cast<const Interface*>(t));
        return;
      case TypeKind::TypeParam: {
        auto* p = static_cast<const TypeParam*>(t);
        out += p->obj ? p->obj->name : std::string_view("?");
        return;
      }
    }
  }

  // signature() writes "(params) results" (without "func"), as in method lists.
  void signature(const Signature* s) {
    tuple(s->params, s->variadic);
    const auto& results = s->results->vars;
    if (results.empty()) return;
    out += ' ';
    if (results.size() == 1 && results[0]->name.empty()) {
      type(results[0]->type);  // a single unnamed result needs no parentheses
      return;
    }
    tuple(s->results, false);
  }

  std::string out;

 private:
  void named(const Named* n) {
    const TypeName* obj = n->obj;
    if (!obj) {
      out += "<unnamed>";
      return;
    }
    if (!obj->pkg.empty() && obj->pkg != local_) {
      out += obj->pkg;
      out += '.';
    }
    out += obj->name;
  }

  // A bidirectional channel of receive-only channels needs parentheses:
  // `chan (<-chan int)` (`chan <-chan int` would parse as `chan<- chan int`).
  void chan(const Chan* c) {
    bool parens = false;
    switch (c->dir) {
      case ChanDir::Both:
        out += "chan ";
        if (c->elem && c->elem->kind == TypeKind::Chan && static_cast<const Chan*>(c->elem)->dir == ChanDir::Recv)
          parens = true;
        break;
      case ChanDir::Send:
        out += "chan<- ";
        break;
      case ChanDir::Recv:
        out += "<-chan ";
        break;
    }
    if (parens) out += '(';
    type(c->elem);
    if (parens) out += ')';
  }

  void struct_(const Struct* s) {
    out += "struct{";
    for (size_t i = 0; i < s->fields.size(); ++i) {
      if (i > 0) out += "; ";
      const Var* f = s->fields[i];
      if (!f->is_embedded) {
        out += f->name;
        out += ' ';
      }
      type(f->type);
      if (!s->tags[i].empty()) {
        out += ' ';
        goro::detail::fmt::append_quoted(out, s->tags[i], false);  // strconv.Quote, as types2
      }
    }
    out += '}';
  }

  void tuple(const Tuple* t, bool variadic) {
    out += '(';
    for (size_t i = 0; i < t->vars.size(); ++i) {
      if (i > 0) out += ", ";
      const Var* v = t->vars[i];
      if (!v->name.empty()) {
        out += v->name;
        out += ' ';
      }
      bool last = i + 1 == t->vars.size();
      if (variadic && last && v->type && v->type->kind == TypeKind::Slice) {
        out += "...";
        type(static_cast<const Slice*>(v->type)->elem);
      } else {
        type(v->type);
      }
    }
    out += ')';
  }

  void interface(const Interface* t) {
    if (t->universe_any) {
      out += "any";
      return;
    }
    if (t->methods.empty() && t->embedded.empty() && t->terms.empty() && !t->is_comparable) {
      out += "interface{}";
      return;
    }
    out += "interface{";
    bool first = true;
    for (const Func* m : t->methods) {
      if (!first) out += "; ";
      first = false;
      out += m->name;
      signature(static_cast<const Signature*>(m->type));
    }
    for (const Type* e : t->embedded) {
      if (!first) out += "; ";
      first = false;
      type(e);
    }
    if (t->is_comparable) {
      if (!first) out += "; ";
      first = false;
      out += "comparable";
    }
    for (size_t i = 0; i < t->terms.size(); ++i) {
      if (i == 0 && !first) out += "; ";
      if (i > 0) out += " | ";
      first = false;
      if (t->terms[i].tilde) out += '~';
      type(t->terms[i].type);
    }
    out += '}';
  }

  std::string_view local_;
};

}  // namespace

std::string type_string(const Type* t, std::string_view local) {
  Writer w(local);
  w.type(t);
  return std::move(w.out);
}

}  // namespace goro::lang
