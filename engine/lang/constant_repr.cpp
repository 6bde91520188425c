// Basic types, representability and the compiler's constant messages
// (constant.hpp): types2's representableConst, representation and the
// message formats of its callers, in Go 1.22's wording.
#include <cmath>

#include "constant.hpp"
#include "constant_impl.hpp"
#include "goro/detail/fmt_strconv.hpp"

namespace goro::lang::constant {

// ---------------------------------------------------------------------------
// Basic kinds

namespace {

constexpr bool between(BasicKind k, BasicKind lo, BasicKind hi) { return k >= lo && k <= hi; }

}  // namespace

bool is_boolean(BasicKind k) { return k == BasicKind::Bool || k == BasicKind::UntypedBool; }

bool is_integer(BasicKind k) {
  return between(k, BasicKind::Int, BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
         k == BasicKind::UntypedRune;
}

bool is_unsigned(BasicKind k) { return between(k, BasicKind::Uint, BasicKind::Uintptr); }

bool is_float(BasicKind k) {
  return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat;
}

bool is_complex(BasicKind k) {
  return k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex;
}

bool is_numeric(BasicKind k) { return is_integer(k) || is_float(k) || is_complex(k); }

bool is_string(BasicKind k) { return k == BasicKind::String || k == BasicKind::UntypedString; }

bool is_untyped(BasicKind k) { return between(k, BasicKind::UntypedBool, BasicKind::UntypedNil); }

bool is_const_type(BasicKind k) { return is_boolean(k) || is_numeric(k) || is_string(k); }

unsigned size_bits(BasicKind k) {
  switch (k) {
    case BasicKind::Int8:
    case BasicKind::Uint8: return 8;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 16;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 32;
    case BasicKind::Int:
    case BasicKind::Uint:
    case BasicKind::Uintptr: return kIntBits;
    case BasicKind::Int64:
    case BasicKind::Uint64:
    case BasicKind::Float64:
    case BasicKind::Complex64: return 64;
    case BasicKind::Complex128: return 128;
    default: return 0;
  }
}

std::string_view basic_name(BasicKind k) {
  constexpr std::string_view names[] = {
      "invalid type", "bool",          "int",           "int8",          "int16",
      "int32",        "int64",         "uint",          "uint8",         "uint16",
      "uint32",       "uint64",        "uintptr",       "float32",       "float64",
      "complex64",    "complex128",    "string",        "unsafe.Pointer", "untyped bool",
      "untyped int",  "untyped rune",  "untyped float", "untyped complex", "untyped string",
      "untyped nil",
  };
  static_assert(std::size(names) == size_t(BasicKind::UntypedNil) + 1);
  return names[static_cast<int>(k)];
}

BasicKind default_type(BasicKind k) {
  switch (k) {
    case BasicKind::UntypedBool: return BasicKind::Bool;
    case BasicKind::UntypedInt: return BasicKind::Int;
    case BasicKind::UntypedRune: return BasicKind::Int32;
    case BasicKind::UntypedFloat: return BasicKind::Float64;
    case BasicKind::UntypedComplex: return BasicKind::Complex128;
    case BasicKind::UntypedString: return BasicKind::String;
    default: return k;
  }
}

// ---------------------------------------------------------------------------
// Representability

namespace {

// int_fits() is whether integer x is a value of integer kind `to`.
bool int_fits(const BigInt& x, BasicKind to) {
  if (to == BasicKind::UntypedInt || to == BasicKind::UntypedRune) return true;
  unsigned bits = size_bits(to);
  if (is_unsigned(to)) return !x.is_negative() && x.bit_len() <= bits;
  // Signed: -2**(bits-1) <= x < 2**(bits-1).
  BigInt limit = BigInt(1) << (bits - 1);
  return compare(x, -limit) >= 0 && compare(x, limit) < 0;
}

// round_float() is types2's roundFloat32/roundFloat64: x as the nearest
// float32/float64, back as an exact Float; Unknown if that is infinite.
Value round_float(const Value& x, BasicKind to) {
  bool single = to == BasicKind::Float32 || to == BasicKind::Complex64;
  FloatVal f = single ? float32_val(x) : float64_val(x);
  if (std::isinf(f.value)) return Value();
  return make_float64(f.value);
}

bool representable_float(const Value& x, BasicKind to, Value* rounded) {
  Value f = to_float(x);
  if (f.kind() != Kind::Float) return false;
  if (to == BasicKind::UntypedFloat) return true;  // x stays as it is
  Value r = round_float(f, to);
  if (r.is_unknown()) return false;
  if (rounded) *rounded = std::move(r);
  return true;
}

bool representable_complex(const Value& x, BasicKind to, Value* rounded) {
  Value c = to_complex(x);
  if (c.kind() != Kind::Complex) return false;
  if (to == BasicKind::UntypedComplex) return true;
  Value re = round_float(real(c), to), im = round_float(imag(c), to);
  if (re.is_unknown() || im.is_unknown()) return false;
  if (rounded) *rounded = binary_op(re, BinaryOp::Add, make_imag(im));
  return true;
}

}  // namespace

bool representable(const Value& x, BasicKind to, Value* rounded) {
  if (x.is_unknown()) return true;  // avoid follow-up errors
  if (is_integer(to)) {
    Value i = to_int(x);
    if (i.kind() != Kind::Int) return false;
    if (rounded) *rounded = i;
    return int_fits(int_val(i), to);
  }
  if (is_float(to)) return representable_float(x, to, rounded);
  if (is_complex(to)) return representable_complex(x, to, rounded);
  if (is_string(to)) return x.kind() == Kind::String;
  if (is_boolean(to)) return x.kind() == Kind::Bool;
  return false;
}

Value string_from_int(const Value& x) {
  auto u = uint64_val(x);
  uint64_t r = u && *u <= goro::detail::fmt::kMaxRune ? *u : goro::detail::fmt::kRuneError;
  std::string s;
  goro::detail::fmt::append_rune(s, char32_t(r));  // surrogates become U+FFFD too
  return make_string(std::move(s));
}

Representation representation(const Value& x, BasicKind from, BasicKind to) {
  Value v = x;
  if (representable(x, to, &v)) return {std::move(v), ConstError::None};
  if (!is_numeric(from) || !is_numeric(to)) return {Value(), ConstError::InvalidConstVal};
  // integer -> integer: overflows; float -> integer: truncated (even for
  // 1e100, decided by the types); float -> float: overflows.
  if (!is_integer(from) && is_integer(to)) return {Value(), ConstError::TruncatedFloat};
  return {Value(), ConstError::NumericOverflow};
}

// ---------------------------------------------------------------------------
// Messages

std::string operand_string(std::string_view expr, std::string_view type_name, bool untyped,
                           const Value& v) {
  std::string val = v.to_string();
  std::string e = expr.empty() ? val : std::string(expr);
  std::string s = e + " (";
  if (untyped) s.append(type_name).append(" ");
  s += "constant";
  if (val != e) s += " " + val;
  if (!untyped) s.append(" of type ").append(type_name);
  return s + ")";
}

std::string cannot_use_message(std::string_view operand, std::string_view target,
                               std::string_view context, ConstError error) {
  std::string s = "cannot use ";
  s.append(operand).append(" as ").append(target).append(" value in ").append(context);
  if (error == ConstError::TruncatedFloat) s += " (truncated)";
  if (error == ConstError::NumericOverflow) s += " (overflows)";
  return s;
}

std::string invalid_conversion_message(ConstError error, std::string_view operand,
                                       std::string_view target) {
  std::string op(operand), t(target);
  if (error == ConstError::TruncatedFloat) return op + " truncated to " + t;
  if (error == ConstError::NumericOverflow) return op + " overflows " + t;
  return "cannot convert " + op + " to type " + t;
}

std::string conversion_message(std::string_view expr, std::string_view from_name, bool untyped,
                               const Value& x, BasicKind from, BasicKind to,
                               std::string_view target) {
  // types2 passes &x.val as representableConst's `rounded`, which for an
  // integer target receives to_int(x) before the range check fails.
  Value v = x;
  representable(x, to, &v);
  // Go 1.22 (go.dev/issue/63563): integer to integer can only overflow.
  if (is_integer(from) && is_integer(to)) {
    return "constant " + v.to_string() + " overflows " + std::string(target);
  }
  return "cannot convert " + operand_string(expr, from_name, untyped, v) + " to type " +
         std::string(target);
}

std::string_view overflow_op_name(UnaryOp op) {
  return op == UnaryOp::Xor ? "bitwise complement" : "";
}

std::string_view overflow_op_name(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "addition";
    case BinaryOp::Sub: return "subtraction";
    case BinaryOp::Xor: return "bitwise XOR";
    case BinaryOp::Mul: return "multiplication";
    default: return "";
  }
}

std::string_view overflow_op_name(ShiftOp op) { return op == ShiftOp::Shl ? "shift" : ""; }

std::string constant_overflow_message(std::string_view op_name) {
  std::string s = "constant ";
  if (!op_name.empty()) s.append(op_name).append(" ");
  return s + "overflow";
}

std::string negative_shift_count_message(std::string_view operand) {
  return "invalid operation: negative shift count " + std::string(operand);
}

std::string invalid_shift_count_message(std::string_view operand) {
  return "invalid operation: invalid shift count " + std::string(operand);
}

std::string malformed_constant_message(std::string_view literal) {
  return "malformed constant: " + std::string(literal);
}

std::string excessively_long_message(std::string_view literal) {
  return "excessively long constant: " + std::string(literal.substr(0, 10)) + "... (" +
         std::to_string(literal.size()) + " chars)";
}

}  // namespace goro::lang::constant
