// The playground's WebAssembly module: every article example, runnable from
// JavaScript (a Web Worker in the browser, or Node in the tests).
//
//   const goro = await createGoroPlayground(moduleOptions);
//   goro.exampleSlugs()                 // "first-buffered-results\nfirst-main-exits-early\n..."
//   goro.exampleFile(slug, "main.go")   // also "main.cpp", "example.json"
//   goro.maxProcs()                     // the most procs a run gets: 1 single-threaded,
//                                       // the pthread pool size threaded
//   goro.run(slug, {procs, seed, shuffle, clock: "virtual"|"real", timeLimitMs, outputLimit, events},
//            (line) => { ... })         // one JSON Lines record per call, as JsonLinesSink writes
//                                       // them, then {"type":"end","status":N} last
//
// Both builds deliver the same records in the same order; they differ in when:
//
//  - Single-thread build: run() is synchronous. Every record, the end record
//    included, is passed to onRecord before run() returns. run() reports its
//    end through the callback, not a return value: under Asyncify the first
//    fiber switch unwinds the JavaScript call that entered the module, so a
//    value returned from run() would be lost.
//  - Threaded build (-pthread): run() returns at once. A runner thread runs
//    the program (it is worker 0; procs-1 more pool threads join it), and the
//    records are handed to onRecord later, in order, on the thread that
//    loaded the module (its event loop must keep turning: don't block it
//    waiting for the end record). The JavaScript callback is an Embind handle
//    that only that thread can use, so the runtime's threads queue each
//    record and ask that thread to drain the queue (StreamedRun below).
//
// In both builds:
//  - onRecord must not throw.
//  - procs is clamped to [1, maxProcs()].
//  - An unknown example, or run() while an earlier run has not yet delivered
//    its end record (threaded build), gives one {"type":"error","message":...}
//    record, synchronously inside run(), and nothing else: no end record.
//    (Threaded, a run that started but whose runtime threw, e.g. no thread
//    could be made, gives an error record and then its end record.)
//
// Loading: in Node, require() the .js and pass {wasmBinary}. In a browser's
// classic Web Worker, importScripts() the .js and pass {locateFile,
// mainScriptUrlOrBlob}: the threaded build's pthread workers load
// goro-playground.js (mainScriptUrlOrBlob; a worker has no
// document.currentScript to find it by) and goro-playground.worker.js
// (locateFile), and need a cross-origin-isolated page (SharedArrayBuffer).
// The module is linked with -sDYNAMIC_EXECUTION=0: no eval or new Function,
// so a Content-Security-Policy without 'unsafe-eval' allows it (compiling
// the .wasm still needs 'wasm-unsafe-eval').
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <string>
#include <utility>

#if defined(__EMSCRIPTEN_PTHREADS__)
#include <emscripten/threading.h>

#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>
#endif

#include "example.hpp"
#include "goro/goro.hpp"

namespace {

using emscripten::val;

// LineSink formats each record as one JSON line and hands it to line().
// The runtime serializes sink calls, so the buffer needs no lock.
class LineSink : public goro::Sink {
 public:
  explicit LineSink(bool events) : json_(buf_), events_(events) {}
  void output(const goro::OutputRecord& r) override {
    json_.output(r);
    flush();
  }
  void event(const goro::Event& e) override {
    json_.event(e);
    flush();
  }
  bool wants_events() const override { return events_; }

 protected:
  virtual void line(std::string text) = 0;

 private:
  void flush() {
    std::string lines = buf_.str();
    buf_.str({});
    size_t start = 0;
    while (start < lines.size()) {
      size_t nl = lines.find('\n', start);
      if (nl == std::string::npos) nl = lines.size();
      line(lines.substr(start, nl - start));
      start = nl + 1;
    }
  }

  std::ostringstream buf_;
  goro::JsonLinesSink json_;
  bool events_;
};

template <class T>
T option(const val& opts, const char* name, T fallback) {
  val v = opts[name];
  return v.isUndefined() || v.isNull() ? fallback : v.as<T>();
}

std::string end_record(int status) { return "{\"type\":\"end\",\"status\":" + std::to_string(status) + "}"; }

std::string error_record(const std::string& message) {
  std::string out = "{\"type\":\"error\",\"message\":\"";
  for (char c : message) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    out += c;
  }
  return out + "\"}";
}

std::string example_slugs() {
  std::string out;
  for (const auto& p : goro::examples::programs()) out += std::string(p.slug) + "\n";
  return out;
}

std::string example_file(const std::string& slug, const std::string& name) {
  const auto* p = goro::examples::find(slug);
  return p ? std::string(p->file(name)) : std::string();
}

// max_procs(): what a run can really use. Threaded, the runner thread and the
// procs-1 workers it starts all come from the pthread pool made at startup
// (engine/wasm/CMakeLists.txt sets GORO_WASM_MAX_PROCS to the pool size).
int max_procs() {
#if defined(GORO_WASM_MAX_PROCS)
  return GORO_WASM_MAX_PROCS;
#else
  return 1;
#endif
}

goro::Options parse_options(const val& opts) {
  goro::Options o;
  o.procs = std::clamp(option<int>(opts, "procs", 1), 1, max_procs());
  o.seed = static_cast<uint64_t>(option<double>(opts, "seed", 1));
  o.shuffle = option<bool>(opts, "shuffle", false);
  o.clock = option<std::string>(opts, "clock", "virtual") == "real" ? goro::Clock::Real : goro::Clock::Virtual;
  o.time_limit = std::chrono::milliseconds(static_cast<int64_t>(option<double>(opts, "timeLimitMs", 10000)));
  o.output_limit = static_cast<size_t>(option<double>(opts, "outputLimit", double(1 << 20)));
  return o;
}

#if !defined(__EMSCRIPTEN_PTHREADS__)

// CallbackSink hands each record to JavaScript as soon as it is written.
class CallbackSink : public LineSink {
 public:
  CallbackSink(val callback, bool events) : LineSink(events), callback_(std::move(callback)) {}

 protected:
  void line(std::string text) override { callback_(std::move(text)); }

 private:
  val callback_;
};

void run(const std::string& slug, val opts, val callback) {
  const auto* p = goro::examples::find(slug);
  if (!p) {
    callback(error_record("unknown example"));
    return;
  }
  goro::Options o = parse_options(opts);
  CallbackSink sink(callback, option<bool>(opts, "events", true));
  o.sink = &sink;
  int status = goro::run(p->main, o);
  callback(end_record(status));
}

#else  // threaded build

// StreamedRun carries records from the run's threads to the main runtime
// thread (the one that loaded the module and calls run()).
//
// Any thread: push() appends a record; when it finds no drain pending it
// schedules one on the main thread. Emscripten runs calls queued from one
// thread in order, and at most one drain is pending, so its bounded call
// queue never fills.
// Main thread only: drain() takes the queued records and calls onRecord for
// each; callback_ is set from run() until the end record is delivered, and
// is what makes a second run() an error.
class StreamedRun {
 public:
  bool busy() const { return callback_.has_value(); }
  void start(val callback) { callback_ = std::move(callback); }
  void cancel() { callback_.reset(); }

  void push(std::string line, bool last) {
    bool schedule = false;
    {
      std::lock_guard lk(mu_);
      queue_.push_back({std::move(line), last});
      schedule = !drain_pending_;
      drain_pending_ = true;
    }
    if (schedule) emscripten_async_run_in_main_runtime_thread(EM_FUNC_SIG_V, &StreamedRun::drain_main);
  }

 private:
  struct Record {
    std::string line;
    bool last;
  };

  static void drain_main();

  void drain() {
    std::vector<Record> batch;
    {
      std::lock_guard lk(mu_);
      batch.swap(queue_);
      drain_pending_ = false;
    }
    for (Record& r : batch) {
      if (!callback_) break;  // cannot happen: the end record is the last one pushed
      if (r.last) {
        // The run is over before its end record is seen, so onRecord may
        // start the next run from inside this call.
        val cb = std::move(*callback_);
        callback_.reset();
        cb(std::move(r.line));
      } else {
        (*callback_)(std::move(r.line));
      }
    }
  }

  std::mutex mu_;
  std::vector<Record> queue_;
  bool drain_pending_ = false;
  std::optional<val> callback_;
};

StreamedRun& streamed() {
  static StreamedRun* s = new StreamedRun;  // never destroyed: threads may outlive statics
  return *s;
}

void StreamedRun::drain_main() { streamed().drain(); }

class QueueSink : public LineSink {
 public:
  using LineSink::LineSink;

 protected:
  void line(std::string text) override { streamed().push(std::move(text), false); }
};

// run_program() is the runner thread's body: it is worker 0 of the run. It
// returns normally (no pthread_exit): see Runtime::worker_main in run.cpp.
void run_program(const goro::examples::Program* p, goro::Options o, bool events) {
  int status = 2;
  try {
    QueueSink sink(events);
    o.sink = &sink;
    status = goro::run(p->main, o);
  } catch (const std::exception& e) {
    streamed().push(error_record(e.what()), false);
  }
  streamed().push(end_record(status), true);
}

void run(const std::string& slug, val opts, val callback) {
  StreamedRun& s = streamed();
  if (s.busy()) {
    callback(error_record("a run is already in progress; wait for its end record"));
    return;
  }
  const auto* p = goro::examples::find(slug);
  if (!p) {
    callback(error_record("unknown example"));
    return;
  }
  goro::Options o = parse_options(opts);
  bool events = option<bool>(opts, "events", true);
  s.start(callback);
  try {
    std::thread(run_program, p, o, events).detach();
  } catch (const std::exception& e) {
    // No runner, so no record will come: the run never started.
    s.cancel();
    callback(error_record(std::string("cannot start the run: ") + e.what()));
  }
}

#endif

}  // namespace

EMSCRIPTEN_BINDINGS(goro_playground) {
  emscripten::function("exampleSlugs", &example_slugs);
  emscripten::function("exampleFile", &example_file);
  emscripten::function("maxProcs", &max_procs);
  emscripten::function("run", &run);
}
