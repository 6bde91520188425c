// example.hpp: how an article example's C++ port registers its main with the
// goro CLI (and, later, the WebAssembly playground).
//
//   #include "example.hpp"
//   ...the port, line for line beside main.go...
//   GORO_EXAMPLE(main_);
//
// The build compiles every examples/<slug>/main.cpp with GORO_EXAMPLE_SLUG set
// to "<slug>", so a port never repeats its own name.
#pragma once

#include <goro/goro.hpp>

#include <string_view>
#include <vector>

namespace goro::examples {

// Program is one C++ port together with its files as they are in the source tree.
struct Program {
  std::string_view slug;
  void (*main)();
  std::string_view json;    // example.json
  std::string_view go;      // main.go
  std::string_view cpp;     // main.cpp

  // file() is one of the files by name ("main.go", "main.cpp", "example.json"); empty for any other name.
  std::string_view file(std::string_view name) const {
    return name == "main.go" ? go : name == "main.cpp" ? cpp : name == "example.json" ? json : std::string_view{};
  }
};

// add() registers a port's main; the build fills in its files. It returns a
// dummy so that it can run as a static initializer.
int add(std::string_view slug, void (*main)());

// programs() lists every registered port, sorted by slug.
const std::vector<Program>& programs();

// find() looks a port up by slug; nullptr when there is none.
const Program* find(std::string_view slug);

// Defer runs its function when the enclosing scope ends, as Go's defer runs
// a call when the function returns, or panics:
//   Defer done{[&] { wg->done(); }};   // defer wg.Done()
template <class F>
struct Defer {
  F f;
  ~Defer() noexcept(false) { f(); }
};
template <class F>
Defer(F) -> Defer<F>;  // clang before 17 deduces no aggregate's arguments

}  // namespace goro::examples

using goro::examples::Defer;

#define GORO_EXAMPLE(fn) \
  [[maybe_unused]] static const int goro_example_registered_ = ::goro::examples::add(GORO_EXAMPLE_SLUG, fn)
