// Reports in Go's words: deadlock, panic, fatal error, leaked goroutines.
#include <algorithm>
#include <vector>

#include "goro/detail/traceback.hpp"
#include "goro/sink.hpp"
#include "runtime.hpp"

namespace goro {

const char* wait_reason_string(WaitReason r) {
  switch (r) {
    case WaitReason::None: return "running";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNil: return "chan receive (nil chan)";
    case WaitReason::ChanSendNil: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Semacquire: return "semacquire";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::Runnable: return "runnable";
  }
  return "unknown";
}

const char* event_kind_string(EventKind k) {
  switch (k) {
    case EventKind::Go: return "go";
    case EventKind::Run: return "run";
    case EventKind::Block: return "block";
    case EventKind::Unblock: return "unblock";
    case EventKind::Send: return "send";
    case EventKind::Recv: return "recv";
    case EventKind::Close: return "close";
    case EventKind::Select: return "select";
    case EventKind::Sleep: return "sleep";
    case EventKind::Wake: return "wake";
    case EventKind::Exit: return "exit";
    case EventKind::Panic: return "panic";
    case EventKind::Deadlock: return "deadlock";
    case EventKind::Leak: return "leak";
  }
  return "unknown";
}

}  // namespace goro

namespace goro::detail {
namespace {

std::string site_string(Site s) {
  if (!s.file) return "\t?:0\n";
  return "\t" + std::string(s.file) + ":" + std::to_string(s.line) + "\n";
}

// function_name() is how a goroutine's function is named in traces: Go's
// name for main, the name given at `go`, else where the go statement is.
std::string function_name(uint64_t id, const std::string& label, Site go_site) {
  if (id == 1) return "main.main";
  if (!label.empty()) return label;
  std::string file = go_site.file ? go_site.file : "?";
  return "go@" + file.substr(file.rfind('/') + 1) + ":" + std::to_string(go_site.line);
}

std::string call_form(uint64_t id, const std::string& name) {
  if (name.find('(') != std::string::npos) return name;
  return name + (id == 1 ? "()" : "(...)");
}

}  // namespace

std::string Runtime::goroutine_header(const G* g, const char* state) const {
  return "goroutine " + std::to_string(g->id) + " [" + state + "]:\n";
}

// goroutine_trace() is g's frames (an interpreter's listing when it set
// one, else g's function at `at`) and where g was created.
std::string Runtime::goroutine_trace(const G* g, Site at) const {
  std::string out;
  if (g->traceback && g->traceback_gid == g->id) out = g->traceback(g->traceback_arg);
  if (out.empty()) out = call_form(g->id, function_name(g->id, g->label, g->go_site)) + "\n" + site_string(at);
  if (g->id != 1) {
    // parent_label is the parent's function, or the creator an interpreter named.
    const std::string& creator = g->parent_label;
    out += "created by " + (creator.empty() ? function_name(g->parent_id, creator, Site{nullptr, 0}) : creator) + "\n";
    out += site_string(g->go_site);
  }
  return out;
}

// dump_blocked() lists every live goroutine other than the running ones,
// in id order, as Go's traceback does after a fatal error.
std::string Runtime::dump_blocked(bool runnable_too) {
  std::vector<G*> gs;
  allg_lock.lock();
  for (G* g = allg; g; g = g->all_next)
    if (g->status == GStatus::Waiting || (runnable_too && g->status == GStatus::Runnable)) gs.push_back(g);
  allg_lock.unlock();
  std::sort(gs.begin(), gs.end(), [](G* a, G* b) { return a->id < b->id; });
  std::string out;
  for (G* g : gs) {
    bool waiting = g->status == GStatus::Waiting;
    out += "\n" + goroutine_header(g, waiting ? wait_reason_string(g->wait_reason) : "runnable");
    out += goroutine_trace(g, waiting ? g->wait_site : g->go_site);
  }
  return out;
}

void Runtime::emit_report(EventKind kind, G* g, const std::string& text) {
  write_output(nullptr, Stream::Stderr, text, /*force=*/true);
  if (events_on_) emit({.kind = kind, .g = g ? g->id : 0, .text = text});
}

void Runtime::report_deadlock() {
  // Go's checkdead: no goroutine at all is possible only after main called
  // runtime.Goexit.
  if (main_goexited_.load(std::memory_order_acquire) && live_count() == 0) {
    emit_report(EventKind::Deadlock, nullptr, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    return;
  }
  emit_report(EventKind::Deadlock, nullptr,
              "fatal error: all goroutines are asleep - deadlock!\n" + dump_blocked(false));
}

void Runtime::report_panic(G* g, const std::string& message, Site site, bool fatal) {
  std::string text = (fatal ? "fatal error: " : "panic: ") + message + "\n";
  text += "\n" + goroutine_header(g, "running") + goroutine_trace(g, site);
  emit_report(EventKind::Panic, g, text);
}

void Runtime::report_fatal(const std::string& first_line) {
  emit_report(EventKind::Panic, nullptr, first_line + "\n");
}

void Runtime::report_leaks() {
  std::vector<G*> gs;
  allg_lock.lock();
  for (G* g = allg; g; g = g->all_next)
    if (g->status != GStatus::Dead) gs.push_back(g);
  allg_lock.unlock();
  if (gs.empty()) return;
  std::string text = "goro: " + std::to_string(gs.size()) + " goroutine" + (gs.size() == 1 ? "" : "s") +
                     " still blocked when main returned (leaked):\n" + dump_blocked(true);
  write_output(nullptr, Stream::Stderr, text, /*force=*/true);
  if (events_on_)
    for (G* g : gs) emit({.kind = EventKind::Leak, .g = g->id, .reason = g->wait_reason, .site = g->wait_site});
}

void set_traceback(TracebackFn fn, void* arg, std::string_view creator) {
  G* g = current_g();
  if (!g) return;
  g->traceback = fn;
  g->traceback_arg = arg;
  g->traceback_gid = g->id;
  if (!creator.empty()) g->parent_label.assign(creator);
}

}  // namespace goro::detail
