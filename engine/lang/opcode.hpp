// Opcode: the enum and names generated from opcodes.def.
#pragma once

#include <cstdint>
#include <string>

#include "proto.hpp"

namespace goro::lang::vm {

enum class Op : uint16_t {
#define OP(name, operands, effect) name,
#include "opcodes.def"
#undef OP
  kCount
};

const char* op_name(Op op);

// has_ext() is whether the instruction is followed by an extension word.
bool has_ext(Op op);

// disassemble() lists a Proto's code, one instruction per line, for tests
// and `goro run --disasm`.
std::string disassemble(const Proto& p);

// Jump offsets live in an extension word's a and b (low, high halves).
inline int32_t ext_offset(const Instr& x) { return int32_t(uint32_t(x.a) | uint32_t(x.b) << 16); }
inline uint32_t ext_u32(const Instr& x) { return uint32_t(x.a) | uint32_t(x.b) << 16; }

}  // namespace goro::lang::vm
