// The amd64 assembly routines Go's package math uses in place of its Go
// code (exp_amd64.s, log_amd64.s, hypot_amd64.s, floor_amd64.s,
// dim_amd64.s, sqrt), in C++ with the assembly's operations in its order,
// so results match Go on amd64 bit for bit. Exp follows the FMA path, which
// Go takes on every CPU with AVX and FMA (the machines go.dev/play runs on).
#include "go_math_impl.hpp"

namespace goro::lang::vm::gomath {

namespace {

constexpr uint64_t kPosInf = UINT64_C(0x7FF0000000000000);
constexpr uint64_t kNegInf = UINT64_C(0xFFF0000000000000);

// cvtsd2sl() is CVTSD2SL: round to nearest even, out of range gives INT32_MIN.
int32_t cvtsd2sl(double x) {
  const double r = std::nearbyint(x);
  if (!(r >= -2147483648.0 && r <= 2147483647.0)) return INT32_MIN;
  return int32_t(r);
}

}  // namespace

double archExp(double x) {
  constexpr double LOG2E = 1.4426950408889634073599246810018920;
  constexpr double LN2U = 0.69314718055966295651160180568695068359375;
  constexpr double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double Overflow = 7.09782712893384e+02;
  constexpr double c[9] = {0.5,
                           1.0,
                           2.0,
                           1.6666666666666666667e-1,
                           4.1666666666666666667e-2,
                           8.3333333333333333333e-3,
                           1.3888888888888888889e-3,
                           1.9841269841269841270e-4,
                           2.4801587301587301587e-5};
  const uint64_t bits = Float64bits(x);
  if ((bits & ~(UINT64_C(1) << 63)) >= kPosInf) {  // not finite
    if (bits == kNegInf) return 0;
    return x;  // NaN or +Inf
  }
  if (x > Overflow) return Float64frombits(kPosInf);
  int32_t bx = cvtsd2sl(LOG2E * x);
  const double k = double(bx);
  double x0 = std::fma(-k, LN2U, x);
  x0 = std::fma(-k, LN2L, x0);
  x0 *= 0.0625;
  double x1 = c[8];
  x1 = std::fma(x1, x0, c[7]);
  x1 = std::fma(x1, x0, c[6]);
  x1 = std::fma(x1, x0, c[5]);
  x1 = std::fma(x1, x0, c[4]);
  x1 = std::fma(x1, x0, c[3]);
  x1 = std::fma(x1, x0, c[0]);
  x1 = std::fma(x1, x0, c[1]);
  x0 = x0 * x1;
  for (int i = 0; i < 3; ++i) {
    x1 = x0 + c[2];
    x0 = x0 * x1;
  }
  x1 = x0 + c[2];
  x0 = std::fma(x0, x1, c[1]);
  // fr * 2**exponent
  int64_t e = int64_t(bx) + 0x3FF;
  if (e <= 0) {  // denormal
    if (e < -52) return 0;
    e += 0x3FE;
    x0 *= Float64frombits(uint64_t(e) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return Float64frombits(kPosInf);
  }
  return x0 * Float64frombits(uint64_t(e) << 52);
}

double archLog(double x) {
  constexpr double HSqrt2 = 7.07106781186547524401e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01;
  constexpr double L2 = 3.999999999940941908e-01;
  constexpr double L3 = 2.857142874366239149e-01;
  constexpr double L4 = 2.222219843214978396e-01;
  constexpr double L5 = 1.818357216161805012e-01;
  constexpr double L6 = 1.531383769920937332e-01;
  constexpr double L7 = 1.479819860511658591e-01;
  const uint64_t bits = Float64bits(x);
  if ((bits & ~(UINT64_C(1) << 63)) == 0) return Float64frombits(kNegInf);
  if (int64_t(bits) < 0) return Float64frombits(UINT64_C(0x7FF8000000000001));
  if (bits >= kPosInf) return x;
  // f1, ki := Frexp(x), by masking (denormals are not normalized, as in the assembly).
  double f1 = Float64frombits((bits & UINT64_C(0x000FFFFFFFFFFFFF)) | Float64bits(0.5));
  double k = double(int32_t((bits >> 52) & 0x7FF) - 0x3FE);
  // if f1 <= Sqrt2/2 { k -= 1; f1 *= 2 } (CMPSD's not-less-than: <=, where Go's code says <)
  const double adjust = HSqrt2 < f1 ? 0.0 : 1.0;
  k -= adjust;
  f1 *= adjust + 1.0;
  const double f = f1 - 1.0;
  const double s = f / (2.0 + f);
  const double s2 = s * s;
  const double s4 = s2 * s2;
  double t1 = L7 * s4;
  t1 += L5;
  t1 *= s4;
  t1 += L3;
  t1 *= s4;
  t1 += L1;
  t1 = s2 * t1;
  double t2 = L6 * s4;
  t2 += L4;
  t2 *= s4;
  t2 += L2;
  t2 = s4 * t2;
  const double R = t1 + t2;
  double hfsq = 0.5 * f;
  hfsq *= f;
  double r = (s * (hfsq + R)) + k * Ln2Lo;
  r = hfsq - r;
  r = r - f;
  return k * Ln2Hi - r;
}

double archHypot(double p, double q) {
  uint64_t pb = Float64bits(p) & ~(UINT64_C(1) << 63);
  uint64_t qb = Float64bits(q) & ~(UINT64_C(1) << 63);
  if (pb >= kPosInf || qb >= kPosInf) {
    if (pb == kPosInf || qb == kPosInf) return Float64frombits(kPosInf);
    return Float64frombits(UINT64_C(0x7FF8000000000001));
  }
  if ((pb | qb) == 0) return 0;
  const double a = Float64frombits(pb), b = Float64frombits(qb);
  const double hi = a > b ? a : b;
  double lo = a > b ? b : a;
  lo /= hi;
  lo *= lo;
  lo += 1.0;
  lo = std::sqrt(lo);
  return hi * lo;
}

double archFloor(double x) { return std::floor(x); }
double archCeil(double x) { return std::ceil(x); }
double archTrunc(double x) { return std::trunc(x); }
double archSqrt(double x) { return std::sqrt(x); }
// dim_amd64.s's archMax and archMin answer as Go's max and min do.
double archMax(double x, double y) { return go_max(x, y); }
double archMin(double x, double y) { return go_min(x, y); }

}  // namespace goro::lang::vm::gomath
