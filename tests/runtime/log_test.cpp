// Tests for goro's log (goro/log.hpp). Line layouts follow Go 1.19's
// log.formatHeader and Logger.Output.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "goro/goroutine.hpp"
#include "goro/log.hpp"
#include "goro/time.hpp"
#include "test_support.hpp"

using namespace std::chrono_literals;

namespace {

namespace glog = goro::log;

const goro::Time kEpoch = goro::kPlaygroundEpoch;  // 2009-11-10 23:00:00 UTC

// Restores the standard logger's settings after each test.
class Log : public testing::Test {
 protected:
  void TearDown() override {
    glog::set_flags(glog::LstdFlags);
    glog::set_prefix("");
  }
};

}  // namespace

TEST(LogFormatLine, StdFlags) {
  EXPECT_EQ(glog::format_line("", glog::LstdFlags, kEpoch, "hello"), "2009/11/10 23:00:00 hello\n");
  EXPECT_EQ(glog::format_line("", glog::LstdFlags, kEpoch, "has newline\n"), "2009/11/10 23:00:00 has newline\n");
  EXPECT_EQ(glog::format_line("", glog::LstdFlags, kEpoch, ""), "2009/11/10 23:00:00 \n");
  EXPECT_EQ(glog::format_line("", glog::LstdFlags, kEpoch, "two\n\n"), "2009/11/10 23:00:00 two\n\n");
}

TEST(LogFormatLine, Flags) {
  const goro::Time t = kEpoch + 3h + 4min + 5s + 6789us;
  EXPECT_EQ(glog::format_line("", 0, t, "m"), "m\n");
  EXPECT_EQ(glog::format_line("", glog::Ldate, t, "m"), "2009/11/11 m\n");
  EXPECT_EQ(glog::format_line("", glog::Ltime, t, "m"), "02:04:05 m\n");
  EXPECT_EQ(glog::format_line("", glog::Ltime | glog::Lmicroseconds, t, "m"), "02:04:05.006789 m\n");
  EXPECT_EQ(glog::format_line("", glog::Lmicroseconds, t, "m"), "02:04:05.006789 m\n");
  EXPECT_EQ(glog::format_line("", glog::LstdFlags | glog::LUTC | glog::Lshortfile, t, "m"),
            "2009/11/11 02:04:05 m\n");
}

TEST(LogFormatLine, Prefix) {
  EXPECT_EQ(glog::format_line("app: ", glog::LstdFlags, kEpoch, "m"), "app: 2009/11/10 23:00:00 m\n");
  EXPECT_EQ(glog::format_line("app: ", glog::LstdFlags | glog::Lmsgprefix, kEpoch, "m"),
            "2009/11/10 23:00:00 app: m\n");
  EXPECT_EQ(glog::format_line("[x] ", 0, kEpoch, "m"), "[x] m\n");
}

TEST_F(Log, SettingsRoundTrip) {
  EXPECT_EQ(glog::flags(), glog::LstdFlags);
  EXPECT_EQ(glog::prefix(), "");
  glog::set_flags(glog::Ltime | glog::Lmsgprefix);
  glog::set_prefix("p ");
  EXPECT_EQ(glog::flags(), glog::Ltime | glog::Lmsgprefix);
  EXPECT_EQ(glog::prefix(), "p ");
}

// ---- logging through goro::write ----
// These log inside goro::run, whose Sink captures every write and whose
// virtual clock starts at 2009-11-10 23:00:00 UTC (goro_test::run_captured).

TEST_F(Log, PrintFunctionsWriteOneLineEachToStderr) {
  const auto c = goro_test::run_captured([] {
    glog::println("hi", 1, 2.5);
    glog::print("a", 1, 2, "b");
    glog::printf("%d%%", 50);
    glog::printf("ends\n");
  });
  EXPECT_EQ(c.err,
            "2009/11/10 23:00:00 hi 1 2.5\n"
            "2009/11/10 23:00:00 a1 2b\n"
            "2009/11/10 23:00:00 50%\n"
            "2009/11/10 23:00:00 ends\n");
  EXPECT_EQ(c.out, "");
}

TEST_F(Log, FlagsAndPrefixApply) {
  glog::set_flags(0);
  glog::set_prefix("svc: ");
  const auto c = goro_test::run_captured([] { glog::println("ready"); });
  EXPECT_EQ(c.err, "svc: ready\n");
}

TEST_F(Log, PanicLogsThenPanics) {
  glog::set_flags(0);
  std::vector<std::string> messages;
  const auto c = goro_test::run_captured([&] {
    auto recovered = [&](auto&& fn) {
      try {
        fn();
      } catch (const goro::Panic& p) {  // recover()
        messages.emplace_back(p.what());
      }
    };
    recovered([] { glog::panicf("bad value %q", "x"); });
    recovered([] { glog::panic("a", 1); });
    recovered([] { glog::panicln("b", 2); });
  });
  EXPECT_EQ(c.status, 0);
  // Go panics with the message text, Sprintln's newline included.
  EXPECT_EQ(messages, (std::vector<std::string>{"bad value \"x\"", "a1", "b 2\n"}));
  EXPECT_EQ(c.err, "bad value \"x\"\na1\nb 2\n");
}

#if GTEST_HAS_DEATH_TEST  // not in WebAssembly: no fork
using LogDeathTest = Log;

TEST_F(LogDeathTest, FatalLogsThenExitsWithStatus1) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(glog::fatalf("fatal %d", 7), testing::ExitedWithCode(1), "fatal 7\n");
  EXPECT_EXIT(glog::fatal("f", 1), testing::ExitedWithCode(1), "f1\n");
  EXPECT_EXIT(glog::fatalln("f", 2), testing::ExitedWithCode(1), "f 2\n");
}
#endif

TEST_F(Log, InsideARunTheVirtualClockStampsLines) {
  const auto c = goro_test::run_captured([] {
    glog::println("start");
    goro::sleep(1500ms);
    glog::printf("after %v", 1500ms);
    glog::set_flags(glog::LstdFlags | glog::Lmicroseconds);
    glog::print("micro");
  });
  EXPECT_EQ(c.status, 0);
  EXPECT_EQ(c.err, "2009/11/10 23:00:00 start\n2009/11/10 23:00:01 after 1.5s\n2009/11/10 23:00:01.500000 micro\n");
  EXPECT_EQ(c.out, "");
}

TEST_F(Log, FatalInsideARunEndsItWithStatus1) {
  const auto c = goro_test::run_captured([] {
    glog::fatalf("cannot %s", "continue");
    goro::println("unreachable");
  });
  EXPECT_EQ(c.status, 1);
  EXPECT_EQ(c.err, "2009/11/10 23:00:00 cannot continue\n");
  EXPECT_EQ(c.out, "");
}

TEST_F(Log, PanicInsideARunIsAGoPanic) {
  const auto c = goro_test::run_captured([] { glog::panicln("boom", 1); });
  EXPECT_EQ(c.status, 2);
  EXPECT_EQ(goro_test::first_line(c.err), "2009/11/10 23:00:00 boom 1");
  EXPECT_NE(c.err.find("panic: boom 1"), std::string::npos) << c.err;
}
