// The playground's WebAssembly module: every article example, runnable from
// JavaScript (a Web Worker in the browser, or Node in the tests).
//
//   const goro = await createGoroPlayground({ wasmBinary });
//   goro.exampleSlugs()                 // "first-buffered-results\nfirst-main-exits-early\n..."
//   goro.exampleFile(slug, "main.go")   // also "main.cpp", "example.json"
//   goro.maxProcs()                     // 1 single-threaded; the pthread pool + 1 threaded
//   goro.run(slug, {procs, seed, shuffle, clock: "virtual"|"real", timeLimitMs, outputLimit, events},
//            (line) => { ... })         // one JSON Lines record per call, as JsonLinesSink writes
//                                       // them, then {"type":"end","status":N}
//
// run() reports its end through the callback, not a return value: under
// Asyncify the first fiber switch unwinds the JavaScript call that entered
// the module, so a value returned from run() would be lost.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <sstream>
#include <string>

#include "example.hpp"
#include "goro/goro.hpp"

namespace {

using emscripten::val;

// CallbackSink hands each record to JavaScript as soon as it is written.
class CallbackSink : public goro::Sink {
 public:
  CallbackSink(val callback, bool events) : callback_(std::move(callback)), json_(buf_), events_(events) {}
  void output(const goro::OutputRecord& r) override {
    json_.output(r);
    flush();
  }
  void event(const goro::Event& e) override {
    json_.event(e);
    flush();
  }
  bool wants_events() const override { return events_; }

 private:
  void flush() {
    std::string lines = buf_.str();
    buf_.str({});
    size_t start = 0;
    while (start < lines.size()) {
      size_t nl = lines.find('\n', start);
      if (nl == std::string::npos) nl = lines.size();
      callback_(lines.substr(start, nl - start));
      start = nl + 1;
    }
  }

  val callback_;
  std::ostringstream buf_;
  goro::JsonLinesSink json_;
  bool events_;
};

template <class T>
T option(const val& opts, const char* name, T fallback) {
  val v = opts[name];
  return v.isUndefined() || v.isNull() ? fallback : v.as<T>();
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

int max_procs() {
#if defined(GORO_WASM_MAX_PROCS)
  return GORO_WASM_MAX_PROCS;
#else
  return 1;
#endif
}

void run(const std::string& slug, val opts, val callback) {
  const auto* p = goro::examples::find(slug);
  if (!p) {
    callback(std::string("{\"type\":\"error\",\"message\":\"unknown example\"}"));
    return;
  }
  goro::Options o;
  o.procs = option<int>(opts, "procs", 1);
  o.seed = static_cast<uint64_t>(option<double>(opts, "seed", 1));
  o.shuffle = option<bool>(opts, "shuffle", false);
  o.clock = option<std::string>(opts, "clock", "virtual") == "real" ? goro::Clock::Real : goro::Clock::Virtual;
  o.time_limit = std::chrono::milliseconds(static_cast<int64_t>(option<double>(opts, "timeLimitMs", 10000)));
  o.output_limit = static_cast<size_t>(option<double>(opts, "outputLimit", double(1 << 20)));
  CallbackSink sink(callback, option<bool>(opts, "events", true));
  o.sink = &sink;
  int status = goro::run(p->main, o);
  callback("{\"type\":\"end\",\"status\":" + std::to_string(status) + "}");
}

}  // namespace

EMSCRIPTEN_BINDINGS(goro_playground) {
  emscripten::function("exampleSlugs", &example_slugs);
  emscripten::function("exampleFile", &example_file);
  emscripten::function("maxProcs", &max_procs);
  emscripten::function("run", &run);
}
