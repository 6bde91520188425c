// Standard library stubs: the Go source of every package a program may
// import (engine/lang/stdlib/*.go), embedded into the library at build time
// (stdlib/embed.cmake generates stdlib_embed.cpp from the .go files).
//
// A stub declares its package's API exactly as Go 1.22 does. A function
// with a body is interpreted Go; a function without a body is implemented
// natively in C++ (lib_<pkg>.cpp). The checker type-checks a stub like any
// other package when a program imports it.
#pragma once

#include <span>
#include <string_view>

namespace goro::lang {

// stdlib_source() returns the stub source of the package with import path
// `path` ("fmt", "math/rand", "sync/atomic"), or an empty view if the
// interpreter has no such package. The view refers to static storage.
std::string_view stdlib_source(std::string_view path);

// stdlib_paths() lists every importable path, sorted.
std::span<const std::string_view> stdlib_paths();

}  // namespace goro::lang
