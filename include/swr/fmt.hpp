// swrkit — {fmt} formatters for swrkit's types. The only header of the core that includes fmt:
// include it where you format, not everywhere.
//
//   fmt::format("{}", swr::name_error::reserved)          -> "reserved"
//   fmt::format("{}", swr::check_namespace("org-"))       -> "invalid_end at byte 3"
//   fmt::format("{:>8}", swr::category::linux_)           -> "   linux"
//
// Enums take the format specs of a string. The `format` members are const, as fmt 10 and later require.
#ifndef SWR_FMT_HPP
#define SWR_FMT_HPP

#include <fmt/format.h>

#include "swr/category.hpp"
#include "swr/name_check.hpp"

namespace swr::detail {
/// Formats a value through its `to_string`, honouring string format specs (width, fill, alignment).
template <class Enum>
struct to_string_formatter : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(Enum value, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string_view text = to_string(value);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
  }
};
}  // namespace swr::detail

template <>
struct fmt::formatter<swr::name_error> : swr::detail::to_string_formatter<swr::name_error> {};
template <>
struct fmt::formatter<swr::name_kind> : swr::detail::to_string_formatter<swr::name_kind> {};
template <>
struct fmt::formatter<swr::category> : swr::detail::to_string_formatter<swr::category> {};

/// "ok", or "<error> at byte <position>".
template <>
struct fmt::formatter<swr::name_check> : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(const swr::name_check& check, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::basic_memory_buffer<char, 64> text;
    if (check.ok()) {
      fmt::format_to(std::back_inserter(text), "ok");
    } else {
      fmt::format_to(std::back_inserter(text), "{} at byte {}", check.error, check.position);
    }
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
  }
};

#endif  // SWR_FMT_HPP
