// Go's complex arithmetic where it is not two float operations: division,
// which Go's compiler turns into a call of the runtime's complex128div
// (complex64 operands are widened to complex128 and the quotient narrowed).
#pragma once

namespace goro::lang::vm::gomath {

struct Complex128 {
  double re, im;
};

// complex128_div() is runtime.complex128div: Smith's algorithm, with C99's
// corrections where both parts come out NaN (division by zero gives
// infinities, never a panic).
Complex128 complex128_div(Complex128 n, Complex128 m);

}  // namespace goro::lang::vm::gomath
