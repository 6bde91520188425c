// Constants: the table in constants/cases.txt (results computed by Go, see
// constants/gen_cases.go) evaluated through a miniature checker that uses
// the constant.hpp API the way types2 uses go/constant; then unit tests of
// the API itself.
#include "constant.hpp"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace goro::lang::constant {
namespace {

// ---------------------------------------------------------------------------
// A parser for constant expressions in Go syntax (literals, true/false,
// unary and binary operators, parentheses, conversions T(x)).

struct Node {
  enum Kind { Lit, Name, Unary, Binary, Paren, Call } kind;
  std::string text;  // literal text, name, operator, or conversion type
  LiteralKind lit = LiteralKind::Int;
  std::unique_ptr<Node> x, y;
};

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  std::unique_ptr<Node> parse() {
    auto n = binary(1);
    skip_space();
    if (pos_ != s_.size()) ok_ = false;
    return ok_ ? std::move(n) : nullptr;
  }

 private:
  static int precedence(std::string_view op) {
    if (op == "||") return 1;
    if (op == "&&") return 2;
    if (op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=") return 3;
    if (op == "+" || op == "-" || op == "|" || op == "^") return 4;
    if (op == "*" || op == "/" || op == "%" || op == "<<" || op == ">>" || op == "&" || op == "&^") return 5;
    return 0;
  }

  void skip_space() {
    while (pos_ < s_.size() && s_[pos_] == ' ') pos_++;
  }

  std::string peek_op() {
    skip_space();
    for (std::string_view op : {"&&", "||", "==", "!=", "<=", ">=", "<<", ">>", "&^", "<", ">", "+",
                                "-", "*", "/", "%", "&", "|", "^", "!"}) {
      if (s_.substr(pos_, op.size()) == op) return std::string(op);
    }
    return "";
  }

  std::unique_ptr<Node> binary(int min_prec) {
    auto x = unary();
    for (;;) {
      std::string op = peek_op();
      int p = precedence(op);
      if (p < min_prec || p == 0) return x;
      pos_ += op.size();
      auto n = std::make_unique<Node>(Node{Node::Binary, op});
      n->x = std::move(x);
      n->y = binary(p + 1);
      x = std::move(n);
    }
  }

  std::unique_ptr<Node> unary() {
    std::string op = peek_op();
    if (op == "+" || op == "-" || op == "!" || op == "^") {
      pos_ += op.size();
      auto n = std::make_unique<Node>(Node{Node::Unary, op});
      n->x = unary();
      return n;
    }
    return primary();
  }

  std::unique_ptr<Node> primary() {
    skip_space();
    if (pos_ >= s_.size()) return fail();
    char c = s_[pos_];
    if (c == '(') {
      pos_++;
      auto n = std::make_unique<Node>(Node{Node::Paren, ""});
      n->x = binary(1);
      return expect(')') ? std::move(n) : fail();
    }
    if (c == '"' || c == '`' || c == '\'') return quoted(c);
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return number();
    size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) pos_++;
    if (start == pos_) return fail();
    std::string name(s_.substr(start, pos_ - start));
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == '(') {
      pos_++;
      auto n = std::make_unique<Node>(Node{Node::Call, name});
      n->x = binary(1);
      return expect(')') ? std::move(n) : fail();
    }
    return std::make_unique<Node>(Node{Node::Name, name});
  }

  std::unique_ptr<Node> quoted(char q) {
    size_t start = pos_++;
    while (pos_ < s_.size() && s_[pos_] != q) pos_ += (s_[pos_] == '\\' && q != '`') ? 2 : 1;
    if (pos_++ >= s_.size()) return fail();
    auto kind = q == '\'' ? LiteralKind::Rune : LiteralKind::String;
    return std::make_unique<Node>(Node{Node::Lit, std::string(s_.substr(start, pos_ - start)), kind});
  }

  std::unique_ptr<Node> number() {
    size_t start = pos_;
    bool hex = s_.substr(pos_, 2) == "0x" || s_.substr(pos_, 2) == "0X";
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      char lower = char(c | 0x20);
      bool exp_sign = (c == '+' || c == '-') && pos_ > start &&
                      (hex ? (s_[pos_ - 1] | 0x20) == 'p' : (s_[pos_ - 1] | 0x20) == 'e');
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || exp_sign)) break;
      (void)lower;
      pos_++;
    }
    std::string t(s_.substr(start, pos_ - start));
    LiteralKind k = LiteralKind::Int;
    if (t.back() == 'i') {
      k = LiteralKind::Imag;
    } else if (t.find('.') != std::string::npos ||
               (!hex && t.find_first_of("eE") != std::string::npos) ||
               (hex && t.find_first_of("pP") != std::string::npos)) {
      k = LiteralKind::Float;
    }
    return std::make_unique<Node>(Node{Node::Lit, t, k});
  }

  bool expect(char c) {
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == c) return pos_++, true;
    return false;
  }

  std::unique_ptr<Node> fail() {
    ok_ = false;
    return std::make_unique<Node>(Node{Node::Lit, ""});
  }

  std::string_view s_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// expr_string() prints a node as types2's syntax.String does.
std::string expr_string(const Node& n) {
  switch (n.kind) {
    case Node::Lit:
    case Node::Name: return n.text;
    case Node::Unary: return n.text + expr_string(*n.x);
    case Node::Binary: return expr_string(*n.x) + " " + n.text + " " + expr_string(*n.y);
    case Node::Paren: return "(" + expr_string(*n.x) + ")";
    case Node::Call: return n.text + "(" + expr_string(*n.x) + ")";
  }
  return "";
}

// ---------------------------------------------------------------------------
// A miniature types2: each step calls the constant.hpp function types2 calls
// on go/constant, and reports the first error in types2's words.

struct Operand {
  Value val;
  BasicKind type = BasicKind::Invalid;
  std::string type_name;  // as Go prints it: "untyped int", "byte"
  std::string expr;

  std::string str() const { return operand_string(expr, type_name, is_untyped(type), val); }
};

struct TypeName {
  std::string_view name;
  BasicKind kind;
};
constexpr TypeName kTypeNames[] = {
    {"bool", BasicKind::Bool},         {"int", BasicKind::Int},         {"int8", BasicKind::Int8},
    {"int16", BasicKind::Int16},       {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
    {"uint", BasicKind::Uint},         {"uint8", BasicKind::Uint8},     {"uint16", BasicKind::Uint16},
    {"uint32", BasicKind::Uint32},     {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
    {"float32", BasicKind::Float32},   {"float64", BasicKind::Float64}, {"complex64", BasicKind::Complex64},
    {"complex128", BasicKind::Complex128}, {"string", BasicKind::String}, {"byte", BasicKind::Uint8},
    {"rune", BasicKind::Int32},
};

std::optional<BasicKind> lookup_type(std::string_view name) {
  for (auto& t : kTypeNames) {
    if (t.name == name) return t.kind;
  }
  return std::nullopt;
}

class MiniChecker {
 public:
  std::string error;  // the first error, if any

  std::optional<Operand> eval(const Node& n) {
    switch (n.kind) {
      case Node::Lit: return literal(n);
      case Node::Name: return name(n);
      case Node::Paren: {
        auto x = eval(*n.x);
        if (x) x->expr = expr_string(n);
        return x;
      }
      case Node::Call: return conversion(n);
      case Node::Unary: return unary(n);
      case Node::Binary: return binary(n);
    }
    return std::nullopt;
  }

  // declare() is `const c T = x`: the assignment of x to type T.
  std::optional<Operand> declare(Operand x, std::string_view type_name) {
    BasicKind t = *lookup_type(type_name);
    if (!is_untyped(x.type)) {
      if (x.type != t) return fail(cannot_use_message(x.str(), type_name, "constant declaration", ConstError::InvalidConstVal));
      return x;
    }
    Representation r = representation(x.val, x.type, t);
    if (!r.ok()) return fail(cannot_use_message(x.str(), type_name, "constant declaration", r.error));
    return Operand{r.value, t, std::string(type_name), x.expr};
  }

 private:
  std::nullopt_t fail(std::string msg) {
    if (error.empty()) error = std::move(msg);
    return std::nullopt;
  }

  std::optional<Operand> literal(const Node& n) {
    if (is_numeric_literal(n.lit) && n.text.size() > kMaxLiteralLength) {
      return fail(excessively_long_message(n.text));
    }
    Value v = make_from_literal(n.text, n.lit);
    if (v.is_unknown()) return fail(malformed_constant_message(n.text));
    constexpr BasicKind kinds[] = {BasicKind::UntypedInt, BasicKind::UntypedFloat, BasicKind::UntypedComplex,
                                   BasicKind::UntypedRune, BasicKind::UntypedString};
    BasicKind k = kinds[int(n.lit)];
    Operand x{v, k, std::string(basic_name(k)), n.text};
    return overflow(std::move(x), "");
  }

  static bool is_numeric_literal(LiteralKind k) {
    return k == LiteralKind::Int || k == LiteralKind::Float || k == LiteralKind::Imag;
  }

  std::optional<Operand> name(const Node& n) {
    if (n.text != "true" && n.text != "false") return fail("undefined: " + n.text);
    return Operand{make_bool(n.text == "true"), BasicKind::UntypedBool, "untyped bool", n.text};
  }

  // conversion() is types2's conversion() for a constant argument.
  std::optional<Operand> conversion(const Node& n) {
    auto x = eval(*n.x);
    if (!x) return x;
    BasicKind t = *lookup_type(n.text);
    Value v = x->val;
    if (representable(x->val, t, &v)) {
      // ok
    } else if (is_integer(x->type) && is_string(t)) {
      v = string_from_int(x->val);
    } else {
      return fail(conversion_message(x->expr, x->type_name, is_untyped(x->type), x->val, x->type, t, n.text));
    }
    return Operand{v, t, n.text, expr_string(n)};
  }

  std::optional<Operand> unary(const Node& n) {
    auto x = eval(*n.x);
    if (!x) return x;
    UnaryOp op = n.text == "+" ? UnaryOp::Plus : n.text == "-" ? UnaryOp::Minus : n.text == "^" ? UnaryOp::Xor : UnaryOp::Not;
    unsigned prec = is_unsigned(x->type) ? size_bits(x->type) : 0;
    x->val = unary_op(op, x->val, prec);
    x->expr = expr_string(n);
    return overflow(std::move(*x), overflow_op_name(op));
  }

  // overflow() is types2's Checker.overflow, run after every operation.
  std::optional<Operand> overflow(Operand x, std::string_view op_name) {
    if (x.val.is_unknown()) return fail(std::string(kNotRepresentable));
    if (!is_untyped(x.type)) {
      // Typed constants must stay representable; floats get rounded.
      Representation r = representation(x.val, x.type, x.type);
      if (!r.ok()) return fail(invalid_conversion_message(r.error, x.str(), x.type_name));
      x.val = r.value;
      return x;
    }
    if (untyped_int_overflows(x.val)) return fail(constant_overflow_message(op_name));
    return x;
  }

  // convert_untyped() is types2's convertUntyped of x to target's type.
  bool convert_untyped(Operand& x, const Operand& target) {
    if (!is_untyped(x.type) || x.type == target.type) return true;
    if (is_untyped(target.type)) {
      // Both untyped: the numeric kind ordered later wins, values stay.
      if (is_numeric(x.type) && is_numeric(target.type) && x.type < target.type) {
        x.type = target.type;
        x.type_name = target.type_name;
      }
      return true;
    }
    Representation r = representation(x.val, x.type, target.type);
    if (!r.ok()) return fail(invalid_conversion_message(r.error, x.str(), target.type_name)), false;
    x.val = r.value;
    x.type = target.type;
    x.type_name = target.type_name;
    return true;
  }

  std::optional<Operand> binary(const Node& n) {
    auto x = eval(*n.x);
    if (!x) return x;
    auto y = eval(*n.y);
    if (!y) return y;
    if (n.text == "<<" || n.text == ">>") return shift_expr(n, *x, *y);
    if (!convert_untyped(*x, *y) || !convert_untyped(*y, *x)) return std::nullopt;
    std::string e = expr_string(n);
    if (x->type != y->type) return fail("mismatched types " + x->type_name + " and " + y->type_name);
    if (auto op = compare_op(n.text)) {
      return Operand{make_bool(compare(x->val, *op, y->val)), BasicKind::UntypedBool, "untyped bool", e};
    }
    BinaryOp op = binary_op_of(n.text);
    if (op == BinaryOp::Quo || op == BinaryOp::Rem) {
      if (sign(y->val) == 0) return fail(std::string(kDivisionByZero));
      if (is_complex(x->type)) {
        Value re = real(y->val), im = imag(y->val);
        if (sign(binary_op(re, BinaryOp::Mul, re)) == 0 && sign(binary_op(im, BinaryOp::Mul, im)) == 0) {
          return fail(std::string(kDivisionByZero));
        }
      }
      if (op == BinaryOp::Quo && is_integer(x->type)) op = BinaryOp::QuoInt;
    }
    x->val = binary_op(x->val, op, y->val);
    x->expr = e;
    return overflow(std::move(*x), overflow_op_name(op));
  }

  // shift_expr() is types2's shift() for constant operands.
  std::optional<Operand> shift_expr(const Node& n, Operand x, Operand y) {
    Value xval = to_int(x.val);
    if (!is_integer(x.type) && !(is_untyped(x.type) && xval.kind() == Kind::Int)) {
      return fail("invalid operation: shifted operand " + x.str() + " must be integer");
    }
    Value yval = to_int(y.val);
    if (yval.kind() == Kind::Int && sign(yval) < 0) return fail(negative_shift_count_message(y.str()));
    if (is_untyped(y.type)) {
      Representation r = representation(y.val, y.type, BasicKind::Uint);
      if (!r.ok()) return fail(invalid_conversion_message(r.error, y.str(), "uint"));
      y.val = r.value;
    }
    auto s = uint64_val(y.val);
    if (!s || *s > kMaxShift) return fail(invalid_shift_count_message(y.str()));
    if (!is_integer(x.type)) x.type = BasicKind::UntypedInt, x.type_name = "untyped int";
    ShiftOp op = n.text == "<<" ? ShiftOp::Shl : ShiftOp::Shr;
    x.val = shift(xval, op, *s);
    x.expr = expr_string(n);
    return overflow(std::move(x), overflow_op_name(op));
  }

  static std::optional<CompareOp> compare_op(std::string_view op) {
    if (op == "==") return CompareOp::Eql;
    if (op == "!=") return CompareOp::Neq;
    if (op == "<") return CompareOp::Lss;
    if (op == "<=") return CompareOp::Leq;
    if (op == ">") return CompareOp::Gtr;
    if (op == ">=") return CompareOp::Geq;
    return std::nullopt;
  }

  static BinaryOp binary_op_of(std::string_view op) {
    if (op == "+") return BinaryOp::Add;
    if (op == "-") return BinaryOp::Sub;
    if (op == "*") return BinaryOp::Mul;
    if (op == "/") return BinaryOp::Quo;
    if (op == "%") return BinaryOp::Rem;
    if (op == "&") return BinaryOp::And;
    if (op == "|") return BinaryOp::Or;
    if (op == "^") return BinaryOp::Xor;
    if (op == "&^") return BinaryOp::AndNot;
    if (op == "&&") return BinaryOp::AndAnd;
    return BinaryOp::OrOr;
  }
};

// evaluate() is the result line gen_cases.go writes for a case.
std::string evaluate(const std::string& line) {
  std::string type, src = line;
  size_t eq = line.find(" = ");
  if (eq != std::string::npos && line.substr(0, eq).find_first_of(" ()\"'`") == std::string::npos) {
    type = line.substr(0, eq);
    src = line.substr(eq + 3);
  }
  auto node = Parser(src).parse();
  if (!node) return "parse error";
  MiniChecker c;
  auto x = c.eval(*node);
  if (x && !type.empty()) x = c.declare(*x, type);
  if (!x) return "error\t" + c.error;
  return x->type_name + "\t" + std::string(kind_name(x->val.kind())) + "\t" + x->val.to_string() + "\t" +
         x->val.exact_string();
}

TEST(Constant, CasesComputedByGo) {
  std::ifstream in(std::string(GORO_SOURCE_DIR) + "/tests/lang/constants/cases.txt");
  ASSERT_TRUE(in) << "cannot read constants/cases.txt";
  std::string line;
  int n = 0, lineno = 0;
  while (std::getline(in, line)) {
    lineno++;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "cases.txt:" << lineno;
    EXPECT_EQ(evaluate(line.substr(0, tab)), line.substr(tab + 1)) << "cases.txt:" << lineno << ": " << line.substr(0, tab);
    n++;
  }
  EXPECT_GT(n, 250);
}

// ---------------------------------------------------------------------------
// The API directly

Value lit(std::string_view text, LiteralKind k) { return make_from_literal(text, k); }
Value int_lit(std::string_view text) { return lit(text, LiteralKind::Int); }
Value float_lit(std::string_view text) { return lit(text, LiteralKind::Float); }

TEST(Constant, KindsAndFactories) {
  EXPECT_EQ(Value().kind(), Kind::Unknown);
  EXPECT_EQ(make_bool(true).kind(), Kind::Bool);
  EXPECT_EQ(make_string("x").kind(), Kind::String);
  EXPECT_EQ(make_int64(-3).kind(), Kind::Int);
  EXPECT_EQ(make_uint64(UINT64_MAX).to_string(), "18446744073709551615");
  EXPECT_EQ(make_float64(0.1).exact_string(), "3602879701896397/36028797018963968");
  EXPECT_EQ(make_float64(-0.0).to_string(), "0");
  EXPECT_EQ(make_float64(1e300).to_string(), "1e+300");
  EXPECT_TRUE(make_float64(INFINITY).is_unknown());
  EXPECT_TRUE(make_float64(NAN).is_unknown());
  EXPECT_EQ(make_imag(make_int64(2)).to_string(), "(0 + 2i)");
  EXPECT_EQ(kind_name(Kind::Complex), "Complex");
  EXPECT_EQ(Value().to_string(), "unknown");
}

TEST(Constant, Accessors) {
  EXPECT_EQ(int64_val(int_lit("9223372036854775807")), INT64_MAX);
  EXPECT_FALSE(int64_val(int_lit("9223372036854775808")));
  EXPECT_EQ(uint64_val(int_lit("18446744073709551615")), UINT64_MAX);
  EXPECT_FALSE(uint64_val(int_lit("-1")));
  EXPECT_FALSE(int64_val(float_lit("1.0")));  // a Float, not an Int
  EXPECT_EQ(float64_val(float_lit("0.1")).value, 0.1);
  EXPECT_FALSE(float64_val(float_lit("0.1")).exact);
  EXPECT_TRUE(float64_val(float_lit("0.5")).exact);
  EXPECT_EQ(float32_val(float_lit("0.1")).value, double(0.1f));
  EXPECT_EQ(float64_val(int_lit("9007199254740993")).value, 9007199254740992.0);
  EXPECT_FALSE(float64_val(int_lit("9007199254740993")).exact);
  EXPECT_TRUE(std::isinf(float64_val(float_lit("1e1000000")).value));
  EXPECT_EQ(float64_val(float_lit("1e-1000000")).value, 0.0);
  EXPECT_EQ(bit_len(int_lit("-256")), 9u);
  EXPECT_EQ(sign(float_lit("-0.5")), -1);
  EXPECT_EQ(sign(Value()), 1);
  EXPECT_EQ(sign(lit("0i", LiteralKind::Imag)), 0);
  EXPECT_EQ(string_val(lit("\"a\\x00b\"", LiteralKind::String)), std::string("a\0b", 3));
  EXPECT_TRUE(bool_val(make_bool(true)));
  EXPECT_EQ(imag(lit("1.5i", LiteralKind::Imag)).to_string(), "1.5");
  EXPECT_EQ(real(make_int64(3)).to_string(), "3");
  EXPECT_EQ(imag(make_int64(3)).to_string(), "0");
}

TEST(Constant, Literals) {
  EXPECT_EQ(lit("'\\''", LiteralKind::Rune).to_string(), "39");
  EXPECT_EQ(lit("'\\\\'", LiteralKind::Rune).to_string(), "92");
  EXPECT_TRUE(lit("'\\\"'", LiteralKind::Rune).is_unknown());  // \" only in strings
  EXPECT_TRUE(lit("\"\\'\"", LiteralKind::String).is_unknown());  // \' only in runes
  EXPECT_TRUE(lit("'\\400'", LiteralKind::Rune).is_unknown());  // octal > 255
  EXPECT_TRUE(lit("'\\uD800'", LiteralKind::Rune).is_unknown());  // surrogate
  EXPECT_TRUE(lit("'\\U00110000'", LiteralKind::Rune).is_unknown());
  EXPECT_EQ(lit("\"\\u00e9\\xe9\"", LiteralKind::String).exact_string(), "\"é\\xe9\"");
  EXPECT_EQ(string_val(lit("`a\r\nb`", LiteralKind::String)), "a\nb");
  EXPECT_EQ(lit("0x1p-2", LiteralKind::Float).exact_string(), "1/4");
  EXPECT_EQ(lit("1_0.2_5e1_0", LiteralKind::Float).exact_string(), "102500000000");
  EXPECT_EQ(lit("0x_1.8p1i", LiteralKind::Imag).to_string(), "(0 + 3i)");
  EXPECT_TRUE(lit("1e", LiteralKind::Float).is_unknown());
  EXPECT_EQ(lit("0x1.8", LiteralKind::Float).exact_string(), "3/2");  // big.Float needs no p
  EXPECT_EQ(lit("0o7.4p1", LiteralKind::Float).exact_string(), "15");
  EXPECT_EQ(lit("0b101", LiteralKind::Float).exact_string(), "5");
  EXPECT_TRUE(lit("", LiteralKind::Float).is_unknown());
  EXPECT_TRUE(lit("x", LiteralKind::Int).is_unknown());
}

TEST(Constant, StringFormatting) {
  // go/constant shortens strings to 72 runes with "...".
  std::string s(100, 'x');
  EXPECT_EQ(make_string(s).to_string(), "\"" + std::string(68, 'x') + "...");
  EXPECT_EQ(make_string(s).exact_string(), "\"" + s + "\"");
  EXPECT_EQ(make_string("\u2028\x01").to_string(), "\"\\u2028\\x01\"");
  EXPECT_EQ(make_string("\xff").to_string(), "\"\\xff\"");
}

TEST(Constant, UnaryOps) {
  EXPECT_EQ(unary_op(UnaryOp::Xor, make_int64(1), 8).to_string(), "254");
  EXPECT_EQ(unary_op(UnaryOp::Xor, make_int64(0), 64).to_string(), "18446744073709551615");
  EXPECT_EQ(unary_op(UnaryOp::Xor, make_int64(1)).to_string(), "-2");
  EXPECT_EQ(unary_op(UnaryOp::Minus, float_lit("1.5")).exact_string(), "-3/2");
  EXPECT_EQ(unary_op(UnaryOp::Not, make_bool(false)).to_string(), "true");
  EXPECT_EQ(unary_op(UnaryOp::Plus, make_string("a")).kind(), Kind::Unknown);  // invalid: no crash
  EXPECT_EQ(unary_op(UnaryOp::Not, Value()).kind(), Kind::Unknown);
}

TEST(Constant, InvalidOperationsGiveUnknown) {
  // go/constant panics on these; the checker prevents them. Here: Unknown.
  EXPECT_TRUE(binary_op(make_int64(1), BinaryOp::Add, make_string("a")).is_unknown());
  EXPECT_TRUE(binary_op(make_int64(1), BinaryOp::QuoInt, make_int64(0)).is_unknown());
  EXPECT_TRUE(binary_op(make_int64(1), BinaryOp::Quo, make_int64(0)).is_unknown());
  EXPECT_TRUE(binary_op(float_lit("1.5"), BinaryOp::Rem, float_lit("1.5")).is_unknown());
  EXPECT_TRUE(binary_op(make_bool(true), BinaryOp::Add, make_bool(true)).is_unknown());
  EXPECT_TRUE(binary_op(Value(), BinaryOp::Add, make_int64(1)).is_unknown());
  EXPECT_TRUE(shift(float_lit("1.5"), ShiftOp::Shl, 1).is_unknown());
  EXPECT_TRUE(shift(make_int64(1), ShiftOp::Shl, uint64_t(1) << 40).is_unknown());
  EXPECT_EQ(shift(make_int64(-5), ShiftOp::Shr, uint64_t(1) << 62).to_string(), "-1");
  EXPECT_EQ(shift(make_int64(0), ShiftOp::Shl, uint64_t(1) << 40).to_string(), "0");
  EXPECT_FALSE(compare(make_int64(1), CompareOp::Eql, make_string("1")));
  EXPECT_FALSE(compare(Value(), CompareOp::Eql, Value()));
  EXPECT_FALSE(compare(make_bool(true), CompareOp::Lss, make_bool(false)));
}

TEST(Constant, Conversions) {
  EXPECT_EQ(to_int(float_lit("2.0")).kind(), Kind::Int);
  EXPECT_TRUE(to_int(float_lit("2.5")).is_unknown());
  EXPECT_TRUE(to_int(float_lit("1e1300")).is_unknown());  // no huge integers
  EXPECT_EQ(to_int(lit("3i", LiteralKind::Imag)).kind(), Kind::Unknown);
  EXPECT_EQ(to_int(binary_op(make_int64(3), BinaryOp::Add, lit("0i", LiteralKind::Imag))).to_string(), "3");
  EXPECT_EQ(to_float(make_int64(3)).exact_string(), "3");
  EXPECT_EQ(to_float(make_int64(3)).kind(), Kind::Float);
  EXPECT_EQ(to_float(shift(make_int64(1), ShiftOp::Shl, 5000)).exact_string(), "0x.8p+5001");
  EXPECT_EQ(to_complex(make_int64(3)).to_string(), "(3 + 0i)");
  EXPECT_TRUE(to_complex(make_string("a")).is_unknown());
  EXPECT_EQ(string_from_int(make_int64(0x1F600)).to_string(), "\"😀\"");
  EXPECT_EQ(string_from_int(make_int64(0xD800)).to_string(), "\"\uFFFD\"");
  EXPECT_EQ(string_from_int(make_int(BigInt(1) << 70)).to_string(), "\"\uFFFD\"");
  EXPECT_EQ(string_from_int(make_int64(-1)).to_string(), "\"\uFFFD\"");
}

// Float32 rounding: the value a float32 constant takes, checked against the
// hardware's conversion of the nearest double where double rounding cannot
// matter, and against known float32 values.
TEST(Constant, Float32Rounding) {
  struct {
    const char* lit;
    float want;
  } cases[] = {
      {"0.1", 0.1f},
      {"3.14159265358979323846", 3.14159265358979323846f},
      {"16777217", 16777216.0f},
      {"16777219", 16777220.0f},
      {"3.4028234663852886e38", FLT_MAX},
      {"1.401298464324817e-45", 1.401298464324817e-45f},
      {"7e-46", 0.0f},  // below half the smallest subnormal
      {"7.1e-46", 1.401298464324817e-45f},
      {"1e-50", 0.0f},
      {"-2.5", -2.5f},  // a sign is no Go literal, but go/constant accepts it
  };
  for (auto& c : cases) {
    Value rounded;
    ASSERT_TRUE(representable(float_lit(c.lit), BasicKind::Float32, &rounded)) << c.lit;
    EXPECT_EQ(float64_val(rounded).value, double(c.want)) << c.lit;
    EXPECT_TRUE(float64_val(rounded).exact) << c.lit;
  }
  // 1 + 2**-24 + 2**-60 is above the float32 midpoint only by 2**-60: a
  // double would round it to the midpoint first (double rounding), Go's
  // exact rounding does not.
  Value x = binary_op(binary_op(make_int64(1), BinaryOp::Add, binary_op(make_int64(1), BinaryOp::Quo, shift(make_int64(1), ShiftOp::Shl, 24))),
                      BinaryOp::Add, binary_op(make_int64(1), BinaryOp::Quo, shift(make_int64(1), ShiftOp::Shl, 60)));
  Value r;
  ASSERT_TRUE(representable(x, BasicKind::Float32, &r));
  EXPECT_EQ(float64_val(r).value, 1.0 + std::ldexp(1.0, -23));
  EXPECT_TRUE(representable(float_lit("3.4028235677973366e38"), BasicKind::Float32));  // rounds down to FLT_MAX
  EXPECT_FALSE(representable(float_lit("3.4028236e38"), BasicKind::Float32));
  EXPECT_FALSE(representable(float_lit("1e39"), BasicKind::Float32));
  EXPECT_TRUE(representable(float_lit("1e39"), BasicKind::Float64));
}

// Representability with the error each failure gets, as types2's
// representation() decides it from the types.
TEST(Constant, RepresentabilityTable) {
  struct {
    const char* lit;
    LiteralKind lk;
    BasicKind from, to;
    ConstError want;
    const char* value;  // the converted value when representable
  } cases[] = {
      {"127", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int8, ConstError::None, "127"},
      {"128", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int8, ConstError::NumericOverflow, ""},
      {"-128", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int8, ConstError::None, "-128"},
      {"255", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uint8, ConstError::None, "255"},
      {"256", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uint8, ConstError::NumericOverflow, ""},
      {"-1", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uint, ConstError::NumericOverflow, ""},
      {"65535", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uint16, ConstError::None, "65535"},
      {"-32769", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int16, ConstError::NumericOverflow, ""},
      {"2147483647", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int32, ConstError::None, "2147483647"},
      {"4294967296", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uint32, ConstError::NumericOverflow, ""},
      {"9223372036854775807", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int, ConstError::None, "9223372036854775807"},
      {"9223372036854775808", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Int64, ConstError::NumericOverflow, ""},
      {"18446744073709551615", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uintptr, ConstError::None, "18446744073709551615"},
      {"18446744073709551616", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Uint64, ConstError::NumericOverflow, ""},
      {"1.5", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::Int, ConstError::TruncatedFloat, ""},
      {"2.0", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::Int, ConstError::None, "2"},
      {"1e100", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::Int, ConstError::TruncatedFloat, ""},
      {"1e100", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::Float32, ConstError::NumericOverflow, ""},
      {"1e100", LiteralKind::Float, BasicKind::Float64, BasicKind::Int8, ConstError::TruncatedFloat, ""},
      {"1e100", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::Float64, ConstError::None, "1e+100"},
      {"1", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Float32, ConstError::None, "1"},
      {"1", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Complex128, ConstError::None, "(1 + 0i)"},
      {"1i", LiteralKind::Imag, BasicKind::UntypedComplex, BasicKind::Float64, ConstError::NumericOverflow, ""},
      {"1i", LiteralKind::Imag, BasicKind::UntypedComplex, BasicKind::Int, ConstError::TruncatedFloat, ""},
      {"\"a\"", LiteralKind::String, BasicKind::UntypedString, BasicKind::Int, ConstError::InvalidConstVal, ""},
      {"\"a\"", LiteralKind::String, BasicKind::UntypedString, BasicKind::String, ConstError::None, "\"a\""},
      {"1", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::String, ConstError::InvalidConstVal, ""},
      {"1", LiteralKind::Int, BasicKind::UntypedInt, BasicKind::Bool, ConstError::InvalidConstVal, ""},
      {"'a'", LiteralKind::Rune, BasicKind::UntypedRune, BasicKind::Uint8, ConstError::None, "97"},
      {"'世'", LiteralKind::Rune, BasicKind::UntypedRune, BasicKind::Uint8, ConstError::NumericOverflow, ""},
      {"1e39", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::UntypedFloat, ConstError::None, "1e+39"},
      {"1.5", LiteralKind::Float, BasicKind::UntypedFloat, BasicKind::UntypedInt, ConstError::TruncatedFloat, ""},
  };
  for (auto& c : cases) {
    Representation r = representation(lit(c.lit, c.lk), c.from, c.to);
    EXPECT_EQ(r.error, c.want) << c.lit << " as " << basic_name(c.to);
    if (r.ok()) EXPECT_EQ(r.value.to_string(), c.value) << c.lit << " as " << basic_name(c.to);
  }
  EXPECT_TRUE(representable(Value(), BasicKind::Int8));  // no follow-up errors
}

// The messages, each checked against what `go build` prints (Go 1.19, with
// the Go 1.22 differences noted in constant.hpp).
TEST(Constant, HeaderExample) {
  Value x = make_from_literal("300", LiteralKind::Int);
  Value y = binary_op(x, BinaryOp::Mul, make_int64(2));
  Representation r = representation(y, BasicKind::UntypedInt, BasicKind::Int8);
  EXPECT_EQ(r.error, ConstError::NumericOverflow);
  EXPECT_EQ(cannot_use_message(operand_string("300 * 2", "untyped int", true, y), "int8", "assignment", r.error),
            "cannot use 300 * 2 (untyped int constant 600) as int8 value in assignment (overflows)");
}

TEST(Constant, Messages) {
  Value v300 = int_lit("300");
  EXPECT_EQ(cannot_use_message(operand_string("300", "untyped int", true, v300), "int8", "assignment",
                               ConstError::NumericOverflow),
            "cannot use 300 (untyped int constant) as int8 value in assignment (overflows)");
  EXPECT_EQ(cannot_use_message(operand_string("1.5", "untyped float", true, float_lit("1.5")), "int",
                               "variable declaration", ConstError::TruncatedFloat),
            "cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)");
  EXPECT_EQ(cannot_use_message(operand_string("1000", "untyped int", true, int_lit("1000")), "int8",
                               "argument to f", ConstError::NumericOverflow),
            "cannot use 1000 (untyped int constant) as int8 value in argument to f (overflows)");
  EXPECT_EQ(cannot_use_message(operand_string("1e300", "untyped float", true, float_lit("1e300")), "float32",
                               "variable declaration", ConstError::NumericOverflow),
            "cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)");
  EXPECT_EQ(cannot_use_message(operand_string("\"a\"", "untyped string", true, make_string("a")), "int",
                               "assignment", ConstError::InvalidConstVal),
            "cannot use \"a\" (untyped string constant) as int value in assignment");
  EXPECT_EQ(operand_string("e * 2", "int8", false, make_int64(200)), "e * 2 (constant 200 of type int8)");
  EXPECT_EQ(operand_string("", "int8", false, make_int64(200)), "200 (constant of type int8)");
  EXPECT_EQ(invalid_conversion_message(ConstError::NumericOverflow, "e * 2 (constant 200 of type int8)", "int8"),
            "e * 2 (constant 200 of type int8) overflows int8");
  EXPECT_EQ(invalid_conversion_message(ConstError::TruncatedFloat, "1.5 (untyped float constant)", "int8"),
            "1.5 (untyped float constant) truncated to int8");
  EXPECT_EQ(invalid_conversion_message(ConstError::InvalidConstVal, "true (untyped bool constant)", "int"),
            "cannot convert true (untyped bool constant) to type int");
  EXPECT_EQ(conversion_message("256", "untyped int", true, int_lit("256"), BasicKind::UntypedInt, BasicKind::Uint8, "byte"),
            "constant 256 overflows byte");
  EXPECT_EQ(conversion_message("1.5", "untyped float", true, float_lit("1.5"), BasicKind::UntypedFloat, BasicKind::Int, "int"),
            "cannot convert 1.5 (untyped float constant) to type int");
  EXPECT_EQ(conversion_message("1e20", "untyped float", true, float_lit("1e20"), BasicKind::UntypedFloat, BasicKind::Int, "int"),
            "cannot convert 1e20 (untyped float constant 100000000000000000000) to type int");
  EXPECT_EQ(std::string(kDivisionByZero), "invalid operation: division by zero");
  EXPECT_EQ(constant_overflow_message(overflow_op_name(ShiftOp::Shl)), "constant shift overflow");
  EXPECT_EQ(constant_overflow_message(overflow_op_name(UnaryOp::Xor)), "constant bitwise complement overflow");
  EXPECT_EQ(constant_overflow_message(overflow_op_name(BinaryOp::Mul)), "constant multiplication overflow");
  EXPECT_EQ(constant_overflow_message(overflow_op_name(BinaryOp::Quo)), "constant overflow");
  EXPECT_EQ(negative_shift_count_message(operand_string("-1", "untyped int", true, make_int64(-1))),
            "invalid operation: negative shift count -1 (untyped int constant)");
  EXPECT_EQ(invalid_shift_count_message(operand_string("2000", "untyped int", true, make_int64(2000))),
            "invalid operation: invalid shift count 2000 (untyped int constant)");
  EXPECT_EQ(malformed_constant_message("1e1000000000"), "malformed constant: 1e1000000000");
  EXPECT_EQ(excessively_long_message(std::string(10001, '1')), "excessively long constant: 1111111111... (10001 chars)");
}

TEST(Constant, BasicKinds) {
  EXPECT_EQ(basic_name(BasicKind::UntypedFloat), "untyped float");
  EXPECT_EQ(basic_name(BasicKind::UnsafePointer), "unsafe.Pointer");
  EXPECT_EQ(default_type(BasicKind::UntypedRune), BasicKind::Int32);
  EXPECT_EQ(default_type(BasicKind::UntypedFloat), BasicKind::Float64);
  EXPECT_EQ(default_type(BasicKind::Int8), BasicKind::Int8);
  EXPECT_TRUE(is_integer(BasicKind::UntypedRune));
  EXPECT_TRUE(is_unsigned(BasicKind::Uintptr));
  EXPECT_FALSE(is_unsigned(BasicKind::UntypedInt));
  EXPECT_TRUE(is_const_type(BasicKind::UntypedString));
  EXPECT_FALSE(is_const_type(BasicKind::UnsafePointer));
  EXPECT_EQ(size_bits(BasicKind::Int), 64u);
  EXPECT_EQ(size_bits(BasicKind::Complex64), 64u);
}

TEST(Constant, HugeExponentsStaySmall) {
  // 1e1000000 is a 512-bit float, not a 3.3-million-bit integer: operations
  // on it are instant, and nothing huge is ever built.
  Value x = float_lit("1e1000000"), y = float_lit("1e-1000000");
  ASSERT_EQ(x.rep().index(), 5u);
  EXPECT_EQ(std::get<BigFloat>(x.rep()).mantissa().bit_len(), 511u);
  Value p = binary_op(x, BinaryOp::Mul, y);
  EXPECT_EQ(p.to_string(), "1");
  EXPECT_EQ(to_int(p).to_string(), "1");  // within 4 bits of rounding of 1
  EXPECT_TRUE(compare(binary_op(x, BinaryOp::Add, make_int64(1)), CompareOp::Eql, x));
  EXPECT_TRUE(binary_op(float_lit("1e600000000"), BinaryOp::Mul, float_lit("1e600000000")).is_unknown());
  // Fractions switch to BigFloat when a component reaches 4096 bits:
  // 1/(3 * 2**4093) has a 4095-bit denominator, 1/(3 * 2**4094) 4096 bits.
  Value third = binary_op(make_int64(1), BinaryOp::Quo, make_int64(3));
  auto scaled = [&](int k) { return binary_op(third, BinaryOp::Quo, to_float(shift(make_int64(1), ShiftOp::Shl, k))); };
  EXPECT_EQ(scaled(4093).rep().index(), 4u);
  EXPECT_EQ(scaled(4094).rep().index(), 5u);
  EXPECT_EQ(scaled(4094).to_string(), scaled(4093).to_string() == "" ? "" : scaled(4094).to_string());
  EXPECT_EQ(float64_val(scaled(4094)).value, 0.0);
  EXPECT_EQ(binary_op(scaled(4094), BinaryOp::Mul, to_float(shift(make_int64(1), ShiftOp::Shl, 4094))).to_string(), "0.333333");
}

}  // namespace
}  // namespace goro::lang::constant
