// goro::fields(): how a user struct tells fmt its fields, so that %v prints
// {1 2}, %+v prints {X:1 Y:2} and %#v prints main.Point{X:1, Y:2}.
//
//   struct Point { int x, y; };
//   auto goro_fields(const Point& p) { return goro::fields("X", p.x, "Y", p.y); }
//   // or, at namespace scope next to Point:  GORO_FIELDS(Point, x, y)
//
// goro_fields is found by argument-dependent lookup, so define it in the
// struct's namespace (or as a friend).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace goro {

namespace detail::fmt {

// FieldList holds a struct's field names and values. Values named by an
// lvalue are held by reference (the struct outlives the print call); values
// computed in goro_fields (prvalues) are held by value, so nothing dangles.
template <class... V>
struct FieldList {
  static constexpr bool goro_field_list_tag = true;
  std::array<std::string_view, sizeof...(V)> names;
  std::tuple<V...> values;
};

// field_storage_t keeps lvalue references and turns rvalues into values.
template <class E>
using field_storage_t = std::conditional_t<std::is_lvalue_reference_v<E>, E, std::remove_cvref_t<E>>;

template <class Tuple, size_t... I>
auto make_field_list(Tuple&& t, std::index_sequence<I...>) {
  using List = FieldList<field_storage_t<std::tuple_element_t<2 * I + 1, std::remove_reference_t<Tuple>>>...>;
  return List{{std::string_view(std::get<2 * I>(t))...}, {std::get<2 * I + 1>(std::move(t))...}};
}

}  // namespace detail::fmt

// fields(name1, value1, name2, value2, ...) describes a struct's fields for
// fmt; return it from an ADL-visible goro_fields(const T&). An empty name
// prints like an embedded field under %+v (value only).
template <class... A>
auto fields(A&&... a) {
  static_assert(sizeof...(A) % 2 == 0, "goro::fields takes name, value pairs");
  return detail::fmt::make_field_list(std::tuple<A&&...>(std::forward<A>(a)...),
                                 std::make_index_sequence<sizeof...(A) / 2>{});
}

}  // namespace goro

// GORO_FIELDS(Type, f1, f2, ...) defines goro_fields for Type with its
// members f1, f2, ... named as written (up to 16 fields). Use it at namespace
// scope in Type's namespace.
#define GORO_FIELDS(Type, ...)                                          \
  [[maybe_unused]] inline auto goro_fields(const Type& goro_fields_v) { \
    return ::goro::fields(GORO_DETAIL_FIELDS_EACH(__VA_ARGS__));        \
  }

#define GORO_DETAIL_FIELD(f) #f, goro_fields_v.f
#define GORO_DETAIL_FIELDS_N(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, N, ...) \
  GORO_DETAIL_FIELDS_##N
#define GORO_DETAIL_FIELDS_EACH(...)                                                                       \
  GORO_DETAIL_FIELDS_N(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_1(a) GORO_DETAIL_FIELD(a)
#define GORO_DETAIL_FIELDS_2(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_1(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_3(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_2(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_4(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_3(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_5(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_4(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_6(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_5(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_7(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_6(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_8(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_7(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_9(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_8(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_10(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_9(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_11(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_10(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_12(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_11(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_13(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_12(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_14(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_13(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_15(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_14(__VA_ARGS__)
#define GORO_DETAIL_FIELDS_16(a, ...) GORO_DETAIL_FIELD(a), GORO_DETAIL_FIELDS_15(__VA_ARGS__)
