// SPDX-License-Identifier: MIT
// swrkit — the wire form of repository names: every '/' becomes '$' (docs/names.md, "Wire form").
// SWR asks for it in URL paths and in the create-repository body. Since '$' is never valid in a logical
// name, escaping is a bijection on valid names. These functions only map bytes; they do not validate.
#ifndef SWR_ESCAPE_HPP
#define SWR_ESCAPE_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "swr/config.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

namespace detail {
// Copies `in` with every `from` replaced by `to`; all or nothing, so never a half-written name.
constexpr std::size_t replace_byte(std::string_view in, char from, char to, char* out, std::size_t capacity) noexcept {
  if (capacity < in.size()) return in.size();
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = in[i] == from ? to : in[i];
  return in.size();
}
}  // namespace detail

/// Writes the wire form of `name` into `out` and returns its size (always `name.size()`).
/// When `capacity` is smaller than that, writes nothing and still returns the size needed.
[[nodiscard]] constexpr std::size_t escape_repository(std::string_view name, char* out, std::size_t capacity) noexcept {
  return detail::replace_byte(name, '/', '$', out, capacity);
}

/// Writes the logical form of a wire name (`$` → `/`) into `out`; same contract as the escaping form.
[[nodiscard]] constexpr std::size_t unescape_repository(std::string_view wire, char* out,
                                                        std::size_t capacity) noexcept {
  return detail::replace_byte(wire, '$', '/', out, capacity);
}

/// The wire form of a logical repository name: `team/app` → `team$app`.
[[nodiscard]] SWR_CONSTEXPR_STRING std::string escape_repository(std::string_view name) {
  std::string out(name.size(), '\0');
  static_cast<void>(escape_repository(name, out.data(), out.size()));  // the same size: nothing to check
  return out;
}

/// The logical form of a wire repository name: `team$app` → `team/app`.
[[nodiscard]] SWR_CONSTEXPR_STRING std::string unescape_repository(std::string_view wire) {
  std::string out(wire.size(), '\0');
  static_cast<void>(unescape_repository(wire, out.data(), out.size()));  // the same size: nothing to check
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ESCAPE_HPP
