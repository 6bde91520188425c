// Lexer tests: tokens, semicolon insertion, literal forms, positions, and
// every lexical error message with its position (the compiler's wording).
#include "lexer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goro::lang {
namespace {

// describe() spells a token compactly: names and literals as written,
// operators and keywords as themselves, automatic semicolons as "\n" (or
// "EOF" at the end), written ones as ";".
std::string describe(const Token& t) {
  switch (t.tok) {
    case Tok::Name:
    case Tok::Literal: return std::string(t.lit);
    case Tok::Semi: return t.lit == "semicolon" ? ";" : t.lit == "newline" ? "\\n" : "EOF";
    case Tok::Operator: return std::string(op_name(t.op));
    case Tok::AssignOp: return std::string(op_name(t.op)) + "=";
    case Tok::IncOp: return std::string(op_name(t.op)) + std::string(op_name(t.op));
    default: return std::string(tok_name(t.tok));
  }
}

struct Lexed {
  std::string tokens;  // described tokens, space-separated
  std::vector<Token> all;
  Diagnostics diags;
};

Lexed lex(std::string_view src) {
  Lexed out;
  Lexer lexer(src, out.diags);
  for (lexer.next(); lexer.token().tok != Tok::EOF_; lexer.next()) {
    if (!out.tokens.empty()) out.tokens += ' ';
    out.tokens += describe(lexer.token());
    out.all.push_back(lexer.token());
  }
  return out;
}

std::string tokens(std::string_view src) { return lex(src).tokens; }

// first_error() is the first error as "L:C: message" ("" if none).
std::string first_error(std::string_view src) {
  Lexed l = lex(src);
  if (l.diags.empty()) return "";
  const Diagnostic& d = l.diags.kept().front();
  return to_string(d.pos) + ": " + d.message;
}

// --- Tokens

TEST(Lexer, Keywords) {
  EXPECT_EQ(tokens("break case chan const continue default defer else fallthrough for func go goto"),
            "break case chan const continue default defer else fallthrough for func go goto");
  EXPECT_EQ(tokens("if import interface map package range return select struct switch type var"),
            "if import interface map package range return select struct switch type var");
  for (const Token& t : lex("if import x").all) {
    if (t.lit == "x") EXPECT_EQ(t.tok, Tok::Name);
  }
  EXPECT_EQ(lex("iff").all[0].tok, Tok::Name);
  EXPECT_EQ(lex("_").all[0].tok, Tok::Name);
  EXPECT_EQ(lex("go").all[0].tok, Tok::Go);
}

TEST(Lexer, Operators) {
  EXPECT_EQ(tokens("+ - * / % & | ^ << >> &^"), "+ - * / % & | ^ << >> &^");
  EXPECT_EQ(tokens("+= -= *= /= %= &= |= ^= <<= >>= &^="), "+= -= *= /= %= &= |= ^= <<= >>= &^=");
  EXPECT_EQ(tokens("&& || <- ++ -- == < > = ! ~"), "&& || <- ++ -- == < > = ! ~");
  EXPECT_EQ(tokens("!= <= >= := ... . , ; :"), "!= <= >= := ... . , ; :");
  EXPECT_EQ(tokens("( [ { ) ] }"), "( [ { ) ] } EOF");
  EXPECT_EQ(tokens(".. ...."), ". . ... .");  // ".." is two dots
  EXPECT_EQ(tokens("a.b"), "a . b EOF");
}

TEST(Lexer, OperatorPrecedence) {
  struct Case {
    std::string_view src;
    Op op;
    Prec prec;
    Tok tok;
  };
  const Case cases[] = {
      {"||", Op::OrOr, kPrecOrOr, Tok::Operator}, {"&&", Op::AndAnd, kPrecAndAnd, Tok::Operator},
      {"==", Op::Eql, kPrecCmp, Tok::Operator},   {"<", Op::Lss, kPrecCmp, Tok::Operator},
      {"+", Op::Add, kPrecAdd, Tok::Operator},    {"|", Op::Or, kPrecAdd, Tok::Operator},
      {"*", Op::Mul, kPrecMul, Tok::Star},        {"&^", Op::AndNot, kPrecMul, Tok::Operator},
      {">>", Op::Shr, kPrecMul, Tok::Operator},   {"!", Op::Not, kPrecNone, Tok::Operator},
      {"~", Op::Tilde, kPrecNone, Tok::Operator}, {"*=", Op::Mul, kPrecMul, Tok::AssignOp},
      {"<<=", Op::Shl, kPrecMul, Tok::AssignOp},  {"--", Op::Sub, kPrecAdd, Tok::IncOp},
  };
  for (const Case& c : cases) {
    Lexed l = lex(c.src);
    ASSERT_EQ(l.all.size(), c.tok == Tok::IncOp ? 2u : 1u) << c.src;
    EXPECT_EQ(l.all[0].tok, c.tok) << c.src;
    EXPECT_EQ(l.all[0].op, c.op) << c.src;
    EXPECT_EQ(l.all[0].prec, c.prec) << c.src;
  }
}

// --- Semicolons (spec: "Semicolons")

TEST(Lexer, SemicolonAfterLineEndingTokens) {
  EXPECT_EQ(tokens("x\n"), "x \\n");
  EXPECT_EQ(tokens("1\n'a'\n\"s\"\n`r`\n2.5\n3i\n"), "1 \\n 'a' \\n \"s\" \\n `r` \\n 2.5 \\n 3i \\n");
  EXPECT_EQ(tokens("break\ncontinue\nfallthrough\nreturn\n"),
            "break \\n continue \\n fallthrough \\n return \\n");
  EXPECT_EQ(tokens("x++\ny--\n"), "x ++ \\n y -- \\n");
  EXPECT_EQ(tokens(")\n]\n}\n"), ") \\n ] \\n } \\n");
}

TEST(Lexer, NoSemicolonAfterOtherTokens) {
  EXPECT_EQ(tokens("x +\ny"), "x + y EOF");
  EXPECT_EQ(tokens("f(\n)"), "f ( ) EOF");
  EXPECT_EQ(tokens("for\n{"), "for {");
  EXPECT_EQ(tokens("chan\nint"), "chan int EOF");
  EXPECT_EQ(tokens("goto\nL"), "goto L EOF");
  EXPECT_EQ(tokens("x,\ny"), "x , y EOF");
  EXPECT_EQ(tokens("a :=\n1"), "a := 1 EOF");
  EXPECT_EQ(tokens("x\n\n\ny"), "x \\n y EOF");  // one per line end, then blank lines are skipped
}

TEST(Lexer, SemicolonAtEnd) {
  EXPECT_EQ(tokens("x"), "x EOF");
  EXPECT_EQ(tokens("x // comment"), "x EOF");  // no newline before the end
  EXPECT_EQ(tokens("}"), "} EOF");
  EXPECT_EQ(tokens("+"), "+");
}

TEST(Lexer, CommentsActAsNewlineOrSpace) {
  EXPECT_EQ(tokens("x // comment\ny"), "x \\n y EOF");
  EXPECT_EQ(tokens("x /* one line */ y"), "x y EOF");
  EXPECT_EQ(tokens("x /* two\nlines */ y"), "x \\n y EOF");  // a general comment spanning lines is a newline
  EXPECT_EQ(tokens("x + /* two\nlines */ y"), "x + y EOF");
  EXPECT_EQ(tokens("x /* c */\ny"), "x \\n y EOF");
  EXPECT_EQ(tokens("a;b"), "a ; b EOF");
}

TEST(Lexer, SemicolonPositions) {
  Lexed l = lex("x /* a\nb */\ny // c\nz");
  ASSERT_EQ(l.tokens, "x \\n y \\n z EOF");
  EXPECT_EQ(l.all[1].pos, (Pos{1, 3}));  // the comment standing for the newline
  EXPECT_EQ(l.all[3].pos, (Pos{3, 7}));  // the newline after the line comment
  EXPECT_EQ(l.all[5].pos, (Pos{4, 2}));  // the end of the text
}

// --- Literals

TEST(Lexer, IntegerLiterals) {
  for (std::string_view src : {"0", "42", "1_000_000", "0b1011", "0B_1", "0o17", "0O_7", "0777", "0_7",
                               "0x1F", "0X_dead_BEEF", "00", "170141183460469231731687303715884105727"}) {
    Lexed l = lex(src);
    ASSERT_EQ(l.all.size(), 2u) << src;  // the literal and the final semicolon
    EXPECT_EQ(l.all[0].tok, Tok::Literal) << src;
    EXPECT_EQ(l.all[0].kind, LitKind::Int) << src;
    EXPECT_EQ(l.all[0].lit, src);
    EXPECT_FALSE(l.all[0].bad) << src;
    EXPECT_TRUE(l.diags.empty()) << src << ": " << l.diags.format();
  }
}

TEST(Lexer, FloatLiterals) {
  for (std::string_view src : {"0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25",
                               ".12345E+5", "1_5.", "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0",
                               "0X_1FFFP-16", "089.5", "09e1"}) {
    Lexed l = lex(src);
    ASSERT_EQ(l.all.size(), 2u) << src;
    EXPECT_EQ(l.all[0].kind, LitKind::Float) << src;
    EXPECT_EQ(l.all[0].lit, src);
    EXPECT_TRUE(l.diags.empty()) << src << ": " << l.diags.format();
  }
}

TEST(Lexer, ImaginaryLiterals) {
  for (std::string_view src : {"0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i", "6.67428e-11i",
                               "1E6i", ".25i", ".12345E+5i", "0x1p-2i"}) {
    Lexed l = lex(src);
    ASSERT_EQ(l.all.size(), 2u) << src;
    EXPECT_EQ(l.all[0].kind, LitKind::Imag) << src;
    EXPECT_EQ(l.all[0].lit, src);
    EXPECT_TRUE(l.diags.empty()) << src << ": " << l.diags.format();
  }
}

TEST(Lexer, RuneLiterals) {
  for (std::string_view src : {"'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\377'", "'\\x07'",
                               "'\\xff'", "'\\u12e4'", "'\\U00101234'", "'\\''", "'\\\\'", "'\\a'", "'\\b'",
                               "'\\f'", "'\\n'", "'\\r'", "'\\v'", "'\"'"}) {
    Lexed l = lex(src);
    ASSERT_EQ(l.all.size(), 2u) << src;
    EXPECT_EQ(l.all[0].kind, LitKind::Rune) << src;
    EXPECT_EQ(l.all[0].lit, src);
    EXPECT_TRUE(l.diags.empty()) << src << ": " << l.diags.format();
  }
}

TEST(Lexer, StringLiterals) {
  for (std::string_view src : {"\"\"", "\"abc\"", "\"\\\"\"", "\"\\n\\t\\\\\"", "\"日本語\"",
                               "\"\\u65e5本\\U00008a9e\"", "\"\\xff\\u00FF\"", "\"'\"", "``", "`abc`",
                               "`\\n`", "`a\nb`", "`\"`", "`a\r\nb`"}) {
    Lexed l = lex(src);
    ASSERT_EQ(l.all.size(), 2u) << src;
    EXPECT_EQ(l.all[0].kind, LitKind::String) << src;
    EXPECT_EQ(l.all[0].lit, src);
    EXPECT_TRUE(l.diags.empty()) << src << ": " << l.diags.format();
  }
}

TEST(Lexer, UnicodeIdentifiers) {
  Lexed l = lex("αβ x日本 _x9 ŝ");
  EXPECT_EQ(l.tokens, "αβ x日本 _x9 ŝ EOF");
  EXPECT_TRUE(l.diags.empty()) << l.diags.format();
}

// --- Positions

TEST(Lexer, ColumnsCountBytes) {
  Lexed l = lex("\tx = \"é\" + y\n  z");
  ASSERT_GE(l.all.size(), 7u);
  EXPECT_EQ(l.all[0].pos, (Pos{1, 2}));   // after a tab: column 2
  EXPECT_EQ(l.all[2].pos, (Pos{1, 6}));   // "é"
  EXPECT_EQ(l.all[3].pos, (Pos{1, 11}));  // é is two bytes
  EXPECT_EQ(l.all[4].pos, (Pos{1, 13}));
  EXPECT_EQ(l.all[6].pos, (Pos{2, 3}));
}

TEST(Lexer, ByteOrderMarkAtStartIsSkipped) {
  Lexed l = lex("\xEF\xBB\xBFpackage p");
  EXPECT_EQ(l.tokens, "package p EOF");
  EXPECT_TRUE(l.diags.empty());
  EXPECT_EQ(l.all[0].pos, (Pos{1, 4}));
}

// --- Errors: the compiler's messages, at its positions; lexing goes on.

TEST(Lexer, ErrorMessages) {
  struct Case {
    std::string_view src;
    std::string_view error;
  };
  const Case cases[] = {
      {"x @ y", "1:3: invalid character U+0040 '@'"},
      {"x \x01", "1:3: invalid character U+0001"},
      {"a\xE2\x80\x9C" "b", "1:2: invalid character U+201C '\xE2\x80\x9C' in identifier"},
      {"\xD9\xA1x", "1:1: identifier cannot begin with digit U+0661 '\xD9\xA1'"},
      {"x \xFF", "1:3: invalid UTF-8 encoding"},
      {"x \xEF\xBB\xBF", "1:3: invalid BOM in the middle of the file"},
      {"\"abc\ndef\"", "1:5: newline in string"},
      {"\"abc", "1:1: string not terminated"},
      {"`abc", "1:1: string not terminated"},
      {"/* abc", "1:1: comment not terminated"},
      {"x /* abc\n", "1:3: comment not terminated"},
      {"'a", "1:1: rune literal not terminated"},
      {"'a\n'", "1:3: newline in rune literal"},
      {"''", "1:2: empty rune literal or unescaped '"},
      {"'ab'", "1:1: more than one character in rune literal"},
      {"\"\\q\"", "1:3: unknown escape"},
      {"'\\8'", "1:3: unknown escape"},
      {"\"\\400\"", "1:6: octal escape value 256 > 255"},
      {"\"\\xZ0\"", "1:4: invalid character 'Z' in hexadecimal escape"},
      {"\"\\x0\"", "1:5: invalid character '\"' in hexadecimal escape"},
      {"'\\u12'", "1:6: invalid character '\\'' in hexadecimal escape"},
      {"\"\\08\"", "1:4: invalid character '8' in octal escape"},
      {"\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800"},
      {"\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000"},
      {"08", "1:2: invalid digit '8' in octal literal"},
      {"0b102", "1:5: invalid digit '2' in binary literal"},
      {"0o8", "1:3: invalid digit '8' in octal literal"},
      {"0x", "1:3: hexadecimal literal has no digits"},
      {"0b", "1:3: binary literal has no digits"},
      {"0o_", "1:4: octal literal has no digits"},
      {"0b1.0", "1:4: invalid radix point in binary literal"},
      {"0o7.", "1:4: invalid radix point in octal literal"},
      {"0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent"},
      {"0b1e2", "1:4: 'e' exponent requires decimal mantissa"},
      {"0b1p2", "1:4: 'p' exponent requires hexadecimal mantissa"},
      {"1p2", "1:2: 'p' exponent requires hexadecimal mantissa"},
      {"1e", "1:3: exponent has no digits"},
      {"1e+", "1:4: exponent has no digits"},
      {"0x1p", "1:5: exponent has no digits"},
      {"1__0", "1:3: '_' must separate successive digits"},
      {"1_", "1:2: '_' must separate successive digits"},
      {"0x_1_", "1:5: '_' must separate successive digits"},
      {"1_.5", "1:2: '_' must separate successive digits"},
  };
  for (const Case& c : cases) EXPECT_EQ(first_error(c.src), c.error) << c.src;

  EXPECT_EQ(first_error(std::string_view("x\0y", 3)), "1:2: invalid NUL character");
  EXPECT_EQ(tokens(std::string_view("x\0y", 3)), std::string_view("x\0y EOF", 7));  // skipped, not a separator
  EXPECT_EQ(first_error("0x1e+2"), "");  // e is a hexadecimal digit: 0x1e + 2
  EXPECT_EQ(tokens("0x1e+2"), "0x1e + 2 EOF");
  EXPECT_EQ(tokens("0_x"), "0_ x EOF");
  EXPECT_EQ(first_error("0_x"), "1:2: '_' must separate successive digits");
}

TEST(Lexer, GoesOnAfterErrors) {
  Lexed l = lex("a @ b # c \"x\n y");
  EXPECT_EQ(l.tokens, "a b c \"x \\n y EOF");
  ASSERT_EQ(l.diags.size(), 3u);
  EXPECT_EQ(l.diags.kept()[0].message, "invalid character U+0040 '@'");
  EXPECT_EQ(l.diags.kept()[1].message, "invalid character U+0023 '#'");
  EXPECT_EQ(l.diags.kept()[2].message, "newline in string");
  ASSERT_GE(l.all.size(), 3u);
  EXPECT_TRUE(l.all[3].bad);  // the unterminated string is still a literal
}

TEST(Lexer, BadLiteralsAreMarked) {
  Lexed l = lex("08 1__0 '\\q' 7");
  ASSERT_GE(l.all.size(), 4u);
  EXPECT_TRUE(l.all[0].bad);
  EXPECT_TRUE(l.all[1].bad);
  EXPECT_TRUE(l.all[2].bad);
  EXPECT_FALSE(l.all[3].bad);
}

}  // namespace
}  // namespace goro::lang
