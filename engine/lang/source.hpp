// Positions and diagnostics: where in the program something is, and what Go
// would say about it.
//
// Every stage of the interpreter reports problems into one Diagnostics list,
// never by throwing. The list applies the rules of the Go compiler's error
// reporting (cmd/compile/internal/base.ErrorfAt and FlushErrors), so that
// what it prints is what `go build` prints for the same program:
//   - only the first syntax error of a line is kept;
//   - an error repeating the previous non-syntax error on the same line is
//     dropped;
//   - at the 10th error the compiler stops: later errors are ignored, and
//     the output ends with "<pos of the 10th>: too many errors";
//   - output is sorted by position (stable), identical lines printed once.
// The compiler type-checks only a program without syntax errors (messages
// starting "syntax error"): lexical errors such as "newline in string" do
// not stop it. syntax_errors() counts them as base.SyntaxErrors() does.
//
// Invariants: kept() holds at most kMaxErrors entries, in report order;
// full() is true exactly when it holds kMaxErrors.
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goro::lang {

// Pos is a source position: 1-based line and column, the column counting
// bytes from the start of the line (as Go's compiler does: a tab is one
// column, a multi-byte rune several). The zero Pos means "unknown".
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;

  constexpr bool known() const { return line != 0; }
  friend constexpr auto operator<=>(Pos, Pos) = default;
};

// to_string(Pos) is "L:C" (or "-" for an unknown position).
inline std::string to_string(Pos p) {
  if (!p.known()) return "-";
  return std::to_string(p.line) + ":" + std::to_string(p.col);
}

struct Diagnostic {
  Pos pos;
  std::string message;
};

class Diagnostics {
 public:
  static constexpr size_t kMaxErrors = 10;

  // error() reports message at pos, as the compiler's base.ErrorfAt does.
  // Once full(), further errors are ignored (the compiler has exited).
  void error(Pos pos, std::string message) {
    if (full()) return;
    ++reported_;
    if (is_syntax_error(message)) {
      ++syntax_errors_;
      if (last_syntax_line_ != 0 && last_syntax_line_ == pos.line) return;
      last_syntax_line_ = pos.line;
    } else {
      if (last_other_line_ != 0 && last_other_line_ == pos.line && last_other_msg_ == message) return;
      last_other_line_ = pos.line;
      last_other_msg_ = message;
    }
    kept_.push_back({pos, std::move(message)});
  }

  bool empty() const { return kept_.empty(); }
  size_t size() const { return kept_.size(); }
  bool full() const { return kept_.size() >= kMaxErrors; }

  // reported() is the number of errors reported, kept or not.
  size_t reported() const { return reported_; }

  // syntax_errors() is the number of syntax errors reported, kept or not.
  size_t syntax_errors() const { return syntax_errors_; }

  // kept() lists the errors in the order they were reported.
  const std::vector<Diagnostic>& kept() const { return kept_; }

  // sorted() lists them by position, equal positions in report order.
  std::vector<Diagnostic> sorted() const {
    std::vector<Diagnostic> out = kept_;
    std::stable_sort(out.begin(), out.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    return out;
  }

  // format() is what `go build` prints for the errors (without its
  // "# package" header line): one "path:L:C: message" line each.
  std::string format(std::string_view path = "./prog.go") const {
    std::string out;
    std::string prev;
    for (const Diagnostic& d : sorted()) {
      std::string line = format_line(path, d.pos, d.message);
      if (line != prev) out += line;
      prev = std::move(line);
    }
    if (full()) out += format_line(path, kept_.back().pos, "too many errors");
    return out;
  }

 private:
  static bool is_syntax_error(std::string_view m) { return m.starts_with("syntax error"); }

  static std::string format_line(std::string_view path, Pos pos, std::string_view message) {
    // As the compiler's addErrorMsg: no "path:" prefix without a position.
    std::string s;
    if (pos.known()) s = std::string(path) + ":" + to_string(pos) + ": ";
    s += message;
    s += '\n';
    return s;
  }

  std::vector<Diagnostic> kept_;
  size_t reported_ = 0;
  size_t syntax_errors_ = 0;
  uint32_t last_syntax_line_ = 0;
  uint32_t last_other_line_ = 0;
  std::string last_other_msg_;
};

}  // namespace goro::lang
