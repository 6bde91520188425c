// Package os's natives (stdlib/os.go): the standard streams' writes, Exit,
// and the process facts a sandboxed program sees.
//
// The environment is the run's own (Setenv changes it for this run only),
// starting from a fixed one so that output does not depend on the machine
// running the interpreter; Args, Getpid and Hostname are fixed likewise.
#include <algorithm>
#include <map>
#include <mutex>
#include <string>

#include "goro/goroutine.hpp"
#include "goro/output.hpp"
#include "native_run_state.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

// Env is the run's environment.
struct Env {
  std::mutex mu;
  std::map<std::string, std::string> vars = {  // GUARDED_BY(mu)
      {"HOME", "/root"},
      {"PATH", "/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"},
  };
};
const char kEnvTag = 0;
Env& env(Thread& t) { return run_local<Env>(t, &kEnvTag); }

// string_slice() is a []string of the given strings.
SliceHeader string_slice(const std::vector<std::string>& v) {
  void* data = heap_alloc(v.size() * 16);
  for (size_t i = 0; i < v.size(); ++i) {
    store_string(static_cast<char*>(data) + 16 * i, v[i].empty() ? String{nullptr, 0} : make_string(v[i]));
  }
  return {data, int64_t(v.size()), int64_t(v.size())};
}

// runtimeArgs() []string
void runtime_args(Thread&, Slot* r) { put_slice(r, string_slice({"/tmp/prog"})); }

// write(fd int, b []byte)
void write(Thread&, Slot* r) {
  const SliceHeader b = arg_slice(r + 1);
  if (b.len <= 0) return;
  goro::write(r[0].i == 2 ? goro::Stream::Stderr : goro::Stream::Stdout,
              std::string_view(static_cast<const char*>(b.data), size_t(b.len)));
}

// Exit(code int): at once, without deferred calls.
void exit(Thread&, Slot* r) { goro::exit(int(r[0].i)); }

// Getenv(key string) string
void getenv(Thread& t, Slot* r) {
  Env& e = env(t);
  std::lock_guard<std::mutex> lock(e.mu);
  auto it = e.vars.find(std::string(arg_view(r)));
  put_string(r, it == e.vars.end() ? std::string_view() : std::string_view(it->second));
}

// LookupEnv(key string) (string, bool)
void lookup_env(Thread& t, Slot* r) {
  Env& e = env(t);
  std::lock_guard<std::mutex> lock(e.mu);
  auto it = e.vars.find(std::string(arg_view(r)));
  const bool found = it != e.vars.end();
  put_string(r, found ? std::string_view(it->second) : std::string_view());
  put_bool(r[2], found);
}

// Setenv(key, value string) error: syscall.Setenv's checks.
void setenv(Thread& t, Slot* r) {
  const std::string key(arg_view(r)), value(arg_view(r + 2));
  bool bad = key.empty();
  for (char c : key) bad = bad || c == '=' || c == 0;
  for (char c : value) bad = bad || c == 0;
  if (bad) {
    put_iface(r, new_error(t, "setenv: invalid argument"));
    return;
  }
  Env& e = env(t);
  std::lock_guard<std::mutex> lock(e.mu);
  e.vars[key] = value;
  put_nil_iface(r);
}

// Unsetenv(key string) error
void unsetenv(Thread& t, Slot* r) {
  Env& e = env(t);
  std::lock_guard<std::mutex> lock(e.mu);
  e.vars.erase(std::string(arg_view(r)));
  put_nil_iface(r);
}

// Environ() []string
void environ(Thread& t, Slot* r) {
  Env& e = env(t);
  std::vector<std::string> out;
  {
    std::lock_guard<std::mutex> lock(e.mu);
    for (const auto& [k, v] : e.vars) out.push_back(k + "=" + v);
  }
  put_slice(r, string_slice(out));
}

void getpid(Thread&, Slot* r) { r[0].i = 1; }

// Hostname() (name string, err error)
void hostname(Thread&, Slot* r) {
  put_string(r, std::string_view("localhost"));
  put_nil_iface(r + 2);
}

constexpr NativeDef kNatives[] = {
    {"os.Environ", environ},
    {"os.Exit", exit},
    {"os.Getenv", getenv},
    {"os.Getpid", getpid},
    {"os.Hostname", hostname},
    {"os.LookupEnv", lookup_env},
    {"os.Setenv", setenv},
    {"os.Unsetenv", unsetenv},
    {"os.runtimeArgs", runtime_args},
    {"os.write", write},
};

}  // namespace

std::span<const NativeDef> natives_os() { return kNatives; }

}  // namespace goro::lang::vm
