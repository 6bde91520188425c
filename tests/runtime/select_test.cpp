// select: default, uniform random choice among ready cases, blocking,
// closed and nil channels.
#include "test_support.hpp"

using namespace goro_test;
using goro::Chan;

class SelectTest : public Procs {};
GORO_INSTANTIATE_PROCS(SelectTest);

TEST_P(SelectTest, DefaultRunsWhenNothingIsReady) {
  std::string took;
  auto r = run([&] {
    Chan<int> ch;
    goro::select(goro::on_recv(ch, [&](int, bool) { took = "recv"; }),
                 goro::on_send(ch, 1, [&] { took = "send"; }),
                 goro::otherwise([&] { took = "default"; }));
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(took, "default");
}

TEST_P(SelectTest, ReceivesWhatIsReady) {
  int got = 0;
  auto r = run([&] {
    Chan<int> a, b(1);
    b.send(9);
    goro::select(goro::on_recv(a, [&](int v) { got = v; }), goro::on_recv(b, [&](int v) { got = v * 10; }));
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(got, 90);
}

TEST_P(SelectTest, BlocksUntilACaseIsReady) {
  std::string took;
  auto r = run([&] {
    Chan<int> a, b;
    goro::go([b] {
      goro::sleep(goro::Second);
      b.send(3);
    });
    goro::select(goro::on_recv(a, [&](int) { took = "a"; }),
                 goro::on_recv(b, [&](int v, bool ok) { took = "b" + std::to_string(v) + (ok ? "ok" : ""); }));
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(took, "b3ok");
}

TEST_P(SelectTest, BlockedSendCaseCompletes) {
  int got = 0;
  auto r = run([&] {
    Chan<int> out;
    goro::go([&, out] { got = out.recv(); });
    bool sent = false;
    goro::select(goro::on_send(out, 77, [&] { sent = true; }));
    EXPECT_TRUE(sent);
    goro::sleep(goro::Millisecond);
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(got, 77);
}

TEST_P(SelectTest, ClosedChannelIsAlwaysReady) {
  bool ok = true;
  auto r = run([&] {
    Chan<int> c;
    c.close();
    goro::select(goro::on_recv(c, [&](int, bool k) { ok = k; }));
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(ok);
}

TEST_P(SelectTest, SendCaseOnClosedChannelPanics) {
  auto r = run([] {
    Chan<int> c(1);
    c.close();
    goro::select(goro::on_send(c, 1), goro::otherwise());
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "panic: send on closed channel");
}

TEST_P(SelectTest, EmptySelectBlocksForever) {
  auto r = run([] { goro::select(); });
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goroutine 1 [select (no cases)]:"), std::string::npos) << r.err;
}

TEST_P(SelectTest, SelectOnlyOnNilChannelsBlocksAsSelect) {
  auto r = run([] {
    Chan<int> nil(nullptr);
    goro::select(goro::on_recv(nil), goro::on_send(nil, 1));
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goroutine 1 [select]:"), std::string::npos) << r.err;
}

TEST_P(SelectTest, WakesOnlyOnceWhenSeveralChannelsBecomeReady) {
  // Senders race to complete the same blocked select. Exactly one may win:
  // every successful non-blocking send must be one handled case.
  std::atomic<int> handled{0}, delivered{0};
  auto r = run([&] {
    for (int round = 0; round < 200; round++) {
      Chan<int> a, b;
      std::atomic<bool> selected{false};
      goro::WaitGroup wg;
      wg.add(1);
      goro::go([&, a, b] {
        goro::select(goro::on_recv(a, [&](int) { handled++; }), goro::on_recv(b, [&](int) { handled++; }));
        selected = true;
        wg.done();
      });
      goro::go([&, a] { delivered += a.try_send(1); });
      goro::go([&, b] { delivered += b.try_send(2); });
      while (!selected) {
        delivered += a.try_send(1);
        delivered += b.try_send(2);
        goro::yield();
      }
      wg.wait();
    }
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(handled.load(), 200);
  EXPECT_EQ(delivered.load(), 200);
}

// Go picks uniformly among ready cases. Chi-square over 10k selects with
// four always-ready cases: 3 degrees of freedom, p = 0.001 critical value 16.27.
TEST_P(SelectTest, ChoiceIsUniformAmongReadyCases) {
  int counts[4] = {0, 0, 0, 0};
  auto r = run([&] {
    Chan<int> c[4] = {Chan<int>(1), Chan<int>(1), Chan<int>(1), Chan<int>(1)};
    for (auto& ch : c) ch.send(0);
    for (int i = 0; i < 10000; i++) {
      goro::select(goro::on_recv(c[0], [&](int) { counts[0]++; c[0].send(0); }),
                   goro::on_recv(c[1], [&](int) { counts[1]++; c[1].send(0); }),
                   goro::on_recv(c[2], [&](int) { counts[2]++; c[2].send(0); }),
                   goro::on_recv(c[3], [&](int) { counts[3]++; c[3].send(0); }));
    }
  });
  EXPECT_EQ(r.status, 0);
  double chi2 = 0;
  for (int k : counts) chi2 += (k - 2500.0) * (k - 2500.0) / 2500.0;
  EXPECT_LT(chi2, 16.27) << counts[0] << " " << counts[1] << " " << counts[2] << " " << counts[3];
}

TEST_P(SelectTest, ChoiceDependsOnSeed) {
  auto pick_sequence = [&](uint64_t seed) {
    std::string seq;
    goro::Options o = opts();
    o.procs = 1;
    o.seed = seed;
    goro::run([&] {
      Chan<int> a(1), b(1);
      for (int i = 0; i < 32; i++) {
        a.send(0);
        b.send(0);
        goro::select(goro::on_recv(a, [&](int) { seq += 'a'; b.recv(); }),
                     goro::on_recv(b, [&](int) { seq += 'b'; a.recv(); }));
      }
    }, o);
    return seq;
  };
  EXPECT_EQ(pick_sequence(1), pick_sequence(1));
  EXPECT_NE(pick_sequence(1), pick_sequence(2));
}
