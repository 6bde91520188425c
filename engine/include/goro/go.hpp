// go: start a goroutine.
//
//   goro::go(worker, i, wg);                       // like `go worker(i, wg)`
//   goro::go([&] { ... });                         // like `go func() { ... }()`
//   goro::go(goro::Label{"main.worker"}, worker, i);  // name it in dumps
//
// The function and arguments are copied (or moved) at the go statement, as
// Go evaluates them there; pass std::ref or a pointer to share. A trailing
// default argument captures the call site for `created by`.
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

namespace detail {

template <class F, class... Args>
void spawn_go(Site site, F&& f, Args&&... args) {
  if constexpr (std::is_same_v<std::decay_t<F>, Label>) {
    spawn(f.name, site, std::forward<Args>(args)...);
  } else {
    spawn({}, site, std::forward<F>(f), std::forward<Args>(args)...);
  }
}

}  // namespace detail

// go() has one overload per number of arguments (up to eight, besides the
// function and an optional Label) instead of a parameter pack: a default
// argument can follow fixed parameters only, and GCC gives a function's
// default argument the line where the call starts, so a `go` call written
// over several lines is reported at its first line, as Go reports it.
template <class F>
void go(F&& f, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f));
}

template <class F, class A1>
void go(F&& f, A1&& a1, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1));
}

template <class F, class A1, class A2>
void go(F&& f, A1&& a1, A2&& a2, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2));
}

template <class F, class A1, class A2, class A3>
void go(F&& f, A1&& a1, A2&& a2, A3&& a3, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2), std::forward<A3>(a3));
}

template <class F, class A1, class A2, class A3, class A4>
void go(F&& f, A1&& a1, A2&& a2, A3&& a3, A4&& a4, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2), std::forward<A3>(a3), std::forward<A4>(a4));
}

template <class F, class A1, class A2, class A3, class A4, class A5>
void go(F&& f, A1&& a1, A2&& a2, A3&& a3, A4&& a4, A5&& a5, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2), std::forward<A3>(a3), std::forward<A4>(a4), std::forward<A5>(a5));
}

template <class F, class A1, class A2, class A3, class A4, class A5, class A6>
void go(F&& f, A1&& a1, A2&& a2, A3&& a3, A4&& a4, A5&& a5, A6&& a6, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2), std::forward<A3>(a3), std::forward<A4>(a4), std::forward<A5>(a5), std::forward<A6>(a6));
}

template <class F, class A1, class A2, class A3, class A4, class A5, class A6, class A7>
void go(F&& f, A1&& a1, A2&& a2, A3&& a3, A4&& a4, A5&& a5, A6&& a6, A7&& a7, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2), std::forward<A3>(a3), std::forward<A4>(a4), std::forward<A5>(a5), std::forward<A6>(a6), std::forward<A7>(a7));
}

template <class F, class A1, class A2, class A3, class A4, class A5, class A6, class A7, class A8>
void go(F&& f, A1&& a1, A2&& a2, A3&& a3, A4&& a4, A5&& a5, A6&& a6, A7&& a7, A8&& a8, Site site = {}) {
  detail::spawn_go(site, std::forward<F>(f), std::forward<A1>(a1), std::forward<A2>(a2), std::forward<A3>(a3), std::forward<A4>(a4), std::forward<A5>(a5), std::forward<A6>(a6), std::forward<A7>(a7), std::forward<A8>(a8));
}

}  // namespace goro
