// Trace exports: sinks that record a run as JSON Lines or as a Chrome Trace
// Event Format file (one track per goroutine; opens in Perfetto and
// chrome://tracing).
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "goro/sink.hpp"

namespace goro {

// JsonLinesSink writes one JSON object per output write or event, e.g.
//   {"seq":3,"t":0,"type":"output","g":1,"stream":"stdout","data":"hi\n"}
//   {"seq":4,"t":0,"type":"block","g":1,"reason":"chan receive","chan":2,"site":"main.cpp:9"}
// Output is forwarded to `forward` (if given) so the program still prints.
class JsonLinesSink : public Sink {
 public:
  explicit JsonLinesSink(std::ostream& out, Sink* forward = nullptr) : out_(out), forward_(forward) {}
  void output(const OutputRecord& rec) override;
  void event(const Event& e) override;

 private:
  std::ostream& out_;
  Sink* forward_;
};

// ChromeTraceSink collects the run and writes the trace when finish() is
// called (or on destruction): per goroutine, spans for running and for each
// blocked interval (named by wait reason), instants for output and channel
// operations.
class ChromeTraceSink : public Sink {
 public:
  explicit ChromeTraceSink(std::ostream& out, Sink* forward = nullptr) : out_(out), forward_(forward) {}
  ~ChromeTraceSink() override { finish(); }
  void output(const OutputRecord& rec) override;
  void event(const Event& e) override;
  void finish();

 private:
  void span_begin(uint64_t g, int64_t t, const std::string& name);
  void span_end(uint64_t g, int64_t t);
  void instant(uint64_t g, int64_t t, const std::string& name, const std::string& args_json);

  std::ostream& out_;
  Sink* forward_;
  std::string body_;
  std::map<uint64_t, std::string> names_;      // goroutine -> label
  std::map<uint64_t, std::string> open_span_;  // goroutine -> name of its open span
  int64_t last_t_ = 0;
  bool finished_ = false;
};

// StdioSink writes output to the process's stdout/stderr (what run() does
// without a sink); useful as a forward target.
class StdioSink : public Sink {
 public:
  void output(const OutputRecord& rec) override;
  bool wants_events() const override { return false; }
};

}  // namespace goro
