// check_builtins.cpp: calls of the predeclared functions (types2's
// builtins.go): argument counts and types, constant results (len of a
// constant string or of an array, min/max of constants, real/imag/complex),
// and the signature each call has, recorded on its callee (check.hpp).
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {
namespace {

struct BuiltinInfo {
  std::string_view name;
  size_t nargs;
  bool variadic;
  bool statement;  // a call may stand alone as a statement
};

const BuiltinInfo& info_of(BuiltinId id) {
  static constexpr BuiltinInfo kInfo[] = {
      {"append", 1, true, false}, {"cap", 1, false, false},   {"clear", 1, false, true},
      {"close", 1, false, true},  {"complex", 2, false, false}, {"copy", 2, false, true},
      {"delete", 2, false, true}, {"imag", 1, false, false},  {"len", 1, false, false},
      {"make", 1, true, false},   {"max", 1, true, false},    {"min", 1, true, false},
      {"new", 1, false, false},   {"panic", 1, false, true},  {"print", 0, true, true},
      {"println", 0, true, true}, {"real", 1, false, false},  {"recover", 0, false, true},
  };
  return kInfo[size_t(id)];
}

Type* array_ptr_deref(Type* t) {
  Type* u = underlying(t);
  if (u && u->kind == TypeKind::Pointer) {
    Type* a = underlying(static_cast<Pointer*>(u)->elem);
    if (a && a->kind == TypeKind::Array) return a;
  }
  return u;
}

}  // namespace

bool builtin_is_statement(BuiltinId id) { return info_of(id).statement; }

// record_builtin_type() records the signature of a builtin's call on its
// name (through parentheses).
void Checker::record_builtin_type(Expr* fun, Type* result, std::vector<Type*> params, bool variadic) {
  std::vector<Var*> pv;
  for (Type* p : params) pv.push_back(types_.var_("", p, pkg_name_));
  std::vector<Var*> rv;
  if (result) rv.push_back(types_.var_("", result, pkg_name_));
  Signature* sig = types_.signature(nullptr, types_.tuple(std::move(pv)), types_.tuple(std::move(rv)), variadic);
  for (Expr* f = fun; f;) {
    record_type(f, Mode::Builtin, sig);
    auto* p = as<ParenExpr>(f);
    f = p ? p->x : nullptr;
  }
}

// builtin() is a call of a builtin: its arguments are checked here (make's
// and new's by builtin_make() and builtin_new()), the call itself out of
// line (builtin_call()), off the recursion's frames.
bool Checker::builtin(Operand& x, CallExpr* call, BuiltinId id) {
  if (call->has_dots && id != BuiltinId::Append) {
    cold([&] {
      error_at(call, "invalid operation: invalid use of ... with built-in " + std::string(info_of(id).name));
    });
    use(call->args);
    return false;
  }
  bool saved_call = has_call_or_recv_;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) has_call_or_recv_ = false;
  struct Restore {
    Checker* c;
    BuiltinId id;
    bool saved;
    ~Restore() {
      if (id == BuiltinId::Len || id == BuiltinId::Cap) c->has_call_or_recv_ = saved;
    }
  } restore{this, id, saved_call};

  if (id == BuiltinId::Make || id == BuiltinId::New) {
    if (!builtin_arity(call, id, call->args.size())) return false;
    return id == BuiltinId::Make ? builtin_make(x, call) : builtin_new(x, call);
  }
  std::vector<Operand> args = expr_list(call->args, false);
  for (Operand& a : args) {
    if (a.invalid()) return false;
  }
  if (!args.empty()) x = args[0];
  if (!builtin_arity(call, id, args.size())) return false;
  return builtin_call(x, call, id, args);
}

// builtin_arity() reports a call of a builtin with too few or too many
// arguments; true if their number is right.
bool Checker::builtin_arity(CallExpr* call, BuiltinId id, size_t nargs) {
  const BuiltinInfo& bin = info_of(id);
  std::string msg;
  if (nargs < bin.nargs) msg = "not enough";
  else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
  if (msg.empty()) return true;
  error_at(call, "invalid operation: " + msg + " arguments for " + node_string(call) + " (expected " +
                     std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
  return false;
}

// builtin_call() is the call of builtin id (not make or new) with
// arguments args, checked, x the first.
bool Checker::builtin_call(Operand& x, CallExpr* call, BuiltinId id, std::vector<Operand>& args) {
  std::string name(info_of(id).name);
  size_t nargs = args.size();
  switch (id) {
    case BuiltinId::Append: {
      Type* s = x.type;
      Type* core = core_type(s);
      if (!core || core->kind != TypeKind::Slice) {
        std::string cause = x.is_nil ? "have untyped nil" : "have " + operand_string(x);
        error_at(x.expr, "first argument to append must be a slice; " + cause);
        return false;
      }
      Type* elem = static_cast<Slice*>(core)->elem;
      // append([]byte, string...) is special
      if (nargs == 2 && call->has_dots) {
        Operand y = args[1];
        if (identical(underlying(elem), basic_type(BasicKind::Uint8)) && is_string(y.type)) {
          if (lang::is_untyped(y.type)) convert_untyped(y, basic_type(BasicKind::String));
          record_builtin_type(call->fun, s, {s, y.type}, true);
          x.mode = Mode::Value;
          x.type = s;
          return true;
        }
      }
      Signature* sig = types_.signature(nullptr,
                                        types_.tuple({types_.var_("", s, pkg_name_),
                                                      types_.var_("", types_.slice(elem), pkg_name_)}),
                                        types_.tuple({types_.var_("", s, pkg_name_)}), true);
      arguments(call, sig, args, {});
      for (Expr* f = call->fun; f;) {
        record_type(f, Mode::Builtin, sig);
        auto* p = as<ParenExpr>(f);
        f = p ? p->x : nullptr;
      }
      x.mode = Mode::Value;
      x.type = s;
      x.is_nil = false;
      return true;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      Mode mode = Mode::Invalid;
      constant::Value val;
      Type* t = array_ptr_deref(x.type);
      if (is_type_param(x.type)) {
        bool ok = type_set_all(x.type, [&](const Type* term) {
          Type* u = array_ptr_deref(const_cast<Type*>(term));
          if (!u) return false;
          switch (u->kind) {
            case TypeKind::Basic: return is_string(u) && id == BuiltinId::Len;
            case TypeKind::Array:
            case TypeKind::Slice:
            case TypeKind::Chan: return true;
            case TypeKind::Map: return id == BuiltinId::Len;
            default: return false;
          }
        });
        if (ok) mode = Mode::Value;
      } else if (t) {
        switch (t->kind) {
          case TypeKind::Basic:
            if (is_string(t) && id == BuiltinId::Len) {
              if (x.mode == Mode::Constant) {
                mode = Mode::Constant;
                val = constant::make_int64(int64_t(constant::string_val(x.val).size()));
              } else {
                mode = Mode::Value;
              }
            }
            break;
          case TypeKind::Array:
            mode = Mode::Value;
            if (!has_call_or_recv_) {
              mode = Mode::Constant;
              val = constant::make_int64(static_cast<Array*>(t)->len);
            }
            break;
          case TypeKind::Slice:
          case TypeKind::Chan: mode = Mode::Value; break;
          case TypeKind::Map:
            if (id == BuiltinId::Len) mode = Mode::Value;
            break;
          default: break;
        }
      }
      if (mode == Mode::Invalid) {
        if (!is_invalid(underlying(x.type))) error_at(x.expr, "invalid argument: " + operand_string(x) + " for built-in " + name);
        return false;
      }
      if (mode != Mode::Constant) {
        if (lang::is_untyped(x.type)) update_expr_type(x.expr, basic_type(BasicKind::String), true);
        record_builtin_type(call->fun, basic_type(BasicKind::Int), {x.type});
      }
      x.mode = mode;
      x.type = basic_type(BasicKind::Int);
      x.val = val;
      return true;
    }
    case BuiltinId::Clear: {
      Type* u = core_type(x.type);
      if (!u || (u->kind != TypeKind::Map && u->kind != TypeKind::Slice)) {
        error_at(x.expr, "invalid argument: cannot clear " + operand_string(x) +
                             ": argument must be (or constrained by) map or slice");
        return false;
      }
      x.mode = Mode::NoValue;
      record_builtin_type(call->fun, nullptr, {x.type});
      return true;
    }
    case BuiltinId::Close: {
      Type* u = core_type(x.type);
      if (!u || u->kind != TypeKind::Chan) {
        error_at(x.expr, "invalid operation: cannot close non-channel " + operand_string(x));
        return false;
      }
      if (static_cast<Chan*>(u)->dir == ChanDir::Recv) {
        error_at(x.expr, "invalid operation: cannot close receive-only channel " + operand_string(x));
        return false;
      }
      x.mode = Mode::NoValue;
      record_builtin_type(call->fun, nullptr, {x.type});
      return true;
    }
    case BuiltinId::Complex: {
      Operand y = args[1];
      int d = (lang::is_untyped(x.type) ? 1 : 0) | (lang::is_untyped(y.type) ? 2 : 0);
      if (d == 1) convert_untyped(x, y.type);
      if (d == 2) convert_untyped(y, x.type);
      if (d == 3) {
        if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
          auto to_float = [](Operand& o) {
            if (is_numeric(o.type) && constant::sign(constant::imag(o.val)) == 0)
              o.type = basic_type(BasicKind::UntypedFloat);
          };
          to_float(x);
          to_float(y);
        } else {
          convert_untyped(x, basic_type(BasicKind::Float64));
          convert_untyped(y, basic_type(BasicKind::Float64));
        }
      }
      if (x.invalid() || y.invalid()) return false;
      if (!identical(x.type, y.type)) {
        error_at(x.expr, "invalid operation: " + node_string(call) + " (mismatched types " + tstr(x.type) + " and " +
                             tstr(y.type) + ")");
        return false;
      }
      Type* res = nullptr;
      switch (basic_kind(x.type)) {
        case BasicKind::Float32: res = basic_type(BasicKind::Complex64); break;
        case BasicKind::Float64: res = basic_type(BasicKind::Complex128); break;
        case BasicKind::UntypedFloat: res = basic_type(BasicKind::UntypedComplex); break;
        default: break;
      }
      if (!res) {
        error_at(x.expr, "invalid argument: arguments have type " + tstr(x.type) + ", expected floating-point");
        return false;
      }
      if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        x.val = constant::binary_op(constant::to_float(x.val), constant::BinaryOp::Add,
                                    constant::make_imag(constant::to_float(y.val)));
      } else {
        x.mode = Mode::Value;
        record_builtin_type(call->fun, res, {x.type, x.type});
      }
      x.type = res;
      return true;
    }
    case BuiltinId::Copy: {
      Type* dst = core_type(x.type);
      Operand y = args[1];
      Type* src = core_type(y.type);
      if (src && is_string(src)) src = types_.slice(byte_type());
      if (!dst || dst->kind != TypeKind::Slice || !src || src->kind != TypeKind::Slice) {
        error_at(x.expr, "invalid argument: copy expects slice arguments; found " + operand_string(x) + " and " +
                             operand_string(y));
        return false;
      }
      Type* de = static_cast<Slice*>(dst)->elem;
      Type* se = static_cast<Slice*>(src)->elem;
      if (!identical(de, se)) {
        error_at(x.expr, "invalid argument: arguments to copy " + operand_string(x) + " and " + operand_string(y) +
                             " have different element types " + tstr(de) + " and " + tstr(se));
        return false;
      }
      if (lang::is_untyped(y.type)) update_expr_type(y.expr, basic_type(BasicKind::String), true);
      record_builtin_type(call->fun, basic_type(BasicKind::Int), {x.type, lang::is_untyped(y.type) ? basic_type(BasicKind::String) : y.type});
      x.mode = Mode::Value;
      x.type = basic_type(BasicKind::Int);
      return true;
    }
    case BuiltinId::Delete: {
      Type* u = core_type(x.type);
      if (!u || u->kind != TypeKind::Map) {
        error_at(x.expr, "invalid argument: " + operand_string(x) + " is not a map");
        return false;
      }
      Type* map_type = x.type;
      Type* key = static_cast<Map*>(u)->key;
      x = args[1];
      assignment(x, key, "argument to delete");
      if (x.invalid()) return false;
      x.mode = Mode::NoValue;
      record_builtin_type(call->fun, nullptr, {map_type, key});
      return true;
    }
    case BuiltinId::Imag:
    case BuiltinId::Real: {
      if (lang::is_untyped(x.type)) {
        if (x.mode == Mode::Constant) {
          if (is_numeric(x.type)) x.type = basic_type(BasicKind::UntypedComplex);
        } else {
          convert_untyped(x, basic_type(BasicKind::Complex128));
          if (x.invalid()) return false;
        }
      }
      Type* res = nullptr;
      switch (basic_kind(x.type)) {
        case BasicKind::Complex64: res = basic_type(BasicKind::Float32); break;
        case BasicKind::Complex128: res = basic_type(BasicKind::Float64); break;
        case BasicKind::UntypedComplex: res = basic_type(BasicKind::UntypedFloat); break;
        default: break;
      }
      if (!res) {
        error_at(x.expr, "invalid argument: argument has type " + tstr(x.type) + ", expected complex type");
        return false;
      }
      if (x.mode == Mode::Constant) {
        x.val = id == BuiltinId::Real ? constant::real(x.val) : constant::imag(x.val);
      } else {
        x.mode = Mode::Value;
        record_builtin_type(call->fun, res, {x.type});
      }
      x.type = res;
      return true;
    }
    case BuiltinId::Make:
    case BuiltinId::New: break;  // builtin_make(), builtin_new()
    case BuiltinId::Panic: {
      assignment(x, types_.any_type(), "argument to panic");
      if (x.invalid()) return false;
      x.mode = Mode::NoValue;
      record_builtin_type(call->fun, nullptr, {types_.any_type()});
      return true;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::vector<Type*> params;
      for (Operand& a : args) {
        assignment(a, nullptr, "argument to built-in " + name);
        if (a.invalid()) return false;
        params.push_back(a.type);
      }
      x.mode = Mode::NoValue;
      x.type = types_.empty_tuple();
      record_builtin_type(call->fun, nullptr, params);
      return true;
    }
    case BuiltinId::Recover:
      x = Operand{Mode::Value, call, types_.any_type()};
      record_builtin_type(call->fun, types_.any_type(), {});
      return true;
    case BuiltinId::Max:
    case BuiltinId::Min: {
      constant::CompareOp op = id == BuiltinId::Max ? constant::CompareOp::Gtr : constant::CompareOp::Lss;
      for (size_t i = 0; i < args.size(); ++i) {
        Operand& a = args[i];
        if (!all_ordered(a.type)) {
          error_at(a.expr, "invalid argument: " + operand_string(a) + " cannot be ordered");
          return false;
        }
        if (i == 0) {
          x = a;
          continue;
        }
        match_types(x, a);
        if (x.invalid()) return false;
        if (!identical(x.type, a.type)) {
          error_at(a.expr, "invalid argument: mismatched types " + tstr(x.type) + " (previous argument) and " +
                               tstr(a.type) + " (type of " + expr_string(a.expr) + ")");
          return false;
        }
        if (x.mode == Mode::Constant && a.mode == Mode::Constant) {
          if (constant::compare(a.val, op, x.val)) x = a;
        } else {
          x.mode = Mode::Value;
        }
      }
      if (x.mode != Mode::Constant) {
        x.mode = Mode::Value;
        assignment(x, types_.any_type(), "argument to built-in " + name);
        if (x.invalid()) return false;
      }
      for (Operand& a : args) update_expr_type(a.expr, x.type, true);
      if (x.mode != Mode::Constant) {
        std::vector<Type*> params(args.size(), x.type);
        record_builtin_type(call->fun, x.type, params);
      }
      x.expr = call;
      return true;
    }
  }
  return false;
}

// builtin_make() is make(T, sizes...), its arity checked.
bool Checker::builtin_make(Operand& x, CallExpr* call) {
  size_t nargs = call->args.size();
  Expr* arg0 = call->args[0];
  Type* t = vartype(arg0);
  if (is_invalid(t)) {
    for (size_t i = 1; i < call->args.size(); ++i) use(call->args[i]);
    return false;
  }
  size_t min = 0;
  Type* core = core_type(t);
  if (!core) {
    cold([&] { error_at(arg0, "invalid argument: cannot make " + node_string(arg0) + ": no core type"); });
    return false;
  }
  switch (core->kind) {
    case TypeKind::Slice: min = 2; break;
    case TypeKind::Map:
    case TypeKind::Chan: min = 1; break;
    default:
      cold([&] {
        error_at(arg0, "invalid argument: cannot make " + node_string(arg0) + "; type must be slice, map, or channel");
      });
      for (size_t i = 1; i < call->args.size(); ++i) use(call->args[i]);
      return false;
  }
  if (nargs < min || min + 1 < nargs) {
    cold([&] {
      error_at(call, "invalid operation: " + node_string(call) + " expects " + std::to_string(min) + " or " +
                         std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
    });
    for (size_t i = 1; i < call->args.size(); ++i) use(call->args[i]);
    return false;
  }
  std::vector<Type*> types{t};
  std::vector<int64_t> sizes;
  for (size_t i = 1; i < call->args.size(); ++i) {
    int64_t v = -1;
    Type* ti = index(call->args[i], -1, &v);
    types.push_back(ti);
    if (v >= 0) sizes.push_back(v);
  }
  if (sizes.size() == 2 && sizes[0] > sizes[1]) {
    cold([&] { error_at(call->args[1], "invalid argument: length and capacity swapped"); });
  }
  x.invalidate(call);
  x.mode = Mode::Value;
  x.type = t;
  record_builtin_type(call->fun, t, types);
  return true;
}

// builtin_new() is new(T), its arity checked.
bool Checker::builtin_new(Operand& x, CallExpr* call) {
  Type* t = vartype(call->args[0]);
  if (is_invalid(t)) return false;
  x.invalidate(call);
  x.mode = Mode::Value;
  x.type = types_.pointer(t);
  record_builtin_type(call->fun, x.type, {t});
  return true;
}

}  // namespace goro::lang::detail
