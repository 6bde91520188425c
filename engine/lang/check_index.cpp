// check_index.cpp: index and slice expressions (types2's index.go): x[i]
// on strings, arrays, pointers to arrays, slices and maps; x[i:j:k]; and
// the checks of constant indices against known lengths.
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {

// index_expr() is x[i] (or a generic function's instantiation f[T]); x
// and i are checked here, the rest out of line (indexable(), ...), off the
// recursion's frames.
void Checker::index_expr(Operand& x, IndexExpr* e) {
  expr_or_type(x, e->x, true);
  if (x.invalid()) {
    use(e->index);
    return x.invalidate(e);
  }
  if (x.mode == Mode::TypeExpr) {
    Type* t = typexpr(e);
    x.invalidate(e);
    x.type = t;
    if (!is_invalid(t)) x.mode = Mode::TypeExpr;
    return;
  }
  if (auto* sig = as_signature(x.type); sig && !sig->tparams.empty() && x.mode == Mode::Value) {
    return generic_instance(x, e, sig);
  }
  if (e->index.empty()) {
    cold([&] { error_at(e, "missing index for " + expr_string(e->x)); });
    return x.invalidate(e);
  }
  int64_t length = -1;
  Type* key = nullptr;
  if (!indexable(x, e, &length, &key)) {
    use(e->index);
    return x.invalidate(e);
  }
  if (e->index.size() > 1) cold([&] { error_at(e->index[1], "invalid operation: more than one index"); });
  if (key) {
    Operand k;
    expr(k, e->index[0]);
    assignment(k, key, "map index");
  } else {
    int64_t v;
    index(e->index[0], length, &v);
  }
  x.expr = e;
  x.is_nil = false;
}

// generic_instance() is f[T] without a call: f instantiated with the given
// type arguments.
void Checker::generic_instance(Operand& x, IndexExpr* e, Signature* sig) {
  std::vector<Type*> targs;
  for (Expr* i : e->index) targs.push_back(vartype(i));
  std::vector<Operand> none;
  if (targs.size() != sig->tparams.size()) {
    error_at(e, "cannot use generic function " + expr_string(e->x) + " without instantiation");
    return x.invalidate(e);
  }
  CallExpr fake(e->pos);
  fake.fun = e;
  Signature* inst = infer_and_instantiate(&fake, sig, none, targs);
  if (!inst) return x.invalidate(e);
  x.invalidate(e);
  x.mode = Mode::Value;
  x.type = inst;
}

// indexable() gives x, indexed by e, the mode and type of its element;
// *length is x's constant length (-1 if none), *key a map's key type (null
// if x is no map). False, reported, if x cannot be indexed.
bool Checker::indexable(Operand& x, IndexExpr* e, int64_t* length, Type** key) {
  Type* u = is_type_param(x.type) ? core_type(x.type) : underlying(x.type);
  if (u) {
    switch (u->kind) {
      case TypeKind::Basic:
        if (!is_string(u)) break;
        if (x.mode == Mode::Constant) *length = int64_t(constant::string_val(x.val).size());
        x.mode = Mode::Value;
        x.type = byte_type();
        return true;
      case TypeKind::Array:
        *length = static_cast<Array*>(u)->len;
        if (x.mode != Mode::Variable) x.mode = Mode::Value;
        x.type = static_cast<Array*>(u)->elem;
        return true;
      case TypeKind::Pointer:
        if (Type* a = underlying(static_cast<Pointer*>(u)->elem); a && a->kind == TypeKind::Array) {
          *length = static_cast<Array*>(a)->len;
          x.mode = Mode::Variable;
          x.type = static_cast<Array*>(a)->elem;
          return true;
        }
        break;
      case TypeKind::Slice:
        x.mode = Mode::Variable;
        x.type = static_cast<Slice*>(u)->elem;
        return true;
      case TypeKind::Map:
        *key = static_cast<Map*>(u)->key;
        x.mode = Mode::MapIndex;
        x.type = static_cast<Map*>(u)->elem;
        return true;
      default: break;
    }
  }
  error_at(x.expr, "invalid operation: cannot index " + operand_string(x));
  (void)e;
  return false;
}

// slice_expr() is x[i:j:k]; x and the indices are checked here, the rest
// out of line (sliceable(), check_slice_indices()).
void Checker::slice_expr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    for (Expr* i : e->index) use(i);
    return x.invalidate(e);
  }
  int64_t length = -1;
  if (!sliceable(x, e, &length)) return x.invalidate(e);
  x.mode = Mode::Value;
  if (e->full && (!e->index[1] || !e->index[2])) {
    return x.invalidate(e);  // the parser reported it
  }
  int64_t ind[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v = -1;
    if (e->index[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got = -1;
      index(e->index[i], max, &got);
      if (got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  check_slice_indices(e, ind);
  x.expr = e;
  x.is_nil = false;
}

// sliceable() gives x, sliced by e, its result type, and *length its
// constant length (-1 if none). False, reported, if x cannot be sliced.
bool Checker::sliceable(Operand& x, SliceExpr* e, int64_t* length) {
  Type* u = core_type(x.type);
  if (!u) {
    error_at(x.expr, "invalid operation: cannot slice " + operand_string(x) + ": " + tstr(x.type) +
                         " has no core type");
    return false;
  }
  switch (u->kind) {
    case TypeKind::Basic:
      if (!is_string(u)) break;
      if (e->full) {
        error_at(e->index[2] ? static_cast<Node*>(e->index[2]) : e, "invalid operation: 3-index slice of string");
        return false;
      }
      if (x.mode == Mode::Constant) *length = int64_t(constant::string_val(x.val).size());
      if (lang::is_untyped(x.type)) {
        update_expr_type(x.expr, basic_type(BasicKind::String), true);
        x.type = basic_type(BasicKind::String);
      }
      return true;
    case TypeKind::Array:
      *length = static_cast<Array*>(u)->len;
      if (x.mode != Mode::Variable) {
        error_at(x.expr, "invalid operation: " + operand_string(x) + " (slice of unaddressable value)");
        return false;
      }
      x.type = types_.slice(static_cast<Array*>(u)->elem);
      return true;
    case TypeKind::Pointer:
      if (Type* a = underlying(static_cast<Pointer*>(u)->elem); a && a->kind == TypeKind::Array) {
        *length = static_cast<Array*>(a)->len;
        x.type = types_.slice(static_cast<Array*>(a)->elem);
        return true;
      }
      break;
    case TypeKind::Slice: return true;
    default: break;
  }
  error_at(x.expr, "invalid operation: cannot slice " + operand_string(x));
  return false;
}

// check_slice_indices() reports constant indices of e out of order (ind:
// their values, -1 where not known).
void Checker::check_slice_indices(SliceExpr* e, const int64_t ind[3]) {
  for (int i = 0; i < 2; ++i) {
    if (ind[i] <= 0) continue;
    for (int j = i + 1; j < 3; ++j) {
      if (ind[j] >= 0 && ind[j] < ind[i] && e->index[j]) {
        error_at(e->index[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        return;
      }
    }
  }
}

// index() checks an index (or size) expression; max >= 0 bounds a
// constant one. Returns its type (invalid on error) and, for a constant,
// its value in *value (-1 otherwise).
Type* Checker::index(Expr* idx, int64_t max, int64_t* value) {
  Operand x;
  expr(x, idx);
  return index_value(x, idx, max, value);
}

// index_value() is index() once idx is checked (into x), out of line.
Type* Checker::index_value(Operand& x, Expr* idx, int64_t max, int64_t* value) {
  *value = -1;
  if (!valid_index(x, "index", false)) return basic_type(BasicKind::Invalid);
  if (x.mode != Mode::Constant) return x.type;
  if (x.val.is_unknown()) return basic_type(BasicKind::Invalid);
  auto v = constant::int64_val(constant::to_int(x.val));
  if (!v) return basic_type(BasicKind::Invalid);
  if (max >= 0 && *v >= max) {
    error_at(idx, "invalid argument: index " + x.val.to_string() + " out of bounds [0:" + std::to_string(max) + "]");
    return basic_type(BasicKind::Invalid);
  }
  *value = *v;
  return x.type;
}

bool Checker::valid_index(Operand& x, std::string_view what, bool allow_negative) {
  if (x.invalid()) return false;
  convert_untyped(x, basic_type(BasicKind::Int));
  if (x.invalid()) return false;
  if (!all_integer(x.type)) {
    error_at(x.expr, "invalid argument: " + std::string(what) + " " + operand_string(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant) {
    if (!allow_negative && constant::sign(x.val) < 0) {
      error_at(x.expr, "invalid argument: " + std::string(what) + " " + operand_string(x) + " must not be negative");
      return false;
    }
    constant::Value v;
    if (!constant::representable(x.val, BasicKind::Int, &v)) {
      error_at(x.expr, "invalid argument: " + std::string(what) + " " + operand_string(x) + " overflows int");
      return false;
    }
    x.val = v;
  }
  return true;
}

}  // namespace goro::lang::detail
