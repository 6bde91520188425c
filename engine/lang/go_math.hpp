// Go's package math in C++ (go_math.cpp is generated from Go's sources by
// go_math_gen.go; go_math_arch.cpp holds the amd64 assembly routines Go
// uses instead of some of them): every function computes what Go computes
// on amd64, bit for bit. Multiple results come back as a std::tuple.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <tuple>

namespace goro::lang::vm::gomath {

double Abs(double x);
double Acos(double x);
double Acosh(double x);
double Asin(double x);
double Asinh(double x);
double Atan(double x);
double Atan2(double y, double x);
double Atanh(double x);
double Cbrt(double x);
double Ceil(double x);
double Copysign(double f, double sign);
double Cos(double x);
double Cosh(double x);
double Dim(double x, double y);
double Erf(double x);
double Erfc(double x);
double Erfcinv(double x);
double Erfinv(double x);
double Exp(double x);
double Exp2(double x);
double Expm1(double x);
double Floor(double x);
std::tuple<double, int64_t> Frexp(double f);
double Gamma(double x);
double Hypot(double p, double q);
int64_t Ilogb(double x);
double Inf(int64_t sign);
bool IsInf(double f, int64_t sign);
bool IsNaN(double f);
double J0(double x);
double J1(double x);
double Jn(int64_t n, double x);
double Ldexp(double frac, int64_t exp);
std::tuple<double, int64_t> Lgamma(double x);
double Log(double x);
double Log10(double x);
double Log1p(double x);
double Log2(double x);
double Logb(double x);
double Max(double x, double y);
double Min(double x, double y);
double Mod(double x, double y);
std::tuple<double, double> Modf(double f);
double NaN();
double Nextafter(double x, double y);
float Nextafter32(float x, float y);
double Pow(double x, double y);
double Pow10(int64_t n);
double Remainder(double x, double y);
double Round(double x);
double RoundToEven(double x);
bool Signbit(double x);
double Sin(double x);
std::tuple<double, double> Sincos(double x);
double Sinh(double x);
double Sqrt(double x);
double Tan(double x);
double Tanh(double x);
double Trunc(double x);
double Y0(double x);
double Y1(double x);
double Yn(int64_t n, double x);

inline double FMA(double x, double y, double z) { return std::fma(x, y, z); }
inline uint64_t Float64bits(double f) { return __builtin_bit_cast(uint64_t, f); }
inline double Float64frombits(uint64_t b) { return __builtin_bit_cast(double, b); }
inline uint32_t Float32bits(float f) { return __builtin_bit_cast(uint32_t, f); }
inline float Float32frombits(uint32_t b) { return __builtin_bit_cast(float, b); }

}  // namespace goro::lang::vm::gomath
