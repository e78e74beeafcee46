// SPDX-License-Identifier: MIT
// swrkit — texts built at compile time from the constants and tables they mention (a length limit, the
// category list), so that each fact is written once: a message cannot drift from the value it states.
#ifndef SWR_STATIC_TEXT_HPP
#define SWR_STATIC_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "swr/config.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Where a text writer puts its characters: nowhere (data == nullptr) to measure the text, then the array.
struct text_sink {
  char* data = nullptr;
  std::size_t size = 0;

  constexpr void put(char c) noexcept {
    if (data != nullptr) data[size] = c;
    ++size;
  }
  constexpr void put(std::string_view part) noexcept {
    for (const char c : part) put(c);
  }
  // `value` in decimal; with a `group` separator, every three digits from the right ("30,000").
  constexpr void put_number(std::size_t value, char group = '\0') noexcept {
    std::size_t digits = 1;
    for (std::size_t rest = value / 10; rest != 0; rest /= 10) ++digits;
    for (std::size_t i = digits; i > 0; --i) {
      std::size_t d = value;
      for (std::size_t j = 1; j < i; ++j) d /= 10;
      put(static_cast<char>('0' + d % 10));
      if (group != '\0' && i > 1 && (i - 1) % 3 == 0) put(group);
    }
  }
};

// A function that writes one text into a sink; the same function measures it and fills it.
using text_writer = void (*)(text_sink&) noexcept;

template <text_writer Write>
constexpr std::size_t static_text_size() noexcept {
  text_sink sink{};
  Write(sink);
  return sink.size;
}

// The text and a terminating NUL, like a string literal: the views that swrkit's messages give are
// NUL-terminated (data()[size()] == '\0').
template <text_writer Write>
struct static_text {
  char data[static_text_size<Write>() + 1];
  constexpr std::string_view view() const noexcept { return {data, sizeof data - 1}; }
};

template <text_writer Write>
constexpr static_text<Write> make_static_text() noexcept {
  static_text<Write> text{};
  text_sink sink{text.data};
  Write(sink);
  return text;  // data[size] is the NUL, already 0 from text{}
}

/// The text that `Write` writes, in static storage.
template <text_writer Write>
inline constexpr static_text<Write> static_text_v = make_static_text<Write>();

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_STATIC_TEXT_HPP
