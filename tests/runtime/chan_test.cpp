// Channels: hand-off, FIFO buffering, close, nil channels, range, and the
// panics Go raises for misuse.
#include <algorithm>

#include "test_support.hpp"

using namespace goro_test;
using goro::Chan;

class ChanTest : public Procs {};
GORO_INSTANTIATE_PROCS(ChanTest);

TEST_P(ChanTest, UnbufferedHandsOffEveryValueInOrder) {
  std::vector<int> got;
  auto r = run([&] {
    Chan<int> ch;
    goro::go([ch] {
      for (int i = 0; i < 1000; i++) ch.send(i);
    });
    for (int i = 0; i < 1000; i++) got.push_back(ch.recv());
  });
  EXPECT_EQ(r.status, 0);
  ASSERT_EQ(got.size(), 1000u);
  for (int i = 0; i < 1000; i++) EXPECT_EQ(got[size_t(i)], i);
}

TEST_P(ChanTest, UnbufferedSendBlocksUntilReceived) {
  std::vector<std::string> log;
  goro::Mutex mu;
  auto note = [&](std::string s) {
    std::lock_guard lk(mu);
    log.push_back(std::move(s));
  };
  auto r = run([&] {
    Chan<int> ch;
    Chan<bool> done;
    goro::go([&, ch, done] {
      ch.send(1);
      note("sent");
      done.send(true);
    });
    goro::sleep(goro::Second);  // virtual: the sender must still be blocked
    note("receiving");
    ch.recv();
    done.recv();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(log, (std::vector<std::string>{"receiving", "sent"}));
}

TEST_P(ChanTest, BufferedIsFifoAndReportsLenCap) {
  auto r = run([] {
    Chan<std::string> ch(3);
    EXPECT_EQ(ch.cap(), 3u);
    ch.send("a");
    ch.send("b");
    ch.send("c");
    EXPECT_EQ(ch.len(), 3u);
    EXPECT_EQ(ch.recv(), "a");
    ch.send("d");
    EXPECT_EQ(ch.recv(), "b");
    EXPECT_EQ(ch.recv(), "c");
    EXPECT_EQ(ch.recv(), "d");
    EXPECT_EQ(ch.len(), 0u);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(ChanTest, FullBufferKeepsFifoWhenSendersWait) {
  std::vector<int> got;
  auto r = run([&] {
    Chan<int> ch(2);
    goro::go([ch] {
      for (int i = 0; i < 100; i++) ch.send(i);
      ch.close();
    });
    goro::sleep(goro::Millisecond);  // let the sender fill the buffer and block
    for (int v : ch) got.push_back(v);
  });
  EXPECT_EQ(r.status, 0);
  ASSERT_EQ(got.size(), 100u);
  EXPECT_TRUE(std::is_sorted(got.begin(), got.end()));
}

TEST_P(ChanTest, ReceiveFromClosedGivesBufferedThenZeroAndNotOk) {
  auto r = run([] {
    Chan<int> ch(2);
    ch.send(7);
    ch.close();
    auto [a, ok1] = ch.recv_ok();
    auto [b, ok2] = ch.recv_ok();
    EXPECT_EQ(a, 7);
    EXPECT_TRUE(ok1);
    EXPECT_EQ(b, 0);
    EXPECT_FALSE(ok2);
    Chan<std::string> s;
    s.close();
    EXPECT_EQ(s.recv(), "");
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(ChanTest, RangeStopsAtClose) {
  int sum = 0;
  auto r = run([&] {
    Chan<int> ch;
    goro::go([ch] {
      for (int i = 1; i <= 10; i++) ch.send(i);
      ch.close();
    });
    for (int v : ch) sum += v;
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(sum, 55);
}

TEST_P(ChanTest, CloseWakesAllReceiversAndTheyGetZero) {
  std::atomic<int> woke{0}, zeros{0};
  auto r = run([&] {
    Chan<int> ch;
    goro::WaitGroup wg;
    for (int i = 0; i < 50; i++) {
      wg.add(1);
      goro::go([&, ch] {
        auto [v, ok] = ch.recv_ok();
        woke++;
        if (v == 0 && !ok) zeros++;
        wg.done();
      });
    }
    goro::sleep(goro::Millisecond);
    ch.close();
    wg.wait();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(woke.load(), 50);
  EXPECT_EQ(zeros.load(), 50);
}

TEST_P(ChanTest, CloseMakesBlockedSendersPanic) {
  auto r = run([] {
    Chan<int> ch;
    goro::go([ch] { ch.send(1); });
    goro::sleep(goro::Millisecond);
    ch.close();
    goro::sleep(goro::Second);
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "panic: send on closed channel");
  EXPECT_NE(r.err.find("goroutine 2 [running]:"), std::string::npos) << r.err;
}

TEST_P(ChanTest, SendOnClosedPanicsWithGoText) {
  auto r = run([] {
    Chan<int> ch(1);
    ch.close();
    ch.send(1);
  });
  EXPECT_EQ(r.status, 2);
  std::string want = "panic: send on closed channel\n\ngoroutine 1 [running]:\nmain.main()\n";
  EXPECT_EQ(r.err.substr(0, want.size()), want);
  EXPECT_NE(r.err.find("tests/runtime/chan_test.cpp:"), std::string::npos) << r.err;
}

TEST_P(ChanTest, CloseOfClosedAndNilPanic) {
  auto r1 = run([] {
    Chan<int> ch;
    ch.close();
    ch.close();
  });
  EXPECT_EQ(r1.status, 2);
  EXPECT_EQ(first_line(r1.err), "panic: close of closed channel");
  auto r2 = run([] { Chan<int>(nullptr).close(); });
  EXPECT_EQ(r2.status, 2);
  EXPECT_EQ(first_line(r2.err), "panic: close of nil channel");
}

TEST_P(ChanTest, PanicIsRecoverableByCatching) {
  auto r = run([] {
    Chan<int> ch;
    ch.close();
    try {
      ch.close();
    } catch (const goro::Panic& p) {
      say(std::string("recovered: ") + p.what());
    }
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "recovered: close of closed channel\n");
}

TEST_P(ChanTest, NilChannelBlocksForever) {
  auto r = run([] {
    Chan<int> nil(nullptr);
    goro::go([nil] { nil.send(1); });
    nil.recv();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goroutine 1 [chan receive (nil chan)]:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("goroutine 2 [chan send (nil chan)]:"), std::string::npos) << r.err;
}

TEST_P(ChanTest, CopiesShareTheChannel) {
  auto r = run([] {
    Chan<int> a(1);
    Chan<int> b = a;
    a.send(5);
    EXPECT_EQ(b.recv(), 5);
    EXPECT_TRUE(a == b);
    EXPECT_FALSE(a == Chan<int>(1));
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(ChanTest, MoveOnlyElements) {
  auto r = run([] {
    Chan<std::unique_ptr<int>> ch(1);
    ch.send(std::make_unique<int>(42));
    EXPECT_EQ(*ch.recv(), 42);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(ChanTest, BufferedValuesAreDestroyedWithTheChannel) {
  auto token = std::make_shared<int>(1);
  auto r = run([&] {
    Chan<std::shared_ptr<int>> ch(4);
    ch.send(token);
    ch.send(token);
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(token.use_count(), 1);
}

TEST(ChanOutsideRun, NonBlockingOperationsWork) {
  Chan<int> ch(1);
  EXPECT_TRUE(ch.try_send(1));
  EXPECT_FALSE(ch.try_send(2));
  EXPECT_EQ(ch.recv(), 1);
  EXPECT_FALSE(ch.try_recv().has_value());
  EXPECT_THROW(ch.recv(), std::logic_error);
}
