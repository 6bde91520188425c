// The out-of-line helpers of native_support.hpp: standard-library values
// that natives build (errors) and struct field lookup by name.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "native_support.hpp"

namespace goro::lang::vm::native {

const RType* stub_type(Thread& t, std::string_view name) {
  const RType* r = t.prog != nullptr ? t.prog->type_named(name) : nullptr;
  if (r == nullptr) {
    std::fprintf(stderr, "goro: internal error: a native needs type %.*s, which the program does not have\n",
                 int(name.size()), name.data());
    std::abort();
  }
  return r;
}

void* field(const RType* struct_type, void* p, std::string_view name) {
  for (const RField& f : struct_type->fields) {
    if (f.name == name) return static_cast<char*>(p) + f.offset;
  }
  std::fprintf(stderr, "goro: internal error: type %s has no field %.*s\n", struct_type->name.c_str(),
               int(name.size()), name.data());
  std::abort();
}

const RType* find_generic_sig(const Slot* regs, uint32_t min_k, bool (*fits)(const RType* sig, uint32_t k)) {
  constexpr uint32_t kMaxSlots = 4096;  // no register window is wider
  for (uint32_t k = min_k; k < min_k + kMaxSlots; ++k) {
    const uint64_t w = regs[k].u;
    if (w < 4096 || (w & (alignof(RType) - 1)) != 0 || w >= (uint64_t(1) << 47)) continue;
    const auto* sig = static_cast<const RType*>(regs[k].cp);
    if (sig->kind == RKind::Func && fits(sig, k)) return sig;
  }
  std::fprintf(stderr, "goro: internal error: a generic native found no signature\n");
  std::abort();
}

Iface new_error(Thread& t, std::string_view msg) {
  const RType* pt = stub_type(t, "*errors.errorString");
  void* e = new_value(pt->elem);
  store_string(field(pt->elem, e, "s"), msg.empty() ? String{nullptr, 0} : make_string(msg));
  return Iface{pt, e};
}

Iface stub_error(Thread& t, std::string_view var, std::string_view msg) {
  // The package's own variable when the program has it (it was compiled
  // with the stub), so == and errors.Is see the same value.
  if (auto it = t.prog->vars.find(std::string(var)); it != t.prog->vars.end()) {
    Iface e = load_iface(it->second);
    if (e.type) return e;
  }
  return new_error(t, msg);
}

}  // namespace goro::lang::vm::native
