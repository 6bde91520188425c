// fmt's scanners: a port of Go 1.22's fmt/scan.go (the ss state, its
// space and newline rules, doScan, doScanf and advance) with operands read
// through their run-time types instead of reflection.
//
// Input comes from a string (Sscan*), standard input (Scan*: empty, as on
// the playground), or a Go io.Reader (Fscan*): through its ReadRune and
// UnreadRune methods when it is an io.RuneScanner, else one byte per Read
// call, as Go's readRune does (so, as in Go, what a plain reader yields
// past the last token is lost).
//
// Not supported: operands with their own Scan method (fmt.Scanner), which
// would need a ScanState value the program can call; they are scanned by
// their type like any other.
#include "lib_fmt_scan.hpp"

#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "goro/detail/fmt_strconv.hpp"
#include "native_strconv.hpp"
#include "native_support.hpp"

namespace goro::lang::vm::scan {

namespace {

using namespace native;
namespace fmtd = goro::detail::fmt;

constexpr int32_t kEOF = -1;
constexpr int64_t kHugeWid = int64_t(1) << 30;

// ScanError is Go's scanError panic: err ends the scan as its result.
struct ScanError {
  Iface err;
};

// is_eof() tells io.EOF from a reader's other errors by what it is.
bool is_eof(Thread& t, Iface err) {
  if (err.type == nullptr || err.type->name != "*errors.errorString") return false;
  return call_string_method(t, err, "Error") == "EOF";
}

// ---- inputs: io.RuneScanner's two methods

class Input {
 public:
  virtual ~Input() = default;
  // read_rune() is ReadRune: the rune, or kEOF; other errors are thrown.
  virtual int32_t read_rune() = 0;
  virtual void unread_rune() = 0;
};

// ByteInput is Go's readRune over a byte source: UTF-8 decoding with one
// rune of pushback (peekRune).
class ByteInput : public Input {
 public:
  int32_t read_rune() override {
    if (peek_ >= 0) {
      const int32_t r = peek_;
      peek_ = ~peek_;
      return r;
    }
    int b0 = read_byte();
    if (b0 < 0) return kEOF;
    if (b0 < 0x80) {
      peek_ = ~b0;
      return b0;
    }
    std::string buf(1, char(b0));
    // Read until the bytes hold a full rune (or cannot start one).
    while (buf.size() < 4 && !full_rune(buf)) {
      const int b = read_byte();
      if (b < 0) break;
      buf += char(b);
    }
    const fmtd::DecodedRune d = fmtd::decode_rune(buf);
    if (size_t(d.width) < buf.size()) pending_ = buf.substr(size_t(d.width)) + pending_;
    peek_ = ~int32_t(d.rune);
    return int32_t(d.rune);
  }
  void unread_rune() override {
    if (peek_ < 0) peek_ = ~peek_;
  }

 protected:
  // next_byte() is the source's next byte, or -1 at its end.
  virtual int next_byte() = 0;

 private:
  int32_t peek_ = -1;  // >= 0: the next rune; < 0: ^(previous rune)
  std::string pending_;

  int read_byte() {
    if (!pending_.empty()) {
      const int b = uint8_t(pending_[0]);
      pending_.erase(0, 1);
      return b;
    }
    return next_byte();
  }
  // full_rune() is utf8.FullRune.
  static bool full_rune(const std::string& p) {
    const uint8_t c = uint8_t(p[0]);
    if (c < 0xC0) return true;
    const size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (p.size() >= need) return true;
    // An invalid continuation byte already decides the rune (as RuneError).
    for (size_t i = 1; i < p.size(); ++i) {
      if ((uint8_t(p[i]) & 0xC0) != 0x80) return true;
    }
    return false;
  }
};

class StringInput : public ByteInput {
 public:
  explicit StringInput(std::string_view s) : s_(s) {}

 protected:
  int next_byte() override { return pos_ < s_.size() ? uint8_t(s_[pos_++]) : -1; }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// ReaderInput reads a Go io.Reader one byte per Read, as io.ReadFull(r, buf[:1]).
class ReaderInput : public ByteInput {
 public:
  ReaderInput(Thread& t, Iface r) : t_(t), r_(r), m_(method_of(r, "Read")) {}

 protected:
  int next_byte() override {
    void* buf = heap_alloc(1);
    for (;;) {
      CallRegs regs(m_->fn, 4);
      set_ptr(regs[0], r_.data);
      set_ptr(regs[1], buf);
      regs[2].i = 1;
      regs[3].i = 1;
      call(t_, m_->fn, nullptr, regs.get());
      const int64_t n = regs[0].i;
      const Iface err = arg_iface(regs.get() + 1);
      if (n >= 1) return *static_cast<uint8_t*>(buf);
      if (err.type != nullptr) {
        if (is_eof(t_, err)) return -1;
        throw ScanError{err};
      }
    }
  }

 private:
  Thread& t_;
  Iface r_;
  const RMethod* m_;
};

// RuneScannerInput calls a reader's own ReadRune and UnreadRune.
class RuneScannerInput : public Input {
 public:
  RuneScannerInput(Thread& t, Iface r, const RMethod* read, const RMethod* unread)
      : t_(t), r_(r), read_(read), unread_(unread) {}
  int32_t read_rune() override {
    CallRegs regs(read_->fn, 4);
    set_ptr(regs[0], r_.data);
    call(t_, read_->fn, nullptr, regs.get());
    const Iface err = arg_iface(regs.get() + 2);
    if (err.type == nullptr) return int32_t(regs[0].i);
    if (is_eof(t_, err)) return kEOF;
    throw ScanError{err};
  }
  void unread_rune() override {
    CallRegs regs(unread_->fn, 2);
    set_ptr(regs[0], r_.data);
    call(t_, unread_->fn, nullptr, regs.get());
  }

 private:
  Thread& t_;
  Iface r_;
  const RMethod* read_;
  const RMethod* unread_;
};

std::unique_ptr<Input> reader_input(Thread& t, Iface r) {
  if (r.type == nullptr) panic_nil();
  const RMethod* read = method_of(r, "ReadRune");
  const RMethod* unread = method_of(r, "UnreadRune");
  if (read != nullptr && unread != nullptr) return std::make_unique<RuneScannerInput>(t, r, read, unread);
  return std::make_unique<ReaderInput>(t, r);
}

// ---- the scan state (Go's ss)

constexpr std::string_view kBinary = "01";
constexpr std::string_view kOctal = "01234567";
constexpr std::string_view kDecimal = "0123456789";
constexpr std::string_view kHex = "0123456789aAbBcCdDeEfF";
constexpr std::string_view kSign = "+-";
constexpr std::string_view kFloatVerbs = "beEfFgGv";

// is_space() is fmt's isSpace: unicode.White_Space, from its own table.
bool is_space(int32_t r) {
  if (r >= 1 << 16 || r < 0) return false;
  static constexpr uint16_t kSpace[][2] = {{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
                                           {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
                                           {0x205f, 0x205f}, {0x3000, 0x3000}};
  for (const auto& rng : kSpace) {
    if (r < rng[0]) return false;
    if (r <= rng[1]) return true;
  }
  return false;
}

// index_rune() is fmt's indexRune over a string of ASCII characters.
bool has_rune(std::string_view s, int32_t r) {
  for (char c : s) {
    if (int32_t(uint8_t(c)) == r) return true;
  }
  return false;
}

class State {
 public:
  State(Thread& t, Input& in, bool nl_is_space, bool nl_is_end)
      : t_(t), in_(in), nl_is_space_(nl_is_space), nl_is_end_(nl_is_end) {}

  int64_t do_scan(const std::vector<Iface>& a, Iface* err);
  int64_t do_scanf(std::string_view format, const std::vector<Iface>& a, Iface* err);

 private:
  Thread& t_;
  Input& in_;
  std::string buf_;
  int64_t count_ = 0;
  bool at_eof_ = false;
  bool nl_is_space_;
  bool nl_is_end_;
  int64_t arg_limit_ = kHugeWid;
  int64_t limit_ = kHugeWid;
  int64_t max_wid_ = kHugeWid;

  [[noreturn]] void error(Iface err) { throw ScanError{err}; }
  [[noreturn]] void error_string(std::string_view s) { error(new_error(t_, s)); }
  [[noreturn]] void error_eof() { error(stub_error(t_, "io.EOF", "EOF")); }

  int32_t get_rune() {
    if (at_eof_ || count_ >= arg_limit_) return kEOF;
    const int32_t r = in_.read_rune();
    if (r == kEOF) {
      at_eof_ = true;
      return kEOF;
    }
    ++count_;
    if (nl_is_end_ && r == '\n') at_eof_ = true;
    return r;
  }
  int32_t must_read_rune() {
    const int32_t r = get_rune();
    if (r == kEOF) error(stub_error(t_, "io.ErrUnexpectedEOF", "unexpected EOF"));
    return r;
  }
  void unread_rune() {
    in_.unread_rune();
    at_eof_ = false;
    --count_;
  }
  void write_rune(int32_t r) { fmtd::append_rune(buf_, char32_t(r)); }

  void skip_space() {
    for (;;) {
      const int32_t r = get_rune();
      if (r == kEOF) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nl_is_space_) continue;
        error_string("unexpected newline");
      }
      if (!is_space(r)) {
        unread_rune();
        break;
      }
    }
  }
  // token() reads a run of non-space runes (f: notSpace).
  std::string token(bool skip) {
    if (skip) skip_space();
    for (;;) {
      const int32_t r = get_rune();
      if (r == kEOF) break;
      if (is_space(r)) {
        unread_rune();
        break;
      }
      write_rune(r);
    }
    return buf_;
  }
  bool consume(std::string_view ok, bool accept) {
    const int32_t r = get_rune();
    if (r == kEOF) return false;
    if (has_rune(ok, r)) {
      if (accept) write_rune(r);
      return true;
    }
    if (accept) unread_rune();
    return false;
  }
  bool peek(std::string_view ok) {
    const int32_t r = get_rune();
    if (r != kEOF) unread_rune();
    return has_rune(ok, r);
  }
  void not_eof() {
    if (get_rune() == kEOF) error_eof();
    unread_rune();
  }
  bool accept(std::string_view ok) { return consume(ok, true); }
  bool ok_verb(int32_t verb, std::string_view verbs, std::string_view typ) {
    for (char v : verbs) {
      if (int32_t(v) == verb) return true;
    }
    std::string msg = "bad verb '%";
    fmtd::append_rune(msg, char32_t(verb));
    error_string(msg + "' for " + std::string(typ));
  }

  bool scan_bool(int32_t verb) {
    skip_space();
    not_eof();
    ok_verb(verb, "tv", "boolean");
    switch (get_rune()) {
      case '0': return false;
      case '1': return true;
      case 't': case 'T':
        if (accept("rR") && (!accept("uU") || !accept("eE"))) error_string("syntax error scanning boolean");
        return true;
      case 'f': case 'F':
        if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
          error_string("syntax error scanning boolean");
        return false;
    }
    return false;
  }

  int get_base(int32_t verb, std::string_view& digits) {
    ok_verb(verb, "bdoUxXv", "integer");
    digits = kDecimal;
    switch (verb) {
      case 'b': digits = kBinary; return 2;
      case 'o': digits = kOctal; return 8;
      case 'x': case 'X': case 'U': digits = kHex; return 16;
    }
    return 10;
  }
  std::string scan_number(std::string_view digits, bool have_digits) {
    if (!have_digits) {
      not_eof();
      if (!accept(digits)) error_string("expected integer");
    }
    while (accept(digits)) {
    }
    return buf_;
  }
  int64_t scan_rune(int bits) {
    not_eof();
    const int64_t r = get_rune();
    const int n = 64 - bits;
    if (n > 0 && (int64_t(uint64_t(r) << n) >> n) != r) {
      std::string msg = "overflow on character value ";
      fmtd::append_rune(msg, char32_t(r));
      error_string(msg);
    }
    return r;
  }
  // scan_base_prefix(): for %v, a 0b/0o/0x/0 prefix picks the base.
  bool scan_base_prefix(int& base, std::string& digits) {
    base = 0;
    if (!peek("0")) {
      digits = std::string(kDecimal) + "_";
      return false;
    }
    accept("0");
    if (peek("bB")) {
      consume("bB", true);
      digits = std::string(kBinary) + "_";
    } else if (peek("oO")) {
      consume("oO", true);
      digits = std::string(kOctal) + "_";
    } else if (peek("xX")) {
      consume("xX", true);
      digits = std::string(kHex) + "_";
    } else {
      digits = std::string(kOctal) + "_";
    }
    return true;
  }
  Iface num_err(std::string_view fn, std::string_view tok, const IntResult& r) { return num_error(t_, fn, tok, r); }

  int64_t scan_int(int32_t verb, int bits) {
    if (verb == 'c') return scan_rune(bits);
    skip_space();
    not_eof();
    std::string_view d;
    int base = get_base(verb, d);
    std::string digits(d);
    bool have_digits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) error_string("bad unicode format ");
    } else {
      accept(kSign);
      if (verb == 'v') have_digits = scan_base_prefix(base, digits);
    }
    const std::string tok = scan_number(digits, have_digits);
    const IntResult r = parse_int(tok, base, 64);
    if (r.err != NumErr::None) error(num_err("ParseInt", tok, r));
    const int64_t i = int64_t(r.value);
    const int n = 64 - bits;
    if (n > 0 && (int64_t(uint64_t(i) << n) >> n) != i) error_string("integer overflow on token " + tok);
    return i;
  }
  uint64_t scan_uint(int32_t verb, int bits) {
    if (verb == 'c') return uint64_t(scan_rune(bits));
    skip_space();
    not_eof();
    std::string_view d;
    int base = get_base(verb, d);
    std::string digits(d);
    bool have_digits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) error_string("bad unicode format ");
    } else if (verb == 'v') {
      have_digits = scan_base_prefix(base, digits);
    }
    const std::string tok = scan_number(digits, have_digits);
    const IntResult r = parse_uint(tok, base, 64);
    if (r.err != NumErr::None) error(num_err("ParseUint", tok, r));
    const uint64_t i = r.value;
    const int n = 64 - bits;
    if (n > 0 && ((i << n) >> n) != i) error_string("unsigned integer overflow on token " + tok);
    return i;
  }

  std::string float_token() {
    buf_.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return buf_;
    accept(kSign);
    if (accept("iI") && accept("nN") && accept("fF")) return buf_;
    std::string digits = std::string(kDecimal) + "_";
    std::string_view exp = "eEpP";
    if (accept("0") && accept("xX")) {
      digits = std::string(kHex) + "_";
      exp = "pP";
    }
    while (accept(digits)) {
    }
    if (accept(".")) {
      while (accept(digits)) {
      }
    }
    if (accept(exp)) {
      accept(kSign);
      while (accept(std::string(kDecimal) + "_")) {
      }
    }
    return buf_;
  }
  void complex_tokens(std::string& re, std::string& im) {
    const bool parens = accept("(");
    re = float_token();
    buf_.clear();
    if (!accept("+-")) error_string("syntax error scanning complex number");
    const std::string imag_sign = buf_;
    im = imag_sign + float_token();
    if (!accept("i")) error_string("syntax error scanning complex number");
    if (parens && !accept(")")) error_string("syntax error scanning complex number");
  }
  double convert_float(const std::string& str, int n) {
    const size_t p = str.find('p');
    if (p != std::string::npos && str.find_first_of("xX") == std::string::npos) {
      // fmt's own decimal mantissa with a binary exponent (1.2p4).
      const FloatResult f = parse_float(std::string_view(str).substr(0, p), n);
      if (f.err != NumErr::None) error(num_error(t_, "ParseFloat", str, f.err));
      const IntResult m = parse_int(std::string_view(str).substr(p + 1), 10, 0);
      if (m.err != NumErr::None) error(num_err("Atoi", str, m));
      return std::ldexp(f.value, int(std::clamp<int64_t>(int64_t(m.value), INT32_MIN, INT32_MAX)));
    }
    const FloatResult f = parse_float(str, n);
    if (f.err != NumErr::None) error(num_error(t_, "ParseFloat", str, f.err));
    return f.value;
  }
  void scan_complex(int32_t verb, int n, double& re, double& im) {
    ok_verb(verb, kFloatVerbs, "complex");
    skip_space();
    not_eof();
    std::string sre, sim;
    complex_tokens(sre, sim);
    re = convert_float(sre, n / 2);
    im = convert_float(sim, n / 2);
  }
  std::string convert_string(int32_t verb) {
    ok_verb(verb, "svqxX", "string");
    skip_space();
    not_eof();
    switch (verb) {
      case 'q': return quoted_string();
      case 'x': case 'X': return hex_string();
    }
    return token(true);
  }
  std::string quoted_string() {
    not_eof();
    const int32_t quote = get_rune();
    if (quote == '`') {
      for (;;) {
        const int32_t r = must_read_rune();
        if (r == quote) break;
        write_rune(r);
      }
      return buf_;
    }
    if (quote == '"') {
      buf_ += '"';
      for (;;) {
        const int32_t r = must_read_rune();
        write_rune(r);
        if (r == '\\') {
          write_rune(must_read_rune());
        } else if (r == '"') {
          break;
        }
      }
      std::string out;
      std::string_view rem;
      if (!unquote(buf_, true, out, rem) || !rem.empty()) error(err_syntax(t_));
      return out;
    }
    error_string("expected quoted string");
  }
  static int hex_digit(int32_t d) {
    if (d >= '0' && d <= '9') return d - '0';
    if (d >= 'a' && d <= 'f') return 10 + d - 'a';
    if (d >= 'A' && d <= 'F') return 10 + d - 'A';
    return -1;
  }
  bool hex_byte(uint8_t& b) {
    const int32_t r1 = get_rune();
    if (r1 == kEOF) return false;
    const int v1 = hex_digit(r1);
    if (v1 < 0) {
      unread_rune();
      return false;
    }
    const int v2 = hex_digit(must_read_rune());
    if (v2 < 0) error_string("illegal hex digit");
    b = uint8_t(v1 << 4 | v2);
    return true;
  }
  std::string hex_string() {
    not_eof();
    uint8_t b;
    while (hex_byte(b)) buf_ += char(b);
    if (buf_.empty()) error_string("no hex data for %x string");
    return buf_;
  }
  void scan_percent() {
    skip_space();
    not_eof();
    if (!accept("%")) error_string("missing literal %");
  }

  void scan_one(int32_t verb, Iface arg);
  int64_t advance(std::string_view format);
};

// scan_one() scans one operand, by the type it points to.
void State::scan_one(int32_t verb, Iface arg) {
  buf_.clear();
  const RType* pt = arg.type;
  if (pt == nullptr || pt->kind != RKind::Pointer) {
    error_string("type not a pointer: " + (pt == nullptr ? std::string("<nil>") : pt->name));
  }
  char* p = static_cast<char*>(arg.data);
  if (p == nullptr) panic_nil();
  const RType* e = pt->elem;
  Slot v{};
  switch (e->kind) {
    case RKind::Bool:
      v.u = scan_bool(verb);
      break;
    case RKind::Int: case RKind::Int8: case RKind::Int16: case RKind::Int32: case RKind::Int64:
      v.i = scan_int(verb, int(e->size * 8));
      break;
    case RKind::Uint: case RKind::Uint8: case RKind::Uint16: case RKind::Uint32: case RKind::Uint64:
    case RKind::Uintptr:
      v.u = scan_uint(verb, int(e->size * 8));
      break;
    case RKind::Float32: case RKind::Float64: {
      const char* name = e->kind == RKind::Float32 ? "float32" : "float64";
      // Go checks the verb only for the plain float types, not for named ones.
      if (!e->named || e->pkg.empty()) ok_verb(verb, kFloatVerbs, name);
      skip_space();
      not_eof();
      v.f = convert_float(float_token(), int(e->size * 8));
      break;
    }
    case RKind::Complex64: case RKind::Complex128: {
      Slot parts[2];
      scan_complex(verb, int(e->size * 8), parts[0].f, parts[1].f);
      store(e, p, parts);
      return;
    }
    case RKind::String: {
      const std::string s = convert_string(verb);
      store_string(p, s.empty() ? String{nullptr, 0} : make_string(s));
      return;
    }
    case RKind::Slice:
      if (e->elem->kind == RKind::Uint8) {
        // []byte(s) for []byte itself (its capacity rounded up as Go's
        // allocator does), reflect.MakeSlice (exact) for a named type.
        const std::string s = convert_string(verb);
        const SliceHeader b = e->named ? new_bytes(s) : string_to_bytes(make_string(s));
        Slot h[3];
        put_slice(h, b);
        store(e, p, h);
        return;
      }
      [[fallthrough]];
    default:
      error_string("can't scan type: " + pt->name);
  }
  store(e, p, &v);
}

int64_t State::do_scan(const std::vector<Iface>& a, Iface* err) {
  int64_t n = 0;
  try {
    for (const Iface& arg : a) {
      scan_one('v', arg);
      ++n;
    }
    if (nl_is_end_) {
      for (;;) {
        const int32_t r = get_rune();
        if (r == '\n' || r == kEOF) break;
        if (!is_space(r)) error_string("expected newline");
      }
    }
  } catch (const ScanError& e) {
    *err = e.err;
  }
  return n;
}

// advance() matches the format's literal text and spaces against the input
// (Go's advance: the bytes of format consumed, 0 at a verb or the input's
// end, -1 on a mismatch).
int64_t State::advance(std::string_view format) {
  size_t i = 0;
  while (i < format.size()) {
    fmtd::DecodedRune d = fmtd::decode_rune(format.substr(i));
    int32_t fmtc = int32_t(d.rune);
    size_t w = size_t(d.width);
    if (is_space(fmtc)) {
      int newlines = 0;
      bool trailing_space = false;
      while (is_space(fmtc) && i < format.size()) {
        if (fmtc == '\n') {
          ++newlines;
          trailing_space = false;
        } else {
          trailing_space = true;
        }
        i += w;
        d = fmtd::decode_rune(format.substr(i));
        fmtc = i < format.size() ? int32_t(d.rune) : int32_t(fmtd::kRuneError);
        w = size_t(d.width);
      }
      for (int j = 0; j < newlines; ++j) {
        int32_t inputc = get_rune();
        while (is_space(inputc) && inputc != '\n') inputc = get_rune();
        if (inputc != '\n' && inputc != kEOF) error_string("newline in format does not match input");
      }
      if (trailing_space) {
        int32_t inputc = get_rune();
        if (newlines == 0) {
          if (!is_space(inputc) && inputc != kEOF) error_string("expected space in input to match format");
          if (inputc == '\n') error_string("newline in input does not match format");
        }
        while (is_space(inputc) && inputc != '\n') inputc = get_rune();
        if (inputc != kEOF) unread_rune();
      }
      continue;
    }
    if (fmtc == '%') {
      if (i + w == format.size()) error_string("missing verb: % at end of format string");
      const fmtd::DecodedRune next = fmtd::decode_rune(format.substr(i + w));
      if (next.rune != '%') return int64_t(i);
      i += w;
    }
    const int32_t inputc = must_read_rune();
    if (fmtc != inputc) {
      unread_rune();
      return -1;
    }
    i += w;
  }
  return int64_t(i);
}

// parsenum() is fmt's: a decimal width at format[start:end].
bool parsenum(std::string_view s, size_t start, size_t end, int64_t& num, size_t& next) {
  num = 0;
  bool found = false;
  next = start;
  while (next < end && s[next] >= '0' && s[next] <= '9') {
    if (num > 1000000) {  // tooLarge: Go gives up on the width and skips to the verb
      num = 0;
      next = end;
      return false;
    }
    num = num * 10 + (s[next] - '0');
    found = true;
    ++next;
  }
  return found;
}

int64_t State::do_scanf(std::string_view format, const std::vector<Iface>& a, Iface* err) {
  int64_t n = 0;
  try {
    const size_t end = format.size() - (format.empty() ? 0 : 1);
    for (size_t i = 0; !format.empty() && i <= end;) {
      const int64_t w = advance(format.substr(i));
      if (w > 0) {
        i += size_t(w);
        continue;
      }
      if (format[i] != '%') {
        if (w < 0) error_string("input does not match format");
        break;
      }
      ++i;
      int64_t wid;
      size_t next;
      const bool wid_present = parsenum(format, i, end, wid, next);
      i = next;
      max_wid_ = wid_present ? wid : kHugeWid;
      const fmtd::DecodedRune c = fmtd::decode_rune(format.substr(i));
      const size_t cw = size_t(c.width);
      i += cw;
      if (c.rune != 'c') skip_space();
      if (c.rune == '%') {
        scan_percent();
        continue;
      }
      arg_limit_ = limit_;
      if (count_ + max_wid_ < arg_limit_) arg_limit_ = count_ + max_wid_;
      if (n >= int64_t(a.size())) {
        error_string("too few operands for format '%" + std::string(format.substr(i - cw)) + "'");
      }
      scan_one(int32_t(c.rune), a[size_t(n)]);
      ++n;
      arg_limit_ = limit_;
    }
    if (n < int64_t(a.size())) error_string("too many operands");
  } catch (const ScanError& e) {
    *err = e.err;
  }
  return n;
}

// finish() writes (n int, err error).
void finish(Slot* r, int64_t n, Iface err) {
  r[0].i = n;
  put_iface(r + 1, err);
}

void run_scan(Thread& t, Slot* r, Input& in, const Slot* args, bool nl_is_space, bool nl_is_end) {
  State s(t, in, nl_is_space, nl_is_end);
  Iface err{};
  const int64_t n = s.do_scan(load_anys(arg_slice(args)), &err);
  finish(r, n, err);
}

void run_scanf(Thread& t, Slot* r, Input& in, std::string_view format, const Slot* args) {
  State s(t, in, false, false);
  Iface err{};
  const int64_t n = s.do_scanf(format, load_anys(arg_slice(args)), &err);
  finish(r, n, err);
}

}  // namespace

// Standard input reads as empty (the playground's).
void scan(Thread& t, Slot* r) {
  StringInput in("");
  run_scan(t, r, in, r, true, false);
}
void scanln(Thread& t, Slot* r) {
  StringInput in("");
  run_scan(t, r, in, r, false, true);
}
void scanf(Thread& t, Slot* r) {
  StringInput in("");
  const std::string format(arg_view(r));
  run_scanf(t, r, in, format, r + 2);
}

void sscan(Thread& t, Slot* r) {
  StringInput in(arg_view(r));
  run_scan(t, r, in, r + 2, true, false);
}
void sscanln(Thread& t, Slot* r) {
  StringInput in(arg_view(r));
  run_scan(t, r, in, r + 2, false, true);
}
void sscanf(Thread& t, Slot* r) {
  StringInput in(arg_view(r));
  run_scanf(t, r, in, arg_view(r + 2), r + 4);
}

void fscan(Thread& t, Slot* r) {
  auto in = reader_input(t, arg_iface(r));
  run_scan(t, r, *in, r + 2, true, false);
}
void fscanln(Thread& t, Slot* r) {
  auto in = reader_input(t, arg_iface(r));
  run_scan(t, r, *in, r + 2, false, true);
}
void fscanf(Thread& t, Slot* r) {
  auto in = reader_input(t, arg_iface(r));
  run_scanf(t, r, *in, arg_view(r + 2), r + 4);
}

}  // namespace goro::lang::vm::scan
