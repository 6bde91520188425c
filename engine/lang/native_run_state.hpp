// Per-run state of the natives: what a package keeps for the length of one
// run of a program (math/rand's top-level generator, os's environment,
// runtime's GOMAXPROCS setting), made on first use and fresh in each run.
#pragma once

#include <memory>

#include "vm.hpp"

namespace goro::lang::vm::native {

// run_local_slot() is the state stored under tag for the run t belongs to,
// made by make() on the run's first use. Thread-safe; T's own fields need
// their own lock when goroutines share them.
std::shared_ptr<void> run_local_slot(Thread& t, const void* tag, std::shared_ptr<void> (*make)());

// run_local<T>() is run_local_slot() for a default-constructed T, one per tag.
template <class T>
T& run_local(Thread& t, const void* tag) {
  return *static_cast<T*>(run_local_slot(t, tag, [] { return std::shared_ptr<void>(std::make_shared<T>()); }).get());
}

}  // namespace goro::lang::vm::native
