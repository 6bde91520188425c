// Program output and the event stream: everything a Sink sees passes here,
// under out_mu, so sequence numbers follow the order writes happened in.
#include <unistd.h>

#include <cerrno>

#include "goro/output.hpp"
#include "goro/sink.hpp"
#include "runtime.hpp"

namespace goro::detail {
namespace {

void write_fd(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes.remove_prefix(size_t(n));
  }
}

}  // namespace

void Runtime::write_output(G* g, Stream s, std::string_view bytes, bool force) {
  bool overflow = false;
  {
    std::lock_guard lk(out_mu);
    if (!force && (exiting() || out_truncated)) return;
    if (!force && opts.output_limit > 0 && out_bytes + bytes.size() > opts.output_limit) {
      bytes = bytes.substr(0, opts.output_limit - out_bytes);
      out_truncated = overflow = true;
    }
    out_bytes += bytes.size();
    if (opts.sink) {
      opts.sink->output({.seq = ++seq, .time_ns = now_ns(), .goroutine = g ? g->id : 0, .stream = s, .bytes = bytes});
    } else {
      write_fd(s == Stream::Stderr ? 2 : 1, bytes);
    }
  }
  if (overflow && begin_exit(2))
    report_fatal("\ngoro: program output exceeded " + std::to_string(opts.output_limit) +
                 " bytes; output truncated and program stopped");
}

void Runtime::emit(Event e) {
  std::lock_guard lk(out_mu);
  e.seq = ++seq;
  e.time_ns = now_ns();
  opts.sink->event(e);
}

}  // namespace goro::detail

namespace goro {

void write(Stream stream, std::string_view bytes) {
  detail::Worker* w = detail::current_worker();
  if (!w) {
    detail::write_fd(stream == Stream::Stderr ? 2 : 1, bytes);
    return;
  }
  w->rt->write_output(w->current, stream, bytes);
  if (w->current) w->rt->check_exiting();
}

}  // namespace goro
