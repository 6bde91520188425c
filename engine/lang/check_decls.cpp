// check_decls.cpp: the checker's entry point and phase order, and the
// package-level declarations (types2's collectObjects, packageObjects and
// objDecl): every package-level object is collected first, so declarations
// may come in any order, then checked lazily where it is first used.
#include <algorithm>

#include "check.hpp"
#include "stdlib.hpp"
#include "universe.hpp"

namespace goro::lang {

namespace {

// add_stubs() appends the shared stubs unit imports, directly or not, in
// dependency order (each after the stubs it imports, in import order: the
// order checking them for this program alone would have given).
void add_stubs(std::deque<CheckedFile>& files, const CheckedFile& unit, std::unordered_set<const CheckedFile*>& seen) {
  for (const CheckedFile* imp : unit.imports) {
    if (!seen.insert(imp).second) continue;
    add_stubs(files, *imp, seen);
    files.push_back(*imp);
  }
}

}  // namespace

bool check(File& file, TypeTable& types, Diagnostics& diags, Package& pkg, const CheckOptions& options) {
  detail::Session session{types, pkg, options.stub_source, {}, {}, nullptr};
  session.stubs = &session;
  std::unique_lock<std::mutex> lock;
  if (!options.stub_source) {
    detail::SharedStdlib& shared = detail::shared_stdlib();
    lock = std::unique_lock(shared.mu);
    session.source = stdlib_source;
    session.stubs = &shared.session;
    types.share_universe(shared.types);
    pkg.universe = shared.pkg.universe;
    pkg.shared_stdlib = true;
  }
  if (!pkg.universe) pkg.universe = make_universe(pkg.objects, types);
  CheckedFile unit;
  unit.path = "main";
  unit.name = file.pkg_name ? file.pkg_name->value : std::string_view("main");
  unit.file = &file;
  size_t before = diags.reported();
  {
    detail::Checker c(file, session, diags, unit, options);
    c.run();
  }
  if (pkg.shared_stdlib) {
    std::unordered_set<const CheckedFile*> seen;
    add_stubs(pkg.files, unit, seen);
  }
  pkg.files.push_back(std::move(unit));
  pkg.scope = pkg.files.back().scope;
  pkg.file_scope = pkg.files.back().file_scope;
  return diags.reported() == before;
}

namespace detail {

Checker::Checker(File& file, Session& session, Diagnostics& diags, CheckedFile& unit, const CheckOptions& options)
    : file_(file),
      session_(session),
      types_(session.types),
      pkg_(session.pkg),
      diags_(diags),
      unit_(unit),
      options_(options),
      pkg_name_(unit.name),
      is_stub_(unit.is_stub),
      errors_at_start_(diags.reported()) {}

// run() checks in types2's order: collect every package-level object first
// (so declarations may come in any order), then types, method signatures,
// package-level values, and function bodies; init order and unused imports
// last.
bool Checker::run() {
  unit_.scope = pkg_.objects.scope(ScopeKind::Package, pkg_.universe);
  unit_.file_scope = pkg_.objects.scope(ScopeKind::File, unit_.scope);
  scope_ = unit_.file_scope;
  // pass 1 - imports; an unsupported one stops everything, as in go build
  if (!collect_imports()) return false;
  // pass 2 - declare the package-level objects
  collect_package();
  // pass 3 - named types (all of them, before anything uses their methods)
  for (auto& [spec, obj] : type_decls_) resolve_type_decl(obj);
  check_valid_types();
  // pass 4 - signatures of functions and methods; methods join their types
  collect_methods();
  check_field_and_method_names();
  // pass 5 - package-level constants and variables, then function bodies
  check_package_decls();
  for (FuncDecl* d : funcs_) func_decl_body(d);
  check_main_and_init();
  check_pending_map_keys();
  init_order();
  report_unused_imports();
  return diags_.reported() == errors_at_start_;
}

void Checker::error(Pos pos, std::string message) {
  if (bailed_) return;  // the checker stopped at too_deep()
  diags_.error(errpos_.known() ? errpos_ : pos, std::move(message));
}

// too_deep() is a DepthGuard past max_depth: the parser's message, once,
// and nothing more after it (what remains is checked no further, and
// would only report what the cut-off parts left undone: undefined names,
// unused variables).
void Checker::too_deep(Pos pos) {
  if (bailed_) return;
  diags_.error(pos, "exceeded max nesting depth");
  bailed_ = true;
}
void Checker::error_at(const Node* n, std::string message) { error(n ? start_pos(n) : Pos{}, std::move(message)); }

std::string Checker::pos_string(Pos pos) const { return std::string(options_.filename) + ":" + to_string(pos); }

std::string Checker::tstr(const Type* t) const { return type_string(t, pkg_name_); }

std::string_view Checker::intern(std::string s) { return pkg_.strings.emplace_back(std::move(s)); }

// declare() declares obj in scope s (the blank identifier is never
// declared) and records it as name's object; a name already declared there
// is types2's "x redeclared in this block" with the other declaration.
// True if obj was declared.
bool Checker::declare(Scope* s, Name* name, Object* obj) {
  if (name) name->obj = obj;
  if (obj->name == "_") return false;
  Object* alt = s->insert(obj);
  if (!alt && s->kind == ScopeKind::Package) {
    // A package-level name may not clash with an import of the file.
    if (Object* imp = unit_.file_scope->lookup_local(obj->name)) alt = imp;
  }
  if (!alt) return true;
  std::string msg = std::string(obj->name) + " redeclared in this block";
  if (alt->pos.known()) msg += "\n\t" + pos_string(alt->pos) + ": other declaration of " + std::string(obj->name);
  error(obj->pos, std::move(msg));
  return false;
}

// add_decl_dep() records that the declaration being checked uses the
// package-level object obj (for the initialization order).
void Checker::add_decl_dep(Object* obj) {
  if (!decl_ || !obj || obj->parent != unit_.scope) return;
  if (!decls_.count(obj)) return;
  if (decl_->dep_set.insert(obj).second) decl_->deps.push_back(obj);
}

void Checker::collect_package() {
  for (Decl* d : file_.decls) {
    if (auto* g = as<GenDecl>(d)) {
      if (g->tok != Tok::Import) collect_gen_decl(g);
      continue;
    }
    auto* f = as<FuncDecl>(d);
    if (!f || !f->name) continue;
    funcs_.push_back(f);
    Func* obj = pkg_.objects.func(f->name->value, f->name->pos, nullptr);
    obj->pkg = pkg_name_;
    func_decl_of_[obj] = f;
    DeclInfo& info = decls_[obj];
    info.what = DeclInfo::What::Func;
    info.fdecl = f;
    f->name->obj = obj;
    if (f->recv) continue;  // methods are attached to their type later
    objects_in_order_.push_back(obj);
    if (f->name->value == "init" && !is_stub_) {
      if (!f->tparams.empty()) reject_tparams(f->tparams, nullptr);
      continue;  // init is not declared: it cannot be referred to
    }
    if (f->name->value == "main" && pkg_name_ == "main") {
      // ok: checked by check_main_and_init()
    }
    declare(unit_.scope, f->name, obj);
  }
}

void Checker::collect_gen_decl(GenDecl* g) {
  for (Decl* d : g->specs) {
    if (auto* c = as<ConstSpec>(d)) {
      for (size_t i = 0; i < c->names.size(); ++i) {
        Name* n = c->names[i];
        Const* obj = pkg_.objects.const_(n->value, n->pos, nullptr);
        obj->pkg = pkg_name_;
        DeclInfo& info = decls_[obj];
        info.what = DeclInfo::What::Const;
        info.cspec = c;
        info.index = i;
        objects_in_order_.push_back(obj);
        declare(unit_.scope, n, obj);
      }
      const_specs_.push_back(c);
    } else if (auto* v = as<VarSpec>(d)) {
      for (size_t i = 0; i < v->names.size(); ++i) {
        Name* n = v->names[i];
        Var* obj = pkg_.objects.var_(n->value, n->pos, nullptr);
        obj->pkg = pkg_name_;
        obj->used = true;  // package-level variables are never "unused"
        DeclInfo& info = decls_[obj];
        info.what = DeclInfo::What::Var;
        info.vspec = v;
        info.index = i;
        objects_in_order_.push_back(obj);
        declare(unit_.scope, n, obj);
      }
    } else if (auto* t = as<TypeSpec>(d)) {
      if (!t->name) continue;
      TypeName* obj = pkg_.objects.type_name(t->name->value, t->name->pos, nullptr);
      obj->pkg = pkg_name_;
      if (!t->alias) obj->type = types_.named(obj, nullptr);
      declare(unit_.scope, t->name, obj);
      type_decls_.push_back({t, obj});
      type_spec_of_[obj] = t;
    }
  }
}

// collect_methods() computes the signatures of all functions and methods
// and attaches each method to its receiver's named type, as types2's
// collectMethods does before any body is checked.
void Checker::collect_methods() {
  for (FuncDecl* d : funcs_) {
    auto* obj = static_cast<Func*>(d->name->obj);
    func_signature(obj, d);
    if (!d->recv) continue;
    auto* sig = obj->type ? static_cast<Signature*>(obj->type) : nullptr;
    if (!sig || !sig->recv || !sig->recv->type) continue;
    Type* rt = sig->recv->type;
    bool ptr = false;
    if (rt->kind == TypeKind::Pointer) {
      rt = static_cast<Pointer*>(rt)->elem;
      ptr = true;
    }
    obj->has_ptr_recv = ptr;
    if (lang::is_basic(rt, BasicKind::Invalid)) continue;  // reported by typexpr
    // types2's validRecv: the base must be a defined type of this package,
    // neither a pointer nor an interface.
    auto* named = rt->kind == TypeKind::Named ? static_cast<Named*>(rt) : nullptr;
    // (declared in this file: a program named like a standard package may
    // not add methods to the shared stub's types)
    bool local = named && named->obj->parent == unit_.scope && named->obj->pos.known();
    if (!local) {
      if (named || rt->kind == TypeKind::Basic) {
        error_at(d->recv, "cannot define new methods on non-local type " + tstr(rt));
      } else {
        error_at(d->recv, "invalid receiver type " + tstr(sig->recv->type));
      }
      continue;
    }
    Type* u = named->underlying;
    if (u && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface)) {
      error_at(d->recv, "invalid receiver type " + tstr(rt) + " (pointer or interface type)");
      continue;
    }
    if (d->name->value == "_") continue;
    // duplicate methods and field/method clashes: check_field_and_method_names()
    named->methods.push_back(obj);
  }
}

// func_signature() computes a function's or method's signature in a scope
// of its own (the body is checked later in the same scope).
void Checker::func_signature(Func* obj, FuncDecl* d) {
  Scope* saved = scope_;
  scope_ = unit_.file_scope;
  open_scope(ScopeKind::Func);
  Scope* fs = scope_;
  Signature* sig = nullptr;
  if (!d->tparams.empty() && !is_stub_) {
    reject_tparams(d->tparams, fs);
    sig = d->type ? signature(d->type, d->recv, fs) : nullptr;
  } else {
    sig = d->type ? signature(d->type, d->recv, fs, d->tparams) : nullptr;
  }
  close_scope();
  scope_ = saved;
  obj->type = sig ? static_cast<Type*>(sig) : basic_type(BasicKind::Invalid);
  func_scope_of_[obj] = fs;
  if (d->recv && d->recv->names.size() > 1) error_at(d->recv, "method has multiple receivers");
}

// check_package_decls() checks every package-level constant and variable
// (in source order; obj_decl() checks the ones they use first).
void Checker::check_package_decls() {
  for (ConstSpec* spec : const_specs_) const_decl(spec, nullptr);
  for (Object* obj : objects_in_order_) {
    if (obj->kind == ObjectKind::Const || obj->kind == ObjectKind::Var) obj_decl(obj);
  }
}

// obj_decl() checks a package-level constant or variable's declaration if
// that has not happened yet, in its own environment (the file scope, no
// function), wherever the use that triggers it is.
void Checker::obj_decl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& info = it->second;
  if (info.state == 2) return;
  if (info.state == 1) {
    // A constant or variable whose value depends on itself: the
    // initialization order reports the cycle (types2's validCycle).
    if (!obj->type) obj->type = basic_type(BasicKind::Invalid);
    return;
  }
  if (info.what == DeclInfo::What::Func || info.what == DeclInfo::What::Type) return;
  DepthGuard depth(*this, obj->pos);
  if (depth.too_deep()) {
    if (!obj->type) obj->type = basic_type(BasicKind::Invalid);
    return;
  }
  info.state = 1;
  // Save the environment of the use that triggered this.
  Scope* saved_scope = scope_;
  Signature* saved_sig = sig_;
  DeclInfo* saved_decl = decl_;
  int64_t saved_iota = iota_;
  std::vector<Var*> saved_locals = std::move(locals_);
  bool saved_call = has_call_or_recv_;
  locals_.clear();
  scope_ = unit_.file_scope;
  sig_ = nullptr;
  decl_ = &info;
  iota_ = -1;
  if (info.what == DeclInfo::What::Const) {
    eval_const(static_cast<Const*>(obj), info.cspec, info.index);
  } else {
    var_decl(static_cast<Var*>(obj), info);
  }
  report_unused_locals();  // in function literals of the initializer
  scope_ = saved_scope;
  sig_ = saved_sig;
  decl_ = saved_decl;
  iota_ = saved_iota;
  locals_ = std::move(saved_locals);
  has_call_or_recv_ = saved_call;
  info.state = 2;
}

// var_decl() checks the spec declaring obj: all its names at once (they
// share the initializer `var a, b = f()`).
void Checker::var_decl(Var* obj, DeclInfo& info) {
  VarSpec* v = info.vspec;
  std::vector<Var*> lhs;
  for (Name* n : v->names) {
    auto* var = n->obj && n->obj->kind == ObjectKind::Var ? static_cast<Var*>(n->obj) : nullptr;
    if (!var) var = pkg_.objects.var_(n->value, n->pos, nullptr);  // a redeclared name
    lhs.push_back(var);
  }
  // The other names of the spec are checked with this one; they share the
  // dependencies.
  for (Var* var : lhs) {
    auto other = decls_.find(var);
    if (other != decls_.end() && var != obj) other->second.state = 1;
  }
  var_spec_init(v, lhs);
  for (Var* var : lhs) {
    if (!var->type) var->type = basic_type(BasicKind::Invalid);
    auto other = decls_.find(var);
    if (other != decls_.end() && var != obj) {
      other->second.deps = info.deps;
      other->second.dep_set = info.dep_set;
      other->second.state = 2;
    }
  }
}

// func_decl_body() checks a function's body in the scope its signature
// declared the parameters in.
void Checker::func_decl_body(FuncDecl* d) {
  auto* obj = static_cast<Func*>(d->name->obj);
  auto* sig = obj->type && obj->type->kind == TypeKind::Signature ? static_cast<Signature*>(obj->type) : nullptr;
  if (!d->body) {
    if (!is_stub_) error(d->name->pos, "missing function body");
    return;
  }
  if (!sig) return;
  decl_ = &decls_[obj];
  func_body(d->body, sig, func_scope_of_[obj]);
  decl_ = nullptr;
  check_pending_map_keys();
  report_unused_locals();
}

// check_main_and_init() holds func main and func init to their rules.
void Checker::check_main_and_init() {
  if (is_stub_) return;
  bool has_main = false;
  for (FuncDecl* d : funcs_) {
    if (d->recv || !d->type) continue;
    std::string_view name = d->name->value;
    if (name != "main" && name != "init") continue;
    if (name == "main") has_main = true;
    bool bad = !d->type->params.empty() || !d->type->results.empty();
    if (bad) error(d->name->pos, "func " + std::string(name) + " must have no arguments and no return values");
    if (!d->tparams.empty()) {
      // reported as generics
    }
  }
  // A missing main is the linker's error, not the compiler's.
  (void)has_main;
}

}  // namespace detail
}  // namespace goro::lang
