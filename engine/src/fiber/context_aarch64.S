// goro_context_swap(void** from_sp, void* to_sp) for AArch64 (AAPCS64).
// Saves x19-x30 and d8-d15 on the current stack, stores sp in *from_sp and
// resumes to_sp, which holds the same 176-byte layout.
#if defined(__aarch64__) && !defined(__EMSCRIPTEN__)
  .text
  .globl goro_context_swap
  .type goro_context_swap,%function
  .align 4
goro_context_swap:
  sub sp, sp, #176
  stp x19, x20, [sp, #0]
  stp x21, x22, [sp, #16]
  stp x23, x24, [sp, #32]
  stp x25, x26, [sp, #48]
  stp x27, x28, [sp, #64]
  stp x29, x30, [sp, #80]
  stp d8, d9, [sp, #96]
  stp d10, d11, [sp, #112]
  stp d12, d13, [sp, #128]
  stp d14, d15, [sp, #144]
  mov x2, sp
  str x2, [x0]
  mov sp, x1
  ldp x19, x20, [sp, #0]
  ldp x21, x22, [sp, #16]
  ldp x23, x24, [sp, #32]
  ldp x25, x26, [sp, #48]
  ldp x27, x28, [sp, #64]
  ldp x29, x30, [sp, #80]
  ldp d8, d9, [sp, #96]
  ldp d10, d11, [sp, #112]
  ldp d12, d13, [sp, #128]
  ldp d14, d15, [sp, #144]
  add sp, sp, #176
  ret
  .size goro_context_swap,.-goro_context_swap

// First code a new fiber runs: context_make put arg in x19 and entry in x20.
  .globl goro_context_trampoline
  .type goro_context_trampoline,%function
  .align 4
goro_context_trampoline:
  mov x29, #0
  mov x0, x19
  blr x20
  brk #0
  .size goro_context_trampoline,.-goro_context_trampoline
#endif
  .section .note.GNU-stack,"",%progbits
