// Tokens, operators and literal kinds of Go, as the compiler's scanner
// (cmd/compile/internal/syntax/tokens.go) classifies them: all operators
// share one token kind (Tok::Operator, with '*' apart as Tok::Star because
// it is also the pointer type), and the operator itself is an Op with a
// binary precedence.
#pragma once

#include <cstdint>
#include <iterator>
#include <string_view>

namespace goro::lang {

// ChanDir is a channel's direction, in a ChanType node and a Chan type.
enum class ChanDir : uint8_t { Both, Send, Recv };

enum class Tok : uint8_t {
  None,
  EOF_,

  // names and literals
  Name,
  Literal,

  // operators and operations (Operator excludes '*', which is Star)
  Operator,  // op
  AssignOp,  // op=
  IncOp,     // ++ or --
  Assign,    // =
  Define,    // :=
  Arrow,     // <-
  Star,      // *

  // delimiters
  Lparen,     // (
  Lbrack,     // [
  Lbrace,     // {
  Rparen,     // )
  Rbrack,     // ]
  Rbrace,     // }
  Comma,      // ,
  Semi,       // ; (written or automatic)
  Colon,      // :
  Dot,        // .
  DotDotDot,  // ...

  // keywords (Break..Var must stay contiguous: is_keyword)
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,

  Count_
};
static_assert(static_cast<int>(Tok::Count_) <= 64, "token sets are 64-bit masks");

constexpr bool is_keyword(Tok t) { return t >= Tok::Break && t <= Tok::Var; }

// TokSet is a set of tokens (the parser's follow and stop sets).
using TokSet = uint64_t;
constexpr TokSet tok_bit(Tok t) { return TokSet{1} << static_cast<int>(t); }
constexpr bool contains(TokSet s, Tok t) { return (s & tok_bit(t)) != 0; }

// kTokNames are the tokens' spellings as Go's token.String() gives them
// ("name", "literal", "op", "(", "break", ...), indexed by Tok.
inline constexpr std::string_view kTokNames[] = {
    "",       "EOF",    "name",   "literal",  "op",          "op=",  "opop",  "=",       ":=",
    "<-",     "*",      "(",      "[",        "{",           ")",    "]",     "}",       ",",
    ";",      ":",      ".",      "...",      "break",       "case", "chan",  "const",   "continue",
    "default", "defer", "else",   "fallthrough", "for",      "func", "go",    "goto",    "if",
    "import", "interface", "map", "package",  "range",       "return", "select", "struct", "switch",
    "type",   "var",
};
static_assert(std::size(kTokNames) == static_cast<size_t>(Tok::Count_));

constexpr std::string_view tok_name(Tok t) { return kTokNames[static_cast<int>(t)]; }

// Operators. Precedences are Go's binary precedences (5 binds tightest);
// the unary-only operators have precedence 0.
enum class Op : uint8_t {
  None,
  Def,    // : in :=  (AssignStmt.op of a short variable declaration)
  Not,    // !
  Recv,   // <-
  Tilde,  // ~

  OrOr,    // ||  prec 1
  AndAnd,  // &&  prec 2

  Eql,  // ==   prec 3
  Neq,  // !=
  Lss,  // <
  Leq,  // <=
  Gtr,  // >
  Geq,  // >=

  Add,  // +    prec 4
  Sub,  // -
  Or,   // |
  Xor,  // ^

  Mul,     // *  prec 5
  Div,     // /
  Rem,     // %
  And,     // &
  AndNot,  // &^
  Shl,     // <<
  Shr,     // >>

  Count_
};

enum Prec : uint8_t { kPrecNone = 0, kPrecOrOr, kPrecAndAnd, kPrecCmp, kPrecAdd, kPrecMul };

inline constexpr std::string_view kOpNames[] = {
    "",   ":",  "!",  "<-", "~",  "||", "&&", "==", "!=", "<",  "<=", ">",
    ">=", "+",  "-",  "|",  "^",  "*",  "/",  "%",  "&",  "&^", "<<", ">>",
};
static_assert(std::size(kOpNames) == static_cast<size_t>(Op::Count_));

constexpr std::string_view op_name(Op op) { return kOpNames[static_cast<int>(op)]; }

constexpr Prec op_prec(Op op) {
  if (op == Op::OrOr) return kPrecOrOr;
  if (op == Op::AndAnd) return kPrecAndAnd;
  if (op >= Op::Eql && op <= Op::Geq) return kPrecCmp;
  if (op >= Op::Add && op <= Op::Xor) return kPrecAdd;
  if (op >= Op::Mul && op <= Op::Shr) return kPrecMul;
  return kPrecNone;
}

// LitKind is the kind of a Tok::Literal. An imaginary literal is lexed like
// Go does.
enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

}  // namespace goro::lang
