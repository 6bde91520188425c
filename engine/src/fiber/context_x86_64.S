// goro_context_swap(void** from_sp, void* to_sp) for x86-64 System V.
// Saves the callee-saved registers on the current stack, stores the stack
// pointer in *from_sp, and resumes to_sp, whose stack holds the same layout
// (built by context_make for a new fiber). The MXCSR and x87 control words
// are not switched, as in Go's gogo: every fiber of a thread shares the
// thread's floating-point modes, and loading them costs more than the rest
// of the switch. It ends with pop+jmp rather than ret: the return stack
// predictor cannot know the other fiber's return address, while the
// indirect-branch predictor learns the alternation of a ping-pong.
#if defined(__x86_64__) && !defined(__EMSCRIPTEN__)
  .text
  .globl goro_context_swap
  .type goro_context_swap,@function
  .align 16
goro_context_swap:
  .cfi_startproc
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  popq %rcx
  jmpq *%rcx
  .cfi_endproc
  .size goro_context_swap,.-goro_context_swap

// First code a new fiber runs: context_make put arg in r12 and entry in r13.
// The zero return address ends stack unwinding (debuggers, exceptions) here.
  .globl goro_context_trampoline
  .type goro_context_trampoline,@function
  .align 16
goro_context_trampoline:
  .cfi_startproc
  .cfi_undefined rip
  movq %r12, %rdi
  callq *%r13
  ud2
  .cfi_endproc
  .size goro_context_trampoline,.-goro_context_trampoline
#endif
  .section .note.GNU-stack,"",@progbits
