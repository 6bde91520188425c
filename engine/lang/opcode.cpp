#include "opcode.hpp"

#include <cstdio>
#include <cstring>

namespace goro::lang::vm {
namespace {

struct OpInfo {
  const char* name;
  const char* operands;
};

constexpr OpInfo kInfo[] = {
#define OP(name, operands, effect) {#name, operands},
#include "opcodes.def"
#undef OP
};

}  // namespace

const char* op_name(Op op) { return op < Op::kCount ? kInfo[size_t(op)].name : "?"; }

// An opcode has an extension word exactly when its operand list names X.
bool has_ext(Op op) { return op < Op::kCount && std::strchr(kInfo[size_t(op)].operands, 'X') != nullptr; }

std::string disassemble(const Proto& p) {
  std::string out = p.name + ":\n";
  char buf[128];
  for (size_t pc = 0; pc < p.code.size(); ++pc) {
    const Instr& in = p.code[pc];
    Op op = Op(in.op);
    std::snprintf(buf, sizeof buf, "%5zu %4d  %-10s %u %u %u", pc, p.line_at(uint32_t(pc + 1)), op_name(op), in.a, in.b,
                  in.c);
    out += buf;
    if (has_ext(op) && pc + 1 < p.code.size()) {
      const Instr& x = p.code[++pc];
      std::snprintf(buf, sizeof buf, "  [%u %u %u]", x.a, x.b, x.c);
      out += buf;
    }
    out += '\n';
  }
  return out;
}

int32_t Proto::line_at(uint32_t pc) const {
  // pc is a "next instruction" pointer, as frames save it: the instruction
  // being executed is the one before.
  int32_t line = this->line;
  for (const LineEntry& e : lines) {
    if (e.pc >= pc) break;
    line = e.line;
  }
  return line;
}

}  // namespace goro::lang::vm
