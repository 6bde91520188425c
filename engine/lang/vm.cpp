// The dispatch loop: one case per opcode of opcodes.def.
//
// execute() holds the running frame's state in locals (pc, R, K, REF) and
// writes pc back to the Frame before anything that can leave the loop or
// look at the frame from outside (calls, blocking operations, panics). It
// has no try block and no locals with destructors, so that in WebAssembly
// the calls it makes stay direct calls (Emscripten wraps calls made inside
// a try scope in a slow JavaScript trampoline); panics are caught one level
// up, in run_protected() (vm_panics.cpp).
#include <cmath>
#include <cstring>

#include "go_complex.hpp"
#include "heap.hpp"
#include "opcode.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

inline bool truthy(Slot s) { return s.u != 0; }

}  // namespace

void execute(Thread& t, size_t stop) {
  Frame* f = &t.frames.back();
  const Instr* pc = f->pc;
  Slot* R = t.stack + f->base;
  const Slot* K = f->fn->consts.data();
  const void* const* REF = f->fn->refs.data();
  Instr in;

// SAVE writes the frame's state back before the loop may be left or the
// frame inspected (tracebacks, natives calling back into Go).
#define SAVE() (f->pc = pc)
// RELOAD picks up the current top frame after a call, a return, or anything
// that may have grown (and so moved) the stack.
#define RELOAD()                       \
  do {                                 \
    f = &t.frames.back();              \
    pc = f->pc;                        \
    R = t.stack + f->base;             \
    K = f->fn->consts.data();          \
    REF = f->fn->refs.data();          \
  } while (0)
#define A (in.a)
#define B (in.b)
#define C (in.c)
#define EXT (*pc++)
// NEXT ends an instruction's case. Natively it dispatches the next
// instruction right there (a computed goto per case: each case's indirect
// jump has its own branch history, which predicts a loop's sequence of
// opcodes far better than the single jump of a switch); in WebAssembly,
// which has no computed goto, it leaves the switch.
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
  static const void* const kDispatch[] = {
#define OP(name, operands, effect) &&L_##name,
#include "opcodes.def"
#undef OP
  };
#define CASE(name) case Op::name: L_##name
#define NEXT                      \
  do {                            \
    in = *pc++;                   \
    goto* kDispatch[in.op];       \
  } while (0)
#else
#define CASE(name) case Op::name
#define NEXT break
#endif
// BRANCH ends a conditional jump's case: taken, it moves pc by the
// extension word's offset, and taken backward it is a loop's back-edge.
#define BRANCH(cond)                                     \
  {                                                      \
    int32_t off = ext_offset(*pc);                       \
    ++pc;                                                \
    if (cond) {                                          \
      pc += off;                                         \
      if (off < 0 && --t.budget <= 0) {                  \
        SAVE();                                          \
        preempt(t);                                      \
        RELOAD();                                        \
      }                                                  \
    }                                                    \
    NEXT;                                                \
  }

  for (;;) {
    in = *pc++;
    switch (Op(in.op)) {
      // ---- moves and constants
      CASE(MOVE): R[A] = R[B]; NEXT;
      CASE(MOVEN): std::memmove(&R[A], &R[B], size_t(C) * sizeof(Slot)); NEXT;
      CASE(ZERO): std::memset(&R[A], 0, size_t(B) * sizeof(Slot)); NEXT;
      CASE(LOADK): R[A] = K[B]; NEXT;
      CASE(LOADI): R[A].i = int16_t(B); NEXT;
      CASE(LOADREF): R[A].u = uintptr_t(REF[B]); NEXT;
      CASE(LOADSTR): {
        auto s = static_cast<const String*>(REF[B]);
        R[A].u = uintptr_t(s->data);
        R[A + 1].i = s->len;
        NEXT;
      }

      // ---- integers
      CASE(ADD): R[A].u = R[B].u + R[C].u; NEXT;
      CASE(SUB): R[A].u = R[B].u - R[C].u; NEXT;
      CASE(MUL): R[A].u = R[B].u * R[C].u; NEXT;
      CASE(DIV): {
        int64_t y = R[C].i;
        if (y == 0) { SAVE(); panic_divide(); }
        R[A].i = y == -1 ? int64_t(0 - R[B].u) : R[B].i / y;
        NEXT;
      }
      CASE(DIVU):
        if (R[C].u == 0) { SAVE(); panic_divide(); }
        R[A].u = R[B].u / R[C].u;
        NEXT;
      CASE(REM): {
        int64_t y = R[C].i;
        if (y == 0) { SAVE(); panic_divide(); }
        R[A].i = y == -1 ? 0 : R[B].i % y;
        NEXT;
      }
      CASE(REMU):
        if (R[C].u == 0) { SAVE(); panic_divide(); }
        R[A].u = R[B].u % R[C].u;
        NEXT;
      CASE(ADDI): R[A].u = R[B].u + uint64_t(int64_t(int16_t(C))); NEXT;
      CASE(AND): R[A].u = R[B].u & R[C].u; NEXT;
      CASE(OR): R[A].u = R[B].u | R[C].u; NEXT;
      CASE(XOR): R[A].u = R[B].u ^ R[C].u; NEXT;
      CASE(ANDNOT): R[A].u = R[B].u & ~R[C].u; NEXT;
      CASE(SHL): R[A].u = R[C].u >= 64 ? 0 : R[B].u << R[C].u; NEXT;
      CASE(SHR): R[A].i = R[B].i >> (R[C].u >= 64 ? 63 : R[C].u); NEXT;
      CASE(SHRU): R[A].u = R[C].u >= 64 ? 0 : R[B].u >> R[C].u; NEXT;
      CASE(SHLI): R[A].u = R[B].u << C; NEXT;
      CASE(SHRI): R[A].i = R[B].i >> C; NEXT;
      CASE(SHRUI): R[A].u = R[B].u >> C; NEXT;
      CASE(CHKSHIFT):
        if (R[A].i < 0) { SAVE(); panic_runtime_error("negative shift amount"); }
        NEXT;
      CASE(NEG): R[A].u = 0 - R[B].u; NEXT;
      CASE(COM): R[A].u = ~R[B].u; NEXT;
      CASE(SX8): R[A].i = int8_t(R[B].u); NEXT;
      CASE(SX16): R[A].i = int16_t(R[B].u); NEXT;
      CASE(SX32): R[A].i = int32_t(R[B].u); NEXT;
      CASE(ZX8): R[A].u = uint8_t(R[B].u); NEXT;
      CASE(ZX16): R[A].u = uint16_t(R[B].u); NEXT;
      CASE(ZX32): R[A].u = uint32_t(R[B].u); NEXT;

      // ---- floats
      CASE(FADD): R[A].f = R[B].f + R[C].f; NEXT;
      CASE(FSUB): R[A].f = R[B].f - R[C].f; NEXT;
      CASE(FMUL): R[A].f = R[B].f * R[C].f; NEXT;
      CASE(FDIV): R[A].f = R[B].f / R[C].f; NEXT;
      CASE(FNEG): R[A].f = -R[B].f; NEXT;
      CASE(CDIV): {
        const gomath::Complex128 q = gomath::complex128_div({R[B].f, R[B + 1].f}, {R[C].f, R[C + 1].f});
        R[A].f = q.re;
        R[A + 1].f = q.im;
        NEXT;
      }
      CASE(F32): R[A].f = double(float(R[B].f)); NEXT;
      CASE(I2F): R[A].f = double(R[B].i); NEXT;
      CASE(U2F): R[A].f = double(R[B].u); NEXT;
      CASE(F2I): R[A].i = float_to_int(R[B].f); NEXT;
      CASE(F2U): R[A].u = float_to_uint(R[B].f); NEXT;

      // ---- comparisons
      CASE(EQ): R[A].u = R[B].u == R[C].u; NEXT;
      CASE(NE): R[A].u = R[B].u != R[C].u; NEXT;
      CASE(LT): R[A].u = R[B].i < R[C].i; NEXT;
      CASE(LE): R[A].u = R[B].i <= R[C].i; NEXT;
      CASE(LTU): R[A].u = R[B].u < R[C].u; NEXT;
      CASE(LEU): R[A].u = R[B].u <= R[C].u; NEXT;
      CASE(FEQ): R[A].u = R[B].f == R[C].f; NEXT;
      CASE(FNE): R[A].u = R[B].f != R[C].f; NEXT;
      CASE(FLT): R[A].u = R[B].f < R[C].f; NEXT;
      CASE(FLE): R[A].u = R[B].f <= R[C].f; NEXT;
      CASE(NOT): R[A].u = !truthy(R[B]); NEXT;
      CASE(MIN): R[A] = R[C].i < R[B].i ? R[C] : R[B]; NEXT;
      CASE(MAX): R[A] = R[C].i > R[B].i ? R[C] : R[B]; NEXT;
      CASE(MINU): R[A] = R[C].u < R[B].u ? R[C] : R[B]; NEXT;
      CASE(MAXU): R[A] = R[C].u > R[B].u ? R[C] : R[B]; NEXT;
      CASE(FMIN): R[A].f = float_min(R[B].f, R[C].f); NEXT;
      CASE(FMAX): R[A].f = float_max(R[B].f, R[C].f); NEXT;

      // ---- branches
      CASE(JMP): {
        int32_t off = ext_offset(*pc);
        pc += 1 + off;
        NEXT;
      }
      CASE(LOOP): {
        int32_t off = ext_offset(*pc);
        pc += 1 + off;
        if (--t.budget <= 0) {
          SAVE();
          preempt(t);
          RELOAD();
        }
        NEXT;
      }
      CASE(JT): BRANCH(truthy(R[A]));
      CASE(JF): BRANCH(!truthy(R[A]));
      CASE(JLT): BRANCH(R[A].i < R[B].i);
      CASE(JGE): BRANCH(R[A].i >= R[B].i);
      CASE(JEQ): BRANCH(R[A].u == R[B].u);
      CASE(JNE): BRANCH(R[A].u != R[B].u);

      // ---- strings
      CASE(SCONCAT): {
        String s = concat(as_string(&R[B]), as_string(&R[C]));
        R[A].u = uintptr_t(s.data);
        R[A + 1].i = s.len;
        NEXT;
      }
      CASE(SEQ): R[A].u = as_string(&R[B]).view() == as_string(&R[C]).view(); NEXT;
      CASE(SNE): R[A].u = as_string(&R[B]).view() != as_string(&R[C]).view(); NEXT;
      CASE(SLT): R[A].u = as_string(&R[B]).view() < as_string(&R[C]).view(); NEXT;
      CASE(SLE): R[A].u = as_string(&R[B]).view() <= as_string(&R[C]).view(); NEXT;
      CASE(SMIN): {
        Slot* m = as_string(&R[C]).view() < as_string(&R[B]).view() ? &R[C] : &R[B];
        Slot d = m[0], l = m[1];
        R[A] = d, R[A + 1] = l;
        NEXT;
      }
      CASE(SMAX): {
        Slot* m = as_string(&R[C]).view() > as_string(&R[B]).view() ? &R[C] : &R[B];
        Slot d = m[0], l = m[1];
        R[A] = d, R[A + 1] = l;
        NEXT;
      }
      CASE(SINDEX): {
        String s = as_string(&R[B]);
        uint64_t i = R[C].u;
        if (i >= uint64_t(s.len)) { SAVE(); panic_index(R[C].i, s.len); }
        R[A].u = uint8_t(s.data[i]);
        NEXT;
      }
      CASE(SSLICE): {
        String s = as_string(&R[B]);
        int64_t lo = R[C].i, hi = R[C + 1].i;
        if (uint64_t(hi) > uint64_t(s.len)) { SAVE(); panic_slice_bound("slice bounds out of range [:", hi, "] with length ", s.len); }
        if (uint64_t(lo) > uint64_t(hi)) { SAVE(); panic_slice_order(lo, hi); }
        R[A].u = uintptr_t(s.data + lo);
        R[A + 1].i = hi - lo;
        NEXT;
      }
      CASE(SNEXT): {
        String s = as_string(&R[B]);
        int32_t width = 0;
        R[A].i = decode_rune(s, R[C].i, &width);
        R[A + 1].i = width;
        NEXT;
      }
      CASE(RUNESTR): store_string(&R[A], rune_to_string(R[B].i)); NEXT;
      CASE(BYTESSTR): store_string(&R[A], bytes_to_string(as_slice(&R[B]))); NEXT;
      CASE(STRBYTES): store_slice(&R[A], string_to_bytes(as_string(&R[B]))); NEXT;
      CASE(RUNESSTR): store_string(&R[A], runes_to_string(as_slice(&R[B]))); NEXT;
      CASE(STRRUNES): store_slice(&R[A], string_to_runes(as_string(&R[B]))); NEXT;

      // ---- memory
#define LOAD_OP(name, T, field)                               \
  CASE(name): {                                            \
    char* p = static_cast<char*>(R[B].p);                     \
    if (!p) { SAVE(); panic_nil(); }                          \
    T v;                                                      \
    std::memcpy(&v, p + C, sizeof v);                         \
    R[A].field = v;                                           \
    NEXT;                                                    \
  }
      LOAD_OP(LD8S, int8_t, i)
      LOAD_OP(LD8U, uint8_t, u)
      LOAD_OP(LD16S, int16_t, i)
      LOAD_OP(LD16U, uint16_t, u)
      LOAD_OP(LD32S, int32_t, i)
      LOAD_OP(LD32U, uint32_t, u)
      LOAD_OP(LD64, uint64_t, u)
      LOAD_OP(LDF32, float, f)
#undef LOAD_OP
#define STORE_OP(name, T, field)                              \
  CASE(name): {                                            \
    char* p = static_cast<char*>(R[A].p);                     \
    if (!p) { SAVE(); panic_nil(); }                          \
    T v = T(R[B].field);                                      \
    std::memcpy(p + C, &v, sizeof v);                         \
    NEXT;                                                    \
  }
      STORE_OP(ST8, uint8_t, u)
      STORE_OP(ST16, uint16_t, u)
      STORE_OP(ST32, uint32_t, u)
      STORE_OP(ST64, uint64_t, u)
      STORE_OP(STF32, float, f)
#undef STORE_OP
      CASE(LDV): {
        if (!R[B].p) { SAVE(); panic_nil(); }
        load(static_cast<const RType*>(REF[C]), R[B].p, &R[A]);
        NEXT;
      }
      CASE(STV): {
        if (!R[A].p) { SAVE(); panic_nil(); }
        store(static_cast<const RType*>(REF[C]), R[A].p, &R[B]);
        NEXT;
      }
      CASE(ADDP):
        if (!R[B].p) { SAVE(); panic_nil(); }
        R[A].u = uintptr_t(static_cast<char*>(R[B].p) + C);
        NEXT;
      CASE(NILCHK):
        if (!R[A].p) { SAVE(); panic_nil(); }
        NEXT;
      CASE(MEMCPY): {
        if (!R[A].p || !R[B].p) { SAVE(); panic_nil(); }
        std::memmove(R[A].p, R[B].p, static_cast<const RType*>(REF[C])->size);
        NEXT;
      }
      CASE(NEW): R[A].u = uintptr_t(heap_alloc(static_cast<const RType*>(REF[B])->size)); NEXT;
      CASE(BOX): {
        auto rt = static_cast<const RType*>(REF[C]);
        void* p = heap_alloc(rt->size);
        store(rt, p, &R[B]);
        R[A].u = uintptr_t(p);
        NEXT;
      }

      // ---- slices and arrays
      CASE(SL2ARR): {
        const uint32_t n = ext_u32(EXT);
        if (R[B + 1].u < n) { SAVE(); panic_bounds(BoundsKind::Convert, R[B + 1].i, n); }
        R[A].p = R[B].p;
        NEXT;
      }
      CASE(INDEX): {
        uint32_t size = ext_u32(EXT);
        uint64_t i = R[C].u;
        if (i >= R[B + 1].u) { SAVE(); panic_index(R[C].i, R[B + 1].i); }
        R[A].u = uintptr_t(static_cast<char*>(R[B].p) + i * size);
        NEXT;
      }
      CASE(AINDEX): {
        const Instr x = EXT;
        uint64_t i = R[C].u;
        if (i >= x.c) { SAVE(); panic_index(R[C].i, x.c); }
        if (!R[B].p) { SAVE(); panic_nil(); }
        R[A].u = uintptr_t(static_cast<char*>(R[B].p) + i * ext_u32(x));
        NEXT;
      }
      CASE(SLICE): {
        const Instr x = EXT;
        SAVE();
        slice_slice(&R[A], &R[B], &R[C], ext_u32(x), x.c);  // X.c: SliceForm bits
        NEXT;
      }
      CASE(MAKESLICE):
        SAVE();
        make_slice(&R[A], static_cast<const RType*>(REF[B]), R[C].i, R[C + 1].i);
        NEXT;
      CASE(APPEND): {
        const Instr x = EXT;
        SAVE();
        append_values(&R[A], static_cast<const RType*>(REF[x.a]), &R[B], C);
        NEXT;
      }
      CASE(APPENDSL): {
        const Instr x = EXT;
        SAVE();
        append_slice(&R[A], static_cast<const RType*>(REF[x.a]), &R[B], x.b != 0);
        NEXT;
      }
      CASE(COPY): {
        const Instr x = EXT;
        R[A].i = copy_slice(&R[B], &R[C], static_cast<const RType*>(REF[x.a]), x.b != 0);
        NEXT;
      }
      CASE(SLICECLEAR): {
        auto st = static_cast<const RType*>(REF[B]);
        if (R[A].p) std::memset(R[A].p, 0, size_t(R[A + 1].i) * st->elem->size);
        NEXT;
      }

      // ---- maps
      CASE(MAKEMAP):
        SAVE();
        R[A].u = uintptr_t(make_map(static_cast<const RType*>(REF[B]), R[C].i));
        NEXT;
      CASE(MAPGET): {
        const Instr x = EXT;
        SAVE();
        map_get(&R[A], static_cast<Map*>(R[B].p), static_cast<const RType*>(REF[x.a]), &R[C], x.b != 0);
        NEXT;
      }
      CASE(MAPADDR): {
        const Instr x = EXT;
        SAVE();
        R[A].u = uintptr_t(map_addr(static_cast<Map*>(R[B].p), static_cast<const RType*>(REF[x.a]), &R[C]));
        NEXT;
      }
      CASE(MAPDEL):
        SAVE();
        map_del(static_cast<Map*>(R[A].p), static_cast<const RType*>(REF[C]), &R[B]);
        NEXT;
      CASE(MAPLEN): R[A].i = map_length(static_cast<Map*>(R[B].p)); NEXT;
      CASE(MAPCLEAR):
        SAVE();  // a concurrent map write is a fatal error, reported with this line
        map_clear_all(static_cast<Map*>(R[A].p));
        NEXT;
      CASE(MAPITER): {
        // Each range loop draws its own order, as Go's do.
        uint64_t n = t.prog->map_iterations.fetch_add(1, std::memory_order_relaxed);
        R[A].u = uintptr_t(map_iter_new(static_cast<Map*>(R[B].p), t.prog->seed + n * 0x9E3779B97F4A7C15ull));
        NEXT;
      }
      CASE(MAPNEXT): {
        const Instr x = EXT;
        SAVE();
        if (!map_iter_step(R[A].p, static_cast<const RType*>(REF[x.c]), B == 0xFFFF ? nullptr : &R[B],
                           C == 0xFFFF ? nullptr : &R[C]))
          pc += ext_offset(x);
        NEXT;
      }

      // ---- channels
      CASE(MAKECHAN):
        SAVE();
        R[A].u = uintptr_t(make_chan(t, static_cast<const RType*>(REF[B]), R[C].i));
        NEXT;
      CASE(SEND):
        SAVE();
        chan_send_value(t, R[A].p, &R[B]);
        RELOAD();
        NEXT;
      CASE(RECV):
        SAVE();
        chan_recv_value(t, R[B].p, &R[A], C != 0);
        RELOAD();
        NEXT;
      CASE(CLOSE):
        SAVE();
        chan_close_value(t, R[A].p);
        NEXT;
      CASE(CHANLEN): R[A].i = chan_len_value(R[B].p); NEXT;
      CASE(CHANCAP): R[A].i = chan_cap_value(R[B].p); NEXT;
      CASE(SELECT):
        SAVE();
        R[A].i = select_cases(t, R, REF[B], C != 0);
        RELOAD();
        NEXT;

      // ---- interfaces
      CASE(MKIFACE): make_iface(&R[A], static_cast<const RType*>(REF[C]), &R[B]); NEXT;
      CASE(ASSERT): {
        const Instr x = EXT;
        SAVE();
        assert_concrete(&R[A], &R[B], static_cast<const RType*>(REF[C]), static_cast<const RType*>(REF[x.a]),
                        x.b != 0);
        NEXT;
      }
      CASE(ASSERTI): {
        const Instr x = EXT;
        SAVE();
        assert_interface(&R[A], &R[B], static_cast<const RType*>(REF[C]), static_cast<const RType*>(REF[x.a]),
                         x.b != 0);
        NEXT;
      }
      CASE(IMPLEMENTS):
        R[A].u = implements(static_cast<const RType*>(R[B].cp), static_cast<const RType*>(REF[C]));
        NEXT;
      CASE(EQV): {
        const Instr x = EXT;
        SAVE();
        bool eq = equal_regs(static_cast<const RType*>(REF[x.a]), &R[B], &R[C]);
        R[A].u = x.b ? !eq : eq;
        NEXT;
      }

      // ---- functions
      CASE(CALL): {
        auto fn = static_cast<const Proto*>(REF[B]);
        SAVE();
        if (fn->native) {
          if (f->base + A + fn->frame_size > t.stack_size) {
            t.reserve(f->base + A + fn->frame_size);
            RELOAD();
          }
          fn->native(t, &R[A]);
          RELOAD();
          NEXT;
        }
        push_frame(t, fn, nullptr, f->base + A);
        RELOAD();
        if (--t.budget <= 0) {
          preempt(t);
          RELOAD();
        }
        NEXT;
      }
      CASE(CALLC): {
        auto cl = static_cast<const Closure*>(R[B].cp);
        SAVE();
        if (!cl) panic_nil();
        if (cl->fn->native) {
          if (f->base + A + cl->fn->frame_size > t.stack_size) {
            t.reserve(f->base + A + cl->fn->frame_size);
            RELOAD();
          }
          cl->fn->native(t, &R[A]);
          RELOAD();
          NEXT;
        }
        push_frame(t, cl->fn, cl, f->base + A);
        RELOAD();
        if (--t.budget <= 0) {
          preempt(t);
          RELOAD();
        }
        NEXT;
      }
      CASE(CALLI): {
        SAVE();
        const Proto* fn = lookup_method(&R[B], static_cast<const char*>(REF[C]), &R[A]);
        if (fn->native) {
          if (f->base + A + fn->frame_size > t.stack_size) {
            t.reserve(f->base + A + fn->frame_size);
            RELOAD();
          }
          fn->native(t, &R[A]);
          RELOAD();
          NEXT;
        }
        push_frame(t, fn, nullptr, f->base + A);
        RELOAD();
        if (--t.budget <= 0) {
          preempt(t);
          RELOAD();
        }
        NEXT;
      }
      CASE(RET): {
        if (A != 0) std::memmove(&R[0], &R[A], size_t(B) * sizeof(Slot));
        t.frames.pop_back();
        if (t.frames.size() <= stop) return;
        RELOAD();
        NEXT;
      }
      CASE(RUNDEFER): {
        uint32_t depth = uint32_t(t.frames.size() - 1);
        if (t.defers.empty() || t.defers.back().frame != depth) NEXT;
        --pc;  // come back here when the deferred call returns
        SAVE();
        start_deferred(t, f->base + f->fn->frame_size);
        RELOAD();
        NEXT;
      }
      CASE(DEFER):
        SAVE();
        push_defer(t, static_cast<const Closure*>(R[B].cp), &R[A], C);
        NEXT;
      CASE(GO):
        SAVE();
        start_goroutine(t, static_cast<const Closure*>(R[B].cp), &R[A], C);
        RELOAD();
        // Starting a goroutine spends kGoCost of the budget: a goroutine
        // that starts many yields to them after a few thousand, so they run
        // and their stacks are reused, instead of piling up by the ten
        // thousand, each with its own stack's first pages to fault in.
        t.budget -= kGoCost;
        if (t.budget <= 0) {
          preempt(t);
          RELOAD();
        }
        NEXT;
      CASE(CLOSURE): {
        const Instr x = EXT;
        R[A].u = uintptr_t(make_closure(static_cast<const Proto*>(REF[B]), &R[x.a], C));
        NEXT;
      }
      CASE(GETCAP): R[A].u = uintptr_t(f->closure->captured[B]); NEXT;
      CASE(PANIC):
        SAVE();
        panic_iface(t, &R[A]);
      CASE(RECOVER): recover_into(t, &R[A]); NEXT;
      CASE(PRINT):
        SAVE();
        print_builtin(&R[A], REF[B], C != 0);
        NEXT;
      CASE(NATIVE_ERROR):
        SAVE();
        panic_string(static_cast<const char*>(REF[A]));
      case Op::kCount: break;
    }
  }
#undef SAVE
#undef RELOAD
#undef A
#undef B
#undef C
#undef EXT
#undef BRANCH
#undef CASE
#undef NEXT
}

}  // namespace goro::lang::vm
