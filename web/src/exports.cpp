// SPDX-License-Identifier: MIT
// The C ABI of the swrkit WebAssembly module: swrkit's name checks, messages, suggestions and the wire form,
// unchanged. No imports, no allocation, no buffers of its own: linear memory from heap_base() on belongs to the
// loader (swrkit.js), which writes each text there, grows the memory when a text needs more room, and passes
// pointers and lengths.
#include <swr/category.hpp>
#include <swr/escape.hpp>
#include <swr/name_check.hpp>
#include <swr/names.hpp>
#include <swr/suggest.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" unsigned char __heap_base;  // the linker's: where the module's own data and stack end

namespace {
swr::name_kind kind_of(int kind) { return kind == 0 ? swr::name_kind::namespace_name : swr::name_kind::repository; }

// The error in the high byte, the byte position in the low 24 bits (a check's position is at most the kind's
// maximum length: too_long is reported before anything past it is looked at).
std::uint32_t pack(swr::name_check check) {
  return (static_cast<std::uint32_t>(check.error) << 24) | static_cast<std::uint32_t>(check.position);
}
}  // namespace

extern "C" {
__attribute__((export_name("heap_base"))) std::uintptr_t swr_heap_base() {
  return reinterpret_cast<std::uintptr_t>(&__heap_base);
}

/// The maximum length of a name: kind 0 namespace (64), 1 repository (128).
__attribute__((export_name("max_length"))) std::uint32_t swr_max_length(int kind) {
  return static_cast<std::uint32_t>(swr::max_length(kind_of(kind)));
}

/// prefix: 0 full name, 1 as-you-type; the `length` bytes at `text`.
__attribute__((export_name("check"))) std::uint32_t swr_check(int kind, int prefix, const char* text,
                                                              std::uint32_t length) {
  const std::string_view name(text, length);
  return pack(prefix != 0 ? swr::check_name_prefix(kind_of(kind), name) : swr::check_name(kind_of(kind), name));
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

/// Writes the suggestion for the `length` bytes at `text` to `out` (room for max_length(kind) bytes); returns its
/// length.
__attribute__((export_name("suggest"))) std::uint32_t swr_suggest(int kind, const char* text, std::uint32_t length,
                                                                  char* out) {
  return static_cast<std::uint32_t>(
      swr::suggest_name(kind_of(kind), std::string_view(text, length), out, swr::max_length(kind_of(kind))));
}

/// Writes the wire form ('/' -> '$', escape 1) or the logical form (escape 0) of the `length` bytes at `text` to
/// `out` (room for `length` bytes, not overlapping them); returns its length, always `length`.
__attribute__((export_name("escape"))) std::uint32_t swr_escape(int escape, const char* text, std::uint32_t length,
                                                                char* out) {
  const std::string_view in(text, length);
  return static_cast<std::uint32_t>(escape != 0 ? swr::escape_repository(in, out, length)
                                                : swr::unescape_repository(in, out, length));
}

__attribute__((export_name("category_count"))) std::uint32_t swr_category_count() { return swr::category_count; }
__attribute__((export_name("category_name"))) const char* swr_category_name(std::uint32_t i) {
  return i < swr::category_count ? swr::to_string(swr::all_categories[i]).data() : "";
}
}
