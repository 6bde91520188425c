// Emitting instructions: jumps and their patching, constants and refs, the
// line table, and the register stack.
#include <cstring>

#include "compiler.hpp"

namespace goro::lang::detail {

size_t Compiler::here() const { return fs_->proto->code.size(); }

size_t Compiler::emit(vm::Op op, uint32_t a, uint32_t b, uint32_t c) {
  auto& code = fs_->proto->code;
  // Moves of one slot are the common case: MOVE does them without a loop.
  if (op == vm::Op::MOVEN && c <= 1) {
    if (c == 0 || a == b) return code.size();
    op = vm::Op::MOVE;
  }
  if (fs_->line != fs_->last_line) {
    fs_->proto->lines.push_back({uint32_t(code.size()), fs_->line});
    fs_->last_line = fs_->line;
  }
  code.push_back({uint16_t(op), uint16_t(a), uint16_t(b), uint16_t(c)});
  return code.size() - 1;
}

size_t Compiler::emit_ext(uint32_t a, uint32_t b, uint32_t c) {
  auto& code = fs_->proto->code;
  code.push_back({0, uint16_t(a), uint16_t(b), uint16_t(c)});
  return code.size() - 1;
}

size_t Compiler::emit_jump(vm::Op op, Reg a, Reg b) {
  emit(op, a, b);
  return emit_ext();
}

// A jump lands at target: its offset counts from the word after its
// extension word (opcodes.def).
void Compiler::patch(size_t ext, size_t target) {
  int32_t off = int32_t(target) - int32_t(ext) - 1;
  auto& x = fs_->proto->code[ext];
  x.a = uint16_t(uint32_t(off) & 0xFFFF);
  x.b = uint16_t(uint32_t(off) >> 16);
}

void Compiler::emit_loop(size_t target) { patch(emit_jump(vm::Op::LOOP), target); }

uint32_t Compiler::ref(const void* p) {
  auto& refs = fs_->proto->refs;
  for (size_t i = 0; i < refs.size(); ++i)
    if (refs[i] == p) return uint32_t(i);
  refs.push_back(p);
  if (refs.size() > 0xFFFF) error({}, "function too large: more than 65535 constants");
  return uint32_t(refs.size() - 1);
}

std::string_view Compiler::intern(std::string_view s) {
  auto [it, fresh] = interned_.try_emplace(std::string(s));
  if (fresh) {
    it->second = std::make_shared<std::string>(s);
    prog_->owned.push_back(it->second);
  }
  return *it->second;
}

uint32_t Compiler::konst(vm::Slot s) {
  auto& k = fs_->proto->consts;
  for (size_t i = 0; i < k.size(); ++i)
    if (k[i].u == s.u) return uint32_t(i);
  k.push_back(s);
  if (k.size() > 0xFFFF) error({}, "function too large: more than 65535 constants");
  return uint32_t(k.size() - 1);
}

void Compiler::load_int(Reg dst, int64_t v) {
  if (v >= INT16_MIN && v <= INT16_MAX) {
    emit(vm::Op::LOADI, dst, uint16_t(int16_t(v)));
    return;
  }
  vm::Slot s;
  s.i = v;
  emit(vm::Op::LOADK, dst, konst(s));
}

// String constants are interned per program; their bytes live in the
// Program (owned), so LOADSTR needs no allocation.
void Compiler::load_string(Reg dst, std::string_view s) {
  std::string key(s);
  const vm::String* str;
  if (auto it = strings_.find(key); it != strings_.end()) {
    str = it->second;
  } else {
    auto bytes = std::make_shared<std::string>(key);
    auto owned = std::make_shared<vm::String>(vm::String{bytes->data(), int64_t(bytes->size())});
    prog_->owned.push_back(bytes);
    prog_->owned.push_back(owned);
    str = owned.get();
    strings_.emplace(std::move(key), str);
  }
  emit(vm::Op::LOADSTR, dst, ref(str));
}

Reg Compiler::alloc(uint32_t n) {
  uint32_t r = fs_->next;
  if (r + n > 0xFFF0) {
    error({}, "function too large: more than 65520 registers");
    return 0;
  }
  fs_->next = Reg(r + n);
  if (fs_->next > fs_->max) fs_->max = fs_->next;
  return Reg(r);
}

void Compiler::set_line(Pos pos) {
  if (pos.known()) fs_->line = int32_t(pos.line);
}

void Compiler::error(Pos pos, std::string message) { diags_.error(pos, std::move(message)); }

void Compiler::unsupported(Pos pos, std::string_view what) {
  error(pos, std::string(what) + " not supported yet");
}

}  // namespace goro::lang::detail
