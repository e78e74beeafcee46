// SPDX-License-Identifier: MIT
// swrkit — the repository `category` of the create-repository body (docs/api.md).
#ifndef SWR_CATEGORY_HPP
#define SWR_CATEGORY_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "swr/config.hpp"
#include "swr/static_text.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The repository type. Enumerator names are the wire strings, except `linux_`: under the GNU dialects
/// (`-std=gnu++17`, CMake's default) `linux` and `unix` are predefined macros expanding to 1, so an
/// enumerator spelled `linux` would not compile there. The wire string stays "linux".
enum class category : unsigned char {
  app_server,
  linux_,
  framework_app,
  database,
  lang,
  other,
  windows,
  arm,
};

inline constexpr std::size_t category_count = 8;

/// Every category, in the order of the API documentation.
inline constexpr category all_categories[category_count] = {
    category::app_server, category::linux_, category::framework_app, category::database,
    category::lang,       category::other,  category::windows,       category::arm,
};

/// The wire string, e.g. "framework_app"; "" for a value outside the enum. A view of a string literal, so
/// NUL-terminated (data()[size()] == '\0') for every value: data() can go to a C API as is.
[[nodiscard]] constexpr std::string_view to_string(category value) noexcept {
  switch (value) {
    case category::app_server: return "app_server";
    case category::linux_: return "linux";
    case category::framework_app: return "framework_app";
    case category::database: return "database";
    case category::lang: return "lang";
    case category::other: return "other";
    case category::windows: return "windows";
    case category::arm: return "arm";
  }
  return "";
}

/// Reads a wire string: exact and case-sensitive. "arms" is accepted as `arm`, because Huawei's Go SDK
/// sends it; `to_string` always gives "arm".
[[nodiscard]] constexpr std::optional<category> parse_category(std::string_view text) noexcept {
  // The names differ in length, but for lang and arms, linux and other: the length, and there the first letter,
  // picks the one name the text can be, which is then compared whole (category_test holds every name, and every
  // near miss, to it). Each comparison is with a constant of known size, which compilers make a few loads
  // rather than a call: this runs for every body a server reads.
  const auto only = [text](category candidate) noexcept -> std::optional<category> {
    if (text == to_string(candidate)) return candidate;
    return std::nullopt;
  };
  switch (text.size()) {
    case 3: return only(category::arm);
    case 4:
      if (text[0] == 'l') return only(category::lang);
      if (text == std::string_view("arms")) return category::arm;
      return std::nullopt;
    case 5: return only(text[0] == 'l' ? category::linux_ : category::other);
    case 7: return only(category::windows);
    case 8: return only(category::database);
    case 10: return only(category::app_server);
    case 13: return only(category::framework_app);
    default: return std::nullopt;
  }
}

namespace detail {
// Every wire string, from all_categories and to_string, for the texts that list them (error_message.hpp's
// unknown_category message, swr-check's help): "app_server, linux, …, windows<last_separator>arm".
constexpr void put_categories(text_sink& sink, std::string_view last_separator) noexcept {
  for (std::size_t i = 0; i < category_count; ++i) {
    if (i > 0) sink.put(i + 1 == category_count ? last_separator : std::string_view(", "));
    sink.put(to_string(all_categories[i]));
  }
}
// "The category must be one of app_server, linux, framework_app, database, lang, other, windows, arm."
constexpr void write_unknown_category(text_sink& sink) noexcept {
  sink.put("The category must be one of ");
  put_categories(sink, ", ");
  sink.put(".");
}
}  // namespace detail

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_CATEGORY_HPP
