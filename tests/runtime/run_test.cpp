// Program lifecycle: main returning ends the run, exit codes, panics and
// their reports, goroutine numbering and labels, limits, determinism, and
// reclaiming everything between runs.
#include <sys/resource.h>
#if defined(__EMSCRIPTEN__)
#include <malloc.h>
#endif

#include <fstream>
#include <set>

#include "test_support.hpp"

using namespace goro_test;
using goro::Chan;

class RunTest : public Procs {};
GORO_INSTANTIATE_PROCS(RunTest);

TEST_P(RunTest, MainReturningEndsTheProgram) {
  // Article 001/002: goroutines started just before main returns never print.
  auto r = run([] {
    say("Starting...");
    goro::go([] { say("sort data 0 complete"); });
    goro::go([] { say("parse files 0 complete"); });
  });
  EXPECT_EQ(r.status, 0);
  if (GetParam() == 1) EXPECT_EQ(r.out, "Starting...\n");
  EXPECT_EQ(r.out.substr(0, 12), "Starting...\n");
}

TEST_P(RunTest, GoroutinesNeverRunAgainAfterMainReturns) {
  std::atomic<bool> after{false};
  std::atomic<bool> main_done{false};
  auto r = run([&] {
    for (int i = 0; i < 20; i++) {
      goro::go([&] {
        for (;;) {
          goro::yield();
          if (main_done) after = true;
        }
      });
    }
    goro::yield();
    main_done = true;
  });
  EXPECT_EQ(r.status, 0);
  // A goroutine may observe main_done only while main's return is in flight
  // on another worker; what matters is that the run ended at all.
  SUCCEED();
}

TEST_P(RunTest, ParkedGoroutinesAreUnwoundAtExit) {
  auto token = std::make_shared<int>(0);
  auto r = run([&] {
    Chan<int> ch;
    for (int i = 0; i < 100; i++) {
      goro::go([ch, t = token] { ch.recv(); });  // holds a copy of token while parked
    }
    goro::go([t = token] {});  // never started: its copy must be destroyed too
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(token.use_count(), 1);
}

TEST_P(RunTest, QueuedGoroutinesAreEndedWithoutTouchingFreedRecords) {
  // More runnable goroutines than the free lists keep when main returns:
  // ending them deletes records that were still linked in the run queues,
  // so the queues must be emptied before (a use-after-free under ASan).
  auto r = run([] {
    for (int i = 0; i < 20000; i++) {
      goro::go([] {
        for (;;) goro::yield();
      });
    }
    for (int i = 0; i < 100; i++) goro::yield();
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(RunTest, ExitCodeAndNoFurtherOutput) {
  auto r = run([] {
    say("before");
    goro::go([] {
      goro::sleep(goro::Second);
      say("never");
    });
    goro::exit(3);
  });
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.out, "before\n");
}

TEST_P(RunTest, ExitFromAnotherGoroutine) {
  auto r = run([] {
    goro::go([] { goro::exit(7); });
    Chan<int>().recv();
  });
  EXPECT_EQ(r.status, 7);
  EXPECT_EQ(r.err, "");
}

TEST_P(RunTest, PanicInGoroutineReportsItAndExits2) {
  auto r = run([] {
    goro::go(goro::Label{"main.worker"}, [] { goro::panic("boom"); });
    goro::sleep(goro::Second);
    say("unreachable");
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  std::string want_prefix = "panic: boom\n\ngoroutine 2 [running]:\nmain.worker(...)\n\ttests/runtime/run_test.cpp:";
  EXPECT_EQ(r.err.substr(0, want_prefix.size()), want_prefix) << r.err;
  EXPECT_NE(r.err.find("created by main.main\n\ttests/runtime/run_test.cpp:"), std::string::npos) << r.err;
}

TEST_P(RunTest, CppExceptionEscapingAGoroutineIsAPanic) {
  auto r = run([] {
    goro::go([] { throw std::runtime_error("it broke"); });
    goro::sleep(goro::Second);
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "panic: it broke");
  auto r2 = run([] { throw 42; });
  EXPECT_EQ(r2.status, 2);
  EXPECT_EQ(first_line(r2.err), "panic: unknown C++ exception");
}

TEST_P(RunTest, DeadlockReportListsEveryGoroutineLikeGo) {
  int line_recv = 0, line_go = 0, line_send = 0;
  auto r = run([&] {
    Chan<int> ch, other;
    auto worker = [&line_send, other] {
      line_send = __LINE__ + 1;
      other.send(1);
    };
    line_go = __LINE__ + 1;
    goro::go(goro::Label{"main.worker"}, worker);
    goro::yield();
    line_recv = __LINE__ + 1;
    ch.recv();
  });
  EXPECT_EQ(r.status, 2);
  std::string f = "tests/runtime/run_test.cpp:";
  std::string want = "fatal error: all goroutines are asleep - deadlock!\n"
                     "\n"
                     "goroutine 1 [chan receive]:\n"
                     "main.main()\n"
                     "\t" + f + std::to_string(line_recv) + "\n"
                     "\n"
                     "goroutine 2 [chan send]:\n"
                     "main.worker(...)\n"
                     "\t" + f + std::to_string(line_send) + "\n"
                     "created by main.main\n"
                     "\t" + f + std::to_string(line_go) + "\n";
  EXPECT_EQ(r.err, want);
}

// goexit() in main (runtime.Goexit): its destructors run, the other
// goroutines go on, and with none left the run ends as Go's does.
TEST_P(RunTest, GoexitInMainLetsTheOthersFinishThenReportsNoGoroutines) {
  auto r = run([] {
    Chan<int> ch;
    struct Deferred {
      Chan<int> c;
      ~Deferred() {
        goro::println("main deferred");
        c.close();
      }
    } d{ch};
    goro::go([ch] {
      ch.recv();
      goro::println("worker done");
    });
    goro::goexit();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "main deferred\nworker done\n");
  EXPECT_EQ(r.err, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

TEST_P(RunTest, GoexitInMainWithABlockedGoroutineIsADeadlock) {
  auto r = run([] {
    Chan<int> ch;
    goro::go([ch] { ch.recv(); });
    goro::yield();
    goro::goexit();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: all goroutines are asleep - deadlock!");
}

TEST_P(RunTest, GoexitEndsOnlyTheCallingGoroutine) {
  auto r = run([] {
    Chan<int> done;
    goro::go([done] {
      struct Signal {
        Chan<int> c;
        ~Signal() { c.close(); }
      } s{done};
      goro::goexit();
    });
    done.recv();
    goro::println("main goes on");
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "main goes on\n");
}

// A go statement written over several lines is reported at its first line,
// as Go reports `go func() {` (GCC gives a default argument the line where
// the call starts, for a function; goro::go is a set of functions for that).
TEST_P(RunTest, MultiLineGoIsReportedAtItsFirstLine) {
  int line_go = 0;
  auto r = run([&] {
    line_go = __LINE__ + 1;
    goro::go(
        goro::Label{"main.main.func1"},
        [](int) { Chan<int>().recv(); },
        1);
    Chan<int>().recv();
  });
  EXPECT_EQ(r.status, 2);
  std::string want = "created by main.main\n\ttests/runtime/run_test.cpp:" + std::to_string(line_go) + "\n";
  EXPECT_NE(r.err.find(want), std::string::npos) << r.err;
}

TEST_P(RunTest, UnnamedGoroutinesAreNamedByTheirGoStatement) {
  auto r = run([] {
    goro::go([] { Chan<int>().recv(); });
    Chan<int>().recv();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goroutine 2 [chan receive]:\ngo@run_test.cpp:"), std::string::npos) << r.err;
}

TEST_P(RunTest, GoroutinesAreNumberedInCreationOrder) {
  std::vector<uint64_t> writers;
  auto r = run([&] {
    goro::WaitGroup wg;
    for (int i = 0; i < 5; i++) {
      wg.add(1);
      goro::go([&, i] {
        goro::sleep((i + 1) * goro::Second);
        say("x");
        wg.done();
      });
    }
    wg.wait();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.line_goroutines, (std::vector<uint64_t>{2, 3, 4, 5, 6}));
}

TEST_P(RunTest, TooManyGoroutinesIsAClearError) {
  goro::Options o = opts();
  o.max_goroutines = 100;
  auto r = run_captured([] {
    for (int i = 0; i < 1000; i++) goro::go([] { Chan<int>().recv(); });
  }, o);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: too many goroutines (limit 100)");
}

TEST_P(RunTest, TimeLimitStopsAProgramThatNeverEnds) {
  goro::Options o = opts();
  o.time_limit = std::chrono::milliseconds(200);
  auto r = run_captured([] {
    for (;;) {
      goro::sleep(goro::Second);  // virtual time runs forever
    }
  }, o);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "timeout running program");
}

TEST_P(RunTest, TimeLimitStopsABusyLoopAtItsNextRuntimeCall) {
  goro::Options o = opts();
  o.time_limit = std::chrono::milliseconds(200);
  auto r = run_captured([] {
    for (;;) goro::yield();
  }, o);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "timeout running program");
}

TEST_P(RunTest, OutputLimitTruncatesAndStops) {
  goro::Options o = opts();
  o.output_limit = 1000;
  auto r = run_captured([] {
    for (;;) say("0123456789");
  }, o);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out.size(), 1000u);
  EXPECT_NE(r.err.find("output exceeded 1000 bytes"), std::string::npos) << r.err;
}

TEST_P(RunTest, LeakReportListsBlockedGoroutines) {
  goro::Options o = opts();
  o.report_leaks = true;
  auto r = run_captured([] {
    Chan<int> ch;
    goro::go(goro::Label{"main.producer"}, [ch] { ch.send(1); });
    goro::sleep(goro::Second);  // virtual: returns only once the producer has blocked
  }, o);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("goro: 1 goroutine still blocked when main returned (leaked):\n\n"
                       "goroutine 2 [chan send]:\nmain.producer(...)\n"),
            std::string::npos)
      << r.err;
}

TEST_P(RunTest, SameSeedSameRun) {
  auto program = [] {
    Chan<int> ch;
    for (int i = 0; i < 10; i++) goro::go([ch, i] { ch.send(i); });
    for (int i = 0; i < 10; i++) say(std::to_string(ch.recv()));
  };
  goro::Options o;
  o.procs = 1;
  o.shuffle = true;
  std::set<std::string> outcomes;
  for (uint64_t seed = 1; seed <= 20; seed++) {
    o.seed = seed;
    auto a = run_captured(program, o);
    auto b = run_captured(program, o);
    EXPECT_EQ(a.out, b.out) << "seed " << seed;
    outcomes.insert(a.out);
  }
  EXPECT_GT(outcomes.size(), 5u);  // shuffle explores different interleavings
  o.shuffle = false;
  o.seed = 1;
  auto plain = run_captured(program, o);
  EXPECT_EQ(plain.out, "9\n0\n1\n2\n3\n4\n5\n6\n7\n8\n");  // Go's GOMAXPROCS=1 order
}

TEST_P(RunTest, RunInsideAGoroutineIsRejected) {
  auto r = run([] { EXPECT_THROW(goro::run([] {}), std::logic_error); });
  EXPECT_EQ(r.status, 0);
}

TEST(RunOutside, GoOutsideRunIsRejected) { EXPECT_THROW(goro::go([] {}), std::logic_error); }

#if defined(__EMSCRIPTEN__)
long rss_kib() {
  // WebAssembly: /proc/self/statm is Node's, moved by its JIT and GC; a leak
  // would grow the wasm heap in use.
  return long(mallinfo().uordblks / 1024);
}
#else
long rss_kib() {
  std::ifstream f("/proc/self/statm");
  long pages = 0, resident = 0;
  f >> pages >> resident;
  return resident * 4;
}
#endif

// 1000 consecutive runs, each leaving goroutines parked, must not grow memory.
TEST_P(RunTest, ThousandRunsDoNotGrowMemory) {
  auto program = [] {
    Chan<int> ch;
    for (int i = 0; i < 20; i++) goro::go([ch] { ch.recv(); });
    goro::go([] { goro::sleep(goro::Hour); });
    goro::yield();
  };
  for (int i = 0; i < 100; i++) run_captured(program, opts());  // warm up pools
  long before = rss_kib();
  for (int i = 0; i < 1000; i++) ASSERT_EQ(run_captured(program, opts()).status, 0);
  long after = rss_kib();
  EXPECT_LT(after - before, 2048) << "RSS grew from " << before << " KiB to " << after << " KiB";
}

#if GTEST_HAS_DEATH_TEST  // not in WebAssembly: no fork, no guard pages
int recurse(int n) {
  volatile char pad[512];
  pad[0] = char(n);
  return n == 0 ? pad[0] : recurse(n - 1) + pad[0];
}

using RunDeathTest = RunTest;
INSTANTIATE_TEST_SUITE_P(, RunDeathTest, ::testing::Values(1));

TEST_P(RunDeathTest, StackOverflowIsAFatalErrorNotCorruption) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(goro::run([] { goro::go([] { recurse(1 << 20); }); goro::sleep(goro::Second); }, opts()),
              ::testing::ExitedWithCode(2), "fatal error: stack overflow");
}
#endif
