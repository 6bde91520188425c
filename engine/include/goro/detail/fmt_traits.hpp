// Kinds of C++ types as goro's fmt sees them: which Go kind (int, string,
// slice, map, struct, pointer...) a C++ type prints as, and which formatting
// hooks it offers. Used by fmt_value.hpp (printing) and fmt_type_name.hpp (%T).
#pragma once

#include <chrono>
#include <complex>
#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "goro/detail/fmt_time.hpp"

namespace goro {

class Formatter;
struct Time;  // goro/time.hpp; only compared by type here, never used whole
template <class T>
class Chan;  // goro/chan.hpp; likewise

namespace detail::fmt {

template <class T>
inline constexpr bool dependent_false = false;

template <class T, template <class...> class Template>
inline constexpr bool is_specialization = false;
template <template <class...> class Template, class... A>
inline constexpr bool is_specialization<Template<A...>, Template> = true;

// ---- scalars ----

// char is a one-byte string (see goro/fmt.hpp); char32_t and wchar_t are
// Go runes (int32); char8_t and char16_t are uint8 and uint16.
template <class T>
concept CharByte = std::is_same_v<T, char>;
template <class T>
concept RuneChar = std::is_same_v<T, char32_t> || std::is_same_v<T, wchar_t>;
template <class T>
concept Integer = std::is_integral_v<T> && !std::is_same_v<T, bool> && !CharByte<T>;
template <class T>
concept Enum = std::is_enum_v<T>;
template <class T>
concept Floating = std::is_floating_point_v<T>;
template <class T>
concept Complex = is_specialization<T, std::complex>;

template <class T>
inline constexpr bool is_duration = false;
template <class Rep, class Period>
inline constexpr bool is_duration<std::chrono::duration<Rep, Period>> = true;
template <class T>
concept ChronoDuration = is_duration<T>;

template <class T>
concept IsTime = std::is_same_v<T, Time>;

// ---- strings ----

template <class T>
inline constexpr bool is_char_array = false;
template <size_t N>
inline constexpr bool is_char_array<char[N]> = true;

template <class T>
concept StringLike = std::is_same_v<T, std::string_view> || is_specialization<T, std::basic_string> ||
                     std::is_same_v<T, const char*> || std::is_same_v<T, char*> || is_char_array<T>;

// as_string_view() views a StringLike value. A char array is a string
// literal or buffer: it ends at its first NUL. A null char* is "".
template <class T>
std::string_view as_string_view(const T& s) {
  if constexpr (is_char_array<T>) {
    size_t n = 0;
    while (n < std::extent_v<T> && s[n] != '\0') ++n;
    return std::string_view(s, n);
  } else if constexpr (std::is_pointer_v<T>) {
    return s == nullptr ? std::string_view() : std::string_view(s);
  } else {
    return std::string_view(s.data(), s.size());
  }
}

// ---- nil-able wrappers ----

template <class T>
concept Nil = std::is_same_v<T, std::nullptr_t> || std::is_same_v<T, std::monostate>;
template <class T>
concept Optional = is_specialization<T, std::optional>;
template <class T>
concept Variant = is_specialization<T, std::variant>;

// ---- pointers ----

template <class T>
concept FunctionPointer = std::is_pointer_v<T> && std::is_function_v<std::remove_pointer_t<T>>;
template <class T>
concept ObjectPointer = std::is_pointer_v<T> && !FunctionPointer<T> && !StringLike<T>;
template <class T>
concept SmartPointer = is_specialization<T, std::shared_ptr> || is_specialization<T, std::unique_ptr>;
// GoPointer is a reference type of the runtime (goro::Chan) that prints as
// its address, like a Go channel.
template <class T>
concept GoPointer = requires(const T& v) {
  { v.go_pointer() } -> std::convertible_to<const void*>;
};
template <class T>
concept PointerLike = ObjectPointer<T> || SmartPointer<T>;

// pointee_t is what a PointerLike points to.
template <class T>
struct pointee {
  using type = std::remove_cv_t<std::remove_pointer_t<T>>;
};
template <class T>
  requires SmartPointer<T>
struct pointee<T> {
  using type = std::remove_cv_t<typename T::element_type>;
};
template <class T>
using pointee_t = typename pointee<T>::type;

template <class T>
const void* address_of(const T& p) {
  if constexpr (SmartPointer<T>) {
    return static_cast<const void*>(p.get());
  } else {
    return static_cast<const void*>(p);
  }
}

// ---- hooks (found by argument-dependent lookup, see goro/fmt.hpp) ----

// Poison pills: ordinary lookup of the hook names stops here, so a call
// like String(v) is always an ADL call, never a cast to some unrelated
// ::String type that happens to be visible.
void String() = delete;
void goro_fields() = delete;
void goro_format() = delete;

template <class T>
concept HasGoroFormat = requires(Formatter& f, const T& v, char32_t verb) { goro_format(f, v, verb); };
template <class T>
concept HasFields = requires(const T& v) { goro_fields(v).goro_field_list_tag; };
template <class T>
concept HasGoString = requires(const T& v) {
  { v.GoString() } -> std::convertible_to<std::string>;
};
template <class T>
concept HasStringMethod = requires(const T& v) {
  { v.String() } -> std::convertible_to<std::string>;
};
template <class T>
concept HasFreeString = requires(const T& v) {
  { String(v) } -> std::convertible_to<std::string>;
};
template <class T>
concept HasErrorMethod = requires(const T& v) {
  { v.Error() } -> std::convertible_to<std::string>;
};
template <class T>
concept IsException = std::is_base_of_v<std::exception, T>;

// Errorish types print their error message; Stringers print String().
template <class T>
concept Errorish = HasErrorMethod<T> || IsException<T>;
template <class T>
concept Stringer = HasStringMethod<T> || HasFreeString<T> || ChronoDuration<T> || IsTime<T>;
template <class T>
concept HasMethods = HasGoroFormat<T> || HasGoString<T> || Errorish<T> || Stringer<T>;

// ---- composites ----

template <class T>
concept TupleLike = is_specialization<T, std::pair> || is_specialization<T, std::tuple>;
template <class T>
concept Range = requires(const T& v) {
  std::begin(v);
  std::end(v);
};
template <class T>
concept MapLike = Range<T> && requires {
  typename T::key_type;
  typename T::mapped_type;
};
// range_element is a range's element type: value_type where declared, so
// that vector<bool>'s proxy references count as bool.
template <class T>
struct range_element {
  using type = std::remove_cvref_t<decltype(*std::begin(std::declval<const T&>()))>;
};
template <class T>
  requires requires { typename T::value_type; }
struct range_element<T> {
  using type = std::remove_cv_t<typename T::value_type>;
};
template <class T>
using range_value_t = typename range_element<T>::type;
// A ByteRange is Go's []byte: %s %q %x %X print it as a string of bytes.
template <class T>
concept ByteRange = Range<T> && !StringLike<T> && std::is_same_v<range_value_t<T>, unsigned char>;
// Contiguous ranges are slices: %p prints the address of their first element.
template <class T>
concept Contiguous = Range<T> && requires(const T& v) {
  { std::data(v) } -> std::convertible_to<const void*>;
};

// Composite kinds, printed as &{...} when pointed to at the top level.
template <class T>
concept Composite = (HasFields<T> || TupleLike<T> || Range<T>)&&!StringLike<T>;

// Stringer and error types print through their method; these helpers call it.
template <class T>
std::string error_string(const T& v) {
  if constexpr (HasErrorMethod<T>) {
    return std::string(v.Error());
  } else {
    return std::string(v.what());
  }
}

template <class T>
std::string stringer_string(const T& v) {
  if constexpr (HasStringMethod<T>) {
    return std::string(v.String());
  } else if constexpr (HasFreeString<T>) {
    return std::string(String(v));
  } else if constexpr (ChronoDuration<T>) {
    return duration_string(std::chrono::duration_cast<std::chrono::nanoseconds>(v).count());
  } else {
    return time_string(v);
  }
}

}  // namespace detail::fmt
}  // namespace goro
