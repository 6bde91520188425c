// The natives' registry: every lib_<pkg>.cpp's table, listed explicitly
// (natives.hpp says why), merged once into one name-sorted list.
//
// Invariant: names are unique and sorted once the list is built; the
// coverage test (tests/lang/natives_test.cpp) holds the list to the stubs'
// bodiless declarations, one native each and no strays.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "natives.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

const std::vector<NativeDef>& registry() {
  static const std::vector<NativeDef> all = [] {
    std::vector<NativeDef> v;
    for (auto table : {natives_cmp(), natives_context(), natives_errors(), natives_fmt(), natives_maps(),
                       natives_math(), natives_math_bits(), natives_math_rand(), natives_os(), natives_runtime(),
                       natives_slices(), natives_sort(), natives_strconv(), natives_strings(), natives_sync(),
                       natives_sync_atomic(), natives_time(), natives_unicode()}) {
      v.insert(v.end(), table.begin(), table.end());
    }
    std::sort(v.begin(), v.end(), [](const NativeDef& a, const NativeDef& b) { return a.name < b.name; });
    for (size_t i = 1; i < v.size(); ++i) {
      if (v[i].name == v[i - 1].name) {
        std::fprintf(stderr, "goro: internal error: native %.*s registered twice\n", int(v[i].name.size()),
                     v[i].name.data());
        std::abort();
      }
    }
    return v;
  }();
  return all;
}

}  // namespace

NativeFn find_native(std::string_view name) {
  const auto& all = registry();
  auto it = std::lower_bound(all.begin(), all.end(), name,
                             [](const NativeDef& d, std::string_view n) { return d.name < n; });
  return it != all.end() && it->name == name ? it->fn : nullptr;
}

std::span<const NativeDef> all_natives() { return registry(); }

}  // namespace goro::lang::vm
