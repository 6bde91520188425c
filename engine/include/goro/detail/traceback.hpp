// Traceback hook: an interpreter running Go code on a goroutine tells the
// runtime how to list that goroutine's frames in panic and deadlock reports,
// which otherwise show one frame (the goroutine's function and the site it
// waits or panicked at).
#pragma once

#include <string>
#include <string_view>

namespace goro::detail {

// TracebackFn lists a goroutine's frames innermost first, in Go's form:
// "main.worker(...)\n\t./prog.go:12\nmain.main()\n\t./prog.go:20\n".
using TracebackFn = std::string (*)(void* arg);

// set_traceback() makes reports list the calling goroutine's frames as
// fn(arg) returns them; the "created by" lines stay the runtime's, naming
// creator when it is not empty (the function that ran the go statement,
// which the runtime cannot know). fn is called only while the goroutine is
// parked, or by the goroutine itself while it reports a panic or fatal error
// that ends it, so arg must stay valid until the goroutine's function has
// returned or unwound. fn == nullptr restores the one-frame listing. A no-op
// outside a goroutine.
void set_traceback(TracebackFn fn, void* arg, std::string_view creator = {});

}  // namespace goro::detail
