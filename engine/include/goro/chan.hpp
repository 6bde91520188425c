// Chan<T>: a Go channel.
//
//   goro::Chan<int> ch;        // unbuffered (make(chan int))
//   goro::Chan<int> ch(10);    // buffered   (make(chan int, 10))
//   goro::Chan<int> nil{nullptr};  // a nil channel: blocks forever
//
// A Chan is a handle with reference semantics, like Go's: copies share the
// channel, and the channel lives while any handle (or blocked operation) does.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>

#include "goro/detail/chan_core.hpp"
#include "goro/site.hpp"

namespace goro {

template <class T>
class Chan {
 public:
  Chan() : c_(detail::chan_make(&detail::kElemOps<T>, 0)) {}
  explicit Chan(size_t cap) : c_(detail::chan_make(&detail::kElemOps<T>, cap)) {}
  Chan(std::nullptr_t) : c_(nullptr) {}
  Chan(const Chan& o) : c_(o.c_) { detail::chan_retain(c_); }
  Chan(Chan&& o) noexcept : c_(std::exchange(o.c_, nullptr)) {}
  Chan& operator=(Chan o) noexcept {
    std::swap(c_, o.c_);
    return *this;
  }
  ~Chan() { detail::chan_release(c_); }

  // send() is `ch <- v`.
  void send(T v, Site site = {}) const { detail::chan_send(c_, &v, true, site); }

  // recv() is `v := <-ch`.
  T recv(Site site = {}) const { return recv_ok(site).first; }

  // recv_ok() is `v, ok := <-ch`.
  std::pair<T, bool> recv_ok(Site site = {}) const {
    Slot s;
    auto r = detail::chan_recv(c_, s.ptr(), true, site);
    return {s.take(), r.received};
  }

  // try_send()/try_recv(): a select with one case and a default.
  bool try_send(T v, Site site = {}) const { return detail::chan_send(c_, &v, false, site); }
  std::optional<std::pair<T, bool>> try_recv(Site site = {}) const {
    Slot s;
    auto r = detail::chan_recv(c_, s.ptr(), false, site);
    if (!r.selected) return std::nullopt;
    return std::pair<T, bool>{s.take(), r.received};
  }

  // close() is close(ch).
  void close(Site site = {}) const { detail::chan_close(c_, site); }
  size_t len() const { return c_ ? detail::chan_len(c_) : 0; }
  size_t cap() const { return c_ ? detail::chan_cap(c_) : 0; }

  bool is_nil() const { return c_ == nullptr; }
  explicit operator bool() const { return c_ != nullptr; }
  friend bool operator==(const Chan& a, const Chan& b) { return a.c_ == b.c_; }

  // go_pointer() lets fmt print a channel as Go does (its address).
  const void* go_pointer() const { return c_; }
  detail::ChanCore* core() const { return c_; }

  // Range: `for (T v : ch)` receives until the channel is closed and drained.
  class iterator {
   public:
    iterator() = default;
    iterator(const Chan* ch, Site site) : ch_(ch), site_(site) { ++*this; }
    T& operator*() { return *cur_; }
    iterator& operator++() {
      auto [v, ok] = ch_->recv_ok(site_);
      if (ok) cur_.emplace(std::move(v)); else cur_.reset();
      return *this;
    }
    friend bool operator==(const iterator& a, const iterator&) { return !a.cur_; }
   private:
    const Chan* ch_ = nullptr;
    Site site_{nullptr, 0};
    std::optional<T> cur_;
  };
  iterator begin(Site site = {}) const { return iterator(this, site); }
  iterator end() const { return iterator(); }

 private:
  // Slot is raw storage a receive constructs into.
  struct Slot {
    alignas(T) unsigned char buf[sizeof(T)];
    void* ptr() { return buf; }
    T take() {
      T* p = std::launder(reinterpret_cast<T*>(buf));
      T v = std::move(*p);
      p->~T();
      return v;
    }
  };

  detail::ChanCore* c_;
};

}  // namespace goro
