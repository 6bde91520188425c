// Go type names of C++ types, for %T, %#v and %!verb(type=value) reports.
//
// The mapping (changes here must match the kinds in fmt_value.hpp):
//   int -> int, unsigned -> uint, other integers -> intN/uintN by size,
//   char and all strings -> string, char32_t/wchar_t -> int32 (rune),
//   float -> float32, double -> float64, std::complex -> complex64/128,
//   vector/deque/list/set/span -> []T, std::array and T[N] -> [N]T,
//   map/unordered_map -> map[K]V, pair/tuple -> struct { A; B },
//   T*, shared_ptr, unique_ptr -> *T, void* -> unsafe.Pointer,
//   function pointers -> func(A) R, chrono durations -> time.Duration,
//   goro::Time -> time.Time, goro::Chan<T> (and other types with go_pointer()
//   and value_type) -> chan T,
//   std exceptions -> *errors.errorString, other classes and enums ->
//   main.Name (the unqualified C++ name), nullptr -> <nil>.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "goro/detail/fmt_traits.hpp"

namespace goro::detail::fmt {

// pretty_name<T>() is the compiler's spelling of T inside a function
// signature; class_type_name() extracts the unqualified name from it.
template <class T>
std::string_view pretty_name() {
#if defined(__GNUC__) || defined(__clang__)
  return __PRETTY_FUNCTION__;
#else
  return "[T = ?]";
#endif
}

// class_type_name() turns pretty_name<T>()'s text into "main.Name".
std::string class_type_name(std::string_view pretty);
// is_std_name() reports whether pretty_name<T>()'s T is in namespace std.
bool is_std_name(std::string_view pretty);

template <class T>
inline constexpr bool is_std_array = false;
template <class T, size_t N>
inline constexpr bool is_std_array<std::array<T, N>> = true;

template <class T>
std::string go_type_name();

template <class... A>
std::string join_type_names([[maybe_unused]] std::string_view sep) {
  std::string out;
  ((out.append(out.empty() ? "" : sep).append(go_type_name<A>())), ...);
  return out;
}

template <class F>
struct func_type_name;
template <class R, class... A>
struct func_type_name<R(A...)> {
  static std::string get() {
    std::string out = "func(" + join_type_names<std::remove_cvref_t<A>...>(", ") + ")";
    if constexpr (!std::is_void_v<R>) out += " " + go_type_name<std::remove_cvref_t<R>>();
    return out;
  }
};
template <class R, class... A>
struct func_type_name<R(A...) noexcept> : func_type_name<R(A...)> {};

template <class T>
struct tuple_type_name;
template <template <class...> class Tuple, class... A>
struct tuple_type_name<Tuple<A...>> {
  static std::string get() { return "struct { " + join_type_names<A...>("; ") + " }"; }
};

// first_template_arg<X<A, ...>>::type is A.
template <class T>
struct first_template_arg;
template <template <class...> class X, class A, class... Rest>
struct first_template_arg<X<A, Rest...>> {
  using type = A;
};

template <class U>
std::string go_pointer_type_name() {
  if constexpr (is_specialization<U, Chan>) {
    return "chan " + go_type_name<typename first_template_arg<U>::type>();
  } else if constexpr (requires { typename U::value_type; }) {
    return "chan " + go_type_name<typename U::value_type>();
  } else {
    return class_type_name(pretty_name<U>());
  }
}

// go_type_name<T>() is the Go name of type T.
template <class T>
std::string go_type_name() {
  using U = std::remove_cv_t<T>;
  if constexpr (Nil<U>) return "<nil>";
  else if constexpr (std::is_same_v<U, bool>) return "bool";
  else if constexpr (CharByte<U> || StringLike<U>) return "string";
  else if constexpr (RuneChar<U>) return "int32";
  else if constexpr (std::is_same_v<U, std::byte>) return "uint8";
  else if constexpr (std::is_same_v<U, int>) return "int";
  else if constexpr (std::is_same_v<U, unsigned>) return "uint";
  else if constexpr (Integer<U>) return (std::is_signed_v<U> ? "int" : "uint") + std::to_string(sizeof(U) * 8);
  else if constexpr (Floating<U>) return sizeof(U) == 4 ? "float32" : "float64";
  else if constexpr (Complex<U>) return sizeof(typename U::value_type) == 4 ? "complex64" : "complex128";
  else if constexpr (ChronoDuration<U>) return "time.Duration";
  else if constexpr (IsTime<U>) return "time.Time";
  else if constexpr (Optional<U>) return go_type_name<typename U::value_type>();
  else if constexpr (Variant<U>) return "interface {}";
  else if constexpr (std::is_pointer_v<U> && std::is_void_v<std::remove_pointer_t<U>>) return "unsafe.Pointer";
  else if constexpr (FunctionPointer<U>) return func_type_name<std::remove_pointer_t<U>>::get();
  else if constexpr (PointerLike<U>) return "*" + go_type_name<pointee_t<U>>();
  else if constexpr (GoPointer<U>) return go_pointer_type_name<U>();
  else if constexpr (IsException<U>) {
    return is_std_name(pretty_name<U>()) ? "*errors.errorString" : class_type_name(pretty_name<U>());
  } else if constexpr (HasFields<U> || HasMethods<U> || Enum<U>) return class_type_name(pretty_name<U>());
  else if constexpr (TupleLike<U>) return tuple_type_name<U>::get();
  else if constexpr (MapLike<U>) {
    return "map[" + go_type_name<typename U::key_type>() + "]" + go_type_name<typename U::mapped_type>();
  } else if constexpr (std::is_array_v<U>) {
    return "[" + std::to_string(std::extent_v<U>) + "]" + go_type_name<std::remove_extent_t<U>>();
  } else if constexpr (is_std_array<U>) {
    return "[" + std::to_string(std::tuple_size_v<U>) + "]" + go_type_name<typename U::value_type>();
  } else if constexpr (Range<U>) return "[]" + go_type_name<range_value_t<U>>();
  else return class_type_name(pretty_name<U>());
}

// type_name_of(v) is v's Go type name; a variant reports its active member,
// as a Go interface reports its dynamic type.
template <class T>
std::string type_name_of(const T& v) {
  if constexpr (Variant<T>) {
    return std::visit([](const auto& x) { return type_name_of(x); }, v);
  } else {
    return go_type_name<T>();
  }
}

}  // namespace goro::detail::fmt
