// goro: Go's goroutines, channels, select, sync and time for C++20.
#pragma once

#include "goro/chan.hpp"
#include "goro/go.hpp"
#include "goro/goroutine.hpp"
#include "goro/mutex.hpp"
#include "goro/once.hpp"
#include "goro/options.hpp"
#include "goro/rand.hpp"
#include "goro/output.hpp"
#include "goro/run.hpp"
#include "goro/select.hpp"
#include "goro/sink.hpp"
#include "goro/site.hpp"
#include "goro/time.hpp"
#include "goro/trace.hpp"
#include "goro/waitgroup.hpp"
#if __has_include("goro/fmt.hpp")
#include "goro/fmt.hpp"
#endif
#if __has_include("goro/log.hpp")
#include "goro/log.hpp"
#endif
