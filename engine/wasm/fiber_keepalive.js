// fiber_keepalive: Emscripten JS library for engine/src/fiber/context_emscripten.cpp.
//
// Emscripten counts a "keepalive" each time Asyncify finishes unwinding a
// fiber and drops it each time one is rewound. A fiber entered for the first
// time is started, not rewound, so every goroutine would leave one count
// behind; with the count above zero, exit() and a returning pthread leave the
// runtime alive (Node then hangs on the threaded build's workers).
// goro_fiber_started() drops that count as a new fiber begins.
mergeInto(LibraryManager.library, {
  goro_fiber_started__deps: ['$runtimeKeepalivePop'],
  goro_fiber_started__sig: 'v',
  goro_fiber_started: function() {
    runtimeKeepalivePop();
  },
});
