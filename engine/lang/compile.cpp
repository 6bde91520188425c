// The compiler's driver: the globals block, package initialization, the
// Protos of functions (compiled on first use, so a program pays only for
// the library functions it reaches), natives, method tables, and the
// Program's index of the library types natives make.
//
// Order: main.main and the init function are asked for first; compiling
// them asks for the functions they call (proto_of queues them); method
// tables of the types made along the way ask for more; the loop ends when
// nothing new was asked for.
#include "compile.hpp"

#include <cstring>
#include <mutex>

#include "compiler.hpp"
#include "natives.hpp"

namespace goro::lang {

std::unique_ptr<vm::Program> compile(Package& pkg, TypeTable& types, Diagnostics& diags,
                                     const CompileOptions& options) {
  // The shared standard library's stubs may not change under this build.
  std::unique_lock<std::mutex> lock;
  if (pkg.shared_stdlib) lock = std::unique_lock(detail::shared_stdlib().mu);
  detail::Compiler c(pkg, types, diags, options);
  return c.run();
}

namespace detail {

namespace {

const Var* var_of(Name* n) {
  return n && n->obj && n->obj->kind == ObjectKind::Var ? static_cast<const Var*>(n->obj) : nullptr;
}

Named* receiver_named(Signature* sig, bool* ptr) {
  Type* t = sig->recv->type;
  *ptr = false;
  if (t->kind == TypeKind::Pointer) {
    *ptr = true;
    t = static_cast<Pointer*>(t)->elem;
  }
  return t->kind == TypeKind::Named ? static_cast<Named*>(t) : nullptr;
}

}  // namespace

Compiler::Compiler(Package& pkg, TypeTable& types, Diagnostics& diags, const CompileOptions& options)
    : pkg_(pkg),
      types_(types),
      diags_(diags),
      options_(options),
      prog_(std::make_unique<vm::Program>()),
      errors_at_start_(diags.reported()) {
  prog_->filename = options.filename;
}

std::string_view Compiler::package_path(const Object* obj) const {
  for (const CheckedFile& f : pkg_.files)
    if (f.name == obj->pkg) return f.path;
  return obj->pkg;
}

// qualified_name() is the function's name as Go's tracebacks print it:
// main.worker, main.(*T).M, main.T.M, math/rand.(*Rand).Intn.
std::string Compiler::qualified_name(const Func* f) {
  std::string out(package_path(f));
  out += '.';
  auto* sig = static_cast<Signature*>(f->type);
  if (sig && sig->recv) {
    bool ptr;
    Named* n = receiver_named(sig, &ptr);
    std::string tn = n ? std::string(n->obj->name) : "?";
    out += ptr ? "(*" + tn + ")" : tn;
    out += '.';
  }
  out += f->name;
  return out;
}

vm::Proto* Compiler::new_proto(std::string name) {
  auto* p = new vm::Proto;
  p->name = std::move(name);
  prog_->protos.push_back(p);
  return p;
}

vm::Proto* Compiler::proto_of(const Func* f) {
  if (auto it = protos_.find(f); it != protos_.end()) return it->second;
  vm::Proto* p = new_proto(qualified_name(f));
  protos_[f] = p;
  auto info = funcs_.find(f);
  if (info == funcs_.end()) {
    error({}, "internal error: no declaration for " + p->name);
    return p;
  }
  FuncDecl* fd = info->second.decl;
  auto* sig = static_cast<Signature*>(f->type);
  p->line = info->second.file->is_stub ? 0 : int32_t(fd->pos.line);
  if (fd->body) {
    pending_.push_back({p, const_cast<Func*>(f), fd});
    return p;
  }
  // A native: its frame is its arguments and results (natives.hpp).
  uint32_t nparams = sig->recv ? slots(sig->recv->type) : 0, nresults = 0;
  for (Var* v : sig->params->vars) nparams += slots(v->type);
  for (Var* v : sig->results->vars) nresults += slots(v->type);
  if (!sig->tparams.empty()) ++nparams;  // the instantiation's signature
  p->nparams = nparams;
  p->nresults = nresults;
  p->frame_size = std::max(nparams, nresults);
  std::string rest = p->name.substr(package_path(f).size());
  p->native = vm::find_native(p->name);
  if (!p->native) p->native = vm::find_native(std::string(f->pkg) + rest);
  if (!p->native) {
    // Not implemented: reached from library code it panics saying so (a
    // direct call from the program is a compile error, see call()).
    auto msg = std::make_shared<std::string>(p->name + " is not supported by goro yet");
    prog_->owned.push_back(msg);
    p->code.push_back({uint16_t(vm::Op::NATIVE_ERROR), 0, 0, 0});
    p->refs.push_back(msg->c_str());
    missing_natives_.insert(p);
  }
  return p;
}

const vm::Closure* Compiler::static_closure(const vm::Proto* p) {
  if (auto it = static_closures_.find(p); it != static_closures_.end()) return it->second;
  auto mem = std::shared_ptr<void>(::operator new(sizeof(vm::Closure)), [](void* q) { ::operator delete(q); });
  auto* cl = static_cast<vm::Closure*>(mem.get());
  cl->fn = p;
  cl->ncaptured = 0;
  prog_->owned.push_back(mem);
  static_closures_[p] = cl;
  return cl;
}

void Compiler::compile_pending() {
  while (!pending_.empty()) {
    Pending job = pending_.front();
    pending_.pop_front();
    auto* sig = static_cast<Signature*>(job.fn->type);
    in_stub_ = funcs_[job.fn].file->is_stub;
    compile_func(job.proto, job.decl->type, sig, job.decl->body, job.decl->recv, nullptr, {});
  }
}

// compile_init() makes the package initialization function: every
// package's variables in the checker's order, then its init functions in
// source order, packages in dependency order (the program's last).
void Compiler::compile_init() {
  vm::Proto* p = new_proto("main.init");
  prog_->init = p;
  FuncState fs;
  fs.proto = p;
  Signature sig{};
  sig.params = types_.empty_tuple();
  sig.results = types_.empty_tuple();
  fs.sig = &sig;
  fs_ = &fs;
  for (const CheckedFile& f : pkg_.files) {
    in_stub_ = f.is_stub;
    int inits = 0;
    for (const Initializer& in : f.init_order) {
      set_line(in.rhs->pos);
      find_escapes_in(in.rhs);
      Reg mark = fs.next;
      if (in.lhs.size() == 1) {
        Var* v = in.lhs[0];
        Reg r = alloc(slots(v->type));
        value_to(in.rhs, v->type, r);
        if (auto it = globals_.find(v); it != globals_.end()) {
          Reg a = alloc(1);
          emit(vm::Op::LOADREF, a, ref(it->second));
          store_place(Place{Place::Mem, v->type, 0, a, 0}, r);
        }
      } else {
        std::vector<Expr*> lhs;
        uint32_t total = 0;
        for (Var* v : in.lhs) total += slots(v->type);
        // multi_value() reads each target's type from the lhs expressions:
        // names bound to the variables stand in for them.
        std::vector<Name> names(in.lhs.size(), Name(in.rhs->pos));
        for (size_t i = 0; i < in.lhs.size(); ++i) {
          names[i].value = in.lhs[i]->name;
          names[i].obj = in.lhs[i];
          names[i].type = in.lhs[i]->type;
          names[i].mode = Mode::Variable;
          lhs.push_back(&names[i]);
        }
        Reg base = alloc(std::max<uint32_t>(total, slots(in.rhs->type) + 1));
        multi_value(in.rhs, List<Expr>(lhs.data(), lhs.size()), base);
        Reg at = base;
        for (Var* v : in.lhs) {
          if (auto it = globals_.find(v); it != globals_.end()) {
            Reg a = alloc(1);
            emit(vm::Op::LOADREF, a, ref(it->second));
            store_place(Place{Place::Mem, v->type, 0, a, 0}, at);
          }
          at = Reg(at + slots(v->type));
        }
      }
      free_to(mark);
    }
    for (Decl* d : f.file->decls) {
      auto* fd = as<FuncDecl>(d);
      if (!fd || fd->recv || fd->name->value != "init" || !fd->name->obj) continue;
      set_line(fd->pos);
      vm::Proto* fn = proto_of(static_cast<Func*>(fd->name->obj));
      fn->name = std::string(f.path) + ".init." + std::to_string(inits++);
      Reg base = alloc(0);
      emit(vm::Op::CALL, base, ref(fn));
    }
  }
  emit(vm::Op::RET, 0, 0);
  p->frame_size = fs.max;
  fs_ = nullptr;
}

std::unique_ptr<vm::Program> Compiler::run() {
  // Index the declarations; lay out the globals block.
  struct GlobalVar {
    Var* v;
    uint32_t offset;
  };
  std::vector<GlobalVar> globals;
  uint32_t size = 0;
  std::vector<Named*> named_types;
  for (const CheckedFile& f : pkg_.files) {
    for (Decl* d : f.file->decls) {
      if (auto* fd = as<FuncDecl>(d)) {
        if (fd->name && fd->name->obj && fd->name->obj->kind == ObjectKind::Func)
          funcs_[static_cast<Func*>(fd->name->obj)] = {fd, &f};
        continue;
      }
      auto* g = as<GenDecl>(d);
      if (!g) continue;
      for (Decl* spec : g->specs) {
        if (auto* vs = as<VarSpec>(spec)) {
          for (Name* n : vs->names) {
            auto* v = const_cast<Var*>(var_of(n));
            if (!v || !v->type) continue;
            const vm::RType* rt = rtype(v->type);
            size = (size + rt->align - 1) / rt->align * rt->align;
            globals.push_back({v, size});
            size += rt->size;
          }
        } else if (auto* ts = as<TypeSpec>(spec)) {
          if (f.is_stub && !ts->alias && ts->tparams.empty() && ts->name->obj && ts->name->obj->type &&
              ts->name->obj->type->kind == TypeKind::Named)
            named_types.push_back(static_cast<Named*>(ts->name->obj->type));
        }
      }
    }
  }
  auto block = std::shared_ptr<char[]>(new char[size + 8]());
  prog_->owned.push_back(block);
  prog_->globals = block.get();
  for (const GlobalVar& g : globals) {
    globals_[g.v] = block.get() + g.offset;
    if (g.v->exported() && !g.v->pkg.empty() && g.v->pkg != "main")
      prog_->vars[std::string(package_path(g.v)) + "." + std::string(g.v->name)] = block.get() + g.offset;
  }

  // Natives make values of some library types by name (natives.hpp's
  // kNativeTypes, vm::Program::types).
  for (Named* n : named_types) {
    if (!n->underlying || n->underlying->kind == TypeKind::TypeParam || n->obj->pkg.empty()) continue;
    const std::string name = std::string(n->obj->pkg) + "." + std::string(n->obj->name);
    for (std::string_view wanted : vm::kNativeTypes) {
      const bool pointer = wanted.starts_with('*');
      if (wanted.substr(pointer ? 1 : 0) != name) continue;
      const vm::RType* r = rtype(pointer ? static_cast<Type*>(types_.pointer(n)) : n);
      prog_->types[r->name] = r;
    }
  }

  compile_init();
  if (Object* m = pkg_.files.back().scope->lookup_local("main"); m && m->kind == ObjectKind::Func)
    prog_->main = proto_of(static_cast<Func*>(m));
  do compile_pending();
  while (finish_method_tables() || !pending_.empty());

  if (diags_.reported() != errors_at_start_) return nullptr;
  return std::move(prog_);
}

}  // namespace detail
}  // namespace goro::lang
