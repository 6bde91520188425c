// go: start a goroutine.
//
//   goro::go(worker, i, wg);                       // like `go worker(i, wg)`
//   goro::go([&] { ... });                         // like `go func() { ... }()`
//   goro::go(goro::Label{"main.worker"}, worker, i);  // name it in dumps
//
// The function and arguments are copied (or moved) at the go statement, as
// Go evaluates them there; pass std::ref or a pointer to share. `go` is a
// class template used through class template argument deduction so that a
// trailing default argument can capture the call site for `created by`.
#pragma once

#include <cstddef>
#include <functional>
#include <new>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "goro/site.hpp"

namespace goro {

// Label names a goroutine in deadlock and panic reports, e.g. "main.worker".
struct Label {
  std::string_view name;
};

namespace detail {

struct TaskVTable {
  void (*invoke)(void* obj);
  void (*destroy)(void* obj);
};

// spawn_begin() reserves a goroutine and `size` bytes of storage for its
// function; spawn_commit() starts it; spawn_abort() undoes spawn_begin.
void* spawn_begin(size_t size, size_t align, void** g);
void spawn_commit(void* g, const TaskVTable* vt, std::string_view label, Site site);
void spawn_abort(void* g);

template <class Bound>
inline constexpr TaskVTable kTaskVTable{
    [](void* p) {
      std::apply([](auto& fn, auto&... args) { std::invoke(std::move(fn), std::move(args)...); },
                 *static_cast<Bound*>(p));
    },
    [](void* p) { static_cast<Bound*>(p)->~Bound(); },
};

template <class Fn, class... A>
void spawn(std::string_view label, Site site, Fn&& fn, A&&... args) {
  using Bound = std::tuple<std::decay_t<Fn>, std::decay_t<A>...>;
  static_assert(std::is_invocable_v<std::decay_t<Fn>, std::decay_t<A>&&...>,
                "goro::go: the function cannot be called with these arguments (pass std::ref for references)");
  void* g = nullptr;
  void* mem = spawn_begin(sizeof(Bound), alignof(Bound), &g);
  try {
    new (mem) Bound(std::forward<Fn>(fn), std::forward<A>(args)...);
  } catch (...) {
    spawn_abort(g);
    throw;
  }
  spawn_commit(g, &kTaskVTable<Bound>, label, site);
}

}  // namespace detail

template <class F, class... Args>
struct go {
  explicit go(F&& f, Args&&... args, Site site = {}) {
    if constexpr (std::is_same_v<std::decay_t<F>, Label>) {
      detail::spawn(f.name, site, std::forward<Args>(args)...);
    } else {
      detail::spawn({}, site, std::forward<F>(f), std::forward<Args>(args)...);
    }
  }
};
template <class F, class... Args>
go(F&&, Args&&...) -> go<F, Args...>;

}  // namespace goro
