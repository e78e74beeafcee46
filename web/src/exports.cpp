// SPDX-License-Identifier: MIT
// The C ABI of the swrkit WebAssembly module: swrkit's name and tag checks, image reference parsers, messages,
// suggestions and the wire form, unchanged. No imports, no allocation, no buffers of its own: linear memory from
// heap_base() on belongs to the loader (swrkit.js), which writes each text there, grows the memory when a text
// needs more room, and passes pointers and lengths.
#include <swr/category.hpp>
#include <swr/error.hpp>
#include <swr/error_message.hpp>
#include <swr/escape.hpp>
#include <swr/name_check.hpp>
#include <swr/names.hpp>
#include <swr/reference.hpp>
#include <swr/suggest.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>

extern "C" unsigned char __heap_base;  // the linker's: where the module's own data and stack end

namespace {
// The kinds of text a check takes: 0 namespace, 1 repository, 2 tag (reference.hpp's check_tag).
constexpr int tag_kind = 2;
swr::name_kind kind_of(int kind) { return kind == 0 ? swr::name_kind::namespace_name : swr::name_kind::repository; }

// The error in the high byte, the byte position in the low 24 bits (a check's position is at most the kind's
// maximum length: too_long is reported before anything past it is looked at).
std::uint32_t pack(swr::name_check check) {
  return (static_cast<std::uint32_t>(check.error) << 24) | static_cast<std::uint32_t>(check.position);
}

// The codes that the checks and the parsers report (the name checks' codes, then the registry's and the digest's)
// and the fields of the parsers (reference.hpp): their identifiers and messages are picked while compiling.
// to_string and message(error) called at run time would bring those of every code and field of the library (JSON,
// signing...): 4.5 KB more module, 2 KB more package.
using swr::error_code;
constexpr error_code reported_codes[] = {error_code::none,
                                         error_code::empty,
                                         error_code::too_long,
                                         error_code::invalid_character,
                                         error_code::invalid_start,
                                         error_code::invalid_end,
                                         error_code::adjacent_separators,
                                         error_code::too_many_underscores,
                                         error_code::reserved,
                                         error_code::invalid_host,
                                         error_code::unknown_registry,
                                         error_code::incomplete,
                                         error_code::unsupported_algorithm,
                                         error_code::invalid_length};
constexpr swr::field reported_fields[] = {swr::field::registry,   swr::field::image_path, swr::field::namespace_name,
                                          swr::field::repository, swr::field::tag,        swr::field::digest};
constexpr std::size_t code_count = std::size(reported_codes);
constexpr std::size_t field_count = std::size(reported_fields);

struct text_tables {
  const char* code_names[code_count];
  const char* field_names[field_count];
  const char* messages[field_count][code_count];
};
constexpr text_tables make_text_tables() {
  text_tables tables{};
  for (std::size_t c = 0; c < code_count; ++c) tables.code_names[c] = swr::to_string(reported_codes[c]).data();
  for (std::size_t f = 0; f < field_count; ++f) {
    tables.field_names[f] = swr::to_string(reported_fields[f]).data();
    for (std::size_t c = 0; c < code_count; ++c) {
      tables.messages[f][c] = swr::message(swr::error{reported_codes[c], reported_fields[f]}).data();
    }
  }
  return tables;
}
constexpr text_tables texts = make_text_tables();

// The index of `value` in `list`, or the list's size.
template <class T, std::size_t size>
std::size_t index_of(const T (&list)[size], std::uint32_t value) {
  std::size_t i = 0;
  while (i < size && static_cast<std::uint32_t>(list[i]) != value) ++i;
  return i;
}

// A parser's problem, for the loader: the code returned, the field and the byte in out[0] and out[1].
std::uint32_t problem(const swr::error& e, std::uint32_t* out) {
  out[0] = static_cast<std::uint32_t>(e.field);
  out[1] = static_cast<std::uint32_t>(e.position);
  return static_cast<std::uint32_t>(e.code);
}

// A parsed reference, for the loader: each part's address and length in `out` (views into the text, or into the
// module's region table), and no error.
std::uint32_t parts(std::initializer_list<std::string_view> views, std::uint32_t* out) {
  for (const std::string_view part : views) {
    *out++ = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(part.data()));
    *out++ = static_cast<std::uint32_t>(part.size());
  }
  return 0;
}
}  // namespace

extern "C" {
__attribute__((export_name("heap_base"))) std::uintptr_t swr_heap_base() {
  return reinterpret_cast<std::uintptr_t>(&__heap_base);
}

/// The maximum length of a text of a kind: namespace (64), repository (128), tag (128).
__attribute__((export_name("max_length"))) std::uint32_t swr_max_length(int kind) {
  return static_cast<std::uint32_t>(kind == tag_kind ? swr::tag_max_length : swr::max_length(kind_of(kind)));
}

/// prefix: 0 complete, 1 as-you-type; the `length` bytes at `text`.
__attribute__((export_name("check"))) std::uint32_t swr_check(int kind, int prefix, const char* text,
                                                              std::uint32_t length) {
  const std::string_view name(text, length);
  if (kind == tag_kind) return pack(prefix != 0 ? swr::check_tag_prefix(name) : swr::check_tag(name));
  return pack(prefix != 0 ? swr::check_name_prefix(kind_of(kind), name) : swr::check_name(kind_of(kind), name));
}

/// A check's NUL-terminated message, in static storage.
__attribute__((export_name("message"))) const char* swr_message(std::uint32_t error, int kind) {
  const auto e = static_cast<swr::name_error>(error);
  return (kind == tag_kind ? swr::tag_message(e) : swr::message(e, kind_of(kind))).data();
}
/// The number of name_error values (none .. reserved): the codes a check gives.
__attribute__((export_name("error_count"))) std::uint32_t swr_error_count() {
  return static_cast<std::uint32_t>(swr::name_error::reserved) + 1;
}
/// The identifier of an error code that a check or a parser reports, "" for another (the first error_count() are the
/// name_errors': the same values and names). NUL-terminated, in static storage, as the two below.
__attribute__((export_name("error_name"))) const char* swr_error_name(std::uint32_t code) {
  const std::size_t c = index_of(reported_codes, code);
  return c < code_count ? texts.code_names[c] : "";
}
/// The identifier of a field that a parser reports, "" for another.
__attribute__((export_name("field_name"))) const char* swr_field_name(std::uint32_t field) {
  const std::size_t f = index_of(reported_fields, field);
  return f < field_count ? texts.field_names[f] : "";
}
/// The message of a parser's error (error_message.hpp), "" for a field or a code that no parser reports.
__attribute__((export_name("error_message"))) const char* swr_error_message(std::uint32_t code, std::uint32_t field) {
  const std::size_t c = index_of(reported_codes, code);
  const std::size_t f = index_of(reported_fields, field);
  return c < code_count && f < field_count ? texts.messages[f][c] : "";
}

/// Parses the `length` bytes at `text` with parse_image_reference (swr 0) or parse_swr_image_reference (swr 1).
/// Returns the error code, 0 when there is none. On failure writes the field and the byte to out[0] and out[1];
/// on success each part's address and length to `out`: registry, path, tag and digest, or registry, region,
/// namespace, repository, tag and digest (room for 12 words).
__attribute__((export_name("parse_reference"))) std::uint32_t swr_parse_reference(int swr, const char* text,
                                                                                  std::uint32_t length,
                                                                                  std::uint32_t* out) {
  const std::string_view in(text, length);
  if (swr == 0) {
    const auto parsed = swr::parse_image_reference(in);
    if (!parsed) return problem(parsed.error(), out);
    return parts({parsed->registry, parsed->path, parsed->tag, parsed->digest}, out);
  }
  const auto parsed = swr::parse_swr_image_reference(in);
  if (!parsed) return problem(parsed.error(), out);
  return parts(
      {parsed->registry, parsed->region, parsed->namespace_name, parsed->repository, parsed->tag, parsed->digest}, out);
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
