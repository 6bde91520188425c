// The universe scope: Go's predeclared identifiers (types, constants, nil,
// builtin functions), as in go/types' universe.go.
#pragma once

#include "scope.hpp"
#include "types.hpp"

namespace goro::lang {

// make_universe() declares every predeclared identifier in a new universe
// scope: the basic types with byte, rune, any, error and comparable; true,
// false and iota (untyped constants); nil; the builtin functions. error's
// TypeName is the TypeTable's own (so its Named type prints as "error").
Scope* make_universe(ObjectTable& objects, TypeTable& types);

}  // namespace goro::lang
