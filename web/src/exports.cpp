// SPDX-License-Identifier: MIT
// The C ABI of the swrkit WebAssembly module: swrkit's name checks, messages, suggestions and the wire form,
// unchanged, over one input and one output buffer in linear memory. No imports, no allocation.
#include <swr/category.hpp>
#include <swr/escape.hpp>
#include <swr/name_check.hpp>
#include <swr/names.hpp>
#include <swr/suggest.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {
constexpr std::size_t buffer_size = 64 * 1024;
char input[buffer_size];
char output[buffer_size];

swr::name_kind kind_of(int kind) { return kind == 0 ? swr::name_kind::namespace_name : swr::name_kind::repository; }

// The error in the high byte, the byte position in the low 24 bits.
std::uint32_t pack(swr::name_check check) {
  return (static_cast<std::uint32_t>(check.error) << 24) | static_cast<std::uint32_t>(check.position & 0xFFFFFF);
}
}  // namespace

extern "C" {
__attribute__((export_name("input"))) char* swr_input() { return input; }
__attribute__((export_name("output"))) char* swr_output() { return output; }
__attribute__((export_name("buffer_size"))) std::uint32_t swr_buffer_size() { return buffer_size; }

/// kind: 0 namespace, 1 repository; prefix: 0 full name, 1 as-you-type; `length` bytes of input.
__attribute__((export_name("check"))) std::uint32_t swr_check(int kind, int prefix, std::uint32_t length) {
  const std::string_view text(input, length);
  return pack(prefix != 0 ? swr::check_name_prefix(kind_of(kind), text) : swr::check_name(kind_of(kind), text));
}

/// A NUL-terminated message in static storage.
__attribute__((export_name("message"))) const char* swr_message(std::uint32_t error, int kind) {
  return swr::message(static_cast<swr::name_error>(error), kind_of(kind)).data();
}
/// The number of name_error values (none .. reserved).
__attribute__((export_name("error_count"))) std::uint32_t swr_error_count() {
  return static_cast<std::uint32_t>(swr::name_error::reserved) + 1;
}
__attribute__((export_name("error_name"))) const char* swr_error_name(std::uint32_t error) {
  return swr::to_string(static_cast<swr::name_error>(error)).data();
}

/// Writes the suggestion into output; returns its length.
__attribute__((export_name("suggest"))) std::uint32_t swr_suggest(int kind, std::uint32_t length) {
  return static_cast<std::uint32_t>(
      swr::suggest_name(kind_of(kind), std::string_view(input, length), output, buffer_size));
}

/// The wire form ('/' -> '$', escape 1) or back (escape 0) of `length` bytes of input, into output.
__attribute__((export_name("escape"))) std::uint32_t swr_escape(int escape, std::uint32_t length) {
  const std::string_view text(input, length);
  return static_cast<std::uint32_t>(escape != 0 ? swr::escape_repository(text, output, buffer_size)
                                                : swr::unescape_repository(text, output, buffer_size));
}

__attribute__((export_name("category_count"))) std::uint32_t swr_category_count() { return swr::category_count; }
__attribute__((export_name("category_name"))) const char* swr_category_name(std::uint32_t i) {
  return i < swr::category_count ? swr::to_string(swr::all_categories[i]).data() : "";
}
}
