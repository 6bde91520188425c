// The per-package native tables natives.cpp merges: each lib_<pkg>.cpp
// defines its natives_<pkg>(). Changes here must also be made in natives.cpp's list.
#pragma once

#include <span>

#include "natives.hpp"

namespace goro::lang::vm {

std::span<const NativeDef> natives_cmp();
std::span<const NativeDef> natives_context();
std::span<const NativeDef> natives_errors();
std::span<const NativeDef> natives_fmt();
std::span<const NativeDef> natives_maps();
std::span<const NativeDef> natives_math();
std::span<const NativeDef> natives_math_bits();
std::span<const NativeDef> natives_math_rand();
std::span<const NativeDef> natives_os();
std::span<const NativeDef> natives_runtime();
std::span<const NativeDef> natives_slices();
std::span<const NativeDef> natives_sort();
std::span<const NativeDef> natives_strconv();
std::span<const NativeDef> natives_strings();
std::span<const NativeDef> natives_sync();
std::span<const NativeDef> natives_sync_atomic();
std::span<const NativeDef> natives_time();
std::span<const NativeDef> natives_unicode();

}  // namespace goro::lang::vm
