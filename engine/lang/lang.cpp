// goro::lang's entry points (goro/lang.hpp): source -> parse -> check ->
// compile, and a run of the result on the goro runtime.
#include "goro/lang.hpp"

#include "check.hpp"
#include "compile.hpp"
#include "opcode.hpp"
#include "goro/run.hpp"
#include "parser.hpp"
#include "vm.hpp"

namespace goro::lang {

class Executable {
 public:
  std::unique_ptr<vm::Program> prog;
};

Build build(std::string_view source, const BuildOptions& options) {
  Build b;
  Diagnostics diags;
  std::unique_ptr<File> file = parse_file(source, diags);
  // go run looks at the package clause before it compiles anything.
  if (file->pkg_name && file->pkg_name->value != "main") {
    const std::string msg = "package command-line-arguments is not a main package";
    b.errors.push_back({file->pkg_name->pos.line, file->pkg_name->pos.col, msg});
    b.text = msg + "\n";
    b.status = 1;
    b.header = false;
    return b;
  }
  TypeTable types;
  Package pkg;
  // The parser's branch errors (break outside a loop) are not syntax
  // errors: the checker still runs, the compiler must not.
  if (diags.syntax_errors() == 0 && check(*file, types, diags, pkg) && diags.reported() == 0) {
    CompileOptions co;
    co.filename = options.filename;
    if (auto prog = compile(pkg, types, diags, co)) {
      b.exe = std::make_shared<Executable>();
      b.exe->prog = std::move(prog);
      return b;
    }
  }
  for (const Diagnostic& d : diags.sorted()) b.errors.push_back({d.pos.line, d.pos.col, d.message});
  b.text = diags.format(options.filename);
  if (b.text.empty()) b.text = options.filename + ": internal error: the build failed without a message\n";
  return b;
}

int run(Executable& exe, Options opts) {
  exe.prog->seed = opts.seed;
  return goro::run([&exe] { vm::run_main(*exe.prog); }, opts);
}

std::string disassemble(const Executable& exe) {
  std::string out;
  for (const vm::Proto* p : exe.prog->protos)
    if (!p->native && p->name.starts_with("main.")) out += vm::disassemble(*p) + "\n";
  return out;
}

}  // namespace goro::lang
