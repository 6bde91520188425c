// Tests for goro's fmt (goro/fmt.hpp).
//
// The FmtMatchesGo tables pair a Go expression with its C++ spelling; every
// expected string is what go1.19.8 printed for the Go expression, with the
// Go types below mirrored by the C++ ones (the Go side ran as one program;
// check any new row against go1.19 the same way). Later sections cover
// C++-only types, and the printing functions that go through goro::write,
// run inside goro::run with test_support's capturing Sink.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <complex>
#include <cstdint>
#include <deque>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "goro/chan.hpp"
#include "goro/fmt.hpp"
#include "goro/go.hpp"
#include "goro/goroutine.hpp"
#include "goro/time.hpp"
#include "goro/waitgroup.hpp"
#include "test_support.hpp"

using namespace std::string_literals;
using namespace std::chrono_literals;

namespace {

// ---- C++ mirrors of the Go oracle's types ----

struct Point {
  int X, Y;
};
GORO_FIELDS(Point, X, Y)

struct Named {
  std::string Name;
  int Age;
};
GORO_FIELDS(Named, Name, Age)

struct Line {
  Point A, B;
};
GORO_FIELDS(Line, A, B)

struct Inner {
  std::vector<int> A;
  std::map<std::string, int> M;
};
GORO_FIELDS(Inner, A, M)

// Go: type Color int, with a String method.
enum class Color { Red, Green };
std::string String(Color c) {
  switch (c) {
    case Color::Red: return "Red";
    case Color::Green: return "Green";
  }
  return "?";
}

// Go: type Celsius float64, with a String method.
struct Celsius {
  double v;
  std::string String() const { return goro::sprintf("%.1f°C", v); }
};

// Go: type MyErr struct{ code int }, an error.
struct MyErr {
  int code;
  std::string Error() const { return goro::sprintf("code %d", code); }
};

// Go: type Boom struct{}, whose String method panics.
struct Boom {
  std::string String() const { throw std::runtime_error("boom"); }
};
auto goro_fields(const Boom&) { return goro::fields(); }

// Go: type GS struct{ N int }, with String and GoString methods.
struct GS {
  int N;
  std::string String() const { return goro::sprintf("gs-%d", N); }
  std::string GoString() const { return goro::sprintf("GS(%d)", N); }
};
GORO_FIELDS(GS, N)

// Go: type Money struct{ cents int64 }, a fmt.Formatter.
struct Money {
  int64_t cents;
};
void goro_format(goro::Formatter& f, const Money& m, char32_t verb) {
  if (verb == 'v') {
    f.write(goro::sprintf(f.flag('+') ? "USD %d.%02d" : "$%d.%02d", m.cents / 100, m.cents % 100));
    return;
  }
  f.write(goro::sprintf("%c[w=%d/%t p=%d/%t zero=%t]", verb, f.width(), f.has_width(), f.precision(),
                        f.has_precision(), f.flag('0')));
}

template <class... A>
std::string sf(std::string_view format, const A&... a) {
  return goro::sprintf(format, a...);
}
template <class... A>
std::string sp(const A&... a) {
  return goro::sprint(a...);
}
template <class... A>
std::string sl(const A&... a) {
  return goro::sprintln(a...);
}

std::vector<uint8_t> bytes(std::string_view s) { return std::vector<uint8_t>(s.begin(), s.end()); }

const Point pt{1, 2};
const Named named{"Ann", 30};
const Line line{{1, 2}, {3, 4}};
const Inner inner{{1, 2}, {{"k", 1}}};
const Celsius temp{21.5};
const MyErr myErr{42};
const Boom boom{};
const GS gs{1};
const Money money{1234};
const std::vector<int> vec1{1};
const std::map<std::string, int> map1{{"a", 1}};

struct Case {
  const char* go;    // the Go expression whose output is `want`
  std::string got;   // the C++ spelling's output
  std::string want;
};

void check(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(c.got, c.want) << "Go: " << c.go;
}

}  // namespace

TEST(FmtMatchesGo, Integers) {
  check({
      {R"go(sf("%d", 42))go", sf("%d", 42),
       "42"s},
      {R"go(sf("%+d", 42))go", sf("%+d", 42),
       "+42"s},
      {R"go(sf("% d", 42))go", sf("% d", 42),
       " 42"s},
      {R"go(sf("%5d", 42))go", sf("%5d", 42),
       "   42"s},
      {R"go(sf("%-5d|", 42))go", sf("%-5d|", 42),
       "42   |"s},
      {R"go(sf("%05d", 42))go", sf("%05d", 42),
       "00042"s},
      {R"go(sf("%X", 42))go", sf("%X", 42),
       "2A"s},
      {R"go(sf("%#x", 42))go", sf("%#x", 42),
       "0x2a"s},
      {R"go(sf("%#X", 42))go", sf("%#X", 42),
       "0X2A"s},
      {R"go(sf("%o", 42))go", sf("%o", 42),
       "52"s},
      {R"go(sf("%#o", 42))go", sf("%#o", 42),
       "052"s},
      {R"go(sf("%O", 42))go", sf("%O", 42),
       "0o52"s},
      {R"go(sf("%b", 42))go", sf("%b", 42),
       "101010"s},
      {R"go(sf("%#b", 42))go", sf("%#b", 42),
       "0b101010"s},
      {R"go(sf("%v", 42))go", sf("%v", 42),
       "42"s},
      {R"go(sf("%+v", 42))go", sf("%+v", 42),
       "42"s},
      {R"go(sf("%#v", 42))go", sf("%#v", 42),
       "42"s},
      {R"go(sf("%.3d", 42))go", sf("%.3d", 42),
       "042"s},
      {R"go(sf("%8.3d", 42))go", sf("%8.3d", 42),
       "     042"s},
      {R"go(sf("%08.3d", 42))go", sf("%08.3d", 42),
       "     042"s},
      {R"go(sf("%-8.3d|", 42))go", sf("%-8.3d|", 42),
       "042     |"s},
      {R"go(sf("%+.3d", 42))go", sf("%+.3d", 42),
       "+042"s},
      {R"go(sf("%x", 42))go", sf("%x", 42),
       "2a"s},
      {R"go(sf("%q", 42))go", sf("%q", 42),
       "'*'"s},
      {R"go(sf("%c", 42))go", sf("%c", 42),
       "*"s},
      {R"go(sf("%U", 42))go", sf("%U", 42),
       "U+002A"s},
      {R"go(sf("%#U", 42))go", sf("%#U", 42),
       "U+002A '*'"s},
      {R"go(sf("%6.2d", 42))go", sf("%6.2d", 42),
       "    42"s},
      {R"go(sf("% 05d", 42))go", sf("% 05d", 42),
       " 0042"s},
      {R"go(sf("%+05d", 42))go", sf("%+05d", 42),
       "+0042"s},
      {R"go(sf("%-05d|", 42))go", sf("%-05d|", 42),
       "42   |"s},
      {R"go(sf("%d", -255))go", sf("%d", -255),
       "-255"s},
      {R"go(sf("%x", -255))go", sf("%x", -255),
       "-ff"s},
      {R"go(sf("%X", -255))go", sf("%X", -255),
       "-FF"s},
      {R"go(sf("%o", -255))go", sf("%o", -255),
       "-377"s},
      {R"go(sf("%b", -255))go", sf("%b", -255),
       "-11111111"s},
      {R"go(sf("%05d", -255))go", sf("%05d", -255),
       "-0255"s},
      {R"go(sf("%+d", -255))go", sf("%+d", -255),
       "-255"s},
      {R"go(sf("% d", -255))go", sf("% d", -255),
       "-255"s},
      {R"go(sf("%#x", -255))go", sf("%#x", -255),
       "-0xff"s},
      {R"go(sf("%.5d", -255))go", sf("%.5d", -255),
       "-00255"s},
      {R"go(sf("%v", -255))go", sf("%v", -255),
       "-255"s},
      {R"go(sf("%#v", -255))go", sf("%#v", -255),
       "-255"s},
      {R"go(sf("%.0d|%5.0d|%-3.0d|", 0, 0, 0))go", sf("%.0d|%5.0d|%-3.0d|", 0, 0, 0),
       "|     |   |"s},
      {R"go(sf("%d %d", int8(-128), int8(127)))go", sf("%d %d", int8_t(-128), int8_t(127)),
       "-128 127"s},
      {R"go(sf("%d %v %x %#v", uint8(255), uint8(200), uint8(10), uint8(10)))go", sf("%d %v %x %#v", uint8_t(255), uint8_t(200), uint8_t(10), uint8_t(10)),
       "255 200 a 0xa"s},
      {R"go(sf("%d %d", int16(-32768), uint16(65535)))go", sf("%d %d", int16_t(-32768), uint16_t(65535)),
       "-32768 65535"s},
      {R"go(sf("%d %v", int32(-2147483648), uint32(4294967295)))go", sf("%d %v", int32_t(-2147483648), uint32_t(4294967295)),
       "-2147483648 4294967295"s},
      {R"go(sf("%d", int64(-9223372036854775808)))go", sf("%d", INT64_MIN),
       "-9223372036854775808"s},
      {R"go(sf("%d %x %#v", uint64(18446744073709551615), uint64(18446744073709551615), uint64(18446744073709551615)))go", sf("%d %x %#v", UINT64_MAX, UINT64_MAX, UINT64_MAX),
       "18446744073709551615 ffffffffffffffff 0xffffffffffffffff"s},
      {R"go(sf("%b", int64(-9223372036854775808)))go", sf("%b", INT64_MIN),
       "-1000000000000000000000000000000000000000000000000000000000000000"s},
      {R"go(sf("%#v %#v", uint(7), 7))go", sf("%#v %#v", 7u, 7),
       "0x7 7"s},
      {R"go(sf("%c|%c|%c", 65, 0x1F600, -1))go", sf("%c|%c|%c", 65, 0x1F600, -1),
       "A|😀|�"s},
      {R"go(sf("%q %q %q %+q", 0x263A, 10, 0x7F, 0x263A))go", sf("%q %q %q %+q", 0x263A, 10, 0x7F, 0x263A),
       "'☺' '\\n' '\\x7f' '\\u263a'"s},
      {R"go(sf("%U %#U %#U %.6U", 0x1F600, 0x263A, 10, 0x41))go", sf("%U %#U %#U %.6U", 0x1F600, 0x263A, 10, 0x41),
       "U+1F600 U+263A '☺' U+000A U+000041"s},
      {R"go(sf("%c %v %q %U %d", 'é', 'é', 'é', 'é', '\n'))go", sf("%c %v %q %U %d", U'é', U'é', U'é', U'é', U'\n'),
       "é 233 'é' U+00E9 10"s},
      {R"go(sf("%v %v", int64(1)<<62, -int64(1)<<62))go", sf("%v %v", int64_t(1) << 62, -(int64_t(1) << 62)),
       "4611686018427387904 -4611686018427387904"s},
      {R"go(sf("%v %x %d", uintptr(255), uintptr(255), uint16(65535)))go", sf("%v %x %d", uintptr_t(255), uintptr_t(255), uint16_t(65535)),
       "255 ff 65535"s},
      {R"go(sf("%x %X %o %b", int8(-1), uint8(255), int16(-8), uint16(5)))go", sf("%x %X %o %b", int8_t(-1), uint8_t(255), int16_t(-8), uint16_t(5)),
       "-1 FF -10 101"s},
      {R"go(sf("%-#10x|%#-10o|%+#x|% #x", 255, 8, 255, 255))go", sf("%-#10x|%#-10o|%+#x|% #x", 255, 8, 255, 255),
       "0xff      |010       |+0xff| 0xff"s},
      {R"go(sf("%#.3x|%#08x|%#8.3o", 1, 1, 1))go", sf("%#.3x|%#08x|%#8.3o", 1, 1, 1),
       "0x001|0x00000001|     001"s},
      {R"go(sf("%s|%t|%e", 5, 5, 5))go", sf("%s|%t|%e", 5, 5, 5),
       "%!s(int=5)|%!t(int=5)|%!e(int=5)"s},
  });
}

TEST(FmtMatchesGo, Floats) {
  check({
      {R"go(sf("%v", 1.5))go", sf("%v", 1.5),
       "1.5"s},
      {R"go(sf("%v", 1e6))go", sf("%v", 1e6),
       "1e+06"s},
      {R"go(sf("%v", 1e21))go", sf("%v", 1e21),
       "1e+21"s},
      {R"go(sf("%v", 1e20))go", sf("%v", 1e20),
       "1e+20"s},
      {R"go(sf("%v", 123456789.0))go", sf("%v", 123456789.0),
       "1.23456789e+08"s},
      {R"go(sf("%v", 0.000001234))go", sf("%v", 0.000001234),
       "1.234e-06"s},
      {R"go(sf("%v", 1e-5))go", sf("%v", 1e-5),
       "1e-05"s},
      {R"go(sf("%v", 0.0001))go", sf("%v", 0.0001),
       "0.0001"s},
      {R"go(sf("%v", 100.0))go", sf("%v", 100.0),
       "100"s},
      {R"go(sf("%v", 0.1))go", sf("%v", 0.1),
       "0.1"s},
      {R"go(sf("%v", 2.0/3))go", sf("%v", 2.0/3),
       "0.6666666666666666"s},
      {R"go(sf("%v", math.Copysign(0, -1)))go", sf("%v", -0.0),
       "-0"s},
      {R"go(sf("%v", 3.0))go", sf("%v", 3.0),
       "3"s},
      {R"go(sf("%v", 1e100))go", sf("%v", 1e100),
       "1e+100"s},
      {R"go(sf("%v", 5e-324))go", sf("%v", 5e-324),
       "5e-324"s},
      {R"go(sf("%v", 1.7976931348623157e308))go", sf("%v", 1.7976931348623157e308),
       "1.7976931348623157e+308"s},
      {R"go(sf("%v %v", float32(0.1), float64(float32(0.1))))go", sf("%v %v", 0.1f, double(0.1f)),
       "0.1 0.10000000149011612"s},
      {R"go(sf("%v %v %v", float32(16777216.0), float32(1e10), float32(3.4028235e38)))go", sf("%v %v %v", 16777216.0f, 1e10f, 3.4028235e38f),
       "1.6777216e+07 1e+10 3.4028235e+38"s},
      {R"go(sf("%f", 3.14159265))go", sf("%f", 3.14159265),
       "3.141593"s},
      {R"go(sf("%.2f", 3.14159265))go", sf("%.2f", 3.14159265),
       "3.14"s},
      {R"go(sf("%8.3f", 3.14159265))go", sf("%8.3f", 3.14159265),
       "   3.142"s},
      {R"go(sf("%-8.3f|", 3.14159265))go", sf("%-8.3f|", 3.14159265),
       "3.142   |"s},
      {R"go(sf("%08.3f", 3.14159265))go", sf("%08.3f", 3.14159265),
       "0003.142"s},
      {R"go(sf("%+.2f", 3.14159265))go", sf("%+.2f", 3.14159265),
       "+3.14"s},
      {R"go(sf("% .2f", 3.14159265))go", sf("% .2f", 3.14159265),
       " 3.14"s},
      {R"go(sf("%e", 3.14159265))go", sf("%e", 3.14159265),
       "3.141593e+00"s},
      {R"go(sf("%E", 3.14159265))go", sf("%E", 3.14159265),
       "3.141593E+00"s},
      {R"go(sf("%.3e", 3.14159265))go", sf("%.3e", 3.14159265),
       "3.142e+00"s},
      {R"go(sf("%g", 3.14159265))go", sf("%g", 3.14159265),
       "3.14159265"s},
      {R"go(sf("%.3g", 3.14159265))go", sf("%.3g", 3.14159265),
       "3.14"s},
      {R"go(sf("%G", 3.14159265))go", sf("%G", 3.14159265),
       "3.14159265"s},
      {R"go(sf("%x", 3.14159265))go", sf("%x", 3.14159265),
       "0x1.921fb53c8d4f1p+01"s},
      {R"go(sf("%X", 3.14159265))go", sf("%X", 3.14159265),
       "0X1.921FB53C8D4F1P+01"s},
      {R"go(sf("%b", 3.14159265))go", sf("%b", 3.14159265),
       "7074237743944945p-51"s},
      {R"go(sf("%#g", 3.14159265))go", sf("%#g", 3.14159265),
       "3.14159265"s},
      {R"go(sf("%#.3g", 3.14159265))go", sf("%#.3g", 3.14159265),
       "3.14"s},
      {R"go(sf("%#.0f", 3.14159265))go", sf("%#.0f", 3.14159265),
       "3."s},
      {R"go(sf("%#.0e", 3.14159265))go", sf("%#.0e", 3.14159265),
       "3.e+00"s},
      {R"go(sf("%10.4v", 3.14159265))go", sf("%10.4v", 3.14159265),
       "     3.142"s},
      {R"go(sf("%.0f", 3.14159265))go", sf("%.0f", 3.14159265),
       "3"s},
      {R"go(sf("%.10g", 3.14159265))go", sf("%.10g", 3.14159265),
       "3.14159265"s},
      {R"go(sf("%+08.2f", 3.14159265))go", sf("%+08.2f", 3.14159265),
       "+0003.14"s},
      {R"go(sf("%F", 3.14159265))go", sf("%F", 3.14159265),
       "3.141593"s},
      {R"go(sf("%#x", 3.14159265))go", sf("%#x", 3.14159265),
       "0x1.921fb53c8d4f1p+01"s},
      {R"go(sf("%.2x", 3.14159265))go", sf("%.2x", 3.14159265),
       "0x1.92p+01"s},
      {R"go(sf("%#v", 3.14159265))go", sf("%#v", 3.14159265),
       "3.14159265"s},
      {R"go(sf("%f", -1234.5678))go", sf("%f", -1234.5678),
       "-1234.567800"s},
      {R"go(sf("%e", -1234.5678))go", sf("%e", -1234.5678),
       "-1.234568e+03"s},
      {R"go(sf("%g", -1234.5678))go", sf("%g", -1234.5678),
       "-1234.5678"s},
      {R"go(sf("%08.3f", -1234.5678))go", sf("%08.3f", -1234.5678),
       "-1234.568"s},
      {R"go(sf("%.3g", -1234.5678))go", sf("%.3g", -1234.5678),
       "-1.23e+03"s},
      {R"go(sf("%+.1e", -1234.5678))go", sf("%+.1e", -1234.5678),
       "-1.2e+03"s},
      {R"go(sf("%x", -1234.5678))go", sf("%x", -1234.5678),
       "-0x1.34a456d5cfaadp+10"s},
      {R"go(sf("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5))go", sf("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5),
       "0 2 2 4"s},
      {R"go(sf("%.1f %.1f %.2f %.2f", 0.25, 0.35, 1.005, 2.675))go", sf("%.1f %.1f %.2f %.2f", 0.25, 0.35, 1.005, 2.675),
       "0.2 0.3 1.00 2.67"s},
      {R"go(sf("%.1e %.0e %.3g %.3g", 2.25, 2.5, 100.0, 1234567.0))go", sf("%.1e %.0e %.3g %.3g", 2.25, 2.5, 100.0, 1234567.0),
       "2.2e+00 2e+00 100 1.23e+06"s},
      {R"go(sf("%g %g %g %g", 100000.0, 1000000.0, 0.0001, 0.00001))go", sf("%g %g %g %g", 100000.0, 1000000.0, 0.0001, 0.00001),
       "100000 1e+06 0.0001 1e-05"s},
      {R"go(sf("%.30f", 0.1))go", sf("%.30f", 0.1),
       "0.100000000000000005551115123126"s},
      {R"go(sf("%.20e", 1.0/3))go", sf("%.20e", 1.0/3),
       "3.33333333333333314830e-01"s},
      {R"go(sf("%v %v %v", math.NaN(), math.Inf(1), math.Inf(-1)))go", sf("%v %v %v", NAN, INFINITY, -INFINITY),
       "NaN +Inf -Inf"s},
      {R"go(sf("%5.1f|%-6v|%06v|%+v|% v|%+v", math.NaN(), math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), math.Inf(1)))go", sf("%5.1f|%-6v|%06v|%+v|% v|%+v", NAN, INFINITY, -INFINITY, NAN, NAN, INFINITY),
       "  NaN|+Inf  |  -Inf|NaN| NaN|+Inf"s},
      {R"go(sf("%6.2f%%", 99.5))go", sf("%6.2f%%", 99.5),
       " 99.50%"s},
      {R"go(sf("%v %.2f %+.1e", complex(1, 2), complex(-1.5, 0.25), complex64(complex(3, -4))))go", sf("%v %.2f %+.1e", std::complex<double>(1, 2), std::complex<double>(-1.5, 0.25), std::complex<float>(3, -4)),
       "(1+2i) (-1.50+0.25i) (+3.0e+00-4.0e+00i)"s},
      {R"go(sf("%d", 1.5))go", sf("%d", 1.5),
       "%!d(float64=1.5)"s},
      {R"go(sf("%s", 2.5))go", sf("%s", 2.5),
       "%!s(float64=2.5)"s},
      {R"go(sf("%v %v", float32(1)/3, 1.0/3))go", sf("%v %v", 1.0f/3, 1.0/3),
       "0.33333334 0.3333333333333333"s},
      {R"go(sf("%b %b", 1.0, float32(1.0)))go", sf("%b %b", 1.0, 1.0f),
       "4503599627370496p-52 8388608p-23"s},
      {R"go(sf("%6.2v|%.3v|%10.3e|%-10.2g|", 3.14159, 1234.5678, 123456.789, 0.000012345))go", sf("%6.2v|%.3v|%10.3e|%-10.2g|", 3.14159, 1234.5678, 123456.789, 0.000012345),
       "   3.1|1.23e+03| 1.235e+05|1.2e-05   |"s},
      {R"go(sf("%#v %#v %#v", 1.0, 1e6, float32(2.5)))go", sf("%#v %#v %#v", 1.0, 1e6, 2.5f),
       "1 1e+06 2.5"s},
      {R"go(sf("%v|%v", 1e-320, float32(1e-40)))go", sf("%v|%v", 1e-320, 1e-40f),
       "1e-320|1e-40"s},
      {R"go(sf("%.3f|%.3f|%.0f|%.1f", 1e-10, -1e-10, -0.4, -0.04))go", sf("%.3f|%.3f|%.0f|%.1f", 1e-10, -1e-10, -0.4, -0.04),
       "0.000|-0.000|-0|-0.0"s},
      {R"go(sf("%e|%.0e|%#.0e|%E", 0.0, 0.0, 0.0, 1e-300))go", sf("%e|%.0e|%#.0e|%E", 0.0, 0.0, 0.0, 1e-300),
       "0.000000e+00|0e+00|0.e+00|1.000000E-300"s},
      {R"go(sf("%g|%g|%.2g|%g|%G", 0.0, 1e-7, 1e-7, 123456789.0, 1e-10))go", sf("%g|%g|%.2g|%g|%G", 0.0, 1e-7, 1e-7, 123456789.0, 1e-10),
       "0|1e-07|1e-07|1.23456789e+08|1E-10"s},
      {R"go(sf("%x|%X|%.3x|%#.0x|%x", 1.0, -0.1, 3.0, 5.5, float32(0.1)))go", sf("%x|%X|%.3x|%#.0x|%x", 1.0, -0.1, 3.0, 5.5, 0.1f),
       "0x1p+00|-0X1.999999999999AP-04|0x1.800p+01|0x1.p+02|0x1.99999ap-04"s},
      {R"go(sf("%b|%b", math.Copysign(0, -1), float32(-3.5)))go", sf("%b|%b", -0.0, -3.5f),
       "-0p-1074|-14680064p-22"s},
      {R"go(sf("%#g|%#.4g|%#e|%#.2f|%#v", 1.0, 100.0, 1.5, 2.0, 3.0))go", sf("%#g|%#.4g|%#e|%#.2f|%#v", 1.0, 100.0, 1.5, 2.0, 3.0),
       "1.00000|100.0|1.500000e+00|2.00|3"s},
      {R"go(sf("%08.3e|%+08.3f|%-+8.2f|% 08.2f", -1.5, 1.5, 1.5, -1.5))go", sf("%08.3e|%+08.3f|%-+8.2f|% 08.2f", -1.5, 1.5, 1.5, -1.5),
       "-1.500e+00|+001.500|+1.50   |-0001.50"s},
      {R"go(sf("%.50f", 0.1))go", sf("%.50f", 0.1),
       "0.10000000000000000555111512312578270211815834045410"s},
      {R"go(sf("%.17g|%.17g|%.16e", 0.1, 1.0/3, 2.0/3))go", sf("%.17g|%.17g|%.16e", 0.1, 1.0/3, 2.0/3),
       "0.10000000000000001|0.33333333333333331|6.6666666666666663e-01"s},
      {R"go(sf("%v %v %v %v", 1e-4, 1e-5, 12345678.0, 123456.0))go", sf("%v %v %v %v", 1e-4, 1e-5, 12345678.0, 123456.0),
       "0.0001 1e-05 1.2345678e+07 123456"s},
      {R"go(sf("%v %v %v", float32(1e-4), float32(123456789), float32(0.3)))go", sf("%v %v %v", 1e-4f, 123456789.0f, 0.3f),
       "0.0001 1.2345679e+08 0.3"s},
      {R"go(sf("%.3g|%.10g|%g|%e", float32(1)/3, float32(0.1), float32(1e20), float32(16777217)))go", sf("%.3g|%.10g|%g|%e", 1.0f/3, 0.1f, 1e20f, 16777217.0f),
       "0.333|0.1000000015|1e+20|1.677722e+07"s},
      {R"go(sf("%.2f|%.2f|%.2f|%.3e", 0.125, 0.375, 1e15+0.5, 1.0005))go", sf("%.2f|%.2f|%.2f|%.3e", 0.125, 0.375, 1e15+0.5, 1.0005),
       "0.12|0.38|1000000000000000.50|1.000e+00"s},
      {R"go(sf("%.0f|%.0f|%f", 1e20, 123456789012345678.0, 1e22))go", sf("%.0f|%.0f|%f", 1e20, 123456789012345678.0, 1e22),
       "100000000000000000000|123456789012345680|10000000000000000000000.000000"s},
      {R"go(sf("%12.4E|%-12.3G|%+.3v", 6.02214076e23, 6.02214076e23, 6.02214076e23))go", sf("%12.4E|%-12.3G|%+.3v", 6.02214076e23, 6.02214076e23, 6.02214076e23),
       "  6.0221E+23|6.02E+23    |6.02e+23"s},
  });
}

TEST(FmtMatchesGo, Strings) {
  check({
      {R"go(sf("%s", "héllo"))go", sf("%s", "héllo"),
       "héllo"s},
      {R"go(sf("%v", "héllo"))go", sf("%v", "héllo"),
       "héllo"s},
      {R"go(sf("%q", "héllo"))go", sf("%q", "héllo"),
       "\"héllo\""s},
      {R"go(sf("%x", "héllo"))go", sf("%x", "héllo"),
       "68c3a96c6c6f"s},
      {R"go(sf("%X", "héllo"))go", sf("%X", "héllo"),
       "68C3A96C6C6F"s},
      {R"go(sf("% x", "héllo"))go", sf("% x", "héllo"),
       "68 c3 a9 6c 6c 6f"s},
      {R"go(sf("%#x", "héllo"))go", sf("%#x", "héllo"),
       "0x68c3a96c6c6f"s},
      {R"go(sf("%# X", "héllo"))go", sf("%# X", "héllo"),
       "0X68 0XC3 0XA9 0X6C 0X6C 0X6F"s},
      {R"go(sf("%10s|", "héllo"))go", sf("%10s|", "héllo"),
       "     héllo|"s},
      {R"go(sf("%-10s|", "héllo"))go", sf("%-10s|", "héllo"),
       "héllo     |"s},
      {R"go(sf("%.2s", "héllo"))go", sf("%.2s", "héllo"),
       "hé"s},
      {R"go(sf("%5.1s|", "héllo"))go", sf("%5.1s|", "héllo"),
       "    h|"s},
      {R"go(sf("%#v", "héllo"))go", sf("%#v", "héllo"),
       "\"héllo\""s},
      {R"go(sf("%+q", "héllo"))go", sf("%+q", "héllo"),
       "\"h\\u00e9llo\""s},
      {R"go(sf("%#q", "héllo"))go", sf("%#q", "héllo"),
       "`héllo`"s},
      {R"go(sf("%10q|", "héllo"))go", sf("%10q|", "héllo"),
       "   \"héllo\"|"s},
      {R"go(sf("%.3x", "héllo"))go", sf("%.3x", "héllo"),
       "68c3a9"s},
      {R"go(sf("%010s", "héllo"))go", sf("%010s", "héllo"),
       "00000héllo"s},
      {R"go(sf("%T", "héllo"))go", sf("%T", "héllo"),
       "string"s},
      {R"go(sf("%q|%+q|%#q|%#q", "tab\there\n", "日本", "back`tick", "ok\tok"))go", sf("%q|%+q|%#q|%#q", "tab\there\n", "日本", "back`tick", "ok\tok"),
       "\"tab\\there\\n\"|\"\\u65e5\\u672c\"|\"back`tick\"|`ok\tok`"s},
      {R"go(sf("%q %q %q", "\x00\x7f", "\xff\xfe", "\u2028\ufeff"))go", sf("%q %q %q", "\x00\x7f"s, "\xff\xfe", "\u2028\ufeff"),
       "\"\\x00\\x7f\" \"\\xff\\xfe\" \"\\u2028\\ufeff\""s},
      {R"go(sf("%q", "\a\b\f\r\v\\\""))go", sf("%q", "\a\b\f\r\v\\\""),
       "\"\\a\\b\\f\\r\\v\\\\\\\"\""s},
      {R"go(sf("%x|%X|%5x|%-5x|", "", "", "", ""))go", sf("%x|%X|%5x|%-5x|", "", "", "", ""),
       "||     |     |"s},
      {R"go(sf("%d", "hi"))go", sf("%d", "hi"),
       "%!d(string=hi)"s},
      {R"go(sf("%5d|", "hi"))go", sf("%5d|", "hi"),
       "%!d(string=   hi)|"s},
      {R"go(sf("%c", "hi"))go", sf("%c", "hi"),
       "%!c(string=hi)"s},
      {R"go(sf("%s|%v|%q|%x", "a", "b", "c", "d"))go", sf("%s|%v|%q|%x", 'a', 'b', 'c', 'd'),
       "a|b|\"c\"|64"s},
      {R"go(sf("%c|%d|%U|%5c|", byte(97), byte(97), byte(97), byte(98)))go", sf("%c|%d|%U|%5c|", 'a', 'a', 'a', 'b'),
       "a|97|U+0061|    b|"s},
      {R"go(sf("%s %s %v", "lit", "view", "ptr"))go", sf("%s %s %v", "lit", std::string_view("view"), static_cast<const char*>("ptr")),
       "lit view ptr"s},
      {R"go(sf("%6.3v|", "日本語日本語"))go", sf("%6.3v|", "日本語日本語"),
       "   日本語|"s},
      {R"go(sf("%t", "x"))go", sf("%t", "x"),
       "%!t(string=x)"s},
      {R"go(sf("%08.3v|%-8q|%+q|%x", "abc", 'x', "é", 'x'))go", sf("%08.3v|%-8q|%+q|%x", "abc", U'x', "é", U'x'),
       "00000abc|'x'     |\"\\u00e9\"|78"s},
      {R"go(sf("%5.1q|%.0q|%q", "abc", "abc", ""))go", sf("%5.1q|%.0q|%q", "abc", "abc", ""),
       "  \"a\"|\"\"|\"\""s},
      {R"go(sf("%q %+q %#q", '\'', '☺', '☺'))go", sf("%q %+q %#q", U'\'', U'☺', U'☺'),
       "'\\'' '\\u263a' '☺'"s},
      {R"go(sf("%q %q %q", rune(0x10FFFF+1), rune(0xD800), rune(0x1F600)))go", sf("%q %q %q", char32_t(0x10FFFF + 1), char32_t(0xD800), char32_t(0x1F600)),
       "'�' '�' '😀'"s},
      {R"go(sf("%x|% X|%#x|%# x", "\xff\x00a", "\xff\x00a", "\xff\x00a", "\xff\x00a"))go", sf("%x|% X|%#x|%# x", "\xff\x00" "a"s, "\xff\x00" "a"s, "\xff\x00" "a"s, "\xff\x00" "a"s),
       "ff0061|FF 00 61|0xff0061|0xff 0x00 0x61"s},
      {R"go(sf("%s|%v|%.1s|%3s|", "\xffa", "é\xe9", "\xe9x", "\xe9"))go", sf("%s|%v|%.1s|%3s|", "\xff" "a", "é\xe9", "\xe9" "x", "\xe9"),
       "\377a|\303\251\351|\351|  \351|"s},
      {R"go(sf("%U|%#U|%#U", -1, 0x110000, 0x1F600))go", sf("%U|%#U|%#U", -1, 0x110000, 0x1F600),
       "U+FFFFFFFFFFFFFFFF|U+110000|U+1F600 '😀'"s},
  });
}

TEST(FmtMatchesGo, BoolAndNil) {
  check({
      {R"go(sf("%t %v %5t|%-6v|", true, false, true, false))go", sf("%t %v %5t|%-6v|", true, false, true, false),
       "true false  true|false |"s},
      {R"go(sf("%d", true))go", sf("%d", true),
       "%!d(bool=true)"s},
      {R"go(sf("%v %d %T", nil, nil, nil))go", sf("%v %d %T", nullptr, nullptr, nullptr),
       "<nil> %!d(<nil>) <nil>"s},
      {R"go(sf("%5v|", nil))go", sf("%5v|", nullptr),
       "<nil>|"s},
      {R"go(sf("%v %s", (*int)(nil), (*int)(nil)))go", sf("%v %s", (int*)nullptr, (int*)nullptr),
       "<nil> %!s(*int=<nil>)"s},
      {R"go(sf("%p %d", (*int)(nil), (*int)(nil)))go", sf("%p %d", (int*)nullptr, (int*)nullptr),
       "0x0 0"s},
      {R"go(sf("%#v", (*int)(nil)))go", sf("%#v", (int*)nullptr),
       "(*int)(nil)"s},
      {R"go(sf("%v %v", nil, 5))go", sf("%v %v", std::optional<int>(), std::optional<int>(5)),
       "<nil> 5"s},
  });
}

TEST(FmtMatchesGo, PrintfErrors) {
  check({
      {R"go(sf("%d %d", 1))go", sf("%d %d", 1),
       "1 %!d(MISSING)"s},
      {R"go(sf("%d", 1, 2))go", sf("%d", 1, 2),
       "1%!(EXTRA int=2)"s},
      {R"go(sf("%d", 1, "x", 2.5, nil))go", sf("%d", 1, "x", 2.5, nullptr),
       "1%!(EXTRA string=x, float64=2.5, <nil>)"s},
      {R"go(sf("hi", 1))go", sf("hi", 1),
       "hi%!(EXTRA int=1)"s},
      {R"go(sf("%[2]d %[1]d", 1, 2))go", sf("%[2]d %[1]d", 1, 2),
       "2 1"s},
      {R"go(sf("%[3]d", 1, 2))go", sf("%[3]d", 1, 2),
       "%!d(BADINDEX)"s},
      {R"go(sf("%[1]d %d %d", 1, 2))go", sf("%[1]d %d %d", 1, 2),
       "1 2 %!d(MISSING)"s},
      {R"go(sf("%[2]*[1]d|", 12, 5))go", sf("%[2]*[1]d|", 12, 5),
       "   12|"s},
      {R"go(sf("%[1]d %[1]x %[1]o", 64))go", sf("%[1]d %[1]x %[1]o", 64),
       "64 40 100"s},
      {R"go(sf("%[0]d", 1))go", sf("%[0]d", 1),
       "%!d(BADINDEX)"s},
      {R"go(sf("%[x]d", 1))go", sf("%[x]d", 1),
       "%!d(BADINDEX)"s},
      {R"go(sf("%[1]", 1))go", sf("%[1]", 1),
       "%!(NOVERB)"s},
      {R"go(sf("%*d|%-*d|%*d|", 5, 42, 5, 42, -5, 42))go", sf("%*d|%-*d|%*d|", 5, 42, 5, 42, -5, 42),
       "   42|42   |42   |"s},
      {R"go(sf("%.*f|%*.*f|", 2, 3.14159, 8, 3, 3.14159))go", sf("%.*f|%*.*f|", 2, 3.14159, 8, 3, 3.14159),
       "3.14|   3.142|"s},
      {R"go(sf("%*d", "x", 42))go", sf("%*d", "x", 42),
       "%!(BADWIDTH)42"s},
      {R"go(sf("%.*d", "x", 42))go", sf("%.*d", "x", 42),
       "%!(BADPREC)42"s},
      {R"go(sf("%*d", 10000000, 42))go", sf("%*d", 10000000, 42),
       "%!(BADWIDTH)42"s},
      {R"go(sf("%.*d|", -1, 42))go", sf("%.*d|", -1, 42),
       "%!(BADPREC)42|"s},
      {R"go(sf("%*d", uint8(3), 7))go", sf("%*d", uint8_t(3), 7),
       "  7"s},
      {R"go(sf("%"))go", sf("%"),
       "%!(NOVERB)"s},
      {R"go(sf("abc%"))go", sf("abc%"),
       "abc%!(NOVERB)"s},
      {R"go(sf("%-"))go", sf("%-"),
       "%!(NOVERB)"s},
      {R"go(sf("%%|%5%|%-5%|%d%%", 50))go", sf("%%|%5%|%-5%|%d%%", 50),
       "%|%|%|50%"s},
      {R"go(sf("%z %!", 1))go", sf("%z %!", 1),
       "%!z(int=1) %!!(MISSING)"s},
      {R"go(sf("%ä", 1))go", sf("%ä", 1),
       "%!ä(int=1)"s},
      {R"go(sf("%!d(string=x)"))go", sf("%!d(string=x)"),
       "%!!(MISSING)d(string=x)"s},
      {R"go(sf("%.d|%.x|", 0, 0))go", sf("%.d|%.x|", 0, 0),
       "||"s},
      {R"go(sf("%10.3", 1))go", sf("%10.3", 1),
       "%!(NOVERB)%!(EXTRA int=1)"s},
      {R"go(sf("no verbs"))go", sf("no verbs"),
       "no verbs"s},
      {R"go(sf("%s %s", "only"))go", sf("%s %s", "only"),
       "only %!s(MISSING)"s},
      {R"go(sf("%p", 5))go", sf("%p", 5),
       "%!p(int=5)"s},
      {R"go(sf("%p", "str"))go", sf("%p", "str"),
       "%!p(string=str)"s},
  });
}

TEST(FmtMatchesGo, Composites) {
  check({
      {R"go(sf("%v", []int{1, 2, 3}))go", sf("%v", std::vector<int>{1, 2, 3}),
       "[1 2 3]"s},
      {R"go(sf("%d|%x|%03d|%5v|%-3v|", []int{1, 20}, []int{255, 16}, []int{1, 2}, []int{1, 2}, []int{7}))go", sf("%d|%x|%03d|%5v|%-3v|", std::vector<int>{1, 20}, std::vector<int>{255, 16}, std::vector<int>{1, 2}, std::vector<int>{1, 2}, std::vector<int>{7}),
       "[1 20]|[ff 10]|[001 002]|[    1     2]|[7  ]|"s},
      {R"go(sf("%v %q %s %x", []string{"a", "b c"}, []string{"a", "b c"}, []string{"x"}, []string{"hi", "yo"}))go", sf("%v %q %s %x", std::vector<std::string>{"a", "b c"}, std::vector<std::string>{"a", "b c"}, std::vector<std::string>{"x"}, std::vector<std::string>{"hi", "yo"}),
       "[a b c] [\"a\" \"b c\"] [x] [6869 796f]"s},
      {R"go(sf("%v", [][]int{{1, 2}, {3}, {}}))go", sf("%v", std::vector<std::vector<int>>{{1, 2}, {3}, {}}),
       "[[1 2] [3] []]"s},
      {R"go(sf("%v %T", []int{}, []int{}))go", sf("%v %T", std::vector<int>{}, std::vector<int>{}),
       "[] []int"s},
      {R"go(sf("%#v %#v", []int{1, 2}, []string{"a"}))go", sf("%#v %#v", std::vector<int>{1, 2}, std::vector<std::string>{"a"}),
       "[]int{1, 2} []string{\"a\"}"s},
      {R"go(sf("%v %d %T", [3]int{1, 2, 3}, [3]int{4, 5, 6}, [3]int{}))go", sf("%v %d %T", std::array<int, 3>{1, 2, 3}, std::array<int, 3>{4, 5, 6}, std::array<int, 3>{}),
       "[1 2 3] [4 5 6] [3]int"s},
      {R"go(sf("%#v", [2]bool{true, false}))go", sf("%#v", std::array<bool, 2>{true, false}),
       "[2]bool{true, false}"s},
      {R"go(sf("%v|%s|%q|%x|%X|% x|%T", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi")))go", sf("%v|%s|%q|%x|%X|% x|%T", bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi"), bytes("hi")),
       "[104 105]|hi|\"hi\"|6869|6869|68 69|[]uint8"s},
      {R"go(sf("%v %T", []bool{true, false}, []bool{}))go", sf("%v %T", std::vector<bool>{true, false}, std::vector<bool>{}),
       "[true false] []bool"s},
      {R"go(sf("%v %.1f %T", []float64{1, 2.5}, []float64{1, 2.5}, []float64{}))go", sf("%v %.1f %T", std::vector<double>{1, 2.5}, std::vector<double>{1, 2.5}, std::vector<double>{}),
       "[1 2.5] [1.0 2.5] []float64"s},
      {R"go(sf("%v", map[string]int{"b": 2, "a": 1, "c": 3}))go", sf("%v", std::map<std::string, int>{{"b", 2}, {"a", 1}, {"c", 3}}),
       "map[a:1 b:2 c:3]"s},
      {R"go(sf("%v", map[int]string{10: "x", -1: "y", 2: "z"}))go", sf("%v", std::map<int, std::string>{{10, "x"}, {-1, "y"}, {2, "z"}}),
       "map[-1:y 2:z 10:x]"s},
      {R"go(sf("%v %T", map[string]int{}, map[string]int{}))go", sf("%v %T", std::map<std::string, int>{}, std::map<std::string, int>{}),
       "map[] map[string]int"s},
      {R"go(sf("%#v", map[string]int{"b": 2, "a": 1}))go", sf("%#v", std::map<std::string, int>{{"b", 2}, {"a", 1}}),
       "map[string]int{\"a\":1, \"b\":2}"s},
      {R"go(sf("%d %x %q", map[string]int{"k": 10}, map[string]int{"k": 255}, map[string]int{"k": 65}))go", sf("%d %x %q", std::map<std::string, int>{{"k", 10}}, std::map<std::string, int>{{"k", 255}}, std::map<std::string, int>{{"k", 65}}),
       "map[%!d(string=k):10] map[6b:ff] map[\"k\":'A']"s},
      {R"go(sf("%v", map[string][]int{"x": {1, 2}, "a": nil}))go", sf("%v", std::map<std::string, std::vector<int>>{{"x", {1, 2}}, {"a", {}}}),
       "map[a:[] x:[1 2]]"s},
      {R"go(sf("%v", map[float64]string{2.5: "b", math.NaN(): "n", -1: "a"}))go", sf("%v", std::unordered_map<double, std::string>{{2.5, "b"}, {NAN, "n"}, {-1, "a"}}),
       "map[NaN:n -1:a 2.5:b]"s},
      {R"go(sf("%v", map[bool]int{true: 1, false: 0}))go", sf("%v", std::unordered_map<bool, int>{{true, 1}, {false, 0}}),
       "map[false:0 true:1]"s},
      {R"go(sf("%v", map[string]bool{"zeta": true, "Alpha": false, "beta": true}))go", sf("%v", std::unordered_map<std::string, bool>{{"zeta", true}, {"Alpha", false}, {"beta", true}}),
       "map[Alpha:false beta:true zeta:true]"s},
      {R"go(sf("%v %+v %#v %T", pt, pt, pt, pt))go", sf("%v %+v %#v %T", pt, pt, pt, pt),
       "{1 2} {X:1 Y:2} main.Point{X:1, Y:2} main.Point"s},
      {R"go(sf("%d %x %5v|", pt, pt, pt))go", sf("%d %x %5v|", pt, pt, pt),
       "{1 2} {1 2} {    1     2}|"s},
      {R"go(sf("%v %+v", &pt, &pt))go", sf("%v %+v", &pt, &pt),
       "&{1 2} &{X:1 Y:2}"s},
      {R"go(sf("%v %+v %#v", named, named, named))go", sf("%v %+v %#v", named, named, named),
       "{Ann 30} {Name:Ann Age:30} main.Named{Name:\"Ann\", Age:30}"s},
      {R"go(sf("%v", []Point{{1, 2}, {3, 4}}))go", sf("%v", std::vector<Point>{{1, 2}, {3, 4}}),
       "[{1 2} {3 4}]"s},
      {R"go(sf("%+v", line))go", sf("%+v", line),
       "{A:{X:1 Y:2} B:{X:3 Y:4}}"s},
      {R"go(sf("%v %+v %#v", inner, inner, inner))go", sf("%v %+v %#v", inner, inner, inner),
       "{[1 2] map[k:1]} {A:[1 2] M:map[k:1]} main.Inner{A:[]int{1, 2}, M:map[string]int{\"k\":1}}"s},
      {R"go(sf("%T %T %T", pt, &pt, []Point{}))go", sf("%T %T %T", pt, &pt, std::vector<Point>{}),
       "main.Point *main.Point []main.Point"s},
      {R"go(sf("%v", struct{A int; B string}{1, "x"}))go", sf("%v", std::pair<int, std::string>{1, "x"}),
       "{1 x}"s},
      {R"go(sf("%v", struct{A int; B string; C float64}{1, "x", 2.5}))go", sf("%v", std::tuple<int, std::string, double>{1, "x", 2.5}),
       "{1 x 2.5}"s},
      {R"go(sf("%v", map[Point]string{{2, 1}: "b", {1, 2}: "a"}))go", sf("%v", std::map<std::pair<int, int>, std::string>{{{2, 1}, "b"}, {{1, 2}, "a"}}),
       "map[{1 2}:a {2 1}:b]"s},
      {R"go(sf("%v %v", &[]int{1}, &map[string]int{"a": 1}))go", sf("%v %v", &vec1, &map1),
       "&[1] &map[a:1]"s},
      {R"go(sf("%v|%d|%+v", []any{1, "a", nil, 2.5}, []any{1, nil}, []any{pt}))go", sf("%v|%d|%+v", std::vector<std::variant<std::monostate, int, std::string, double>>{1, "a", std::monostate{}, 2.5}, std::vector<std::variant<std::monostate, int>>{1, std::monostate{}}, std::vector<std::variant<Point>>{pt}),
       "[1 a <nil> 2.5]|[1 <nil>]|[{X:1 Y:2}]"s},
      {R"go(sf("%s", []int{1}))go", sf("%s", std::vector<int>{1}),
       "[%!s(int=1)]"s},
      {R"go(sf("%v", [][]string{{"a"}, {}, {"b", "c"}}))go", sf("%v", std::vector<std::vector<std::string>>{{"a"}, {}, {"b", "c"}}),
       "[[a] [] [b c]]"s},
      {R"go(sf("%v %v", map[string][]int{}, map[int]map[string]int{1: {"x": 1}}))go", sf("%v %v", std::map<std::string, std::vector<int>>{}, std::map<int, std::map<std::string, int>>{{1, {{"x", 1}}}}),
       "map[] map[1:map[x:1]]"s},
      {R"go(sf("%#v", map[int][]string{1: {"a"}}))go", sf("%#v", std::map<int, std::vector<std::string>>{{1, {"a"}}}),
       "map[int][]string{1:[]string{\"a\"}}"s},
      {R"go(sf("%#v %#v", []float64{1, 0.5}, []interface{}{1, "a", nil}))go", sf("%#v %#v", std::vector<double>{1, 0.5}, std::vector<std::variant<std::monostate, int, std::string>>{1, "a", std::monostate{}}),
       "[]float64{1, 0.5} []interface {}{1, \"a\", interface {}(nil)}"s},
      {R"go(sf("%+v|%+d|%+x", []int{1, -1}, []int{1, -1}, "hi"))go", sf("%+v|%+d|%+x", std::vector<int>{1, -1}, std::vector<int>{1, -1}, "hi"),
       "[1 -1]|[+1 -1]|6869"s},
      {R"go(sf("%v", [3]bool{}))go", sf("%v", std::array<bool, 3>{}),
       "[false false false]"s},
      {R"go(sf("%q", []interface{}{"a", 'b', 1.5}))go", sf("%q", std::vector<std::variant<std::string, char32_t, double>>{"a", U'b', 1.5}),
       "[\"a\" 'b' %!q(float64=1.5)]"s},
      {R"go(sf("%v %v %v", []int8{-1, 2}, []uint8{1, 2}, [2]uint8{3, 4}))go", sf("%v %v %v", std::vector<int8_t>{-1, 2}, std::vector<uint8_t>{1, 2}, std::array<uint8_t, 2>{3, 4}),
       "[-1 2] [1 2] [3 4]"s},
      {R"go(sf("%s|%x|%v|%T", [2]uint8{65, 66}, [2]uint8{65, 66}, [2]uint8{65, 66}, [2]uint8{}))go", sf("%s|%x|%v|%T", std::array<uint8_t, 2>{65, 66}, std::array<uint8_t, 2>{65, 66}, std::array<uint8_t, 2>{65, 66}, std::array<uint8_t, 2>{}),
       "AB|4142|[65 66]|[2]uint8"s},
      {R"go(sf("%#v|%#v", []byte("hi"), map[string]Point{"a": {1, 2}}))go", sf("%#v|%#v", bytes("hi"), std::map<std::string, Point>{{"a", {1, 2}}}),
       "[]byte{0x68, 0x69}|map[string]main.Point{\"a\":main.Point{X:1, Y:2}}"s},
      {R"go(sf("%v|%+v|%#v", namedPtr, namedPtr, Named{"B", 0}))go", sf("%v|%+v|%#v", &named, &named, Named{"B", 0}),
       "&{Ann 30}|&{Name:Ann Age:30}|main.Named{Name:\"B\", Age:0}"s},
      {R"go(sf("%v|%s|%d", map[string]Color{"x": 1}, []Color{1}, []Color{1}))go", sf("%v|%s|%d", std::map<std::string, Color>{{"x", Color::Green}}, std::vector<Color>{Color::Green}, std::vector<Color>{Color::Green}),
       "map[x:Green]|[Green]|[1]"s},
      {R"go(sf("%v", map[int]int{3: 1, 1: 2, 2: 3, -5: 4, 100: 5, 0: 6}))go", sf("%v", std::unordered_map<int, int>{{3, 1}, {1, 2}, {2, 3}, {-5, 4}, {100, 5}, {0, 6}}),
       "map[-5:4 0:6 1:2 2:3 3:1 100:5]"s},
      {R"go(sf("%v", map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5, "é": 6}))go", sf("%v", std::unordered_map<std::string, int>{{"b", 1}, {"B", 2}, {"a", 3}, {"", 4}, {"ab", 5}, {"é", 6}}),
       "map[:4 B:2 a:3 ab:5 b:1 é:6]"s},
  });
}

TEST(FmtMatchesGo, Methods) {
  check({
      {R"go(sf("%v %s %d %q %x", Color(1), Color(0), Color(1), Color(1), Color(0)))go", sf("%v %s %d %q %x", Color::Green, Color::Red, Color::Green, Color::Green, Color::Red),
       "Green Red 1 \"Green\" 526564"s},
      {R"go(sf("%v %T", []Color{0, 1}, Color(0)))go", sf("%v %T", std::vector<Color>{Color::Red, Color::Green}, Color::Red),
       "[Red Green] main.Color"s},
      {R"go(sf("%v", map[Color]int{1: 10, 0: 20}))go", sf("%v", std::map<Color, int>{{Color::Green, 10}, {Color::Red, 20}}),
       "map[Red:20 Green:10]"s},
      {R"go(sf("%v|%10v|%-10s|%.2v", temp, temp, temp, temp))go", sf("%v|%10v|%-10s|%.2v", temp, temp, temp, temp),
       "21.5°C|    21.5°C|21.5°C    |21"s},
      {R"go(sf("%v %s %q %x", errors.New("boom"), errors.New("boom"), errors.New("boom"), errors.New("ab")))go", sf("%v %s %q %x", std::runtime_error("boom"), std::runtime_error("boom"), std::runtime_error("boom"), std::runtime_error("ab")),
       "boom boom \"boom\" 6162"s},
      {R"go(sf("%v %+v %s", myErr, myErr, []error{myErr}))go", sf("%v %+v %s", myErr, myErr, std::vector<MyErr>{myErr}),
       "code 42 code 42 [code 42]"s},
      {R"go(sf("%v|%d|%s", boom, boom, []Boom{{}}))go", sf("%v|%d|%s", boom, boom, std::vector<Boom>{{}}),
       "%!v(PANIC=String method: boom)|{}|[%!s(PANIC=String method: boom)]"s},
      {R"go(sf("%v %s", &temp, nilTemp))go", sf("%v %s", &temp, (Celsius*)nullptr),
       "21.5°C <nil>"s},
      {R"go(sf("%v %+v %#v %d", gs, gs, gs, gs))go", sf("%v %+v %#v %d", gs, gs, gs, gs),
       "gs-1 gs-1 GS(1) {1}"s},
      {R"go(sf("%v|%x|%08.3f|%+v", money, money, money, money))go", sf("%v|%x|%08.3f|%+v", money, money, money, money),
       "$12.34|x[w=0/false p=0/false zero=false]|f[w=8/true p=3/true zero=true]|USD 12.34"s},
      {R"go(sf("%T %T", money, temp))go", sf("%T %T", money, temp),
       "main.Money main.Celsius"s},
      {R"go(sp(pt, temp, Color(1)))go", sp(pt, temp, Color::Green),
       "{1 2} 21.5°C Green"s},
  });
}

TEST(FmtMatchesGo, Time) {
  check({
      {R"go(sf("%v", 1500*time.Millisecond))go", sf("%v", 1500ms),
       "1.5s"s},
      {R"go(sf("%v", 100*time.Millisecond))go", sf("%v", 100ms),
       "100ms"s},
      {R"go(sf("%v", 2*time.Minute))go", sf("%v", 2min),
       "2m0s"s},
      {R"go(sf("%v", time.Duration(0)))go", sf("%v", goro::Duration(0)),
       "0s"s},
      {R"go(sf("%v", time.Hour))go", sf("%v", 1h),
       "1h0m0s"s},
      {R"go(sf("%v", time.Microsecond))go", sf("%v", 1us),
       "1µs"s},
      {R"go(sf("%v", time.Nanosecond))go", sf("%v", 1ns),
       "1ns"s},
      {R"go(sf("%v", time.Hour+2*time.Minute+3500*time.Millisecond))go", sf("%v", 1h + 2min + 3500ms),
       "1h2m3.5s"s},
      {R"go(sf("%v", -1500*time.Millisecond))go", sf("%v", -1500ms),
       "-1.5s"s},
      {R"go(sf("%v", 1234567*time.Nanosecond))go", sf("%v", 1234567ns),
       "1.234567ms"s},
      {R"go(sf("%v", 90*time.Second))go", sf("%v", 90s),
       "1m30s"s},
      {R"go(sf("%v", 999*time.Nanosecond))go", sf("%v", 999ns),
       "999ns"s},
      {R"go(sf("%v", 1001*time.Microsecond))go", sf("%v", 1001us),
       "1.001ms"s},
      {R"go(sf("%v", 100000*time.Hour))go", sf("%v", 100000h),
       "100000h0m0s"s},
      {R"go(sf("%v", time.Duration(math.MinInt64)))go", sf("%v", goro::Duration(INT64_MIN)),
       "-2562047h47m16.854775808s"s},
      {R"go(sf("%d %T %s %q %8v|", 1500*time.Millisecond, time.Second, time.Second, time.Second, time.Second))go", sf("%d %T %s %q %8v|", 1500ms, 1s, 1s, 1s, 1s),
       "1500000000 time.Duration 1s \"1s\"       1s|"s},
      {R"go(sf("%v", []time.Duration{time.Second, 0}))go", sf("%v", std::vector<goro::Duration>{1s, 0s}),
       "[1s 0s]"s},
      {R"go(sf("%v", epoch))go", sf("%v", goro::kPlaygroundEpoch),
       "2009-11-10 23:00:00 +0000 UTC"s},
      {R"go(sf("%v|%T", epoch.Add(500*time.Millisecond), epoch))go", sf("%v|%T", goro::kPlaygroundEpoch + 500ms, goro::kPlaygroundEpoch),
       "2009-11-10 23:00:00.5 +0000 UTC|time.Time"s},
      {R"go(sf("%s", epoch.Add(123456789*time.Nanosecond)))go", sf("%s", goro::kPlaygroundEpoch + 123456789ns),
       "2009-11-10 23:00:00.123456789 +0000 UTC"s},
      {R"go(sf("%v", time.Unix(0, 0).UTC()))go", sf("%v", goro::Time{0}),
       "1970-01-01 00:00:00 +0000 UTC"s},
      {R"go(sf("%v", time.Unix(-1, 0).UTC()))go", sf("%v", goro::Time{-1000000000}),
       "1969-12-31 23:59:59 +0000 UTC"s},
      {R"go(sf("%v", time.Date(2024, 2, 29, 12, 34, 56, 0, time.UTC)))go", sf("%v", goro::Time{1709210096LL * 1000000000LL}),
       "2024-02-29 12:34:56 +0000 UTC"s},
  });
}

TEST(FmtMatchesGo, PrintAndPrintln) {
  check({
      {R"go(sp(1, 2))go", sp(1, 2),
       "1 2"s},
      {R"go(sp("a", "b"))go", sp("a", "b"),
       "ab"s},
      {R"go(sp(1, "a", 2))go", sp(1, "a", 2),
       "1a2"s},
      {R"go(sp("a", 1, 2, "b", 3.5, true))go", sp("a", 1, 2, "b", 3.5, true),
       "a1 2b3.5 true"s},
      {R"go(sp())go", sp(),
       ""s},
      {R"go(sp(nil, nil))go", sp(nullptr, nullptr),
       "<nil> <nil>"s},
      {R"go(sp(1.0, 2.5, float32(0.1)))go", sp(1.0, 2.5, 0.1f),
       "1 2.5 0.1"s},
      {R"go(sp("x", []int{1}, map[string]int{"a": 1}))go", sp("x", std::vector<int>{1}, std::map<std::string, int>{{"a", 1}}),
       "x[1] map[a:1]"s},
      {R"go(sl("a", 1, "b"))go", sl("a", 1, "b"),
       "a 1 b\n"s},
      {R"go(sl())go", sl(),
       "\n"s},
      {R"go(sl(1e6, 1e21, 123456.0, 1234567.0))go", sl(1e6, 1e21, 123456.0, 1234567.0),
       "1e+06 1e+21 123456 1.234567e+06\n"s},
      {R"go(sl([]string{"a", "b"}, pt, &pt, true))go", sl(std::vector<std::string>{"a", "b"}, pt, &pt, true),
       "[a b] {1 2} &{1 2} true\n"s},
      {R"go(sp("a", "b", 1, 2))go", sp('a', "b", 1, 2),
       "ab1 2"s},
      {R"go(sl(int8(-5), uint8(250), int64(1)<<40, uint16(7)))go", sl(int8_t(-5), uint8_t(250), int64_t(1) << 40, uint16_t(7)),
       "-5 250 1099511627776 7\n"s},
  });
}

// ---- C++ types without a direct Go spelling ----
// Expectations follow the Go rule named in each comment.

namespace {

namespace geo {
struct Vec {
  double x, y;
};
GORO_FIELDS(Vec, x, y)
}  // namespace geo

// Fields may be computed; computed values are held by value in FieldList.
struct Celsius2 {
  double kelvin;
};
auto goro_fields(const Celsius2& c) { return goro::fields("C", c.kelvin - 273.15, "Raw", c.kelvin); }

struct Tree {
  int v;
  std::shared_ptr<Tree> left;
};
GORO_FIELDS(Tree, v, left)

// A stand-in for goro::Chan: a reference type exposing go_pointer().
struct FakeChan {
  using value_type = int;
  const void* p;
  const void* go_pointer() const { return p; }
};

struct Throws {};
void goro_format(goro::Formatter& f, const Throws&, char32_t) {
  f.write("partial");
  throw std::runtime_error("bad");
}

// A hook that formats a nested value under the current verb.
struct Wrapper {
  std::vector<int> items;
};
void goro_format(goro::Formatter& f, const Wrapper& w, char32_t) {
  f.write("W");
  f.print(w.items);
}

struct PointHash {
  size_t operator()(const Point& p) const { return std::hash<int>()(p.X * 31 + p.Y); }
};
bool operator==(const Point& a, const Point& b) { return a.X == b.X && a.Y == b.Y; }

int add_len(int a, std::string b) { return a + static_cast<int>(b.size()); }

// is_address() reports whether s is an address as fmt prints one: 0x and lower-case hex.
bool is_address(std::string_view s) {
  if (s.size() < 3 || s.substr(0, 2) != "0x") return false;
  return s.find_first_not_of("0123456789abcdef", 2) == std::string_view::npos;
}

// is_wrapped_address() reports whether s is before + an address + after.
bool is_wrapped_address(std::string_view s, std::string_view before, std::string_view after) {
  if (s.size() < before.size() + after.size() || s.substr(0, before.size()) != before ||
      s.substr(s.size() - after.size()) != after) {
    return false;
  }
  return is_address(s.substr(before.size(), s.size() - before.size() - after.size()));
}

}  // namespace

TEST(FmtCpp, CharIsOneByteStringAndByte) {
  EXPECT_EQ(sf("%v|%s|%q|%x|%5v|", 'a', 'b', 'c', 'd', 'e'), "a|b|\"c\"|64|    e|");
  EXPECT_EQ(sf("%c|%d|%b|%o|%U", 'a', 'a', 'a', 'a', 'a'), "a|97|1100001|141|U+0061");
  EXPECT_EQ(sp('a', 'b', 1, 2), "ab1 2");  // chars are strings: no spaces between them
  EXPECT_EQ(sf("%v %T", std::vector<char>{'h', 'i'}, 'x'), "[h i] string");
  EXPECT_EQ(sf("%t", 'x'), "%!t(string=x)");
}

TEST(FmtCpp, RunesAreInt32) {
  EXPECT_EQ(sf("%v %c %q %T", U'☺', U'☺', U'☺', U'☺'), "9786 ☺ '☺' int32");
  EXPECT_EQ(sl(U'a', L'b'), "97 98\n");
}

TEST(FmtCpp, CStringsAndArrays) {
  const char buf[8] = "ab\0cd";  // a char buffer ends at its first NUL
  const char* null_str = nullptr;
  EXPECT_EQ(sf("%s|%q|%s|", buf, "lit", null_str), "ab|\"lit\"||");
  const int arr[3] = {1, 2, 3};
  EXPECT_EQ(sf("%v %T %x", arr, arr, arr), "[1 2 3] [3]int [1 2 3]");
}

TEST(FmtCpp, OtherContainersAreSlices) {
  const std::deque<int> dq{1, 2};
  const std::list<std::string> ls{"a", "b"};
  const std::set<int> st{3, 1, 2};
  const std::vector<int> v{4, 5, 6};
  const std::span<const int> sp2(v);
  EXPECT_EQ(sf("%v %v %v %v", dq, ls, st, sp2), "[1 2] [a b] [1 2 3] [4 5 6]");
  EXPECT_EQ(sf("%T %T %T", dq, st, sp2), "[]int []int []int");
  EXPECT_EQ(sf("%v %T", std::vector<bool>{true, false}, std::vector<bool>{}), "[true false] []bool");
  EXPECT_EQ(sf("%v", std::multimap<int, char>{{2, 'b'}, {1, 'a'}, {2, 'c'}}), "map[1:a 2:b 2:c]");
}

TEST(FmtCpp, MapKeysSortLikeGo) {
  // Go: map[Point]string sorts struct keys field by field.
  const std::unordered_map<Point, std::string, PointHash> m{{{2, 1}, "b"}, {{1, 2}, "a"}, {{1, -1}, "c"}};
  EXPECT_EQ(sf("%v", m), "map[{1 -1}:c {1 2}:a {2 1}:b]");
  EXPECT_EQ(sf("%v", std::map<int, int, std::greater<int>>{{1, 1}, {2, 2}}), "map[1:1 2:2]");
  EXPECT_EQ(sf("%v", std::map<std::chrono::seconds, int, std::greater<>>{{1s, 1}, {2s, 2}}), "map[1s:1 2s:2]");
}

TEST(FmtCpp, TypeNames) {
  EXPECT_EQ(sf("%T %T %T %T", 1, 1u, int64_t(1), uint64_t(1)), "int uint int64 uint64");
  EXPECT_EQ(sf("%T %T %T %T", int8_t(1), uint8_t(1), int16_t(1), uint16_t(1)), "int8 uint8 int16 uint16");
  EXPECT_EQ(sf("%T %T %T %T", 1.0f, 1.0, true, std::byte{1}), "float32 float64 bool uint8");
  EXPECT_EQ(sf("%T %T %T", "lit", std::string("s"), std::string_view("v")), "string string string");
  EXPECT_EQ(sf("%T|%T", std::pair<int, std::string>{}, std::tuple<bool, double, Point>{}),
            "struct { int; string }|struct { bool; float64; main.Point }");
  EXPECT_EQ(sf("%T %T", std::unordered_map<int, std::vector<std::string>>{}, std::map<std::string, Point>{}),
            "map[int][]string map[string]main.Point");
  EXPECT_EQ(sf("%T %T %T", &pt, std::make_shared<Point>(), std::unique_ptr<int>()), "*main.Point *main.Point *int");
  EXPECT_EQ(sf("%T %T %T", static_cast<void*>(nullptr), std::optional<int>(), nullptr), "unsafe.Pointer int <nil>");
  EXPECT_EQ(sf("%T %T", &add_len, static_cast<void (*)()>(nullptr)), "func(int, string) int func()");
  EXPECT_EQ(sf("%T %T %T", std::chrono::seconds(1), goro::Time{}, FakeChan{}),
            "time.Duration time.Time chan int");
  EXPECT_EQ(sf("%T %T %T", std::runtime_error("x"), myErr, geo::Vec{}), "*errors.errorString main.MyErr main.Vec");
  EXPECT_EQ(sf("%T %T", std::complex<float>{}, std::complex<double>{}), "complex64 complex128");
  EXPECT_EQ(sf("%T %T", std::variant<int, std::string>{"s"}, std::variant<int, std::string>{1}), "string int");
}

TEST(FmtCpp, Pointers) {
  int x = 5;
  const std::string addr = sf("%v", &x);
  EXPECT_TRUE(is_address(addr)) << addr;
  EXPECT_EQ(sf("%p", &x), addr);  // Go: %p and %v of a pointer agree
  EXPECT_EQ(sf("%#p", &x), addr.substr(2));
  EXPECT_EQ(sf("%x", &x), addr.substr(2));
  EXPECT_EQ(sf("%#v", &x), "(*int)(" + addr + ")");
  EXPECT_EQ(sf("%s", &x), "%!s(*int=" + addr + ")");
  EXPECT_EQ(sf("%d", &x), std::to_string(reinterpret_cast<uintptr_t>(&x)));
  EXPECT_EQ(sf("%v|%d", std::vector<int*>{&x, nullptr}, std::vector<int*>{nullptr}), "[" + addr + " <nil>]|[0]");
  EXPECT_EQ(sf("%v %p %#v", static_cast<int*>(nullptr), static_cast<int*>(nullptr), static_cast<int*>(nullptr)),
            "<nil> 0x0 (*int)(nil)");
  EXPECT_EQ(sf("%v", static_cast<const void*>(&x)), addr);
}

TEST(FmtCpp, PointersToCompositesPrintAmpersandAtTopLevelOnly) {
  const auto sp_pt = std::make_shared<Point>(Point{1, 2});
  const auto up_pt = std::make_unique<Point>(Point{3, 4});
  EXPECT_EQ(sf("%v %+v %v", sp_pt, sp_pt, up_pt), "&{1 2} &{X:1 Y:2} &{3 4}");
  EXPECT_EQ(sf("%v", std::shared_ptr<Point>()), "<nil>");
  // Nested: an address (Go: []*Point{{1, 2}} prints [0xc...]).
  EXPECT_TRUE(is_wrapped_address(sf("%v", std::vector<std::shared_ptr<Point>>{sp_pt}), "[", "]"));
  // A self-referencing structure stops at the first nested pointer.
  const auto leaf = std::make_shared<Tree>(Tree{2, nullptr});
  const Tree root{1, leaf};
  EXPECT_TRUE(is_wrapped_address(sf("%+v", &root), "&{v:1 left:", "}")) << sf("%+v", &root);
  EXPECT_EQ(sf("%v", *leaf), "{2 <nil>}");
}

TEST(FmtCpp, AddressVerbOnSlicesAndMaps) {
  const std::vector<int> v{1, 2};
  EXPECT_EQ(sf("%p", v), sf("%p", v.data()));
  EXPECT_TRUE(is_address(sf("%p", map1)));
  EXPECT_EQ(sf("%p", std::array<int, 1>{}), "%!p([1]int=[0])");  // Go: arrays are values
}

TEST(FmtCpp, GoPointerTypesPrintLikeChannels) {
  int target = 0;
  EXPECT_EQ(sf("%v|%p", FakeChan{nullptr}, FakeChan{nullptr}), "<nil>|0x0");
  EXPECT_EQ(sf("%v", FakeChan{&target}), sf("%v", static_cast<const void*>(&target)));
}

TEST(FmtCpp, FunctionPointers) {
  EXPECT_TRUE(is_address(sf("%v", &add_len)));
  EXPECT_EQ(sf("%v", static_cast<void (*)()>(nullptr)), "<nil>");
}

TEST(FmtCpp, OptionalAndVariantAreInterfaces) {
  EXPECT_EQ(sf("%v|%d|%5v|", std::optional<int>(), std::optional<int>(), std::optional<int>()), "<nil>|%!d(<nil>)|<nil>|");
  EXPECT_EQ(sf("%v %+v", std::optional<Point>(pt), std::vector<std::optional<int>>{1, std::nullopt}),
            "{1 2} [1 <nil>]");
  EXPECT_EQ(sf("%v %q", std::variant<int, std::string>{"s"}, std::variant<int, std::string>{"s"}), "s \"s\"");
  EXPECT_EQ(sf("%v", std::optional<const Point*>(&pt)), "&{1 2}");
}

TEST(FmtCpp, FieldsHook) {
  EXPECT_EQ(sf("%v %+v", geo::Vec{1.5, -2}, geo::Vec{1.5, -2}), "{1.5 -2} {x:1.5 y:-2}");
  EXPECT_EQ(sf("%#v", geo::Vec{1.5, -2}), "main.Vec{x:1.5, y:-2}");
  EXPECT_EQ(sf("%.1f %+v", Celsius2{300}, Celsius2{300}), "{26.9 300.0} {C:26.850000000000023 Raw:300}");
  EXPECT_EQ(sf("%v %+v %#v", boom, boom, std::vector<Boom>{}), "%!v(PANIC=String method: boom) %!v(PANIC=String method: boom) []main.Boom{}");
}

TEST(FmtCpp, FormatHook) {
  EXPECT_EQ(sf("%v|%d", Throws{}, Throws{}), "partial%!v(PANIC=Format method: bad)|partial%!d(PANIC=Format method: bad)");
  EXPECT_EQ(sf("%v|%x|%03d", Wrapper{{10, 11}}, Wrapper{{10, 11}}, Wrapper{{1}}), "W[10 11]|W[a b]|W[001]");
  EXPECT_EQ(sf("%T", Wrapper{}), "main.Wrapper");
}

TEST(FmtCpp, ChronoDurations) {
  EXPECT_EQ(sf("%v %v %v", std::chrono::seconds(90), std::chrono::milliseconds(1500), std::chrono::minutes(61)),
            "1m30s 1.5s 1h1m0s");
  EXPECT_EQ(sf("%v %d", std::chrono::duration<double>(0.25), std::chrono::microseconds(2)), "250ms 2000");
  EXPECT_EQ(sf("%*d|", std::chrono::nanoseconds(4), 7), "   7|");  // Go: a Duration is an int64
}

TEST(FmtCpp, ExceptionsPrintWhat) {
  const std::runtime_error err("disk full");
  EXPECT_EQ(sf("%v|%10s|%q", err, err, err), "disk full| disk full|\"disk full\"");
  EXPECT_EQ(sf("%v", goro::Panic("oops", goro::Site{})), "oops");
}

TEST(FmtCpp, StringerCanPrintRecursively) {
  EXPECT_EQ(sf("%v", std::vector<Celsius>{{1}, {2.25}}), "[1.0°C 2.2°C]");
  EXPECT_EQ(sf("%s", std::map<Color, Celsius>{{Color::Red, {3}}}), "map[Red:3.0°C]");
}

TEST(FmtCpp, LargeOutputs) {
  const std::string big(100000, 'x');
  EXPECT_EQ(sf("%s", big).size(), big.size());
  EXPECT_EQ(sf("%*d", 1000000, 1).size(), 1000000u);
  EXPECT_EQ(sf("%.1000f", 1.0).size(), 1002u);
  EXPECT_EQ(sf("%*d", 1000001, 1), "%!(BADWIDTH)1");  // Go caps widths at 1e6
}

// ---- printing through goro::write ----
// These print inside goro::run, whose Sink captures every write
// (goro_test::run_captured).

TEST(FmtWrite, PrintFunctionsWriteToStdout) {
  const auto c = goro_test::run_captured([] {
    goro::print("a", 1, 2, "b\n");
    goro::println("x =", 42, pt);
    goro::printf("%05.1f|%-4s|\n", 3.14159, "ab");
  });
  EXPECT_EQ(c.out, "a1 2b\nx = 42 {1 2}\n003.1|ab  |\n");
  EXPECT_EQ(c.err, "");
}

TEST(FmtWrite, FprintFunctionsChooseTheStream) {
  const auto c = goro_test::run_captured([] {
    goro::fprintln(goro::Stream::Stderr, "to", "stderr");
    goro::fprintf(goro::Stream::Stdout, "%d%%\n", 50);
    goro::fprint(goro::Stream::Stderr, 1, 2);
  });
  EXPECT_EQ(c.out, "50%\n");
  EXPECT_EQ(c.err, "to stderr\n1 2");
}

TEST(FmtWrite, EachCallIsOneWriteInsideARun) {
  const auto c = goro_test::run_captured([] {
    for (int i = 0; i < 3; ++i) goro::println("line", i, std::vector<int>{i, i});
    goro::printf("%s|%5.2f\n", "x", 1.0);
    goro::print("no newline");
    goro::fprintln(goro::Stream::Stderr, "err", 1);
  });
  EXPECT_EQ(c.status, 0);
  EXPECT_EQ(c.out, "line 0 [0 0]\nline 1 [1 1]\nline 2 [2 2]\nx| 1.00\nno newline");
  EXPECT_EQ(c.line_goroutines.size(), 5u);  // one write per call
  EXPECT_EQ(c.err, "err 1\n");
}

TEST(FmtWrite, ConcurrentLinesStayWhole) {
  goro::Options o;
  o.procs = 4;
  const auto c = goro_test::run_captured(
      [] {
        goro::WaitGroup wg;
        for (int g = 0; g < 8; ++g) {
          wg.add(1);
          goro::go([&wg, g] {
            for (int i = 0; i < 50; ++i) goro::println("goroutine", g, "line", i, std::string(40, 'a' + char(g)));
            wg.done();
          });
        }
        wg.wait();
      },
      o);
  EXPECT_EQ(c.status, 0);
  size_t lines = 0;
  for (size_t at = 0; at < c.out.size(); ++lines) {
    const size_t end = c.out.find('\n', at);
    ASSERT_NE(end, std::string::npos);
    const std::string line = c.out.substr(at, end - at);
    const char g = line[10];  // "goroutine G line I aaaa..."
    EXPECT_EQ(line.substr(line.size() - 40), std::string(40, char('a' + (g - '0')))) << line;
    at = end + 1;
  }
  EXPECT_EQ(lines, 400u);
}

TEST(FmtWrite, ChannelsPrintAsAddresses) {
  std::string shown, nil_shown, type;
  const auto c = goro_test::run_captured([&] {
    goro::Chan<int> ch(1);
    goro::Chan<std::string> nil_ch(nullptr);
    shown = sf("%v|%p", ch, ch);
    nil_shown = sf("%v|%p|%d", nil_ch, nil_ch, nil_ch);
    type = sf("%T %T", ch, nil_ch);
  });
  EXPECT_EQ(c.status, 0);
  const size_t bar = shown.find('|');
  EXPECT_TRUE(is_address(shown.substr(0, bar))) << shown;
  EXPECT_EQ(shown.substr(bar + 1), shown.substr(0, bar));
  EXPECT_EQ(nil_shown, "<nil>|0x0|0");
  EXPECT_EQ(type, "chan int chan string");
}
