// check_decls.cpp: the checker's entry point and phase order, imports, and
// the package-level declarations (types2's collectObjects and packageObjects).
#include <algorithm>

#include "check.hpp"
#include "universe.hpp"

namespace goro::lang {

bool check(File& file, TypeTable& types, Diagnostics& diags, Package& pkg, const CheckOptions& options) {
  detail::Checker c(file, types, diags, pkg, options);
  return c.run();
}

namespace detail {

Checker::Checker(File& file, TypeTable& types, Diagnostics& diags, Package& pkg, const CheckOptions& options)
    : file_(file), types_(types), diags_(diags), pkg_(pkg), options_(options), errors_at_start_(diags.reported()) {}

// run() checks in types2's order: collect every package-level object first
// (so declarations may come in any order), then types, then signatures,
// package-level values, and function bodies; unused imports last.
bool Checker::run() {
  pkg_.universe = make_universe(pkg_.objects, types_);
  pkg_.scope = pkg_.objects.scope(ScopeKind::Package, pkg_.universe);
  pkg_.file_scope = pkg_.objects.scope(ScopeKind::File, pkg_.scope);
  // pass 1 - imports; an unsupported one stops everything, as in go build
  if (!collect_imports()) return false;
  // pass 2 - declare the package-level objects
  collect_package();
  scope_ = pkg_.file_scope;
  // pass 3 - named types (all of them, before anything uses their methods)
  for (auto& [spec, obj] : type_decls_) resolve_type_decl(obj);
  check_valid_types();
  // pass 4 - package-level constants and variables, then functions
  check_package_vars_and_consts();
  report_unused_locals();  // in function literals in package-level values
  for (FuncDecl* d : funcs_) check_func_decl(d);
  report_unused_imports();
  return diags_.reported() == errors_at_start_;
}

void Checker::error(Pos pos, std::string message) { diags_.error(pos, std::move(message)); }

std::string Checker::pos_string(Pos pos) const { return std::string(options_.filename) + ":" + to_string(pos); }

// declare() declares obj in scope s (the blank identifier is never
// declared) and records it as name's object; a name already declared there
// is types2's "x redeclared in this block" with the other declaration.
// True if obj was declared.
bool Checker::declare(Scope* s, Name* name, Object* obj) {
  if (name) name->obj = obj;
  if (obj->name == "_") return false;
  Object* alt = s->insert(obj);
  if (!alt) return true;
  std::string msg = std::string(obj->name) + " redeclared in this block";
  if (alt->pos.known()) msg += "\n\t" + pos_string(alt->pos) + ": other declaration of " + std::string(obj->name);
  error(obj->pos, std::move(msg));
  return false;
}

namespace {

std::string_view unquote(std::string_view lit) {
  if (lit.size() >= 2) return lit.substr(1, lit.size() - 2);
  return lit;
}

bool supported(std::string_view path) {
  return std::find(std::begin(kSupportedPackages), std::end(kSupportedPackages), path) !=
         std::end(kSupportedPackages);
}

std::string_view last_element(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

bool Checker::collect_imports() {
  bool ok = true;
  for (Decl* d : file_.decls) {
    auto* g = as<GenDecl>(d);
    if (!g || g->tok != Tok::Import) continue;
    for (Decl* s : g->specs) {
      auto* spec = as<ImportSpec>(s);
      if (!spec || !spec->path) continue;
      std::string_view path = unquote(spec->path->value);
      if (!supported(path)) {
        error(spec->path->pos, "package " + std::string(path) + " is not in std");
        ok = false;
        continue;
      }
      std::string_view name = spec->local_name ? spec->local_name->value : last_element(path);
      PkgName* obj = pkg_.objects.pkg_name(name, spec->pos, path);
      obj->pkg = "main";
      if (name == ".") {
        obj->used = true;  // dot imports: members unknown yet, never reported
        continue;
      }
      if (name == "_") continue;
      imports_.push_back(obj);
      declare(pkg_.file_scope, spec->local_name, obj);
    }
  }
  return ok;
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
    if (f->recv) continue;  // methods are attached to their type later
    Func* obj = pkg_.objects.func(f->name->value, f->name->pos, nullptr);
    obj->pkg = "main";
    if (f->name->value == "init") {
      f->name->obj = obj;  // init is not declared: it cannot be referred to
      continue;
    }
    declare(pkg_.scope, f->name, obj);
  }
}

void Checker::collect_gen_decl(GenDecl* g) {
  for (Decl* d : g->specs) {
    if (auto* c = as<ConstSpec>(d)) {
      for (size_t i = 0; i < c->names.size(); ++i) {
        Name* n = c->names[i];
        Const* obj = pkg_.objects.const_(n->value, n->pos, nullptr);
        obj->pkg = "main";
        declare(pkg_.scope, n, obj);
        const_origin_[obj] = {c, i};
      }
      const_specs_.push_back({c, nullptr});
    } else if (auto* v = as<VarSpec>(d)) {
      for (Name* n : v->names) {
        Var* obj = pkg_.objects.var_(n->value, n->pos, nullptr);
        obj->pkg = "main";
        obj->used = true;  // package-level variables are never "unused"
        declare(pkg_.scope, n, obj);
      }
      var_specs_.push_back(v);
    } else if (auto* t = as<TypeSpec>(d)) {
      if (!t->name) continue;
      TypeName* obj = pkg_.objects.type_name(t->name->value, t->name->pos, nullptr);
      obj->pkg = "main";
      if (!t->alias) obj->type = types_.named(obj, nullptr);
      declare(pkg_.scope, t->name, obj);
      type_decls_.push_back({t, obj});
      type_spec_of_[obj] = t;
    }
  }
}

// check_package_vars_and_consts() evaluates the package-level constants
// (in source order; eval_const() evaluates the ones they use first) and
// resolves the names in variable declarations.
void Checker::check_package_vars_and_consts() {
  for (auto& [spec, s] : const_specs_) const_spec_values(spec);
  for (auto& [spec, s] : const_specs_) const_decl(spec, nullptr);
  for (VarSpec* v : var_specs_) {
    Type* t = v->type ? typexpr(v->type) : nullptr;
    exprs(v->values);
    for (Name* n : v->names) {
      if (n->obj) n->obj->type = t;
    }
    if (t && v->values.size() == v->names.size()) {
      for (Expr* x : v->values) check_var_init(t, x);
    }
  }
}

void Checker::check_func_decl(FuncDecl* d) {
  open_scope(ScopeKind::Func);
  reject_tparams(d->tparams, scope_);
  Signature* sig = d->type ? signature(d->type, d->recv, scope_) : nullptr;
  Func* obj = d->name->obj ? static_cast<Func*>(d->name->obj) : nullptr;
  if (d->recv) {
    obj = pkg_.objects.func(d->name->value, d->name->pos, sig);
    obj->pkg = "main";
    d->name->obj = obj;
    // Attach the method to its receiver's named type (T or *T).
    if (sig && sig->recv && sig->recv->type) {
      Type* rt = sig->recv->type;
      if (rt->kind == TypeKind::Pointer) {
        rt = static_cast<Pointer*>(rt)->elem;
        obj->has_ptr_recv = true;
      }
      if (rt && rt->kind == TypeKind::Named) static_cast<Named*>(rt)->methods.push_back(obj);
    }
  } else if (obj) {
    obj->type = sig;
  }
  if (d->body) func_body(d->body, scope_);
  close_scope();
  report_unused_locals();
}

void Checker::report_unused_imports() {
  for (PkgName* p : imports_) {
    if (p->used) continue;
    std::string quoted = "\"" + std::string(p->path) + "\"";
    if (p->name == last_element(p->path)) {
      error(p->pos, quoted + " imported and not used");
    } else {
      error(p->pos, quoted + " imported as " + std::string(p->name) + " and not used");
    }
  }
}

}  // namespace detail
}  // namespace goro::lang
