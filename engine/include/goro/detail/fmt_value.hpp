// print_arg/print_value: formatting one operand by its kind, the template
// half of Go's fmt/print.go (printArg, handleMethods, printValue).
//
// Go decides by reflection at run time; here `if constexpr` decides by C++
// type at compile time, in the same order: %T and %p first, then hooks
// (goro_format, GoString, Error, String), then the kind's own rules.
// Changes to the kinds must also be made in fmt_type_name.hpp.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "goro/detail/fmt_fields.hpp"
#include "goro/detail/fmt_formatter.hpp"
#include "goro/detail/fmt_traits.hpp"
#include "goro/detail/fmt_type_name.hpp"

namespace goro::detail::fmt {

template <class T>
void print_value(Formatter& f, const T& v, char32_t verb, int depth);

// bad_verb() writes "%!verb(type=value)", the value printed with %v.
template <class T>
void bad_verb(Formatter& f, const T& v, char32_t verb) {
  f.bad_verb_begin(verb, type_name_of(v));
  print_value(f, v, 'v', 0);
  f.bad_verb_end();
}

// ---- hooks: Go's handleMethods ----

// call_method() runs a hook; an exception escaping it is reported inline as
// Go reports a panicking String method, "%!v(PANIC=String method: msg)".
// Only std::exception is caught: anything else may be the runtime unwinding
// a goroutine, which fmt must not swallow.
template <class Fn>
bool call_method(Formatter& f, char32_t verb, std::string_view method, Fn&& fn) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  try {
    fn();
  } catch (const std::exception& e) {
    if (f.panicking) throw;  // the report itself failed; give up as Go does
    f.panicking = true;
    f.write_panic(verb, method, e.what());
    f.panicking = false;
  }
#else
  (void)f, (void)verb, (void)method;
  fn();
#endif
  return true;
}

constexpr bool stringish_verb(char32_t verb) {
  return verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
}

// method_applies<T>() tells whether handle_methods would use a hook of T for verb.
template <class T>
bool method_applies(const Formatter& f, char32_t verb) {
  if constexpr (HasGoroFormat<T>) return true;
  if (f.flags.sharp_v) return HasGoString<T>;
  return (Errorish<T> || Stringer<T>)&&stringish_verb(verb);
}

// handle_methods() formats v through its hook if one applies to verb, and
// reports whether it did.
template <class T>
bool handle_methods(Formatter& f, const T& v, char32_t verb) {
  if (f.erroring) return false;
  if constexpr (PointerLike<T>) {
    // A pointer has its pointee's methods (Go's method sets). Calling one
    // through nil panics in Go, which fmt reports as "<nil>".
    using P = pointee_t<T>;
    if constexpr (!std::is_void_v<P> && HasMethods<P>) {
      if (!method_applies<P>(f, verb)) return false;
      if (address_of(v) == nullptr) {
        f.write("<nil>");
        return true;
      }
      return handle_methods(f, *v, verb);
    }
    return false;
  } else if constexpr (HasGoroFormat<T>) {
    const char32_t saved = f.current_verb;
    f.current_verb = verb;
    call_method(f, verb, "Format", [&] { goro_format(f, v, verb); });
    f.current_verb = saved;
    return true;
  } else {
    if (f.flags.sharp_v) {
      if constexpr (HasGoString<T>) {
        return call_method(f, verb, "GoString", [&] { f.fmt_s(std::string(v.GoString())); });
      }
      return false;
    }
    if (!stringish_verb(verb)) return false;
    if constexpr (Errorish<T>) {
      return call_method(f, verb, "Error", [&] { f.print_string(error_string(v), verb); });
    } else if constexpr (Stringer<T>) {
      return call_method(f, verb, "String", [&] { f.print_string(stringer_string(v), verb); });
    }
    return false;
  }
}

// ---- composites ----

// print_struct() prints {a b}, {A:a B:b} (%+v) or main.T{A:a, B:b} (%#v).
template <class Values>
void print_struct(Formatter& f, const std::string_view* names, const Values& values, std::string_view type,
                  char32_t verb, int depth) {
  if (f.flags.sharp_v) f.write(type);
  f.write('{');
  size_t i = 0;
  std::apply(
      [&](const auto&... field) {
        [[maybe_unused]] auto one = [&](const auto& x) {
          if (i > 0) f.write(f.flags.sharp_v ? ", " : " ");
          if ((f.flags.plus_v || f.flags.sharp_v) && names != nullptr && !names[i].empty()) {
            f.write(names[i]);
            f.write(':');
          }
          print_value(f, x, verb, depth + 1);
          ++i;
        };
        (one(field), ...);
      },
      values);
  f.write('}');
}

// go_less() orders map keys as Go's internal/fmtsort does for the key kinds
// C++ maps use: numbers numerically (NaN first), strings bytewise, false
// before true, pointers by address, pairs, tuples and goro_fields structs
// field by field. Keys of other types keep the container's order.
template <class K>
bool go_less(const K& a, const K& b);

template <class T>
struct tuple_sortable;

// go_sortable<K>() reports whether go_less can order keys of type K.
template <class K>
constexpr bool go_sortable() {
  using U = std::remove_cvref_t<K>;
  if constexpr (std::is_arithmetic_v<U> || Enum<U> || StringLike<U> || std::is_pointer_v<U> ||
                SmartPointer<U> || ChronoDuration<U>) {
    return true;
  } else if constexpr (TupleLike<U>) {
    return tuple_sortable<U>::value;
  } else if constexpr (HasFields<U>) {
    return go_sortable<decltype(goro_fields(std::declval<const U&>()).values)>();
  } else {
    return false;
  }
}

template <template <class...> class Tuple, class... A>
struct tuple_sortable<Tuple<A...>> {
  static constexpr bool value = (go_sortable<A>() && ...);
};

// tuple_less() compares two tuples element by element with go_less.
template <class Tuple>
bool tuple_less(const Tuple& a, const Tuple& b) {
  return std::apply(
      [&](const auto&... x) {
        return std::apply(
            [&](const auto&... y) {
              int order = 0;  // -1 a < b, 1 a > b, 0 equal so far
              auto step = [&](const auto& p, const auto& q) {
                if (order != 0) return;
                if (go_less(p, q)) order = -1;
                else if (go_less(q, p)) order = 1;
              };
              (step(x, y), ...);
              return order < 0;
            },
            b);
      },
      a);
}

template <class K>
bool go_less(const K& a, const K& b) {
  if constexpr (std::is_floating_point_v<K>) {
    if (std::isnan(a)) return !std::isnan(b);
    return a < b;
  } else if constexpr (StringLike<K>) {
    return as_string_view(a) < as_string_view(b);
  } else if constexpr (TupleLike<K>) {
    return tuple_less(a, b);
  } else if constexpr (HasFields<K>) {
    return tuple_less(goro_fields(a).values, goro_fields(b).values);
  } else if constexpr (SmartPointer<K>) {
    return std::less<const void*>{}(address_of(a), address_of(b));
  } else if constexpr (std::is_pointer_v<K>) {
    return std::less<K>{}(a, b);
  } else {
    return a < b;
  }
}

// print_map() prints map[k:v k:v] with keys in Go's sorted order.
template <class M>
void print_map(Formatter& f, const M& m, char32_t verb, int depth) {
  using K = typename M::key_type;
  using Entry = std::remove_cvref_t<decltype(*std::begin(m))>;
  std::vector<const Entry*> entries;
  for (const auto& e : m) entries.push_back(&e);
  if constexpr (go_sortable<K>()) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry* a, const Entry* b) { return go_less<K>(a->first, b->first); });
  }
  if (f.flags.sharp_v) {
    f.write(go_type_name<M>());
    f.write('{');
  } else {
    f.write("map[");
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) f.write(f.flags.sharp_v ? ", " : " ");
    print_value(f, entries[i]->first, verb, depth + 1);
    f.write(':');
    print_value(f, entries[i]->second, verb, depth + 1);
  }
  f.write(f.flags.sharp_v ? '}' : ']');
}

// print_slice() prints [a b c], or []T{a, b, c} under %#v.
template <class R>
void print_slice(Formatter& f, const R& r, char32_t verb, int depth) {
  if constexpr (ByteRange<R>) {
    if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
      std::string bytes(std::begin(r), std::end(r));
      f.print_bytes(bytes, verb);
      return;
    }
  }
  const bool sharp_v = f.flags.sharp_v;
  if (sharp_v) {
    // Go names an operand of static type []byte "[]byte", elsewhere "[]uint8".
    constexpr bool byte_slice = ByteRange<R> && !is_std_array<R> && !std::is_array_v<R>;
    f.write(byte_slice && depth == 0 ? std::string("[]byte") : go_type_name<R>());
  }
  f.write(sharp_v ? '{' : '[');
  bool first = true;
  for (const auto& e : r) {
    if (!first) f.write(sharp_v ? ", " : " ");
    first = false;
    print_value(f, static_cast<const range_value_t<R>&>(e), verb, depth + 1);
  }
  f.write(sharp_v ? '}' : ']');
}

// ---- scalars ----

// print_integer_kind() prints v, whose integer value is raw.
template <class T, class I>
void print_integer_kind(Formatter& f, const T& v, I raw, char32_t verb) {
  if constexpr (std::is_signed_v<I>) {
    if (!f.print_integer(static_cast<uint64_t>(static_cast<int64_t>(raw)), true, verb)) bad_verb(f, v, verb);
  } else {
    if (!f.print_integer(static_cast<uint64_t>(raw), false, verb)) bad_verb(f, v, verb);
  }
}

// print_char() prints a C++ char: a one-byte string for %v %s %q %x %X, and
// a byte (uint8) for the integer verbs %c %d %b %o %O %U.
inline void print_char(Formatter& f, char c, char32_t verb) {
  if (f.print_string(std::string_view(&c, 1), verb)) return;
  const auto byte = static_cast<unsigned char>(c);
  if (verb != 'q' && f.print_integer(byte, false, verb)) return;
  bad_verb(f, c, verb);
}

template <class T>
void print_pointer_kind(Formatter& f, const T& v, const void* p, char32_t verb, int depth) {
  if constexpr (PointerLike<T>) {
    using P = pointee_t<T>;
    // A pointer to a composite prints as &{...} at the top level only, which
    // also keeps self-referencing structures from recursing forever.
    if constexpr (!std::is_void_v<P> && Composite<P>) {
      if (depth == 0 && p != nullptr) {
        f.write('&');
        print_value(f, *v, verb, depth + 1);
        return;
      }
    }
  }
  const std::string type = f.flags.sharp_v ? go_type_name<T>() : std::string();
  if (!f.print_pointer(reinterpret_cast<uintptr_t>(p), verb, type)) bad_verb(f, v, verb);
}

// print_kind() formats v by its kind alone, hooks already declined.
template <class T>
void print_kind(Formatter& f, const T& v, char32_t verb, int depth) {
  if constexpr (Nil<T>) {
    // A nil operand is Go's nil interface: reported under a bad verb at the
    // top level, but a nil element of a slice or struct is just <nil>.
    if (depth == 0) {
      f.print_nil(verb);
    } else {
      f.write(f.flags.sharp_v ? "interface {}(nil)" : "<nil>");
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!f.print_bool(v, verb)) bad_verb(f, v, verb);
  } else if constexpr (CharByte<T>) {
    print_char(f, v, verb);
  } else if constexpr (RuneChar<T>) {
    print_integer_kind(f, v, static_cast<int32_t>(v), verb);
  } else if constexpr (Integer<T>) {
    print_integer_kind(f, v, v, verb);
  } else if constexpr (Enum<T>) {
    print_integer_kind(f, v, static_cast<std::underlying_type_t<T>>(v), verb);
  } else if constexpr (Floating<T>) {
    if (!f.print_float(static_cast<double>(v), sizeof(T) == 4 ? 32 : 64, verb)) bad_verb(f, v, verb);
  } else if constexpr (Complex<T>) {
    const int size = sizeof(typename T::value_type) == 4 ? 64 : 128;
    if (!f.print_complex(static_cast<double>(v.real()), static_cast<double>(v.imag()), size, verb)) {
      bad_verb(f, v, verb);
    }
  } else if constexpr (StringLike<T>) {
    if (!f.print_string(as_string_view(v), verb)) bad_verb(f, v, verb);
  } else if constexpr (ChronoDuration<T>) {
    // Underneath its String method a Duration is an int64 of nanoseconds.
    const int64_t ns = std::chrono::duration_cast<std::chrono::nanoseconds>(v).count();
    if (!f.print_integer(static_cast<uint64_t>(ns), true, verb)) bad_verb(f, v, verb);
  } else if constexpr (Optional<T> || Variant<T>) {
    // Like a Go interface: an operand is unwrapped in place, a nested one
    // is one level deeper.
    const int inner = depth == 0 ? 0 : depth + 1;
    if constexpr (Optional<T>) {
      if (v) {
        print_value(f, *v, verb, inner);
      } else {
        print_kind(f, nullptr, verb, inner);
      }
    } else {
      std::visit([&](const auto& x) { print_value(f, x, verb, inner); }, v);
    }
  } else if constexpr (PointerLike<T>) {
    print_pointer_kind(f, v, address_of(v), verb, depth);
  } else if constexpr (FunctionPointer<T>) {
    print_pointer_kind(f, v, reinterpret_cast<const void*>(v), verb, depth);
  } else if constexpr (GoPointer<T>) {
    print_pointer_kind(f, v, v.go_pointer(), verb, depth);
  } else if constexpr (HasFields<T>) {
    const auto list = goro_fields(v);
    print_struct(f, list.names.data(), list.values, go_type_name<T>(), verb, depth);
  } else if constexpr (TupleLike<T>) {
    print_struct(f, nullptr, v, go_type_name<T>(), verb, depth);
  } else if constexpr (MapLike<T>) {
    print_map(f, v, verb, depth);
  } else if constexpr (Range<T>) {
    print_slice(f, v, verb, depth);
  } else if constexpr (Errorish<T> || Stringer<T>) {
    // Only the method's text is known; verbs it declined are bad verbs.
    if (verb != 'v') return bad_verb(f, v, verb);
    if constexpr (Errorish<T>) {
      f.fmt_s(error_string(v));
    } else {
      f.fmt_s(stringer_string(v));
    }
  } else if constexpr (HasGoroFormat<T>) {
    // Reached only while reporting a bad verb of a goro_format type.
    f.write('?');
    f.write(go_type_name<T>());
    f.write('?');
  } else {
    static_assert(dependent_false<T>,
                  "goro fmt cannot print this type: give it a String() member, "
                  "goro_fields() or goro_format() (see goro/fmt.hpp)");
  }
}

template <class T>
void print_value(Formatter& f, const T& v, char32_t verb, int depth) {
  if (handle_methods(f, v, verb)) return;
  print_kind(f, v, verb, depth);
}

// print_address_verb() is %p: the address of a pointer, slice or map.
template <class T>
void print_address_verb(Formatter& f, const T& v) {
  if constexpr (PointerLike<T>) {
    f.print_pointer(reinterpret_cast<uintptr_t>(address_of(v)), 'p', {});
  } else if constexpr (FunctionPointer<T>) {
    f.print_pointer(reinterpret_cast<uintptr_t>(v), 'p', {});
  } else if constexpr (GoPointer<T>) {
    f.print_pointer(reinterpret_cast<uintptr_t>(v.go_pointer()), 'p', {});
  } else if constexpr (MapLike<T>) {
    f.print_pointer(reinterpret_cast<uintptr_t>(&v), 'p', {});
  } else if constexpr (Contiguous<T> && !StringLike<T> && !is_std_array<T> && !std::is_array_v<T>) {
    f.print_pointer(reinterpret_cast<uintptr_t>(std::data(v)), 'p', {});
  } else {
    bad_verb(f, v, 'p');
  }
}

// print_arg() formats one top-level operand: Go's printArg.
template <class T>
void print_arg(Formatter& f, const T& v, char32_t verb) {
  if constexpr (Nil<T>) {
    f.print_nil(verb);
    return;
  }
  if (verb == 'T') {
    f.fmt_s(type_name_of(v));
  } else if (verb == 'p') {
    print_address_verb(f, v);
  } else {
    print_value(f, v, verb, 0);
  }
}

}  // namespace goro::detail::fmt
