// The type-erased channel core shared by goro::Chan<T> and the interpreter.
//
// A channel moves opaque elements described by ElemOps; the typed layer
// (goro/chan.hpp) and the Go interpreter (dynamic values) both sit on it.
// Elements are moved: a send moves from *elem (the caller still destroys its
// moved-from source); a receive move-constructs into uninitialized *dst.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

#include "goro/site.hpp"

namespace goro::detail {

struct ElemOps {
  size_t size;
  size_t align;
  void (*move_construct)(void* dst, void* src);
  void (*destroy)(void* p);
  void (*default_construct)(void* p);  // Go's zero value, received from a closed channel
  const char* type_name;
};

template <class T>
inline constexpr ElemOps kElemOps{
    sizeof(T),
    alignof(T),
    [](void* dst, void* src) { new (dst) T(std::move(*static_cast<T*>(src))); },
    [](void* p) { static_cast<T*>(p)->~T(); },
    [](void* p) { new (p) T(); },
    nullptr,
};

class ChanCore;

// chan_make() creates a channel with one reference.
ChanCore* chan_make(const ElemOps* ops, size_t cap);
void chan_retain(ChanCore* c);   // nullptr is fine
void chan_release(ChanCore* c);  // nullptr is fine; frees at zero

// chan_send() sends *elem. With block=false it returns false instead of
// blocking. A nil channel blocks forever. Panics on a closed channel.
bool chan_send(ChanCore* c, void* elem, bool block, Site site);

struct RecvResult {
  bool selected;  // false only for a non-blocking receive that would block
  bool received;  // false: the channel was closed and *dst is the zero value
};
// chan_recv() receives into uninitialized *dst (constructed iff selected).
RecvResult chan_recv(ChanCore* c, void* dst, bool block, Site site);

void chan_close(ChanCore* c, Site site);
size_t chan_len(const ChanCore* c);
size_t chan_cap(const ChanCore* c);
uint64_t chan_id(const ChanCore* c);

// One case of a select: a send of *elem or a receive into uninitialized *elem.
struct SelectCase {
  ChanCore* c;
  void* elem;
  bool is_send;
};

struct SelectResult {
  int index;      // chosen case, or -1 for the default case
  bool received;  // for a receive case: false if the channel was closed
};

// select_run() is Go's selectgo: it picks uniformly at random among the
// ready cases, else the default (if has_default), else blocks. With no
// cases and no default it blocks forever ("select (no cases)").
SelectResult select_run(SelectCase* cases, int n, bool has_default, Site site);

}  // namespace goro::detail
