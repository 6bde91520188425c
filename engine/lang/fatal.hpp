// FatalError: an unrecoverable run-time failure, Go's runtime.fatal/throw
// ("fatal error: concurrent map writes", "fatal error: runtime: out of
// memory", "fatal error: stack overflow").
//
// Unlike a GoPanic it runs no deferred calls and recover() cannot stop it:
// the VM lets it unwind to the top of the run and reports
// "fatal error: " + message with exit status 2. It deliberately does not
// derive from std::exception, so generic catch (std::exception&) handlers on
// the way up (fmt's hook guard, for one) cannot swallow it.
#pragma once

namespace goro::lang::vm {

struct FatalError {
  const char* message;  // static text, without the "fatal error: " prefix
};

}  // namespace goro::lang::vm
