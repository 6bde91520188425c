// JSON Lines and Chrome Trace Event exports of a run's output and events.
#include "goro/trace.hpp"

#include <unistd.h>

#include <cstdio>

namespace goro {
namespace {

void json_escape(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  out += '"';
}

std::string site_of(const Site& s) {
  if (!s.file) return "";
  return std::string(s.file) + ":" + std::to_string(s.line);
}

const char* stream_name(Stream s) { return s == Stream::Stderr ? "stderr" : "stdout"; }

// event_fields() renders the fields of an event that are set, as JSON members.
std::string event_fields(const Event& e) {
  std::string out;
  auto num = [&](const char* k, auto v) { out += std::string(",\"") + k + "\":" + std::to_string(v); };
  if (e.other) num(e.kind == EventKind::Go ? "child" : e.kind == EventKind::Run ? "worker" : "other", e.other);
  if (e.chan) num("chan", e.chan);
  if (e.reason != WaitReason::None) {
    out += ",\"reason\":";
    json_escape(out, wait_reason_string(e.reason));
  }
  if (e.kind == EventKind::Select) num("case", e.select_case);
  if (e.duration_ns) num("duration", e.duration_ns);
  if (e.site.file) {
    out += ",\"site\":";
    json_escape(out, site_of(e.site));
  }
  if (!e.text.empty()) {
    out += e.kind == EventKind::Go ? ",\"label\":" : ",\"text\":";
    json_escape(out, e.text);
  }
  return out;
}

}  // namespace

void JsonLinesSink::output(const OutputRecord& r) {
  std::string line = "{\"seq\":" + std::to_string(r.seq) + ",\"t\":" + std::to_string(r.time_ns) +
                     ",\"type\":\"output\",\"g\":" + std::to_string(r.goroutine) + ",\"stream\":\"" +
                     stream_name(r.stream) + "\",\"data\":";
  json_escape(line, r.bytes);
  line += "}\n";
  out_ << line;
  if (forward_) forward_->output(r);
}

void JsonLinesSink::event(const Event& e) {
  std::string line = "{\"seq\":" + std::to_string(e.seq) + ",\"t\":" + std::to_string(e.time_ns) +
                     ",\"type\":\"" + event_kind_string(e.kind) + "\",\"g\":" + std::to_string(e.g) +
                     event_fields(e) + "}\n";
  out_ << line;
  if (forward_) forward_->event(e);
}

// Chrome trace: times are microseconds; pid 1 is the program, tid the goroutine.
void ChromeTraceSink::span_begin(uint64_t g, int64_t t, const std::string& name) {
  span_end(g, t);
  body_ += "{\"ph\":\"B\",\"pid\":1,\"tid\":" + std::to_string(g) + ",\"ts\":" + std::to_string(t / 1000.0) +
           ",\"name\":";
  json_escape(body_, name);
  body_ += "},\n";
  open_span_[g] = name;
}

void ChromeTraceSink::span_end(uint64_t g, int64_t t) {
  auto it = open_span_.find(g);
  if (it == open_span_.end()) return;
  body_ += "{\"ph\":\"E\",\"pid\":1,\"tid\":" + std::to_string(g) + ",\"ts\":" + std::to_string(t / 1000.0) + "},\n";
  open_span_.erase(it);
}

void ChromeTraceSink::instant(uint64_t g, int64_t t, const std::string& name, const std::string& args) {
  body_ += "{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":" + std::to_string(g) + ",\"ts\":" +
           std::to_string(t / 1000.0) + ",\"name\":";
  json_escape(body_, name);
  body_ += ",\"args\":{" + args + "}},\n";
}

void ChromeTraceSink::output(const OutputRecord& r) {
  last_t_ = r.time_ns;
  std::string args = "\"stream\":\"" + std::string(stream_name(r.stream)) + "\",\"data\":";
  json_escape(args, r.bytes);
  instant(r.goroutine, r.time_ns, "output", args);
  if (forward_) forward_->output(r);
}

void ChromeTraceSink::event(const Event& e) {
  last_t_ = e.time_ns;
  switch (e.kind) {
    case EventKind::Go:
      names_[e.other] = e.text.empty() ? "goroutine " + std::to_string(e.other) : std::string(e.text);
      break;
    case EventKind::Run:
      span_begin(e.g, e.time_ns, "running");
      break;
    case EventKind::Block:
      span_begin(e.g, e.time_ns, wait_reason_string(e.reason));
      break;
    case EventKind::Exit:
      span_end(e.g, e.time_ns);
      break;
    case EventKind::Unblock:
      span_begin(e.g, e.time_ns, "runnable");
      break;
    default: {
      std::string fields = event_fields(e);
      if (!fields.empty()) fields.erase(0, 1);  // drop the leading comma
      instant(e.g, e.time_ns, event_kind_string(e.kind), fields);
    }
  }
  if (forward_) forward_->event(e);
}

void ChromeTraceSink::finish() {
  if (finished_) return;
  finished_ = true;
  for (auto it = open_span_.begin(); it != open_span_.end();) {
    uint64_t g = it->first;
    ++it;
    span_end(g, last_t_);
  }
  std::string meta;
  for (auto& [g, name] : names_) {
    meta += "{\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(g) + ",\"name\":\"thread_name\",\"args\":{\"name\":";
    json_escape(meta, "g" + std::to_string(g) + " " + name);
    meta += "}},\n";
  }
  if (!names_.count(1)) meta += "{\"ph\":\"M\",\"pid\":1,\"tid\":1,\"name\":\"thread_name\",\"args\":{\"name\":\"g1 main.main\"}},\n";
  meta += "{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":\"goro program\"}}";
  out_ << "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n" << body_ << meta << "\n]}\n";
  out_.flush();
}

void StdioSink::output(const OutputRecord& r) {
  int fd = r.stream == Stream::Stderr ? 2 : 1;
  std::string_view b = r.bytes;
  while (!b.empty()) {
    ssize_t n = ::write(fd, b.data(), b.size());
    if (n <= 0) return;
    b.remove_prefix(size_t(n));
  }
}

}  // namespace goro
