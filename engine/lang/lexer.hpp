// Lexer: Go source text to tokens, a port of the compiler's scanner
// (cmd/compile/internal/syntax/scanner.go and source.go).
//
// It inserts semicolons as the spec says (after a line's final identifier,
// literal, break/continue/fallthrough/return, ++, --, ), ] or }, and at a
// general comment spanning lines in that position), reports lexical errors
// in the compiler's words and goes on: a bad character is skipped, a bad
// literal still becomes a Literal token (marked bad).
//
// The lexer reads the text in place: token text (names, literals) is a view
// into it, so the text must outlive the tokens. Nothing is allocated per
// token or per character.
//
// Invariants: ch_ is the character at r_ - chw_ (or -1 at the end, chw_ 0);
// line_start_ points at the first byte of ch_'s line; seg_ is the start of
// the current token's text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "source.hpp"
#include "token.hpp"

namespace goro::lang {

struct Token {
  Tok tok = Tok::None;
  Pos pos;                   // first byte of the token
  std::string_view lit;      // Name: the name; Literal: its text; Semi: "semicolon", "newline" or "EOF"
  LitKind kind = LitKind::Int;  // Literal only
  bool bad = false;          // Literal only: it has an error (already reported)
  Op op = Op::None;          // Operator, Star, AssignOp, IncOp
  Prec prec = kPrecNone;     // Operator, Star, AssignOp, IncOp
};

class Lexer {
 public:
  // Lexer() starts before the first token; call next() to read it.
  // Errors go to diags. A byte order mark at the very start is skipped.
  Lexer(std::string_view text, Diagnostics& diags);

  // next() reads the next token; after the end it keeps returning EOF_.
  void next();

  const Token& token() const { return tok_; }

 private:
  // Characters.
  void nextch();
  void nextch_slow();
  Pos ch_pos() const {
    return {line_, static_cast<uint32_t>(r_ - chw_ - line_start_ + 1)};
  }
  void start_segment() { seg_ = r_ - chw_; }
  std::string_view segment() const { return {seg_, static_cast<size_t>(r_ - chw_ - seg_)}; }

  // Errors: at the current character, or at an offset into the token.
  void error_here(std::string message) { diags_.error(ch_pos(), std::move(message)); }
  void error_at_token(uint32_t offset, std::string message) {
    diags_.error({tok_.pos.line, tok_.pos.col + offset}, std::move(message));
  }

  // Tokens.
  bool punctuation();
  void operator_or_assign(Op op, Prec prec);
  void ident();
  bool at_ident_char(bool first);
  void number(bool seen_point);
  int digits(int base, int* invalid);
  void rune_lit();
  void std_string();
  void raw_string();
  bool escape(char quote);
  void line_comment();
  bool full_comment();
  void set_literal(LitKind kind, bool ok);

  Diagnostics& diags_;
  const char* const begin_;
  const char* const end_;
  const char* r_;           // next byte to read
  const char* line_start_;  // first byte of the current line
  const char* seg_ = nullptr;
  int32_t ch_ = ' ';        // current character, -1 at the end
  int chw_ = 0;             // its width in bytes
  uint32_t line_ = 1;
  bool nlsemi_ = false;     // a newline or the end now reads as ';'
  Token tok_;
};

// Helpers shared with the parser's messages.

// format_rune_U() is Go's fmt "%#U": "U+0040 '@'" (the quoted character
// only if printable).
std::string format_rune_U(uint32_t r);

// quote_rune() is Go's strconv.QuoteRune: 'x', '\n', '\x00', ...
std::string quote_rune(char32_t r);

}  // namespace goro::lang
