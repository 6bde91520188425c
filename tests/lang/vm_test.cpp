// The VM's control machinery on hand-assembled programs: calls, closures,
// defer, panic and recover, goroutines, channels, select, preemption, and
// the reports of unrecovered panics and deadlocks. Expected report texts are
// Go 1.19's (`go run`), less the +0x offsets and with goro's goroutine ids;
// the Go source each program stands for is quoted above it.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "goro/goro.hpp"
#include "heap.hpp"
#include "opcode.hpp"
#include "rtype_maker.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {
namespace {

using testing::TypeMaker;

// ---- a tiny assembler

// Fn builds one Proto of a Program: instructions with the current line,
// jumps to labels, refs and constants.
class Fn {
 public:
  Fn(Program& prog, std::string name, uint32_t nparams, uint32_t nresults, uint32_t frame_size) : p_(new Proto) {
    prog.protos.push_back(p_);
    p_->name = std::move(name);
    p_->nparams = nparams;
    p_->nresults = nresults;
    p_->frame_size = frame_size;
  }
  const Proto* proto() const { return p_; }

  Fn& line(int32_t l) {
    if (p_->line == 0) p_->line = l;
    line_ = l;
    return *this;
  }
  Fn& op(Op o, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0) {
    if (line_ != last_line_) {
      p_->lines.push_back({uint32_t(p_->code.size()), line_});
      last_line_ = line_;
    }
    p_->code.push_back({uint16_t(o), uint16_t(a), uint16_t(b), uint16_t(c)});
    return *this;
  }
  Fn& ext(uint32_t a = 0, uint32_t b = 0, uint32_t c = 0) {
    p_->code.push_back({0, uint16_t(a), uint16_t(b), uint16_t(c)});
    return *this;
  }
  // jump() emits a branch (JMP, LOOP, JT, JF, JLT, ...) to label.
  Fn& jump(Op o, const std::string& label, uint32_t a = 0, uint32_t b = 0) {
    op(o, a, b);
    fixups_.push_back({p_->code.size(), label});
    return ext();
  }
  // mapnext() emits MAPNEXT, leaving for label when the iteration is over.
  Fn& mapnext(uint32_t it, uint32_t key, uint32_t value, const RType* map_type, const std::string& label) {
    op(Op::MAPNEXT, it, key, value);
    fixups_.push_back({p_->code.size(), label});
    return ext(0, 0, ref(map_type));
  }
  Fn& label(const std::string& name) {
    labels_[name] = p_->code.size();
    return *this;
  }
  // epilogue() marks where a function with defers runs them and returns.
  Fn& epilogue() {
    p_->epilogue = uint32_t(p_->code.size());
    p_->has_defer = true;
    return *this;
  }
  uint16_t ref(const void* r) {
    p_->refs.push_back(r);
    return uint16_t(p_->refs.size() - 1);
  }
  Fn& loadk(uint32_t reg, int64_t v) {
    Slot s;
    s.i = v;
    p_->consts.push_back(s);
    return op(Op::LOADK, reg, uint32_t(p_->consts.size() - 1));
  }
  Fn& loadf(uint32_t reg, double v) {
    Slot s;
    s.f = v;
    p_->consts.push_back(s);
    return op(Op::LOADK, reg, uint32_t(p_->consts.size() - 1));
  }
  Fn& call(uint32_t at, const Proto* fn) { return op(Op::CALL, at, ref(fn)); }
  Fn& loadref(uint32_t reg, const void* r) { return op(Op::LOADREF, reg, ref(r)); }

  // done() resolves the jumps.
  void done() {
    for (auto& [ext, label] : fixups_) {
      auto it = labels_.find(label);
      ASSERT_NE(it, labels_.end()) << "no label " << label;
      int32_t off = int32_t(it->second) - int32_t(ext) - 1;
      p_->code[ext].a = uint16_t(uint32_t(off) & 0xFFFF);
      p_->code[ext].b = uint16_t(uint32_t(off) >> 16);
    }
  }

 private:
  Proto* p_;
  int32_t line_ = 0;
  int32_t last_line_ = -1;
  std::map<std::string, size_t> labels_;
  std::vector<std::pair<size_t, std::string>> fixups_;
};

// ---- natives the programs use for output and control

void write_line(const std::string& s) { goro::write(goro::Stream::Stdout, s + "\n"); }

// out(int)
void out_int(Thread&, Slot* r) { write_line(std::to_string(r[0].i)); }
// outs(string)
void out_string(Thread&, Slot* r) { write_line(std::string(as_string(r).view())); }
// gosched()
void gosched(Thread&, Slot*) { goro::yield(); }
// apply(f func(int) int, x int) int: calls back into Go.
void apply(Thread& t, Slot* r) {
  auto* cl = static_cast<const Closure*>(r[0].cp);
  Slot regs[4] = {};
  regs[0] = r[1];
  call(t, cl->fn, cl, regs);
  r[0] = regs[0];
}
// outv(v any) for a string, int or nil dynamic value.
void out_iface(Thread&, Slot* r) {
  const auto* t = static_cast<const RType*>(r[0].cp);
  if (!t) return write_line("<nil>");
  if (t->kind == RKind::String) return write_line(std::string(load_string(r[1].cp).view()));
  write_line(std::to_string(r[1].i));
}

// ---- the fixture

class VmTest : public ::testing::Test {
 protected:
  TypeMaker types;
  std::unique_ptr<Program> prog = std::make_unique<Program>();
  const Proto* out = native("main.out", 1, 0, out_int);
  const Proto* outs = native("main.outs", 2, 0, out_string);
  const Proto* outv = native("main.outv", 2, 0, out_iface);
  const Proto* yield_ = native("runtime.Gosched", 0, 0, gosched);
  const Proto* apply_ = native("main.apply", 2, 1, apply);
  const RType* int_ = basic_rtype(RKind::Int);
  const RType* string_ = basic_rtype(RKind::String);
  const RType* chan_int = types.chan(int_);

  const Proto* native(std::string name, uint32_t nparams, uint32_t nresults, NativeFn fn) {
    auto* p = new Proto;
    prog->protos.push_back(p);
    p->name = std::move(name);
    p->nparams = nparams;
    p->nresults = nresults;
    p->frame_size = std::max(nparams, nresults);
    p->native = fn;
    return p;
  }
  Fn fn(std::string name, uint32_t nparams, uint32_t nresults, uint32_t frame_size) {
    return Fn(*prog, std::move(name), nparams, nresults, frame_size);
  }
  // str() is a string constant for LOADSTR.
  const String* str(const std::string& s) {
    auto bytes = std::make_shared<std::string>(s);
    auto owned = std::make_shared<String>(String{bytes->data(), int64_t(bytes->size())});
    prog->owned.push_back(bytes);
    prog->owned.push_back(owned);
    return owned.get();
  }
  // panic_string_at() emits panic("s") using registers at..at+3.
  void panic_string_at(Fn& f, uint32_t at, const std::string& s) {
    f.op(Op::LOADSTR, at + 2, f.ref(str(s)));
    f.op(Op::BOX, at + 1, at + 2, f.ref(string_));
    f.loadref(at, string_);
    f.op(Op::PANIC, at);
  }

  struct Result {
    int status;
    std::string out, err;
  };
  Result run(int procs = 1) {
    struct Sink : goro::Sink {
      Result* r;
      std::mutex mu;
      void output(const goro::OutputRecord& rec) override {
        std::lock_guard lk(mu);
        (rec.stream == goro::Stream::Stdout ? r->out : r->err).append(rec.bytes);
      }
    };
    Result r;
    Sink sink;
    sink.r = &r;
    goro::Options o;
    o.procs = procs;
    o.sink = &sink;
    o.time_limit = std::chrono::seconds(20);
    r.status = goro::run([this] { run_main(*prog); }, o);
    return r;
  }
};

// func main() { out((3+4)*5 - 2); out(7 / 2); out(-7 % 3) }
TEST_F(VmTest, Arithmetic) {
  Fn m = fn("main.main", 0, 0, 4);
  m.line(3).op(Op::LOADI, 0, 3).op(Op::LOADI, 1, 4).op(Op::ADD, 0, 0, 1).op(Op::LOADI, 1, 5).op(Op::MUL, 0, 0, 1);
  m.op(Op::ADDI, 0, 0, uint16_t(int16_t(-2))).call(0, out);
  m.op(Op::LOADI, 0, 7).op(Op::LOADI, 1, 2).op(Op::DIV, 0, 0, 1).call(0, out);
  m.op(Op::LOADI, 0, uint16_t(int16_t(-7))).op(Op::LOADI, 1, 3).op(Op::REM, 0, 0, 1).call(0, out);
  m.op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "33\n3\n-1\n");
}

// func main() { s := 0; for i := 1; i <= 100000; i++ { s += i }; out(s) }
TEST_F(VmTest, LoopWithBackEdges) {
  Fn m = fn("main.main", 0, 0, 4);
  m.line(2).op(Op::LOADI, 0, 0).op(Op::LOADI, 1, 1).loadk(2, 100000);
  m.jump(Op::JMP, "cond");
  m.label("body").op(Op::ADD, 0, 0, 1).op(Op::ADDI, 1, 1, 1);
  m.label("cond").op(Op::LE, 3, 1, 2).jump(Op::JF, "end", 3);
  m.jump(Op::LOOP, "body");
  m.label("end").call(0, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.out, "5000050000\n");
}

// func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
// func main() { out(fib(25)) }
TEST_F(VmTest, RecursiveCalls) {
  Fn fib = fn("main.fib", 1, 1, 4);
  fib.line(1).op(Op::LOADI, 1, 2).jump(Op::JLT, "base", 0, 1);
  fib.op(Op::ADDI, 2, 0, uint16_t(int16_t(-1))).call(2, fib.proto());
  fib.op(Op::ADDI, 3, 0, uint16_t(int16_t(-2))).call(3, fib.proto());
  fib.op(Op::ADD, 0, 2, 3);
  fib.label("base").op(Op::RET, 0, 1).done();
  Fn m = fn("main.main", 0, 0, 1);
  m.line(2).op(Op::LOADI, 0, 25).call(0, fib.proto()).call(0, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.out, "75025\n");
}

// Deep recursion grows the value stack by reallocation many times.
// func sum(n int) int { if n == 0 { return 0 }; return n + sum(n-1) }
TEST_F(VmTest, DeepRecursionGrowsTheStack) {
  Fn sum = fn("main.sum", 1, 1, 3);
  sum.line(1).op(Op::LOADI, 1, 0).jump(Op::JEQ, "zero", 0, 1);
  sum.op(Op::ADDI, 2, 0, uint16_t(int16_t(-1))).call(2, sum.proto()).op(Op::ADD, 0, 0, 2).op(Op::RET, 0, 1);
  sum.label("zero").op(Op::RET, 1, 1).done();
  Fn m = fn("main.main", 0, 0, 1);
  m.line(2).loadk(0, 200000).call(0, sum.proto()).call(0, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.out, "20000100000\n");
}

// func main() {
//   n := 0
//   inc := func() int { n++; return n }
//   inc(); inc(); out(inc()); out(n)
// }
TEST_F(VmTest, ClosuresShareCapturedCells) {
  Fn inc = fn("main.main.func1", 0, 1, 3);
  inc.line(3).op(Op::GETCAP, 1, 0).op(Op::LD64, 2, 1, 0).op(Op::ADDI, 2, 2, 1).op(Op::ST64, 1, 2, 0);
  inc.op(Op::MOVE, 0, 2).op(Op::RET, 0, 1).done();
  Fn m = fn("main.main", 0, 0, 4);
  m.line(2).op(Op::NEW, 0, m.ref(int_));
  m.line(3).op(Op::CLOSURE, 1, m.ref(inc.proto()), 1).ext(0);
  m.line(4).op(Op::CALLC, 2, 1).op(Op::CALLC, 2, 1).op(Op::CALLC, 2, 1).call(2, out);
  m.op(Op::LD64, 2, 0, 0).call(2, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.out, "3\n3\n");
}

// func main() { for i := 1; i <= 3; i++ { defer out(i) }; out(0) }
TEST_F(VmTest, DeferredCallsRunNewestFirst) {
  Fn m = fn("main.main", 0, 0, 6);
  m.line(1).op(Op::CLOSURE, 0, m.ref(out), 0).ext(0).op(Op::LOADI, 1, 1).op(Op::LOADI, 2, 3);
  m.label("loop").jump(Op::JLT, "done", 2, 1);
  m.op(Op::MOVE, 3, 1).op(Op::DEFER, 3, 0, 1).op(Op::ADDI, 1, 1, 1).jump(Op::LOOP, "loop");
  m.label("done").op(Op::LOADI, 3, 0).call(3, out);
  m.line(2).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "0\n3\n2\n1\n");
}

// func f() (r int) {
//   defer func() {
//     if v := recover(); v != nil { outv(v); r = 42 }
//   }()
//   panic(7)
// }
// func main() { out(f()); out(1) }
TEST_F(VmTest, RecoverSetsNamedResult) {
  Fn d = fn("main.f.func1", 0, 0, 4);
  d.line(3).op(Op::GETCAP, 0, 0).op(Op::RECOVER, 1).jump(Op::JF, "nil", 1);
  d.op(Op::MOVEN, 2, 1, 2).call(2, outv).op(Op::LOADI, 3, 42).op(Op::ST64, 0, 3, 0);
  d.label("nil").line(4).op(Op::RET, 0, 0).done();
  Fn f = fn("main.f", 0, 1, 5);
  f.line(1).op(Op::NEW, 1, f.ref(int_));
  f.line(2).op(Op::CLOSURE, 2, f.ref(d.proto()), 1).ext(1).op(Op::DEFER, 3, 2, 0);
  f.line(5).loadref(3, int_).op(Op::LOADI, 4, 7).op(Op::PANIC, 3);
  f.line(6).epilogue().op(Op::RUNDEFER).op(Op::LD64, 0, 1, 0).op(Op::RET, 0, 1).done();
  Fn m = fn("main.main", 0, 0, 1);
  m.line(7).call(0, f.proto()).call(0, out).op(Op::LOADI, 0, 1).call(0, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "7\n42\n1\n");
  EXPECT_EQ(r.err, "");
}

// recover() returns nil outside a panic and in a function the deferred call
// calls (not the deferred call itself).
// func helper() { outv(recover()) }
// func main() {
//   defer func() { helper(); outv(recover()) }()
//   outv(recover())
//   panic("x")
// }
TEST_F(VmTest, RecoverOnlyInTheDeferredCallItself) {
  Fn helper = fn("main.helper", 0, 0, 2);
  helper.line(1).op(Op::RECOVER, 0).call(0, outv).op(Op::RET, 0, 0).done();
  Fn d = fn("main.main.func1", 0, 0, 2);
  d.line(3).call(0, helper.proto()).op(Op::RECOVER, 0).call(0, outv).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 6);
  m.line(3).op(Op::CLOSURE, 0, m.ref(d.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(4).op(Op::RECOVER, 1).call(1, outv);
  m.line(5);
  panic_string_at(m, 2, "x");
  m.line(6).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "<nil>\n<nil>\nx\n");
}

// func f() { panic("boom") }      // line 5
// func main() { defer out(1); f() } // line 9
TEST_F(VmTest, UnrecoveredPanicReport) {
  Fn f = fn("main.f", 0, 0, 4);
  f.line(5);
  panic_string_at(f, 0, "boom");
  f.done();
  Fn m = fn("main.main", 0, 0, 3);
  m.line(9).op(Op::CLOSURE, 0, m.ref(out), 0).ext(0).op(Op::LOADI, 1, 1).op(Op::DEFER, 1, 0, 1);
  m.line(10).call(2, f.proto());
  m.line(11).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "1\n");
  EXPECT_EQ(r.err,
            "panic: boom\n\n"
            "goroutine 1 [running]:\n"
            "main.f()\n\t./prog.go:5\n"
            "main.main()\n\t./prog.go:10\n");
}

// A deferred call that recovers and panics again: Go prints the chain.
// func main() {
//   defer func() {
//     r := recover()
//     panic(r)          // line 4
//   }()
//   panic("first")      // line 6
// }
TEST_F(VmTest, RepanicChain) {
  Fn d = fn("main.main.func1", 0, 0, 2);
  d.line(3).op(Op::RECOVER, 0);
  d.line(4).op(Op::PANIC, 0).done();
  Fn m = fn("main.main", 0, 0, 6);
  m.line(2).op(Op::CLOSURE, 0, m.ref(d.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(6);
  panic_string_at(m, 1, "first");
  m.line(7).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "panic: first [recovered]\n\tpanic: first\n\n"
            "goroutine 1 [running]:\n"
            "main.main.func1()\n\t./prog.go:4\n"
            "main.main()\n\t./prog.go:6\n");
}

// A deferred call panicking without recovering: both are printed, and a
// later deferred call recovering the second drops both.
// func main() {
//   defer func() { outv(recover()); out(len(recover-chain)) }()   // recovers "second"
//   defer func() { panic("second") }()
//   panic("first")
// }
TEST_F(VmTest, PanicInDeferredCallAbortsTheFirst) {
  Fn second = fn("main.main.func2", 0, 0, 4);
  second.line(3);
  panic_string_at(second, 0, "second");
  second.done();
  Fn catcher = fn("main.main.func1", 0, 0, 2);
  catcher.line(2).op(Op::RECOVER, 0).call(0, outv).op(Op::RECOVER, 0).call(0, outv).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 6);
  m.line(2).op(Op::CLOSURE, 0, m.ref(catcher.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(3).op(Op::CLOSURE, 0, m.ref(second.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(4);
  panic_string_at(m, 1, "first");
  m.line(5).epilogue().op(Op::RUNDEFER).op(Op::LOADI, 0, 9).call(0, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "second\n<nil>\n9\n");
}

TEST_F(VmTest, PanicInDeferredCallPrintsBoth) {
  Fn second = fn("main.main.func1", 0, 0, 4);
  second.line(3);
  panic_string_at(second, 0, "second");
  second.done();
  Fn m = fn("main.main", 0, 0, 6);
  m.line(3).op(Op::CLOSURE, 0, m.ref(second.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(4);
  panic_string_at(m, 1, "first");
  m.line(5).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "panic: first\n\tpanic: second\n\n"
            "goroutine 1 [running]:\n"
            "main.main.func1()\n\t./prog.go:3\n"
            "main.main()\n\t./prog.go:4\n");
}

// printpanicval's forms: ints, floats, named basic types, Error and String
// methods, other types by address.
class PanicValueTest : public VmTest {
 protected:
  // report() panics with the interface (type, word) and returns the first line.
  std::string report(const RType* type, Slot word) {
    Fn m = fn("main.main", 0, 0, 2);
    m.line(1).loadref(0, type).loadk(1, word.i).op(Op::PANIC, 0).done();
    prog->main = m.proto();
    Result r = run();
    EXPECT_EQ(r.status, 2);
    return r.err.substr(0, r.err.find("\n\ngoroutine"));
  }
  Slot word(int64_t v) {
    Slot s;
    s.i = v;
    return s;
  }
  Slot fword(double v) {
    Slot s;
    s.f = v;
    return s;
  }
  Slot boxed_string(std::string_view s) { return ptr_slot(testing::box_string(s).data); }
};

TEST_F(PanicValueTest, Int) { EXPECT_EQ(report(int_, word(42)), "panic: 42"); }
TEST_F(PanicValueTest, Float) { EXPECT_EQ(report(basic_rtype(RKind::Float64), fword(3.5)), "panic: +3.500000e+000"); }
TEST_F(PanicValueTest, Bool) { EXPECT_EQ(report(basic_rtype(RKind::Bool), word(1)), "panic: true"); }
TEST_F(PanicValueTest, Nil) { EXPECT_EQ(report(nullptr, word(0)), "panic: nil"); }
TEST_F(PanicValueTest, NamedInt) {
  EXPECT_EQ(report(types.named("main.MyInt", int_), word(5)), "panic: main.MyInt(5)");
}
TEST_F(PanicValueTest, NamedString) {
  EXPECT_EQ(report(types.named("main.S", string_), boxed_string("hi")), "panic: main.S(\"hi\")");
}
TEST_F(PanicValueTest, ErrorMethod) {
  auto error = [](Thread&, Slot* regs) { testing::return_string(regs, "custom error"); };
  const RType* e = types.named("*main.E", types.pointer(int_), {types.string_method("Error", error)});
  EXPECT_EQ(report(e, word(0)), "panic: custom error");
}
TEST_F(PanicValueTest, StringMethod) {
  auto string = [](Thread&, Slot* regs) { testing::return_string(regs, "stringer " + std::to_string(regs[0].i)); };
  const RType* s = types.named("main.T", int_, {types.string_method("String", string)});
  EXPECT_EQ(report(s, word(3)), "panic: stringer 3");
}
TEST_F(PanicValueTest, OtherTypesByAddress) {
  const RType* t = types.struct_("main.T", {{"a", int_}, {"b", int_}});
  std::string line = report(t, ptr_slot(heap_alloc(16)));
  EXPECT_EQ(line.substr(0, 18), "panic: (main.T) 0x") << line;
  EXPECT_EQ(line.find_first_not_of("0123456789abcdef", 18), std::string::npos) << line;
}

// A nil dereference: Go's signal line follows the panic line.
TEST_F(VmTest, NilDereferenceReport) {
  Fn m = fn("main.main", 0, 0, 2);
  m.line(4).op(Op::LOADI, 1, 0).op(Op::LD64, 0, 1, 0).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n"
            "goroutine 1 [running]:\n"
            "main.main()\n\t./prog.go:4\n");
}

// func worker(in, out chan int) { for { v := <-in; out <- v * v } }
// func main() {
//   in, out := make(chan int), make(chan int)
//   go worker(in, out)
//   for i := 1; i <= 3; i++ { in <- i; out(<-out) }
// }
TEST_F(VmTest, GoroutinesAndChannels) {
  Fn w = fn("main.worker", 2, 0, 4);
  w.line(1).label("top").op(Op::RECV, 2, 0, 0).op(Op::MUL, 2, 2, 2).op(Op::SEND, 1, 2).jump(Op::LOOP, "top").done();
  Fn m = fn("main.main", 0, 0, 8);
  m.line(3).op(Op::LOADI, 2, 0).op(Op::MAKECHAN, 0, m.ref(chan_int), 2).op(Op::MAKECHAN, 1, m.ref(chan_int), 2);
  m.line(4).op(Op::CLOSURE, 2, m.ref(w.proto()), 0).ext(0).op(Op::MOVEN, 3, 0, 2).op(Op::GO, 3, 2, 2);
  m.line(5).op(Op::LOADI, 5, 1).op(Op::LOADI, 6, 3);
  m.label("loop").jump(Op::JLT, "end", 6, 5);
  m.op(Op::SEND, 0, 5).op(Op::RECV, 7, 1, 0).call(7, out).op(Op::ADDI, 5, 5, 1).jump(Op::LOOP, "loop");
  m.label("end").op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  for (int procs : {1, 2, 4}) {
    Result r = run(procs);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "1\n4\n9\n") << "procs " << procs;
  }
}

// The report the issue asks for: interpreted frames with their lines.
// func worker(c chan int) {   // line 11
//   c <- 1                    // line 12
// }
// func main() {
//   c, d := make(chan int), make(chan int)   // line 13
//   go worker(c)                             // line 14
//   <-d                                      // line 15
// }
TEST_F(VmTest, DeadlockReportListsInterpretedFrames) {
  Fn w = fn("main.worker", 1, 0, 2);
  w.line(11).op(Op::LOADI, 1, 1);
  w.line(12).op(Op::SEND, 0, 1).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 6);
  m.line(13).op(Op::LOADI, 2, 0).op(Op::MAKECHAN, 0, m.ref(chan_int), 2).op(Op::MAKECHAN, 1, m.ref(chan_int), 2);
  m.line(14).op(Op::CLOSURE, 2, m.ref(w.proto()), 0).ext(0).op(Op::MOVE, 3, 0).op(Op::GO, 3, 2, 1);
  m.line(15).op(Op::RECV, 4, 1, 0).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "fatal error: all goroutines are asleep - deadlock!\n\n"
            "goroutine 1 [chan receive]:\n"
            "main.main()\n\t./prog.go:15\n\n"
            "goroutine 2 [chan send]:\n"
            "main.worker(...)\n\t./prog.go:12\n"
            "created by main.main\n\t./prog.go:14\n");
}

// A goroutine's unrecovered panic names the function that started it.
// func (closure) main.main.func1() { panic("in goroutine") }   // line 21
// func helper() { go func1(); select {} }                    // lines 24-25
// func main() { helper() }                                   // line 28
TEST_F(VmTest, GoroutinePanicReport) {
  Fn g = fn("main.main.func1", 0, 0, 4);
  g.line(21);
  panic_string_at(g, 0, "in goroutine");
  g.done();
  static const SelectTable no_cases{0, nullptr};
  Fn h = fn("main.helper", 0, 0, 2);
  h.line(24).op(Op::CLOSURE, 0, h.ref(g.proto()), 0).ext(0).op(Op::GO, 1, 0, 0);
  h.line(25).op(Op::SELECT, 1, h.ref(&no_cases), 0).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 1);
  m.line(28).call(0, h.proto()).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "panic: in goroutine\n\n"
            "goroutine 2 [running]:\n"
            "main.main.func1()\n\t./prog.go:21\n"
            "created by main.helper\n\t./prog.go:24\n");
}

// func main() {
//   a, b := make(chan int, 1), make(chan int, 1)
//   b <- 5
//   select { case v := <-a: out(v); case v, ok := <-b: out(v); out(ok) }
//   select { case a <- 7: out(100); default: out(-1) }
//   select { case a <- 8: out(100); default: out(-1) }
//   close(b)
//   select { case v, ok := <-b: out(v); out(ok) }
// }
TEST_F(VmTest, Select) {
  static const SelectCaseDesc recv_cases[] = {
      {0, 4, 0xFFFF, false, basic_rtype(RKind::Int)},
      {1, 4, 5, false, basic_rtype(RKind::Int)},
  };
  static const SelectTable recv_table{2, recv_cases};
  static const SelectCaseDesc send_cases[] = {{0, 6, 0xFFFF, true, basic_rtype(RKind::Int)}};
  static const SelectTable send_table{1, send_cases};
  static const SelectCaseDesc closed_cases[] = {{1, 4, 5, false, basic_rtype(RKind::Int)}};
  static const SelectTable closed_table{1, closed_cases};
  Fn m = fn("main.main", 0, 0, 8);
  m.line(2).op(Op::LOADI, 2, 1).op(Op::MAKECHAN, 0, m.ref(chan_int), 2).op(Op::MAKECHAN, 1, m.ref(chan_int), 2);
  m.line(3).op(Op::LOADI, 3, 5).op(Op::SEND, 1, 3);
  m.line(4).op(Op::SELECT, 3, m.ref(&recv_table), 0).call(3, out).call(4, out).call(5, out);
  m.line(5).op(Op::LOADI, 6, 7).op(Op::SELECT, 3, m.ref(&send_table), 1).call(3, out);
  m.line(6).op(Op::LOADI, 6, 8).op(Op::SELECT, 3, m.ref(&send_table), 1).call(3, out);
  m.line(7).op(Op::RECV, 7, 0, 0).call(7, out).op(Op::CLOSE, 1);
  m.line(8).op(Op::SELECT, 3, m.ref(&closed_table), 0).call(4, out).call(5, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  // case 1 (5, true); send case 0; default -1; 7 received; closed: 0 false
  EXPECT_EQ(r.out, "1\n5\n1\n0\n-1\n7\n0\n0\n");
}

// The runtime's own panics are Go panics: recoverable, and reported with
// Go's text when not recovered.
// func main() {
//   defer func() { outv(recover() != nil) }()
//   c := make(chan int); close(c); close(c)
// }
TEST_F(VmTest, RuntimePanicsAreRecoverable) {
  Fn d = fn("main.main.func1", 0, 0, 3);
  d.line(2).op(Op::RECOVER, 0).op(Op::LOADI, 2, 0).op(Op::NE, 0, 0, 2).call(0, out).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 4);
  m.line(2).op(Op::CLOSURE, 0, m.ref(d.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(3).op(Op::LOADI, 2, 0).op(Op::MAKECHAN, 1, m.ref(chan_int), 2).op(Op::CLOSE, 1).op(Op::CLOSE, 1);
  m.line(4).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "1\n");
}

TEST_F(VmTest, RuntimePanicReport) {
  Fn m = fn("main.main", 0, 0, 4);
  m.line(3).op(Op::LOADI, 2, 1).op(Op::MAKECHAN, 1, m.ref(chan_int), 2).op(Op::CLOSE, 1);
  m.line(4).op(Op::SEND, 1, 2).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "panic: send on closed channel\n\ngoroutine 1 [running]:\nmain.main()\n\t./prog.go:4\n");
}

// A spinning goroutine does not starve main at procs 1.
// func main() { go func() { for {} }(); runtime.Gosched(); out(1) }
TEST_F(VmTest, LoopsArePreempted) {
  Fn spin = fn("main.main.func1", 0, 0, 1);
  spin.line(1).label("top").jump(Op::LOOP, "top").done();
  Fn m = fn("main.main", 0, 0, 2);
  m.line(1).op(Op::CLOSURE, 0, m.ref(spin.proto()), 0).ext(0).op(Op::GO, 1, 0, 0).call(1, yield_);
  m.op(Op::LOADI, 1, 1).call(1, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run(1);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "1\n");
}

// A conditional jump taken backward is a back-edge too (the test at the
// bottom of a for loop): func() { x := 0; for x == x {} }
TEST_F(VmTest, BackwardBranchesArePreempted) {
  Fn spin = fn("main.main.func1", 0, 0, 1);
  spin.line(1).op(Op::LOADI, 0, 0).label("top").jump(Op::JEQ, "top", 0, 0).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 2);
  m.line(1).op(Op::CLOSURE, 0, m.ref(spin.proto()), 0).ext(0).op(Op::GO, 1, 0, 0).call(1, yield_);
  m.op(Op::LOADI, 1, 1).call(1, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run(1);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "1\n");
}

// 100k goroutines, each a Thread: they must fit.
// func send(c chan int) { c <- 1 }
// func main() { c := make(chan int); for i := 0; i < 100000; i++ { go send(c) }; s := 0; for ... { s += <-c }; out(s) }
TEST_F(VmTest, HundredThousandGoroutines) {
  Fn s = fn("main.send", 1, 0, 2);
  s.line(1).op(Op::LOADI, 1, 1).op(Op::SEND, 0, 1).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 8);
  m.line(2).op(Op::LOADI, 1, 0).op(Op::MAKECHAN, 0, m.ref(chan_int), 1);
  m.op(Op::CLOSURE, 1, m.ref(s.proto()), 0).ext(0).loadk(2, 100000).op(Op::LOADI, 3, 0);
  m.label("spawn").jump(Op::JGE, "sum", 3, 2).op(Op::MOVE, 4, 0).op(Op::GO, 4, 1, 1).op(Op::ADDI, 3, 3, 1);
  m.jump(Op::LOOP, "spawn");
  m.label("sum").op(Op::LOADI, 3, 0).op(Op::LOADI, 5, 0);
  m.label("recv").jump(Op::JGE, "end", 3, 2).op(Op::RECV, 4, 0, 0).op(Op::ADD, 5, 5, 4).op(Op::ADDI, 3, 3, 1);
  m.jump(Op::LOOP, "recv");
  m.label("end").call(5, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  for (int procs : {1, 4}) {
    Result r = run(procs);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "100000\n") << "procs " << procs;
  }
}

// Natives call back into Go with call(); the callee may grow its stack and
// panic through the native, to be recovered in Go below it.
// func main() {
//   defer func() { outv(recover()) }()
//   out(apply(func(x int) int { return sum(x) }, 20000))
//   apply(func(x int) int { panic("from callback") }, 0)
// }
TEST_F(VmTest, NativesCallBackIntoGo) {
  Fn sum = fn("main.sum", 1, 1, 3);
  sum.line(1).op(Op::LOADI, 1, 0).jump(Op::JEQ, "zero", 0, 1);
  sum.op(Op::ADDI, 2, 0, uint16_t(int16_t(-1))).call(2, sum.proto()).op(Op::ADD, 0, 0, 2).op(Op::RET, 0, 1);
  sum.label("zero").op(Op::RET, 1, 1).done();
  Fn grow = fn("main.main.func2", 1, 1, 1);
  grow.line(3).call(0, sum.proto()).op(Op::RET, 0, 1).done();
  Fn boom = fn("main.main.func3", 1, 1, 4);
  boom.line(4);
  panic_string_at(boom, 0, "from callback");
  boom.done();
  Fn d = fn("main.main.func1", 0, 0, 2);
  d.line(2).op(Op::RECOVER, 0).call(0, outv).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 4);
  m.line(2).op(Op::CLOSURE, 0, m.ref(d.proto()), 0).ext(0).op(Op::DEFER, 1, 0, 0);
  m.line(3).op(Op::CLOSURE, 1, m.ref(grow.proto()), 0).ext(0).loadk(2, 20000).call(1, apply_).call(1, out);
  m.line(4).op(Op::CLOSURE, 1, m.ref(boom.proto()), 0).ext(0).op(Op::LOADI, 2, 0).call(1, apply_);
  m.line(5).epilogue().op(Op::RUNDEFER).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "200010000\nfrom callback\n");
}

// Unrecovered, a panic through a native lists the callback's frames.
TEST_F(VmTest, PanicThroughNativeReport) {
  Fn boom = fn("main.main.func1", 1, 1, 4);
  boom.line(4);
  panic_string_at(boom, 0, "from callback");
  boom.done();
  Fn m = fn("main.main", 0, 0, 4);
  m.line(6).op(Op::CLOSURE, 1, m.ref(boom.proto()), 0).ext(0).op(Op::LOADI, 2, 0).call(1, apply_);
  m.op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "panic: from callback\n\n"
            "goroutine 1 [running]:\n"
            "main.main.func1(...)\n\t./prog.go:4\n"
            "main.main()\n\t./prog.go:6\n");
}

// func f() { f() } — Go's stack overflow, with at most 100 frames listed.
TEST_F(VmTest, StackOverflow) {
  Fn f = fn("main.f", 0, 0, 16);
  f.line(1).call(15, f.proto()).op(Op::RET, 0, 0).done();
  Fn m = fn("main.main", 0, 0, 1);
  m.line(2).call(0, f.proto()).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.substr(0, r.err.find("\n\ngoroutine")),
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow");
  EXPECT_NE(r.err.find("main.f()\n\t./prog.go:1\n...additional frames elided...\n"), std::string::npos);
}

// func f() { f() } with no registers at all: the frame count is bounded too.
TEST_F(VmTest, StackOverflowWithoutRegisters) {
  Fn f = fn("main.f", 0, 0, 0);
  f.line(1).call(0, f.proto()).op(Op::RET, 0, 0).done();
  prog->main = f.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f()\n"), std::string::npos) << r.err.substr(0, 300);
}

// Recursion through a native nests dispatch loops on the goroutine's C
// stack: it ends as Go's stack overflow, not on the stack's guard page.
// func f(x int) int { return apply(f, x) }
TEST_F(VmTest, StackOverflowThroughNatives) {
  Fn f = fn("main.f", 1, 1, 3);
  f.line(1).op(Op::MOVE, 2, 0).op(Op::CLOSURE, 1, f.ref(f.proto()), 0).ext(0).call(1, apply_);
  f.op(Op::MOVE, 0, 1).op(Op::RET, 0, 1).done();
  Fn m = fn("main.main", 0, 0, 1);
  m.line(2).op(Op::LOADI, 0, 1).call(0, f.proto()).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f(...)\n\t./prog.go:1\n"),
            std::string::npos)
      << r.err.substr(0, 300);
}

// func main() {
//   m := make(map[string]int)
//   m["a"] = 1; m["b"] = 2; m["c"] = 3
//   delete(m, "b")
//   v, ok := m["b"]; out(v); out(ok); out(m["c"]); out(len(m))
//   s := 0; for _, v := range m { s += v }; out(s)
// }
TEST_F(VmTest, Maps) {
  static const RType* map_type = types.map(string_, int_);
  Fn m = fn("main.main", 0, 0, 10);
  m.line(2).op(Op::LOADI, 1, 0).op(Op::MAKEMAP, 0, m.ref(map_type), 1);
  const char* keys[] = {"a", "b", "c"};
  for (int i = 0; i < 3; ++i) {
    m.line(3).op(Op::LOADSTR, 1, m.ref(str(keys[i]))).op(Op::MAPADDR, 3, 0, 1).ext(m.ref(map_type));
    m.op(Op::LOADI, 4, uint32_t(i + 1)).op(Op::ST64, 3, 4, 0);
  }
  m.line(4).op(Op::LOADSTR, 1, m.ref(str("b"))).op(Op::MAPDEL, 0, 1, m.ref(map_type));
  m.line(5).op(Op::MAPGET, 3, 0, 1).ext(m.ref(map_type), 1).call(3, out).call(4, out);
  m.op(Op::LOADSTR, 1, m.ref(str("c"))).op(Op::MAPGET, 3, 0, 1).ext(m.ref(map_type), 0).call(3, out);
  m.op(Op::MAPLEN, 3, 0).call(3, out);
  m.line(6).op(Op::LOADI, 5, 0).op(Op::MAPITER, 6, 0);
  m.label("next").mapnext(6, 0xFFFF, 7, map_type, "done").op(Op::ADD, 5, 5, 7).jump(Op::LOOP, "next");
  m.label("done").call(5, out).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "0\n0\n3\n2\n4\n");
}

// Reading a nil map gives zero values; writing one panics.
TEST_F(VmTest, NilMap) {
  static const RType* map_type = types.map(int_, int_);
  Fn m = fn("main.main", 0, 0, 6);
  m.line(2).op(Op::LOADI, 0, 0).op(Op::LOADI, 1, 5).op(Op::MAPGET, 2, 0, 1).ext(m.ref(map_type), 1);
  m.call(2, out).call(3, out).op(Op::MAPLEN, 2, 0).call(2, out).op(Op::MAPDEL, 0, 1, m.ref(map_type));
  m.line(3).op(Op::MAPADDR, 2, 0, 1).ext(m.ref(map_type)).op(Op::RET, 0, 0).done();
  prog->main = m.proto();
  Result r = run();
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "0\n0\n0\n");
  EXPECT_EQ(r.err, "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\t./prog.go:3\n");
}

}  // namespace
}  // namespace goro::lang::vm
