// check_consts.cpp: constant declarations (types2's constDecl, initConst
// and arity): iota, implicit repetition of a group's last type and values
// (re-evaluated with each spec's iota; errors in a repeated expression are
// reported at the constant's name, as types2's errpos), typed and untyped
// constants. The constant expressions themselves are ordinary expressions
// (check_exprs.cpp, check_binary.cpp), folded as they are checked.
#include "ast_print.hpp"
#include "check.hpp"
#include "check_predicates.hpp"

namespace goro::lang::detail {

// const_decl() checks one spec: at package level (s null) its arity, the
// constants themselves being evaluated by obj_decl(); locally, it declares
// its constants in s after evaluating them all, as the scope rule says.
void Checker::const_decl(ConstSpec* spec, Scope* s) {
  bool inherited = spec->values.empty() && !spec->type && spec->inherit;
  List<Expr> values = inherited ? spec->inherit->values : spec->values;
  std::vector<Const*> objs;
  for (size_t i = 0; i < spec->names.size(); ++i) {
    Name* n = spec->names[i];
    if (!s) {
      if (n->obj && n->obj->kind == ObjectKind::Const) obj_decl(n->obj);
      continue;
    }
    Const* obj = pkg_.objects.const_(n->value, n->pos, nullptr);
    obj->pkg = pkg_name_;
    eval_const(obj, spec, i);
    objs.push_back(obj);
  }
  size_t l = spec->names.size(), r = values.size();
  if (l < r) {
    Expr* extra = values[l];
    if (inherited) {
      error(spec->pos, "extra init expr at " + pos_string(extra->pos));
    } else {
      error(start_pos(extra), "extra init expr " + node_string(extra));
    }
  } else if (l > r) {
    error(spec->names[r]->pos, "missing init expr for " + std::string(spec->names[r]->value));
  }
  if (s) {
    for (size_t i = 0; i < objs.size(); ++i) declare(s, spec->names[i], objs[i]);
  }
}

// eval_const() computes constant obj, the i-th of spec, once.
void Checker::eval_const(Const* obj, ConstSpec* spec, size_t i) {
  bool inherited = spec->values.empty() && !spec->type && spec->inherit;
  ConstSpec* src = inherited ? spec->inherit : spec;
  int64_t saved_iota = iota_;
  Pos saved_errpos = errpos_;
  iota_ = spec->iota;
  errpos_ = inherited ? obj->pos : Pos{};
  obj->value = constant::Value{};
  obj->type = nullptr;
  if (src->type) {
    Type* t = typexpr(src->type);
    if (!is_const_type(t)) {
      if (!is_invalid(underlying(t))) error_at(src->type, "invalid constant type " + tstr(t));
      obj->type = basic_type(BasicKind::Invalid);
      iota_ = saved_iota;
      errpos_ = saved_errpos;
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (i < src->values.size()) expr(x, src->values[i]);
  init_const(obj, x);
  iota_ = saved_iota;
  errpos_ = saved_errpos;
}

void Checker::init_const(Const* obj, Operand& x) {
  if (x.invalid() || is_invalid(x.type) || (obj->type && is_invalid(obj->type))) {
    if (!obj->type) obj->type = basic_type(BasicKind::Invalid);
    return;
  }
  if (x.mode != Mode::Constant) {
    error_at(x.expr, operand_string(x) + " is not constant");
    if (!obj->type) obj->type = basic_type(BasicKind::Invalid);
    return;
  }
  if (!obj->type) obj->type = x.type;
  assignment(x, obj->type, "constant declaration");
  if (x.invalid()) return;
  obj->value = x.val;
}

}  // namespace goro::lang::detail
