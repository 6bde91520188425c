// Lexer: a port of cmd/compile/internal/syntax/scanner.go and source.go.
// The error messages and their positions are the compiler's, word for word;
// keep them so when changing the code (tests/lang/lexer_test.cpp pins them).
#include "lexer.hpp"

#include <array>
#include <cstdio>

#include "goro/detail/fmt_strconv.hpp"
#include "unicode.hpp"

namespace goro::lang {

namespace strconv = goro::detail::fmt;

namespace {

constexpr int32_t lower(int32_t c) { return ('a' - 'A') | c; }  // lower case iff c is an ASCII letter
constexpr bool is_letter(int32_t c) { return ('a' <= lower(c) && lower(c) <= 'z') || c == '_'; }
constexpr bool is_decimal(int32_t c) { return '0' <= c && c <= '9'; }
constexpr bool is_hex(int32_t c) { return is_decimal(c) || ('a' <= lower(c) && lower(c) <= 'f'); }

std::string base_name(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// Keywords are found with the compiler's perfect hash of their first two
// bytes and length (scanner.go: hash); keyword_table() checks it is perfect.
constexpr unsigned keyword_hash(std::string_view s) {
  return ((static_cast<unsigned char>(s[0]) << 4 ^ static_cast<unsigned char>(s[1])) + s.size()) & 63;
}

struct KeywordTable {
  std::array<Tok, 64> slot{};
  bool perfect = true;
};

constexpr KeywordTable keyword_table() {
  KeywordTable t;
  for (int k = static_cast<int>(Tok::Break); k <= static_cast<int>(Tok::Var); ++k) {
    const Tok tok = static_cast<Tok>(k);
    unsigned h = keyword_hash(tok_name(tok));
    if (t.slot[h] != Tok::None) t.perfect = false;
    t.slot[h] = tok;
  }
  return t;
}

constexpr KeywordTable kKeywords = keyword_table();
static_assert(kKeywords.perfect, "keyword hash must be perfect");

Tok keyword(std::string_view s) {
  if (s.size() < 2) return Tok::None;
  Tok t = kKeywords.slot[keyword_hash(s)];
  return t != Tok::None && tok_name(t) == s ? t : Tok::None;
}

// invalid_sep() returns the index of the first misplaced '_' in the number
// literal x, or -1 (scanner.go: invalidSep).
int invalid_sep(std::string_view x) {
  char x1 = ' ';  // prefix char, we only care if it's 'x'
  char d = '.';   // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  // a prefix counts as a digit
  if (x.size() >= 2 && x[0] == '0') {
    x1 = static_cast<char>(lower(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  // mantissa and exponent
  for (; i < x.size(); ++i) {
    char p = d;  // previous digit
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

}  // namespace

std::string format_rune_U(uint32_t r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  std::string s = buf;
  if (r <= strconv::kMaxRune && strconv::is_print(r)) {
    s += " '";
    strconv::append_rune(s, r);
    s += '\'';
  }
  return s;
}

std::string quote_rune(char32_t r) {
  std::string s;
  strconv::append_quoted_rune(s, r, false);
  return s;
}

Lexer::Lexer(std::string_view text, Diagnostics& diags)
    : diags_(diags),
      begin_(text.data()),
      end_(text.data() + text.size()),
      r_(begin_),
      line_start_(begin_) {}

// ---------------------------------------------------------------------------
// Characters

// nextch() reads the next character into ch_. NUL, invalid UTF-8 and a BOM
// past the start are reported and skipped, wherever they are (even inside
// a literal or comment), as source.go does.
inline void Lexer::nextch() {
  if (ch_ == '\n') {
    ++line_;
    line_start_ = r_;
  }
  if (r_ < end_) {
    unsigned char b = static_cast<unsigned char>(*r_);
    if (b < 0x80 && b != 0) {
      ++r_;
      ch_ = b;
      chw_ = 1;
      return;
    }
  }
  nextch_slow();
}

void Lexer::nextch_slow() {
  for (;;) {
    if (r_ == end_) {
      ch_ = -1;
      chw_ = 0;
      return;
    }
    unsigned char b = static_cast<unsigned char>(*r_);
    if (b < 0x80) {
      ++r_;
      ch_ = b;
      chw_ = 1;
      if (b != 0) return;
      error_here("invalid NUL character");
      continue;
    }
    strconv::DecodedRune d = strconv::decode_rune({r_, static_cast<size_t>(end_ - r_)});
    r_ += d.width;
    ch_ = static_cast<int32_t>(d.rune);
    chw_ = d.width;
    if (d.rune == strconv::kRuneError && d.width == 1) {
      error_here("invalid UTF-8 encoding");
      continue;
    }
    constexpr char32_t kBOM = 0xFEFF;
    if (d.rune == kBOM) {
      // BOMs are only allowed as the first character of the file.
      if (r_ - chw_ != begin_) error_here("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

// ---------------------------------------------------------------------------
// Tokens

void Lexer::next() {
  const bool nlsemi = nlsemi_;
  nlsemi_ = false;
  for (;;) {
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

    // token start
    tok_.pos = ch_pos();
    tok_.lit = {};
    tok_.op = Op::None;
    tok_.prec = kPrecNone;
    start_segment();
    if (is_letter(ch_) || (ch_ >= 0x80 && at_ident_char(true))) {
      nextch();
      ident();
      return;
    }
    switch (ch_) {
      case -1:
        if (nlsemi) {
          tok_.tok = Tok::Semi;
          tok_.lit = "EOF";
        } else {
          tok_.tok = Tok::EOF_;
        }
        return;
      case '\n':
        nextch();
        tok_.tok = Tok::Semi;
        tok_.lit = "newline";
        return;
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          line_comment();
          continue;
        }
        if (ch_ == '*') {
          nextch();
          full_comment();
          if (line_ > tok_.pos.line && nlsemi) {
            // A multi-line comment acts like a newline.
            tok_.tok = Tok::Semi;
            tok_.lit = "newline";
            return;
          }
          continue;
        }
        operator_or_assign(Op::Div, kPrecMul);
        return;
      default:
        if (punctuation()) return;
        error_here("invalid character " + format_rune_U(static_cast<uint32_t>(ch_)));
        nextch();
        continue;
    }
  }
}

// punctuation() scans the token starting at ch_ other than names, comments
// and newlines; it returns false if ch_ starts no token.
bool Lexer::punctuation() {
  auto single = [this](Tok t, bool semi_after = false) {
    nextch();
    tok_.tok = t;
    nlsemi_ = semi_after;
    return true;
  };
  switch (ch_) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      number(false);
      return true;
    case '"': std_string(); return true;
    case '`': raw_string(); return true;
    case '\'': rune_lit(); return true;
    case '(': return single(Tok::Lparen);
    case '[': return single(Tok::Lbrack);
    case '{': return single(Tok::Lbrace);
    case ',': return single(Tok::Comma);
    case ';':
      single(Tok::Semi);
      tok_.lit = "semicolon";
      return true;
    case ')': return single(Tok::Rparen, true);
    case ']': return single(Tok::Rbrack, true);
    case '}': return single(Tok::Rbrace, true);
    case ':':
      nextch();
      if (ch_ == '=') return single(Tok::Define);
      tok_.tok = Tok::Colon;
      return true;
    case '.':
      nextch();
      if (is_decimal(ch_)) {
        number(true);
        return true;
      }
      if (ch_ == '.' && r_ < end_ && *r_ == '.') {
        nextch();
        return single(Tok::DotDotDot);
      }
      tok_.tok = Tok::Dot;  // a lone '.', or the first of ".."
      return true;
    case '+':
    case '-': {
      const int32_t c = ch_;
      const Op op = c == '+' ? Op::Add : Op::Sub;
      nextch();
      if (ch_ != c) {
        operator_or_assign(op, kPrecAdd);
        return true;
      }
      single(Tok::IncOp, true);
      tok_.op = op;
      tok_.prec = kPrecAdd;
      return true;
    }
    case '*':
      nextch();
      tok_.op = Op::Mul;
      tok_.prec = kPrecMul;
      if (ch_ == '=') {
        nextch();
        tok_.tok = Tok::AssignOp;
      } else {
        tok_.tok = Tok::Star;  // not Operator: also the pointer type
      }
      return true;
    case '%':
      nextch();
      operator_or_assign(Op::Rem, kPrecMul);
      return true;
    case '&':
      nextch();
      if (ch_ == '&') {
        single(Tok::Operator);
        tok_.op = Op::AndAnd;
        tok_.prec = kPrecAndAnd;
        return true;
      }
      if (ch_ == '^') {
        nextch();
        operator_or_assign(Op::AndNot, kPrecMul);
        return true;
      }
      operator_or_assign(Op::And, kPrecMul);
      return true;
    case '|':
      nextch();
      if (ch_ == '|') {
        single(Tok::Operator);
        tok_.op = Op::OrOr;
        tok_.prec = kPrecOrOr;
        return true;
      }
      operator_or_assign(Op::Or, kPrecAdd);
      return true;
    case '^':
      nextch();
      operator_or_assign(Op::Xor, kPrecAdd);
      return true;
    case '<':
      nextch();
      if (ch_ == '=') {
        single(Tok::Operator);
        tok_.op = Op::Leq;
        tok_.prec = kPrecCmp;
        return true;
      }
      if (ch_ == '<') {
        nextch();
        operator_or_assign(Op::Shl, kPrecMul);
        return true;
      }
      if (ch_ == '-') return single(Tok::Arrow);
      tok_.tok = Tok::Operator;
      tok_.op = Op::Lss;
      tok_.prec = kPrecCmp;
      return true;
    case '>':
      nextch();
      if (ch_ == '=') {
        single(Tok::Operator);
        tok_.op = Op::Geq;
        tok_.prec = kPrecCmp;
        return true;
      }
      if (ch_ == '>') {
        nextch();
        operator_or_assign(Op::Shr, kPrecMul);
        return true;
      }
      tok_.tok = Tok::Operator;
      tok_.op = Op::Gtr;
      tok_.prec = kPrecCmp;
      return true;
    case '=':
      nextch();
      if (ch_ == '=') {
        single(Tok::Operator);
        tok_.op = Op::Eql;
        tok_.prec = kPrecCmp;
        return true;
      }
      tok_.tok = Tok::Assign;
      return true;
    case '!':
      nextch();
      if (ch_ == '=') {
        single(Tok::Operator);
        tok_.op = Op::Neq;
        tok_.prec = kPrecCmp;
        return true;
      }
      tok_.tok = Tok::Operator;
      tok_.op = Op::Not;
      return true;
    case '~':
      nextch();
      tok_.tok = Tok::Operator;
      tok_.op = Op::Tilde;
      return true;
    default:
      return false;
  }
}

// operator_or_assign() finishes a binary operator that may be followed by
// '=' (op=); the operator's characters have been read.
void Lexer::operator_or_assign(Op op, Prec prec) {
  tok_.op = op;
  tok_.prec = prec;
  if (ch_ == '=') {
    nextch();
    tok_.tok = Tok::AssignOp;
    return;
  }
  tok_.tok = Tok::Operator;
}

void Lexer::ident() {
  // accelerate the common case (7-bit ASCII)
  while (is_letter(ch_) || is_decimal(ch_)) nextch();
  // general case
  if (ch_ >= 0x80) {
    while (at_ident_char(false)) nextch();
  }
  std::string_view lit = segment();
  if (Tok kw = keyword(lit); kw != Tok::None) {
    nlsemi_ = kw == Tok::Break || kw == Tok::Continue || kw == Tok::Fallthrough || kw == Tok::Return;
    tok_.tok = kw;
    return;
  }
  nlsemi_ = true;
  tok_.tok = Tok::Name;
  tok_.lit = lit;
}

// at_ident_char() reports whether ch_ continues (or, if first, starts) an
// identifier. A non-ASCII character that is no letter is reported but taken
// as part of the identifier, as the compiler does.
bool Lexer::at_ident_char(bool first) {
  if (ch_ < 0x80) return is_letter(ch_) || is_decimal(ch_);
  const auto r = static_cast<char32_t>(ch_);
  if (is_unicode_letter(r)) return true;
  if (is_unicode_digit(r)) {
    if (first) error_here("identifier cannot begin with digit " + format_rune_U(r));
    return true;
  }
  error_here("invalid character " + format_rune_U(r) + " in identifier");
  return true;
}

void Lexer::set_literal(LitKind kind, bool ok) {
  nlsemi_ = true;
  tok_.tok = Tok::Literal;
  tok_.lit = segment();
  tok_.bad = !ok;
  tok_.kind = kind;
}

// digits() accepts { digit | '_' }. For base <= 10 it accepts any decimal
// digit but records in *invalid the offset (from the literal's start) of the
// first digit >= base. It returns bit 0 set if there were digits, bit 1 if
// there were separators.
int Lexer::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    const int32_t max = '0' + base;
    while (is_decimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = static_cast<int>(r_ - chw_ - seg_);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (is_hex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Lexer::number(bool seen_point) {
  bool ok = true;
  LitKind kind = LitKind::Int;
  int base = 10;
  char prefix = 0;  // one of 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
  int digsep = 0;   // bit 0: digit present, bit 1: '_' present
  int invalid = -1;  // offset of an invalid digit in the literal, or < 0

  // integer part
  if (!seen_point) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1;  // leading 0
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_here("invalid radix point in " + base_name(base) + " literal");
        ok = false;
      }
      nextch();
      seen_point = true;
    }
  }

  // fractional part
  if (seen_point) {
    kind = LitKind::Float;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    error_here(base_name(base) + " literal has no digits");
    ok = false;
  }

  // exponent
  if (const int32_t e = lower(ch_); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error_here(quote_rune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error_here(quote_rune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = LitKind::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);  // don't lose the separator bit
    if ((digsep & 1) == 0 && ok) {
      error_here("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == LitKind::Float && ok) {
    error_here("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  // suffix 'i'
  if (ch_ == 'i') {
    kind = LitKind::Imag;
    nextch();
  }

  set_literal(kind, ok);
  const std::string_view lit = tok_.lit;
  if (kind == LitKind::Int && invalid >= 0 && ok) {
    error_at_token(invalid, "invalid digit " + quote_rune(static_cast<unsigned char>(lit[invalid])) + " in " +
                                base_name(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int i = invalid_sep(lit); i >= 0) {
      error_at_token(i, "'_' must separate successive digits");
      ok = false;
    }
  }
  tok_.bad = !ok;
}

void Lexer::rune_lit() {
  bool ok = true;
  nextch();
  for (int n = 0;; ++n) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          error_here("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error_at_token(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        error_here("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        error_at_token(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  set_literal(LitKind::Rune, ok);
}

void Lexer::std_string() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      error_here("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      error_at_token(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  set_literal(LitKind::String, ok);
}

void Lexer::raw_string() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      error_at_token(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  // Carriage returns stay in the text; they are not part of the value.
  set_literal(LitKind::String, ok);
}

// escape() reads an escape sequence after its '\'. It returns false after
// reporting an invalid one; an end of file is left for the caller to report.
bool Lexer::escape(char quote) {
  int n = 0;
  uint32_t base = 0;
  uint32_t max = 0;
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = strconv::kMaxRune;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = strconv::kMaxRune;
      break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // complain in caller about EOF
      error_here("unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; --i) {
    if (ch_ < 0) return true;  // complain in caller about EOF
    uint32_t d = base;
    if (is_decimal(ch_)) {
      d = static_cast<uint32_t>(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      error_here("invalid character " + quote_rune(static_cast<char32_t>(ch_)) + " in " +
                 base_name(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    error_here("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {  // surrogate range
    error_here("escape is invalid Unicode code point " + format_rune_U(x));
    return false;
  }
  return true;
}

// line_comment() skips a // comment, leaving its newline to be read (it may
// be a semicolon).
void Lexer::line_comment() {
  while (ch_ >= 0 && ch_ != '\n') nextch();
}

bool Lexer::full_comment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  error_at_token(0, "comment not terminated");
  return false;
}

}  // namespace goro::lang
