// Per-run state of the natives (native_run_state.hpp).
//
// A run is told apart by its goroutine 1's Thread (Program::main_thread,
// new in every run; the next run's is made before the last one's is
// freed, so consecutive runs never share an address). The state lives in
// the Program (Program::owned), so it goes with it; the index from
// Program to state holds weak references, dropped once their Program is.
#include "native_run_state.hpp"

#include <map>
#include <mutex>
#include <unordered_map>

namespace goro::lang::vm::native {

namespace {

struct RunLocals {
  const Thread* main = nullptr;                          // the run the values belong to
  std::map<const void*, std::shared_ptr<void>> values;   // by tag
};

std::mutex g_mu;
std::unordered_map<const Program*, std::weak_ptr<RunLocals>> g_locals;  // GUARDED_BY(g_mu)
std::shared_ptr<RunLocals> g_no_program;  // natives called outside any Program (tests); GUARDED_BY(g_mu)

}  // namespace

std::shared_ptr<void> run_local_slot(Thread& t, const void* tag, std::shared_ptr<void> (*make)()) {
  Program* prog = t.prog;
  std::lock_guard<std::mutex> lock(g_mu);
  std::shared_ptr<RunLocals> locals = g_locals[prog].lock();
  if (!locals) {
    for (auto it = g_locals.begin(); it != g_locals.end();) {
      it = it->second.expired() ? g_locals.erase(it) : std::next(it);
    }
    locals = std::make_shared<RunLocals>();
    if (prog != nullptr) prog->owned.push_back(locals);
    else g_no_program = locals;
    g_locals[prog] = locals;
  }
  const Thread* main = prog != nullptr ? prog->main_thread.get() : nullptr;
  if (locals->main != main) {
    locals->values.clear();
    locals->main = main;
  }
  std::shared_ptr<void>& v = locals->values[tag];
  if (!v) v = make();
  return v;
}

}  // namespace goro::lang::vm::native
