// The event stream and its exports: every output write and runtime event
// reaches the Sink in sequence order, and the JSON Lines / Chrome Trace
// exports are well-formed.
#include <sstream>

#include "test_support.hpp"

using namespace goro_test;
using goro::Chan;
using goro::EventKind;

class SinkTest : public Procs {};
GORO_INSTANTIATE_PROCS(SinkTest);

TEST_P(SinkTest, EventsArriveInSequenceWithOutput) {
  goro::Options o = opts();
  auto r = run_captured([] {
    Chan<int> ch;
    goro::go(goro::Label{"main.sender"}, [ch] { ch.send(1); });
    ch.recv();
    goro::sleep(goro::Second);
    say("done");
  }, o, /*events=*/true);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "done\n");
  uint64_t last = 0;
  std::map<EventKind, int> seen;
  for (auto& e : r.events) {
    EXPECT_GT(e.seq, last);
    last = e.seq;
    seen[e.kind]++;
  }
  EXPECT_GE(seen[EventKind::Go], 1);
  EXPECT_GE(seen[EventKind::Run], 2);
  EXPECT_GE(seen[EventKind::Send] + seen[EventKind::Recv], 1);
  EXPECT_EQ(seen[EventKind::Sleep], 1);
  EXPECT_EQ(seen[EventKind::Wake], 1);
  auto go = std::find_if(r.events.begin(), r.events.end(), [](auto& e) { return e.kind == EventKind::Go && e.other == 2; });
  ASSERT_NE(go, r.events.end());
  EXPECT_EQ(go->g, 1u);
  EXPECT_EQ(go->other, 2u);
  EXPECT_EQ(r.event_texts[size_t(go - r.events.begin())], "main.sender");
  auto sleep = std::find_if(r.events.begin(), r.events.end(), [](auto& e) { return e.kind == EventKind::Sleep; });
  EXPECT_EQ(sleep->duration_ns, 1'000'000'000);
}

TEST_P(SinkTest, OutputCarriesWriterAndVirtualTime) {
  struct Rec {
    uint64_t g;
    int64_t t;
    std::string s;
  };
  struct S : goro::Sink {
    std::vector<Rec> recs;
    std::mutex mu;
    void output(const goro::OutputRecord& r) override {
      std::lock_guard lk(mu);
      recs.push_back({r.goroutine, r.time_ns, std::string(r.bytes)});
    }
    bool wants_events() const override { return false; }
  } sink;
  goro::Options o = opts();
  o.sink = &sink;
  goro::run([] {
    goro::go([] {
      goro::sleep(1500 * goro::Millisecond);
      say("late");
    });
    say("early");
    goro::sleep(2 * goro::Second);
  }, o);
  ASSERT_EQ(sink.recs.size(), 2u);
  EXPECT_EQ(sink.recs[0].g, 1u);
  EXPECT_EQ(sink.recs[0].t, 0);
  EXPECT_EQ(sink.recs[1].g, 2u);
  EXPECT_EQ(sink.recs[1].t, 1'500'000'000);
}

TEST_P(SinkTest, DeadlockEventCarriesTheReport) {
  auto r = run_captured([] { Chan<int>().recv(); }, opts(), true);
  EXPECT_EQ(r.status, 2);
  bool found = false;
  for (size_t i = 0; i < r.events.size(); i++)
    if (r.events[i].kind == EventKind::Deadlock) {
      found = true;
      EXPECT_EQ(r.event_texts[i], r.err);
    }
  EXPECT_TRUE(found);
}

TEST_P(SinkTest, JsonLinesExport) {
  std::ostringstream out;
  goro::JsonLinesSink sink(out);
  goro::Options o = opts();
  o.sink = &sink;
  goro::run([] {
    Chan<int> ch(1);
    ch.send(1);
    ch.recv();
    say("a \"quoted\"\tline");
  }, o);
  std::string s = out.str();
  EXPECT_NE(s.find(R"("type":"output","g":1,"stream":"stdout","data":"a \"quoted\"\tline\n"})"), std::string::npos) << s;
  EXPECT_NE(s.find(R"("type":"send","g":1,"chan":)"), std::string::npos) << s;
  std::istringstream lines(s);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    n++;
    EXPECT_EQ(line.front(), '{');
    EXPECT_EQ(line.back(), '}');
  }
  EXPECT_GT(n, 3);
}

TEST_P(SinkTest, ChromeTraceExport) {
  std::ostringstream out;
  {
    goro::ChromeTraceSink sink(out);
    goro::Options o = opts();
    o.sink = &sink;
    goro::run([] {
      Chan<int> ch;
      goro::go(goro::Label{"main.worker"}, [ch] { ch.send(1); });
      ch.recv();
    }, o);
  }
  std::string s = out.str();
  EXPECT_EQ(s.rfind("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[", 0), 0u);
  EXPECT_NE(s.find("\"g2 main.worker\""), std::string::npos) << s;
  // Which side blocks depends on the schedule at procs > 1.
  EXPECT_TRUE(s.find("\"name\":\"chan receive\"") != std::string::npos ||
              s.find("\"name\":\"chan send\"") != std::string::npos)
      << s;
  EXPECT_EQ(s.substr(s.size() - 3), "]}\n");
  // Every B has its E per goroutine.
  size_t b = 0, e = 0;
  for (size_t p = 0; (p = s.find("\"ph\":\"B\"", p)) != std::string::npos; p++) b++;
  for (size_t p = 0; (p = s.find("\"ph\":\"E\"", p)) != std::string::npos; p++) e++;
  EXPECT_EQ(b, e);
}
