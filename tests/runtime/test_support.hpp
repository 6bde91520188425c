// Test support: run a program on goro and capture what it printed, its exit
// status and its events; a fixture that runs each test at procs 1, 2 and 4.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "goro/goro.hpp"

namespace goro_test {

struct Captured {
  int status = -1;
  std::string out;
  std::string err;
  std::vector<goro::Event> events;     // text/site copied out
  std::vector<std::string> event_texts;
  std::vector<uint64_t> line_goroutines;  // writer of each stdout write
};

class CaptureSink : public goro::Sink {
 public:
  explicit CaptureSink(Captured& c, bool events) : c_(c), events_(events) {}
  void output(const goro::OutputRecord& r) override {
    std::lock_guard lk(mu_);
    if (r.stream == goro::Stream::Stdout) {
      c_.out.append(r.bytes);
      c_.line_goroutines.push_back(r.goroutine);
    } else {
      c_.err.append(r.bytes);
    }
  }
  void event(const goro::Event& e) override {
    std::lock_guard lk(mu_);
    c_.events.push_back(e);
    c_.event_texts.emplace_back(e.text);
    c_.events.back().text = {};
  }
  bool wants_events() const override { return events_; }

 private:
  std::mutex mu_;
  Captured& c_;
  bool events_;
};

inline Captured run_captured(std::function<void()> fn, goro::Options o = {}, bool events = false) {
  Captured c;
  CaptureSink sink(c, events);
  o.sink = &sink;
  c.status = goro::run(std::move(fn), o);
  return c;
}

// say() prints one line, as fmt.Println(s) would.
inline void say(const std::string& s) { goro::write(goro::Stream::Stdout, s + "\n"); }

// first_line() is the first line of s (the "panic:"/"fatal error:" line of a report).
inline std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

class Procs : public ::testing::TestWithParam<int> {
 protected:
  goro::Options opts() const {
    goro::Options o;
    o.procs = GetParam();
    return o;
  }
  Captured run(std::function<void()> fn) const { return run_captured(std::move(fn), opts()); }
};

#define GORO_INSTANTIATE_PROCS(Suite)                                               \
  INSTANTIATE_TEST_SUITE_P(, Suite, ::testing::Values(1, 2, 4),                     \
                           [](const ::testing::TestParamInfo<int>& i) {             \
                             return "procs" + std::to_string(i.param);              \
                           })

}  // namespace goro_test
