// check_stdlib.cpp: imports. The program may import the supported standard
// packages (kSupportedPackages); each is checked from its stub source
// (stdlib.hpp) as a package of its own before the file importing it, so its
// CheckedFile precedes the importer's in Package::files (dependency order):
// once per process into SharedStdlib for the default stub source, once per
// check() call for a source of the caller's. Stubs may import any path the stub
// source knows (internal helpers included).
#include <algorithm>

#include "check.hpp"
#include "parser.hpp"
#include "stdlib.hpp"
#include "universe.hpp"

namespace goro::lang::detail {
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

// collect_imports() declares the file's imports in its file scope. Like go
// build, an unsupported path stops everything (false).
bool Checker::collect_imports() {
  bool ok = true;
  for (Decl* d : file_.decls) {
    auto* g = as<GenDecl>(d);
    if (!g || g->tok != Tok::Import) continue;
    for (Decl* s : g->specs) {
      auto* spec = as<ImportSpec>(s);
      if (!spec || !spec->path) continue;
      std::string_view path = unquote(spec->path->value);
      bool known = is_stub_ ? !session_.source(path).empty() || supported(path) : supported(path);
      if (!known) {
        error(spec->path->pos, "package " + std::string(path) + " is not in std");
        ok = false;
        continue;
      }
      CheckedFile* imported = import_package(path, spec->path->pos);
      std::string_view pkg_name = imported ? imported->name : last_element(path);
      std::string_view name = spec->local_name ? spec->local_name->value : pkg_name;
      PkgName* obj = pkg_.objects.pkg_name(name, spec->pos, path);
      obj->pkg = pkg_name_;
      obj->type = nullptr;
      if (imported) {
        unit_.imports.push_back(imported);
        imported_[obj] = imported;
      }
      if (name == ".") {
        error(spec->local_name->pos, "dot imports are not supported");
        continue;
      }
      if (name == "_") continue;
      imports_.push_back(obj);
      if (spec->local_name) spec->local_name->obj = obj;
      declare(unit_.file_scope, spec->local_name, obj);
    }
  }
  return ok;
}

// import_package() is the checked stub of path, checking it now if its
// session has not yet (stubs_: this check() call's, or the shared standard
// library's); null for an opaque package (no stub source), an import cycle,
// or a stub with errors (reported at the import).
CheckedFile* Checker::import_package(std::string_view path, Pos at) {
  std::string why;
  CheckedFile* f = session_.stubs->load(path, options_, &why);
  if (!why.empty()) error(at, why);
  return f;
}

CheckedFile* Session::load(std::string_view path, const CheckOptions& importer, std::string* error) {
  std::string key(path);
  if (auto it = loaded.find(key); it != loaded.end()) {
    if (!it->second) *error = "import cycle not allowed";
    else if (auto f = failed.find(key); f != failed.end()) *error = f->second;
    return it->second;
  }
  std::string_view src = source(path);
  if (src.empty()) return nullptr;  // opaque: members unknown (check.hpp)
  loaded[key] = nullptr;
  Diagnostics stub_diags;
  std::string stub_name = "$GOROOT/src/" + key + ".go";
  ParseOptions popts;
  popts.filename = stub_name;
  pkg.stub_files.push_back(parse_file(src, stub_diags, popts));
  File& f = *pkg.stub_files.back();
  CheckedFile unit;
  unit.path = pkg.strings.emplace_back(key);
  unit.name = f.pkg_name ? f.pkg_name->value : last_element(unit.path);
  unit.file = &f;
  unit.is_stub = true;
  if (stub_diags.syntax_errors() == 0) {
    // The shared library's stubs are checked as any importer would have them.
    CheckOptions opts = this == &shared_stdlib().session ? CheckOptions{} : importer;
    opts.filename = pkg.strings.emplace_back(stub_name);
    Checker c(f, *this, stub_diags, unit, opts);
    c.run();
  }
  if (!stub_diags.empty()) {
    Diagnostic d = stub_diags.sorted().front();
    std::string first = d.message.substr(0, d.message.find('\n'));
    *error = failed[key] = "could not import " + key + " (stub: " + stub_name + ":" + to_string(d.pos) + ": " + first + ")";
  }
  pkg.files.push_back(std::move(unit));
  CheckedFile* done = &pkg.files.back();
  loaded[key] = done;
  return done;
}

SharedStdlib& shared_stdlib() {
  // Never destroyed: programs built from it may outlive static destructors.
  static SharedStdlib* const shared = [] {
    auto* s = new SharedStdlib;
    s->session.source = stdlib_source;
    s->session.stubs = &s->session;
    s->pkg.universe = make_universe(s->pkg.objects, s->types);
    return s;
  }();
  return *shared;
}

void Checker::report_unused_imports() {
  for (PkgName* p : imports_) {
    if (p->used) continue;
    std::string quoted = "\"" + std::string(p->path) + "\"";
    auto it = imported_.find(p);
    std::string_view pkg_name = it != imported_.end() ? it->second->name : last_element(p->path);
    if (p->name == pkg_name) {
      error(p->pos, quoted + " imported and not used");
    } else {
      error(p->pos, quoted + " imported as " + std::string(p->name) + " and not used");
    }
  }
}

}  // namespace goro::lang::detail
