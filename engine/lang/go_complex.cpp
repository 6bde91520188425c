// runtime.complex128div (Go's src/runtime/complex.go) in C++, operation by
// operation; go_math_impl.hpp turns off floating-point contraction, as Go's
// compiler never fuses on amd64.
#include "go_complex.hpp"

#include "go_math_impl.hpp"

namespace goro::lang::vm::gomath {

namespace {

// inf2one() is a 1 with f's sign if f is infinite, else a 0 with f's sign.
double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }

bool is_finite(double f) { return !std::isnan(f - f); }

}  // namespace

Complex128 complex128_div(Complex128 n, Complex128 m) {
  double e, f;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    const double ratio = m.im / m.re;
    const double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const double ratio = m.re / m.im;
    const double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    double a = n.re, b = n.im, c = m.re, d = m.im;
    const double inf = HUGE_VAL;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && is_finite(c) && is_finite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && is_finite(a) && is_finite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

}  // namespace goro::lang::vm::gomath
