// Go names for C++ class types, from the compiler's __PRETTY_FUNCTION__
// text (see goro/detail/fmt_type_name.hpp).
#include <string>
#include <string_view>

#include "goro/detail/fmt_type_name.hpp"

namespace goro::detail::fmt {

namespace {

// spelled_type() extracts T's spelling from pretty_name<T>()'s text:
// GCC writes "... [with T = ns::Point; ...]", Clang "... [T = ns::Point]".
std::string_view spelled_type(std::string_view pretty) {
  const size_t at = pretty.find("T = ");
  if (at == std::string_view::npos) return "?";
  const size_t start = at + 4;
  size_t depth = 0;
  size_t end = start;
  for (; end < pretty.size(); ++end) {
    const char c = pretty[end];
    if (c == '<' || c == '(') ++depth;
    if (c == '>' || c == ')') --depth;
    if (depth == 0 && (c == ';' || c == ']')) break;
  }
  return pretty.substr(start, end - start);
}

// unqualified() drops namespace and enclosing-scope qualifiers outside
// template arguments: "ns::Outer::Point<ns::X>" -> "Point<ns::X>".
std::string_view unqualified(std::string_view name) {
  size_t depth = 0;
  size_t start = 0;
  for (size_t i = 0; i + 1 < name.size(); ++i) {
    const char c = name[i];
    if (c == '<' || c == '(') ++depth;
    if (c == '>' || c == ')') --depth;
    if (depth == 0 && c == ':' && name[i + 1] == ':') start = i + 2;
  }
  return name.substr(start);
}

}  // namespace

std::string class_type_name(std::string_view pretty) {
  std::string_view name = spelled_type(pretty);
  for (std::string_view tag : {"struct ", "class ", "enum "}) {
    if (name.substr(0, tag.size()) == tag) name.remove_prefix(tag.size());
  }
  return "main." + std::string(unqualified(name));
}

bool is_std_name(std::string_view pretty) {
  const std::string_view name = spelled_type(pretty);
  return name.substr(0, 5) == "std::";
}

}  // namespace goro::detail::fmt
