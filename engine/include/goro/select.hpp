// select: Go's select statement.
//
//   goro::select(
//       goro::on_recv(ch, [](int v, bool ok) { ... }),   // case v, ok := <-ch
//       goro::on_send(out, 42, [] { ... }),               // case out <- 42
//       goro::otherwise([] { ... }));                      // default
//
// A ready case is chosen uniformly at random (from the run's seed); with no
// ready case the default runs, or the goroutine blocks until one is ready.
// A receive handler may take (T, bool), (T) or ().
#pragma once

#include <cstddef>
#include <functional>
#include <new>
#include <type_traits>
#include <utility>

#include "goro/chan.hpp"
#include "goro/site.hpp"

namespace goro {

template <class T, class F>
struct RecvCase {
  detail::ChanCore* c;
  F fn;
  alignas(T) unsigned char slot[sizeof(T)];
  static constexpr bool is_send = false;
  static constexpr bool is_default = false;
  void* elem() { return slot; }
  void fire(bool ok) {
    T* p = std::launder(reinterpret_cast<T*>(slot));
    struct Destroy {
      T* p;
      ~Destroy() { p->~T(); }
    } destroy{p};
    if constexpr (std::is_invocable_v<F&, T&&, bool>) fn(std::move(*p), ok);
    else if constexpr (std::is_invocable_v<F&, T&&>) fn(std::move(*p));
    else fn();
  }
};

template <class T, class F>
struct SendCase {
  detail::ChanCore* c;
  T value;
  F fn;
  static constexpr bool is_send = true;
  static constexpr bool is_default = false;
  void* elem() { return &value; }
  void fire(bool) { fn(); }
};

template <class F>
struct DefaultCase {
  F fn;
  static constexpr bool is_default = true;
  void fire(bool) { fn(); }
};

struct Noop {
  template <class... A>
  void operator()(A&&...) const {}
};

template <class T, class F = Noop>
RecvCase<T, std::decay_t<F>> on_recv(const Chan<T>& ch, F&& fn = {}) {
  return {ch.core(), std::forward<F>(fn), {}};
}

template <class T, class V, class F = Noop>
SendCase<T, std::decay_t<F>> on_send(const Chan<T>& ch, V&& value, F&& fn = {}) {
  return {ch.core(), T(std::forward<V>(value)), std::forward<F>(fn)};
}

template <class F = Noop>
DefaultCase<std::decay_t<F>> otherwise(F&& fn = {}) {
  return {std::forward<F>(fn)};
}

template <class... Cases>
struct select {
  explicit select(Cases&&... cs, Site site = {}) { run(site, cs...); }

 private:
  template <class... C>
  static void run(Site site, C&... cs) {
    constexpr bool has_default = (std::decay_t<C>::is_default || ... || false);
    constexpr int ndefault = (int(std::decay_t<C>::is_default) + ... + 0);
    static_assert(ndefault <= 1, "goro::select: at most one otherwise() case");
    constexpr int n = int(sizeof...(C)) - ndefault;
    detail::SelectCase table[n > 0 ? n : 1];
    int k = 0;
    (add(table, k, cs), ...);
    detail::SelectResult r = detail::select_run(table, n, has_default, site);
    // Dispatch: case indices count the channel cases in order; -1 is default.
    int idx = 0;
    (dispatch(cs, r, idx), ...);
  }

  template <class C>
  static void add(detail::SelectCase* table, int& k, C& c) {
    if constexpr (!std::decay_t<C>::is_default) table[k++] = {c.c, c.elem(), std::decay_t<C>::is_send};
  }

  template <class C>
  static void dispatch(C& c, const detail::SelectResult& r, int& idx) {
    if constexpr (std::decay_t<C>::is_default) {
      if (r.index == -1) c.fire(false);
    } else {
      if (r.index == idx) c.fire(r.received);
      ++idx;
    }
  }
};
template <class... Cases>
select(Cases&&...) -> select<Cases...>;

}  // namespace goro
