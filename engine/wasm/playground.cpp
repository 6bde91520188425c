// The playground's WebAssembly module: every article example, and the Go
// interpreter for the reader's own Go, runnable from JavaScript (a Web Worker
// in the browser, or Node in the tests).
//
//   const goro = await createGoroPlayground(moduleOptions);
//   goro.exampleSlugs()                 // "first-buffered-results\nfirst-main-exits-early\n..."
//   goro.exampleFile(slug, "main.go")   // also "main.cpp", "example.json"
//   goro.maxProcs()                     // the most procs a run gets: 1 single-threaded,
//                                       // the pthread pool size threaded
//   goro.run(slug, {procs, seed, shuffle, clock: "virtual"|"real", timeLimitMs, outputLimit, events},
//            (line) => { ... })         // one JSON Lines record per call, as JsonLinesSink writes
//                                       // them, then {"type":"end","status":N} last; events:
//                                       // true (every runtime event, the default), false (none)
//                                       // or "go" (only goroutine creations); the end record's t
//                                       // is the clock time of the run's last event (those "go"
//                                       // leaves out included) or output
//   goro.runGo(source, {...options, filename}, (line) => { ... })
//                                       // builds Go source with goro::lang and runs it (its file
//                                       // named filename, default "./prog.go"): first
//                                       // {"type":"build","errors":[{"line","col","message"}...],
//                                       // "text":"./prog.go:8:2: ...\n"} (errors empty when it
//                                       // compiled), then the run's records as run() gives them;
//                                       // a failed build ends there: {"type":"end","status":2}
//                                       // (1 for a file that is not package main), as `go run`
//                                       // exits. The web page reads these records in
//                                       // web/src/run/records.ts (changes here must be made there).
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
//  - An unknown example, or run()/runGo() while an earlier run has not yet
//    delivered its end record (threaded build), gives one
//    {"type":"error","message":...} record, synchronously inside the call,
//    and nothing else: no end record.
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
#include "goro/lang.hpp"

namespace {

using emscripten::val;

// Events is which runtime events a run delivers (the events option): all of
// them (true, the default), none (false), or "go": only the goroutine
// creations, which the output pane labels goroutines with. A program that
// starts 100k goroutines then sends 100k records to JavaScript, not 400k+.
enum class Events { None, Go, All };

Events events_option(const val& opts) {
  val v = opts["events"];
  if (v.isUndefined() || v.isNull()) return Events::All;
  if (v.isString()) return v.as<std::string>() == "go" ? Events::Go : Events::All;
  return v.as<bool>() ? Events::All : Events::None;
}

// LineSink formats each record as one JSON line and hands it to line().
// The runtime serializes sink calls, so the buffer needs no lock.
class LineSink : public goro::Sink {
 public:
  explicit LineSink(Events events) : json_(buf_), events_(events) {}
  void output(const goro::OutputRecord& r) override {
    last_time_ = r.time_ns;
    json_.output(r);
    flush();
  }
  void event(const goro::Event& e) override {
    last_time_ = e.time_ns;
    if (events_ == Events::Go && e.kind != goro::EventKind::Go) return;
    json_.event(e);
    flush();
  }
  // Events the page does not take still come here, for their times.
  bool wants_events() const override { return events_ != Events::None; }
  // last_time() is the clock time of the run's last record, delivered or
  // not: how long the run took on its clock (the end record's t).
  int64_t last_time() const { return last_time_; }
  // emit() delivers a record of the playground's own (the build record).
  void emit(std::string record) { line(std::move(record)); }

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
  Events events_;
  int64_t last_time_ = 0;
};

template <class T>
T option(const val& opts, const char* name, T fallback) {
  val v = opts[name];
  return v.isUndefined() || v.isNull() ? fallback : v.as<T>();
}

// json_string() is text as a JSON string: quotes, backslashes and control
// characters escaped, other bytes as they are (UTF-8).
std::string json_string(std::string_view text) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// end_record() is the run's last record; t (when the run got as far as
// running) is the clock time of its last event or output.
std::string end_record(int status, int64_t t = -1) {
  std::string out = "{\"type\":\"end\",\"status\":" + std::to_string(status);
  if (t >= 0) out += ",\"t\":" + std::to_string(t);
  return out + "}";
}

std::string error_record(const std::string& message) {
  return "{\"type\":\"error\",\"message\":" + json_string(message) + "}";
}

// build_record() is the interpreter's build result (web/src/run/records.ts, BuildRecord).
std::string build_record(const goro::lang::Build& b) {
  std::string out = "{\"type\":\"build\",\"errors\":[";
  for (size_t i = 0; i < b.errors.size(); i++) {
    const goro::lang::SourceError& e = b.errors[i];
    if (i > 0) out += ',';
    out += "{\"line\":" + std::to_string(e.line) + ",\"col\":" + std::to_string(e.col) +
           ",\"message\":" + json_string(e.message) + "}";
  }
  return out + "],\"text\":" + json_string(b.text) + "}";
}

// Job is what one run runs: an example's C++ port, or Go source that the
// interpreter builds and runs.
struct Job {
  const goro::examples::Program* example = nullptr;
  std::string go_source;
  std::string filename;  // as errors and tracebacks name the Go file
};

// execute() runs a job on the calling thread and returns its exit status;
// its records go to sink (a Go job's build record first).
int execute(const Job& job, goro::Options o, LineSink& sink) {
  o.sink = &sink;
  if (job.example) return goro::run(job.example->main, o);
  goro::lang::Build b = goro::lang::build(job.go_source, {.filename = job.filename});
  sink.emit(build_record(b));
  if (!b.exe) return b.status;  // as `go run` exits when the build fails
  return goro::lang::run(*b.exe, o);
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
  CallbackSink(val callback, Events events) : LineSink(events), callback_(std::move(callback)) {}

 protected:
  void line(std::string text) override { callback_(std::move(text)); }

 private:
  val callback_;
};

void start(const Job& job, const val& opts, val callback) {
  int status = 2;
  int64_t t = -1;
  try {
    CallbackSink sink(callback, events_option(opts));
    status = execute(job, parse_options(opts), sink);
    t = sink.last_time();
  } catch (const std::exception& e) {
    callback(error_record(e.what()));
  }
  callback(end_record(status, t));
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
void run_program(Job job, goro::Options o, Events events) {
  int status = 2;
  int64_t t = -1;
  try {
    QueueSink sink(events);
    status = execute(job, o, sink);
    t = sink.last_time();
  } catch (const std::exception& e) {
    streamed().push(error_record(e.what()), false);
  }
  streamed().push(end_record(status, t), true);
}

// start() is called with the job checked, and nothing delivered yet.
void start(Job job, const val& opts, val callback) {
  StreamedRun& s = streamed();
  goro::Options o = parse_options(opts);
  Events events = events_option(opts);
  s.start(callback);
  try {
    std::thread(run_program, std::move(job), o, events).detach();
  } catch (const std::exception& e) {
    // No runner, so no record will come: the run never started.
    s.cancel();
    callback(error_record(std::string("cannot start the run: ") + e.what()));
  }
}

#endif

// busy() says (with an error record) that a run is still in progress.
bool busy(const val& callback) {
#if defined(__EMSCRIPTEN_PTHREADS__)
  if (streamed().busy()) {
    callback(error_record("a run is already in progress; wait for its end record"));
    return true;
  }
#else
  (void)callback;
#endif
  return false;
}

void run(const std::string& slug, val opts, val callback) {
  if (busy(callback)) return;
  const auto* p = goro::examples::find(slug);
  if (!p) {
    callback(error_record("unknown example"));
    return;
  }
  start(Job{p, {}, {}}, opts, std::move(callback));
}

void run_go(const std::string& source, val opts, val callback) {
  if (busy(callback)) return;
  start(Job{nullptr, source, option<std::string>(opts, "filename", "./prog.go")}, opts, std::move(callback));
}

}  // namespace

EMSCRIPTEN_BINDINGS(goro_playground) {
  emscripten::function("exampleSlugs", &example_slugs);
  emscripten::function("exampleFile", &example_file);
  emscripten::function("maxProcs", &max_procs);
  emscripten::function("run", &run);
  emscripten::function("runGo", &run_go);
}
