// Internals shared by constant.cpp, constant_literal.cpp, constant_format.cpp
// and constant_repr.cpp: the normalizing constructors go/constant calls
// makeRat, makeFloat and makeComplex. Not for use outside constant_*.cpp.
#pragma once

#include "constant.hpp"

namespace goro::lang::constant::detail {

// make_rat() is num/den reduced (Unknown if den == 0), or a BigFloat when a
// reduced component has kMaxRatBits or more bits.
Value make_rat(BigInt num, BigInt den);

// make_big_float() is f as a Float, or Unknown if f overflowed to infinity.
Value make_big_float(BigFloat f);

// make_complex() is re + im*i, or Unknown if either part is Unknown.
Value make_complex(Value re, Value im);

// rat_to_big_float() is r rounded to BigFloat's precision (go/constant rtof).
BigFloat rat_to_big_float(const Rat& r);

}  // namespace goro::lang::constant::detail
