// Package math's natives (stdlib/math.go): wrappers over gomath, Go's
// algorithms ported to C++ (go_math.hpp), which compute on amd64's terms
// bit for bit.
#include "go_math.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace gomath;

template <double (*F)(double)>
void f1(Thread&, Slot* r) {
  r[0].f = F(r[0].f);
}
template <double (*F)(double, double)>
void f2(Thread&, Slot* r) {
  r[0].f = F(r[0].f, r[1].f);
}
// A float32 result is held rounded to float32 (value.hpp).
double f32(float f) { return double(f); }

void fma_(Thread&, Slot* r) { r[0].f = FMA(r[0].f, r[1].f, r[2].f); }
void float32bits(Thread&, Slot* r) { r[0].u = Float32bits(float(r[0].f)); }
void float32frombits(Thread&, Slot* r) { r[0].f = f32(Float32frombits(uint32_t(r[0].u))); }
void float64bits(Thread&, Slot* r) { r[0].u = Float64bits(r[0].f); }
void float64frombits(Thread&, Slot* r) { r[0].f = Float64frombits(r[0].u); }
void frexp(Thread&, Slot* r) {
  const auto [frac, exp] = Frexp(r[0].f);
  r[0].f = frac;
  r[1].i = exp;
}
void ilogb(Thread&, Slot* r) { r[0].i = Ilogb(r[0].f); }
void inf(Thread&, Slot* r) { r[0].f = Inf(r[0].i); }
void is_inf(Thread&, Slot* r) { r[0].u = IsInf(r[0].f, r[1].i); }
void is_nan(Thread&, Slot* r) { r[0].u = IsNaN(r[0].f); }
void jn(Thread&, Slot* r) { r[0].f = Jn(r[0].i, r[1].f); }
void yn(Thread&, Slot* r) { r[0].f = Yn(r[0].i, r[1].f); }
void ldexp(Thread&, Slot* r) { r[0].f = Ldexp(r[0].f, r[1].i); }
void lgamma(Thread&, Slot* r) {
  const auto [l, sign] = Lgamma(r[0].f);
  r[0].f = l;
  r[1].i = sign;
}
void modf(Thread&, Slot* r) {
  const auto [i, frac] = Modf(r[0].f);
  r[0].f = i;
  r[1].f = frac;
}
void nan(Thread&, Slot* r) { r[0].f = NaN(); }
void nextafter32(Thread&, Slot* r) { r[0].f = f32(Nextafter32(float(r[0].f), float(r[1].f))); }
void pow10(Thread&, Slot* r) { r[0].f = Pow10(r[0].i); }
void signbit(Thread&, Slot* r) { r[0].u = Signbit(r[0].f); }
void sincos(Thread&, Slot* r) {
  const auto [s, c] = Sincos(r[0].f);
  r[0].f = s;
  r[1].f = c;
}

constexpr NativeDef kNatives[] = {
    {"math.Abs", f1<Abs>},
    {"math.Acos", f1<Acos>},
    {"math.Acosh", f1<Acosh>},
    {"math.Asin", f1<Asin>},
    {"math.Asinh", f1<Asinh>},
    {"math.Atan", f1<Atan>},
    {"math.Atan2", f2<Atan2>},
    {"math.Atanh", f1<Atanh>},
    {"math.Cbrt", f1<Cbrt>},
    {"math.Ceil", f1<Ceil>},
    {"math.Copysign", f2<Copysign>},
    {"math.Cos", f1<Cos>},
    {"math.Cosh", f1<Cosh>},
    {"math.Dim", f2<Dim>},
    {"math.Erf", f1<Erf>},
    {"math.Erfc", f1<Erfc>},
    {"math.Erfcinv", f1<Erfcinv>},
    {"math.Erfinv", f1<Erfinv>},
    {"math.Exp", f1<Exp>},
    {"math.Exp2", f1<Exp2>},
    {"math.Expm1", f1<Expm1>},
    {"math.FMA", fma_},
    {"math.Float32bits", float32bits},
    {"math.Float32frombits", float32frombits},
    {"math.Float64bits", float64bits},
    {"math.Float64frombits", float64frombits},
    {"math.Floor", f1<Floor>},
    {"math.Frexp", frexp},
    {"math.Gamma", f1<Gamma>},
    {"math.Hypot", f2<Hypot>},
    {"math.Ilogb", ilogb},
    {"math.Inf", inf},
    {"math.IsInf", is_inf},
    {"math.IsNaN", is_nan},
    {"math.J0", f1<J0>},
    {"math.J1", f1<J1>},
    {"math.Jn", jn},
    {"math.Ldexp", ldexp},
    {"math.Lgamma", lgamma},
    {"math.Log", f1<Log>},
    {"math.Log10", f1<Log10>},
    {"math.Log1p", f1<Log1p>},
    {"math.Log2", f1<Log2>},
    {"math.Logb", f1<Logb>},
    {"math.Max", f2<Max>},
    {"math.Min", f2<Min>},
    {"math.Mod", f2<Mod>},
    {"math.Modf", modf},
    {"math.NaN", nan},
    {"math.Nextafter", f2<Nextafter>},
    {"math.Nextafter32", nextafter32},
    {"math.Pow", f2<Pow>},
    {"math.Pow10", pow10},
    {"math.Remainder", f2<Remainder>},
    {"math.Round", f1<Round>},
    {"math.RoundToEven", f1<RoundToEven>},
    {"math.Signbit", signbit},
    {"math.Sin", f1<Sin>},
    {"math.Sincos", sincos},
    {"math.Sinh", f1<Sinh>},
    {"math.Sqrt", f1<Sqrt>},
    {"math.Tan", f1<Tan>},
    {"math.Tanh", f1<Tanh>},
    {"math.Trunc", f1<Trunc>},
    {"math.Y0", f1<Y0>},
    {"math.Y1", f1<Y1>},
    {"math.Yn", yn},
};

}  // namespace

std::span<const NativeDef> natives_math() { return kNatives; }

}  // namespace goro::lang::vm
