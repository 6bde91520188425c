// Go's compile-time constants: exact values, their arithmetic, and whether a
// value is representable in a basic type, with the compiler's messages.
// This is go/constant plus the constant parts of cmd/compile's types2.
//
//   Value x = make_from_literal("300", LiteralKind::Int);
//   Value y = binary_op(x, BinaryOp::Mul, make_int64(2));     // 600
//   Representation r = representation(y, BasicKind::UntypedInt, BasicKind::Int8);
//   r.error == ConstError::NumericOverflow
//   cannot_use_message(operand_string("300 * 2", "untyped int", true, y), "int8",
//                      "assignment", r.error)
//   // "cannot use 300 * 2 (untyped int constant 600) as int8 value in assignment (overflows)"
//
// Values are immutable and cheap enough to copy. Integers are exact
// (BigInt). Floats are exact fractions while numerator and denominator stay
// under 4096 bits, and 512-bit binary floats (BigFloat) beyond, as in
// go/constant: 1e1000000 is a small BigFloat, never a million-digit integer.
// Once a float is a BigFloat it stays one (no illusion of exactness).
//
// Errors: like go/constant, the operations expect operands the checker has
// already validated (matching kinds, nonzero divisors: see each function).
// Where go/constant would panic, these return Unknown (compare(): false), so
// a checker bug cannot crash the interpreter. Unknown operands give Unknown.
// Positions are the checker's: messages here are bare strings.
//
// How types2 strings these together (literal, conversion, unary, binary,
// shift, the overflow check after each operation, assignment) is shown by
// the MiniChecker in tests/lang/constant_test.cpp, which reproduces Go's
// results and messages for the table in tests/lang/constants/cases.txt.
//
// Invariants of a Value: an Int is a BigInt; a Float is a reduced Rat or a
// finite BigFloat (an operation that overflows gives Unknown instead); the
// parts of a Complex are Int or Float, never Unknown.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "bigfloat.hpp"
#include "bigint.hpp"

namespace goro::lang::constant {

enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

// kind_name() is Go's Kind.String(): "Unknown", "Bool", ..., "Complex".
std::string_view kind_name(Kind k);

class Value;

namespace detail {
// Rat is an exact fraction. Invariants: den > 0 and gcd(num, den) == 1.
// Results of arithmetic have components under kMaxRatBits bits (larger ones
// become BigFloats); a literal keeps its exact fraction whenever its value's
// exponent is small, however many digits it has (as in go/constant).
struct Rat {
  BigInt num;
  BigInt den;
};
struct ComplexParts;
}  // namespace detail

// kMaxRatBits is go/constant's maxExp: fractions (and float exponents) this
// large switch to BigFloat.
inline constexpr size_t kMaxRatBits = 4096;

class Value {
 public:
  // Rep: Unknown, Bool, String, Int, Float (exact), Float (binary), Complex.
  using Rep = std::variant<std::monostate, bool, std::string, BigInt, detail::Rat, BigFloat,
                           std::shared_ptr<const detail::ComplexParts>>;

  Value() = default;  // Unknown

  Kind kind() const;
  bool is_unknown() const { return rep_.index() == 0; }

  // to_string() is go/constant's String(): a short human form for messages.
  // Ints in full; floats as Go's %.6g ("0.1", "3.14159", "1e+100", and
  // "1e+1000000" beyond float64); strings quoted, cut to 72 runes with
  // "..."; complex as "(1 + 2i)"; "unknown".
  std::string to_string() const;
  // exact_string() is ExactString(): fractions as "1/3", binary floats as
  // big.Float's %p ("0x.8p+1"), strings quoted in full.
  std::string exact_string() const;

  // The representation, for this module's implementation and tests.
  explicit Value(Rep rep) : rep_(std::move(rep)) {}
  const Rep& rep() const { return rep_; }

 private:
  Rep rep_;
};

namespace detail {
struct ComplexParts {
  Value re;  // Int or Float
  Value im;  // Int or Float
};
}  // namespace detail

// ---------------------------------------------------------------------------
// Making values

Value make_unknown();
Value make_bool(bool b);
Value make_string(std::string s);
Value make_int64(int64_t x);
Value make_uint64(uint64_t x);
Value make_int(BigInt x);
// make_float64() is the exact Float for x (-0 becomes 0); Unknown if x is
// not finite.
Value make_float64(double x);
// make_imag() is the Complex x*i for an Int or Float x.
Value make_imag(const Value& x);

// LiteralKind mirrors the lexer's LitKind (token.hpp), member for member.
enum class LiteralKind : uint8_t { Int, Float, Imag, Rune, String };

// make_from_literal() is go/constant.MakeFromLiteral: the value of a
// literal token's text ("0x1p-2", "1_000", "'\n'", "`raw`", "2.5i").
// Unknown for malformed text or a float beyond big.Float's exponent range
// (types2 then says malformed_constant_message()). Before calling, the
// checker rejects literals longer than kMaxLiteralLength.
Value make_from_literal(std::string_view text, LiteralKind kind);

// ---------------------------------------------------------------------------
// Reading values. For Unknown, each gives its zero value (sign(): 1).

bool bool_val(const Value& x);
// string_val() is the string's bytes (Kind String), "" otherwise.
const std::string& string_val(const Value& x);
// int_val() is the integer (Kind Int); 0 otherwise.
const BigInt& int_val(const Value& x);
// int64_val()/uint64_val(): the value if Kind Int and it fits exactly.
std::optional<int64_t> int64_val(const Value& x);
std::optional<uint64_t> uint64_val(const Value& x);

struct FloatVal {
  double value;  // nearest, ties to even; ±inf if too large, ±0 if too small
  bool exact;
};
// float64_val()/float32_val() convert an Int or Float (float32_val's
// result is a float32 value, returned as the double it exactly is).
FloatVal float64_val(const Value& x);
FloatVal float32_val(const Value& x);

// bit_len() is the bit length of |x| for an Int (0 otherwise).
size_t bit_len(const Value& x);
// sign() is -1, 0, +1 for Int and Float; for Complex 0 iff zero, else
// nonzero; 1 for Unknown (so Unknown never looks like a zero divisor).
int sign(const Value& x);
// real()/imag() are the parts of a numeric value (imag of a real is 0).
Value real(const Value& x);
Value imag(const Value& x);

// ---------------------------------------------------------------------------
// Conversions between kinds (Unknown when not representable)

// to_int(): an Int, or a Float that is integral (a BigFloat within a few
// bits of rounding error of an integer counts, as in go/constant), or a
// Complex with zero imaginary part and such a real part.
Value to_int(const Value& x);
// to_float(): Int or Float as a Float; Complex with zero imaginary part.
Value to_float(const Value& x);
// to_complex(): any numeric value as a Complex.
Value to_complex(const Value& x);
// string_from_int() is the constant conversion string(x) of an integer x
// (types2 conversion()): rune x as UTF-8, "\uFFFD" if x is not a rune.
Value string_from_int(const Value& x);

// ---------------------------------------------------------------------------
// Operations. Operands are matched to the wider representation (Int <
// Float < Complex), as untyped constant arithmetic requires.

enum class UnaryOp : uint8_t {
  Plus,    // +x: numeric
  Minus,   // -x: numeric
  Xor,     // ^x: Int
  Not,     // !x: Bool
};
// unary_op() is op y. For Xor on an unsigned type, prec is its size in bits
// (the result is cut to prec bits: ^uint8(1) == 254); 0 otherwise.
Value unary_op(UnaryOp op, const Value& y, unsigned prec = 0);

enum class BinaryOp : uint8_t {
  Add,     // numeric, String (concatenation)
  Sub,     // numeric
  Mul,     // numeric
  Quo,     // numeric: the exact quotient (Int / Int is a Float: 7/2 == 3.5)
  QuoInt,  // Int: truncated division. The checker picks it for / when the
           // operands' type is an integer type (go/constant's QUO_ASSIGN).
  Rem,     // Int: truncated remainder (sign of x)
  And,     // Int: &
  Or,      // Int: |
  Xor,     // Int: ^
  AndNot,  // Int: &^
  AndAnd,  // Bool: &&
  OrOr,    // Bool: ||
};
// binary_op() is x op y. For Quo, QuoInt and Rem the checker must first
// report kDivisionByZero when sign(y) == 0 (a zero divisor gives Unknown).
// For complex Quo it must also check that real(y)**2 and imag(y)**2 are not
// both zero (Go's underflow check, types2 binary()).
Value binary_op(const Value& x, BinaryOp op, const Value& y);

enum class ShiftOp : uint8_t { Shl, Shr };
// shift() is x << s or x >> s for an Int x; >> floors (-7 >> 1 == -4).
// The checker bounds s by kMaxShift first (Unknown above kMaxShiftGuard).
Value shift(const Value& x, ShiftOp op, uint64_t s);

enum class CompareOp : uint8_t { Eql, Neq, Lss, Leq, Gtr, Geq };
// compare() is x op y: ordered for Int, Float and String (bytewise);
// == and != also for Bool and Complex. False if an operand is Unknown.
bool compare(const Value& x, CompareOp op, const Value& y);

// ---------------------------------------------------------------------------
// Basic types and representability (types2's representableConst)

// BasicKind lists Go's basic types in types.BasicKind order (the checker may
// use it as its own). byte and rune are Uint8 and Int32 under other names.
enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

// int, uint and uintptr are 64 bits wide (the interpreter's sizes).
inline constexpr unsigned kIntBits = 64;

bool is_boolean(BasicKind k);
bool is_integer(BasicKind k);   // includes UntypedInt, UntypedRune
bool is_unsigned(BasicKind k);  // Uint..Uintptr
bool is_float(BasicKind k);     // includes UntypedFloat
bool is_complex(BasicKind k);   // includes UntypedComplex
bool is_numeric(BasicKind k);
bool is_string(BasicKind k);    // includes UntypedString
bool is_untyped(BasicKind k);
bool is_const_type(BasicKind k);  // boolean, numeric or string
// size_bits() is the size of a sized numeric type in bits (0 otherwise).
unsigned size_bits(BasicKind k);
// basic_name() is the type's name: "int8", "untyped float", "unsafe.Pointer".
std::string_view basic_name(BasicKind k);
// default_type() is the type an untyped constant takes by default (bool,
// int, rune = Int32, float64, complex128, string); k itself if typed.
BasicKind default_type(BasicKind k);

// representable() is types2's representableConst: whether x can be a value
// of type `to`. If so and rounded is given, *rounded is the value x becomes:
// an Int for integer types, x rounded to float32/float64 precision (then
// back to an exact Float) for float and complex types, x itself otherwise.
// Unknown is representable in everything (no follow-up errors).
bool representable(const Value& x, BasicKind to, Value* rounded = nullptr);

// ConstError is why a constant does not fit (Go's error codes).
enum class ConstError : uint8_t {
  None,
  TruncatedFloat,   // a non-integer type's value to an integer type: " (truncated)"
  NumericOverflow,  // any other numeric misfit: " (overflows)"
  InvalidConstVal,  // not numeric on both sides (a string to an int, ...)
};

struct Representation {
  Value value;  // the converted value when error == None
  ConstError error = ConstError::None;
  bool ok() const { return error == ConstError::None; }
};

// representation() is types2's Checker.representation: x, a constant of
// type `from`, as a value of type `to`. The error depends on the types, not
// the value: 1e100 of untyped float to int is TruncatedFloat.
Representation representation(const Value& x, BasicKind from, BasicKind to);

// ---------------------------------------------------------------------------
// Limits the checker enforces (types2's)

// kMaxUntypedIntBits: an untyped integer result longer than this is an
// error, constant_overflow_message(), and becomes Unknown (types2 overflow()).
inline constexpr size_t kMaxUntypedIntBits = 512;
// kMaxShift: a constant shift count above it is invalid_shift_count_message()
// (1023 - 1 + 52, so that 1 << kMaxShift can build float64's smallest value).
inline constexpr uint64_t kMaxShift = 1023 - 1 + 52;
// kMaxShiftGuard: shift() itself refuses counts above this (Unknown), so a
// checker bug cannot allocate gigabytes.
inline constexpr uint64_t kMaxShiftGuard = uint64_t(1) << 20;
// kMaxLiteralLength: a numeric literal longer than this many bytes is
// excessively_long_message() and not evaluated.
inline constexpr size_t kMaxLiteralLength = 10000;

// untyped_int_overflows() is the kMaxUntypedIntBits test.
bool untyped_int_overflows(const Value& x);

// ---------------------------------------------------------------------------
// Messages, in Go 1.22's compiler wording (types2 with the compiler's
// settings). "operand" below is operand_string()'s result.
//
// Which message where (as types2 does it; error positions in brackets):
//   literal [literal]: longer than kMaxLiteralLength: excessively_long_message;
//     make_from_literal Unknown: malformed_constant_message; then the
//     overflow check with op name "".
//   overflow check, after every constant operation [the operator, or the
//     operand's start]: an Unknown result: kNotRepresentable. Typed result:
//     representation(v, T, T); failure: invalid_conversion_message(error,
//     operand_string(expr, T, false, v), T); success: keep r.value (float
//     results round to float32/float64 after every operation). Untyped:
//     untyped_int_overflows(v): constant_overflow_message(overflow_op_name(op))
//     and the value becomes Unknown.
//   binary operation with one untyped operand [that operand]: it is
//     converted to the other's type by representation(); failure:
//     invalid_conversion_message. Both untyped numeric: the later kind in
//     BasicKind order wins, the values stay as they are.
//   / and % [the divisor]: a constant divisor with sign() == 0, when the
//     dividend is constant or of integer type: kDivisionByZero. / on an
//     integer type is BinaryOp::QuoInt.
//   shift [the count]: to_int(count) negative: negative_shift_count_message;
//     untyped count not representable as uint: invalid_conversion_message;
//     count above kMaxShift: invalid_shift_count_message; then shift() on
//     to_int(x) (an untyped float x becomes untyped int) and the overflow
//     check with overflow_op_name(ShiftOp).
//   conversion T(x) [x]: representable(x, T, &v); else integer x to a
//     string type: string_from_int(x); else conversion_message.
//   assignment, declaration, argument, return [x]: untyped x:
//     representation(x, from, T), failure: cannot_use_message; typed x of
//     another type: cannot_use_message(..., ConstError::InvalidConstVal).
//
// The wording was checked against the installed compiler (Go 1.19) by
// tests/lang/constants/gen_cases.go; where Go 1.22 words it differently, the
// text follows 1.22's types2 and go/constant sources: conversion_message's
// "constant 256 overflows byte" (1.19: "cannot convert 256 (untyped int
// constant) to type byte"), "constant overflow" (1.19: two spaces), "as
// int64 value in" for a typed operand (1.19: "as type int64 in"), and
// to_string() of a non-integer like 100000.5 (1.19: "100000").

inline constexpr std::string_view kDivisionByZero = "invalid operation: division by zero";
// kNotRepresentable: an operation's result is Unknown though its operands
// were not (a BigFloat overflowed the exponent range).
inline constexpr std::string_view kNotRepresentable = "constant result is not representable";

// operand_string() describes a constant operand as types2 does:
//   untyped: "300 (untyped int constant)", "1 << 70 (untyped int constant
//            1180591620717411303424)" (the value is added when its
//            to_string() differs from expr);
//   typed:   "x * 2 (constant 200 of type int8)".
// type_name is the untyped type's name ("untyped int") or the typed name as
// written by the checker ("int8", "byte", "MyInt").
std::string operand_string(std::string_view expr, std::string_view type_name, bool untyped,
                           const Value& v);

// cannot_use_message() is the assignment of an untyped constant that does
// not fit: "cannot use 300 (untyped int constant) as int8 value in
// assignment (overflows)". context: "assignment", "variable declaration",
// "argument to f", "return statement", ... (the checker's).
std::string cannot_use_message(std::string_view operand, std::string_view target,
                               std::string_view context, ConstError error);

// invalid_conversion_message() is types2's invalidConversion, used when an
// untyped operand is converted implicitly inside an expression and when a
// typed constant result stops fitting its type:
//   NumericOverflow "x * 2 (constant 200 of type int8) overflows int8"
//   TruncatedFloat  "1.5 (untyped float constant) truncated to int8"
//   otherwise       "cannot convert "a" (untyped string constant) to type int"
std::string invalid_conversion_message(ConstError error, std::string_view operand,
                                       std::string_view target);

// conversion_message() is the failed explicit conversion T(x) of constant
// x of type `from` (types2 conversion()): integer to integer type says
// "constant 256 overflows byte" (Go 1.22), any other
// "cannot convert 1.5 (untyped float constant) to type int". It describes
// x itself (expr, from_name, untyped as for operand_string()), because Go
// describes it with the value representable() left behind: int(1e100) says
// "cannot convert 1e100 (untyped float constant 1000...000) to type int".
std::string conversion_message(std::string_view expr, std::string_view from_name, bool untyped,
                               const Value& x, BasicKind from, BasicKind to,
                               std::string_view target);

// overflow_op_name() is types2's opName for an operation that may overflow:
// "addition", "subtraction", "multiplication", "shift", "bitwise XOR",
// "bitwise complement" (^x); "" for anything else.
std::string_view overflow_op_name(UnaryOp op);
std::string_view overflow_op_name(BinaryOp op);
std::string_view overflow_op_name(ShiftOp op);
// constant_overflow_message() is "constant multiplication overflow", or
// "constant overflow" for an empty op name (a too-long literal).
std::string constant_overflow_message(std::string_view op_name);

// Shift count errors (operand: the count's operand_string()).
std::string negative_shift_count_message(std::string_view operand);  // "invalid operation: negative shift count -1 (untyped int constant)"
std::string invalid_shift_count_message(std::string_view operand);   // "invalid operation: invalid shift count 2000 (untyped int constant)"

// Literal errors (literal: the token text).
std::string malformed_constant_message(std::string_view literal);  // "malformed constant: 1e1000000000"
std::string excessively_long_message(std::string_view literal);    // "excessively long constant: 1111111111... (10001 chars)"

}  // namespace goro::lang::constant
