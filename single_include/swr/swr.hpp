// SPDX-License-Identifier: MIT
// swrkit 0.5.0 — the whole library in one header; #include "swr.hpp" and use namespace swr.
//
// swrkit validates Huawei Cloud SWR organization (namespace) and repository names and builds, without I/O,
// the request that creates a repository (POST /v2/manage/namespaces/{namespace}/repos). The rules it
// implements are documented in the swrkit repository, in docs/names.md, docs/api.md and docs/regions.md.
//
// GENERATED FILE — DO NOT EDIT. It is made from the headers in include/swr/ by scripts/amalgamate.cmake;
// change those, then run `cmake -P scripts/amalgamate.cmake`.
//
// MIT License
//
// Copyright (c) 2026 the swrkit authors
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

// ---- swr/swr.hpp ----
// swrkit — the whole library in one include.
// The integrations with third-party libraries are separate, so that this header needs nothing but the
// standard library: swr/fmt.hpp ({fmt} formatters) and swr/nlohmann.hpp (nlohmann::json conversions).
#ifndef SWR_SWR_HPP
#define SWR_SWR_HPP


// ---- swr/api_response.hpp ----
// swrkit — the answer to an operation of the SWR management API, read strictly (docs/api.md, "The management
// API"): a success body into the operation's response type, a list with its Content-Range page. What a status
// means is outcome_of (operation.hpp); an error body is parse_error_response (response.hpp). No I/O.
#ifndef SWR_API_RESPONSE_HPP
#define SWR_API_RESPONSE_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>


// ---- swr/body_parser.hpp ----
// swrkit — the server side: a create-repository body from received bytes, strictly.
//
// Accepts exactly one RFC 8259 JSON object (see json_reader.hpp for what "strict" refuses) with
//   repository   string, required; in wire ('$') or logical ('/') form: unescaped, then validated
//   is_public    true or false, required
//   category     string (parse_category rules, so "arms" reads as arm) or null (= absent)
//   description  string (at most 30,000 code points) or null (= absent)
// Unknown members are skipped, whatever valid JSON they hold, up to json_max_depth. A duplicate member
// name is an error. Syntax errors come first (the document is not JSON); otherwise the problem earliest
// in the document is reported: schema problems with the field and the value's offset, value problems with
// the field, the position in the value and the value's offset; a missing member at the closing brace.
#ifndef SWR_BODY_PARSER_HPP
#define SWR_BODY_PARSER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>


// ---- swr/category.hpp ----
// swrkit — the repository `category` of the create-repository body (docs/api.md).
#ifndef SWR_CATEGORY_HPP
#define SWR_CATEGORY_HPP

#include <cstddef>
#include <optional>
#include <string_view>


// ---- swr/config.hpp ----
// swrkit — compile-time configuration shared by every header.
// Detects the language level and whether exceptions are on, and names the versioned inline namespace.
#ifndef SWR_CONFIG_HPP
#define SWR_CONFIG_HPP


// ---- swr/version.hpp ----
// swrkit — the version, in one place for C++. Generated from the file VERSION by scripts/amalgamate.cmake,
// which also feeds CMake, meson, the pkg-config file and the single header: edit VERSION, then run
// `cmake -P scripts/amalgamate.cmake`.
#ifndef SWR_VERSION_HPP
#define SWR_VERSION_HPP

#define SWRKIT_VERSION_MAJOR 0
#define SWRKIT_VERSION_MINOR 5
#define SWRKIT_VERSION_PATCH 0
#define SWRKIT_VERSION_STRING "0.5.0"
// The versioned part of the inline namespace everything is declared in (see config.hpp).
#define SWRKIT_ABI_VERSION v0_5_0

#endif  // SWR_VERSION_HPP

// MSVC reports 199711L in __cplusplus unless /Zc:__cplusplus is given; _MSVC_LANG is always right.
#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define SWR_CPLUSPLUS _MSVC_LANG
#else
#define SWR_CPLUSPLUS __cplusplus
#endif

#if SWR_CPLUSPLUS < 201703L
#error "swrkit needs C++17 or later"
#endif

#if defined(__has_include)
#if __has_include(<version>)
#include <version>  // the library feature-test macros, nothing else
#endif
#endif

// C++20 lets std::string (and so the functions returning one) be used in constant expressions.
// Clang cannot evaluate libstdc++'s std::string at compile time (its members are declared extern
// templates; seen with clang 14, 16 and 19 on libstdc++ 12), so that pair keeps them run-time only.
#if SWR_CPLUSPLUS >= 202002L && defined(__cpp_lib_constexpr_string) && __cpp_lib_constexpr_string >= 201907L && \
    !(defined(__clang__) && defined(__GLIBCXX__))
#define SWR_CONSTEXPR_STRING constexpr
#define SWR_HAS_CONSTEXPR_STRING 1
#else
#define SWR_CONSTEXPR_STRING inline
#define SWR_HAS_CONSTEXPR_STRING 0
#endif

// C++20: constexpr functions that are not constexpr in C++17 only because of a try-block, a
// std::is_constant_evaluated branch or a non-literal local.
#if SWR_CPLUSPLUS >= 202002L
#define SWR_CONSTEXPR20 constexpr
#else
#define SWR_CONSTEXPR20 inline
#endif

// Whether the current evaluation is a constant one, also in C++17: GCC (9 and later) and Clang (9 and later)
// have the builtin behind std::is_constant_evaluated in every language mode. Elsewhere it says "constant",
// which keeps constexpr functions on their portable path at run time too: slower, never wrong.
#if defined(__GNUC__) || defined(__clang__)
#define SWR_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define SWR_IS_CONSTANT_EVALUATED() true
#endif

#if defined(__cpp_consteval) && __cpp_consteval >= 201811L
#define SWR_HAS_CONSTEVAL 1
#else
#define SWR_HAS_CONSTEVAL 0
#endif

// Marks a parameter that the result borrows (for a constructor: the object built), so that the compiler can
// diagnose a result that outlives its argument. With Clang's [[clang::lifetimebound]], a view initialized
// from a temporary that dies at the end of the full-expression gets a -Wdangling warning (on by default; an
// error with -Werror): `swr::create_repo_body_view v = make_body();`. MSVC's [[msvc::lifetimebound]] feeds
// its lifetime checker. Empty elsewhere: GCC has no equivalent (GCC 12 has none at all). A user may define
// SWR_LIFETIMEBOUND (say, empty) before including swrkit.
#ifndef SWR_LIFETIMEBOUND
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::lifetimebound)
#define SWR_LIFETIMEBOUND [[clang::lifetimebound]]
#elif __has_cpp_attribute(msvc::lifetimebound)
#define SWR_LIFETIMEBOUND [[msvc::lifetimebound]]
#endif
#endif
#endif
#ifndef SWR_LIFETIMEBOUND
#define SWR_LIFETIMEBOUND
#endif

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define SWR_HAS_EXCEPTIONS 1
#else
#define SWR_HAS_EXCEPTIONS 0
#endif

// Everything is declared in swr::SWRKIT_ABI_NAMESPACE, an inline namespace: users write swr::check_namespace,
// the linker sees swr::v0_5_0::check_namespace. Two copies of different swrkit versions (say, vendored by two
// libraries of one program) thus never share a symbol, where they would otherwise break the one-definition
// rule without a word. Every setting that changes the bodies of inline functions gets a namespace of its own
// too, so that two translation units built with different settings never share a function either: without
// exceptions (value() on an error aborts instead of throwing), _noexcept; with SWRKIT_DISABLE_SIMD (the
// portable code only), _nosimd; with SWRKIT_DISABLE_SHA256_X86 (no SHA extensions), _nosha256.
#define SWR_PP_CONCAT_(a, b) a##b
#define SWR_PP_CONCAT(a, b) SWR_PP_CONCAT_(a, b)
#if SWR_HAS_EXCEPTIONS
#define SWR_ABI_TAG_EXCEPTIONS
#else
#define SWR_ABI_TAG_EXCEPTIONS _noexcept
#endif
#if defined(SWRKIT_DISABLE_SIMD)
#define SWR_ABI_TAG_SIMD _nosimd
#else
#define SWR_ABI_TAG_SIMD
#endif
#if defined(SWRKIT_DISABLE_SHA256_X86)
#define SWR_ABI_TAG_SHA256 _nosha256
#else
#define SWR_ABI_TAG_SHA256
#endif
#define SWRKIT_ABI_NAMESPACE                                                                                \
  SWR_PP_CONCAT(SWR_PP_CONCAT(SWR_PP_CONCAT(SWRKIT_ABI_VERSION, SWR_ABI_TAG_EXCEPTIONS), SWR_ABI_TAG_SIMD), \
                SWR_ABI_TAG_SHA256)

#endif  // SWR_CONFIG_HPP

// ---- swr/static_text.hpp ----
// swrkit — texts built at compile time from the constants and tables they mention (a length limit, the
// category list), so that each fact is written once: a message cannot drift from the value it states.
#ifndef SWR_STATIC_TEXT_HPP
#define SWR_STATIC_TEXT_HPP

#include <cstddef>
#include <string_view>


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

// ---- swr/detail/body_fast_path.hpp ----
// swrkit — the fast path of parse_create_repo_body (body_parser.hpp): the common, well-formed body read in one
// pass that knows the schema. It takes a flat object of the four known members, each at most once and of its
// type, with whitespace anywhere JSON allows it, and strings with any escapes and any UTF-8; it reads them as
// the general reader (json_object_reader.hpp) would and checks the values with the same functions. Anything
// else — a syntax error, an unknown or duplicate member, an escaped member name, a wrong type, a missing
// member, a value that fails its check — makes it answer "not sure" (false) at once, and the general reader
// then reads the document from the start and gives the exact result or diagnostic. So the fast path never
// accepts what the general reader refuses, and what it accepts it reads into the same body.
//
// Strings are found 16 bytes at a time (quotes, backslashes, control bytes and bytes >= 0x80) in byte blocks
// (byte_blocks.hpp); clean runs are copied as blocks. A string with escapes is decoded over 64-byte windows
// whose quotes and backslashes are one 64-bit mask, so that finding the next escape does not wait on a load.
// Loads never leave the caller's bytes: a 16-byte load is made only where 16 bytes remain (a window only where
// 80 do), and the last partial block is an overlapping load that ends on the last byte. Where there are no byte
// blocks (other compilers and targets, SWRKIT_DISABLE_SIMD), the scalar loop.
#ifndef SWR_DETAIL_BODY_FAST_PATH_HPP
#define SWR_DETAIL_BODY_FAST_PATH_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>


// ---- swr/detail/byte_blocks.hpp ----
// swrkit — 16-byte blocks for the run-time fast paths (names, JSON text): a vector type, a load, a splat and
// the movemask that turns a comparison's 0x00/0xFF bytes into bits, byte i at bit i.
//
// Written with the compiler's vector extensions, which GCC and Clang lower to SSE2 on x86-64 (baseline there),
// NEON on ARM, or whatever the target has, and not with <immintrin.h>, which costs a third of a second per
// translation unit. Little-endian targets only (bit i must be byte i), and not WebAssembly without SIMD,
// where a vector operation would become sixteen scalar ones. SWRKIT_DISABLE_SIMD turns every fast path off;
// the portable code they stand in for then runs, as it does in constant evaluation.
#ifndef SWR_DETAIL_BYTE_BLOCKS_HPP
#define SWR_DETAIL_BYTE_BLOCKS_HPP

#include <cstdint>


#if !defined(SWRKIT_DISABLE_SIMD) && (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !(defined(__wasm__) && !defined(__wasm_simd128__))
#define SWR_HAS_BYTE_BLOCKS 1
#else
#define SWR_HAS_BYTE_BLOCKS 0
#endif

#if SWR_HAS_BYTE_BLOCKS
namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

typedef unsigned char byte_block __attribute__((vector_size(16)));
typedef char byte_block_chars __attribute__((vector_size(16)));  // what SSE2's pmovmskb builtin takes

constexpr byte_block splat_byte(unsigned char c) noexcept {
  const byte_block b = {c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c};
  return b;
}

// The 16 bytes at p; the caller guarantees that they are all inside its data.
inline byte_block load_byte_block(const char* p) noexcept {
  byte_block b;
  __builtin_memcpy(&b, p, 16);
  return b;
}

// The sign bit of each byte of a block, on any target: each 8-byte half's sign bits gathered into its top
// byte by one multiplication.
inline std::uint64_t movemask_portable(byte_block m) noexcept {
  std::uint64_t half[2];
  __builtin_memcpy(half, &m, 16);
  constexpr std::uint64_t sign_bits = 0x8080808080808080U, gather = 0x0002040810204081U;
  return (((half[0] & sign_bits) * gather) >> 56) | (((half[1] & sign_bits) * gather) >> 56) << 8;
}

// The movemasks as policies, so that the tests can run a fast path with either: the target's own instruction
// where there is one (SSE2's pmovmskb, WebAssembly's i8x16.bitmask), and the portable one.
struct movemask_native {
  static std::uint64_t of(byte_block m) noexcept {
#if defined(__SSE2__)
    return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<byte_block_chars>(m)));
#elif defined(__wasm_simd128__)  // WebAssembly's SIMD (the npm package: web/build.mjs builds with -msimd128)
    return static_cast<std::uint32_t>(__builtin_wasm_bitmask_i8x16(reinterpret_cast<byte_block_chars>(m)));
#else
    return movemask_portable(m);
#endif
  }
};
struct movemask_generic {
  static std::uint64_t of(byte_block m) noexcept { return movemask_portable(m); }
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_BYTE_BLOCKS

#endif  // SWR_DETAIL_BYTE_BLOCKS_HPP

// ---- swr/detail/json_lexer.hpp ----
// swrkit — the tokens of strict RFC 8259 JSON: whitespace, strings (decoded, UTF-8 checked, escapes),
// numbers, true, false and null. Strict means: no BOM, comments, single quotes, NaN, leading zeros or '+';
// strings must be well-formed UTF-8 with no raw control characters and no \u escape of a lone surrogate.
// Every syntax error is reported through json_diagnostics with the byte offset where it is.
#ifndef SWR_DETAIL_JSON_LEXER_HPP
#define SWR_DETAIL_JSON_LEXER_HPP

#include <cstddef>
#include <string>
#include <string_view>


// ---- swr/detail/json_diagnostics.hpp ----
// swrkit — what reading a JSON document found: its first syntax error, and the problem earliest in it.
// The policy in one place: a syntax error ("not JSON") always wins, and the first one met is kept, since
// reading stops there; limit, schema and value problems ("JSON, but not what we take") are recorded while
// reading goes on to the end of the document, and the one earliest in the document is kept.
#ifndef SWR_DETAIL_JSON_DIAGNOSTICS_HPP
#define SWR_DETAIL_JSON_DIAGNOSTICS_HPP

#include <cstddef>


// ---- swr/error.hpp ----
// swrkit — the error of every fallible operation past the name checks: which field, a stable code, the
// byte where it applies. Validation returns a list of them, fallible operations the first. This header
// depends on nothing else of swrkit; the messages, which state facts kept in other tables (the regions, the
// categories, the limits), are in error_message.hpp.
#ifndef SWR_ERROR_HPP
#define SWR_ERROR_HPP

#include <cstddef>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The part of a request (or of an input to building one) that a problem concerns.
enum class field : unsigned char {
  none,            ///< the document as a whole (JSON syntax, the top-level value)
  namespace_name,  ///< the `{namespace}` path parameter
  repository,
  is_public,
  category,
  description,
  token,   ///< the X-Auth-Token value
  host,    ///< the Host (API endpoint)
  region,  ///< a region id looked up for its host
  // AK/SK signing (signing.hpp)
  method,          ///< the HTTP method of a request to sign
  path,            ///< the request path of a request to sign
  header_name,     ///< the name of a header to sign
  header_value,    ///< the value of a header to sign
  access_key_id,   ///< the access key id (AK)
  secret_key,      ///< the secret access key (SK); never quoted
  security_token,  ///< the security token of temporary credentials (X-Security-Token); never quoted
  sdk_date,        ///< the signing time, X-Sdk-Date (YYYYMMDDTHHMMSSZ)
  // Image references (reference.hpp)
  registry,    ///< the registry host of an image reference, e.g. swr.cn-north-4.myhuaweicloud.com
  image_path,  ///< the path of an image reference (its repository name, organization included for SWR)
  tag,         ///< a tag, e.g. v1.2
  digest,      ///< a content digest, e.g. sha256:<64 hex digits>
  // The management API's parameters and bodies (management.hpp)
  name,             ///< a filter by repository name (ListReposDetails)
  limit,            ///< a list's page size, 1-1000
  offset,           ///< a list's first item, 0 or more
  order_column,     ///< what a list is ordered by
  order_type,       ///< asc or desc
  mode,             ///< ListNamespaces' mode (visible)
  source_tag,       ///< CreateRepoTag's existing tag
  destination_tag,  ///< CreateRepoTag's new tag
  access_domain,    ///< the account a repository is shared with
  deadline,         ///< until when a share holds: forever, or a UTC time
};

/// What kind of problem a code names, so that a server can answer "malformed JSON" apart from "bad field".
enum class error_kind : unsigned char {
  value,   ///< a field's value breaks a rule (docs/names.md, docs/api.md, the token or host rules)
  syntax,  ///< not JSON (RFC 8259): the document is refused before its meaning is looked at
  limit,   ///< valid JSON beyond an implementation limit (nesting depth)
  schema,  ///< JSON, but not the expected shape: missing, duplicate or mistyped member, not an object
};

/// Stable codes. The first nine have the meaning and value of the `name_error` of the same name.
/// The identifiers (see `to_string`) are part of the API: servers may send them to clients.
enum class error_code : unsigned char {
  none,
  // value
  empty,
  too_long,
  invalid_character,
  invalid_start,
  invalid_end,
  adjacent_separators,
  too_many_underscores,
  reserved,
  invalid_utf8,           ///< a field's bytes are not well-formed UTF-8 (overlong, surrogate, > U+10FFFF, truncated)
  unknown_category,       ///< not one of the category wire strings
  unknown_region,         ///< not a region id of docs/regions.md
  invalid_host,           ///< not a DNS name or IP literal with an optional port
  invalid_date,           ///< not a UTC time written YYYYMMDDTHHMMSSZ, or not a day of the calendar
  duplicate_header,       ///< a header given twice, or one that the signer adds itself
  unknown_registry,       ///< an image reference whose registry is not the SWR registry of a region
  incomplete,             ///< the text ends before a required part (a digest without ':' or hex digits)
  unsupported_algorithm,  ///< a digest algorithm other than sha256, sha384 and sha512
  invalid_length,         ///< a digest with another number of hex digits than its algorithm's
  out_of_range,           ///< a number outside its documented range (a list's limit, 1-1000; its offset, 0 or more)
  invalid_time,           ///< not `forever` nor a UTC time written YYYY-MM-DDTHH:MM:SS(.sss)Z (a share's deadline)
  // syntax
  unexpected_end,               ///< the document stops in the middle of a value
  unexpected_character,         ///< a byte that cannot start or continue the value here
  invalid_literal,              ///< a misspelt true, false or null
  invalid_number,               ///< a number outside the RFC 8259 grammar
  invalid_escape,               ///< a backslash escape outside the RFC 8259 set, or a bad \u
  unescaped_control_character,  ///< a byte below 0x20 inside a string
  malformed_utf8,               ///< the document's bytes are not well-formed UTF-8
  lone_surrogate,               ///< a \u escape of half a surrogate pair
  trailing_characters,          ///< more than whitespace after the value
  // limit
  nesting_too_deep,  ///< arrays and objects nested deeper than json_max_depth
  // schema
  not_an_object,     ///< the document (or an error entry) is not a JSON object
  missing_member,    ///< a required member is absent
  duplicate_member,  ///< a member name appears twice in one object
  wrong_type,        ///< a member's value has the wrong JSON type
};

/// The value of `error::offset` when the error was not found in a parsed document.
inline constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

/// The maximum number of code points in a description (SWR's console limit, error SVCSTG.SWR.4131012).
inline constexpr std::size_t description_max_code_points = 30000;

[[nodiscard]] constexpr error_kind kind_of(error_code code) noexcept {
  if (code >= error_code::not_an_object) return error_kind::schema;
  if (code == error_code::nesting_too_deep) return error_kind::limit;
  if (code >= error_code::unexpected_end) return error_kind::syntax;
  return error_kind::value;
}

/// Whether `position` says something for this code: not for the codes that concern a value as a whole.
[[nodiscard]] constexpr bool has_position(error_code code) noexcept {
  return code != error_code::unknown_category && code != error_code::unknown_region && code != error_code::none;
}

/// One problem.
/// - `position`: for a value problem, the byte in the field's value where it is (0 when it concerns the
///   value as a whole: `empty`, `unknown_category`, `unknown_region`, `reserved`); for a syntax, limit or
///   schema problem, the byte in the document.
/// - `offset`: where a parser found the problem in the document: the first byte of the offending value for
///   value and schema problems, the offending byte for syntax and limit problems; `no_offset` otherwise.
///
/// A check that finds at most one problem returns an `error` (as a name check returns a `name_check`):
/// `ok()` says there is none. An operation that makes a value returns `result<T, error>` instead.
struct [[nodiscard]] error {
  error_code code = error_code::none;
  swr::field field = swr::field::none;
  std::size_t position = 0;
  std::size_t offset = no_offset;

  /// No problem: the code is `none`.
  [[nodiscard]] constexpr bool ok() const noexcept { return code == error_code::none; }
  [[nodiscard]] constexpr error_kind kind() const noexcept { return kind_of(code); }

  friend constexpr bool operator==(const error& a, const error& b) noexcept {
    return a.code == b.code && a.field == b.field && a.position == b.position && a.offset == b.offset;
  }
  friend constexpr bool operator!=(const error& a, const error& b) noexcept { return !(a == b); }
};

// The strings of every to_string and message of swrkit (here, in name_check.hpp, category.hpp and
// response.hpp) are NUL-terminated: each view's data()[size()] is '\0', for every value of its enum and for
// values outside it (which give "", never a null data()). So data() can go to a C API as is:
// `std::printf("%s\n", swr::message(e).data())` (message(error) is in error_message.hpp). The views refer to
// static storage: they never dangle.

/// The field's name as the API documentation writes it ("namespace", "is_public", …); "" for `none` and
/// for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(field f) noexcept {
  switch (f) {
    case field::none: return "";
    case field::namespace_name: return "namespace";
    case field::repository: return "repository";
    case field::is_public: return "is_public";
    case field::category: return "category";
    case field::description: return "description";
    case field::token: return "token";
    case field::host: return "host";
    case field::region: return "region";
    case field::method: return "method";
    case field::path: return "path";
    case field::header_name: return "header_name";
    case field::header_value: return "header_value";
    case field::access_key_id: return "access_key_id";
    case field::secret_key: return "secret_key";
    case field::security_token: return "security_token";
    case field::sdk_date: return "sdk_date";
    case field::registry: return "registry";
    case field::image_path: return "image_path";
    case field::tag: return "tag";
    case field::digest: return "digest";
    case field::name: return "name";
    case field::limit: return "limit";
    case field::offset: return "offset";
    case field::order_column: return "order_column";
    case field::order_type: return "order_type";
    case field::mode: return "mode";
    case field::source_tag: return "source_tag";
    case field::destination_tag: return "destination_tag";
    case field::access_domain: return "access_domain";
    case field::deadline: return "deadline";
  }
  return "";
}

/// The kind's identifier, e.g. "syntax"; "" for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(error_kind k) noexcept {
  switch (k) {
    case error_kind::value: return "value";
    case error_kind::syntax: return "syntax";
    case error_kind::limit: return "limit";
    case error_kind::schema: return "schema";
  }
  return "";
}

/// The code's identifier, e.g. "duplicate_member"; "" for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(error_code code) noexcept {
  switch (code) {
    case error_code::none: return "none";
    case error_code::empty: return "empty";
    case error_code::too_long: return "too_long";
    case error_code::invalid_character: return "invalid_character";
    case error_code::invalid_start: return "invalid_start";
    case error_code::invalid_end: return "invalid_end";
    case error_code::adjacent_separators: return "adjacent_separators";
    case error_code::too_many_underscores: return "too_many_underscores";
    case error_code::reserved: return "reserved";
    case error_code::invalid_utf8: return "invalid_utf8";
    case error_code::unknown_category: return "unknown_category";
    case error_code::unknown_region: return "unknown_region";
    case error_code::invalid_host: return "invalid_host";
    case error_code::invalid_date: return "invalid_date";
    case error_code::duplicate_header: return "duplicate_header";
    case error_code::unknown_registry: return "unknown_registry";
    case error_code::incomplete: return "incomplete";
    case error_code::unsupported_algorithm: return "unsupported_algorithm";
    case error_code::invalid_length: return "invalid_length";
    case error_code::out_of_range: return "out_of_range";
    case error_code::invalid_time: return "invalid_time";
    case error_code::unexpected_end: return "unexpected_end";
    case error_code::unexpected_character: return "unexpected_character";
    case error_code::invalid_literal: return "invalid_literal";
    case error_code::invalid_number: return "invalid_number";
    case error_code::invalid_escape: return "invalid_escape";
    case error_code::unescaped_control_character: return "unescaped_control_character";
    case error_code::malformed_utf8: return "malformed_utf8";
    case error_code::lone_surrogate: return "lone_surrogate";
    case error_code::trailing_characters: return "trailing_characters";
    case error_code::nesting_too_deep: return "nesting_too_deep";
    case error_code::not_an_object: return "not_an_object";
    case error_code::missing_member: return "missing_member";
    case error_code::duplicate_member: return "duplicate_member";
    case error_code::wrong_type: return "wrong_type";
  }
  return "";
}

namespace detail {
constexpr unsigned code_value(error_code c) noexcept { return static_cast<unsigned>(c); }
}  // namespace detail

// kind_of sorts codes by ranges of values: value codes up to invalid_time, then syntax from unexpected_end
// to trailing_characters, then the one limit code nesting_too_deep, then schema from not_an_object to
// wrong_type, the last code. A code added elsewhere than at the end of its group breaks these.
static_assert(detail::code_value(error_code::none) == 0, "kind_of: none is the first code");
static_assert(detail::code_value(error_code::invalid_time) + 1 == detail::code_value(error_code::unexpected_end),
              "kind_of: the syntax codes start right after the value codes");
static_assert(detail::code_value(error_code::trailing_characters) + 1 ==
                  detail::code_value(error_code::nesting_too_deep),
              "kind_of: nesting_too_deep follows the syntax codes");
static_assert(detail::code_value(error_code::nesting_too_deep) + 1 == detail::code_value(error_code::not_an_object),
              "kind_of: the schema codes start right after nesting_too_deep");
static_assert(to_string(static_cast<error_code>(detail::code_value(error_code::wrong_type) + 1)).empty(),
              "kind_of: wrong_type is the last code");
static_assert(kind_of(error_code::invalid_time) == error_kind::value &&
                  kind_of(error_code::unexpected_end) == error_kind::syntax &&
                  kind_of(error_code::trailing_characters) == error_kind::syntax &&
                  kind_of(error_code::nesting_too_deep) == error_kind::limit &&
                  kind_of(error_code::not_an_object) == error_kind::schema &&
                  kind_of(error_code::wrong_type) == error_kind::schema,
              "kind_of: the boundaries of the groups");

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ERROR_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

class json_diagnostics {
 public:
  bool failed() const noexcept { return !syntax_.ok(); }

  /// The first syntax error, else the earliest recorded problem, else an error with code `none`.
  const error& outcome() const noexcept { return failed() ? syntax_ : problem_; }

  /// Records a non-syntax problem; the one earliest in the document is kept (the first of equals).
  void record(const error& e) noexcept {
    if (problem_.ok() || e.offset < problem_.offset) problem_ = e;
  }
  void record(error_code code, swr::field f, std::size_t at) noexcept { record(error{code, f, at, at}); }

  /// Records a syntax error at `at` (the first one wins) and returns false, for `return fail(...)`.
  bool fail(error_code code, std::size_t at) noexcept {
    if (!failed()) syntax_ = error{code, field::none, at, at};
    return false;
  }

 private:
  error syntax_{};
  error problem_{};
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_DIAGNOSTICS_HPP

// ---- swr/utf8.hpp ----
// swrkit — strict UTF-8 (Unicode 15, table 3-7): no overlong forms, no surrogates (U+D800–U+DFFF),
// nothing above U+10FFFF, no truncated sequences. constexpr and allocation-free.
#ifndef SWR_UTF8_HPP
#define SWR_UTF8_HPP

#include <cstddef>
#include <string_view>


// ---- swr/detail/utf8_x86.hpp ----
// swrkit — UTF-8 validation on x86, 32 bytes at a time with AVX2 or 16 with SSSE3, the widest the CPU has, chosen
// at run time: find_invalid_utf8 (utf8.hpp) asks it first and, only when it says "invalid", finds the exact
// offset with the portable code.
//
// The method is Keiser and Lemire's ("Validating UTF-8 in less than one instruction per byte", 2021): every
// error of table 3-7 shows in a pair of adjacent bytes, given by the high nibble of the first, its low nibble
// and the high nibble of the second; three 16-entry tables (one pshufb each) give the errors each nibble
// allows, and their AND is the errors present. A continuation byte is an error by its pair alone unless it is
// the third or fourth of a sequence, which the bytes two and three back tell; a sequence cut short by the end
// of the text shows in its last three bytes. A block of ASCII needs none of that: it is valid, and can only
// leave unfinished a sequence the block before began.
// GCC 12 or later (for __builtin_shufflevector) or Clang, on x86; SWRKIT_DISABLE_SIMD turns it off.
#ifndef SWR_DETAIL_UTF8_X86_HPP
#define SWR_DETAIL_UTF8_X86_HPP

#include <cstddef>


#if SWR_HAS_BYTE_BLOCKS && (defined(__x86_64__) || defined(__i386__)) && \
    (defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 12))
#define SWR_HAS_UTF8_X86 1
#else
#define SWR_HAS_UTF8_X86 0
#endif

#if SWR_HAS_UTF8_X86
#include <cpuid.h>  // __get_cpuid, __get_cpuid_count: a few macros and two inline functions

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

enum class utf8_x86_kernel { none, ssse3, avx2 };

// The widest kernel this CPU (and the operating system, which must save the 32-byte registers) runs. Asked once.
inline utf8_x86_kernel utf8_x86_best_kernel() noexcept {
  // GCOVR_EXCL_BR_START: one CPU answers one way (the tests run every kernel it has against the portable code)
  static const utf8_x86_kernel best = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid(1, &a, &b, &c, &d) == 0 || (c & (1U << 9)) == 0) return utf8_x86_kernel::none;
    const bool avx_saved_by_os = (c & (1U << 27)) != 0 && (c & (1U << 28)) != 0 && [] {
      unsigned low = 0, high = 0;
      __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));  // XCR0: which registers the OS saves
      return (low & 6U) == 6U;                             // the SSE and the AVX state
    }();
    const bool avx2 = avx_saved_by_os && __get_cpuid_count(7, 0, &a, &b, &c, &d) != 0 && (b & (1U << 5)) != 0;
    return avx2 ? utf8_x86_kernel::avx2 : utf8_x86_kernel::ssse3;
  }();
  // GCOVR_EXCL_BR_STOP
  return best;
}

namespace utf8_errors {
// The error of each kind of bad pair, one bit each (two kinds that never meet share one).
constexpr unsigned char too_short = 1 << 0;                        // a lead byte, then no continuation
constexpr unsigned char too_long = 1 << 1;                         // ASCII, then a continuation
constexpr unsigned char overlong_3 = 1 << 2;                       // E0, then 80..9F
constexpr unsigned char too_large = 1 << 3;                        // F4, then 90..BF; F5..FF
constexpr unsigned char surrogate = 1 << 4;                        // ED, then A0..BF
constexpr unsigned char overlong_2 = 1 << 5;                       // C0 or C1
constexpr unsigned char too_large_1000 = 1 << 6;                   // F5..FF, then 80..8F
constexpr unsigned char overlong_4 = 1 << 6;                       // F0, then 80..8F
constexpr unsigned char two_conts = 1 << 7;                        // a continuation, then a continuation
constexpr unsigned char carry = too_short | too_long | two_conts;  // what the first byte's low nibble allows
constexpr unsigned char large = carry | too_large | too_large_1000;
constexpr unsigned char cont = too_long | overlong_2 | two_conts;
}  // namespace utf8_errors

// The three tables, by the high nibble of a pair's first byte, its low nibble, and the second byte's high nibble.
struct utf8_pair_tables {
  byte_block first_high, first_low, second_high;
};
inline utf8_pair_tables utf8_tables() noexcept {
  using namespace utf8_errors;
  const byte_block first_high = {too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 too_long,
                                 two_conts,
                                 two_conts,
                                 two_conts,
                                 two_conts,
                                 too_short | overlong_2,
                                 too_short,
                                 too_short | overlong_3 | surrogate,
                                 too_short | too_large | too_large_1000 | overlong_4};
  const byte_block first_low = {carry | overlong_3 | overlong_2 | overlong_4,
                                carry | overlong_2,
                                carry,
                                carry,
                                carry | too_large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large,
                                large | surrogate,
                                large,
                                large};
  const byte_block second_high = {too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short,
                                  cont | overlong_3 | too_large_1000 | overlong_4,
                                  cont | overlong_3 | too_large,
                                  cont | surrogate | too_large,
                                  cont | surrogate | too_large,
                                  too_short,
                                  too_short,
                                  too_short,
                                  too_short};
  return {first_high, first_low, second_high};
}

// ---- SSSE3, 16 bytes at a time

#define SWR_UTF8_SSSE3_TARGET __attribute__((target("ssse3"), always_inline))

SWR_UTF8_SSSE3_TARGET inline byte_block utf8_lookup(byte_block table, byte_block nibbles) {
  return reinterpret_cast<byte_block>(
      __builtin_ia32_pshufb128(reinterpret_cast<byte_block_chars>(table), reinterpret_cast<byte_block_chars>(nibbles)));
}

// The errors in a block, given the block before it (zeros before the first).
SWR_UTF8_SSSE3_TARGET inline byte_block utf8_block_errors(byte_block input, byte_block previous) {
  const utf8_pair_tables t = utf8_tables();
  const byte_block back1 =
      __builtin_shufflevector(previous, input, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
  const byte_block back2 =
      __builtin_shufflevector(previous, input, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29);
  const byte_block back3 =
      __builtin_shufflevector(previous, input, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28);
  const byte_block pair_errors = utf8_lookup(t.first_high, back1 >> splat_byte(4)) &
                                 utf8_lookup(t.first_low, back1 & splat_byte(0x0F)) &
                                 utf8_lookup(t.second_high, input >> splat_byte(4));
  // A continuation two after a 3- or 4-byte lead, or three after a 4-byte one, must be one (0x80 set).
  const byte_block third_or_fourth =
      reinterpret_cast<byte_block>(back2 >= splat_byte(0xE0)) | reinterpret_cast<byte_block>(back3 >= splat_byte(0xF0));
  return (third_or_fourth & splat_byte(0x80)) ^ pair_errors;
}

// The bytes of a block whose sequence is cut short at the block's end: a lead byte of a 4-, 3- or 2-byte
// sequence among its last 3, 2 or 1 bytes (or a byte that is never valid, which is an error there too).
inline byte_block utf8_highest_complete() noexcept {  // the highest byte at each place that ends no sequence short
  return byte_block{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xDF, 0xBF};
}
SWR_UTF8_SSSE3_TARGET inline byte_block utf8_incomplete_at_end(byte_block block) {
  return reinterpret_cast<byte_block>(block > utf8_highest_complete());
}

// Whether p[0, n) is well-formed UTF-8, for n >= 16, where utf8_x86_best_kernel() is at least ssse3.
__attribute__((target("ssse3"))) inline bool utf8_valid_ssse3(const char* p, std::size_t n) noexcept {
  byte_block errors = splat_byte(0), previous = splat_byte(0);
  for (std::size_t i = 0; n - i >= 16; i += 16) {
    const byte_block input = load_byte_block(p + i);
    errors |= movemask_native::of(input) == 0 ? utf8_incomplete_at_end(previous) : utf8_block_errors(input, previous);
    previous = input;
  }
  if (n % 16 != 0) {
    const byte_block last = load_byte_block(p + n - 16);
    byte_block before_last;
    if (n >= 32) {
      before_last = load_byte_block(p + n - 32);
    } else {  // bytes n-32..n-17: the first block's bytes 0..n-17, after 32-n zeros (an index with 0x80 gives 0)
      const byte_block iota = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
      const byte_block index = iota + splat_byte(static_cast<unsigned char>(n - 32));
      before_last = utf8_lookup(load_byte_block(p), index);
    }
    errors |= utf8_block_errors(last, before_last);
    previous = last;
  }
  errors |= utf8_incomplete_at_end(previous);  // the text's last sequence, cut short
  return movemask_native::of(reinterpret_cast<byte_block>(errors != splat_byte(0))) == 0;
}

#undef SWR_UTF8_SSSE3_TARGET

// ---- AVX2, 32 bytes at a time: the same steps on two 16-byte lanes (pshufb looks up within each lane)

typedef unsigned char wide_block __attribute__((vector_size(32)));
typedef char wide_block_chars __attribute__((vector_size(32)));  // what the AVX2 builtins take

#define SWR_UTF8_AVX2_TARGET __attribute__((target("avx2"), always_inline))

SWR_UTF8_AVX2_TARGET inline wide_block utf8_wide_lookup(byte_block table, wide_block nibbles) {
  const wide_block both_lanes = __builtin_shufflevector(table, table, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                                                        15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  return reinterpret_cast<wide_block>(__builtin_ia32_pshufb256(reinterpret_cast<wide_block_chars>(both_lanes),
                                                               reinterpret_cast<wide_block_chars>(nibbles)));
}

SWR_UTF8_AVX2_TARGET inline bool utf8_wide_any_sign_bit(wide_block block) {
  return __builtin_ia32_pmovmskb256(reinterpret_cast<wide_block_chars>(block)) != 0;
}

SWR_UTF8_AVX2_TARGET inline wide_block utf8_wide_block_errors(wide_block input, wide_block previous) {
  const utf8_pair_tables t = utf8_tables();
  const wide_block back1 =
      __builtin_shufflevector(previous, input, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
                              49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62);
  const wide_block back2 =
      __builtin_shufflevector(previous, input, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
                              48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61);
  const wide_block back3 =
      __builtin_shufflevector(previous, input, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46,
                              47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
  const wide_block pair_errors = utf8_wide_lookup(t.first_high, back1 >> 4) &
                                 utf8_wide_lookup(t.first_low, back1 & 0x0F) &
                                 utf8_wide_lookup(t.second_high, input >> 4);
  const wide_block third_or_fourth =
      reinterpret_cast<wide_block>(back2 >= 0xE0) | reinterpret_cast<wide_block>(back3 >= 0xF0);
  return (third_or_fourth & 0x80) ^ pair_errors;
}

SWR_UTF8_AVX2_TARGET inline wide_block utf8_wide_incomplete_at_end(wide_block block) {
  const wide_block highest_complete =  // all 0xFF, then the 16-byte table's last bytes
      __builtin_shufflevector(splat_byte(0xFF), utf8_highest_complete(), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                              14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  return reinterpret_cast<wide_block>(block > highest_complete);
}

// Whether p[0, n) is well-formed UTF-8, for n >= 32, where utf8_x86_best_kernel() is avx2. The bytes after the
// last whole block go as 16-byte blocks, the last one ending on the text's last byte (its bytes already seen are
// checked again, with the block before them: no harm).
__attribute__((target("avx2"))) inline bool utf8_valid_avx2(const char* p, std::size_t n) noexcept {
  wide_block errors = {}, previous = {};
  std::size_t i = 0;
  for (; n - i >= 32; i += 32) {
    wide_block input;
    __builtin_memcpy(&input, p + i, 32);
    errors |=
        utf8_wide_any_sign_bit(input) ? utf8_wide_block_errors(input, previous) : utf8_wide_incomplete_at_end(previous);
    previous = input;
  }
  byte_block tail_errors = splat_byte(0);
  byte_block last =
      __builtin_shufflevector(previous, previous, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  if (n - i >= 16) {
    const byte_block input = load_byte_block(p + i);
    tail_errors |= utf8_block_errors(input, last);
    last = input;
    i += 16;
  }
  if (i < n) {  // n >= 32: the 16 bytes before the last 16 are the text's
    const byte_block input = load_byte_block(p + n - 16);
    tail_errors |= utf8_block_errors(input, load_byte_block(p + n - 32));
    last = input;
  }
  tail_errors |= utf8_incomplete_at_end(last);
  return !utf8_wide_any_sign_bit(reinterpret_cast<wide_block>(errors != 0)) &&
         movemask_native::of(reinterpret_cast<byte_block>(tail_errors != splat_byte(0))) == 0;
}

#undef SWR_UTF8_AVX2_TARGET

// Whether p[0, n) is well-formed UTF-8, by the widest kernel this CPU has; false also when it has none, or
// when the text is too short for it (under 16 bytes): then the caller's portable code decides.
inline bool utf8_valid_x86(const char* p, std::size_t n) noexcept {
  if (n < 16) return false;
  switch (utf8_x86_best_kernel()) {  // GCOVR_EXCL_BR_LINE: one CPU answers one way
    case utf8_x86_kernel::avx2: return n >= 32 ? utf8_valid_avx2(p, n) : utf8_valid_ssse3(p, n);
    case utf8_x86_kernel::ssse3: return utf8_valid_ssse3(p, n);
    case utf8_x86_kernel::none: break;
  }
  return false;
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_UTF8_X86

#endif  // SWR_DETAIL_UTF8_X86_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The length (1–4) of the well-formed UTF-8 sequence that starts at `text[i]`, or 0 when the bytes there
/// do not form one. Precondition: `i < text.size()`.
[[nodiscard]] constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte; later bytes are always 80..BF
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong 3-byte forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // no overlong 4-byte forms
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;  // a continuation byte, C0/C1 (overlong) or F5..FF
  }
  if (text.size() - i < length) return 0;
  const unsigned char second = byte(i + 1);
  if (second < low || second > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    const unsigned char b = byte(i + k);
    if (b < 0x80 || b > 0xBF) return 0;
  }
  return length;
}

/// The offset of the first byte that does not start a well-formed sequence, or `text.size()` if none.
[[nodiscard]] constexpr std::size_t find_invalid_utf8(std::string_view text) noexcept {
  std::size_t i = 0;
#if SWR_HAS_UTF8_X86
  // At run time, a whole valid text is confirmed 32 or 16 bytes at a time; only an invalid one is scanned below.
  // GCOVR_EXCL_BR_START: constant evaluation, and the CPU answers one way (the kernels are tested directly)
  if (!SWR_IS_CONSTANT_EVALUATED() && text.size() >= 16 && detail::utf8_valid_x86(text.data(), text.size())) {
    return text.size();
  }
  // GCOVR_EXCL_BR_STOP
#endif
#if SWR_HAS_BYTE_BLOCKS
  // At run time, blocks of 16 ASCII bytes are valid as they are.
  if (!SWR_IS_CONSTANT_EVALUATED()) {
    while (text.size() - i >= 16 &&
           detail::movemask_native::of(detail::load_byte_block(text.data() + i)) == 0) {  // no sign bit set
      i += 16;
    }
  }
#endif
  while (i < text.size()) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return i;
    i += length;
  }
  return i;
}

[[nodiscard]] constexpr bool is_valid_utf8(std::string_view text) noexcept {
  return find_invalid_utf8(text) == text.size();
}

/// The number of bytes that are not continuation bytes (10xxxxxx): in valid UTF-8, the number of code points.
[[nodiscard]] constexpr std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

/// Appends the UTF-8 encoding of a Unicode scalar value (not a surrogate, at most U+10FFFF) through `out`.
template <class OutputIt>
constexpr OutputIt encode_utf8(char32_t cp, OutputIt out) {
  const auto put = [&](unsigned value) { *out++ = static_cast<char>(static_cast<unsigned char>(value)); };
  const auto c = static_cast<unsigned>(cp);
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_UTF8_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// The value of the hex digit `c`, or 16 when it is not one (the readers of the u-escapes share it).
constexpr unsigned json_hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
  return 16;
}

/// The JSON type of the value at the reader's position, judged by its first byte.
enum class json_type : unsigned char { string, number, object, array, boolean, null, invalid };

class json_lexer : public json_diagnostics {
 public:
  explicit json_lexer(std::string_view document) noexcept : doc_(document) {}

  std::size_t offset() const noexcept { return pos_; }
  bool at_end() const noexcept { return pos_ == doc_.size(); }
  void skip_whitespace() noexcept {
    while (pos_ < doc_.size()) {
      const char c = doc_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }

  /// Fails with unexpected_end at the end of the document, else with unexpected_character.
  bool fail_here() noexcept {
    return fail(at_end() ? error_code::unexpected_end : error_code::unexpected_character, pos_);
  }

  /// Consumes `c` after optional whitespace, or fails.
  bool expect(char c) noexcept {
    skip_whitespace();
    if (at_end() || doc_[pos_] != c) return fail_here();
    ++pos_;
    return true;
  }

  /// After optional whitespace: is the next byte `c`? (consumes it if so)
  bool consume_if(char c) noexcept {
    skip_whitespace();
    if (at_end() || doc_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  json_type peek_type() noexcept {
    skip_whitespace();
    if (at_end()) return json_type::invalid;
    switch (doc_[pos_]) {
      case '"': return json_type::string;
      case '{': return json_type::object;
      case '[': return json_type::array;
      case 't':
      case 'f': return json_type::boolean;
      case 'n': return json_type::null;
      default:
        return doc_[pos_] == '-' || (doc_[pos_] >= '0' && doc_[pos_] <= '9') ? json_type::number : json_type::invalid;
    }
  }

  /// Reads the string at the position (after whitespace), decoding it into `out` when given.
  bool read_string(std::string* out) {
    skip_whitespace();
    if (at_end() || doc_[pos_] != '"') return fail_here();
    ++pos_;
    if (out != nullptr) out->clear();
    for (;;) {
      // The plain bytes of a run go in one append.
      const std::size_t run = pos_;
      while (pos_ < doc_.size()) {
        const auto b = static_cast<unsigned char>(doc_[pos_]);
        if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80) break;
        ++pos_;
      }
      if (out != nullptr) out->append(doc_.data() + run, pos_ - run);
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      const auto b = static_cast<unsigned char>(doc_[pos_]);
      if (b == '"') {
        ++pos_;
        return true;
      }
      if (b < 0x20) return fail(error_code::unescaped_control_character, pos_);
      if (b >= 0x80) {
        const std::size_t length = utf8_sequence_length(doc_, pos_);
        if (length == 0) return fail(error_code::malformed_utf8, pos_);
        if (out != nullptr) out->append(doc_.data() + pos_, length);
        pos_ += length;
        continue;
      }
      if (!read_escape(out)) return false;
    }
  }

  /// Reads (and checks) the number at the position (after whitespace); `text` is how it is written.
  bool read_number_text(std::string_view& text) noexcept {
    skip_whitespace();
    const std::size_t start = pos_;
    if (at_end()) return fail_here();
    if (!read_number()) return false;
    text = doc_.substr(start, pos_ - start);
    return true;
  }

  /// Reads true or false at the position into `value`.
  bool read_boolean(bool& value) noexcept {
    skip_whitespace();
    const bool is_true = !at_end() && doc_[pos_] == 't';
    if (!read_literal(is_true ? "true" : "false")) return false;
    value = is_true;
    return true;
  }

  bool read_null() noexcept {
    skip_whitespace();
    return read_literal("null");
  }

  /// Reads (and checks) a string, number, true, false or null at the position.
  bool skip_scalar() {
    switch (peek_type()) {
      case json_type::string: return read_string(nullptr);
      case json_type::boolean: {
        bool ignored = false;
        return read_boolean(ignored);
      }
      case json_type::null: return read_null();
      case json_type::number: return read_number();
      case json_type::object:
      case json_type::array:
      case json_type::invalid: return fail_here();
    }
    return fail_here();  // not an enumerator
  }

  /// After the top-level value: nothing but whitespace may follow.
  bool finish() noexcept {
    skip_whitespace();
    return at_end() || fail(error_code::trailing_characters, pos_);
  }

 private:
  bool read_literal(std::string_view literal) noexcept {
    for (const char expected : literal) {
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      if (doc_[pos_] != expected) return fail(error_code::invalid_literal, pos_);
      ++pos_;
    }
    return true;
  }

  // number = [ "-" ] ( "0" / digit1-9 *digit ) [ "." 1*digit ] [ ( "e" / "E" ) [ "-" / "+" ] 1*digit ]
  bool read_number() noexcept {
    const auto digit_here = [&] { return !at_end() && doc_[pos_] >= '0' && doc_[pos_] <= '9'; };
    const auto digits = [&] {
      if (!digit_here())
        return at_end() ? fail(error_code::unexpected_end, pos_) : fail(error_code::invalid_number, pos_);
      while (digit_here()) ++pos_;
      return true;
    };
    if (doc_[pos_] == '-') ++pos_;
    if (!at_end() && doc_[pos_] == '0') {
      ++pos_;
      if (digit_here()) return fail(error_code::invalid_number, pos_);  // a leading zero
    } else if (!digits()) {
      return false;
    }
    if (!at_end() && doc_[pos_] == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (!at_end() && (doc_[pos_] == 'e' || doc_[pos_] == 'E')) {
      ++pos_;
      if (!at_end() && (doc_[pos_] == '+' || doc_[pos_] == '-')) ++pos_;
      if (!digits()) return false;
    }
    return true;
  }

  // Reads four hex digits of a \u escape.
  bool read_hex4(unsigned& value) noexcept {
    value = 0;
    for (int i = 0; i < 4; ++i) {
      if (at_end()) return fail(error_code::unexpected_end, pos_);
      const unsigned digit = json_hex_digit(doc_[pos_]);
      if (digit > 15) return fail(error_code::invalid_escape, pos_);
      value = value * 16 + digit;
      ++pos_;
    }
    return true;
  }

  // At a backslash inside a string.
  bool read_escape(std::string* out) {
    const std::size_t start = pos_++;
    if (at_end()) return fail(error_code::unexpected_end, pos_);
    char decoded = 0;
    switch (doc_[pos_]) {
      case '"': decoded = '"'; break;
      case '\\': decoded = '\\'; break;
      case '/': decoded = '/'; break;
      case 'b': decoded = '\b'; break;
      case 'f': decoded = '\f'; break;
      case 'n': decoded = '\n'; break;
      case 'r': decoded = '\r'; break;
      case 't': decoded = '\t'; break;
      case 'u': {
        ++pos_;
        unsigned unit = 0;
        if (!read_hex4(unit)) return false;
        char32_t code_point = unit;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return fail(error_code::lone_surrogate, start);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          // A high surrogate must be followed at once by an escaped low one.
          const std::string_view next = doc_.substr(pos_, 2);
          if (next != "\\u") {
            // A document cut right after the high surrogate is truncated, not wrong.
            if (next.size() < 2 && std::string_view("\\u").substr(0, next.size()) == next) {
              return fail(error_code::unexpected_end, doc_.size());
            }
            return fail(error_code::lone_surrogate, start);
          }
          pos_ += 2;
          unsigned low = 0;
          if (!read_hex4(low)) return false;
          if (low < 0xDC00 || low > 0xDFFF) return fail(error_code::lone_surrogate, start);
          code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
        }
        if (out != nullptr) {
          char utf8[4] = {};
          out->append(utf8, static_cast<std::size_t>(encode_utf8(code_point, utf8) - utf8));
        }
        return true;
      }
      default: return fail(error_code::invalid_escape, pos_);
    }
    ++pos_;
    if (out != nullptr) out->push_back(decoded);
    return true;
  }

  std::string_view doc_;
  std::size_t pos_ = 0;
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_LEXER_HPP

// ---- swr/escape.hpp ----
// swrkit — the wire form of repository names: every '/' becomes '$' (docs/names.md, "Wire form").
// SWR asks for it in URL paths and in the create-repository body. Since '$' is never valid in a logical
// name, escaping is a bijection on valid names. These functions only map bytes; they do not validate.
#ifndef SWR_ESCAPE_HPP
#define SWR_ESCAPE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

namespace detail {

// `word` with each byte equal to `from` made `to`, without a branch: such a byte is a zero byte of
// word ^ from...from, found exactly (no carry crosses bytes) as a byte whose high bit stays clear after adding
// 0x7F to its low seven bits.
template <class Word>
constexpr Word replace_in_word(Word word, char from, char to) noexcept {
  constexpr Word ones = static_cast<Word>(~Word{0}) / 0xFF;  // 0x0101...01
  constexpr Word low7 = ones * 0x7F, high = ones * 0x80;
  const Word x = static_cast<Word>(word ^ (ones * static_cast<unsigned char>(from)));
  const Word nonzero = static_cast<Word>((((x & low7) + low7) | x) & high);
  const Word match = static_cast<Word>((nonzero ^ high) >> 7);  // 1 in each byte equal to `from`
  return static_cast<Word>(word ^ (match * static_cast<unsigned char>(from ^ to)));
}

// p[0, n) into out[0, n) with every `from` replaced by `to` (out may be p), a word of 8 bytes at a time with the
// last word moved back to end on the last byte, or two overlapping words of 4 for 4 to 7 bytes, so that nothing
// is read or written outside the n bytes. The portable path of replace_byte_run_time; the tests run it on its own.
inline void replace_byte_in_words(const char* p, std::size_t n, char from, char to, char* out) noexcept {
  if (n >= 8) {
    for (std::size_t i = 0; i < n; i += 8) {
      const std::size_t at = n - i >= 8 ? i : n - 8;  // in place, this word may be partly replaced already
      std::uint64_t word = 0;
      __builtin_memcpy(&word, p + at, 8);
      word = replace_in_word(word, from, to);
      __builtin_memcpy(out + at, &word, 8);
    }
  } else if (n >= 4) {  // both words loaded before either is stored, so that out may be p
    std::uint32_t first = 0, last = 0;
    __builtin_memcpy(&first, p, 4);
    __builtin_memcpy(&last, p + n - 4, 4);
    first = replace_in_word(first, from, to);
    last = replace_in_word(last, from, to);
    __builtin_memcpy(out, &first, 4);
    __builtin_memcpy(out + n - 4, &last, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) out[i] = p[i] == from ? to : p[i];
  }
}

// replace_byte_in_words's contract, in blocks of 16 bytes (byte_blocks.hpp) where there are blocks and at least
// 16 bytes, the last block moved back likewise. The body parser (body_fast_path.hpp) and the writer
// (json_text.hpp) use it for the repository's wire form.
inline void replace_byte_run_time(const char* p, std::size_t n, char from, char to, char* out) noexcept {
#if SWR_HAS_BYTE_BLOCKS
  if (n >= 16) {
    const byte_block match_value = splat_byte(static_cast<unsigned char>(from));
    const byte_block replacement = splat_byte(static_cast<unsigned char>(to));
    for (std::size_t i = 0; i < n; i += 16) {
      const std::size_t at = n - i >= 16 ? i : n - 16;  // in place, this block may be partly replaced already
      const byte_block bytes = load_byte_block(p + at);
      const byte_block match = reinterpret_cast<byte_block>(bytes == match_value);
      const byte_block replaced = (bytes & ~match) | (replacement & match);
      __builtin_memcpy(out + at, &replaced, 16);
    }
    return;
  }
#endif
  replace_byte_in_words(p, n, from, to, out);
}

// Copies `in` with every `from` replaced by `to`; all or nothing, so never a half-written name.
constexpr std::size_t replace_byte(std::string_view in, char from, char to, char* out, std::size_t capacity) noexcept {
  if (capacity < in.size()) return in.size();
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    replace_byte_run_time(in.data(), in.size(), from, to, out);
    return in.size();
  }
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

// ---- swr/model.hpp ----
// swrkit — the create-repository request model and its validation as a whole (docs/api.md).
// The owning structs mirror Huawei's SDKs (CreateRepoRequest, CreateRepoRequestBody); the view borrows the
// same fields, so that validation and serialization also work in constant expressions and without copies.
#ifndef SWR_MODEL_HPP
#define SWR_MODEL_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>


// ---- swr/error_message.hpp ----
// swrkit — message(const error&): a sentence for every error, and from_name_check, the error of a failed
// name check. The messages that state a fact kept elsewhere are built from it: the region list
// (region_table.hpp), the category list (category.hpp), the length limits (name_check.hpp, error.hpp).
#ifndef SWR_ERROR_MESSAGE_HPP
#define SWR_ERROR_MESSAGE_HPP

#include <string_view>


// ---- swr/name_check.hpp ----
// swrkit — the result of checking a name: what is wrong and at which byte.
// Spec: docs/names.md, "Diagnostics".
#ifndef SWR_NAME_CHECK_HPP
#define SWR_NAME_CHECK_HPP

#include <cstddef>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// Why a name is not valid. The order of the enumerators is part of the ABI: do not reorder.
enum class name_error : unsigned char {
  none,                  ///< the name is valid
  empty,                 ///< length 0
  too_long,              ///< longer than the maximum for its kind
  invalid_character,     ///< a byte outside the alphabet of its kind
  invalid_start,         ///< starts with a separator (or, for a namespace, a digit)
  invalid_end,           ///< ends with a separator
  adjacent_separators,   ///< two separators side by side that do not form `__` or a run of `-`
  too_many_underscores,  ///< a third `_` in a row
  reserved,              ///< the namespace `library`, reserved by SWR
};

/// The two kinds of name the API takes.
enum class name_kind : unsigned char {
  namespace_name,  ///< an organization: the `{namespace}` path parameter
  repository,      ///< a repository in its logical form (`/` allowed, not yet escaped to `$`)
};

inline constexpr std::size_t namespace_max_length = 64;
inline constexpr std::size_t repository_max_length = 128;

/// The maximum length, in bytes, of a name of this kind.
[[nodiscard]] constexpr std::size_t max_length(name_kind kind) noexcept {
  return kind == name_kind::namespace_name ? namespace_max_length : repository_max_length;
}

/// The outcome of a check: `ok()` or the first violation and the byte offset where it was found.
/// Positions follow docs/names.md: `empty` at 0, `too_long` at the maximum, `invalid_end` at the last byte,
/// `reserved` at 0, every other error at the offending byte.
struct [[nodiscard]] name_check {
  name_error error = name_error::none;
  std::size_t position = 0;

  [[nodiscard]] constexpr bool ok() const noexcept { return error == name_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }

  friend constexpr bool operator==(const name_check& a, const name_check& b) noexcept {
    return a.error == b.error && a.position == b.position;
  }
  friend constexpr bool operator!=(const name_check& a, const name_check& b) noexcept { return !(a == b); }
};

// Every to_string and message below returns a view of a string literal: NUL-terminated (data()[size()] is
// '\0'), for every value, including values outside the enums (""), so data() can go to a C API as is.

/// The enumerator's identifier, e.g. "adjacent_separators"; "" for a value outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(name_error error) noexcept {
  switch (error) {
    case name_error::none: return "none";
    case name_error::empty: return "empty";
    case name_error::too_long: return "too_long";
    case name_error::invalid_character: return "invalid_character";
    case name_error::invalid_start: return "invalid_start";
    case name_error::invalid_end: return "invalid_end";
    case name_error::adjacent_separators: return "adjacent_separators";
    case name_error::too_many_underscores: return "too_many_underscores";
    case name_error::reserved: return "reserved";
  }
  return "";
}

/// "namespace" or "repository": the word the API documentation uses for the field; "" for a value outside
/// the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(name_kind kind) noexcept {
  switch (kind) {
    case name_kind::namespace_name: return "namespace";
    case name_kind::repository: return "repository";
  }
  return "";
}

/// A sentence a GUI can show as is, true for both kinds of name; "" for a value outside the enum.
/// NUL-terminated.
[[nodiscard]] constexpr std::string_view message(name_error error) noexcept {
  switch (error) {
    case name_error::none: return "The name is valid.";
    case name_error::empty: return "The name is empty.";
    case name_error::too_long: return "The name is too long.";
    case name_error::invalid_character:
      return "Only lowercase letters, digits and the separators '.', '_', '-' (and '/' in a repository name) are "
             "allowed.";
    case name_error::invalid_start:
      return "The name must start with a lowercase letter (or, in a repository name, a digit).";
    case name_error::invalid_end: return "The name must end with a lowercase letter or a digit.";
    case name_error::adjacent_separators:
      return "Separators cannot be placed next to each other; only '__' and runs of '-' are allowed.";
    case name_error::too_many_underscores: return "At most two consecutive underscores are allowed.";
    case name_error::reserved: return "The name 'library' is reserved by SWR.";
  }
  return "";
}

/// The same sentence made exact for one kind of name (limits and alphabets differ between kinds).
/// NUL-terminated.
[[nodiscard]] constexpr std::string_view message(name_error error, name_kind kind) noexcept {
  const bool ns = kind == name_kind::namespace_name;
  if (error == name_error::too_long) {
    // Literals, not text built from max_length while compiling: that cost every includer of the names
    // header about 3 ms. error_test holds them to max_length.
    return ns ? "A namespace name has at most 64 characters." : "A repository name has at most 128 characters.";
  }
  if (error == name_error::invalid_character) {
    return ns ? "Only lowercase letters, digits, '.', '_' and '-' are allowed in a namespace name."
              : "Only lowercase letters, digits, '.', '/', '_' and '-' are allowed in a repository name.";
  }
  if (error == name_error::invalid_start) {
    return ns ? "A namespace name must start with a lowercase letter."
              : "A repository name must start with a lowercase letter or a digit.";
  }
  return message(error);  // the other sentences are the same for both kinds
}

/// The longest tag: 128 bytes (distribution/reference's grammar; SWR documents no tag rule of its own).
inline constexpr std::size_t tag_max_length = 128;

/// The sentence for a tag's diagnosis (check_tag in reference.hpp gives a name_check too): a tag has its own
/// alphabet (uppercase letters allowed) and start rule, and no end or separator rules. NUL-terminated.
[[nodiscard]] constexpr std::string_view tag_message(name_error error) noexcept {
  if (error == name_error::none) return "The tag is valid.";
  if (error == name_error::empty) return "The tag is empty.";
  if (error == name_error::too_long) return "A tag has at most 128 characters.";
  if (error == name_error::invalid_character) {
    return "Only letters, digits, '_', '.' and '-' are allowed in a tag.";
  }
  if (error == name_error::invalid_start) return "A tag must start with a letter, a digit or '_'.";
  return "";  // the other errors are not a tag's
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_NAME_CHECK_HPP

// ---- swr/region_table.hpp ----
// swrkit — the regional SWR API hosts (docs/regions.md, from Huawei Cloud's SDKs; scheme https), and the
// text that lists their ids for an unknown one. Kept apart from regions.hpp so that error.hpp can build its
// message from the one table, without an include cycle.
#ifndef SWR_REGION_TABLE_HPP
#define SWR_REGION_TABLE_HPP

#include <cstddef>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

struct region {
  std::string_view id;        ///< e.g. "cn-north-4"
  std::string_view host;      ///< the API host, e.g. "swr-api.cn-north-4.myhuaweicloud.com"
  std::string_view registry;  ///< the image registry (docker push), e.g. "swr.cn-north-4.myhuaweicloud.com"
};

/// Every known region, in the order of docs/regions.md. Note eu-west-101, served from myhuaweicloud.eu (its API
/// host and its registry alike).
inline constexpr region regions[] = {
    {"af-south-1", "swr-api.af-south-1.myhuaweicloud.com", "swr.af-south-1.myhuaweicloud.com"},
    {"ap-southeast-1", "swr-api.ap-southeast-1.myhuaweicloud.com", "swr.ap-southeast-1.myhuaweicloud.com"},
    {"ap-southeast-2", "swr-api.ap-southeast-2.myhuaweicloud.com", "swr.ap-southeast-2.myhuaweicloud.com"},
    {"ap-southeast-3", "swr-api.ap-southeast-3.myhuaweicloud.com", "swr.ap-southeast-3.myhuaweicloud.com"},
    {"cn-east-2", "swr-api.cn-east-2.myhuaweicloud.com", "swr.cn-east-2.myhuaweicloud.com"},
    {"cn-east-3", "swr-api.cn-east-3.myhuaweicloud.com", "swr.cn-east-3.myhuaweicloud.com"},
    {"cn-north-1", "swr-api.cn-north-1.myhuaweicloud.com", "swr.cn-north-1.myhuaweicloud.com"},
    {"cn-north-2", "swr-api.cn-north-2.myhuaweicloud.com", "swr.cn-north-2.myhuaweicloud.com"},
    {"cn-north-4", "swr-api.cn-north-4.myhuaweicloud.com", "swr.cn-north-4.myhuaweicloud.com"},
    {"cn-north-9", "swr-api.cn-north-9.myhuaweicloud.com", "swr.cn-north-9.myhuaweicloud.com"},
    {"cn-south-1", "swr-api.cn-south-1.myhuaweicloud.com", "swr.cn-south-1.myhuaweicloud.com"},
    {"cn-south-2", "swr-api.cn-south-2.myhuaweicloud.com", "swr.cn-south-2.myhuaweicloud.com"},
    {"cn-southwest-2", "swr-api.cn-southwest-2.myhuaweicloud.com", "swr.cn-southwest-2.myhuaweicloud.com"},
    {"ru-northwest-2", "swr-api.ru-northwest-2.myhuaweicloud.com", "swr.ru-northwest-2.myhuaweicloud.com"},
    {"la-south-2", "swr-api.la-south-2.myhuaweicloud.com", "swr.la-south-2.myhuaweicloud.com"},
    {"la-north-2", "swr-api.la-north-2.myhuaweicloud.com", "swr.la-north-2.myhuaweicloud.com"},
    {"sa-brazil-1", "swr-api.sa-brazil-1.myhuaweicloud.com", "swr.sa-brazil-1.myhuaweicloud.com"},
    {"na-mexico-1", "swr-api.na-mexico-1.myhuaweicloud.com", "swr.na-mexico-1.myhuaweicloud.com"},
    {"tr-west-1", "swr-api.tr-west-1.myhuaweicloud.com", "swr.tr-west-1.myhuaweicloud.com"},
    {"ae-ad-1", "swr-api.ae-ad-1.myhuaweicloud.com", "swr.ae-ad-1.myhuaweicloud.com"},
    {"eu-west-101", "swr-api.eu-west-101.myhuaweicloud.eu", "swr.eu-west-101.myhuaweicloud.eu"},
};

namespace detail {
inline constexpr std::string_view unknown_region_prefix = "Unknown region; the known ones are ";
inline constexpr std::string_view unknown_region_suffix = "; for another endpoint, give its host.";

constexpr std::size_t unknown_region_text_size() noexcept {
  std::size_t size = unknown_region_prefix.size() + unknown_region_suffix.size();
  for (const region& r : regions) size += r.id.size() + 2;  // the id and ", "
  return size - 2;                                          // no ", " after the last
}

// The text and a terminating NUL, like a string literal: message() promises views whose data() is a C
// string (data()[size()] == '\0'), and this is the one message not written as a literal.
struct unknown_region_text {
  char data[unknown_region_text_size() + 1];
  constexpr std::string_view view() const noexcept { return {data, sizeof data - 1}; }
};

// "Unknown region; the known ones are af-south-1, …, eu-west-101; for another endpoint, give its host."
constexpr unknown_region_text make_unknown_region_text() noexcept {
  unknown_region_text text{};
  std::size_t at = 0;
  const auto put = [&](std::string_view part) {
    for (const char c : part) text.data[at++] = c;
  };
  put(unknown_region_prefix);
  for (std::size_t i = 0; i < sizeof regions / sizeof regions[0]; ++i) {
    if (i > 0) put(", ");
    put(regions[i].id);
  }
  put(unknown_region_suffix);
  text.data[at] = '\0';  // at == unknown_region_text_size(): the last byte, already 0 from text{}
  return text;
}

inline constexpr unknown_region_text unknown_region_message = make_unknown_region_text();
}  // namespace detail

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_REGION_TABLE_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The error for a failed name check of a field (namespace or repository).
[[nodiscard]] constexpr error from_name_check(name_check check, swr::field where) noexcept {
  return {static_cast<error_code>(check.error), where, check.position, no_offset};
}

namespace detail {
constexpr bool same_error(name_error n, error_code c) noexcept {
  return static_cast<unsigned>(n) == static_cast<unsigned>(c) && to_string(n) == to_string(c);
}
}  // namespace detail

// from_name_check and message(error) convert name_error to error_code by value: each name_error has the
// value and the identifier of the error_code of the same name, and `reserved` is the last of them.
static_assert(detail::same_error(name_error::none, error_code::none), "name_error/error_code: none");
static_assert(detail::same_error(name_error::empty, error_code::empty), "name_error/error_code: empty");
static_assert(detail::same_error(name_error::too_long, error_code::too_long), "name_error/error_code: too_long");
static_assert(detail::same_error(name_error::invalid_character, error_code::invalid_character),
              "name_error/error_code: invalid_character");
static_assert(detail::same_error(name_error::invalid_start, error_code::invalid_start),
              "name_error/error_code: invalid_start");
static_assert(detail::same_error(name_error::invalid_end, error_code::invalid_end),
              "name_error/error_code: invalid_end");
static_assert(detail::same_error(name_error::adjacent_separators, error_code::adjacent_separators),
              "name_error/error_code: adjacent_separators");
static_assert(detail::same_error(name_error::too_many_underscores, error_code::too_many_underscores),
              "name_error/error_code: too_many_underscores");
static_assert(detail::same_error(name_error::reserved, error_code::reserved), "name_error/error_code: reserved");
static_assert(to_string(static_cast<name_error>(static_cast<unsigned>(name_error::reserved) + 1)).empty(),
              "reserved must be the last name_error (message(error) maps empty..reserved onto name errors)");

namespace detail {
// The messages that state a fact kept elsewhere, built from it at compile time.
// "The description has more than 30,000 characters."
constexpr void write_description_too_long(text_sink& sink) noexcept {
  sink.put("The description has more than ");
  sink.put_number(description_max_code_points, ',');
  sink.put(" characters.");
}
}  // namespace detail

/// A sentence a GUI or a 400 response can show as is ("" for a code outside the enum). It never quotes
/// the offending value (a token must not leak through an error message). NUL-terminated, like every
/// message, including those built from the tables and limits they state: unknown_region (region_table.hpp),
/// unknown_category (category.hpp), too_long (name_check.hpp, description_max_code_points).
[[nodiscard]] constexpr std::string_view message(const error& e) noexcept {
  const bool ns = e.field == field::namespace_name;
  const bool repository = e.field == field::repository;
  if ((ns || repository) && e.code >= error_code::empty && e.code <= error_code::reserved) {
    return message(static_cast<name_error>(e.code), ns ? name_kind::namespace_name : name_kind::repository);
  }
  const bool name_code = e.code >= error_code::empty && e.code <= error_code::reserved;
  if (e.field == field::tag && name_code && !tag_message(static_cast<name_error>(e.code)).empty()) {
    return tag_message(static_cast<name_error>(e.code));
  }
  if (e.field == field::image_path && name_code) {  // the repository grammar, 255 bytes (reference.hpp)
    if (e.code == error_code::empty) return "The image reference has no path (the repository name).";
    if (e.code == error_code::too_long) return "An image path has at most 255 characters, the registry not counted.";
    if (e.code == error_code::invalid_character) {
      return "An image path holds only lowercase letters, digits, '.', '_', '-' and '/'.";
    }
    if (e.code == error_code::invalid_start) {
      return "Each component of an image path starts with a lowercase letter or a digit.";
    }
    if (e.code == error_code::invalid_end) {
      return "Each component of an image path ends with a lowercase letter or a digit.";
    }
    return message(static_cast<name_error>(e.code));  // adjacent_separators, too_many_underscores: as in names
  }
  if (e.field == field::digest && name_code) {
    if (e.code == error_code::empty) return "The digest is empty.";
    if (e.code == error_code::invalid_character) {
      return "A digest is an algorithm of letters and digits joined by '+', '.', '_' or '-', then ':' and hex "
             "digits (lowercase for sha256, sha384 and sha512).";
    }
    if (e.code == error_code::invalid_start) return "Each component of a digest's algorithm starts with a letter.";
    if (e.code == error_code::invalid_end) return "A digest's algorithm ends with a letter or a digit, before ':'.";
    if (e.code == error_code::adjacent_separators) {
      return "A digest's algorithm has one separator ('+', '.', '_' or '-') between two components.";
    }
  }
  switch (e.code) {
    case error_code::none: return "No problem.";
    case error_code::empty:  // (chains of ifs, not switches: most fields share the general sentence)
      if (e.field == field::token) return "The token is empty: X-Auth-Token needs an IAM user token.";
      if (e.field == field::host) return "The host is empty: give the API host, or choose a region.";
      if (e.field == field::access_key_id) return "The access key id (AK) is empty.";
      if (e.field == field::secret_key) return "The secret access key (SK) is empty.";
      if (e.field == field::method) return "The method is empty.";
      if (e.field == field::path) return "The path is empty: it starts with '/'.";
      if (e.field == field::header_name) return "A header name is empty.";
      return "The value is empty.";
    case error_code::too_long:
      return e.field == field::description ? detail::static_text_v<detail::write_description_too_long>.view()
                                           : "The value is too long.";
    case error_code::invalid_character:
      if (e.field == field::token || e.field == field::security_token) {
        return "A token may contain only visible ASCII characters (no spaces or control characters).";
      }
      if (e.field == field::access_key_id) {
        return "An access key id may contain only visible ASCII characters, and no comma (no spaces or control "
               "characters).";
      }
      if (e.field == field::secret_key) {
        return "An access key may contain only visible ASCII characters (no spaces or control characters).";
      }
      if (e.field == field::method) return "The method must be an HTTP token, such as GET or POST.";
      if (e.field == field::path) return "The path must start with '/' and may not contain control characters.";
      if (e.field == field::header_name) {
        return "A header name must be an HTTP token: letters, digits and !#$%&'*+-.^_`|~ only.";
      }
      if (e.field == field::header_value) return "A header value may not contain CR, LF or other control characters.";
      return "The value contains a character that is not allowed here.";
    case error_code::invalid_start:
    case error_code::invalid_end:
    case error_code::adjacent_separators:
    case error_code::too_many_underscores:
    case error_code::reserved: return message(static_cast<name_error>(e.code));
    case error_code::invalid_utf8:
      return "The text is not valid UTF-8 (a truncated or overlong sequence, a surrogate, or a code point above "
             "U+10FFFF).";
    case error_code::unknown_category: return detail::static_text_v<detail::write_unknown_category>.view();
    case error_code::unknown_region: return detail::unknown_region_message.view();
    case error_code::invalid_host:
      if (e.field == field::registry) {
        return "A registry is a DNS name (letters, digits and inner '-' between dots) or a bracketed IPv6 address, "
               "optionally followed by ':' and a port number.";
      }
      return "The host must be a DNS name, an IPv4 address or a bracketed IPv6 address, optionally followed by "
             ":port (1-65535).";
    case error_code::invalid_date:
      return "X-Sdk-Date must be a UTC time written YYYYMMDDTHHMMSSZ, such as 20240102T030405Z.";
    case error_code::duplicate_header:
      return "A header is given twice (names are compared without case), or is one that the signer adds itself: "
             "X-Sdk-Date, X-Security-Token or Authorization.";
    case error_code::unknown_registry:
      return "The registry is not the SWR registry of a known region: swr.<region>.myhuaweicloud.com "
             "(swr.eu-west-101.myhuaweicloud.eu for eu-west-101), without a port, then '/'.";
    case error_code::incomplete:
      return "The digest ends too early: it is an algorithm, ':' and hex digits, such as sha256:<64 hex digits>.";
    case error_code::unsupported_algorithm:
      return "The digest's algorithm is not one of the registered ones: sha256, sha384 and sha512.";
    case error_code::invalid_length:
      return "A digest has 64 hex digits for sha256, 96 for sha384 and 128 for sha512 (and at least 32 for any "
             "algorithm).";
    case error_code::out_of_range:
      return e.field == field::offset ? "A list's offset is 0 or more."
                                      : "A list's limit is from 1 to 1000 (SWR's default is 100).";
    case error_code::invalid_time:
      return "A share's deadline is forever, or a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ, such as "
             "2030-10-01T16:00:00.000Z.";
    case error_code::unexpected_end: return "The JSON document ends too early.";
    case error_code::unexpected_character: return "Unexpected character in the JSON document.";
    case error_code::invalid_literal: return "Invalid literal: expected true, false or null.";
    case error_code::invalid_number: return "Invalid number.";
    case error_code::invalid_escape: return "Invalid escape sequence in a JSON string.";
    case error_code::unescaped_control_character: return "A control character in a JSON string must be escaped.";
    case error_code::malformed_utf8: return "The JSON document is not valid UTF-8.";
    case error_code::lone_surrogate: return "A \\u escape encodes half of a surrogate pair.";
    case error_code::trailing_characters: return "Unexpected data after the JSON value.";
    case error_code::nesting_too_deep: return "Arrays and objects are nested too deeply.";
    case error_code::not_an_object: return "Expected a JSON object.";
    case error_code::missing_member:
      return e.field == field::repository  ? "The member \"repository\" is required."
             : e.field == field::is_public ? "The member \"is_public\" is required."
                                           : "A required member is missing.";
    case error_code::duplicate_member: return "A member appears more than once.";
    case error_code::wrong_type:
      return e.field == field::is_public    ? "\"is_public\" must be true or false."
             : e.field == field::repository ? "\"repository\" must be a string."
             : e.field == field::category || e.field == field::description
                 ? "The member has the wrong type: expected a string or null."
                 : "The member's value has the wrong type, or is none of its values.";
  }
  return "";
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ERROR_MESSAGE_HPP

// ---- swr/names.hpp ----
// swrkit — validators for namespace (organization) and repository names.
// Spec: docs/names.md. Everything here is constexpr, noexcept and allocation-free, so it works in
// static_assert, in hot loops and with -fno-exceptions -fno-rtti.
#ifndef SWR_NAMES_HPP
#define SWR_NAMES_HPP

#include <cstddef>
#include <string_view>


// ---- swr/detail/name_masks.hpp ----
// swrkit — the scan of docs/names.md ("Diagnostics", step 3) as bit operations on whole names: the run-time
// fast path of check_name and check_name_prefix (names.hpp), which keep the automaton for constant
// evaluation and for compilers without vector extensions.
//
// Why it works: a name is at most 128 bytes, so one bit per byte fits in one or two machine words, and every
// rule of the scan looks back at most two bytes. With masks of the bytes in the kind's alphabet (valid), of
// the separators (sep), of '_' (under) and of '-' (hyphen), the violations at byte i are
//   invalid_character     ~valid
//   too_many_underscores  under & under<<1 & under<<2
//   adjacent_separators   sep & sep<<1 & ~(under & under<<1) & ~(hyphen & hyphen<<1)
// (invalid_start is the first byte alone). Before the first violation the text is well-formed, so these are
// exactly the automaton's transitions there; the lowest set bit is the first violation, and where two rules
// hold at one byte the spec's order picks the error.
//
// The masks come from 16 bytes at a time, with the compiler's vector extensions: SSE2 on x86-64, NEON on
// ARM, whatever the target has, and not <immintrin.h>, which costs a third of a second per translation unit.
// Loads never leave the name: a name of 16 bytes or more is covered by 16-byte blocks whose last one is moved
// back to end on the name's last byte (overlapping bits agree), and a shorter one is assembled from loads of
// 8, 4 and 1 bytes within it. SWRKIT_DISABLE_SIMD turns the fast path off.
#ifndef SWR_DETAIL_NAME_MASKS_HPP
#define SWR_DETAIL_NAME_MASKS_HPP

#include <cstddef>
#include <cstdint>


// 128-bit integers too: 64-bit targets.
#if SWR_HAS_BYTE_BLOCKS && defined(__SIZEOF_INT128__)
#define SWR_HAS_NAME_MASKS 1
#else
#define SWR_HAS_NAME_MASKS 0
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// The scan's result as names.hpp's scan_name gives it: the first violation, or none and whether the text
// ends with a separator.
struct name_scan_result {
  name_check first_violation;
  bool ends_with_separator = false;
};

#if SWR_HAS_NAME_MASKS
// GCOVR_EXCL_BR_START: at -O0 (the coverage build) GCC lowers the block arithmetic with branch points of its
// own; the behaviour is held to the automaton by name_masks_test and fast_paths_fuzzer instead.

__extension__ typedef unsigned __int128 name_mask128;

// The masks of a name, bit i for byte i. Five classes of bytes matter (invalid, alphanumeric, '.' or '/',
// '_', '-'), so three masks tell them apart: `valid`, `dot_under` ('.' '/' '_') and `under_hyphen` ('_' '-').
// A separator is in either of the last two, '_' in both.
template <class Mask>
struct name_masks {
  Mask valid = 0, dot_under = 0, under_hyphen = 0;
};

// '-' '.' '/' and the digits are the contiguous bytes 0x2D..0x39, so a block takes two range tests and a few
// comparisons.
template <class Movemask, bool Repository>
inline name_masks<std::uint64_t> classify_name_block(byte_block bytes) noexcept {
  const byte_block from_hyphen = bytes - splat_byte('-');
  const byte_block letter = reinterpret_cast<byte_block>((bytes - splat_byte('a')) <= splat_byte('z' - 'a'));
  const byte_block under = reinterpret_cast<byte_block>(bytes == splat_byte('_'));
  const byte_block hyphen = reinterpret_cast<byte_block>(from_hyphen == splat_byte(0));
  byte_block valid = reinterpret_cast<byte_block>(from_hyphen <= splat_byte('9' - '-')) | letter | under;
  byte_block dot = reinterpret_cast<byte_block>(bytes == splat_byte('.'));
  if (Repository) {
    dot |= reinterpret_cast<byte_block>(bytes == splat_byte('/'));
  } else {
    valid &= reinterpret_cast<byte_block>(bytes != splat_byte('/'));  // a namespace has no '/'
  }
  return {Movemask::of(valid), Movemask::of(dot | under), Movemask::of(under | hyphen)};
}

// The 1 to 15 bytes of a short name in a block, zeros after them (a zero is in no class), read without
// touching a byte outside the name: two overlapping loads of 8 or 4 bytes, or single bytes.
inline byte_block load_short_name(const char* p, std::size_t n) noexcept {
  std::uint64_t low = 0, high = 0;
  if (n >= 8) {
    std::uint64_t last8;
    __builtin_memcpy(&low, p, 8);
    __builtin_memcpy(&last8, p + n - 8, 8);
    high = n == 8 ? 0 : last8 >> (8 * (16 - n));  // bytes 8..n-1
  } else if (n >= 4) {
    std::uint32_t first4, last4;
    __builtin_memcpy(&first4, p, 4);
    __builtin_memcpy(&last4, p + n - 4, 4);
    low = first4 | static_cast<std::uint64_t>(last4) << (8 * (n - 4));
  } else {  // 1 to 3 bytes: the first, the middle and the last, which coincide as n shrinks
    const auto byte = [p](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
    low = byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  }
  // Joined as a vector, not through an array in memory: two 8-byte stores read back by one 16-byte load stall
  // store forwarding, which cost a third of the time of a mixed corpus of names.
  typedef std::uint64_t word_pair __attribute__((vector_size(16)));
  const word_pair words = {low, high};
  return reinterpret_cast<byte_block>(words);
}

// Blocks first..last-1 of a name of 16(blocks - 2) + 1 to 16 blocks bytes (at least 16), as a 64-bit word:
// block k holds bytes 16k..16k+15 at bits 16(k % 4)... Every block but the last two is inside the name. The
// last two are loaded at n - 16 when they would pass its end, and their masks shifted right so that only the
// bytes from 16k on remain: none when 16k >= n. (The shift is at most 48 bits in a one-word name; in a
// two-word one, n > 64 keeps it at most 63.) A fixed number of loads costs less than a mispredicted loop exit.
// Always inlined, with constant block numbers, so that the loop unrolls and the shifts `to` are constants
// (as template arguments they would cost every includer a dozen instantiations to compile).
template <class Movemask, bool Repository>
__attribute__((always_inline)) inline name_masks<std::uint64_t> name_mask_word(const char* p, std::size_t n,
                                                                               unsigned blocks, unsigned first,
                                                                               unsigned last) noexcept {
  name_masks<std::uint64_t> word;
  const unsigned last_start = static_cast<unsigned>(n) - 16;
#pragma GCC unroll 4
  for (unsigned k = first; k < last; ++k) {
    const bool inside = k + 2 < blocks || k == 0;
    const unsigned at = inside || 16 * k < last_start ? 16 * k : last_start;
    const unsigned drop = 16 * k - at, to = 16 * (k % 4);
    const name_masks<std::uint64_t> m = classify_name_block<Movemask, Repository>(load_byte_block(p + at));
    word.valid |= (m.valid >> drop) << to;
    word.dot_under |= (m.dot_under >> drop) << to;
    word.under_hyphen |= (m.under_hyphen >> drop) << to;
  }
  return word;
}

inline unsigned name_lowest_bit(std::uint64_t m) noexcept { return static_cast<unsigned>(__builtin_ctzll(m)); }
inline unsigned name_lowest_bit(name_mask128 m) noexcept {
  const auto low = static_cast<std::uint64_t>(m);
  return low != 0 ? name_lowest_bit(low) : 64 + name_lowest_bit(static_cast<std::uint64_t>(m >> 64));
}

template <class Mask>
inline bool name_bit(Mask m, std::size_t i) noexcept {
  return ((m >> i) & 1) != 0;
}

// The rules on the masks of a whole name (one 64-bit word up to 64 bytes, two beyond).
template <bool Repository, class Mask>
inline name_scan_result scan_name_masks(const name_masks<Mask>& m, const char* p, std::size_t n) noexcept {
  const Mask in_name = n == 8 * sizeof(Mask) ? ~Mask{0} : (Mask{1} << n) - 1;
  const Mask sep = m.dot_under | m.under_hyphen, under = m.dot_under & m.under_hyphen;
  const Mask hyphen = m.under_hyphen & ~m.dot_under;
  const Mask pairs_allowed = (under & under << 1) | (hyphen & hyphen << 1);
  const Mask invalid = in_name & ~m.valid;
  const Mask third_underscore = under & under << 2 & under << 1;
  const Mask adjacent = sep & sep << 1 & ~pairs_allowed;
  // The first byte may be neither a separator nor, in a namespace, a digit.
  const bool bad_start = name_bit(sep, 0) || (!Repository && p[0] >= '0' && p[0] <= '9');
  const Mask violations = invalid | third_underscore | adjacent | Mask{bad_start};
  if (violations == 0) return {{}, name_bit(sep, n - 1)};
  const unsigned i = name_lowest_bit(violations);
  name_error error = name_error::adjacent_separators;
  if (name_bit(invalid, i)) {
    error = name_error::invalid_character;
  } else if (i == 0) {
    error = name_error::invalid_start;
  } else if (name_bit(third_underscore, i)) {
    error = name_error::too_many_underscores;
  }
  return {{error, i}, false};
}

// The scan of a text of 1 to max_length(kind) bytes (128 for a repository, 64 for a namespace, whose scan then
// needs no second word), with as many blocks as it needs: one for up to 15 bytes, then 2, 4, 6 or 8.
template <class Movemask, bool Repository>
inline name_scan_result scan_name_masks(const char* p, std::size_t n) noexcept {
  if (n <= 64 || !Repository) {
    name_masks<std::uint64_t> m;
    if (n < 16) {
      m = classify_name_block<Movemask, Repository>(load_short_name(p, n));
    } else if (n <= 32) {
      m = name_mask_word<Movemask, Repository>(p, n, 2, 0, 2);
    } else {
      m = name_mask_word<Movemask, Repository>(p, n, 4, 0, 4);
    }
    return scan_name_masks<Repository>(m, p, n);
  }
  const unsigned blocks = n <= 96 ? 6 : 8;
  const name_masks<std::uint64_t> low = name_mask_word<Movemask, Repository>(p, n, blocks, 0, 4);
  const name_masks<std::uint64_t> high = blocks == 6 ? name_mask_word<Movemask, Repository>(p, n, 6, 4, 6)
                                                     : name_mask_word<Movemask, Repository>(p, n, 8, 4, 8);
  const auto join = [](std::uint64_t lo, std::uint64_t hi) { return static_cast<name_mask128>(hi) << 64 | lo; };
  const name_masks<name_mask128> m{join(low.valid, high.valid), join(low.dot_under, high.dot_under),
                                   join(low.under_hyphen, high.under_hyphen)};
  return scan_name_masks<Repository>(m, p, n);
}

template <class Movemask = movemask_native>
inline name_scan_result scan_name_masks(name_kind kind, const char* p, std::size_t n) noexcept {
  return kind == name_kind::repository ? scan_name_masks<Movemask, true>(p, n) : scan_name_masks<Movemask, false>(p, n);
}

// GCOVR_EXCL_BR_STOP
#endif  // SWR_HAS_NAME_MASKS

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_NAME_MASKS_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// The grammar of docs/names.md as a deterministic automaton over bytes. A state says what the text read so
// far ends with; a transition either moves to the next state or names the violation at that byte. One
// table lookup per byte (after one for the byte's class), and the rules of the spec stay visible in
// make_name_automaton below.
enum name_state : unsigned char {
  state_start,        // nothing read yet
  state_alnum,        // ends with a letter or digit
  state_single,       // ends with '.' or '/': separators that cannot be doubled
  state_underscore,   // ends with one '_'
  state_underscores,  // ends with "__"
  state_hyphens,      // ends with a run of '-'
  state_count,
  // Transitions to these stop the scan; the value encodes the error (see name_error_of).
  stop_invalid_character = 16,
  stop_invalid_start,
  stop_too_many_underscores,
  stop_adjacent_separators,
};

constexpr name_error name_error_of(unsigned char stop) noexcept {
  switch (stop) {
    case stop_invalid_character: return name_error::invalid_character;
    case stop_invalid_start: return name_error::invalid_start;
    case stop_too_many_underscores: return name_error::too_many_underscores;
    default: return name_error::adjacent_separators;
  }
}

// What the rules tell apart in a byte: 7 classes instead of 256 bytes keep the tables small, and building
// them at compile time cheap for every includer (two 6x256 tables cost about 15 ms of each compilation; a
// 256-entry class table 2 ms, so a byte's class is computed, not looked up).
enum name_byte_class : unsigned char {
  class_letter,      // a-z
  class_digit,       // 0-9
  class_dot,         // '.'
  class_slash,       // '/': a separator in repositories, invalid in namespaces
  class_underscore,  // '_'
  class_hyphen,      // '-'
  class_other,       // everything else: invalid
  class_count,
};

constexpr name_byte_class name_class_of(unsigned char byte) noexcept {
  if (byte >= 'a' && byte <= 'z') return class_letter;
  if (byte >= '0' && byte <= '9') return class_digit;
  switch (byte) {
    case '.': return class_dot;
    case '/': return class_slash;
    case '_': return class_underscore;
    case '-': return class_hyphen;
    default: return class_other;
  }
}

struct name_automaton {
  unsigned char next[state_count][class_count];
};

constexpr name_automaton make_name_automaton(name_kind kind) noexcept {
  const bool repository = kind == name_kind::repository;
  name_automaton a{};
  for (int state = 0; state < state_count; ++state) {
    for (int byte_class = 0; byte_class < class_count; ++byte_class) {
      const bool letter = byte_class == class_letter;
      const bool digit = byte_class == class_digit;
      const bool single = byte_class == class_dot || (repository && byte_class == class_slash);
      const bool underscore = byte_class == class_underscore;
      const bool hyphen = byte_class == class_hyphen;
      unsigned char to = stop_invalid_character;
      if (letter || digit) {
        to = (state == state_start && digit && !repository) ? stop_invalid_start : state_alnum;
      } else if (single || underscore || hyphen) {
        switch (state) {
          case state_start: to = stop_invalid_start; break;
          case state_alnum: to = single ? state_single : underscore ? state_underscore : state_hyphens; break;
          case state_underscore: to = underscore ? state_underscores : stop_adjacent_separators; break;
          case state_underscores: to = underscore ? stop_too_many_underscores : stop_adjacent_separators; break;
          case state_hyphens: to = hyphen ? state_hyphens : stop_adjacent_separators; break;
          default: to = stop_adjacent_separators; break;  // state_single
        }
      }
      a.next[state][byte_class] = to;
    }
  }
  return a;
}

inline constexpr name_automaton namespace_automaton = make_name_automaton(name_kind::namespace_name);
inline constexpr name_automaton repository_automaton = make_name_automaton(name_kind::repository);

// Step 3 of docs/names.md "Diagnostics": the left-to-right scan shared by full and prefix checks, one byte
// at a time. The reference: constant evaluation uses it, and the tests hold the fast path to it.
constexpr name_scan_result scan_name_automaton(name_kind kind, std::string_view text) noexcept {
  const name_automaton& automaton = kind == name_kind::repository ? repository_automaton : namespace_automaton;
  unsigned char state = state_start;
  for (std::size_t i = 0; i < text.size(); ++i) {
    state = automaton.next[state][name_class_of(static_cast<unsigned char>(text[i]))];
    if (state >= state_count) return {{name_error_of(state), i}, false};
  }
  // A text that scanned clean ends with a separator exactly when its final state is not alnum or start.
  return {{}, state != state_alnum && state != state_start};
}

// The scan: at run time the whole-name bit operations of name_masks.hpp (for texts up to the kind's longest name;
// callers check the length first), in constant evaluation the automaton.
constexpr name_scan_result scan_name(name_kind kind, std::string_view text) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED() && !text.empty() && text.size() <= max_length(kind)) {
    return scan_name_masks(kind, text.data(), text.size());
  }
#endif
  return scan_name_automaton(kind, text);
}

}  // namespace detail

/// Checks a complete name of either kind against docs/names.md. Returns the first violation and its position.
[[nodiscard]] constexpr name_check check_name(name_kind kind, std::string_view name) noexcept {
  if (name.empty()) return {name_error::empty, 0};
  const std::size_t limit = max_length(kind);
  if (name.size() > limit) return {name_error::too_long, limit};
  const detail::name_scan_result scanned = detail::scan_name(kind, name);
  if (!scanned.first_violation.ok()) return scanned.first_violation;
  if (scanned.ends_with_separator) return {name_error::invalid_end, name.size() - 1};
  if (kind == name_kind::namespace_name && name == std::string_view("library")) return {name_error::reserved, 0};
  return {};
}

/// As-you-type check: ok when some completion (possibly empty) of `text` is a valid name of this kind.
/// The empty text is a valid prefix; `empty`, `reserved` and the plain end rule do not apply.
[[nodiscard]] constexpr name_check check_name_prefix(name_kind kind, std::string_view text) noexcept {
  const std::size_t limit = max_length(kind);
  if (text.size() > limit) return {name_error::too_long, limit};
  const detail::name_scan_result scanned = detail::scan_name(kind, text);
  if (!scanned.first_violation.ok()) return scanned.first_violation;
  // At the maximum length no byte can be appended, so a trailing separator can never be completed.
  if (text.size() == limit && scanned.ends_with_separator) return {name_error::invalid_end, limit - 1};
  return {};
}

[[nodiscard]] constexpr name_check check_namespace(std::string_view name) noexcept {
  return check_name(name_kind::namespace_name, name);
}
[[nodiscard]] constexpr name_check check_repository(std::string_view name) noexcept {
  return check_name(name_kind::repository, name);
}
[[nodiscard]] constexpr name_check check_namespace_prefix(std::string_view text) noexcept {
  return check_name_prefix(name_kind::namespace_name, text);
}
[[nodiscard]] constexpr name_check check_repository_prefix(std::string_view text) noexcept {
  return check_name_prefix(name_kind::repository, text);
}
[[nodiscard]] constexpr bool is_valid_namespace(std::string_view name) noexcept { return check_namespace(name).ok(); }
[[nodiscard]] constexpr bool is_valid_repository(std::string_view name) noexcept { return check_repository(name).ok(); }

namespace detail {
// The length of a name given as a char array: the array without its trailing NULs. A string literal's
// terminating NUL, and those of a fixed-size buffer (`char buf[16] = "my-org"`), are not part of the name;
// an embedded NUL ("my\0org") is, and is then refused like any byte outside the alphabet.
constexpr std::size_t name_literal_length(const char* literal, std::size_t size) noexcept {
  while (size > 0 && literal[size - 1] == '\0') --size;
  return size;
}
}  // namespace detail

#if SWR_HAS_CONSTEVAL
namespace detail {
// Deliberately not constexpr, one per name_error: a checked_name whose literal is invalid calls the one of
// its error during constant evaluation, which makes the program ill-formed, and the compiler's note names
// the rule that failed:
//   GCC:   error: call to non-'constexpr' function 'void swr::…::detail::name_literal_has_invalid_character()'
//   Clang: note: non-constexpr function 'name_literal_has_invalid_character' cannot be used in a constant
//          expression
inline void name_literal_is_empty() noexcept {}
inline void name_literal_is_too_long() noexcept {}
inline void name_literal_has_invalid_character() noexcept {}
inline void name_literal_has_invalid_start() noexcept {}
inline void name_literal_has_invalid_end() noexcept {}
inline void name_literal_has_adjacent_separators() noexcept {}
inline void name_literal_has_too_many_underscores() noexcept {}
inline void name_literal_is_reserved() noexcept {}

consteval void refuse_invalid_name_literal(name_error error) noexcept {
  switch (error) {
    case name_error::none: return;
    case name_error::empty: return name_literal_is_empty();
    case name_error::too_long: return name_literal_is_too_long();
    case name_error::invalid_character: return name_literal_has_invalid_character();
    case name_error::invalid_start: return name_literal_has_invalid_start();
    case name_error::invalid_end: return name_literal_has_invalid_end();
    case name_error::adjacent_separators: return name_literal_has_adjacent_separators();
    case name_error::too_many_underscores: return name_literal_has_too_many_underscores();
    case name_error::reserved: return name_literal_is_reserved();
  }
}
}  // namespace detail

/// A name literal checked at compile time (C++20, where consteval is available), in the manner of
/// fmt::format_string: `swr::checked_namespace ns = "my-org";` compiles, `= "My-org"` does not, and the
/// compiler's note names the rule, e.g. `name_literal_has_invalid_character`.
/// A function taking one accepts only literals that are valid names of its kind. The name is the array
/// without its trailing NULs: a `constexpr char buf[16] = "my-org"` is "my-org"; an embedded NUL is part
/// of the name, so "my\0org" is refused (invalid_character), as check_name would refuse it.
template <name_kind Kind>
class checked_name {
 public:
  template <std::size_t N>
  consteval checked_name(const char (&literal)[N]) noexcept : value_(literal, detail::name_literal_length(literal, N)) {
    detail::refuse_invalid_name_literal(check_name(Kind, value_).error);
  }
  constexpr std::string_view value() const noexcept { return value_; }
  constexpr operator std::string_view() const noexcept { return value_; }

 private:
  std::string_view value_;
};
#else
namespace detail {
// False for every kind, but dependent on it, so that the static_assert below fires only when a
// checked_name is used (instantiated), never merely because this header is included.
template <name_kind Kind>
inline constexpr bool checked_name_needs_consteval = false;
}  // namespace detail

/// Without consteval (C++17, or a C++20 compiler without it, such as Clang 14) a literal cannot be checked
/// while compiling. The names stay declared, so that code mentioning them compiles, and any use of one
/// fails with this message rather than with "no type named checked_namespace".
template <name_kind Kind>
class checked_name {
  static_assert(detail::checked_name_needs_consteval<Kind>,
                "swr::checked_namespace and swr::checked_repository need consteval (C++20 with, e.g., GCC >= 11 "
                "or Clang >= 15; see SWR_HAS_CONSTEVAL), which this compiler or language mode lacks: check the "
                "name at run time with swr::check_namespace or swr::check_repository instead");

 public:
  template <std::size_t N>
  constexpr checked_name(const char (&literal)[N]) noexcept
      : value_(literal, detail::name_literal_length(literal, N)) {}
  constexpr std::string_view value() const noexcept { return value_; }
  constexpr operator std::string_view() const noexcept { return value_; }

 private:
  std::string_view value_;
};
#endif

using checked_namespace = checked_name<name_kind::namespace_name>;
using checked_repository = checked_name<name_kind::repository>;

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_NAMES_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The JSON body of POST /v2/manage/namespaces/{namespace}/repos.
struct create_repo_body {
  std::string repository;  ///< logical name, '/' allowed; written to the wire as '$'
  bool is_public = false;  ///< required in JSON
  std::optional<swr::category> category;
  std::optional<std::string> description;

  friend bool operator==(const create_repo_body& a, const create_repo_body& b) {
    return a.repository == b.repository && a.is_public == b.is_public && a.category == b.category &&
           a.description == b.description;
  }
  friend bool operator!=(const create_repo_body& a, const create_repo_body& b) { return !(a == b); }
};

/// The whole call: the {namespace} path parameter and the body.
struct create_repo_request {
  std::string namespace_name;
  create_repo_body body;

  friend bool operator==(const create_repo_request& a, const create_repo_request& b) {
    return a.namespace_name == b.namespace_name && a.body == b.body;
  }
  friend bool operator!=(const create_repo_request& a, const create_repo_request& b) { return !(a == b); }
};

/// The fields of a create_repo_body, borrowed. Everything that reads a body takes one, so a body converts
/// implicitly; in constant expressions, build the view directly from literals. Like std::string_view, a
/// view must not outlive the body it was made from: `create_repo_body_view v = make_body();` dangles, and
/// Clang says so (-Wdangling), while `swr::to_json(make_body())` is fine (the body lives until the call
/// returns).
struct create_repo_body_view {
  std::string_view repository;
  bool is_public = false;
  std::optional<swr::category> category;
  std::optional<std::string_view> description;

  constexpr create_repo_body_view() noexcept = default;
  constexpr create_repo_body_view(std::string_view repository_name, bool is_public_repository,
                                  std::optional<swr::category> repository_category = std::nullopt,
                                  std::optional<std::string_view> repository_description = std::nullopt) noexcept
      : repository(repository_name),
        is_public(is_public_repository),
        category(repository_category),
        description(repository_description) {}
  // Implicit on purpose: a body is read through its view everywhere, and a temporary body passed straight
  // to a function taking a view, `swr::to_json(make_body())`, lives until the call returns. What dangles is
  // a view that outlives the full-expression, `create_repo_body_view v = make_body();`: the parameter is
  // SWR_LIFETIMEBOUND (config.hpp), so Clang diagnoses that line (-Wdangling; an error with -Werror).
  // The constructor from create_repo_body&& is deliberately not deleted: that would refuse the valid calls
  // too, in every function that takes a view (the user's as well as swrkit's), unless each one got a body
  // overload. It is the design of std::string_view (no deleted rvalue constructor) and of Abseil's views
  // (ABSL_ATTRIBUTE_LIFETIME_BOUND). GCC has no such diagnostic: there, as with std::string_view, keep the
  // body alive while a view of it is in use (AddressSanitizer reports a use after free).
  create_repo_body_view(const create_repo_body& body SWR_LIFETIMEBOUND) noexcept  // NOLINT(google-explicit-constructor)
      : repository(body.repository), is_public(body.is_public), category(body.category) {
    if (body.description) description = std::string_view(*body.description);
  }
};

/// Checks a description: well-formed UTF-8 and at most 30,000 code points. Returns `none`, or
/// `invalid_utf8` at the first bad byte, or `too_long` at the first byte past the limit — whichever
/// comes first.
[[nodiscard]] constexpr error check_description(std::string_view text) noexcept {
  std::size_t code_points = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (++code_points > description_max_code_points) return {error_code::too_long, field::description, i};
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return {error_code::invalid_utf8, field::description, i};
    i += length;
  }
  return {};
}

namespace detail {
// Calls `report(error)` for each problem of the body, in field order; stops early when it returns false.
// Returns false when stopped.
template <class Report>
constexpr bool for_each_problem(const create_repo_body_view& body, Report&& report) {
  const name_check repository = check_repository(body.repository);
  if (!repository.ok() && !report(from_name_check(repository, field::repository))) return false;
  if (body.category && to_string(*body.category).empty() &&
      !report(error{error_code::unknown_category, field::category, 0})) {
    return false;
  }
  if (body.description) {
    const error description = check_description(*body.description);
    if (!description.ok() && !report(description)) return false;
  }
  return true;
}

template <class Report>
bool for_each_problem(const create_repo_request& request, Report&& report) {
  const name_check ns = check_namespace(request.namespace_name);
  if (!ns.ok() && !report(from_name_check(ns, field::namespace_name))) return false;
  return for_each_problem(create_repo_body_view(request.body), report);
}

// The first problem of anything for_each_problem accepts, or an error with code `none`.
template <class Source>
constexpr error first_problem_of(const Source& source) {
  error first{};
  for_each_problem(source, [&](const error& e) {
    first = e;
    return false;
  });
  return first;
}

// Every problem of anything for_each_problem accepts, in its order.
template <class Source>
std::vector<error> all_problems_of(const Source& source) {
  std::vector<error> problems;
  for_each_problem(source, [&](const error& e) {
    problems.push_back(e);
    return true;
  });
  return problems;
}
}  // namespace detail

/// The first problem of a body, or an error with code `none`. Used where one reason is enough (to refuse).
[[nodiscard]] constexpr error first_problem(const create_repo_body_view& body) noexcept {
  return detail::first_problem_of(body);
}

/// The first problem of a request: the namespace, then the body.
[[nodiscard]] inline error first_problem(const create_repo_request& request) noexcept {
  return detail::first_problem_of(request);
}

/// Every problem of a body, in field order; empty when the body is valid.
[[nodiscard]] inline std::vector<error> validate(const create_repo_body_view& body) {
  return detail::all_problems_of(body);
}

/// Every problem of a request: the namespace first, then the body's.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request) {
  return detail::all_problems_of(request);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_MODEL_HPP

#if defined(__GNUC__) || defined(__clang__)
#define SWR_JSON_INLINE inline __attribute__((always_inline))  // small steps of the reader's hot loops
#else
#define SWR_JSON_INLINE inline
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Whether a byte ends a clean run inside a JSON string: '"', '\\', a control byte or a byte >= 0x80.
constexpr bool is_json_string_special(unsigned char b) noexcept {
  return b == '"' || b == '\\' || b < 0x20 || b >= 0x80;
}

#if SWR_HAS_BYTE_BLOCKS
// Bit i set when byte i of the 16 at `p` is special (see is_json_string_special).
inline unsigned json_special_mask(const char* p) noexcept {
  const byte_block b = load_byte_block(p);
  const byte_block special =
      reinterpret_cast<byte_block>(b < splat_byte(0x20)) | reinterpret_cast<byte_block>(b >= splat_byte(0x80)) |
      reinterpret_cast<byte_block>(b == splat_byte('"')) | reinterpret_cast<byte_block>(b == splat_byte('\\'));
  return static_cast<unsigned>(movemask_native::of(special));
}

// Bit i set when byte i of the 64 at `p` is '"' or '\\'.
SWR_JSON_INLINE std::uint64_t quote_or_backslash_mask(const char* p) noexcept {
  std::uint64_t mask = 0;
  for (unsigned k = 0; k < 4; ++k) {
    const byte_block b = load_byte_block(p + 16 * k);
    mask |= movemask_native::of(reinterpret_cast<byte_block>(b == splat_byte('"')) |
                                reinterpret_cast<byte_block>(b == splat_byte('\\')))
            << (16 * k);
  }
  return mask;
}

// Bit i set when byte i + 1 of those at `p` is 'u' (so bytes 1 to 64 are read): whether an escape at byte i is
// a \u escape, known without loading the byte after the backslash.
SWR_JSON_INLINE std::uint64_t next_is_u_mask(const char* p) noexcept {
  std::uint64_t mask = 0;
  for (unsigned k = 0; k < 4; ++k) {
    mask |= movemask_native::of(reinterpret_cast<byte_block>(load_byte_block(p + 1 + 16 * k) == splat_byte('u')))
            << (16 * k);
  }
  return mask;
}
#endif

// The index of the first special byte of s[i, n), or n. Reads nothing outside s[0, n).
SWR_JSON_INLINE std::size_t find_json_string_special(const char* s, std::size_t i, std::size_t n) noexcept {
#if SWR_HAS_BYTE_BLOCKS
  if (n - i >= 16) {
    do {
      const unsigned mask = json_special_mask(s + i);
      if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
      i += 16;
    } while (n - i >= 16);
    if (i == n) return n;
    // The last 1 to 15 bytes: a block that ends on s[n - 1], without the bits of the bytes already seen.
    const unsigned mask = json_special_mask(s + n - 16) >> (16 - (n - i));
    return mask != 0 ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : n;
  }
#endif
  while (i < n && !is_json_string_special(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

// Well-formed UTF-8 without control bytes, as a shift-based automaton: one table load and one shift a byte,
// no branch. State k is the shift 6k; json_utf8_dfa.next[b] holds, in bits 6k..6k+5, the shift of the state
// that byte b leads to from state k. States: 0 accept (between sequences), 1 error (stays), 2, 3 and 4: one,
// two and three continuation bytes 80..BF still due, 5: after E0 (A0..BF due), 6: after ED (80..9F), 7: after
// F0 (90..BF), 8: after F4 (80..8F). The bounds of utf8_sequence_length (utf8.hpp), byte class by class.
struct json_utf8_dfa_table {
  std::uint64_t next[256];
};
constexpr json_utf8_dfa_table make_json_utf8_dfa() noexcept {
  json_utf8_dfa_table t{};
  constexpr unsigned error_state = 1;
  for (unsigned b = 0; b < 256; ++b) {
    unsigned to[9] = {error_state, error_state, error_state, error_state, error_state,
                      error_state, error_state, error_state, error_state};
    if (b >= 0x20 && b < 0x80) to[0] = 0;
    if (b >= 0xC2 && b <= 0xDF) to[0] = 2;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) to[0] = 3;
    if (b == 0xE0) to[0] = 5;
    if (b == 0xED) to[0] = 6;
    if (b >= 0xF1 && b <= 0xF3) to[0] = 4;
    if (b == 0xF0) to[0] = 7;
    if (b == 0xF4) to[0] = 8;
    if (b >= 0x80 && b <= 0xBF) {
      to[2] = 0;
      to[3] = 2;
      to[4] = 3;
      if (b >= 0xA0) to[5] = 2;
      if (b <= 0x9F) to[6] = 2;
      if (b >= 0x90) to[7] = 3;
      if (b <= 0x8F) to[8] = 3;
    }
    std::uint64_t row = 0;
    for (unsigned k = 0; k < 9; ++k) row |= static_cast<std::uint64_t>(6 * to[k]) << (6 * k);
    t.next[b] = row;
  }
  return t;
}
inline constexpr json_utf8_dfa_table json_utf8_dfa = make_json_utf8_dfa();

// Whether s[i, n) is well-formed UTF-8 without control bytes (what the lexer checks of a string's raw bytes
// outside escapes; escapes are ASCII). The automaton's chain of shifts is the cost, so the text is cut in four
// at bytes that start a sequence and the parts run interleaved: the text is valid exactly when each part is,
// from and to the accept state (had a cut been inside a sequence, the byte there would be an error).
inline bool is_json_string_text(const char* s, std::size_t i, std::size_t n) noexcept {
  const auto step = [](std::uint64_t state, char byte) {
    return json_utf8_dfa.next[static_cast<unsigned char>(byte)] >> (state & 63);
  };
  std::size_t cut[5] = {i, 0, 0, 0, n};
  for (int k = 1; k < 4; ++k) {
    std::size_t at = i + (n - i) * static_cast<std::size_t>(k) / 4;
    if (at < cut[k - 1]) at = cut[k - 1];
    // At most three continuation bytes follow one another in valid text; a fourth is an error either way.
    for (int c = 0; c < 3 && at < n && (static_cast<unsigned char>(s[at]) & 0xC0U) == 0x80U; ++c) ++at;
    cut[k] = at;
  }
  std::uint64_t state[4] = {0, 0, 0, 0};
  std::size_t at[4] = {cut[0], cut[1], cut[2], cut[3]};
  std::size_t common = n;  // the length all four parts have
  for (int k = 0; k < 4; ++k) common = cut[k + 1] - cut[k] < common ? cut[k + 1] - cut[k] : common;
  for (std::size_t step_index = 0; step_index < common; ++step_index) {
    state[0] = step(state[0], s[at[0]++]);
    state[1] = step(state[1], s[at[1]++]);
    state[2] = step(state[2], s[at[2]++]);
    state[3] = step(state[3], s[at[3]++]);
  }
  for (int k = 0; k < 4; ++k) {
    for (; at[k] < cut[k + 1]; ++at[k]) state[k] = step(state[k], s[at[k]]);
  }
  return ((state[0] | state[1] | state[2] | state[3]) & 63) == 0;
}

// Whether s[i, n) is well-formed UTF-8 without control bytes; s[0, n) may be read. Long texts go to
// utf8.hpp's is_valid_utf8 (AVX2 or SSSE3 where the processor has them) after a block scan for control bytes.
inline bool is_json_string_bytes(const char* s, std::size_t i, std::size_t n) noexcept {
#if SWR_HAS_BYTE_BLOCKS
  if (n - i >= 32) {
    std::uint64_t control = 0;
    std::size_t k = i;
    for (; n - k >= 16; k += 16) {
      control |= movemask_native::of(reinterpret_cast<byte_block>(load_byte_block(s + k) < splat_byte(0x20)));
    }
    if (k < n) {  // the last bytes again, with some already seen: no harm
      control |= movemask_native::of(reinterpret_cast<byte_block>(load_byte_block(s + n - 16) < splat_byte(0x20)));
    }
    return control == 0 && is_valid_utf8(std::string_view(s + i, n - i));
  }
#endif
  return is_json_string_text(s, i, n);
}

// The byte each one-character escape (the byte after the backslash) stands for; 0x100 for the others ('u' too).
struct json_escape_table {
  unsigned decoded[256];
};
constexpr json_escape_table make_json_escape_table() noexcept {
  json_escape_table t{};
  for (unsigned& d : t.decoded) d = 0x100;
  t.decoded[static_cast<unsigned char>('"')] = '"';
  t.decoded[static_cast<unsigned char>('\\')] = '\\';
  t.decoded[static_cast<unsigned char>('/')] = '/';
  t.decoded[static_cast<unsigned char>('b')] = '\b';
  t.decoded[static_cast<unsigned char>('f')] = '\f';
  t.decoded[static_cast<unsigned char>('n')] = '\n';
  t.decoded[static_cast<unsigned char>('r')] = '\r';
  t.decoded[static_cast<unsigned char>('t')] = '\t';
  return t;
}
inline constexpr json_escape_table json_escapes = make_json_escape_table();

// json_hex_digit of each byte, with 0x10000 for those that are not hex digits: four of them combined as
// d0 << 12 | d1 << 8 | d2 << 4 | d3 exceed 0xFFFF exactly when one is not a digit.
struct json_hex_table {
  unsigned value[256];
};
constexpr json_hex_table make_json_hex_table() noexcept {
  json_hex_table t{};
  for (unsigned b = 0; b < 256; ++b) {
    const unsigned digit = json_hex_digit(static_cast<char>(b));
    t.value[b] = digit > 15 ? 0x10000 : digit;
  }
  return t;
}
inline constexpr json_hex_table json_hex_digits = make_json_hex_table();

class body_fast_reader {
 public:
  explicit body_fast_reader(std::string_view document) noexcept : s_(document.data()), n_(document.size()) {}

  // True when the document is a body the general reader accepts, read into `body`; false: not sure.
  bool read(create_repo_body& body) {
    skip_whitespace();
    if (!eat('{')) return false;
    unsigned seen = 0;
    skip_whitespace();
    for (;;) {
      if (!eat('"')) return false;
      const int member = read_member_name();
      if (member < 0 || (seen & (1U << member)) != 0) return false;
      seen |= 1U << member;
      skip_whitespace();
      if (!eat(':')) return false;
      skip_whitespace();
      if (!read_value(member, body)) return false;
      skip_whitespace();
      if (eat(',')) {
        skip_whitespace();
        continue;
      }
      if (!eat('}')) return false;
      break;
    }
    if ((seen & 3U) != 3U) return false;  // repository and is_public are required
    skip_whitespace();
    return pos_ == n_;
  }

 private:
  SWR_JSON_INLINE void skip_whitespace() noexcept {
    // Most bodies are compact: a byte above ' ' ends it at once.
    while (pos_ < n_ && static_cast<unsigned char>(s_[pos_]) <= ' ' &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) {
      ++pos_;
    }
  }
  SWR_JSON_INLINE bool eat(char c) noexcept {
    if (pos_ == n_ || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  // A literal's size is known here, so that the comparison is a few loads, not a call.
  template <std::size_t N>
  SWR_JSON_INLINE bool eat_literal(const char (&literal)[N]) noexcept {
    if (n_ - pos_ < N - 1 || std::memcmp(s_ + pos_, literal, N - 1) != 0) return false;
    pos_ += N - 1;
    return true;
  }

  // After the opening quote of a member name: the body_member of a known name written without escapes (its
  // closing quote consumed), or -1.
  SWR_JSON_INLINE int read_member_name() noexcept {
    if (pos_ == n_) return -1;
    switch (s_[pos_]) {
      case 'r': return eat_literal("repository\"") ? 0 : -1;
      case 'i': return eat_literal("is_public\"") ? 1 : -1;
      case 'c': return eat_literal("category\"") ? 2 : -1;
      case 'd': return eat_literal("description\"") ? 3 : -1;
      default: return -1;
    }
  }

  bool read_value(int member, create_repo_body& body) {
    switch (member) {
      case 0: {
        if (!eat('"')) return false;
        std::string& name = body.repository;
        std::string_view plain;
        if (read_plain_string(plain)) {
          // The common name, without escapes: copied from the document with '$' made '/' in one pass. Copying
          // first and replacing in place reads back bytes just stored, at other offsets: 2-3 % of a document.
          name.resize(plain.size());
          replace_byte_run_time(plain.data(), plain.size(), '$', '/', &name[0]);
        } else {
          if (!read_string(name)) return false;
          replace_byte_run_time(name.data(), name.size(), '$', '/', &name[0]);
        }
        return check_repository(name).ok();
      }
      case 1:
        if (eat_literal("true")) {
          body.is_public = true;
          return true;
        }
        body.is_public = false;
        return eat_literal("false");
      case 2: {
        if (eat_literal("null")) {
          body.category.reset();
          return true;
        }
        if (!eat('"')) return false;
        // A category without escapes is read where it is; one with them is decoded first.
        std::string_view plain;
        if (read_plain_string(plain)) {
          body.category = parse_category(plain);
        } else {
          std::string text;
          if (!read_string(text)) return false;
          body.category = parse_category(text);
        }
        return body.category.has_value();
      }
      default: {
        if (eat_literal("null")) {
          body.description.reset();
          return true;
        }
        if (!eat('"')) return false;
        std::string& text = body.description.emplace();
        if (!read_string(text)) return false;
        // Decoded text is well-formed UTF-8, so at most 30,000 bytes is at most 30,000 code points.
        return text.size() <= description_max_code_points || check_description(text).ok();
      }
    }
  }

  // After the opening quote: a string without escapes, control bytes or bytes >= 0x80 as the view of its text,
  // its closing quote consumed; false, with nothing consumed, for any other, which read_string decodes.
  SWR_JSON_INLINE bool read_plain_string(std::string_view& text) noexcept {
    const std::size_t end = find_json_string_special(s_, pos_, n_);
    if (end == n_ || s_[end] != '"') return false;
    text = std::string_view(s_ + pos_, end - pos_);
    pos_ = end + 1;
    return true;
  }

  // After the opening quote: decodes the string into `out` and consumes its closing quote.
  bool read_string(std::string& out) {
    const std::size_t start = pos_;
    const std::size_t first = find_json_string_special(s_, start, n_);
    if (first == n_) return false;
    if (s_[first] == '"') {  // no escape, no control byte, ASCII only: the common name
      // Appended to the emptied string: assign takes the path that allows the source to alias the string, and
      // moving in a temporary measured 2-4 % slower a document.
      out.clear();
      out.append(s_ + start, first - start);
      pos_ = first + 1;
      return true;
    }
    // Decoded, the text is never longer than raw. `out` grows as needed: the first size fits most strings.
    const char* const s = s_;  // locals: the stores into `out` might otherwise alias the members
    const std::size_t n = n_;
    std::size_t o = first - start;
    out.resize(o + 20 + (n - first < 1024 ? n - first : 1024));
    char* data = &out[0];
    std::size_t size = out.size();
    const auto make_room = [&](std::size_t room) {
      if (size - o < room) {
        out.resize(2 * size > o + room ? 2 * size : o + room);
        data = &out[0];
        size = out.size();
      }
    };
    std::memcpy(data, s + start, o);
    std::size_t i = first;
    bool closed = false;
#if SWR_HAS_BYTE_BLOCKS
    // Windows of 64 bytes while 80 remain: the quotes and backslashes of a window as one 64-bit mask, so that
    // the next one after an escape is a shift and a count of zeros away, not a load and a compare. The run
    // before it goes as 16-byte blocks, which read at most 15 bytes past the window (inside the 80) and store
    // at most 15 past the run (inside the room made for the window).
    while (!closed && n - i >= 80) {
      make_room(64 + 16 + 16);  // a window's runs and escapes (decoded is never longer), a block past them
      const std::size_t window = i;
      // The quotes and backslashes of the window not yet passed. After a common escape the next one is found
      // by clearing two bits (the backslash and what it escapes, which may be a quote or a backslash), not from
      // the position the escape ends at: the chain from one escape to the next is a few bit operations, and the
      // kind of an escape comes from a mask of the window's bytes, not from a load of the byte after it.
      std::uint64_t specials = quote_or_backslash_mask(s + window);
      const std::uint64_t u_escapes = next_is_u_mask(s + window);
      for (;;) {
        if (i - window >= 64) break;  // a \u escape reached past the window
        const std::size_t end = specials == 0 ? 64 : static_cast<std::size_t>(__builtin_ctzll(specials));
        const std::size_t run = window + end - i;
        for (std::size_t k = 0;;) {
          const byte_block b = load_byte_block(s + i + k);
          __builtin_memcpy(data + o + k, &b, 16);
          k += 16;
          if (k >= run) break;
        }
        i += run;
        o += run;
        if (specials == 0) break;  // the window copied whole
        if (s[i] == '"') {
          closed = true;
          break;
        }
        const unsigned u_mask = 0U - static_cast<unsigned>((u_escapes >> end) & 1U);
        if (decode_common_escape(s, i, u_mask, data, o)) {
          specials &= ~(std::uint64_t{3} << end);  // a \u escape's hex digits are neither
        } else {
          if (!decode_escape(s, n, i, data, o)) return false;
          if (i - window >= 64) break;
          specials &= ~std::uint64_t{0} << (i - window);
        }
      }
    }
#endif
    while (!closed) {
      make_room(20);
#if SWR_HAS_BYTE_BLOCKS
      if (n - i >= 16) {
        // 16 bytes copied whole (there are at least 20 bytes of room); an escape in them is then decoded over
        // its copy.
        const byte_block b = load_byte_block(s + i);
        __builtin_memcpy(data + o, &b, 16);
        const auto mask = static_cast<unsigned>(movemask_native::of(
            reinterpret_cast<byte_block>(b == splat_byte('"')) | reinterpret_cast<byte_block>(b == splat_byte('\\'))));
        if (mask == 0) {
          i += 16;
          o += 16;
          continue;
        }
        const auto skip = static_cast<std::size_t>(__builtin_ctz(mask));
        i += skip;
        o += skip;
      } else
#endif
      {
        std::size_t k = i;
        while (k < n && s[k] != '"' && s[k] != '\\') ++k;
        if (k == n) return false;
        make_room(k - i + 4);
        std::memcpy(data + o, s + i, k - i);
        o += k - i;
        i = k;
      }
      if (s[i] == '"') break;
      if (!(n - i >= 6 && decode_common_escape(s, i, 0U - static_cast<unsigned>(s[i + 1] == 'u'), data, o)) &&
          !decode_escape(s, n, i, data, o)) {
        return false;
      }
    }
    // Between `first` and the closing quote: no control byte, and well-formed UTF-8 (escapes are ASCII, so the
    // raw bytes are what the general reader checks).
    if (!is_json_string_bytes(s_, first, i)) return false;
    out.resize(o);
    pos_ = i + 1;
    return true;
  }

  // The common escapes at s[i], where 6 bytes remain, either kind, without a branch on the kind (it follows the
  // text, and would be mispredicted): a one-character escape or a \u escape of an ASCII character, decoded to
  // data[o]; i and o move past it. False for the others, which decode_escape decodes. u_mask: all ones when
  // s[i + 1] is 'u', else 0. As masks, not conditions: compilers turn `is_u ? a : b` back into a branch.
  static SWR_JSON_INLINE bool decode_common_escape(const char* s, std::size_t& i, unsigned u_mask, char* data,
                                                   std::size_t& o) noexcept {
    const auto c = static_cast<unsigned char>(s[i + 1]);
    const unsigned value = (hex4(s + i + 2) & u_mask) | (json_escapes.decoded[c] & ~u_mask);
    if (value >= 0x80) return false;  // an invalid escape or hex digit gives a value above 0xFF
    data[o++] = static_cast<char>(value);
    i += 2 + (u_mask & 4U);
    return true;
  }

  // Any escape at s[i] (a backslash), decoded to data[o], with at least 4 bytes of room there (an escape
  // decodes to at most 4); i and o move past it. False when it is not a valid escape. Out of the hot loops,
  // which try decode_common_escape first, and one copy, so that each of its branches is one that can go both ways.
  static bool decode_escape(const char* s, std::size_t n, std::size_t& i, char* data, std::size_t& o) noexcept {
    if (n - i < 2) return false;
    const auto c = static_cast<unsigned char>(s[i + 1]);
    if (c != 'u') {
      const unsigned decoded = json_escapes.decoded[c];
      if (decoded > 0xFF) return false;
      data[o++] = static_cast<char>(decoded);
      i += 2;
      return true;
    }
    const unsigned unit = n - i >= 6 ? hex4(s + i + 2) : 0x10000;
    if (unit > 0xFFFFU) return false;
    i += 6;
    char32_t code_point = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      // Only a high surrogate followed at once by an escaped low one.
      const unsigned low = n - i >= 6 && s[i] == '\\' && s[i + 1] == 'u' ? hex4(s + i + 2) : 0x10000;
      if (unit >= 0xDC00 || low < 0xDC00 || low > 0xDFFF) return false;
      i += 6;
      code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    o += static_cast<std::size_t>(encode_utf8(code_point, data + o) - (data + o));
    return true;
  }

  // The value of the four hex digits at p[0, 4), or a value above 0xFFFF when one is not a hex digit.
  static SWR_JSON_INLINE unsigned hex4(const char* p) noexcept {
    const auto digit = [](char c) {
      return static_cast<unsigned>(json_hex_digits.value[static_cast<unsigned char>(c)]);
    };
    return digit(p[0]) << 12 | digit(p[1]) << 8 | digit(p[2]) << 4 | digit(p[3]);
  }

  const char* s_;
  std::size_t n_;
  std::size_t pos_ = 0;
};

// Reads `json` into `body` when it is a body the general reader accepts; false: not sure (body unspecified).
inline bool parse_create_repo_body_fast(std::string_view json, create_repo_body& body) {
  return body_fast_reader(json).read(body);
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_BODY_FAST_PATH_HPP

// ---- swr/detail/json_object_reader.hpp ----
// swrkit — objects and arrays of strict JSON, read declaratively. A parser lists the members it takes
// (member_rule: name, other spelling, type, whether null means absent, whether required, the field its
// problems concern) and gets each member's value through one callback; the reader handles the rest in one
// place: a member of the wrong type is skipped (its syntax still checked) and recorded as `wrong_type`; a
// member given twice, under either spelling, or an unknown member given twice, is `duplicate_member` at
// its later name; a required member that never came is `missing_member` at the object's closing brace.
// The reader tracks the nesting depth itself. It never recurses: skip_value keeps the containers it is in
// as one byte each, so a hostile document cannot exhaust the stack. Nesting deeper than json_max_depth is
// recorded as `nesting_too_deep` (a limit problem) once the document is known to be JSON.
#ifndef SWR_DETAIL_JSON_OBJECT_READER_HPP
#define SWR_DETAIL_JSON_OBJECT_READER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The deepest nesting of arrays and objects the parsers accept; the top-level value is depth 1.
/// Request bodies and error responses are flat: this only bounds what unknown members may hold.
inline constexpr std::size_t json_max_depth = 64;

namespace detail {

/// One member a parser takes.
struct member_rule {
  std::string_view name;
  std::string_view alias;  ///< another spelling of the same member ("error_code" for "errorCode"), or empty
  json_type type;          ///< json_type::string or json_type::boolean
  bool nullable;           ///< null is accepted, and means absent
  bool required;
  swr::field field;  ///< the field that problems with this member concern
};

/// The index of the rule for member `name` in `rules`, or N.
template <std::size_t N>
constexpr std::size_t find_member_rule(const member_rule (&rules)[N], std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (rules[i].name == name || (!rules[i].alias.empty() && rules[i].alias == name)) return i;
  }
  return N;
}

/// A member's value as the callback of read_members gets it.
struct json_member_value {
  std::size_t offset = no_offset;  ///< where the value starts in the document (no_offset: not from a document)
  bool is_null = false;            ///< null, for a nullable member
  bool boolean = false;            ///< the value of a boolean member
  std::string_view text;           ///< the decoded text of a string member
  std::string* owner = nullptr;    ///< a string holding `text` that may be moved from, or null

  std::string take_text() const { return owner != nullptr ? std::move(*owner) : std::string(text); }
};

/// The names of the unknown members of one object, to find those given twice in O(n log n).
class unknown_member_names {
 public:
  void add(std::string_view name, std::size_t offset) {
    refs_.push_back(ref{names_.size(), name.size(), offset});
    names_.append(name);
  }

  /// Records every name met before as a `duplicate_member` (field none) at its later offset.
  void report_duplicates(json_diagnostics& diagnostics) {
    sort();
    for (std::size_t i = 1; i < refs_.size(); ++i) {
      if (name(refs_[i]) == name(refs_[i - 1]))
        diagnostics.record(error_code::duplicate_member, field::none, refs_[i].offset);
    }
  }

 private:
  struct ref {
    std::size_t start;  // in names_
    std::size_t length;
    std::size_t offset;  // in the document
  };
  std::string_view name(const ref& r) const noexcept { return std::string_view(names_).substr(r.start, r.length); }
  bool less(const ref& a, const ref& b) const noexcept {
    const int order = name(a).compare(name(b));
    return order < 0 || (order == 0 && a.offset < b.offset);
  }

  // A heapsort: the core does not include <algorithm>, which costs every includer more than this function.
  void sort() noexcept {
    const auto sift_down = [this](std::size_t root, std::size_t size) {
      for (std::size_t child = 2 * root + 1; child < size; child = 2 * root + 1) {
        if (child + 1 < size && less(refs_[child], refs_[child + 1])) ++child;
        if (!less(refs_[root], refs_[child])) return;
        const ref parent = refs_[root];
        refs_[root] = refs_[child];
        refs_[child] = parent;
        root = child;
      }
    };
    const std::size_t n = refs_.size();
    for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
    for (std::size_t end = n; end-- > 1;) {
      const ref top = refs_[0];
      refs_[0] = refs_[end];
      refs_[end] = top;
      sift_down(0, end);
    }
  }

  std::string names_;  // every name, one after the other
  std::vector<ref> refs_;
};

class json_reader : public json_lexer {
 public:
  using json_lexer::json_lexer;

  /// Reads (and checks) any value at the position. Containers nested deeper than json_max_depth (counting
  /// those the reader is in) are recorded as one `nesting_too_deep` problem, at the first one past the limit.
  bool skip_value() {
    std::string open;  // the containers opened here, innermost last: '{' or '['
    std::size_t too_deep_at = no_offset;
    for (;;) {
      // A value starts here.
      const json_type type = peek_type();
      if (type == json_type::object || type == json_type::array) {
        const char c = type == json_type::object ? '{' : '[';
        if (depth_ + open.size() + 1 > json_max_depth && too_deep_at == no_offset) too_deep_at = offset();
        open.push_back(c);
        expect(c);
        if (consume_if(c == '{' ? '}' : ']')) {
          open.pop_back();
        } else if (c == '{' && !read_member_name()) {
          return false;
        } else {
          continue;
        }
      } else if (!skip_scalar()) {
        return false;
      }
      // After a value: close containers until one continues with ','.
      for (;;) {
        if (open.empty()) {
          if (too_deep_at != no_offset) record(error_code::nesting_too_deep, field::none, too_deep_at);
          return true;
        }
        if (consume_if(',')) {
          if (open.back() == '{' && !read_member_name()) return false;
          break;
        }
        if (!consume_if(open.back() == '{' ? '}' : ']')) return fail_here();
        open.pop_back();
      }
    }
  }

  /// Reads the object at the position, taking the members `rules` lists: store(index, json_member_value) gets
  /// each one of the right type (index into rules); everything else is skipped, and every problem recorded
  /// (see the header comment). False on a syntax error.
  template <std::size_t N, class Store>
  bool read_members(const member_rule (&rules)[N], Store&& store) {
    if (!enter('{')) return false;
    bool seen[N] = {};
    unknown_member_names unknown;
    std::string key;
    std::string text;
    if (!consume_if('}')) {
      do {
        skip_whitespace();
        const std::size_t key_offset = offset();
        if (!read_string(&key) || !expect(':')) return false;
        const std::size_t index = find_member_rule(rules, key);
        if (index == N) {
          unknown.add(key, key_offset);
          if (!skip_value()) return false;
          continue;
        }
        if (seen[index]) record(error_code::duplicate_member, rules[index].field, key_offset);
        seen[index] = true;
        if (!read_member(rules[index], index, text, store)) return false;
      } while (consume_if(','));
      if (!expect('}')) return false;
    }
    --depth_;
    const std::size_t closing_brace = offset() - 1;  // where the object ends without the member
    for (std::size_t i = 0; i < N; ++i) {
      if (rules[i].required && !seen[i]) record(error_code::missing_member, rules[i].field, closing_brace);
    }
    unknown.report_duplicates(*this);
    return true;
  }

  /// For readers that take members by their own table (json_struct.hpp), an object a member at a time: at its
  /// '{', open_object goes one level deeper; then next_member, after the '{' (`first`) or after a member's value,
  /// reads the next member's name into `key` (`key_offset`: its opening quote) and its ':', or the object's end
  /// ('}': `more` is false, one level up). The caller reads or skips each value and finds names given twice.
  /// False on a syntax error.
  bool open_object() { return enter('{'); }
  bool next_member(bool first, std::string& key, std::size_t& key_offset, bool& more) {
    more = first ? !consume_if('}') : consume_if(',');
    if (!more) {
      if (!first && !expect('}')) return false;
      --depth_;
      return true;
    }
    skip_whitespace();
    key_offset = offset();
    return read_string(&key) && expect(':');
  }

  /// Reads the array at the position: on_element() reads each element (false only on a syntax error).
  /// `count` is set to the number of elements. False on a syntax error.
  template <class OnElement>
  bool read_elements(OnElement&& on_element, std::size_t& count) {
    count = 0;
    if (!enter('[')) return false;
    if (!consume_if(']')) {
      do {
        if (!on_element()) return false;
        ++count;
      } while (consume_if(','));
      if (!expect(']')) return false;
    }
    --depth_;
    return true;
  }

 private:
  // Consumes the opening `bracket` of a container and goes one level deeper.
  bool enter(char bracket) {
    if (!expect(bracket)) return false;
    if (++depth_ > json_max_depth) record(error_code::nesting_too_deep, field::none, offset() - 1);
    return true;
  }

  // A member name and its ':' inside an object being skipped.
  bool read_member_name() { return read_string(nullptr) && expect(':'); }

  // The value of a member that `rule` describes.
  template <class Store>
  bool read_member(const member_rule& rule, std::size_t index, std::string& text, Store& store) {
    const json_type type = peek_type();
    json_member_value value;
    value.offset = offset();
    if (type == json_type::null && rule.nullable) {
      value.is_null = true;
      if (!read_null()) return false;
    } else if (type != rule.type) {
      if (!skip_value()) return false;
      record(error_code::wrong_type, rule.field, value.offset);
      return true;
    } else if (type == json_type::boolean) {
      if (!read_boolean(value.boolean)) return false;
    } else {
      if (!read_string(&text)) return false;
      value.text = text;
      value.owner = &text;
    }
    store(index, value);
    return true;
  }

  std::size_t depth_ = 0;  // how many containers the position is in
};

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_OBJECT_READER_HPP

// ---- swr/result.hpp ----
// swrkit — `result<T, E>`: a value or the reason there is none, in the shape of C++23 std::expected, usable
// from C++17 and with -fno-exceptions -fno-rtti. Every fallible operation of swrkit returns one.
//   - construction: from anything T is constructible from (`return "x";` in a function returning
//     result<std::string, E>; explicit where the conversion to T is), from unexpected<G> (explicit where G does
//     not convert to E), in place with std::in_place or swr::unexpect; result<void, E> default-constructs
//     to success;
//   - observers: has_value, operator bool, value (checked: throws bad_result_access, or aborts without
//     exceptions), operator*, operator->, error, value_or, error_or;
//   - monadic operations, on &, const&, && and const&& results: and_then (f returns a result with the same
//     E), transform (f returns the new value; void makes a result<void, E>), or_else (f returns a result with
//     the same T), transform_error (f returns the new error). f is called directly (not std::invoke: no
//     member pointers), and a reference it returns is copied into the new result;
//   - comparisons, == and !=: with another result, with a value, with an unexpected;
//   - [[nodiscard]]: dropping a result or an unexpected is a warning.
// Unlike std::expected, T and E must differ, and transform's result is moved into place (T must be movable).
#ifndef SWR_RESULT_HPP
#define SWR_RESULT_HPP

#include <cstdlib>
#include <new>
#include <type_traits>
#include <utility>


#if SWR_HAS_EXCEPTIONS
#include <exception>
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

template <class E>
class unexpected;
template <class T, class E>
class result;

/// The tag that builds a result's error in place: `result<T, E>(swr::unexpect, args...)`.
struct unexpect_t {
  explicit unexpect_t() = default;
};
inline constexpr unexpect_t unexpect{};

#if SWR_HAS_EXCEPTIONS
// A header-only library cannot define a virtual function out of line, so the vtable is emitted wherever it is
// used (Clang's -Wweak-vtables says so); the linker keeps one.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif
/// Thrown by `result::value()` on a result that holds an error (with exceptions enabled).
class bad_result_access : public std::exception {
 public:
  const char* what() const noexcept override { return "swr::result::value() called on a result holding an error"; }
};
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
#endif

namespace detail {
// Not constexpr: reaching it in a constant expression is a compile error, as it should be.
// GCOVR_EXCL_START: the abort without exceptions stops the program (the throw is tested with exceptions)
[[noreturn]] inline void bad_result_access_failure() {
#if SWR_HAS_EXCEPTIONS
  throw bad_result_access();
#else
  std::abort();  // without exceptions, value() on an error is a contract violation that stops the program
#endif
}
// GCOVR_EXCL_STOP

template <class X>
using result_uncvref_t = std::remove_cv_t<std::remove_reference_t<X>>;

template <class X>
struct is_result_specialization : std::false_type {};
template <class T, class E>
struct is_result_specialization<result<T, E>> : std::true_type {};

template <class X>
struct is_unexpected_specialization : std::false_type {};
template <class E>
struct is_unexpected_specialization<unexpected<E>> : std::true_type {};

// What f(args...) gives, called the way the monadic operations call it: directly (std::invoke would need
// <functional>).
template <class F, class... Args>
using result_call_t = decltype(std::declval<F>()(std::declval<Args>()...));

// A type that a result can hold as its value (void: result<void, E>).
template <class X>
inline constexpr bool result_valid_value_v = std::is_void_v<X> ||
                                             (std::is_object_v<X> && !std::is_array_v<X> &&
                                              !std::is_same_v<std::remove_cv_t<X>, std::in_place_t> &&
                                              !std::is_same_v<std::remove_cv_t<X>, unexpect_t> &&
                                              !is_unexpected_specialization<std::remove_cv_t<X>>::value);

// A type that a result (or an unexpected) can hold as its error.
template <class X>
inline constexpr bool result_valid_error_v =
    std::is_object_v<X> && !std::is_array_v<X> && !std::is_const_v<X> && !std::is_volatile_v<X> &&
    !std::is_same_v<X, std::in_place_t> && !std::is_same_v<X, unexpect_t> && !is_unexpected_specialization<X>::value;

// The converting constructor's constraint: U makes a T, and is none of a result, an unexpected or a tag.
// std::conjunction, so that is_constructible is not even asked about the excluded types.
template <class T, class U>
inline constexpr bool result_converts_v =
    std::conjunction_v<std::negation<std::is_same<result_uncvref_t<U>, std::in_place_t>>,
                       std::negation<std::is_same<result_uncvref_t<U>, unexpect_t>>,
                       std::negation<is_result_specialization<result_uncvref_t<U>>>,
                       std::negation<is_unexpected_specialization<result_uncvref_t<U>>>, std::is_constructible<T, U>>;

// What a value compares with through result == value: anything but a result or an unexpected.
template <class X>
inline constexpr bool result_comparable_value_v =
    !is_result_specialization<X>::value && !is_unexpected_specialization<X>::value;

// Two held values compared with their own operator==, as std::expected does: for a floating-point T too, which is
// the caller's choice, so -Wfloat-equal is not swrkit's to raise (GCC and Clang read this pragma).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wfloat-equal"
template <class A, class B>
constexpr bool values_equal(const A& a, const B& b) {
  return static_cast<bool>(a == b);
}
#pragma GCC diagnostic pop

// ---- The storage of a result: a tagged union, so that <variant> and its visitation machinery are neither
// included nor instantiated (they were most of the cost of including swrkit). Its special members are trivial
// exactly when T's and E's are, which keeps result<int, error> and result<std::string_view, error> literal and
// trivially copyable. Copying and moving are gated per member (result_*_gate), as std::expected's are.

// What result<void, E> holds on success.
struct result_void_value {};

// Not constexpr: a wrong access in a constant expression does not compile; at run time it stops the program.
[[noreturn]] inline void result_wrong_alternative() noexcept { std::abort(); }  // GCOVR_EXCL_LINE: stops the program

template <class T, class E>
inline constexpr bool result_trivially_destructible_v =
    std::is_trivially_destructible_v<T>&& std::is_trivially_destructible_v<E>;

template <class T, class E>
inline constexpr bool result_trivially_copyable_v = std::is_trivially_copyable_v<T>&& std::is_trivially_copyable_v<E>;

template <class T, class E, bool = result_trivially_destructible_v<T, E>>
union result_union {
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<0>, Args&&... args) : value(std::forward<Args>(args)...) {}
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<1>, Args&&... args) : error(std::forward<Args>(args)...) {}
  T value;
  E error;
};
template <class T, class E>
union result_union<T, E, false> {
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<0>, Args&&... args) : value(std::forward<Args>(args)...) {}
  template <class... Args>
  constexpr explicit result_union(std::in_place_index_t<1>, Args&&... args) : error(std::forward<Args>(args)...) {}
  result_union(const result_union&) = delete;
  result_union& operator=(const result_union&) = delete;
  SWR_CONSTEXPR20 ~result_union() {}  // the owner destroys the active member
  T value;
  E error;
};

// The union, which member is active, and access to it. Checked access: a wrong one stops the program.
template <class T, class E>
struct result_storage_core {
  template <std::size_t I, class... Args>
  constexpr explicit result_storage_core(std::in_place_index_t<I> index, Args&&... args)
      : union_(index, std::forward<Args>(args)...), has_value_(I == 0) {}
  // Copies or moves the active member of other: the prvalue union that make returns initializes union_ in place.
  template <class Union>
  constexpr result_storage_core(bool has_value, Union&& other)
      : union_(make(has_value, std::forward<Union>(other))), has_value_(has_value) {}

  constexpr bool has_value() const noexcept { return has_value_; }
  constexpr T& value() & noexcept { return check(true), union_.value; }
  constexpr const T& value() const& noexcept { return check(true), union_.value; }
  constexpr T&& value() && noexcept { return check(true), std::move(union_.value); }
  constexpr const T&& value() const&& noexcept { return check(true), std::move(union_.value); }
  constexpr E& error() & noexcept { return check(false), union_.error; }
  constexpr const E& error() const& noexcept { return check(false), union_.error; }
  constexpr E&& error() && noexcept { return check(false), std::move(union_.error); }
  constexpr const E&& error() const&& noexcept { return check(false), std::move(union_.error); }

  constexpr void check(bool want_value) const noexcept {
    // GCOVR_EXCL_BR_START: the other way stops the program (a contract violation; there is no death test)
    if (has_value_ != want_value) result_wrong_alternative();
    // GCOVR_EXCL_BR_STOP
  }
  SWR_CONSTEXPR20 void destroy() noexcept {
    if constexpr (!result_trivially_destructible_v<T, E>) {
      if (has_value_) {
        union_.value.~T();
      } else {
        union_.error.~E();
      }
    }
  }
  template <class Union>
  static constexpr result_union<T, E> make(bool has_value, Union&& other) {
    if (has_value) return result_union<T, E>(std::in_place_index<0>, std::forward<Union>(other).value);
    return result_union<T, E>(std::in_place_index<1>, std::forward<Union>(other).error);
  }

  result_union<T, E> union_;
  bool has_value_;
};

// Destroys the active member when T or E needs it.
template <class T, class E, bool = result_trivially_destructible_v<T, E>>
struct result_storage_base : result_storage_core<T, E> {
  using result_storage_core<T, E>::result_storage_core;
};
template <class T, class E>
struct result_storage_base<T, E, false> : result_storage_core<T, E> {
  using result_storage_core<T, E>::result_storage_core;
  result_storage_base(const result_storage_base&) = delete;
  result_storage_base& operator=(const result_storage_base&) = delete;
  SWR_CONSTEXPR20 ~result_storage_base() { this->destroy(); }
};

// Copy and move: trivial when T and E are trivially copyable; otherwise member-wise on the active member.
// Assigning the other alternative builds the new member first (so a throwing copy changes nothing), then
// destroys the old one and moves the new one in, which result_*_gate allows only when that move cannot throw.
template <class T, class E, bool = result_trivially_copyable_v<T, E>>
struct result_storage : result_storage_base<T, E> {
  using result_storage_base<T, E>::result_storage_base;
};
template <class T, class E>
struct result_storage<T, E, false> : result_storage_base<T, E> {
  using base = result_storage_base<T, E>;
  using base::base;

  result_storage(const result_storage& other) noexcept(
      std::is_nothrow_copy_constructible_v<T>&& std::is_nothrow_copy_constructible_v<E>)
      : base(other.has_value_, other.union_) {}
  result_storage(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>)
      : base(other.has_value_, std::move(other.union_)) {}
  ~result_storage() = default;

  result_storage& operator=(const result_storage& other) {
    if (other.has_value_) {
      assign(this->union_.value, true, other.union_.value);
    } else {
      assign(this->union_.error, false, other.union_.error);
    }
    return *this;
  }
  result_storage& operator=(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_assignable_v<T>&&
          std::is_nothrow_move_constructible_v<E>&& std::is_nothrow_move_assignable_v<E>) {
    if (other.has_value_) {
      assign(this->union_.value, true, std::move(other.union_.value));
    } else {
      assign(this->union_.error, false, std::move(other.union_.error));
    }
    return *this;
  }

 private:
  // target is the member (value or error) that becomes active: is_value says which one it is.
  template <class Member, class Source>
  void assign(Member& target, bool is_value, Source&& source) {
    if (this->has_value_ == is_value) {
      target = std::forward<Source>(source);
      return;
    }
    Member fresh(std::forward<Source>(source));
    this->destroy();
    ::new (static_cast<void*>(__builtin_addressof(target))) Member(std::move(fresh));
    this->has_value_ = is_value;
  }
};

// Empty bases that delete the special members of result that T or E cannot support.
template <bool Allowed>
struct result_copy_gate {};
template <>
struct result_copy_gate<false> {
  result_copy_gate() = default;
  result_copy_gate(const result_copy_gate&) = delete;
  result_copy_gate(result_copy_gate&&) = default;
  result_copy_gate& operator=(const result_copy_gate&) = default;
  result_copy_gate& operator=(result_copy_gate&&) = default;
};
template <bool Allowed>
struct result_move_gate {};
template <>
struct result_move_gate<false> {
  result_move_gate() = default;
  result_move_gate(const result_move_gate&) = default;
  result_move_gate(result_move_gate&&) = delete;
  result_move_gate& operator=(const result_move_gate&) = default;
  result_move_gate& operator=(result_move_gate&&) = default;
};
template <bool Allowed>
struct result_copy_assign_gate {};
template <>
struct result_copy_assign_gate<false> {
  result_copy_assign_gate() = default;
  result_copy_assign_gate(const result_copy_assign_gate&) = default;
  result_copy_assign_gate(result_copy_assign_gate&&) = default;
  result_copy_assign_gate& operator=(const result_copy_assign_gate&) = delete;
  result_copy_assign_gate& operator=(result_copy_assign_gate&&) = default;
};
template <bool Allowed>
struct result_move_assign_gate {};
template <>
struct result_move_assign_gate<false> {
  result_move_assign_gate() = default;
  result_move_assign_gate(const result_move_assign_gate&) = default;
  result_move_assign_gate(result_move_assign_gate&&) = default;
  result_move_assign_gate& operator=(const result_move_assign_gate&) = default;
  result_move_assign_gate& operator=(result_move_assign_gate&&) = delete;
};

// Assigning the other alternative needs a move that cannot throw (see result_storage).
template <class X>
inline constexpr bool result_reassignable_v =
    std::is_nothrow_move_constructible_v<X> || std::is_trivially_copyable_v<X>;

template <class T, class E>
struct result_gates : result_copy_gate<std::is_copy_constructible_v<T> && std::is_copy_constructible_v<E>>,
                      result_move_gate<std::is_move_constructible_v<T> && std::is_move_constructible_v<E>>,
                      result_copy_assign_gate<std::is_copy_constructible_v<T> && std::is_copy_assignable_v<T> &&
                                              std::is_copy_constructible_v<E> && std::is_copy_assignable_v<E> &&
                                              result_reassignable_v<T> && result_reassignable_v<E>>,
                      result_move_assign_gate<std::is_move_constructible_v<T> && std::is_move_assignable_v<T> &&
                                              std::is_move_constructible_v<E> && std::is_move_assignable_v<E> &&
                                              result_reassignable_v<T> && result_reassignable_v<E>> {};
}  // namespace detail

/// Wraps an error to construct a failed result: `return swr::unexpected(error{...});`.
template <class E>
class [[nodiscard]] unexpected {
  static_assert(detail::result_valid_error_v<E>,
                "unexpected<E> needs an E that is an object type, not an array, const, volatile, unexpected or tag");

 public:
  constexpr explicit unexpected(E error) noexcept(std::is_nothrow_move_constructible_v<E>) : error_(std::move(error)) {}
  template <class... Args, std::enable_if_t<std::is_constructible_v<E, Args...>, int> = 0>
  constexpr explicit unexpected(std::in_place_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<E, Args...>)
      : error_(std::forward<Args>(args)...) {}

  constexpr const E& error() const& noexcept { return error_; }
  constexpr E& error() & noexcept { return error_; }
  constexpr E&& error() && noexcept { return std::move(error_); }
  constexpr const E&& error() const&& noexcept { return std::move(error_); }

  template <class G>
  friend constexpr bool operator==(const unexpected& x, const unexpected<G>& y) {
    return static_cast<bool>(x.error() == y.error());
  }
  template <class G>
  friend constexpr bool operator!=(const unexpected& x, const unexpected<G>& y) {
    return !(x == y);
  }

 private:
  E error_;
};

template <class E>
unexpected(E) -> unexpected<E>;

/// A `T`, or an `E` saying why there is no `T`. Accessing the wrong alternative through `operator*`,
/// `operator->` or `error()` is a precondition violation; `value()` checks (throws `bad_result_access`,
/// or aborts without exceptions).
template <class T, class E>
class [[nodiscard]] result : detail::result_gates<T, E> {
  static_assert(!std::is_same_v<std::remove_cv_t<T>, std::remove_cv_t<E>>, "result<T, E> needs distinct T and E");
  static_assert(detail::result_valid_value_v<T>,
                "result<T, E> needs a T that is void or an object type, not an array, unexpected or tag");
  static_assert(detail::result_valid_error_v<E>,
                "result<T, E> needs an E that is an object type, not an array, const, volatile, unexpected or tag");

 public:
  using value_type = T;
  using error_type = E;

  /// From anything that makes a T (`return "text";` for a result<std::string, E>); explicit where U does not
  /// convert to T implicitly.
  template <class U = T, std::enable_if_t<detail::result_converts_v<T, U> && std::is_convertible_v<U&&, T>, int> = 0>
  constexpr result(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>)
      : storage_(std::in_place_index<0>, std::forward<U>(value)) {}
  template <class U = T, std::enable_if_t<detail::result_converts_v<T, U> && !std::is_convertible_v<U&&, T>, int> = 0>
  constexpr explicit result(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>)
      : storage_(std::in_place_index<0>, std::forward<U>(value)) {}

  /// The error of an unexpected<G>; explicit where G does not convert to E implicitly.
  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && std::is_convertible_v<const G&, E>, int> = 0>
  constexpr result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && !std::is_convertible_v<const G&, E>, int> = 0>
  constexpr explicit result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && std::is_convertible_v<G&&, E>, int> = 0>
  constexpr result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && !std::is_convertible_v<G&&, E>, int> = 0>
  constexpr explicit result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}

  /// The value, or the error, made in place from args.
  template <class... Args, std::enable_if_t<std::is_constructible_v<T, Args&&...>, int> = 0>
  constexpr explicit result(std::in_place_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<T, Args&&...>)
      : storage_(std::in_place_index<0>, std::forward<Args>(args)...) {}
  template <class... Args, std::enable_if_t<std::is_constructible_v<E, Args&&...>, int> = 0>
  constexpr explicit result(unexpect_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<E, Args&&...>)
      : storage_(std::in_place_index<1>, std::forward<Args>(args)...) {}

  constexpr bool has_value() const noexcept { return storage_.has_value(); }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  constexpr T& value() & {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return **this;
  }
  constexpr const T& value() const& {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return **this;
  }
  constexpr T&& value() && {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return std::move(**this);
  }
  constexpr const T&& value() const&& {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
    return std::move(**this);
  }

  // A wrong access terminates (the storage checks) instead of being undefined; in a constant expression it
  // does not compile.
  constexpr T& operator*() & noexcept { return storage_.value(); }
  constexpr const T& operator*() const& noexcept { return storage_.value(); }
  constexpr T&& operator*() && noexcept { return std::move(storage_).value(); }
  constexpr const T&& operator*() const&& noexcept { return std::move(storage_).value(); }
  constexpr T* operator->() noexcept { return &storage_.value(); }
  constexpr const T* operator->() const noexcept { return &storage_.value(); }

  constexpr E& error() & noexcept { return storage_.error(); }
  constexpr const E& error() const& noexcept { return storage_.error(); }
  constexpr E&& error() && noexcept { return std::move(storage_).error(); }
  constexpr const E&& error() const&& noexcept { return std::move(storage_).error(); }

  template <class U>
  constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }
  template <class U>
  constexpr T value_or(U&& fallback) && {
    return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
  }

  /// The error, or the fallback converted to E when there is a value.
  template <class G>
  constexpr E error_or(G&& fallback) const& {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
  }
  template <class G>
  constexpr E error_or(G&& fallback) && {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : std::move(*this).error();
  }

  /// f(value) when there is a value (f returns a result<U, E>), else the error, as a result<U, E>.
  template <class F>
  constexpr auto and_then(F&& f) & {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const& {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) && {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const&& {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<U, E> holding f(value) when there is a value (result<void, E> when f returns void), else the error.
  template <class F>
  constexpr auto transform(F&& f) & {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const& {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) && {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const&& {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }

  /// f(error) when there is an error (f returns a result<T, G>), else the value, as a result<T, G>.
  template <class F>
  constexpr auto or_else(F&& f) & {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const& {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) && {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const&& {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<T, G> holding f(error) when there is an error, else the value.
  template <class F>
  constexpr auto transform_error(F&& f) & {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const& {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) && {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const&& {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }

  /// Equal when both hold equal values or both hold equal errors.
  template <class T2, class E2, std::enable_if_t<!std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator==(const result& x, const result<T2, E2>& y) {
    if (x.has_value() != y.has_value()) return false;
    return x.has_value() ? detail::values_equal(*x, *y) : static_cast<bool>(x.error() == y.error());
  }
  template <class T2, class E2, std::enable_if_t<!std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator!=(const result& x, const result<T2, E2>& y) {
    return !(x == y);
  }
  /// Equal when x holds a value equal to v.
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator==(const result& x, const T2& v) {
    return x.has_value() && detail::values_equal(*x, v);
  }
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator==(const T2& v, const result& x) {
    return x == v;
  }
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator!=(const result& x, const T2& v) {
    return !(x == v);
  }
  template <class T2, std::enable_if_t<detail::result_comparable_value_v<T2>, int> = 0>
  friend constexpr bool operator!=(const T2& v, const result& x) {
    return !(x == v);
  }
  /// Equal when x holds an error equal to e's.
  template <class E2>
  friend constexpr bool operator==(const result& x, const unexpected<E2>& e) {
    return !x.has_value() && static_cast<bool>(x.error() == e.error());
  }
  template <class E2>
  friend constexpr bool operator==(const unexpected<E2>& e, const result& x) {
    return x == e;
  }
  template <class E2>
  friend constexpr bool operator!=(const result& x, const unexpected<E2>& e) {
    return !(x == e);
  }
  template <class E2>
  friend constexpr bool operator!=(const unexpected<E2>& e, const result& x) {
    return !(x == e);
  }

 private:
  // Each operation once, for the four kinds of *this: Self is result&, const result&, result or const result.
  template <class Self, class F>
  static constexpr auto and_then_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F, decltype(*std::forward<Self>(self))>>;
    static_assert(detail::is_result_specialization<U>::value, "and_then: f must return a swr::result");
    static_assert(std::is_same_v<typename U::error_type, E>, "and_then: f must return a result with the same E");
    if (self.has_value()) return U(std::forward<F>(f)(*std::forward<Self>(self)));
    return U(unexpect, std::forward<Self>(self).error());
  }

  template <class Self, class F>
  static constexpr auto transform_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F, decltype(*std::forward<Self>(self))>>;
    static_assert(detail::result_valid_value_v<U>, "transform: f must return void or a type a result can hold");
    if constexpr (std::is_void_v<U>) {
      if (!self.has_value()) return result<void, E>(unexpect, std::forward<Self>(self).error());
      std::forward<F>(f)(*std::forward<Self>(self));
      return result<void, E>();
    } else {
      if (!self.has_value()) return result<U, E>(unexpect, std::forward<Self>(self).error());
      return result<U, E>(std::in_place, std::forward<F>(f)(*std::forward<Self>(self)));
    }
  }

  template <class Self, class F>
  static constexpr auto or_else_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::is_result_specialization<G>::value, "or_else: f must return a swr::result");
    static_assert(std::is_same_v<typename G::value_type, T>, "or_else: f must return a result with the same T");
    if (self.has_value()) return G(std::in_place, *std::forward<Self>(self));
    return G(std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  template <class Self, class F>
  static constexpr auto transform_error_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::result_valid_error_v<G>, "transform_error: f must return a type a result can hold");
    if (self.has_value()) return result<T, G>(std::in_place, *std::forward<Self>(self));
    return result<T, G>(unexpect, std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  detail::result_storage<T, E> storage_;
};

/// Success, or an `E` saying why not. Default-constructed, it is a success.
template <class E>
class [[nodiscard]] result<void, E> : detail::result_gates<detail::result_void_value, E> {
  static_assert(detail::result_valid_error_v<E>,
                "result<void, E> needs an E that is an object type, not an array, const, volatile, unexpected or tag");

 public:
  using value_type = void;
  using error_type = E;

  constexpr result() noexcept : storage_(std::in_place_index<0>) {}
  constexpr explicit result(std::in_place_t) noexcept : storage_(std::in_place_index<0>) {}

  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && std::is_convertible_v<const G&, E>, int> = 0>
  constexpr result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G,
            std::enable_if_t<std::is_constructible_v<E, const G&> && !std::is_convertible_v<const G&, E>, int> = 0>
  constexpr explicit result(const unexpected<G>& failure) : storage_(std::in_place_index<1>, failure.error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && std::is_convertible_v<G&&, E>, int> = 0>
  constexpr result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}
  template <class G, std::enable_if_t<std::is_constructible_v<E, G&&> && !std::is_convertible_v<G&&, E>, int> = 0>
  constexpr explicit result(unexpected<G>&& failure) : storage_(std::in_place_index<1>, std::move(failure).error()) {}
  template <class... Args, std::enable_if_t<std::is_constructible_v<E, Args&&...>, int> = 0>
  constexpr explicit result(unexpect_t, Args&&... args) noexcept(std::is_nothrow_constructible_v<E, Args&&...>)
      : storage_(std::in_place_index<1>, std::forward<Args>(args)...) {}

  constexpr bool has_value() const noexcept { return storage_.has_value(); }
  constexpr explicit operator bool() const noexcept { return has_value(); }

  /// Checks for success: throws `bad_result_access` (or aborts without exceptions) on an error.
  constexpr void value() const {
    if (!has_value()) detail::bad_result_access_failure();  // GCOVR_EXCL_BR_LINE: aborts without exceptions
  }
  constexpr void operator*() const noexcept {}

  constexpr E& error() & noexcept { return storage_.error(); }
  constexpr const E& error() const& noexcept { return storage_.error(); }
  constexpr E&& error() && noexcept { return std::move(storage_).error(); }
  constexpr const E&& error() const&& noexcept { return std::move(storage_).error(); }

  template <class G>
  constexpr E error_or(G&& fallback) const& {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : error();
  }
  template <class G>
  constexpr E error_or(G&& fallback) && {
    return has_value() ? static_cast<E>(std::forward<G>(fallback)) : std::move(*this).error();
  }

  /// f() on success (f returns a result<U, E>), else the error, as a result<U, E>.
  template <class F>
  constexpr auto and_then(F&& f) & {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const& {
    return and_then_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) && {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto and_then(F&& f) const&& {
    return and_then_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<U, E> holding f() on success (result<void, E> when f returns void), else the error.
  template <class F>
  constexpr auto transform(F&& f) & {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const& {
    return transform_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) && {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform(F&& f) const&& {
    return transform_impl(std::move(*this), std::forward<F>(f));
  }

  /// f(error) on an error (f returns a result<void, G>), else success, as a result<void, G>.
  template <class F>
  constexpr auto or_else(F&& f) & {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const& {
    return or_else_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) && {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto or_else(F&& f) const&& {
    return or_else_impl(std::move(*this), std::forward<F>(f));
  }

  /// result<void, G> holding f(error) on an error, else success.
  template <class F>
  constexpr auto transform_error(F&& f) & {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const& {
    return transform_error_impl(*this, std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) && {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }
  template <class F>
  constexpr auto transform_error(F&& f) const&& {
    return transform_error_impl(std::move(*this), std::forward<F>(f));
  }

  /// Equal when both are successes or both hold equal errors.
  template <class T2, class E2, std::enable_if_t<std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator==(const result& x, const result<T2, E2>& y) {
    if (x.has_value() != y.has_value()) return false;
    return x.has_value() || static_cast<bool>(x.error() == y.error());
  }
  template <class T2, class E2, std::enable_if_t<std::is_void_v<T2>, int> = 0>
  friend constexpr bool operator!=(const result& x, const result<T2, E2>& y) {
    return !(x == y);
  }
  /// Equal when x holds an error equal to e's.
  template <class E2>
  friend constexpr bool operator==(const result& x, const unexpected<E2>& e) {
    return !x.has_value() && static_cast<bool>(x.error() == e.error());
  }
  template <class E2>
  friend constexpr bool operator==(const unexpected<E2>& e, const result& x) {
    return x == e;
  }
  template <class E2>
  friend constexpr bool operator!=(const result& x, const unexpected<E2>& e) {
    return !(x == e);
  }
  template <class E2>
  friend constexpr bool operator!=(const unexpected<E2>& e, const result& x) {
    return !(x == e);
  }

 private:
  template <class Self, class F>
  static constexpr auto and_then_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F>>;
    static_assert(detail::is_result_specialization<U>::value, "and_then: f must return a swr::result");
    static_assert(std::is_same_v<typename U::error_type, E>, "and_then: f must return a result with the same E");
    if (self.has_value()) return U(std::forward<F>(f)());
    return U(unexpect, std::forward<Self>(self).error());
  }

  template <class Self, class F>
  static constexpr auto transform_impl(Self&& self, F&& f) {
    using U = detail::result_uncvref_t<detail::result_call_t<F>>;
    static_assert(detail::result_valid_value_v<U>, "transform: f must return void or a type a result can hold");
    if constexpr (std::is_void_v<U>) {
      if (!self.has_value()) return result<void, E>(unexpect, std::forward<Self>(self).error());
      std::forward<F>(f)();
      return result<void, E>();
    } else {
      if (!self.has_value()) return result<U, E>(unexpect, std::forward<Self>(self).error());
      return result<U, E>(std::in_place, std::forward<F>(f)());
    }
  }

  template <class Self, class F>
  static constexpr auto or_else_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::is_result_specialization<G>::value, "or_else: f must return a swr::result");
    static_assert(std::is_void_v<typename G::value_type>, "or_else: f must return a result<void, G>");
    if (self.has_value()) return G();
    return G(std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  template <class Self, class F>
  static constexpr auto transform_error_impl(Self&& self, F&& f) {
    using G = detail::result_uncvref_t<detail::result_call_t<F, decltype(std::forward<Self>(self).error())>>;
    static_assert(detail::result_valid_error_v<G>, "transform_error: f must return a type a result can hold");
    if (self.has_value()) return result<void, G>();
    return result<void, G>(unexpect, std::forward<F>(f)(std::forward<Self>(self).error()));
  }

  detail::result_storage<detail::result_void_value, E> storage_;
};

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_RESULT_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

namespace detail {
// The members of a body, in field order; body_member names their indexes.
inline constexpr member_rule body_rules[] = {
    {"repository", {}, json_type::string, false, true, field::repository},
    {"is_public", {}, json_type::boolean, false, true, field::is_public},
    {"category", {}, json_type::string, true, false, field::category},
    {"description", {}, json_type::string, true, false, field::description},
};
enum body_member : std::size_t { body_repository, body_is_public, body_category, body_description };

// Puts one member's value (of the type its rule says) into `body`. Returns the value's problem (its position
// in the value, no offset), or an error with code `none`. Shared by the parser and the nlohmann adapter.
inline error apply_body_member(create_repo_body& body, std::size_t index, const json_member_value& value) {
  switch (index) {
    case body_repository: {
      body.repository = value.take_text();
      static_cast<void>(
          unescape_repository(body.repository, body.repository.data(), body.repository.size()));  // $ -> /
      return from_name_check(check_repository(body.repository), field::repository);
    }
    case body_is_public: body.is_public = value.boolean; return error{};
    case body_category:
      body.category.reset();
      if (value.is_null) return error{};
      body.category = parse_category(value.text);
      if (!body.category) return error{error_code::unknown_category, field::category, 0, no_offset};
      return error{};
    default: {
      body.description.reset();
      if (value.is_null) return error{};
      const error check = check_description(value.text);  // the JSON reader already refused bad UTF-8
      if (!check.ok()) return check;
      body.description = value.take_text();
      return error{};
    }
  }
}
}  // namespace detail

namespace detail {
// The general reader alone: any document, the exact result or diagnostic. parse_create_repo_body tries the
// fast path (detail/body_fast_path.hpp) first; the tests compare the two through this function.
[[nodiscard]] inline result<create_repo_body, error> parse_create_repo_body_general(std::string_view json) {
  json_reader reader(json);
  const json_type type = reader.peek_type();
  const std::size_t start = reader.offset();
  create_repo_body body;
  if (type != json_type::object) {
    // Read it all first: a document that is not JSON is a syntax error, whatever its first byte.
    if (reader.skip_value() && reader.finish()) reader.record(error_code::not_an_object, field::none, start);
  } else if (reader.read_members(body_rules, [&](std::size_t index, const json_member_value& value) {
               const error problem = apply_body_member(body, index, value);
               if (!problem.ok()) reader.record(error{problem.code, problem.field, problem.position, value.offset});
             })) {
    reader.finish();
  }
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return body;
}
}  // namespace detail

// Tells the tests that detail::parse_create_repo_body_general and detail::parse_create_repo_body_fast exist.
#define SWR_HAS_BODY_FAST_PATH 1

[[nodiscard]] inline result<create_repo_body, error> parse_create_repo_body(std::string_view json) {
  create_repo_body body;
  if (detail::parse_create_repo_body_fast(json, body)) return body;
  return detail::parse_create_repo_body_general(json);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_BODY_PARSER_HPP

// ---- swr/detail/json_struct.hpp ----
// swrkit — JSON objects written and read from one member table per type, for the bodies and responses of the
// SWR management API (management.hpp).
//
// A type lists its members once, in the order SWR documents them:
//
//   template <class Self, class Visit> static void json_members(Self& self, Visit&& visit) {
//     visit("name", self.name);
//     visit("size", self.size);
//   }
//
// and the same table writes the compact JSON (write_json_object: members in table order, an empty optional left
// out) and reads it strictly (read_json_object: a member of the wrong type is `wrong_type` at its value, a member
// given twice is `duplicate_member`, unknown members are skipped, whatever valid JSON they hold). The value types:
// std::string, bool, std::int64_t (exact: a number with a fraction, an exponent or beyond int64 is
// `wrong_type`), the enums that have to_string/parse_wire (see json_enum below), std::optional of these (null or
// absent: empty), std::vector of any of them, and another type with a member table (an object).
//
// A document (read_json_document: the answers) is first read by a fast path that knows the table and takes only
// what SWR writes: the members in table order (any of them absent), member names without escapes, no unknown
// member, exact integers. Anything else, and every error, makes it answer "not sure", and the general reader then
// reads the document from the start: the fast path never accepts what the general reader refuses, reads what it
// accepts into the same value, and leaves every diagnostic to the general reader.
#ifndef SWR_DETAIL_JSON_STRUCT_HPP
#define SWR_DETAIL_JSON_STRUCT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>


// ---- swr/json_writer.hpp ----
// swrkit — the create-repository body as JSON, without I/O.
// Output is exact (tests compare bytes): compact; keys in the documented order repository, is_public,
// category, description; absent optionals omitted; the repository in its wire form ('/' -> '$'); strings
// escaped per RFC 8259 with `\"` `\\` `\b` `\f` `\n` `\r` `\t`, other bytes below 0x20 as `\u00xx`
// (lowercase hex), everything else as is. An invalid body is refused before a byte is written.
#ifndef SWR_JSON_WRITER_HPP
#define SWR_JSON_WRITER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>


// ---- swr/detail/json_text.hpp ----
// swrkit — the run-time fast path of the JSON writer (json_writer.hpp) for free text: one pass that measures a
// description (its escaped size, its code points, whether it is ASCII), the UTF-8 check only for text that is
// not ASCII, and one pass that writes it escaped, each taking 16 bytes at a time.
//
// The measure adds per-byte counts into vector lanes and sums them now and then. The writer copies a block
// that needs no escape whole; in one that does, each run between escapes goes as one 16-byte store and each
// escape as its 8-byte escape word (near the end of the text, where 32 bytes are not left, a word a byte); when the
// text's last 16 bytes need no escape, they are stored last as one block, so that no byte goes one at a time at the
// end. Blocks (byte_blocks.hpp) are read only where 16 bytes of the text are. Without vector extensions (or
// with SWRKIT_DISABLE_SIMD) the same code runs without blocks. The output is byte for byte that of
// put_json_string, which constant evaluation uses.
#ifndef SWR_DETAIL_JSON_TEXT_HPP
#define SWR_DETAIL_JSON_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// How a byte below 0x80 is written in a JSON string, as one little-endian word: the bytes to write (at most
// six, `\u00xx`) and, in the top byte, how many. Bytes from 0x80 are copied as they are (size 1). The writer
// stores all eight bytes and moves on by the size, with no branch on the kind of byte.
constexpr std::uint64_t json_escape_of(unsigned byte) noexcept {
  constexpr char hex[] = "0123456789abcdef";
  const auto word = [](std::uint64_t size, const char* bytes) {
    std::uint64_t w = size << 56;
    for (std::uint64_t k = 0; k < size; ++k)
      w |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[k])) << (8 * k);
    return w;
  };
  const char short_escape = byte == '"'    ? '"'
                            : byte == '\\' ? '\\'
                            : byte == '\b' ? 'b'
                            : byte == '\f' ? 'f'
                            : byte == '\n' ? 'n'
                            : byte == '\r' ? 'r'
                            : byte == '\t' ? 't'
                                           : '\0';
  if (short_escape != '\0') {
    const char e[] = {'\\', short_escape};
    return word(2, e);
  }
  if (byte < 0x20) {
    const char e[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0x0F]};
    return word(6, e);
  }
  const char e[] = {static_cast<char>(byte)};
  return word(1, e);
}

struct json_escape_word_table {
  std::uint64_t of[256];
};
constexpr json_escape_word_table make_json_escape_word_table() noexcept {
  json_escape_word_table t{};
  for (unsigned byte = 0; byte < 256; ++byte) t.of[byte] = json_escape_of(byte);
  return t;
}
inline constexpr json_escape_word_table json_escape_words = make_json_escape_word_table();

// What measure_json_text found: whether the text is a valid description, and its escaped size (quotes not
// included).
struct json_text_measure {
  bool valid = false;
  std::size_t escaped_size = 0;
};

#if SWR_HAS_BYTE_BLOCKS
// What each byte of a block takes in a JSON string beyond itself, as 0x00/0xFF bytes: one more byte (`\"` `\\`
// `\b` `\t` `\n` `\f` `\r`), or five more (the other control bytes, `\u00xx`).
struct json_escape_classes {
  byte_block short_escape, unicode_escape;
};
inline json_escape_classes json_escape_classes_of(byte_block bytes) noexcept {
  const byte_block control = reinterpret_cast<byte_block>(bytes < splat_byte(0x20));
  // \b \t \n are 8..10, \f \r 12..13: the range 8..13 without 11 (\v).
  const byte_block short_control = reinterpret_cast<byte_block>((bytes - splat_byte(8)) <= splat_byte(5)) &
                                   reinterpret_cast<byte_block>(bytes != splat_byte(11));
  const byte_block quote_or_backslash =
      reinterpret_cast<byte_block>(bytes == splat_byte('"')) | reinterpret_cast<byte_block>(bytes == splat_byte('\\'));
  return {short_control | quote_or_backslash, control & ~short_control};
}

// The bytes of a block that need an escape, byte i at bit i.
inline std::uint64_t json_escape_mask_of(byte_block bytes) noexcept {
  const json_escape_classes c = json_escape_classes_of(bytes);
  return movemask_native::of(c.short_escape | c.unicode_escape);
}

// The sum of a block's 16 bytes: added in pairs into four 16-bit lanes (each at most 4 * 255), which one
// multiplication then sums into the top lane.
inline std::size_t sum_of_bytes(byte_block bytes) noexcept {
  std::uint64_t half[2];
  __builtin_memcpy(half, &bytes, 16);
  constexpr std::uint64_t even_bytes = 0x00FF00FF00FF00FFU, add_lanes = 0x0001000100010001U;
  const std::uint64_t lanes = (half[0] & even_bytes) + ((half[0] >> 8) & even_bytes) + (half[1] & even_bytes) +
                              ((half[1] >> 8) & even_bytes);               // four 16-bit lanes, each at most 4 * 255
  const auto sum = static_cast<std::uint32_t>((lanes * add_lanes) >> 48);  // at most 16 * 255
  return sum;
}
#endif

// One pass over a description: its escaped size, its UTF-8 continuation bytes (so its code points) and
// whether any byte is not ASCII; only then, and only for a text that is not ASCII, the UTF-8 check. When it
// says invalid, check_description (model.hpp) says exactly why and where.
inline json_text_measure measure_json_text(std::string_view text, std::size_t max_code_points) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  // A code point is at most 4 bytes: a longer text has too many, and is not read at all.
  if (n / 4 + (n % 4 != 0 ? 1 : 0) > max_code_points) return {};
  std::size_t i = 0, size = n, continuation_bytes = 0;
  unsigned any_byte = 0;  // the OR of all bytes: ASCII while below 0x80
#if SWR_HAS_BYTE_BLOCKS
  if (n >= 16) {
    // Per-byte counts gather in blocks (a byte's lane takes at most 5 a block) and are summed every 32 blocks.
    byte_block extra = splat_byte(0), continuations = splat_byte(0), any = splat_byte(0);
    const auto add = [&](byte_block bytes, byte_block counted) {
      const json_escape_classes c = json_escape_classes_of(bytes);
      extra += ((c.short_escape & splat_byte(1)) | (c.unicode_escape & splat_byte(5))) & counted;
      continuations +=
          reinterpret_cast<byte_block>((bytes & splat_byte(0xC0)) == splat_byte(0x80)) & counted & splat_byte(1);
      any |= bytes & counted;
    };
    const auto sum_up = [&] {
      size += sum_of_bytes(extra);
      continuation_bytes += sum_of_bytes(continuations);
      extra = continuations = splat_byte(0);
    };
    const byte_block all = splat_byte(0xFF);
    for (std::size_t blocks = 1; n - i >= 16; i += 16, ++blocks) {
      add(load_byte_block(p + i), all);
      if (blocks % 32 == 0) sum_up();
    }
    if (i < n) {  // the last bytes: the text's last block, without the bytes already counted
      constexpr byte_block lane = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
      const auto counted_already = static_cast<unsigned char>(16 - (n - i));
      add(load_byte_block(p + n - 16), reinterpret_cast<byte_block>(lane >= splat_byte(counted_already)));
      i = n;
    }
    sum_up();
    for (int k = 0; k < 16; ++k) any_byte |= any[k];
  }
#endif
  for (; i < n; ++i) {
    const auto byte = static_cast<unsigned char>(p[i]);
    size += (json_escape_words.of[byte] >> 56) - 1;
    continuation_bytes += (byte & 0xC0) == 0x80 ? 1 : 0;
    any_byte |= byte;
  }
  if (n - continuation_bytes > max_code_points) return {};
  if (any_byte >= 0x80 && !is_valid_utf8(text)) return {};
  return {true, size};
}

// Writes `text` (measured valid) escaped, without quotes, at `out`, which has room for its escaped size and
// the closing quote; returns the end. Every store stays inside that room: a 16-byte store is made only where
// 16 bytes of text are still to come, an 8-byte escape word (json_escape_words) where 7 are (the output still
// to come is at least as long as the text, plus the quote).
inline char* write_json_text(std::string_view text, char* out) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
#if SWR_HAS_BYTE_BLOCKS
  // The block at p + i, whose bytes at the set bits of `escapes` need escaping, where 32 bytes of text remain:
  // each run before an escape goes as a 16-byte store (the run's bytes, then bytes that later stores
  // overwrite), each escape as its word.
  const auto write_block_with_escapes = [&](std::uint64_t escapes) {
    std::size_t start = 0;
    do {
      const auto at = static_cast<std::size_t>(__builtin_ctzll(escapes));
      const byte_block run = load_byte_block(p + i + start);
      __builtin_memcpy(out, &run, 16);
      out += at - start;
      const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i + at])];
      __builtin_memcpy(out, &word, 8);
      out += word >> 56;
      start = at + 1;
      escapes &= escapes - 1;
    } while (escapes != 0);
    const byte_block rest = load_byte_block(p + i + start);
    __builtin_memcpy(out, &rest, 16);
    out += 16 - start;
  };
  if (n >= 16) {
    const byte_block last = load_byte_block(p + n - 16);
    if (json_escape_mask_of(last) == 0) {
      // The text's last 16 bytes need no escape, so they are also the last 16 bytes written: the bytes before
      // them go as blocks (each stored escape word has 16 bytes of text still to come), then the last block is
      // stored whole, rewriting with the same values whatever of it the blocks before already wrote.
      const std::size_t before_last = n - 16;
      while (i < before_last) {
        const byte_block bytes = load_byte_block(p + i);
        const std::uint64_t escapes = json_escape_mask_of(bytes);
        if (escapes == 0) {
          __builtin_memcpy(out, &bytes, 16);
          out += 16;
          i += 16;
          continue;
        }
        if (n - i >= 32) {
          write_block_with_escapes(escapes);
          i += 16;
          continue;
        }
        for (; i < before_last; ++i) {
          const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i])];
          __builtin_memcpy(out, &word, 8);
          out += word >> 56;
        }
      }
      out += n - i;  // bytes i..n are written as they are: the last 16 written bytes end here
      __builtin_memcpy(out - 16, &last, 16);
      return out;
    }
  }
  for (; n - i >= 32; i += 16) {
    const byte_block bytes = load_byte_block(p + i);
    const std::uint64_t escapes = json_escape_mask_of(bytes);
    if (escapes == 0) {
      __builtin_memcpy(out, &bytes, 16);
      out += 16;
    } else {
      write_block_with_escapes(escapes);
    }
  }
#endif
  for (; n - i >= 7; ++i) {
    const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i])];
    __builtin_memcpy(out, &word, 8);
    out += word >> 56;
  }
  for (; i < n; ++i) {  // the last bytes, whose words might reach past the buffer
    const std::uint64_t word = json_escape_words.of[static_cast<unsigned char>(p[i])];
    for (std::uint64_t k = 0; k < word >> 56; ++k) *out++ = static_cast<char>(word >> (8 * k));
  }
  return out;
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_TEXT_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

template <class OutputIt>
constexpr OutputIt put_chars(std::string_view text, OutputIt out) {
  if constexpr (std::is_same_v<OutputIt, char*>) {
    if (!SWR_IS_CONSTANT_EVALUATED()) {  // one copy, not a store per byte; GCOVR_EXCL_BR_LINE: constant evaluation
      std::char_traits<char>::copy(out, text.data(), text.size());
      return out + text.size();
    }
  }
  for (const char c : text) *out++ = c;
  return out;
}

// `text` as a JSON string, quotes included; with `repository_wire_form`, each '/' is written as '$'.
template <class OutputIt>
constexpr OutputIt put_json_string(std::string_view text, OutputIt out, bool repository_wire_form = false) {
  constexpr char hex[] = "0123456789abcdef";
  *out++ = '"';
  if constexpr (std::is_same_v<OutputIt, char*>) {
    // At run time, into memory: the block writer (json_text.hpp), the same bytes. A valid repository name
    // needs no escapes, so its wire form is a plain copy with '/' as '$'.
    if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
      if (repository_wire_form) {
        replace_byte_run_time(text.data(), text.size(), '/', '$', out);
        out += text.size();
      } else {
        out = write_json_text(text, out);
      }
      *out++ = '"';
      return out;
    }
  }
  for (char c : text) {
    if (repository_wire_form && c == '/') c = '$';
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && c != '"' && c != '\\') {
      *out++ = c;
      continue;
    }
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\b': *out++ = 'b'; break;
      case '\f': *out++ = 'f'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      default:
        out = put_chars("u00", out);
        *out++ = hex[byte >> 4];
        *out++ = hex[byte & 0x0F];
    }
  }
  *out++ = '"';
  return out;
}

// Writes a body already known to be valid.
template <class OutputIt>
constexpr OutputIt put_body(const create_repo_body_view& body, OutputIt out) {
  out = put_chars("{\"repository\":", out);
  out = put_json_string(body.repository, out, true);
  out = put_chars(body.is_public ? ",\"is_public\":true" : ",\"is_public\":false", out);
  if (body.category) {
    out = put_chars(",\"category\":\"", out);
    out = put_chars(to_string(*body.category), out);  // category names need no escapes
    *out++ = '"';
  }
  if (body.description) {
    out = put_chars(",\"description\":", out);
    out = put_json_string(*body.description, out);
  }
  *out++ = '}';
  return out;
}

// An output iterator that only counts what goes through it: the size of a document before writing it.
struct counting_iterator {
  std::size_t count = 0;
  constexpr counting_iterator& operator*() noexcept { return *this; }
  constexpr counting_iterator& operator=(char) noexcept {
    ++count;
    return *this;
  }
  constexpr counting_iterator& operator++() noexcept { return *this; }
  constexpr counting_iterator& operator++(int) noexcept { return *this; }
};

}  // namespace detail

namespace detail {

// The run-time fast path: the size of a body's document when the body is valid, from the repository's check,
// the category's and one pass over the description (json_text.hpp); 0 when the body has a problem, which
// first_problem then names.
inline std::size_t valid_body_size(const create_repo_body_view& body) noexcept {
  if (!check_repository(body.repository).ok()) return 0;
  constexpr std::size_t braces_and_names = sizeof("{\"repository\":\"\"") - 1 + 1;
  std::size_t size = braces_and_names + body.repository.size() +
                     (body.is_public ? sizeof(",\"is_public\":true") : sizeof(",\"is_public\":false")) - 1;
  if (body.category) {
    const std::string_view name = to_string(*body.category);
    if (name.empty()) return 0;
    size += sizeof(",\"category\":\"\"") - 1 + name.size();  // category names need no escapes
  }
  if (body.description) {
    const json_text_measure text = measure_json_text(*body.description, description_max_code_points);
    if (!text.valid) return 0;
    size += sizeof(",\"description\":\"\"") - 1 + text.escaped_size;
  }
  return size;
}

// The one-pass fast path of to_json: a body whose document surely fits in a 4 KB buffer on the stack is checked
// and written there at once, and the string is constructed from it; the others are measured first
// (valid_body_size), so that the string is allocated at its size. Measuring costs a pass over the description (its
// escapes, its code points), the copy far less: 15 % less time a body.
inline constexpr std::size_t one_pass_capacity = 4096;

constexpr std::size_t longest_category_name() noexcept {
  std::size_t longest = 0;
  for (const category c : all_categories) longest = to_string(c).size() > longest ? to_string(c).size() : longest;
  return longest;
}

// The longest description (in bytes) that one_pass_capacity surely holds with a repository name of
// `repository_size` bytes: every byte might become six (`\u00xx`). 0 when even the rest does not fit.
constexpr std::size_t one_pass_description_room(std::size_t repository_size) noexcept {
  constexpr std::size_t largest_escape = 6;
  constexpr std::size_t everything_else = sizeof(
                                              "{\"repository\":\"\",\"is_public\":false,\"category\":\"\","
                                              "\"description\":\"\"}") -
                                          1 + longest_category_name();
  constexpr std::size_t room = one_pass_capacity - everything_else;
  return repository_size > room ? 0 : (room - repository_size) / largest_escape;
}
// Any description that fits is under the code-point limit, so only its UTF-8 needs checking. (Through a
// variable: Clang's value-range analysis reads the expression itself as a 10-bit value, always below the limit,
// and says so with -Wtautological-value-range-compare, which is this assertion's point.)
inline constexpr std::size_t one_pass_description_room_at_most = one_pass_description_room(0);
static_assert(one_pass_description_room_at_most < description_max_code_points);

// A valid body's document, written in one pass; empty (no document is) when the body has a problem or its
// document might not fit one_pass_capacity (then valid_body_size and first_problem decide).
inline std::string body_json_in_one_pass(const create_repo_body_view& body) {
  const std::size_t description_size = body.description ? body.description->size() : 0;
  if (description_size > one_pass_description_room(body.repository.size()) || !check_repository(body.repository).ok() ||
      (body.category && to_string(*body.category).empty()) || (body.description && !is_valid_utf8(*body.description))) {
    return {};
  }
  char buffer[one_pass_capacity];
  // Constructed from the buffer: assigning to an empty string takes the longer path that allows aliasing.
  return std::string(buffer, static_cast<std::size_t>(put_body(body, buffer) - buffer));
}

// The run-time writer: a valid body's document, in one pass where it fits, else sized first and then written in
// place; empty when the body has a problem (which first_problem then names).
inline std::string valid_body_json(const create_repo_body_view& body) {
  std::string json = body_json_in_one_pass(body);
  if (json.empty()) {
    if (const std::size_t size = valid_body_size(body)) {
      json.assign(size, '\0');
      put_body(body, json.data());
    }
  }
  return json;
}

// The JSON document of a body already known to be valid. (Only where std::string is constexpr can this run in a
// constant expression, and need put_body.)
SWR_CONSTEXPR_STRING std::string body_json(const create_repo_body_view& body) {
#if SWR_HAS_CONSTEXPR_STRING
  if (SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    std::string json(put_body(body, counting_iterator{}).count, '\0');
    put_body(body, json.data());
    return json;
  }
#endif
  return valid_body_json(body);
}
}  // namespace detail

/// The size in bytes of the body's JSON document, or the body's first problem.
[[nodiscard]] constexpr result<std::size_t, error> json_size(const create_repo_body_view& body) noexcept {
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    if (const std::size_t size = detail::valid_body_size(body)) return size;
  }
  const error problem = first_problem(body);
  if (!problem.ok()) return unexpected(problem);
  return detail::put_body(body, detail::counting_iterator{}).count;
}

/// Writes the body's JSON through an output iterator and returns the iterator past the end, or the body's
/// first problem (and then writes nothing).
template <class OutputIt>
[[nodiscard]] constexpr result<OutputIt, error> write_json(OutputIt out, const create_repo_body_view& body) {
  const error problem = first_problem(body);
  if (!problem.ok()) return unexpected(problem);
  return detail::put_body(body, out);
}

/// Writes the body's JSON into `buffer` and returns its size, or the body's first problem. All or nothing:
/// when the size exceeds `capacity` nothing is written and the size needed is still returned, as snprintf
/// does, so the caller compares it with `capacity`.
[[nodiscard]] constexpr result<std::size_t, error> write_json(char* buffer, std::size_t capacity,
                                                              const create_repo_body_view& body) {
  const result<std::size_t, error> size = json_size(body);
  if (size && *size <= capacity && buffer != nullptr) detail::put_body(body, buffer);
  return size;
}

/// The body's JSON document, or the body's first problem.
[[nodiscard]] SWR_CONSTEXPR_STRING result<std::string, error> to_json(const create_repo_body_view& body) {
#if SWR_HAS_CONSTEXPR_STRING
  if (!SWR_IS_CONSTANT_EVALUATED())  // GCOVR_EXCL_BR_LINE: constant evaluation
#endif
  {
    std::string json = detail::valid_body_json(body);
    if (!json.empty()) return json;
  }
  const error problem = first_problem(body);
  if (!problem.ok()) return unexpected(problem);
  return detail::body_json(body);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_JSON_WRITER_HPP

// ---- swr/operation.hpp ----
// swrkit — how an operation of the SWR v2 management API describes itself (docs/api.md, "The management API"),
// and what any answer means.
//
// An operation is described once, by its request type (management.hpp), through operation_traits:
//   - `static constexpr operation_info operation`: its name, method, path template and success status, and what
//     each documented error status means for it;
//   - `using response = …`: what a success answers (`no_content`, a type with a JSON member table, or a
//     `list<T>` for the bare arrays that page with Content-Range);
//   - `parameters(self, visit)`: its path and query parameters, each with its name, field and check;
//   - optionally a `body` member, a type with a JSON member table (or create-repository's own writer) and a
//     `static void add_problems(const Body&, detail::problem_list&)`, which adds the problems of its values.
// From that one description, http.hpp builds the request of any operation (validated; the target with `/` as `$`
// and percent-encoding; the token or AK/SK headers; the exact JSON) and api_response.hpp reads its answer.
#ifndef SWR_OPERATION_HPP
#define SWR_OPERATION_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>


// ---- swr/http_header.hpp ----
// swrkit — HTTP header fields: the name/value pair, the rules a name and a value must follow so that
// nothing can inject a header (RFC 9110, 5.1 and 5.5), and what debug output hides.
#ifndef SWR_HTTP_HEADER_HPP
#define SWR_HTTP_HEADER_HPP

#include <cstddef>
#include <string>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// One header field, as sent: name and value.
struct http_header {
  std::string name;
  std::string value;
};

namespace detail {
constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// RFC 9110, 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" /
// "~" / DIGIT / ALPHA.
constexpr bool is_token_char(char c) noexcept {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// An HTTP token: non-empty, tchar only. `empty` or `invalid_character` at the first other byte.
// A credential (a token, a key): visible ASCII only (0x21-0x7E), so that it can stand in a header as is.
// `empty` (unless it may be) or `invalid_character` at the first other byte; the message never quotes it.
constexpr error check_credential_text(std::string_view text, swr::field where, bool may_be_empty) noexcept {
  if (text.empty() && !may_be_empty) return {error_code::empty, where, 0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x21 || byte > 0x7E) return {error_code::invalid_character, where, i};
  }
  return {};
}

constexpr error check_token_text(std::string_view text, swr::field where) noexcept {
  if (text.empty()) return {error_code::empty, where, 0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_token_char(text[i])) return {error_code::invalid_character, where, i};
  }
  return {};
}
}  // namespace detail

/// Checks a header name: an HTTP token (letters, digits and !#$%&'*+-.^_`|~). `empty`, or
/// `invalid_character` (field `header_name`) at the first other byte: a colon, a space, CR, LF, …
[[nodiscard]] constexpr error check_header_name(std::string_view name) noexcept {
  return detail::check_token_text(name, field::header_name);
}

/// Checks a header value: no control character but the horizontal tab (so no CR or LF, which would end
/// the header and start another). Bytes from 0x80 are allowed (RFC 9110's obs-text). `invalid_character`
/// (field `header_value`) at the first control character.
[[nodiscard]] constexpr error check_header_value(std::string_view value) noexcept {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if ((byte < 0x20 && byte != '\t') || byte == 0x7F) return {error_code::invalid_character, field::header_value, i};
  }
  return {};
}

/// What debug output shows instead of a sensitive header's value.
inline constexpr std::string_view redacted = "<redacted>";

/// Header names whose values debug output never shows (compared case-insensitively): credentials, and
/// Authorization, whose AK/SK signature can be replayed for 15 minutes.
[[nodiscard]] constexpr bool is_sensitive_header(std::string_view name) noexcept {
  constexpr std::string_view sensitive[] = {"x-auth-token",  "x-subject-token",     "x-security-token",
                                            "authorization", "proxy-authorization", "cookie"};
  for (const std::string_view s : sensitive) {
    if (detail::equal_ignoring_case(s, name)) return true;
  }
  return false;
}

/// A header's value as debug output shows it: as is for an ordinary header; for an AK/SK Authorization,
/// the scheme, the access key id and the signed headers with `Signature=<redacted>`; otherwise "<redacted>".
/// Everything after the first `Signature=` is hidden, and the whole value unless that is its last parameter, so
/// that a malformed value (`…, Signature=0123abcd Signature=`) shows no part of a signature either.
[[nodiscard]] inline std::string redacted_value(std::string_view name, std::string_view value) {
  if (!is_sensitive_header(name)) return std::string(value);
  constexpr std::string_view scheme = "SDK-HMAC-SHA256 ";
  constexpr std::string_view signature = "Signature=";
  const std::size_t at = value.find(signature);
  if (detail::equal_ignoring_case(name, "authorization") && value.substr(0, scheme.size()) == scheme &&
      at != std::string_view::npos && value.find(',', at) == std::string_view::npos) {
    return std::string(value.substr(0, at + signature.size())).append(redacted);
  }
  return std::string(redacted);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_HTTP_HEADER_HPP

// ---- swr/reference.hpp ----
// swrkit — the names that go on `docker push`: tags, digests and whole image references (docs/references.md).
//
// Tags and digests follow distribution/reference v0.6.0's grammar, as Docker and SWR (a Docker Registry v2
// backend) apply it; SWR documents no tag rule of its own. A reference is parsed as distribution parses it,
// with Docker's rule for whether its first component is a registry; an SWR reference is one whose registry is
// the SWR registry of a known region and whose path is an organization and a repository under swrkit's name
// rules. Everything here is constexpr, noexcept and allocation-free: the parsed parts are views into the text,
// and a built reference is a fixed-size text.
#ifndef SWR_REFERENCE_HPP
#define SWR_REFERENCE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>


// ---- swr/host.hpp ----
// swrkit — validation of the Host an SWR request goes to: a DNS name, an IPv4 address or a bracketed IPv6
// address, optionally followed by ":port". Everything else — spaces, CR/LF, '/', '@', userinfo, a scheme,
// a zone id — is refused, so a host can never inject a header or a request line.
#ifndef SWR_HOST_HPP
#define SWR_HOST_HPP

#include <cstddef>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

inline constexpr std::size_t host_ok = static_cast<std::size_t>(-1);

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_hex(char c) noexcept {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool is_ascii_alnum(char c) noexcept {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Each check returns the offset of the first bad byte within `text`, or host_ok.

// Dotted-quad IPv4: four decimal octets 0-255 without leading zeros (which some resolvers read as octal).
constexpr std::size_t check_ipv4(std::string_view text) noexcept {
  std::size_t i = 0;
  for (int octet = 0; octet < 4; ++octet) {
    if (octet > 0) {
      if (i >= text.size() || text[i] != '.') return i;
      ++i;
    }
    const std::size_t start = i;
    unsigned value = 0;
    while (i < text.size() && is_ascii_digit(text[i]) && i - start < 3) {
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
      ++i;
    }
    if (i == start) return i;
    if (value > 255 || (text[start] == '0' && i - start > 1)) return start;
  }
  return i == text.size() ? host_ok : i;
}

// RFC 4291 text forms: eight groups of 1-4 hex digits, one "::" standing for one or more zero groups, and an
// optional trailing dotted quad counting as two groups. A group too many is reported at the ':' before it,
// too few at the end.
constexpr std::size_t check_ipv6(std::string_view text) noexcept {
  std::size_t i = 0;
  int groups = 0;
  bool compressed = false;
  if (text.substr(0, 2) == "::") {
    compressed = true;
    i = 2;
  }
  while (i < text.size()) {
    const std::size_t start = i;
    const int room = (compressed ? 7 : 8) - groups;  // groups still allowed
    while (i < text.size() && is_ascii_hex(text[i]) && i - start < 4) ++i;
    if (i < text.size() && text[i] == '.') {  // the embedded IPv4 tail ends the address
      if (room < 2) return start == 0 ? 0 : start - 1;
      const std::size_t bad = check_ipv4(text.substr(start));
      if (bad != host_ok) return start + bad;
      groups += 2;
      i = text.size();
      break;
    }
    if (i == start) return i;
    if (room < 1) return start - 1;
    ++groups;
    if (i == text.size()) break;
    if (text[i] != ':') return i;
    ++i;
    if (i < text.size() && text[i] == ':') {
      if (compressed || groups >= 8) return i;  // a second "::", or one that can stand for nothing
      compressed = true;
      ++i;
    } else if (i == text.size()) {
      return i - 1;  // a single trailing ':'
    }
  }
  if (!compressed && groups != 8) return text.size();
  return host_ok;
}

// A DNS host name (RFC 1123): labels of letters, digits and '-', 1-63 bytes, not starting or ending with '-',
// 253 bytes at most. No trailing dot. The last label may not look like a number (all digits, or 0x and hex
// digits): resolvers read such names as IPv4 addresses (RFC 3696 section 2; inet_aton).
constexpr std::size_t check_dns_name(std::string_view text) noexcept {
  if (text.empty()) return 0;
  if (text.size() > 253) return 253;
  std::size_t label_start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.') {
      const std::size_t length = i - label_start;
      if (length == 0) return i;
      if (text[i - 1] == '-') return i - 1;
      label_start = i + 1;
      continue;
    }
    const char c = text[i];
    if (!is_ascii_alnum(c) && c != '-') return i;
    if (c == '-' && i == label_start) return i;
    if (i - label_start >= 63) return i;
  }
  const std::size_t dot = text.rfind('.');
  const std::size_t last_start = dot == std::string_view::npos ? 0 : dot + 1;
  const std::string_view last = text.substr(last_start);
  bool numeric = true;
  const bool hex = last.size() >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X');
  for (std::size_t k = hex ? 2 : 0; k < last.size(); ++k)
    numeric = numeric && (hex ? is_ascii_hex(last[k]) : is_ascii_digit(last[k]));
  return numeric ? last_start : host_ok;
}

// ":port" with 1-65535, at most five digits.
constexpr std::size_t check_port(std::string_view digits) noexcept {
  if (digits.empty()) return 0;
  unsigned long value = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (!is_ascii_digit(digits[i]) || i >= 5) return i;
    value = value * 10 + static_cast<unsigned long>(digits[i] - '0');
  }
  return value >= 1 && value <= 65535 ? host_ok : 0;
}

}  // namespace detail

/// Checks a Host value. Returns `none`, `empty`, or `invalid_host` at the first offending byte.
[[nodiscard]] constexpr error check_host(std::string_view host) noexcept {
  if (host.empty()) return {error_code::empty, field::host, 0};
  const auto fail = [](std::size_t at) { return error{error_code::invalid_host, field::host, at}; };
  std::size_t name_end = 0;
  std::size_t bad = detail::host_ok;
  if (host[0] == '[') {
    const std::size_t close = host.find(']');
    bad = detail::check_ipv6(host.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    if (bad != detail::host_ok && (close == std::string_view::npos || bad < close - 1)) return fail(1 + bad);
    if (close == std::string_view::npos) return fail(host.size());  // where the ']' should be
    if (bad != detail::host_ok) return fail(1 + bad);
    name_end = close + 1;
  } else {
    name_end = host.find(':');
    if (name_end == std::string_view::npos) name_end = host.size();
    const std::string_view name = host.substr(0, name_end);
    // All digits and dots: an IPv4 address (so 1.2.3.999 is refused, not taken for a DNS name).
    bool dotted_numbers = true;
    for (const char c : name) dotted_numbers = dotted_numbers && (detail::is_ascii_digit(c) || c == '.');
    bad = dotted_numbers ? detail::check_ipv4(name) : detail::check_dns_name(name);
    if (bad != detail::host_ok) return fail(bad);
  }
  if (name_end == host.size()) return {};
  if (host[name_end] != ':') return fail(name_end);
  bad = detail::check_port(host.substr(name_end + 1));
  if (bad != detail::host_ok) return fail(name_end + 1 + bad);
  return {};
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_HOST_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

// ---- Tags ----

namespace detail {
// GCOVR_EXCL_START: only scan_tag's byte loop uses it (see there)
constexpr bool is_tag_char(char c) noexcept { return is_ascii_alnum(c) || c == '_' || c == '.' || c == '-'; }
// GCOVR_EXCL_STOP

#if SWR_HAS_NAME_MASKS
// At run time, 16 bytes at a time with the name checks' blocks (detail/name_masks.hpp): the bytes outside the
// tag alphabet as a bit mask, the first violation its lowest bit. A tag mixes digits, letters, '.' and '-' from
// byte to byte, where a branch per byte mispredicts (0.4x a table loop; this is about 3x it).
inline std::uint64_t tag_violations(byte_block b) noexcept {
  const byte_block letter =
      reinterpret_cast<byte_block>(((b | splat_byte(0x20)) - splat_byte('a')) <= splat_byte('z' - 'a'));
  const byte_block digit = reinterpret_cast<byte_block>((b - splat_byte('0')) <= splat_byte(9));
  const byte_block other = reinterpret_cast<byte_block>(b == splat_byte('_')) |
                           reinterpret_cast<byte_block>(b == splat_byte('.')) |
                           reinterpret_cast<byte_block>(b == splat_byte('-'));
  return ~movemask_native::of(letter | digit | other) & 0xFFFF;
}

// Precondition: 1 <= n <= tag_max_length.
inline name_check scan_tag_blocks(const char* p, std::size_t n) noexcept {
  const auto first = [](std::uint64_t bad) { return static_cast<std::size_t>(__builtin_ctzll(bad)); };
  std::uint64_t bad = 0;
  std::size_t at = 0;
  if (n < 16) {
    bad = tag_violations(load_short_name(p, n)) & ((std::uint64_t{1} << n) - 1);
  } else {
    for (; at + 16 <= n && bad == 0; at += 16) bad = tag_violations(load_byte_block(p + at));
    if (bad != 0) {
      at -= 16;
    } else if (at < n) {
      at = n - 16;  // the last 16 bytes, overlapping those checked already
      bad = tag_violations(load_byte_block(p + at));
    }
  }
  if (bad != 0 && at + first(bad) == 0) return {name_error::invalid_character, 0};
  if (p[0] == '.' || p[0] == '-') return {name_error::invalid_start, 0};
  return bad == 0 ? name_check{} : name_check{name_error::invalid_character, at + first(bad)};
}
#endif

// The first byte of `text` that no tag may hold there: a byte outside [A-Za-z0-9_.-], or '.' or '-' first.
constexpr name_check scan_tag(std::string_view text) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED() && !text.empty() && text.size() <= tag_max_length) {
    return scan_tag_blocks(text.data(), text.size());
  }
#endif
  // GCOVR_EXCL_START: where the masks exist (the coverage build) only constant evaluation runs this loop; the
  // portable configuration (SWRKIT_DISABLE_SIMD) runs it at run time, under the same tests
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_tag_char(text[i])) return {name_error::invalid_character, i};
    if (i == 0 && (text[i] == '.' || text[i] == '-')) return {name_error::invalid_start, 0};
  }
  // GCOVR_EXCL_STOP
  return {};
}
}  // namespace detail

/// Checks a tag: 1-128 bytes of `A-Z a-z 0-9 _ . -`, not starting with '.' or '-'
/// (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). The first violation, in this order: `empty` at 0, `too_long` at 128,
/// then from the left `invalid_character`, or `invalid_start` at 0. Messages: tag_message (name_check.hpp).
[[nodiscard]] constexpr name_check check_tag(std::string_view tag) noexcept {
  if (tag.empty()) return {name_error::empty, 0};
  if (tag.size() > tag_max_length) return {name_error::too_long, tag_max_length};
  return detail::scan_tag(tag);
}

/// As-you-type check: ok when some completion (possibly empty) of `text` is a valid tag. A tag has no end rule,
/// so that is a text of at most 128 bytes without a violation; the empty text is a valid prefix.
[[nodiscard]] constexpr name_check check_tag_prefix(std::string_view text) noexcept {
  if (text.size() > tag_max_length) return {name_error::too_long, tag_max_length};
  return detail::scan_tag(text);
}

[[nodiscard]] constexpr bool is_valid_tag(std::string_view tag) noexcept { return check_tag(tag).ok(); }

// ---- Digests ----

/// The digest algorithms swrkit knows (go-digest's registered ones) and their lengths in hex digits.
struct digest_algorithm {
  std::string_view name;
  std::size_t hex_digits;
};
inline constexpr digest_algorithm digest_algorithms[] = {{"sha256", 64}, {"sha384", 96}, {"sha512", 128}};

/// The fewest hex digits of any digest in the grammar (128 bits).
inline constexpr std::size_t digest_min_hex_digits = 32;

namespace detail {
constexpr bool is_digest_separator(char c) noexcept { return c == '+' || c == '.' || c == '_' || c == '-'; }
constexpr error digest_error(error_code code, std::size_t position) noexcept { return {code, field::digest, position}; }

#if SWR_HAS_NAME_MASKS
// At run time, a digest that starts with a registered algorithm (nearly every digest there is) has its hex digits
// checked 16 at a time. Hex digits mix digits and letters at random, so the byte loop's tests mispredicted every
// few digits, and it read the digits twice (the grammar's, then lowercase): in callgrind, a third of a
// reference's mispredicted branches.

// Bytes from lo to hi as 0xFF: SSE2 compares bytes as signed only, so the range is moved to start at -128, where
// one comparison bounds it (an unsigned <= costs a pminub and a pcmpeqb).
inline byte_block bytes_in(byte_block b, unsigned char lo, unsigned char hi) noexcept {
  typedef signed char signed_block __attribute__((vector_size(16)));
  const signed_block from_lowest =
      reinterpret_cast<signed_block>(b + splat_byte(static_cast<unsigned char>(0x80 - lo)));
  const signed char above = static_cast<signed char>(hi - lo - 127);
  const signed_block bound = {above, above, above, above, above, above, above, above,
                              above, above, above, above, above, above, above, above};
  return reinterpret_cast<byte_block>(from_lowest < bound);
}

inline byte_block not_lowercase_hex(byte_block b) noexcept { return ~(bytes_in(b, '0', '9') | bytes_in(b, 'a', 'f')); }
inline byte_block not_hex(byte_block b) noexcept {
  return ~(bytes_in(b, '0', '9') | bytes_in(b | splat_byte(0x20), 'a', 'f'));
}
inline byte_block uppercase_hex(byte_block b) noexcept { return bytes_in(b, 'A', 'F'); }

// Where in the n >= 1 bytes at p a block test first holds, or n: the first block, then every next one, the last
// moved back to end on byte n - 1 (its bytes already read hold no hit, so its first hit is the text's).
template <class Movemask, class Test>
inline std::size_t first_hit(const char* p, std::size_t n, Test test) noexcept {
  const auto first = [](std::uint64_t m) { return static_cast<std::size_t>(__builtin_ctzll(m)); };
  if (n < 16) {
    const std::uint64_t hits = Movemask::of(test(load_short_name(p, n))) & ((std::uint64_t{1} << n) - 1);
    return hits != 0 ? first(hits) : n;
  }
  for (std::size_t at = 0;; at += 16) {
    if (at + 16 > n) at = n - 16;
    const std::uint64_t hits = Movemask::of(test(load_byte_block(p + at)));
    if (hits != 0) return at + first(hits);
    if (at + 16 == n) return n;
  }
}

// The first `count` (at most 8) bytes of `text` as a little-endian word, as an 8-byte load reads them.
constexpr std::uint64_t little_endian_word(const char* text, unsigned count) noexcept {
  std::uint64_t word = 0;
  for (unsigned i = 0; i < count; ++i) word |= std::uint64_t{static_cast<unsigned char>(text[i])} << (8 * i);
  return word;
}

// The number of hex digits of the registered algorithm whose name and ':' start the 8 or more bytes at p, or 0.
inline std::size_t registered_digest_digits(const char* p) noexcept {
  std::uint64_t word;
  __builtin_memcpy(&word, p, 8);
  word &= 0x00FFFFFFFFFFFFFFU;  // the first 7 bytes
  return word == little_endian_word("sha256:", 7)   ? 64
         : word == little_endian_word("sha384:", 7) ? 96
         : word == little_endian_word("sha512:", 7) ? 128
                                                    : 0;
}

// check_digest of the n bytes at p, which start with a registered algorithm and its ':' (expected: its number of
// digits). The algorithm is then well-formed, so the byte loop's diagnosis is, in its order: the first byte that
// is no hex digit, too few digits, the wrong number of them, the first uppercase one.
template <class Movemask>
inline error check_registered_digest(const char* p, std::size_t n, std::size_t expected) noexcept {
  const char* const hex = p + 7;
  const std::size_t digits = n - 7;
  if (digits == expected) {  // 64, 96 or 128: the first 64 in four blocks, then as many more as there are
    byte_block wrong = not_lowercase_hex(load_byte_block(hex)) | not_lowercase_hex(load_byte_block(hex + 16)) |
                       not_lowercase_hex(load_byte_block(hex + 32)) | not_lowercase_hex(load_byte_block(hex + 48));
    for (std::size_t at = 64; at < expected; at += 16) wrong |= not_lowercase_hex(load_byte_block(hex + at));
    if (Movemask::of(wrong) == 0) return {};
  }
  const std::size_t non_hex = first_hit<Movemask>(hex, digits, not_hex);
  if (non_hex < digits) return digest_error(error_code::invalid_character, 7 + non_hex);
  if (digits < digest_min_hex_digits) return digest_error(error_code::invalid_length, n);
  if (digits != expected) return digest_error(error_code::invalid_length, digits < expected ? n : 7 + expected);
  return digest_error(error_code::invalid_character, 7 + first_hit<Movemask>(hex, digits, uppercase_hex));
}
#endif
}  // namespace detail

namespace detail {
// The byte loop: constant evaluation, the portable configuration, and at run time the digests that do not start
// with a registered algorithm.
constexpr error check_digest_bytes(std::string_view digest) noexcept {
  if (digest.empty()) return digest_error(error_code::empty, 0);
  std::size_t colon = 0;
  bool component_starts = true;  // the next byte starts an algorithm component
  for (; colon < digest.size() && digest[colon] != ':'; ++colon) {
    const char c = digest[colon];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (component_starts) {
      if (letter) {
        component_starts = false;
      } else if (is_digest_separator(c) && colon > 0) {
        return digest_error(error_code::adjacent_separators, colon);
      } else if (is_digest_separator(c) || (c >= '0' && c <= '9')) {
        return digest_error(error_code::invalid_start, colon);
      } else {
        return digest_error(error_code::invalid_character, colon);
      }
    } else if (is_digest_separator(c)) {
      component_starts = true;
    } else if (!is_ascii_alnum(c)) {
      return digest_error(error_code::invalid_character, colon);
    }
  }
  if (colon == 0) return digest_error(error_code::invalid_start, 0);
  if (colon == digest.size()) return digest_error(error_code::incomplete, digest.size());
  if (component_starts) return digest_error(error_code::invalid_end, colon - 1);
  const std::size_t first_hex = colon + 1;
  if (first_hex == digest.size()) return digest_error(error_code::incomplete, digest.size());
  for (std::size_t i = first_hex; i < digest.size(); ++i) {
    if (!is_ascii_hex(digest[i])) return digest_error(error_code::invalid_character, i);
  }
  const std::size_t hex_digits = digest.size() - first_hex;
  if (hex_digits < digest_min_hex_digits) return digest_error(error_code::invalid_length, digest.size());
  const std::string_view algorithm = digest.substr(0, colon);
  std::size_t expected = 0;
  for (const digest_algorithm& known : digest_algorithms) {
    if (known.name == algorithm) expected = known.hex_digits;
  }
  if (expected == 0) return digest_error(error_code::unsupported_algorithm, 0);
  if (hex_digits != expected) {
    return digest_error(error_code::invalid_length, hex_digits < expected ? digest.size() : first_hex + expected);
  }
  for (std::size_t i = first_hex; i < digest.size(); ++i) {
    if (digest[i] >= 'A' && digest[i] <= 'F') return digest_error(error_code::invalid_character, i);
  }
  return {};
}

}  // namespace detail

/// Checks a digest, `algorithm:hex` (docs/references.md). The first problem, field `digest`, in this order:
/// - `empty` at 0;
/// - the algorithm, components `[A-Za-z][A-Za-z0-9]*` joined by one of `+ . _ -`: `invalid_start` where a
///   component starts otherwise (also an empty algorithm, ":…"), `adjacent_separators` at a second separator,
///   `invalid_character` at a byte outside the grammar, `invalid_end` at a separator right before ':';
/// - `incomplete` at the end when there is no ':' or nothing after it;
/// - `invalid_character` at a byte that is not a hex digit; `invalid_length` at the end when there are fewer
///   than 32 hex digits;
/// - `unsupported_algorithm` (position 0) for an algorithm other than sha256, sha384 and sha512;
/// - `invalid_length` when the hex digits are not exactly 64, 96 or 128 (at the end when too few, at the first
///   one too many otherwise);
/// - `invalid_character` at an uppercase hex digit: the registered algorithms are written in lowercase.
[[nodiscard]] constexpr error check_digest(std::string_view digest) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED() && digest.size() >= 8) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    const std::size_t expected = detail::registered_digest_digits(digest.data());
    if (expected != 0) {
      return detail::check_registered_digest<detail::movemask_native>(digest.data(), digest.size(), expected);
    }
  }
#endif
  return detail::check_digest_bytes(digest);
}

[[nodiscard]] constexpr bool is_valid_digest(std::string_view digest) noexcept { return check_digest(digest).ok(); }

// ---- References ----

/// The longest path of an image reference, its registry not counted (distribution's RepositoryNameTotalLengthMax).
inline constexpr std::size_t image_path_max_length = 255;

/// An image reference, `[registry/]path[:tag][\@digest]`, as views into the parsed text; a part that is absent
/// is empty. `registry` holds its port, if any (`localhost:5000`).
struct image_reference {
  std::string_view registry;
  std::string_view path;
  std::string_view tag;
  std::string_view digest;
};

namespace detail {
// Shifts a part's diagnosis to its place in the whole text.
constexpr error at_offset(error e, std::size_t offset) noexcept {
  e.position += offset;
  return e;
}
constexpr error from_name_check(name_check c, swr::field f, std::size_t offset) noexcept {
  return {static_cast<error_code>(c.error), f, c.position + offset};
}

// A registry, distribution's `host [':' port]`: DNS components `[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?` joined by
// '.', or a bracketed IPv6 address `\[[0-9A-Fa-f:]+\]`; then optionally ':' and digits. `invalid_host` at the
// first byte that does not fit.
constexpr error check_registry(std::string_view text) noexcept {
  const auto bad = [](std::size_t at) { return error{error_code::invalid_host, field::registry, at}; };
  std::size_t i = 0;
  if (!text.empty() && text[0] == '[') {
    for (i = 1; i < text.size() && (is_ascii_hex(text[i]) || text[i] == ':'); ++i) {
    }
    if (i == 1 || i == text.size() || text[i] != ']') return bad(i);
    ++i;
  } else {
    bool component_starts = true;
    for (; i < text.size() && text[i] != ':'; ++i) {
      const char c = text[i];
      if (is_ascii_alnum(c)) {
        component_starts = false;
      } else if (c == '-' && !component_starts) {
      } else if (c == '.' && !component_starts && text[i - 1] != '-') {
        component_starts = true;
      } else {
        return bad(c == '.' && i > 0 && text[i - 1] == '-' ? i - 1 : i);  // "a-.b": the '-' ends a component
      }
    }
    if (component_starts) return bad(i == 0 ? 0 : i - (i < text.size() ? 0 : 1));
    if (text[i - 1] == '-') return bad(i - 1);
  }
  if (i == text.size()) return {};
  if (text[i] != ':' || i + 1 == text.size()) return bad(i + (text[i] == ':' ? 1 : 0));
  for (std::size_t p = i + 1; p < text.size(); ++p) {
    if (text[p] < '0' || text[p] > '9') return bad(p);
  }
  return {};
}

// The path: components of lowercase letters and digits joined by '.', '_', "__" or runs of '-', separated by
// '/' (the repository grammar of docs/names.md), at most 255 bytes.
constexpr error check_image_path(std::string_view path, std::size_t offset) noexcept {
  if (path.empty()) return {error_code::empty, field::image_path, offset};
  if (path.size() > image_path_max_length)
    return {error_code::too_long, field::image_path, offset + image_path_max_length};
  const name_scan_result scanned = scan_name(name_kind::repository, path);
  if (!scanned.first_violation.ok()) return from_name_check(scanned.first_violation, field::image_path, offset);
  if (scanned.ends_with_separator) return {error_code::invalid_end, field::image_path, offset + path.size() - 1};
  return {};
}

// Docker's rule: the first component of a name with a '/' is a registry when it holds '.' or ':', is
// "localhost", or has an uppercase letter.
constexpr bool is_registry_component(std::string_view first) noexcept {
  if (first == std::string_view("localhost")) return true;
  for (const char c : first) {
    if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

// Splits `[name][:tag][\@digest]` where the name holds no '@' and the tag's ':' is the first after the name's
// last '/': name, tag and digest, each with where it starts (npos for an absent tag or digest).
struct reference_parts {
  std::string_view name, tag, digest;
  std::size_t tag_at = std::string_view::npos, digest_at = std::string_view::npos;
};
constexpr reference_parts split_reference(std::string_view text) noexcept {
  reference_parts parts;
  const std::size_t at = text.find('@');
  std::string_view name = text.substr(0, at);
  if (at != std::string_view::npos) {
    parts.digest_at = at + 1;
    parts.digest = text.substr(at + 1);
  }
  const std::size_t slash = name.rfind('/');
  const std::size_t colon = name.find(':', slash == std::string_view::npos ? 0 : slash + 1);
  if (colon != std::string_view::npos) {
    parts.tag_at = colon + 1;
    parts.tag = name.substr(colon + 1);
    name = name.substr(0, colon);
  }
  parts.name = name;
  return parts;
}

// The tag and the digest of a reference, where present, checked in that order.
constexpr error check_tag_and_digest(const reference_parts& parts) noexcept {
  if (parts.tag_at != std::string_view::npos) {
    const name_check tag = check_tag(parts.tag);
    if (!tag.ok()) return from_name_check(tag, field::tag, parts.tag_at);
  }
  if (parts.digest_at != std::string_view::npos) {
    const error digest = check_digest(parts.digest);
    if (!digest.ok()) return at_offset(digest, parts.digest_at);
  }
  return {};
}
}  // namespace detail

namespace detail {
// The byte path: constant evaluation, the portable configuration, and at run time the rare references that the
// masks below do not take (a name and tag of more than 128 bytes).
constexpr result<image_reference, error> parse_image_reference_bytes(std::string_view text) noexcept {
  const detail::reference_parts parts = detail::split_reference(text);
  image_reference reference{{}, parts.name, parts.tag, parts.digest};
  std::size_t path_at = 0;
  const std::size_t slash = parts.name.find('/');
  if (slash != std::string_view::npos && detail::is_registry_component(parts.name.substr(0, slash))) {
    reference.registry = parts.name.substr(0, slash);
    reference.path = parts.name.substr(slash + 1);
    path_at = slash + 1;
    const error registry = detail::check_registry(reference.registry);
    if (!registry.ok()) return unexpected(registry);
  }
  error e = detail::check_image_path(reference.path, path_at);
  if (e.ok()) e = detail::check_tag_and_digest(parts);
  if (!e.ok()) return unexpected(e);
  return reference;
}

#if SWR_HAS_NAME_MASKS
// At run time, one pass classifies every byte of the reference's name and tag (the text before its first '@') 16
// at a time into four masks, one bit a byte, and every part is checked from the same masks, without a branch: the
// cuts ('@', the last '/', the tag's ':'), Docker's rule, a DNS registry and its port, the path (the name checks'
// rules), the tag. The byte loops cost a mispredicted branch every few bytes, where the parts mix classes of
// bytes at random (and libstdc++'s rfind reads byte by byte); here a valid reference takes one branch or two. Only
// a part found wrong is diagnosed, in the byte path's order: the path and the tag from the masks, a registry by
// check_registry's byte loop.
//
// Four bits tell apart the ten classes of bytes that matter: the name masks' three (detail/name_masks.hpp), with
// ':' and '@', which are outside the path's alphabet, added to the second and the third, and a fourth for the
// letters of either case and '/':
//
//   byte   valid  dot_under_colon  under_hyphen_at  letter_slash
//   a-z      1          0                0               1
//   0-9      1          0                0               0
//   .        1          1                0               0
//   /        1          1                0               1
//   _        1          1                1               0
//   -        1          0                1               0
//   A-Z      0          0                0               1
//   :        0          1                0               0
//   @        0          0                1               0
//   other    0          0                0               0
template <class Mask>
struct reference_masks {
  Mask valid = 0, dot_under_colon = 0, under_hyphen_at = 0, letter_slash = 0;
};

// GCOVR_EXCL_BR_START: these templates have a copy for each width of masks, each movemask and each translation
// unit that parses a reference, and gcovr counts each copy's branches apart, though the linker keeps one (at -O0
// GCC also lowers the block arithmetic with branch points of its own, as in name_masks.hpp). Their behaviour is
// held to the byte path instead, at every position of every length, by reference_test.cpp and the fuzzers.
template <class Movemask>
inline reference_masks<std::uint64_t> classify_reference_block(byte_block b) noexcept {
  const byte_block under = reinterpret_cast<byte_block>(b == splat_byte('_'));
  const byte_block slash = reinterpret_cast<byte_block>(b == splat_byte('/'));
  reference_masks<std::uint64_t> m;
  m.letter_slash = Movemask::of(bytes_in(b | splat_byte(0x20), 'a', 'z') | slash);
  m.dot_under_colon = Movemask::of(reinterpret_cast<byte_block>(b == splat_byte('.')) | slash | under |
                                   reinterpret_cast<byte_block>(b == splat_byte(':')));
  m.under_hyphen_at = Movemask::of(under | reinterpret_cast<byte_block>(b == splat_byte('-')) |
                                   reinterpret_cast<byte_block>(b == splat_byte('@')));
  m.valid = Movemask::of(bytes_in(b, '-', '9') | bytes_in(b, 'a', 'z') | under);  // '-' '.' '/' 0-9: 0x2D..0x39
  return m;
}

// The masks of the first 64 bytes of a text of n >= 16 bytes: blocks at 0, 16, 32 and 48, each moved back to end on
// byte n - 1 when it would pass it, its bits shifted to where its bytes are. A block so moved repeats bytes that
// the last block holds too, at the same bits, so OR-ing it in changes nothing: four loads, no branch on the
// length, one shift a mask.
template <class Movemask>
__attribute__((always_inline)) inline reference_masks<std::uint64_t> reference_mask_word(const char* p,
                                                                                         std::size_t n) noexcept {
  reference_masks<std::uint64_t> word;
#pragma GCC unroll 4
  for (std::size_t k = 0; k < 4; ++k) {
    const std::size_t at = k == 0 || 16 * k + 16 <= n ? 16 * k : n - 16;
    const reference_masks<std::uint64_t> m = classify_reference_block<Movemask>(load_byte_block(p + at));
    word.valid |= m.valid << at;
    word.dot_under_colon |= m.dot_under_colon << at;
    word.under_hyphen_at |= m.under_hyphen_at << at;
    word.letter_slash |= m.letter_slash << at;
  }
  return word;
}

// The masks of the first 128 bytes of a text of n > 64 bytes, the same way, given those of the first 64.
template <class Movemask>
inline reference_masks<name_mask128> reference_mask_words(const char* p, std::size_t n,
                                                          const reference_masks<std::uint64_t>& low) noexcept {
  reference_masks<name_mask128> both{low.valid, low.dot_under_colon, low.under_hyphen_at, low.letter_slash};
#pragma GCC unroll 4
  for (std::size_t k = 4; k < 8; ++k) {
    const std::size_t at = 16 * k + 16 <= n ? 16 * k : n - 16;
    const reference_masks<std::uint64_t> m = classify_reference_block<Movemask>(load_byte_block(p + at));
    both.valid |= static_cast<name_mask128>(m.valid) << at;
    both.dot_under_colon |= static_cast<name_mask128>(m.dot_under_colon) << at;
    both.under_hyphen_at |= static_cast<name_mask128>(m.under_hyphen_at) << at;
    both.letter_slash |= static_cast<name_mask128>(m.letter_slash) << at;
  }
  return both;
}

template <class Mask>
inline Mask lowest_set(Mask m) noexcept {  // the lowest set bit alone, 0 for 0
  return m & (~m + 1);
}
inline unsigned highest_bit(std::uint64_t m) noexcept { return 63 - static_cast<unsigned>(__builtin_clzll(m)); }
inline unsigned highest_bit(name_mask128 m) noexcept {
  const auto high = static_cast<std::uint64_t>(m >> 64);
  return high != 0 ? 64 + highest_bit(high) : highest_bit(static_cast<std::uint64_t>(m));
}

// A view of `size` bytes at `data` when `present`, else the empty view {} that the byte path gives an absent part;
// without a branch, since whether a part is there changes at random from one reference to the next.
inline std::string_view view_if(bool present, const char* data, std::size_t size) noexcept {
  const std::uintptr_t keep = std::uintptr_t{0} - std::uintptr_t{present};
  return {reinterpret_cast<const char*>(reinterpret_cast<std::uintptr_t>(data) & keep), size & keep};
}

// Docker's "localhost": the 9 bytes at p, which are in the text.
inline bool is_localhost(const char* p) noexcept {
  std::uint64_t word;
  __builtin_memcpy(&word, p, 8);
  return word == little_endian_word("localhost", 8) && p[8] == 't';
}

// The digest after the '@' at `at`: check_digest, with the caller's movemask.
template <class Movemask>
inline error check_reference_digest(std::string_view text, std::size_t at) noexcept {
  const std::string_view digest(text.data() + at + 1, text.size() - at - 1);
  const std::size_t expected = digest.size() >= 8 ? registered_digest_digits(digest.data()) : 0;
  const error e = expected != 0 ? check_registered_digest<Movemask>(digest.data(), digest.size(), expected)
                                : check_digest_bytes(digest);
  return e.ok() ? e : at_offset(e, at + 1);
}

// parse_image_reference from the masks of a text whose first `end` bytes (its name and tag; end is less than the
// masks' width) they cover. The parts are masks, their bits the part's bytes, and the rules set a bit where a
// part breaks one; positions are needed only for the views of a valid reference, and for diagnosing. Inlined, so
// that the masks stay in registers.
template <class Movemask, class Mask>
__attribute__((always_inline)) inline result<image_reference, error> reference_from_masks(
    std::string_view text, const reference_masks<Mask>& m, std::size_t end) noexcept {
  const char* const p = text.data();
  const Mask end_bit = Mask{1} << end, name_and_tag = end_bit - 1;
  const Mask slash = m.dot_under_colon & m.letter_slash & name_and_tag;
  const Mask colon = m.dot_under_colon & ~m.valid & name_and_tag;
  const Mask dot = m.dot_under_colon & m.valid & ~m.under_hyphen_at & ~m.letter_slash;
  const Mask hyphen = m.under_hyphen_at & m.valid & ~m.dot_under_colon;
  const Mask upper = m.letter_slash & ~m.valid;

  // The tag's ':' is the first after the last '/' (a text without '/' shifts its one bit out).
  const Mask through_last_slash = ((Mask{2} << highest_bit(slash | 1)) - 1) >> (slash == 0 ? 1 : 0);
  const Mask tag_colon = lowest_set(colon & ~through_last_slash);
  const Mask name = name_and_tag & (tag_colon - 1);  // all of name_and_tag without a tag
  const Mask tag = name_and_tag & ~name & ~tag_colon;

  // Docker's rule: the first component is a registry when a '/' follows it and it holds '.', ':' or an
  // uppercase letter, or is "localhost".
  const Mask first_slash = lowest_set(slash), first_component = (first_slash - 1) & through_last_slash;
  bool registry = ((dot | colon | upper) & first_component) != 0;
  if (((first_slash ^ Mask{1} << 9) | Mask{registry}) == 0) registry = is_localhost(p);  // one branch, rarely taken
  const Mask is_registry = Mask{0} - Mask{registry};
  const Mask path = name & ~((first_component | first_slash) & is_registry);

  // The registry: DNS components [A-Za-z0-9] ([A-Za-z0-9-]* [A-Za-z0-9])? joined by '.', then ':' and digits.
  // Before the first violation, a component starts at 0 and after each '.'. Its rules are read on the first
  // component whether or not it is one, and the verdict applied last: they need not wait for it.
  const Mask port_colon = lowest_set(colon & first_component);
  const Mask host = first_component & (port_colon - 1), port = first_component & ~host & ~port_colon;
  const Mask alnum = (m.valid | m.letter_slash) & ~(m.dot_under_colon | m.under_hyphen_at);
  const Mask digit = m.valid & ~(m.dot_under_colon | m.under_hyphen_at | m.letter_slash);
  const Mask separator = dot | hyphen;
  const Mask registry_wrong =
      ((host & (~(alnum | separator) | (separator & (Mask{1} | dot << 1)) | (dot & hyphen << 1))) |
       (separator & host & ~(host >> 1)) |                   // a component that ends with '.' or '-'
       (port_colon & (Mask{1} | ~(first_component >> 1))) |  // no host, or no port after the ':'
       (port & ~digit)) &
      is_registry;

  // The path: the name masks' rules (scan_name_masks), and a separator first or last.
  const Mask path_sep = (m.dot_under_colon | m.under_hyphen_at) & m.valid & path;
  const Mask under = m.dot_under_colon & m.under_hyphen_at & path, path_hyphen = hyphen & path;
  const Mask pairs_allowed = (under & under << 1) | (path_hyphen & path_hyphen << 1);
  const Mask path_invalid = path & ~m.valid, path_first = path & ~(path << 1);
  const Mask third_underscore = under & under << 1 & under << 2;
  const Mask path_violations =
      path_invalid | third_underscore | (path_sep & path_sep << 1 & ~pairs_allowed) | (path_sep & path_first);
  const Mask path_wrong = path_violations | (path_sep & ~(path >> 1)) | Mask{path == 0};

  // The tag: [A-Za-z0-9_.-], not empty, not starting with '.' or '-'.
  const Mask tag_first = tag & ~(tag << 1);
  const Mask tag_invalid = tag & ~((m.valid | m.letter_slash) & ~slash);
  const Mask tag_wrong = tag_invalid | (separator & tag_first) | (tag_colon & end_bit >> 1);

  // Where the parts are, as the views need them.
  const std::size_t name_end = name_lowest_bit(tag_colon | end_bit);
  const std::size_t path_at = (name_lowest_bit(first_slash | end_bit) + 1) & (std::size_t{0} - std::size_t{registry});
  if ((registry_wrong | path_wrong | tag_wrong) != 0) {
    // The first part found wrong, diagnosed as the byte path does: the registry by check_registry, which finds
    // a bracketed IPv6 address valid (the masks take it for a DNS name: rare enough to leave to the loop); the
    // path as check_image_path (scan_name_masks' order) and the tag as check_tag do, from their masks.
    if (registry_wrong != 0) {
      const error e = check_registry(std::string_view(p, path_at - 1));
      if (!e.ok()) return unexpected(e);
    }
    if (path_wrong != 0) {
      if (path == 0) return unexpected(error{error_code::empty, field::image_path, path_at});
      if (path_violations != 0) {
        const std::size_t i = name_lowest_bit(path_violations);
        const error_code code = name_bit(path_invalid, i)       ? error_code::invalid_character
                                : i == path_at                  ? error_code::invalid_start
                                : name_bit(third_underscore, i) ? error_code::too_many_underscores
                                                                : error_code::adjacent_separators;
        return unexpected(error{code, field::image_path, i});
      }
      return unexpected(error{error_code::invalid_end, field::image_path, name_end - 1});
    }
    if (tag_wrong != 0) {
      const std::size_t tag_at = name_end + 1;
      if (tag == 0) return unexpected(error{error_code::empty, field::tag, tag_at});
      if ((tag_invalid & tag_first) == 0 && (separator & tag_first) != 0) {
        return unexpected(error{error_code::invalid_start, field::tag, tag_at});
      }
      return unexpected(error{error_code::invalid_character, field::tag, name_lowest_bit(tag_invalid)});
    }
  }
  const bool has_tag = tag_colon != 0;
  image_reference reference{view_if(registry, p, path_at - 1),
                            std::string_view(p + path_at, name_end - path_at),
                            view_if(has_tag, p + name_end + std::size_t{has_tag}, end - name_end - 1),
                            {}};
  if (end < text.size()) {
    const error e = check_reference_digest<Movemask>(text, end);
    if (!e.ok()) return unexpected(e);
    reference.digest = std::string_view(p + end + 1, text.size() - end - 1);
  }
  return reference;
}

// The masks of the first 64 bytes, then, when no '@' ends the name and tag there, of the first 128 (a long tag,
// or a long path); beyond, the byte path. The empty text has no bytes to classify.
template <class Movemask = movemask_native>
inline result<image_reference, error> parse_image_reference_masks(std::string_view text) noexcept {
  const char* const p = text.data();
  const std::size_t n = text.size();
  if (n == 0) return parse_image_reference_bytes(text);
  const reference_masks<std::uint64_t> low =
      n < 16 ? classify_reference_block<Movemask>(load_short_name(p, n)) : reference_mask_word<Movemask>(p, n);
  // The end of the name and tag: the first '@', or n; when neither is in the first 64 bytes (rare), wider masks.
  const std::uint64_t at = low.under_hyphen_at & ~low.valid;
  if ((at | std::uint64_t{n < 64}) != 0) {                                 // one branch, rarely not taken
    const std::size_t end = name_lowest_bit(at | std::uint64_t{1} << 63);  // without an '@', 63 >= n
    return reference_from_masks<Movemask>(text, low, end < n ? end : n);
  }
  const reference_masks<name_mask128> both =
      n > 64 ? reference_mask_words<Movemask>(p, n, low)
             : reference_masks<name_mask128>{low.valid, low.dot_under_colon, low.under_hyphen_at, low.letter_slash};
  const name_mask128 at128 = both.under_hyphen_at & ~both.valid;
  if (at128 == 0 && n >= 128) return parse_image_reference_bytes(text);
  return reference_from_masks<Movemask>(text, both, at128 != 0 ? name_lowest_bit(at128) : n);
}
// GCOVR_EXCL_BR_STOP
#endif
}  // namespace detail

/// Parses an image reference, `[registry/]path[:tag][\@digest]`, by distribution/reference v0.6.0's grammar
/// (docs/references.md). The parts are views into `text`, which must outlive them. The registry (Docker's rule decides
/// whether the first component is one) a DNS name or a bracketed IPv6 address with an optional port; the path lowercase
/// components joined by `.`, `_`, `__` or runs of `-`, separated by `/`, at most 255 bytes; the tag as check_tag; the
/// digest as check_digest. The first problem from the left, with its field (`registry`, `image_path`, `tag`, `digest`)
/// and its byte in `text`.
[[nodiscard]] constexpr result<image_reference, error> parse_image_reference(
    std::string_view text SWR_LIFETIMEBOUND) noexcept {
#if SWR_HAS_NAME_MASKS
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: constant evaluation
    return detail::parse_image_reference_masks(text);
  }
#endif
  // Where the masks exist (the coverage build), only constant evaluation comes here; the portable configuration
  // (SWRKIT_DISABLE_SIMD) comes here at run time, under the same tests.
  return detail::parse_image_reference_bytes(text);  // GCOVR_EXCL_LINE
}

/// An image reference in SWR, as views into the parsed text: `registry` is the SWR registry of `region`;
/// `repository` may hold '/'; `tag` and `digest` are empty when absent.
struct swr_image_reference {
  std::string_view registry;
  std::string_view region;
  std::string_view namespace_name;
  std::string_view repository;
  std::string_view tag;
  std::string_view digest;
};

namespace detail {
// The region whose registry `text` is, or nullptr.
constexpr const region* region_of_registry(std::string_view text) noexcept {
  for (const region& r : regions) {
    if (r.registry == text) return &r;
  }
  return nullptr;
}

// How far `text` agrees with some known registry: where no known registry has the byte that `text` has.
constexpr std::size_t registry_mismatch(std::string_view text) noexcept {
  std::size_t longest = 0;
  for (const region& r : regions) {
    std::size_t n = 0;
    while (n < text.size() && n < r.registry.size() && text[n] == r.registry[n]) ++n;
    if (n > longest) longest = n;
  }
  return longest;
}
}  // namespace detail

/// Parses an image reference in SWR: `swr.<region>.myhuaweicloud.com/<organization>/<repository>[:tag][\@digest]`
/// (`swr.eu-west-101.myhuaweicloud.eu` for eu-west-101), no port. The organization is checked as check_namespace
/// does and the repository (the rest of the path, `/` allowed) as check_repository does, their diagnoses moved
/// to their place in `text`; the tag and the digest as parse_image_reference. The first problem from the left:
/// `unknown_registry` (field `registry`) where the registry stops being the SWR registry of a known region;
/// then the organization's (field `namespace`), the repository's (field `repository`: `empty` at the end of the
/// path when there is none), the tag's and the digest's.
[[nodiscard]] constexpr result<swr_image_reference, error> parse_swr_image_reference(
    std::string_view text SWR_LIFETIMEBOUND) noexcept {
  const std::size_t slash = text.find('/');
  const std::string_view registry = text.substr(0, slash);
  const region* r = detail::region_of_registry(registry);
  if (r == nullptr || slash == std::string_view::npos) {
    const std::size_t at = r == nullptr ? detail::registry_mismatch(registry) : text.size();
    return unexpected(error{error_code::unknown_registry, field::registry, at});
  }
  detail::reference_parts parts = detail::split_reference(text.substr(slash + 1));
  const std::size_t path_at = slash + 1;
  if (parts.tag_at != std::string_view::npos) parts.tag_at += path_at;
  if (parts.digest_at != std::string_view::npos) parts.digest_at += path_at;
  const std::size_t organization_end = parts.name.find('/');
  const std::string_view organization = parts.name.substr(0, organization_end);
  const name_check organization_check = check_namespace(organization);
  if (!organization_check.ok()) {
    return unexpected(detail::from_name_check(organization_check, field::namespace_name, path_at));
  }
  const std::string_view repository =
      organization_end == std::string_view::npos ? std::string_view() : parts.name.substr(organization_end + 1);
  const name_check repository_check = check_repository(repository);
  if (!repository_check.ok()) {
    const std::size_t repository_at =
        organization_end == std::string_view::npos ? path_at + parts.name.size() : path_at + organization_end + 1;
    return unexpected(detail::from_name_check(repository_check, field::repository, repository_at));
  }
  const error e = detail::check_tag_and_digest(parts);
  if (!e.ok()) return unexpected(e);
  return swr_image_reference{registry, r->id, organization, repository, parts.tag, parts.digest};
}

// ---- Building references ----

/// The image registry of a region (`docker login`, `docker push`): `swr.<region>.myhuaweicloud.com`, and
/// `swr.eu-west-101.myhuaweicloud.eu`. `unknown_region` (field `region`) for an id that is not in `regions`.
[[nodiscard]] constexpr result<std::string_view, error> registry_host(std::string_view region_id) noexcept {
  for (const region& r : regions) {
    if (r.id == region_id) return r.registry;
  }
  return unexpected(error{error_code::unknown_region, field::region, 0});
}

namespace detail {
constexpr std::size_t longest_registry() noexcept {
  std::size_t longest = 0;
  for (const region& r : regions) longest = r.registry.size() > longest ? r.registry.size() : longest;
  return longest;
}
}  // namespace detail

/// The longest reference to_image_reference makes: the longest registry, an organization, a repository and the
/// longer of a tag and a sha512 digest, with their separators.
inline constexpr std::size_t image_reference_max_length =
    detail::longest_registry() + 1 + namespace_max_length + 1 + repository_max_length + 1 + (7 + 128);

/// A reference that to_image_reference built, in a buffer of its own (no allocation).
struct image_reference_text {
  char text[image_reference_max_length + 1] = {};  ///< NUL-terminated
  std::size_t size = 0;

  // The views borrow `text`: a view of a temporary dangles, which Clang diagnoses (SWR_LIFETIMEBOUND).
  [[nodiscard]] constexpr std::string_view view() const noexcept SWR_LIFETIMEBOUND { return {text, size}; }
  constexpr operator std::string_view() const noexcept SWR_LIFETIMEBOUND { return view(); }
};

namespace detail {
constexpr void append(image_reference_text& out, std::string_view part) noexcept {
  for (const char c : part) out.text[out.size++] = c;
  out.text[out.size] = '\0';
}

// Checks the region, the organization and the repository, in that order, and writes registry/org/repo.
constexpr result<image_reference_text, error> reference_base(std::string_view region_id, std::string_view organization,
                                                             std::string_view repository) noexcept {
  const result<std::string_view, error> registry = registry_host(region_id);
  if (!registry) return unexpected(registry.error());
  const name_check organization_check = check_namespace(organization);
  if (!organization_check.ok()) return unexpected(from_name_check(organization_check, field::namespace_name, 0));
  const name_check repository_check = check_repository(repository);
  if (!repository_check.ok()) return unexpected(from_name_check(repository_check, field::repository, 0));
  image_reference_text out;
  append(out, *registry);
  append(out, "/");
  append(out, organization);
  append(out, "/");
  append(out, repository);
  return out;
}
}  // namespace detail

/// The reference to push to: `swr.<region>.myhuaweicloud.com/<organization>/<repository>:<tag>`, after checking the
/// region (`unknown_region`, field `region`), the organization and the repository (their name checks, fields
/// `namespace` and `repository`) and the tag (check_tag, field `tag`), in that order. Positions are in the part.
[[nodiscard]] constexpr result<image_reference_text, error> to_image_reference(std::string_view region_id,
                                                                               std::string_view organization,
                                                                               std::string_view repository,
                                                                               std::string_view tag) noexcept {
  result<image_reference_text, error> out = detail::reference_base(region_id, organization, repository);
  if (!out) return out;
  const name_check tag_check = check_tag(tag);
  if (!tag_check.ok()) return unexpected(detail::from_name_check(tag_check, field::tag, 0));
  detail::append(*out, ":");
  detail::append(*out, tag);
  return out;
}

/// The same with a digest instead of a tag: `…/<repository>\@<digest>`, the digest checked as check_digest does.
[[nodiscard]] constexpr result<image_reference_text, error> to_image_reference_with_digest(
    std::string_view region_id, std::string_view organization, std::string_view repository,
    std::string_view digest) noexcept {
  result<image_reference_text, error> out = detail::reference_base(region_id, organization, repository);
  if (!out) return out;
  const error digest_check = check_digest(digest);
  if (!digest_check.ok()) return unexpected(digest_check);
  detail::append(*out, "@");
  detail::append(*out, digest);
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_REFERENCE_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// An HTTP method of the management API.
enum class http_method : unsigned char { get, post, patch, delete_ };

/// The method as sent, e.g. "DELETE". NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(http_method method) noexcept {
  switch (method) {
    case http_method::get: return "GET";
    case http_method::post: return "POST";
    case http_method::patch: return "PATCH";
    case http_method::delete_: return "DELETE";
  }
  return "";
}

/// What an answer means, whatever the operation: its status, read by outcome_of.
enum class api_outcome : unsigned char {
  success,                ///< any 2xx: done (SWR's pages disagree on 200 and 201 for some operations)
  bad_request,            ///< 400: SWR refused the request as invalid
  authentication_failed,  ///< 401: no, a bad or an expired token or signature
  forbidden,              ///< 403: the credentials may not do this
  not_found,              ///< 404: the organization, repository, tag or share does not exist (or no such API)
  not_acceptable,         ///< 406: refused in this state (an organization that still holds repositories)
  conflict,               ///< 409: it exists already
  payload_too_large,      ///< 413
  internal_error,         ///< 500
  unexpected,             ///< any other status
};

[[nodiscard]] constexpr std::string_view to_string(api_outcome outcome) noexcept {
  switch (outcome) {
    case api_outcome::success: return "success";
    case api_outcome::bad_request: return "bad_request";
    case api_outcome::authentication_failed: return "authentication_failed";
    case api_outcome::forbidden: return "forbidden";
    case api_outcome::not_found: return "not_found";
    case api_outcome::not_acceptable: return "not_acceptable";
    case api_outcome::conflict: return "conflict";
    case api_outcome::payload_too_large: return "payload_too_large";
    case api_outcome::internal_error: return "internal_error";
    case api_outcome::unexpected: return "unexpected";
  }
  return "";
}

/// The outcome of an HTTP status, for any operation.
[[nodiscard]] constexpr api_outcome outcome_of(int http_status) noexcept {
  if (http_status >= 200 && http_status <= 299) return api_outcome::success;
  switch (http_status) {
    case 400: return api_outcome::bad_request;
    case 401: return api_outcome::authentication_failed;
    case 403: return api_outcome::forbidden;
    case 404: return api_outcome::not_found;
    case 406: return api_outcome::not_acceptable;
    case 409: return api_outcome::conflict;
    case 413: return api_outcome::payload_too_large;
    case 500: return api_outcome::internal_error;
    default: return api_outcome::unexpected;
  }
}

/// A documented answer of an operation, with what it means there.
struct documented_status {
  int http_status;
  std::string_view meaning;
};

/// An operation of the management API, as its request type describes it.
struct operation_info {
  std::string_view name;  ///< the API reference's name, e.g. "ListRepositoryTags"
  http_method method;
  std::string_view path;            ///< the path template, e.g. "/v2/manage/namespaces/{namespace}"
  int success_status;               ///< what SWR documents for success (any 2xx is success: outcome_of)
  const documented_status* errors;  ///< what each documented error status means for this operation
  std::size_t error_count;
};

/// How an operation's request type describes it (see the header comment); specialized where a request type
/// cannot carry its description itself (create_repo_request, whose model.hpp stays cheap to include: http.hpp).
template <class Request, class = void>
struct operation_traits : std::false_type {};
template <class Request>
struct operation_traits<Request, std::void_t<decltype(Request::operation)>> : std::true_type {
  static constexpr const operation_info& info() noexcept { return Request::operation; }
  using response = typename Request::response;
  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    Request::parameters(self, visit);
  }
};

/// An answer without a body (204, or a 201 with an empty body).
struct no_content {
  friend constexpr bool operator==(no_content, no_content) noexcept { return true; }
};

/// The page a list answer's Content-Range header describes: `offset-count/total`.
struct content_range {
  std::int64_t offset = 0;
  std::int64_t count = 0;
  std::int64_t total = 0;

  friend constexpr bool operator==(const content_range& a, const content_range& b) noexcept {
    return a.offset == b.offset && a.count == b.count && a.total == b.total;
  }
};

/// Reads a Content-Range header value, `offset-count/total` (three decimal integers, no spaces; their sense is the
/// server's: a page that claims more items than the total is read as it is);
/// `invalid_character` (field none) at the first byte that does not fit.
[[nodiscard]] constexpr result<content_range, error> parse_content_range(std::string_view text) noexcept {
  content_range range;
  std::int64_t* const parts[] = {&range.offset, &range.count, &range.total};
  constexpr char after[] = {'-', '/', '\0'};
  std::size_t i = 0;
  for (int part = 0; part < 3; ++part) {
    const std::size_t start = i;
    std::int64_t value = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      const auto digit = static_cast<std::int64_t>(text[i] - '0');
      if (value > (0x7FFFFFFFFFFFFFFF - digit) / 10)
        return unexpected(error{error_code::invalid_character, field::none, i});
      value = value * 10 + digit;
    }
    if (i == start) return unexpected(error{error_code::invalid_character, field::none, i});
    *parts[part] = value;
    if (part < 2) {
      if (i == text.size() || text[i] != after[part])
        return unexpected(error{error_code::invalid_character, field::none, i});
      ++i;
    }
  }
  if (i != text.size()) return unexpected(error{error_code::invalid_character, field::none, i});
  return range;
}

/// The Content-Range header value of a page, `offset-count/total` (the server's side).
[[nodiscard]] inline std::string to_string(const content_range& range) {
  std::string text = std::to_string(range.offset);
  text.append("-").append(std::to_string(range.count)).append("/").append(std::to_string(range.total));
  return text;
}

/// A list answer: the items of a bare JSON array, and the page its Content-Range header gives (absent when the
/// operation sends none).
template <class T>
struct list {
  std::vector<T> items;
  std::optional<content_range> range;
};

// ---- Parameters ----

/// Where a parameter goes.
enum class parameter_place : unsigned char { path, query };

/// How a parameter is checked and written.
enum class parameter_check : unsigned char {
  namespace_name,  ///< the namespace rules (docs/names.md); a valid one needs no escaping
  repository,      ///< the repository rules; in a path, in wire form ('/' as '$')
  tag,             ///< check_tag; a valid tag needs no escaping
  account,         ///< an account (domain) name: 1-64 bytes of visible ASCII but '/'; percent-encoded
  limit,           ///< 1 to 1000
  offset,          ///< 0 or more
  text,            ///< UTF-8 text without control characters or '|' (a filter by name); percent-encoded
  choice,          ///< an enum (json_enum): one of its wire strings
};

/// One parameter of a request: where it goes, its name there, the field its problems concern, its check.
struct parameter {
  parameter_place place;
  std::string_view name;
  swr::field field;
  parameter_check check;
};

namespace detail {
// A report callback with its type erased, so that the loops over problems are compiled once rather than once per
// operation and report type (and every branch of theirs is exercised by any operation).
class problem_sink {
 public:
  template <class Report>
  explicit problem_sink(Report& report) noexcept
      : context_(&report), call_([](void* context, const error& e) { return (*static_cast<Report*>(context))(e); }) {}
  bool operator()(const error& e) const { return call_(context_, e); }

 private:
  void* context_;
  bool (*call_)(void*, const error&);
};

// The problems of a request, gathered in order: those of its parameters (8 at most), its body (4 at most), its host
// and its credentials.
class problem_list {
 public:
  static constexpr std::size_t capacity = 16;
  // Keeps `e` when it is a problem. Callable as a report that never stops (create_repo_body_view's checks).
  bool add(const error& e) noexcept {
    if (!e.ok() && count_ < capacity) items_[count_++] = e;  // GCOVR_EXCL_BR_LINE: never full, as said above
    return true;
  }
  bool operator()(const error& e) noexcept { return add(e); }
  // Gives each problem to `report` in order until it returns false; false when it stopped.
  bool report_each(const problem_sink& report) const {
    for (std::size_t i = 0; i < count_; ++i) {
      if (!report(items_[i])) return false;
    }
    return true;
  }
  const error* first() const noexcept { return count_ == 0 ? nullptr : items_; }

 private:
  error items_[capacity];
  std::size_t count_ = 0;
};

inline constexpr std::int64_t list_limit_max = 1000;
inline constexpr std::size_t account_max_length = 64;

// The problem of one parameter's value.
inline error parameter_problem(const parameter& p, std::string_view value) noexcept {
  const auto at = [&p](const name_check& c) { return error{static_cast<error_code>(c.error), p.field, c.position}; };
  switch (p.check) {
    case parameter_check::namespace_name: return at(check_namespace(value));
    case parameter_check::repository: return at(check_repository(value));
    case parameter_check::tag: return at(check_tag(value));
    case parameter_check::account: {  // no '/': in a path it would make two segments of one parameter
      if (value.size() > account_max_length) return {error_code::too_long, p.field, account_max_length};
      const std::size_t slash = value.find('/');
      if (slash != std::string_view::npos) return {error_code::invalid_character, p.field, slash};
      return check_credential_text(value, p.field, false);
    }
    case parameter_check::text: {  // UTF-8 without control characters, nor '|', which would end a filter's part
      const std::size_t bad = find_invalid_utf8(value);
      if (bad != value.size()) return {error_code::invalid_utf8, p.field, bad};
      for (std::size_t i = 0; i < value.size(); ++i) {
        const auto byte = static_cast<unsigned char>(value[i]);
        if (byte < 0x20 || byte == 0x7F || byte == '|') return {error_code::invalid_character, p.field, i};
      }
      return {};
    }
    case parameter_check::limit:
    case parameter_check::offset:
    case parameter_check::choice: return {};  // numbers and enums are checked as such
  }
  return {};
}
inline error parameter_problem(const parameter& p, std::int64_t value) noexcept {
  const bool out_of_range = (p.check == parameter_check::limit && (value < 1 || value > list_limit_max)) ||
                            (p.check == parameter_check::offset && value < 0);
  return out_of_range ? error{error_code::out_of_range, p.field, 0} : error{};
}

// What a type is, for the parameters here and the JSON tables of json_struct.hpp.
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

// An enum written as a JSON string and as a parameter: json_enum<E> says how (its wire strings; management.hpp).
template <class E, class = void>
struct json_enum : std::false_type {};
}  // namespace detail

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_OPERATION_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// is_optional, is_vector and json_enum (an enum written as its wire string) are in operation.hpp.

// A type with a member table.
template <class T, class = void>
struct has_json_members : std::false_type {};
struct json_members_probe {
  template <class M>
  void operator()(std::string_view, M&) const noexcept {}
};
template <class T>
struct has_json_members<T, std::void_t<decltype(T::json_members(std::declval<T&>(), json_members_probe{}))>>
    : std::true_type {};

// ---- Writing ----

// An output iterator that appends to a string (the core does not include <iterator> for std::back_inserter).
struct string_appender {
  std::string* out;
  string_appender& operator*() noexcept { return *this; }
  string_appender& operator++() noexcept { return *this; }
  string_appender& operator++(int) noexcept { return *this; }
  string_appender& operator=(char c) {
    out->push_back(c);
    return *this;
  }
};

template <class T>
void put_json_value(const T& value, std::string& out);

inline void put_json_number(std::int64_t value, std::string& out) {
  char digits[24];
  std::size_t n = 0;
  // Magnitude as unsigned, so that INT64_MIN has one.
  std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) out += '-';
  while (n > 0) out += digits[--n];
}

// A member's name and ':', after a ',' unless it is the first. Out of the visitors below, which are instantiated
// for each member type: one copy of it for all.
inline void put_json_member_name(std::string_view name, bool& first, std::string& out) {
  if (!first) out += ',';
  first = false;
  put_json_string(name, string_appender{&out});
  out += ':';
}

template <class T>
void put_json_object(const T& object, std::string& out) {
  out += '{';
  bool first = true;
  T::json_members(object, [&](std::string_view name, const auto& member) {
    using M = std::decay_t<decltype(member)>;
    if constexpr (is_optional<M>::value) {
      if (member) {
        put_json_member_name(name, first, out);
        put_json_value(*member, out);
      }
    } else {
      put_json_member_name(name, first, out);
      put_json_value(member, out);
    }
  });
  out += '}';
}

template <class T>
void put_json_value(const T& value, std::string& out) {
  if constexpr (is_optional<T>::value) {
    if (value) {
      put_json_value(*value, out);
    } else {
      out += "null";
    }
  } else if constexpr (std::is_same_v<T, std::string>) {
    put_json_string(value, string_appender{&out});
  } else if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    put_json_number(value, out);
  } else if constexpr (json_enum<T>::value) {
    put_json_string(json_enum<T>::name(value), string_appender{&out});
  } else if constexpr (is_vector<T>::value) {
    out += '[';
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ',';
      put_json_value(value[i], out);
    }
    out += ']';
  } else {
    static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot write");
    put_json_object(value, out);
  }
}

/// The compact JSON of `object`: its members in table order, an empty optional left out.
template <class T>
std::string write_json_object(const T& object) {
  std::string out;
  put_json_object(object, out);
  return out;
}

// ---- Reading ----

// The field a request body's member is reported under (the body types of management.hpp).
constexpr swr::field field_of_member(std::string_view name) noexcept {
  return name == "namespace"         ? field::namespace_name
         : name == "is_public"       ? field::is_public
         : name == "source_tag"      ? field::source_tag
         : name == "destination_tag" ? field::destination_tag
         : name == "access_domain"   ? field::access_domain
         : name == "deadline"        ? field::deadline
                                     : field::none;
}

// The readers take the name of the member they read ("" for the document itself) and work out the field its
// problems concern only when there is one: field_of_member compares the name with several, and a member read
// well needs none.
template <class T>
bool read_json_value(json_reader& reader, T& out, std::string_view member);

// An integer written exactly: no fraction or exponent, within int64. Anything else of the number's grammar is
// `wrong_type` at its first byte (a size or a count must not be rounded).
inline bool read_json_integer(json_reader& reader, std::int64_t& out, std::string_view member) {
  reader.skip_whitespace();
  const std::size_t start = reader.offset();
  std::string_view text;
  if (!reader.read_number_text(text)) return false;
  bool exact = !text.empty();
  const bool negative = exact && text[0] == '-';
  std::uint64_t magnitude = 0;
  const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  for (std::size_t i = negative ? 1 : 0; exact && i < text.size(); ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') {
      exact = false;
    } else {
      const auto digit = static_cast<std::uint64_t>(c - '0');
      exact = magnitude <= (limit - digit) / 10;
      magnitude = magnitude * 10 + digit;
    }
  }
  if (!exact) {
    reader.record(error_code::wrong_type, field_of_member(member), start);
    return true;
  }
  out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return true;
}

// The names of a member table, in table order (the tables have far fewer than 64 members), read once per type from
// a default value, so that a member is found by its name without calling the table's visitor for each member.
struct member_names {
  std::string_view name[64];
  unsigned count = 0;

  // As the table's visitor: each member's name, whatever its type.
  template <class M>
  void operator()(std::string_view member, const M&) noexcept {
    add(member);
  }
  void add(std::string_view member) noexcept {
    if (count < 64) name[count++] = member;
  }

  // The index of `key`, trying `expected` first (SWR writes the members in table order: one comparison each), or
  // count when the table has no such member.
  unsigned find(std::string_view key, unsigned expected) const noexcept {
    if (expected < count && name[expected] == key) return expected;
    for (unsigned i = 0; i < count; ++i) {
      if (name[i] == key) return i;
    }
    return count;
  }
};

template <class T>
const member_names& member_names_of() {
  static const member_names names = [] {
    member_names n;
    T sample{};
    T::json_members(sample, n);
    return n;
  }();
  return names;
}

// As a table's visitor, after a request body: records each member that is not a std::optional and never came as
// `missing_member` at the object's closing brace.
struct missing_members {
  json_reader& reader;
  std::uint64_t seen;  // by member index
  std::size_t closing_brace;
  unsigned index = 0;

  template <class M>
  void operator()(std::string_view name, const M&) noexcept {
    check(name, is_optional<M>::value);
  }
  void check(std::string_view name, bool optional) noexcept {
    const unsigned this_index = index++;
    if (!optional && (seen >> (this_index & 63U) & 1U) == 0) {
      reader.record(error_code::missing_member, field_of_member(name), closing_brace);
    }
  }
};

// Reads an object by its member table. With `require_all` (request bodies), a member that is not a
// std::optional and never came is `missing_member` at the object's closing brace. A member given twice is
// `duplicate_member` (field none) at its later name: a known one found by its bit in `seen`, an unknown one by
// unknown_member_names, which holds (and allocates for) the unknown names only.
template <class T>
bool read_json_object(json_reader& reader, T& out, bool require_all = false) {
  const member_names& names = member_names_of<T>();
  std::uint64_t seen = 0;  // by member index
  std::string key;         // the member names of the tables fit std::string's inline buffer
  std::size_t key_offset = 0;
  bool more = false;
  if (!reader.open_object() || !reader.next_member(true, key, key_offset, more)) return false;
  bool read = true;
  unsigned expected = 0;  // the member after the last one read
  unknown_member_names unknown;
  while (read && more) {
    const unsigned found = names.find(key, expected);
    if (found == names.count) {
      unknown.add(key, key_offset);
      read = reader.skip_value();
    } else {
      const std::uint64_t bit = std::uint64_t{1} << (found & 63U);
      if ((seen & bit) != 0) reader.record(error_code::duplicate_member, field::none, key_offset);
      seen |= bit;
      expected = found + 1;
      unsigned index = 0;
      // GCOVR_EXCL_BR_START: a table's dispatch, counted by coverage once per member (of each type, of each table)
      // though its code is one comparison for all; what is read is counted in read_json_value, per type.
      T::json_members(out, [&](std::string_view name, auto& member) {
        if (index++ == found) read = read_json_value(reader, member, name);
      });
      // GCOVR_EXCL_BR_STOP
    }
    read = read && reader.next_member(false, key, key_offset, more);
  }
  if (!read) return false;
  unknown.report_duplicates(reader);
  if (!require_all) return true;
  missing_members missing{reader, seen, reader.offset() - 1};
  T::json_members(out, missing);
  return true;
}

// A value of the wrong type at `at`: skipped (its syntax checked) and recorded as `wrong_type`. False on a syntax
// error. One copy for every type read_json_value is instantiated for.
inline bool skip_wrong_type(json_reader& reader, std::string_view member, std::size_t at) {
  if (!reader.skip_value()) return false;
  reader.record(error_code::wrong_type, field_of_member(member), at);
  return true;
}

template <class T>
bool read_json_value(json_reader& reader, T& out, std::string_view member) {
  const json_type type = reader.peek_type();
  const std::size_t at = reader.offset();
  const auto wrong_type = [&] { return skip_wrong_type(reader, member, at); };
  if constexpr (is_optional<T>::value) {
    if (type == json_type::null) {
      out.reset();
      return reader.read_null();
    }
    if (!out) out.emplace();
    return read_json_value(reader, *out, member);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return type == json_type::string ? reader.read_string(&out) : wrong_type();
  } else if constexpr (std::is_same_v<T, bool>) {
    return type == json_type::boolean ? reader.read_boolean(out) : wrong_type();
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return type == json_type::number ? read_json_integer(reader, out, member) : wrong_type();
  } else if constexpr (json_enum<T>::value) {
    if (type != json_type::string) return wrong_type();
    std::string text;
    if (!reader.read_string(&text)) return false;
    if (!json_enum<T>::parse(text, out)) reader.record(error_code::wrong_type, field_of_member(member), at);
    return true;
  } else if constexpr (is_vector<T>::value) {
    if (type != json_type::array) return wrong_type();
    out.clear();
    // The length is not known before the end; starting with room for a few small elements (a list's tags) spares
    // the allocations of growing one element at a time, without reserving much for a list of large objects.
    using element = typename T::value_type;
    constexpr std::size_t first_room = sizeof(element) < 64 ? 256 / sizeof(element) : 1;
    if (out.capacity() < first_room) out.reserve(first_room);
    std::size_t count = 0;
    return reader.read_elements(
        [&] {
          out.emplace_back();
          return read_json_value(reader, out.back(), member);
        },
        count);
  } else {
    static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot read");
    return type == json_type::object ? read_json_object(reader, out) : wrong_type();
  }
}

// ---- The fast path ----

// Forced inlining where it pays, in optimized builds: the visitor of a table inlined where each member's name is a
// constant, and the reader's small steps in its loops. Unoptimized builds (debugging, coverage) keep one copy.
#if (defined(__GNUC__) || defined(__clang__)) && defined(__OPTIMIZE__)
#define SWR_LAMBDA_INLINE __attribute__((always_inline))
#define SWR_FAST_INLINE inline __attribute__((always_inline))
#else
#define SWR_LAMBDA_INLINE
#define SWR_FAST_INLINE inline
#endif

// Reads a document as SWR writes it (see the header comment) into a value, or answers false: not sure (the value
// is then unspecified, and the general reader starts again from a fresh one).
class struct_fast_reader {
 public:
  explicit struct_fast_reader(std::string_view document) noexcept : s_(document.data()), n_(document.size()) {}

  template <class T>
  bool read_document(T& out) {
    skip_whitespace();
    if (!read_value(out)) return false;
    skip_whitespace();
    return pos_ == n_;
  }

 private:
  template <class T>
  bool read_value(T& out) {
    if constexpr (is_optional<T>::value) {
      if (eat_literal("null")) {
        out.reset();
        return true;
      }
      if (!out) out.emplace();
      return read_value(*out);
    } else if constexpr (std::is_same_v<T, std::string>) {
      return eat('"') && read_string(out);
    } else if constexpr (std::is_same_v<T, bool>) {
      out = pos_ < n_ && s_[pos_] == 't';
      return out ? eat_literal("true") : eat_literal("false");
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      return read_integer(out);
    } else if constexpr (json_enum<T>::value) {
      if (!eat('"')) return false;
      std::string text;  // an enum's wire string is short: held inline, no allocation
      return read_string(text) && json_enum<T>::parse(text, out);
    } else if constexpr (is_vector<T>::value) {
      return read_array(out);
    } else {
      static_assert(has_json_members<T>::value, "a member of a JSON table has a type it cannot read");
      return read_object(out);
    }
  }

  template <class T>
  bool read_array(std::vector<T>& out) {
    if (!eat('[')) return false;
    out.clear();
    // As the general reader (read_json_value): room for a few small elements at first.
    constexpr std::size_t first_room = sizeof(T) < 64 ? 256 / sizeof(T) : 1;
    if (out.capacity() < first_room) out.reserve(first_room);
    skip_whitespace();
    if (eat(']')) return true;
    for (;;) {
      if (!read_value(out.emplace_back())) return false;
      skip_whitespace();
      if (eat(']')) return true;
      if (!eat(',')) return false;
      skip_whitespace();
    }
  }

  // One pass over the table: each member is the next one in the document or absent. A member name left when the
  // table is done (unknown, out of order, given twice or written with escapes) makes the answer "not sure".
  template <class T>
  bool read_object(T& out) {
    if (!eat('{')) return false;
    skip_whitespace();
    if (eat('}')) return true;
    bool going = true;    // a member may come
    bool closed = false;  // the closing brace came
    // The visitor stays small, so that it is inlined where each name is a constant: the comparison is then a few
    // loads rather than a call.
    // GCOVR_EXCL_BR_START: as the general reader's dispatch (read_json_object): the same two tests for every member
    T::json_members(out, [&](std::string_view name, auto& member) SWR_LAMBDA_INLINE {
      if (going && next_name_is(name)) going = read_member(name.size(), member, closed);
    });
    // GCOVR_EXCL_BR_STOP
    return closed;
  }

  // At a member's name of `name_size` bytes: the name, the ':', the value into `member` and what follows it.
  // True when another member follows (its name is next); false at the end (`closed`: it was the closing brace).
  template <class M>
  bool read_member(std::size_t name_size, M& member, bool& closed) {
    pos_ += name_size + 2;
    skip_whitespace();
    if (!eat(':')) return false;
    skip_whitespace();
    if (!read_value(member)) return false;
    skip_whitespace();
    if (eat(',')) {
      skip_whitespace();
      return true;
    }
    closed = eat('}');
    return false;
  }

  // Whether the member name at the position is `name`, quotes included, written without escapes.
  SWR_FAST_INLINE bool next_name_is(std::string_view name) const noexcept {
    return n_ - pos_ >= name.size() + 2 && s_[pos_] == '"' && s_[pos_ + 1 + name.size()] == '"' &&
           std::memcmp(s_ + pos_ + 1, name.data(), name.size()) == 0;
  }

  // After the opening quote: the string's text into `out` (assigned, or decoded when it has escapes), and its
  // closing quote consumed. Raw control bytes, malformed UTF-8 and invalid escapes are left to the general reader.
  bool read_string(std::string& out) {
    const std::size_t start = pos_;
    bool escaped = false;
    bool non_ascii = false;
    const std::size_t end = find_string_end(start, escaped, non_ascii);
    if (end == n_) return false;
    // Escapes are ASCII: the raw bytes are well-formed UTF-8 exactly when the general reader finds them so.
    if (non_ascii && !is_valid_utf8(std::string_view(s_ + start, end - start))) return false;
    pos_ = end + 1;
    if (!escaped) {
      // Appended to the emptied string rather than assigned: assign takes the path that allows the source to
      // alias the string (body_fast_path.hpp measured it).
      out.clear();
      out.append(s_ + start, end - start);
      return true;
    }
    return decode_string(start, end, out);
  }

  // From `start`, inside a string: the offset of its closing quote, or n_ when it has none or holds a raw control
  // byte; whether it has escapes and bytes >= 0x80 on the way. An escaped byte (a quote, a backslash) is passed.
  std::size_t find_string_end(std::size_t start, bool& escaped, bool& non_ascii) const noexcept {
    std::size_t k = start;
#if SWR_HAS_BYTE_BLOCKS
    // 16 bytes at a time, each block's special bytes (quotes, backslashes, control bytes, bytes >= 0x80) taken
    // from one mask (a string dense in escapes, such as a manifest, has several a block), while 16 bytes of the
    // document remain.
    unsigned carried = 0;  // the escaped byte of a backslash that ended the block before
    for (; n_ - k >= 16; k += 16) {
      unsigned stop = json_special_mask(s_ + k) & ~carried;
      carried = 0;
      while (stop != 0) {
        const auto at = static_cast<unsigned>(__builtin_ctz(stop));
        const auto c = static_cast<unsigned char>(s_[k + at]);
        if (c == '"') return k + at;
        if (c == '\\') {
          escaped = true;
          stop &= ~(3U << at);           // the backslash and the byte it escapes
          carried = (at == 15) ? 1 : 0;  // which may be the next block's first
        } else if (c >= 0x80) {
          non_ascii = true;  // the whole string's UTF-8 is checked once its end is known
          stop &= stop - 1;
        } else {
          return n_;  // a raw control byte
        }
      }
    }
    k += carried;
#endif
    while (k < n_) {
      const auto c = static_cast<unsigned char>(s_[k]);
      if (c == '"') return k;
      if (c < 0x20) return n_;
      if (c == '\\') {
        escaped = true;
        k += 2;
      } else {
        non_ascii = non_ascii || c >= 0x80;
        ++k;
      }
    }
    return n_;
  }

  // The text of the string s_[start, end), which has escapes, decoded into `out`: never longer than raw, so one
  // allocation (with a block's room past it), then the runs between escapes copied whole.
  bool decode_string(std::size_t start, std::size_t end, std::string& out) const {
    out.resize(end - start + 16);
    char* const data = &out[0];
    std::size_t o = 0;  // never more than k - start: a run's blocks fit the room past the text
    std::size_t k = start;
#if SWR_HAS_BYTE_BLOCKS
    // Windows of 64 bytes while 80 remain (a run's last block reads up to 15 bytes past the window): the
    // window's backslashes as one mask, so that the next escape is a count of zeros away, not a scan.
    while (end - k > 0 && n_ - k >= 80) {
      const std::size_t window = k;
      std::uint64_t backslashes = 0;
      for (unsigned q = 0; q < 4; ++q) {
        const byte_block b = load_byte_block(s_ + window + 16 * q);
        backslashes |= movemask_native::of(reinterpret_cast<byte_block>(b == splat_byte('\\'))) << (16 * q);
      }
      const std::size_t in_window = end - window < 64 ? end - window : 64;
      if (in_window < 64) backslashes &= (std::uint64_t{1} << in_window) - 1;
      for (;;) {
        const std::size_t stop = backslashes == 0 ? in_window : static_cast<std::size_t>(__builtin_ctzll(backslashes));
        const std::size_t run = window + stop - k;
        // At least one block, even for an empty run (escapes one after the other): the loop's one branch is then
        // the same for the short runs of a manifest, and predicted.
        for (std::size_t copied = 0;;) {
          const byte_block b = load_byte_block(s_ + k + copied);
          __builtin_memcpy(data + o + copied, &b, 16);
          copied += 16;
          if (copied >= run) break;
        }
        k += run;
        o += run;
        if (backslashes == 0) break;
        if (!decode_escape(k, end, data, o)) return false;
        if (k - window >= 64) break;
        backslashes &= ~std::uint64_t{0} << (k - window);  // an escaped backslash is not an escape
      }
    }
#endif
    while (k < end) {
      const void* const backslash = std::memchr(s_ + k, '\\', end - k);
      const std::size_t run_end =
          backslash != nullptr ? static_cast<std::size_t>(static_cast<const char*>(backslash) - s_) : end;
      std::memcpy(data + o, s_ + k, run_end - k);
      o += run_end - k;
      k = run_end;
      if (k < end && !decode_escape(k, end, data, o)) return false;
    }
    out.resize(o);
    return true;
  }

  // The escape at s_[i] (a backslash) of a string that ends at `end`, decoded to data[o]; i and o move past it.
  // False when it is not a valid escape (the general reader says why). The one-character escapes, nearly all of
  // them, inline; \u escapes out of line.
  SWR_FAST_INLINE bool decode_escape(std::size_t& i, std::size_t end, char* data, std::size_t& o) const noexcept {
    const unsigned decoded = json_escapes.decoded[static_cast<unsigned char>(s_[i + 1])];
    if (decoded > 0xFF) return decode_u_escape(i, end, data, o);
    data[o++] = static_cast<char>(decoded);
    i += 2;
    return true;
  }
  bool decode_u_escape(std::size_t& i, std::size_t end, char* data, std::size_t& o) const noexcept {
    const unsigned unit = s_[i + 1] == 'u' && end - i >= 6 ? hex4(s_ + i + 2) : 0x10000;
    if (unit > 0xFFFFU) return false;
    i += 6;
    char32_t code_point = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      // Only a high surrogate followed at once by an escaped low one.
      const unsigned low = end - i >= 6 && s_[i] == '\\' && s_[i + 1] == 'u' ? hex4(s_ + i + 2) : 0x10000;
      if (unit >= 0xDC00 || low < 0xDC00 || low > 0xDFFF) return false;
      i += 6;
      code_point = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    o += static_cast<std::size_t>(encode_utf8(code_point, data + o) - (data + o));
    return true;
  }

  // The value of the four hex digits at p, or a value above 0xFFFF when one is not a hex digit.
  static unsigned hex4(const char* p) noexcept {
    const auto digit = [](char c) { return json_hex_digits.value[static_cast<unsigned char>(c)]; };
    return digit(p[0]) << 12 | digit(p[1]) << 8 | digit(p[2]) << 4 | digit(p[3]);
  }

  // An integer as read_json_integer takes it; anything else (a fraction, an exponent, beyond int64, a leading
  // zero) is for the general reader.
  bool read_integer(std::int64_t& out) noexcept {
    const bool negative = eat('-');
    const auto digit_at = [this](std::size_t at) {
      return at < n_ ? static_cast<unsigned>(static_cast<unsigned char>(s_[at]) - '0') : 10U;
    };
    if (digit_at(pos_) > 9 || (s_[pos_] == '0' && digit_at(pos_ + 1) <= 9)) return false;
    // The bound of the magnitude, 2^63 (negative) or 2^63 - 1, as its tenth and last digit: no division a digit.
    constexpr std::uint64_t tenth = (std::uint64_t{1} << 63) / 10;
    const unsigned last = negative ? 8 : 7;
    std::uint64_t magnitude = 0;
    for (unsigned digit = digit_at(pos_); digit <= 9; digit = digit_at(++pos_)) {
      if (magnitude >= tenth && (magnitude > tenth || digit > last)) return false;
      magnitude = magnitude * 10 + digit;
    }
    if (pos_ < n_ && (s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E')) return false;
    out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return true;
  }

  SWR_FAST_INLINE void skip_whitespace() noexcept {
    // A byte above ' ' ends it at once: compact documents pay one comparison.
    while (pos_ < n_ && static_cast<unsigned char>(s_[pos_]) <= ' ' &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) {
      ++pos_;
    }
  }
  SWR_FAST_INLINE bool eat(char c) noexcept {
    if (pos_ == n_ || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  template <std::size_t N>
  SWR_FAST_INLINE bool eat_literal(const char (&literal)[N]) noexcept {
    if (n_ - pos_ < N - 1 || std::memcmp(s_ + pos_, literal, N - 1) != 0) return false;
    pos_ += N - 1;
    return true;
  }

  const char* s_;
  std::size_t n_;
  std::size_t pos_ = 0;
};

/// Reads a whole document that is one value of type T with the general reader alone (read_json_document tries
/// the fast path first; the tests and the fuzzer hold the two to each other).
template <class T>
result<T, error> read_json_document_general(std::string_view document) {
  json_reader reader(document);
  T out{};
  if (read_json_value(reader, out, std::string_view())) reader.finish();
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return out;
}

/// Reads a whole document that is one value of type T (an object with a member table, or an array of them):
/// the value, or the first syntax error, else the problem earliest in the document.
template <class T>
result<T, error> read_json_document(std::string_view document) {
  T out{};
  if (struct_fast_reader(document).read_document(out)) return out;
  return read_json_document_general<T>(document);
}

/// Reads a whole document that is one request body of type T (an object with a member table): as
/// read_json_document, and every member that is not a std::optional is required (`missing_member`).
template <class T>
result<T, error> read_json_body(std::string_view document) {
  json_reader reader(document);
  T out{};
  if (reader.peek_type() != json_type::object) {
    if (read_json_value(reader, out, std::string_view())) reader.finish();  // records the syntax error or wrong_type
  } else if (read_json_object(reader, out, true)) {
    reader.finish();
  }
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return out;
}

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_JSON_STRUCT_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

namespace detail {
template <class T>
struct is_list : std::false_type {};
template <class T>
struct is_list<list<T>> : std::true_type {};
}  // namespace detail

/// Reads the body of a success answer to `Request` strictly: RFC 8259; unknown members skipped, whatever valid
/// JSON they hold; a member of the wrong type refused (`wrong_type` at its value's offset); sizes and counts as
/// exact 64-bit integers. For a list, `content_range_header` is the answer's Content-Range value, when it had
/// one (a malformed one is `invalid_character` at its byte). An answer without content must be empty (or
/// whitespace).
template <class Request, class = std::enable_if_t<operation_traits<Request>::value>>
[[nodiscard]] result<typename operation_traits<Request>::response, error> read_response(
    std::string_view body, std::optional<std::string_view> content_range_header = std::nullopt) {
  using response = typename operation_traits<Request>::response;
  if constexpr (std::is_same_v<response, no_content>) {
    for (std::size_t i = 0; i < body.size(); ++i) {
      const char c = body[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return unexpected(error{error_code::trailing_characters, field::none, i, i});
      }
    }
    return no_content{};
  } else if constexpr (detail::is_list<response>::value) {
    using items_type = decltype(response::items);
    result<items_type, error> items = detail::read_json_document<items_type>(body);
    if (!items) return unexpected(items.error());
    response out;
    out.items = std::move(*items);
    if (content_range_header) {
      const result<content_range, error> range = parse_content_range(*content_range_header);
      if (!range) return unexpected(range.error());
      out.range = *range;
    }
    return out;
  } else {
    return detail::read_json_document<response>(body);
  }
}

/// The type of an operation's request body (`create_repo_body` for create-repository), for those that have one.
template <class Request>
using request_body_t = std::decay_t<decltype(std::declval<const Request&>().body)>;

/// The server's side: reads the body of a request to `Request` strictly (RFC 8259; unknown members skipped; a
/// member of the wrong type, given twice, or required and absent refused at its byte) and validates it with the
/// rules the client applies: the body, or the first problem. Create-repository's body is parse_create_repo_body.
template <class Request, class = std::enable_if_t<operation_traits<Request>::value>>
[[nodiscard]] result<request_body_t<Request>, error> parse_request_body(std::string_view json) {
  using body_type = request_body_t<Request>;
  if constexpr (std::is_same_v<body_type, create_repo_body>) {
    return parse_create_repo_body(json);
  } else {
    result<body_type, error> body = detail::read_json_body<body_type>(json);
    if (!body) return body;
    detail::problem_list problems;
    body_type::add_problems(*body, problems);
    if (const error* first = problems.first()) return unexpected(*first);
    return body;
  }
}

/// The server's side: the JSON an operation answers with, as SWR writes it: an object's members in the order SWR
/// documents them (an empty optional left out), a list as the bare array of its items (its page goes in the
/// Content-Range header: to_string(content_range)).
template <class Response>
[[nodiscard]] std::string to_response_json(const Response& response) {
  std::string out;
  if constexpr (detail::is_list<Response>::value) {
    detail::put_json_value(response.items, out);
  } else {
    detail::put_json_value(response, out);
  }
  return out;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_API_RESPONSE_HPP

// ---- swr/error_response.hpp ----
// swrkit — the server side of errors, the inverse of parse_error_response: which SWR error answers a request
// with a given problem (its code, HTTP status and meaning, from the table in response.hpp), and the error
// body SWR sends, `[{"errorCode":"…","errorMessage":"…","detail":"…"}]`. No I/O.
//
// The answer for a problem (docs/api.md, "Answering as SWR does"):
//   missing_member                          SVCSTG.SWR.4001014  400  Mandatory parameters missing
//   is_public of the wrong type             SVCSTG.SWR.4001009  400  is_public must be true or false
//   any other problem with the document     SVCSTG.SWR.4000014  400  Invalid API parameters
//     (syntax, nesting, not an object, duplicate or mistyped member)
//   namespace                               SVCSTG.SWR.4001028  400  Invalid organization name
//   repository                              SVCSTG.SWR.4001029  400  Invalid image name
//   description too long                    SVCSTG.SWR.4131012  413  Description exceeds the maximum length
//   description not UTF-8, category         SVCSTG.SWR.4001025  400  Invalid parameters
//   token, AK, SK, security token, date     SVCSTG.SWR.4010000  401  Authentication failed
//   anything else (host, region)            SVCSTG.SWR.4000014  400  Invalid API parameters
// errorMessage is the meaning from the table; detail says what swrkit found, as
// "FIELD: CODE at byte N: MESSAGE" (the message never quotes the value).
#ifndef SWR_ERROR_RESPONSE_HPP
#define SWR_ERROR_RESPONSE_HPP

#include <string>
#include <string_view>


// ---- swr/response.hpp ----
// swrkit — what comes back from the create call: the meaning of its status codes, SWR's error bodies, and
// the SWR error codes that concern its fields (docs/api.md).
#ifndef SWR_RESPONSE_HPP
#define SWR_RESPONSE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The documented outcomes of POST /v2/manage/namespaces/{namespace}/repos.
enum class create_repo_outcome : unsigned char {
  created,                ///< 200 (older documentation: 201)
  bad_request,            ///< 400: a parameter is wrong (see the error body's code)
  authentication_failed,  ///< 401: the credentials (an IAM token or an AK/SK signature) are missing, invalid or expired
  repository_exists,      ///< 409: the repository already exists in the organization
  payload_too_large,      ///< 413: the body or the description is too long
  internal_error,         ///< 500
  unexpected,             ///< any other status
};

[[nodiscard]] constexpr create_repo_outcome create_repo_outcome_of(int http_status) noexcept {
  switch (http_status) {
    case 200:
    case 201: return create_repo_outcome::created;
    case 400: return create_repo_outcome::bad_request;
    case 401: return create_repo_outcome::authentication_failed;
    case 409: return create_repo_outcome::repository_exists;
    case 413: return create_repo_outcome::payload_too_large;
    case 500: return create_repo_outcome::internal_error;
    default: return create_repo_outcome::unexpected;
  }
}

/// The outcome's identifier, e.g. "repository_exists"; "" for a value outside the enum. A view of a
/// string literal, so NUL-terminated (data()[size()] == '\0'): data() can go to a C API as is.
[[nodiscard]] constexpr std::string_view to_string(create_repo_outcome outcome) noexcept {
  switch (outcome) {
    case create_repo_outcome::created: return "created";
    case create_repo_outcome::bad_request: return "bad_request";
    case create_repo_outcome::authentication_failed: return "authentication_failed";
    case create_repo_outcome::repository_exists: return "repository_exists";
    case create_repo_outcome::payload_too_large: return "payload_too_large";
    case create_repo_outcome::internal_error: return "internal_error";
    case create_repo_outcome::unexpected: return "unexpected";
  }
  return "";
}

/// A sentence a GUI can show as is; "" for a value outside the enum. NUL-terminated, like to_string.
[[nodiscard]] constexpr std::string_view message(create_repo_outcome outcome) noexcept {
  switch (outcome) {
    case create_repo_outcome::created: return "The repository was created.";
    case create_repo_outcome::bad_request: return "SWR refused the request as invalid.";
    case create_repo_outcome::authentication_failed:
      return "Authentication failed: the credentials (an IAM token or an AK/SK signature) are missing, invalid or "
             "expired.";
    case create_repo_outcome::repository_exists: return "The repository already exists.";
    case create_repo_outcome::payload_too_large: return "The request body or the description is too long.";
    case create_repo_outcome::internal_error: return "SWR had an internal error.";
    case create_repo_outcome::unexpected: return "SWR answered with a status the API does not document for this call.";
  }
  return "";
}

/// An SWR error code this call can meet, with the field(s) it concerns.
struct service_error_info {
  std::string_view code;  ///< e.g. "SVCSTG.SWR.4001029"
  int http_status;
  swr::field field;        ///< the field it concerns; none for the request as a whole
  swr::field other_field;  ///< a second field it may concern (4001008: namespace or name), or none
  std::string_view meaning;
};

inline constexpr service_error_info service_errors[] = {
    {"SVCSTG.SWR.4000014", 400, field::none, field::none, "Invalid API parameters"},
    {"SVCSTG.SWR.4001008", 400, field::namespace_name, field::repository, "Invalid organization or name"},
    {"SVCSTG.SWR.4001009", 400, field::is_public, field::none, "is_public must be true or false"},
    {"SVCSTG.SWR.4001014", 400, field::none, field::none, "Mandatory parameters missing"},
    {"SVCSTG.SWR.4001025", 400, field::none, field::none, "Invalid parameters"},
    {"SVCSTG.SWR.4001028", 400, field::namespace_name, field::none, "Invalid organization name"},
    {"SVCSTG.SWR.4001029", 400, field::repository, field::none, "Invalid image name"},
    {"SVCSTG.SWR.4009010", 400, field::namespace_name, field::none, "Invalid organization"},
    {"SVCSTG.SWR.4009011", 400, field::repository, field::none, "Invalid image name"},
    {"SVCSTG.SWR.4001048", 400, field::token, field::none, "Failed to get token from context"},
    {"SVCSTG.SWR.4010000", 401, field::token, field::none, "Authentication failed (e.g. token expired)"},
    {"SVCSTG.SWR.4090006", 409, field::repository, field::none, "The image already exists"},
    {"SVCSTG.SWR.4131001", 413, field::none, field::none, "Request body too large"},
    {"SVCSTG.SWR.4131012", 413, field::description, field::none, "Description exceeds the maximum length"},
    {"SVCSTG.SWR.4041061", 404, field::namespace_name, field::none, "Organization not found"},
    {"SVCSTG.SWR.4040058", 404, field::namespace_name, field::none, "Organization not found"},
    {"SVCSTG.SWR.4040010", 404, field::repository, field::none, "The image does not exist"},
    {"SVCSTG.SWR.4060012", 406, field::repository, field::none,
     "Failed to delete the image repository because it contains images"},
};

/// What swrkit knows of an SWR error code (exact, e.g. "SVCSTG.SWR.4001029"), or nullptr.
[[nodiscard]] constexpr const service_error_info* find_service_error(std::string_view code) noexcept {
  for (const service_error_info& info : service_errors) {
    if (info.code == code) return &info;
  }
  return nullptr;
}

/// One entry of an SWR error body.
struct service_error {
  std::string code;     ///< "errorCode", e.g. "SVCSTG.SWR.4001029"
  std::string message;  ///< "errorMessage"
  std::string detail;   ///< "detail"; empty when absent or null

  /// What swrkit knows of the code, or nullptr.
  const service_error_info* info() const noexcept { return find_service_error(code); }

  friend bool operator==(const service_error& a, const service_error& b) {
    return a.code == b.code && a.message == b.message && a.detail == b.detail;
  }
  friend bool operator!=(const service_error& a, const service_error& b) { return !(a == b); }
};

namespace detail {
// The members of an error object; "error_code"/"error_msg" is the API gateway's spelling of the first two.
inline constexpr member_rule service_error_rules[] = {
    {"errorCode", "error_code", json_type::string, false, true, field::none},
    {"errorMessage", "error_msg", json_type::string, false, true, field::none},
    {"detail", {}, json_type::string, true, false, field::none},
};

// Reads one error object into `out`; false on a syntax error.
inline bool read_service_error(json_reader& reader, std::vector<service_error>& out) {
  service_error entry;
  std::string* const targets[] = {&entry.code, &entry.message, &entry.detail};
  const bool read = reader.read_members(service_error_rules, [&](std::size_t index, const json_member_value& value) {
    if (value.is_null) {
      targets[index]->clear();
    } else {
      *targets[index] = value.take_text();
    }
  });
  if (read) out.push_back(std::move(entry));
  return read;
}

// An element of the list: an error object, or something else (recorded as not_an_object).
inline bool read_service_error_element(json_reader& reader, std::vector<service_error>& out) {
  const json_type type = reader.peek_type();
  const std::size_t at = reader.offset();
  if (type == json_type::object) return read_service_error(reader, out);
  if (!reader.skip_value()) return false;
  reader.record(error_code::not_an_object, field::none, at);
  return true;
}
}  // namespace detail

/// Reads an SWR error body in either shape seen in the wild: an array of error objects
/// `[{"errorCode":"SVCSTG.SWR.4001029","errorMessage":"…","detail":""}]` (the documented one) or a single
/// object `{"errorCode":…,"errorMessage":…}`; the API gateway's `error_code`/`error_msg` are read as the
/// same members. errorCode and errorMessage are required strings; detail is an optional string or null;
/// other members are skipped. Same strictness and error reporting as parse_create_repo_body; an empty list
/// is a `missing_member` at its '['.
[[nodiscard]] inline result<std::vector<service_error>, error> parse_error_response(std::string_view json) {
  detail::json_reader reader(json);
  std::vector<service_error> errors;
  const detail::json_type type = reader.peek_type();
  const std::size_t start = reader.offset();
  bool read = false;
  if (type == detail::json_type::object) {
    read = detail::read_service_error(reader, errors);
  } else if (type == detail::json_type::array) {
    std::size_t count = 0;
    read = reader.read_elements([&] { return detail::read_service_error_element(reader, errors); }, count);
    if (read && count == 0)
      reader.record(error_code::missing_member, field::none, start);  // an empty list says nothing
  } else {
    read = reader.skip_value();
    if (read) reader.record(error_code::not_an_object, field::none, start);
  }
  if (read) reader.finish();
  if (!reader.outcome().ok()) return unexpected(reader.outcome());
  return errors;
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_RESPONSE_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {
// The code of the SWR error that answers a request with problem `e` (see the header comment).
constexpr std::string_view service_error_code_for(const error& e) noexcept {
  if (e.code == error_code::missing_member) return "SVCSTG.SWR.4001014";
  if (e.code == error_code::wrong_type && e.field == field::is_public) return "SVCSTG.SWR.4001009";
  if (e.kind() != error_kind::value) return "SVCSTG.SWR.4000014";
  if (e.field == field::namespace_name) return "SVCSTG.SWR.4001028";
  if (e.field == field::repository) return "SVCSTG.SWR.4001029";
  if (e.field == field::description)
    return e.code == error_code::too_long ? "SVCSTG.SWR.4131012" : "SVCSTG.SWR.4001025";
  if (e.field == field::category) return "SVCSTG.SWR.4001025";
  if (e.field == field::token || e.field == field::access_key_id || e.field == field::secret_key ||
      e.field == field::security_token || e.field == field::sdk_date) {
    return "SVCSTG.SWR.4010000";
  }
  return "SVCSTG.SWR.4000014";
}
}  // namespace detail

/// The SWR error that answers a request with problem `e`: its code, HTTP status, field and meaning. `e` must
/// be a problem (not ok()); for an ok() error the answer is the generic SVCSTG.SWR.4000014.
[[nodiscard]] constexpr const service_error_info& service_error_for(const error& e) noexcept {
  // A reference into the table, never through a pointer that might be null: every code service_error_code_for
  // gives is in the table (error_response_test), and the first entry is the generic one.
  const std::string_view code = detail::service_error_code_for(e);
  for (const service_error_info& info : service_errors) {
    if (info.code == code) return info;
  }
  return service_errors[0];  // GCOVR_EXCL_LINE: unreachable, as said above
}
static_assert(service_errors[0].code == "SVCSTG.SWR.4000014", "service_error_for falls back to the generic error");

/// What swrkit found, as one line: "FIELD: CODE at byte N: MESSAGE". The field when there is one; "at byte
/// N" for a value problem with a position, "at offset N" for a problem found in a document.
[[nodiscard]] inline std::string describe(const error& e) {
  std::string text;
  if (e.field != field::none) text.append(to_string(e.field)).append(": ");
  text.append(to_string(e.code));
  if (e.kind() == error_kind::value) {
    if (has_position(e.code)) text.append(" at byte ").append(std::to_string(e.position));
  } else if (e.offset != no_offset) {
    text.append(" at offset ").append(std::to_string(e.offset));
  }
  return text.append(": ").append(message(e));
}

namespace detail {
template <class OutputIt>
constexpr OutputIt put_error_response(const service_error_info& info, std::string_view detail_text, OutputIt out) {
  out = put_chars("[{\"errorCode\":", out);
  out = put_json_string(info.code, out);
  out = put_chars(",\"errorMessage\":", out);
  out = put_json_string(info.meaning, out);
  out = put_chars(",\"detail\":", out);
  out = put_json_string(detail_text, out);
  return put_chars("}]", out);
}
}  // namespace detail

/// The error body SWR sends for `info`, with `detail_text` as its detail (UTF-8; JSON-escaped here):
/// `[{"errorCode":"SVCSTG.SWR.4090006","errorMessage":"The image already exists","detail":""}]`.
/// Fails with invalid_utf8 (field none, at the first bad byte of detail_text) rather than write invalid JSON.
[[nodiscard]] inline result<std::string, error> error_response_json(const service_error_info& info,
                                                                    std::string_view detail_text = {}) {
  const std::size_t bad = find_invalid_utf8(detail_text);
  if (bad != detail_text.size()) return unexpected(error{error_code::invalid_utf8, field::none, bad});
  std::string json(detail::put_error_response(info, detail_text, detail::counting_iterator{}).count, '\0');
  static_cast<void>(detail::put_error_response(info, detail_text, json.data()));
  return json;
}

/// The error body that answers a request with problem `e`: service_error_for(e), with describe(e) as detail.
[[nodiscard]] inline std::string error_response_json(const error& e) {
  return *error_response_json(service_error_for(e), describe(e));  // describe() is ASCII: always valid
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_ERROR_RESPONSE_HPP

// ---- swr/form.hpp ----
// swrkit — a create-repository form validated as a whole, from the raw values a GUI, a web server or a
// command line holds: every problem, each with its field, code and position, in the order of the form's
// fields; and the HTTP request the form stands for once it has none.
//
// The fields, and what an empty one means:
//   namespace_name, repository   checked as names (docs/names.md); empty is `empty`
//   is_public                    a checkbox: cannot be wrong
//   category                     a wire string (parse_category: "arms" reads as arm); empty: none chosen
//   description                  UTF-8, at most 30,000 code points; empty: none given
//   region, host                 where to send it: a region id ("cn-north-4"; unknown_region, field region,
//                                when not in the table), or else a host ("swr.example.com:8443"; check_host,
//                                field host). When the region is not empty the host is not looked at; when
//                                both are empty, the host is `empty`
//   token                        the IAM token (check_token); not looked at when the form is validated or sent
//                                with an access key (validate(form, key), to_http_request(form, key, time))
#ifndef SWR_FORM_HPP
#define SWR_FORM_HPP

#include <string_view>
#include <vector>


// ---- swr/http.hpp ----
// swrkit — the request of any operation of the SWR management API (create-repository's and those of
// management.hpp) as an HTTP/1.1 request, without I/O: method, target, headers and body ready for any HTTP client,
// or rendered as one complete message. One code path builds them all from the operation's description
// (operation.hpp). An http_request can only be made by to_http_request, from validated parts, so nothing in it
// can inject a header or a request line. Debug output redacts the credentials. It carries an IAM token
// (X-Auth-Token) or an AK/SK signature (signing.hpp).
#ifndef SWR_HTTP_HPP
#define SWR_HTTP_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>


// ---- swr/sdk_date.hpp ----
// swrkit — the signing time of AK/SK signing, X-Sdk-Date: a UTC time written YYYYMMDDTHHMMSSZ
// (docs/signing.md). swrkit never reads the clock: the caller passes the time. to_sdk_date takes any
// std::chrono::system_clock time point without this header including <chrono> (which costs more than the
// rest of swrkit in C++20): the clock only needs to_time_t, which only system_clock has.
#ifndef SWR_SDK_DATE_HPP
#define SWR_SDK_DATE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// An X-Sdk-Date value, e.g. "20240102T030405Z": 16 characters and a terminating NUL.
struct sdk_date {
  char text[17] = {};

  // The views borrow `text`: a view of a temporary dangles, which Clang diagnoses (SWR_LIFETIMEBOUND).
  [[nodiscard]] constexpr std::string_view view() const noexcept SWR_LIFETIMEBOUND { return {text, 16}; }
  constexpr operator std::string_view() const noexcept SWR_LIFETIMEBOUND { return view(); }
};

namespace detail {
// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, and back (the usual era arithmetic:
// 400-year eras of 146,097 days, years counted from March so that the leap day comes last).
constexpr std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) noexcept {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

struct civil_date {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

constexpr civil_date civil_from_days(std::int64_t days) noexcept {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  return {static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

constexpr unsigned days_in_month(std::int64_t year, unsigned month) noexcept {
  if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

constexpr std::int64_t floor_divide(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

constexpr void put_digits(char* out, std::int64_t value, std::size_t digits) noexcept {
  for (std::size_t i = digits; i > 0; --i, value /= 10) out[i - 1] = static_cast<char>('0' + value % 10);
}
}  // namespace detail

/// The X-Sdk-Date of a time given in seconds since 1970-01-01T00:00:00Z (leap seconds not counted, as
/// system_clock does). `invalid_date` (field `sdk_date`) outside the years 0000-9999.
[[nodiscard]] constexpr result<sdk_date, error> to_sdk_date_from_unix_seconds(std::int64_t seconds) noexcept {
  constexpr std::int64_t day = 86400;
  // Outside the representable years the day count alone would overflow the arithmetic below.
  constexpr std::int64_t first = -62167219200;  // 0000-01-01T00:00:00Z
  constexpr std::int64_t end = 253402300800;    // 10000-01-01T00:00:00Z
  if (seconds < first || seconds >= end) return unexpected(error{error_code::invalid_date, field::sdk_date, 0});
  const std::int64_t days = detail::floor_divide(seconds, day);
  const std::int64_t in_day = seconds - days * day;
  const detail::civil_date date = detail::civil_from_days(days);
  sdk_date out;
  detail::put_digits(out.text, date.year, 4);
  detail::put_digits(out.text + 4, date.month, 2);
  detail::put_digits(out.text + 6, date.day, 2);
  out.text[8] = 'T';
  detail::put_digits(out.text + 9, in_day / 3600, 2);
  detail::put_digits(out.text + 11, in_day / 60 % 60, 2);
  detail::put_digits(out.text + 13, in_day % 60, 2);
  out.text[15] = 'Z';
  return out;
}

namespace detail {
inline constexpr std::int64_t int64_max = 0x7FFFFFFFFFFFFFFF;
inline constexpr std::int64_t int64_min = -int64_max - 1;

// floor(r * num / den) for 0 <= r < den and num, den > 0, without overflow: the quotient is below num, so it
// fits, and the product is formed one bit of num at a time as a quotient and a remainder below den.
constexpr std::int64_t multiply_divide_below(std::int64_t r, std::int64_t num, std::int64_t den) noexcept {
  if (r <= int64_max / num) return r * num / den;
  const auto d = static_cast<std::uint64_t>(den), a = static_cast<std::uint64_t>(r);
  std::uint64_t quotient = 0, remainder = 0;  // remainder < d < 2^63: doubling it cannot overflow
  for (int bit = 62; bit >= 0; --bit) {
    quotient *= 2;
    remainder *= 2;
    if (remainder >= d) {
      remainder -= d;
      quotient += 1;
    }
    if ((static_cast<std::uint64_t>(num) >> bit) & 1U) {
      remainder += a;
      if (remainder >= d) {
        remainder -= d;
        quotient += 1;
      }
    }
  }
  return static_cast<std::int64_t>(quotient);
}

// The seconds since the Unix epoch of `count` ticks of num/den seconds, rounded down (floor(count * num / den)),
// for any period; saturated to the int64 range where the true value is beyond it (to_sdk_date then refuses it).
constexpr std::int64_t seconds_of_ticks(std::int64_t count, std::int64_t num, std::int64_t den) noexcept {
  // count = whole * den + r with 0 <= r < den (floor_divide's whole * den could overflow near the limits).
  std::int64_t whole = count / den, r = count % den;
  if (r < 0) {
    whole -= 1;
    r += den;
  }
  if (whole > int64_max / num) return int64_max;
  if (whole < int64_min / num) return int64_min;
  const std::int64_t seconds = whole * num;
  const std::int64_t fraction = multiply_divide_below(r, num, den);  // 0 <= fraction < num
  return seconds > int64_max - fraction ? int64_max : seconds + fraction;
}

// The seconds since the Unix epoch of a system_clock time point, rounded down, for any duration.
template <class TimePoint>
constexpr std::int64_t unix_seconds(const TimePoint& time) noexcept {
  using period = typename TimePoint::period;
  return seconds_of_ticks(static_cast<std::int64_t>(time.time_since_epoch().count()),
                          static_cast<std::int64_t>(period::num), static_cast<std::int64_t>(period::den));
}

// Only std::chrono::system_clock has to_time_t: its epoch is the Unix epoch (C++20 says so; every
// implementation before did it). Asked of the clock's own time_point, so that a time point of any duration
// qualifies (libc++'s system_clock counts microseconds: a nanosecond time point does not convert to it).
template <class TimePoint>
using system_clock_time_point =
    decltype(TimePoint::clock::to_time_t(std::declval<const typename TimePoint::clock::time_point&>()));
}  // namespace detail

/// The X-Sdk-Date of a `std::chrono::system_clock` time point, e.g. `to_sdk_date(system_clock::now())`:
/// UTC, to the second (rounded down). `invalid_date` outside the years 0000-9999.
template <class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] constexpr result<sdk_date, error> to_sdk_date(const TimePoint& time) noexcept {
  return to_sdk_date_from_unix_seconds(detail::unix_seconds(time));
}

/// Reads an X-Sdk-Date: `YYYYMMDDTHHMMSSZ`, a day of the calendar, hours 00-23, minutes and seconds 00-59.
/// Gives the seconds since the Unix epoch, or `invalid_date` (field `sdk_date`) at the first byte that is
/// wrong: the first digit of a number out of range, or where the text is too short or too long.
[[nodiscard]] constexpr result<std::int64_t, error> parse_sdk_date(std::string_view text) noexcept {
  const auto wrong = [](std::size_t at) { return unexpected(error{error_code::invalid_date, field::sdk_date, at}); };
  constexpr std::string_view shape =
      "dddddddd"
      "Tdddddd"
      "Z";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i >= text.size()) return wrong(i);
    const bool ok = shape[i] == 'd' ? text[i] >= '0' && text[i] <= '9' : text[i] == shape[i];
    if (!ok) return wrong(i);
  }
  if (text.size() > shape.size()) return wrong(shape.size());
  const auto number = [&](std::size_t at, std::size_t digits) {
    unsigned value = 0;
    for (std::size_t i = 0; i < digits; ++i) value = value * 10 + static_cast<unsigned>(text[at + i] - '0');
    return value;
  };
  const std::int64_t year = number(0, 4);
  const unsigned month = number(4, 2), day = number(6, 2);
  const unsigned hour = number(9, 2), minute = number(11, 2), second = number(13, 2);
  if (month < 1 || month > 12) return wrong(4);
  if (day < 1 || day > detail::days_in_month(year, month)) return wrong(6);
  if (hour > 23) return wrong(9);
  if (minute > 59) return wrong(11);
  if (second > 59) return wrong(13);
  return detail::days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

/// Whether `text` is a well-formed X-Sdk-Date (see parse_sdk_date): `ok()`, or `invalid_date` where it is not.
[[nodiscard]] constexpr error check_sdk_date(std::string_view text) noexcept {
  const result<std::int64_t, error> parsed = parse_sdk_date(text);
  return parsed ? error{} : parsed.error();
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SDK_DATE_HPP

// ---- swr/signing.hpp ----
// swrkit — AK/SK request signing, SDK-HMAC-SHA256 (docs/signing.md), and its verification for servers.
// Pure functions of the request's bytes, the keys and a time the caller gives: no I/O, no clock, no crypto
// library (sha256.hpp). sign() works for any SWR request; to_http_request (http.hpp) signs the
// create-repository request with it. Nothing here ever writes the secret key, and no error quotes a key.
//
// The functions that sort or hold containers of their own are templates with a defaulted parameter
// (`template <class = void>`): a template is instantiated only where it is used, so a translation unit that
// includes swrkit and signs nothing does not pay for them.
#ifndef SWR_SIGNING_HPP
#define SWR_SIGNING_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>


// ---- swr/sha256.hpp ----
// swrkit — SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for request signing (docs/signing.md):
// constexpr, allocation-free, incremental (update, then finish) and one-shot (digest). In a constant
// expression the portable code runs; at run time the blocks go to the CPU's SHA instructions where it has
// them (x86-64 SHA extensions, chosen once at run time: detail/sha256_x86.hpp), and to the portable code
// everywhere else. Both give the same bytes; the tests check the one against the other.
#ifndef SWR_SHA256_HPP
#define SWR_SHA256_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>


// ---- swr/detail/sha256_constants.hpp ----
// swrkit — SHA-256's round constants (FIPS 180-4, 4.2.2), shared by the portable code and the x86 kernel.
#ifndef SWR_DETAIL_SHA256_CONSTANTS_HPP
#define SWR_DETAIL_SHA256_CONSTANTS_HPP

#include <cstdint>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {
inline constexpr std::uint32_t sha256_round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_DETAIL_SHA256_CONSTANTS_HPP

// ---- swr/detail/sha256_x86.hpp ----
// swrkit — the SHA-256 block function on the x86 SHA extensions (SHA-NI: sha256rnds2, sha256msg1,
// sha256msg2), chosen at run time: sha256_blocks (sha256.hpp) calls it when the CPU has them, and the
// portable code otherwise. Written with the compiler's vector extensions and SHA builtins rather than
// <immintrin.h>, which would add about a third of a second to every translation unit that includes swrkit.
// GCC 12 or later (for __builtin_shufflevector) or Clang; elsewhere, or with SWRKIT_DISABLE_SHA256_X86
// defined, SWR_HAS_SHA256_X86 is 0 and only the portable code exists.
#ifndef SWR_DETAIL_SHA256_X86_HPP
#define SWR_DETAIL_SHA256_X86_HPP

#include <cstddef>
#include <cstdint>


// GCC's __has_builtin does not report target builtins whose target is not enabled, so the version says it.
#if !defined(SWRKIT_DISABLE_SHA256_X86) && (defined(__x86_64__) || defined(__i386__))
#if defined(__clang__)
#if __has_builtin(__builtin_shufflevector) && __has_builtin(__builtin_ia32_sha256rnds2)
#define SWR_HAS_SHA256_X86 1
#endif
#elif defined(__GNUC__) && __GNUC__ >= 12
#define SWR_HAS_SHA256_X86 1
#endif
#endif
#ifndef SWR_HAS_SHA256_X86
#define SWR_HAS_SHA256_X86 0
#endif

#if SWR_HAS_SHA256_X86
#include <cpuid.h>  // __get_cpuid, __get_cpuid_count: a few macros and two inline functions

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// Whether this CPU has SHA-NI and the SSSE3/SSE4.1 instructions the kernel also uses. Asked once.
inline bool sha256_x86_available() noexcept {
  // GCOVR_EXCL_BR_START: one CPU answers one way (the tests run the kernel and the portable code either way)
  static const bool available = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid(1, &a, &b, &c, &d) == 0) return false;
    const bool ssse3_and_sse41 = (c & (1U << 9)) != 0 && (c & (1U << 19)) != 0;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) return false;
    return ssse3_and_sse41 && (b & (1U << 29)) != 0;
  }();
  // GCOVR_EXCL_BR_STOP
  return available;
}

namespace sha_ni {
typedef int words __attribute__((vector_size(16)));         // what the SHA builtins take
typedef unsigned uwords __attribute__((vector_size(16)));   // for wrapping additions
typedef char bytes __attribute__((vector_size(16)));        // for the byte swap
typedef long long halves __attribute__((vector_size(16)));  // the element type GCC's builtins expect

#define SWR_SHA_NI_TARGET __attribute__((target("sha,ssse3,sse4.1"), always_inline))

SWR_SHA_NI_TARGET inline words add(words a, words b) {
  return reinterpret_cast<words>(reinterpret_cast<uwords>(a) + reinterpret_cast<uwords>(b));
}

// The message words of a block, loaded big-endian.
SWR_SHA_NI_TARGET inline words load_message(const char* p) {
  bytes raw;
  __builtin_memcpy(&raw, p, 16);
  return reinterpret_cast<words>(
      __builtin_shufflevector(raw, raw, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12));
}

SWR_SHA_NI_TARGET inline words load_constants(std::size_t group) {
  words k;
  __builtin_memcpy(&k, sha256_round_constants + 4 * group, 16);
  return k;
}

// Four rounds: the message words plus their constants, two rounds at a time.
SWR_SHA_NI_TARGET inline void rounds(words& abef, words& cdgh, words message_plus_k) {
  cdgh = __builtin_ia32_sha256rnds2(cdgh, abef, message_plus_k);
  abef = __builtin_ia32_sha256rnds2(abef, cdgh, __builtin_shufflevector(message_plus_k, message_plus_k, 2, 3, 0, 0));
}

// The next four message words from the last sixteen: w = msg2(w + (the words 7 back), the last four).
SWR_SHA_NI_TARGET inline words schedule(words partial, words last, words before_last) {
  const words seven_back = __builtin_shufflevector(before_last, last, 1, 2, 3, 4);
  return __builtin_ia32_sha256msg2(add(partial, seven_back), last);
}

SWR_SHA_NI_TARGET inline words msg1(words a, words b) { return __builtin_ia32_sha256msg1(a, b); }

}  // namespace sha_ni

// FIPS 180-4, 6.2.2, on the SHA extensions: the same function as sha256_blocks_portable. Call it only when
// sha256_x86_available() says so.
__attribute__((target("sha,ssse3,sse4.1"))) inline void sha256_blocks_x86(std::uint32_t* state, const char* data,
                                                                          std::size_t blocks) noexcept {
  using namespace sha_ni;
  words abcd, efgh;
  __builtin_memcpy(&abcd, state, 16);
  __builtin_memcpy(&efgh, state + 4, 16);
  // The instructions keep the state as {f, e, b, a} and {h, g, d, c}.
  words abef = __builtin_shufflevector(abcd, efgh, 5, 4, 1, 0);
  words cdgh = __builtin_shufflevector(abcd, efgh, 7, 6, 3, 2);

  for (; blocks > 0; --blocks, data += 64) {
    const words abef_before = abef, cdgh_before = cdgh;
    // m0..m3 hold the sixteen latest message words; each group of four rounds makes the next four.
    words m0 = load_message(data), m1 = load_message(data + 16);
    words m2 = load_message(data + 32), m3 = load_message(data + 48);
    rounds(abef, cdgh, add(m0, load_constants(0)));
    rounds(abef, cdgh, add(m1, load_constants(1)));
    m0 = msg1(m0, m1);
    rounds(abef, cdgh, add(m2, load_constants(2)));
    m1 = msg1(m1, m2);
    rounds(abef, cdgh, add(m3, load_constants(3)));
    m0 = schedule(m0, m3, m2);
    m2 = msg1(m2, m3);
    for (std::size_t group = 4; group < 16; group += 4) {
      rounds(abef, cdgh, add(m0, load_constants(group)));
      m1 = schedule(m1, m0, m3);
      m3 = msg1(m3, m0);
      rounds(abef, cdgh, add(m1, load_constants(group + 1)));
      m2 = schedule(m2, m1, m0);
      if (group < 12) m0 = msg1(m0, m1);
      rounds(abef, cdgh, add(m2, load_constants(group + 2)));
      m3 = schedule(m3, m2, m1);
      if (group < 12) m1 = msg1(m1, m2);
      rounds(abef, cdgh, add(m3, load_constants(group + 3)));
      if (group < 12) m0 = schedule(m0, m3, m2);
      if (group < 12) m2 = msg1(m2, m3);
    }
    abef = add(abef, abef_before);
    cdgh = add(cdgh, cdgh_before);
  }
  abcd = __builtin_shufflevector(abef, cdgh, 3, 2, 7, 6);
  efgh = __builtin_shufflevector(abef, cdgh, 1, 0, 5, 4);
  __builtin_memcpy(state, &abcd, 16);
  __builtin_memcpy(state + 4, &efgh, 16);
}

#undef SWR_SHA_NI_TARGET

}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr
#endif  // SWR_HAS_SHA256_X86

#endif  // SWR_DETAIL_SHA256_X86_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The 32 bytes of a SHA-256 or HMAC-SHA-256 digest.
struct sha256_digest {
  unsigned char bytes[32] = {};

  friend constexpr bool operator==(const sha256_digest& a, const sha256_digest& b) noexcept {
    for (std::size_t i = 0; i < 32; ++i) {
      if (a.bytes[i] != b.bytes[i]) return false;
    }
    return true;
  }
  friend constexpr bool operator!=(const sha256_digest& a, const sha256_digest& b) noexcept { return !(a == b); }
};

/// A digest in lowercase hex: 64 characters and a terminating NUL (so text can go to a C API as is).
struct sha256_hex {
  char text[65] = {};

  // The views borrow `text`: a view of a temporary dangles, which Clang diagnoses (SWR_LIFETIMEBOUND).
  [[nodiscard]] constexpr std::string_view view() const noexcept SWR_LIFETIMEBOUND { return {text, 64}; }
  constexpr operator std::string_view() const noexcept SWR_LIFETIMEBOUND { return view(); }
};

/// The lowercase hex form of a digest, as signatures and payload hashes write it.
[[nodiscard]] constexpr sha256_hex to_hex(const sha256_digest& digest) noexcept {
  constexpr char digits[] = "0123456789abcdef";
  sha256_hex hex;
  for (std::size_t i = 0; i < 32; ++i) {
    hex.text[2 * i] = digits[digest.bytes[i] >> 4];
    hex.text[2 * i + 1] = digits[digest.bytes[i] & 0xF];
  }
  return hex;
}

namespace detail {
constexpr std::uint32_t rotate_right(std::uint32_t x, unsigned n) noexcept { return (x >> n) | (x << (32U - n)); }

constexpr std::uint32_t load_big_endian(const char* p) noexcept {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[3]));
}

// FIPS 180-4, 6.2.2: compresses `blocks` 64-byte blocks at `data` into `state`. The reference: it runs in
// constant expressions and on every CPU, and the accelerated kernels are tested against it.
constexpr void sha256_blocks_portable(std::uint32_t* state, const char* data, std::size_t blocks) noexcept {
  for (; blocks > 0; --blocks, data += 64) {
    std::uint32_t w[64] = {};
    for (std::size_t t = 0; t < 16; ++t) w[t] = load_big_endian(data + 4 * t);
    for (std::size_t t = 16; t < 64; ++t) {
      const std::uint32_t s0 = rotate_right(w[t - 15], 7) ^ rotate_right(w[t - 15], 18) ^ (w[t - 15] >> 3);
      const std::uint32_t s1 = rotate_right(w[t - 2], 17) ^ rotate_right(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (std::size_t t = 0; t < 64; ++t) {
      const std::uint32_t s1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
      const std::uint32_t choose = (e & f) ^ (~e & g);
      const std::uint32_t t1 = h + s1 + choose + sha256_round_constants[t] + w[t];
      const std::uint32_t s0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
      const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
      const std::uint32_t t2 = s0 + majority;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}

// Copies `n` chars: memcpy at run time (a message arrives in many short pieces), a loop in constant expressions.
constexpr void copy_chars(char* to, const char* from, std::size_t n) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  if (!SWR_IS_CONSTANT_EVALUATED()) {  // GCOVR_EXCL_BR_LINE: the other way runs only at compile time
    if (n > 0) __builtin_memcpy(to, from, n);
    return;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) to[i] = from[i];  // GCOVR_EXCL_LINE: runs only at compile time here
}

// The portable code in constant expressions; at run time the fastest kernel this CPU has.
constexpr void sha256_blocks(std::uint32_t* state, const char* data, std::size_t blocks) noexcept {
#if SWR_HAS_SHA256_X86
  // GCOVR_EXCL_BR_START: at run time this CPU always has the SHA extensions (the portable path is tested directly)
  if (!SWR_IS_CONSTANT_EVALUATED() && sha256_x86_available()) {
    sha256_blocks_x86(state, data, blocks);
    return;
  }
#endif
  // GCOVR_EXCL_BR_STOP
  sha256_blocks_portable(state, data, blocks);  // GCOVR_EXCL_LINE: at run time, only without SHA extensions
}
}  // namespace detail

/// SHA-256, fed in pieces: `sha256 h; h.update(a).update(b); sha256_digest d = h.finish();`. finish() does
/// not change the object, so more data may follow it (finish then gives the digest of everything so far).
class sha256 {
 public:
  static constexpr std::size_t block_size = 64;
  static constexpr std::size_t digest_size = 32;

  constexpr sha256() noexcept = default;

  /// Appends bytes to the message.
  constexpr sha256& update(std::string_view data) noexcept {
    const char* p = data.data();
    std::size_t size = data.size();
    length_ += size;
    if (buffered_ > 0) {
      const std::size_t take = size < block_size - buffered_ ? size : block_size - buffered_;
      detail::copy_chars(buffer_ + buffered_, p, take);
      buffered_ += take;
      p += take;
      size -= take;
      if (buffered_ < block_size) return *this;
      detail::sha256_blocks(state_, buffer_, 1);
      buffered_ = 0;
    }
    const std::size_t whole = size / block_size;
    if (whole > 0) detail::sha256_blocks(state_, p, whole);
    p += whole * block_size;
    size -= whole * block_size;
    detail::copy_chars(buffer_, p, size);
    buffered_ = size;
    return *this;
  }
  /// Appends the 32 bytes of a digest (as HMAC does).
  constexpr sha256& update(const sha256_digest& digest) noexcept {
    char bytes[32] = {};
    for (std::size_t i = 0; i < 32; ++i) bytes[i] = static_cast<char>(digest.bytes[i]);
    return update(std::string_view(bytes, 32));
  }

  /// The digest of the bytes given so far.
  [[nodiscard]] constexpr sha256_digest finish() const noexcept {
    std::uint32_t state[8] = {};
    for (std::size_t i = 0; i < 8; ++i) state[i] = state_[i];
    const std::uint64_t bits = length_ * 8;
    char tail[2 * block_size] = {};
    detail::copy_chars(tail, buffer_, buffered_);
    std::size_t size = buffered_;
    tail[size++] = static_cast<char>(0x80);
    size = size <= block_size - 8 ? block_size : 2 * block_size;
    for (std::size_t i = 0; i < 8; ++i) tail[size - 1 - i] = static_cast<char>((bits >> (8 * i)) & 0xFF);
    detail::sha256_blocks(state, tail, size / block_size);
    sha256_digest digest;
    for (std::size_t i = 0; i < 8; ++i) {
      for (std::size_t j = 0; j < 4; ++j) {
        digest.bytes[4 * i + j] = static_cast<unsigned char>((state[i] >> (24 - 8 * j)) & 0xFF);
      }
    }
    return digest;
  }

  /// The digest of `data`, in one call.
  [[nodiscard]] static constexpr sha256_digest digest(std::string_view data) noexcept {
    return sha256().update(data).finish();
  }

 private:
  std::uint32_t state_[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                             0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  char buffer_[block_size] = {};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // in bytes
};

/// HMAC-SHA-256 (RFC 2104) under one key, fed in pieces like sha256. The key is hashed first when it is
/// longer than a block, as the RFC says; the object keeps only the two keyed hash states, not the key.
class hmac_sha256 {
 public:
  explicit constexpr hmac_sha256(std::string_view key) noexcept {
    char block[sha256::block_size] = {};
    if (key.size() > sha256::block_size) {
      const sha256_digest hashed = sha256::digest(key);
      for (std::size_t i = 0; i < 32; ++i) block[i] = static_cast<char>(hashed.bytes[i]);
    } else {
      for (std::size_t i = 0; i < key.size(); ++i) block[i] = key[i];
    }
    char pad[sha256::block_size] = {};
    for (std::size_t i = 0; i < sha256::block_size; ++i) pad[i] = static_cast<char>(block[i] ^ 0x36);
    inner_.update(std::string_view(pad, sha256::block_size));
    for (std::size_t i = 0; i < sha256::block_size; ++i) pad[i] = static_cast<char>(block[i] ^ 0x5c);
    outer_.update(std::string_view(pad, sha256::block_size));
  }

  /// Appends bytes to the message.
  constexpr hmac_sha256& update(std::string_view data) noexcept {
    inner_.update(data);
    return *this;
  }

  /// The MAC of the bytes given so far (the object is unchanged, as with sha256::finish).
  [[nodiscard]] constexpr sha256_digest finish() const noexcept {
    sha256 outer = outer_;
    return outer.update(inner_.finish()).finish();
  }

  /// The MAC of `message` under `key`, in one call.
  [[nodiscard]] static constexpr sha256_digest digest(std::string_view key, std::string_view message) noexcept {
    return hmac_sha256(key).update(message).finish();
  }

 private:
  sha256 inner_;
  sha256 outer_;
};

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SHA256_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The name of the signing scheme, the first word of the Authorization header.
inline constexpr std::string_view signing_algorithm = "SDK-HMAC-SHA256";

/// How far a request's X-Sdk-Date may be from the server's clock: 15 minutes, either way.
inline constexpr std::int64_t signing_max_skew_seconds = 15 * 60;

/// One query parameter, decoded: `{"name", "web app"}` is sent as `name=web%20app`.
struct query_parameter {
  std::string name;
  std::string value;
};

/// A request to sign: the method, the decoded path (a `$` in it is signed, and sent by
/// to_request_target, as `%24`), the decoded query parameters, every header to sign, and the exact body.
struct signing_input {
  std::string method;
  std::string path;
  std::vector<query_parameter> query;
  std::vector<http_header> headers;
  std::string body;
};

/// An access key pair, and for temporary credentials the security token (sent and signed as
/// X-Security-Token; empty for permanent keys). Visible ASCII only.
struct access_key {
  std::string id;
  std::string secret;
  std::string security_token = {};
};

/// What sign() made. `headers` are the headers to add to the request as they are: X-Sdk-Date, the
/// X-Security-Token if any, and Authorization; they are the only member that holds the security token.
/// The other members show the steps, for tests and debugging: `canonical_request` shows the
/// x-security-token line as `x-security-token:<redacted>` (the signature is over the token itself), and
/// `signature` and `authorization` are credentials for 15 minutes: do not log them.
struct signature {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signed_headers;  ///< e.g. "content-type;host;x-sdk-date"
  std::string signature;       ///< 64 lowercase hex digits
  std::string authorization;   ///< "SDK-HMAC-SHA256 Access=AK, SignedHeaders=…, Signature=…"
  std::vector<http_header> headers;
};

namespace detail {
// Sorts `v` by `less`: a heapsort, O(n log n) also on a query a client chose to make long, written here because
// <algorithm> would add about 100 M compiler instructions to every translation unit that includes swrkit.
// Not stable: the canonical request sorts values that are equal only when identical.
template <class T, class Less>
constexpr void heap_sort(std::vector<T>& v, Less less) {
  const auto sift_down = [&v, &less](std::size_t root, std::size_t end) {
    for (std::size_t child = 2 * root + 1; child < end; root = child, child = 2 * root + 1) {
      if (child + 1 < end && less(v[child], v[child + 1])) ++child;
      if (!less(v[root], v[child])) return;
      std::swap(v[root], v[child]);
    }
  };
  for (std::size_t i = v.size() / 2; i-- > 0;) sift_down(i, v.size());
  for (std::size_t end = v.size(); end-- > 1;) {
    std::swap(v[0], v[end]);
    sift_down(0, end);
  }
}

// Puts `s` with each byte that is not unreserved (A-Z a-z 0-9 - _ . ~), nor `kept`, written %XX, uppercase
// hex, as runs: `put(std::string_view)` appends to a string or feeds a hash.
template <class Put>
constexpr void put_uri_escaped(std::string_view s, Put&& put, char kept = '\0') {
  constexpr char hex[] = "0123456789ABCDEF";
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~' || (c == kept && c != '\0');
    if (unreserved) continue;
    const auto byte = static_cast<unsigned char>(c);
    const char escaped[3] = {'%', hex[byte >> 4], hex[byte & 0xF]};
    put(s.substr(run, i - run));
    put(std::string_view(escaped, 3));
    run = i + 1;
  }
  put(s.substr(run));
}

// The path with each '/'-separated segment escaped (the '/' kept): what goes in the request line and, with
// a final '/', in the canonical request. A segment never escapes to a '/', so the result ends in '/' when the
// path does.
template <class Put>
constexpr void put_escaped_path(std::string_view path, Put&& put) {
  put_uri_escaped(path, put, '/');
}

SWR_CONSTEXPR_STRING auto appender(std::string& out) {
  return [&out](std::string_view part) { out.append(part); };
}

// Spaces and tabs removed from both ends.
constexpr std::string_view trim_header_value(std::string_view value) noexcept {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  return value;
}

// A header as the canonical request has it: the name in lowercase, the value trimmed.
struct canonical_header {
  std::string name;
  std::string_view value;
};

// The decoded parts of a request, as views: what sign() and verification both canonicalize.
struct request_parts {
  std::string_view method;
  std::string_view path;
  std::vector<std::pair<std::string_view, std::string_view>> query;
  std::vector<canonical_header> headers;  // sorted by name, no two alike
  std::string_view body;
};

// Writes the canonical request (docs/signing.md) through `put`.
// The method goes in as it is: methods are case-sensitive (RFC 9110, 9.1), so `post` is not `POST`, and a
// signature of one must not verify the other.
template <class Put>
SWR_CONSTEXPR_STRING void put_canonical_request(const request_parts& parts, Put&& put) {
  put(parts.method);
  put(std::string_view("\n"));
  put_escaped_path(parts.path, put);
  put(std::string_view(parts.path.empty() || parts.path.back() != '/' ? "/\n" : "\n"));
  if (!parts.query.empty()) {
    std::vector<std::pair<std::string, std::string>> query(parts.query.size());
    for (std::size_t i = 0; i < query.size(); ++i) {
      put_uri_escaped(parts.query[i].first, appender(query[i].first));
      put_uri_escaped(parts.query[i].second, appender(query[i].second));
    }
    heap_sort(query, [](const auto& a, const auto& b) { return a < b; });
    for (std::size_t i = 0; i < query.size(); ++i) {
      if (i > 0) put(std::string_view("&"));
      put(query[i].first);
      put(std::string_view("="));
      put(query[i].second);
    }
  }
  put(std::string_view("\n"));
  bool unsigned_payload = false;
  for (const canonical_header& h : parts.headers) {
    put(h.name);
    put(std::string_view(":"));
    put(h.value);
    put(std::string_view("\n"));
    unsigned_payload = unsigned_payload || (h.name == "x-sdk-content-sha256" && h.value == "UNSIGNED-PAYLOAD");
  }
  put(std::string_view("\n"));
  for (std::size_t i = 0; i < parts.headers.size(); ++i) {
    if (i > 0) put(std::string_view(";"));
    put(parts.headers[i].name);
  }
  put(std::string_view("\n"));
  put(unsigned_payload ? std::string_view("UNSIGNED-PAYLOAD") : to_hex(sha256::digest(parts.body)).view());
}

template <class = void>
SWR_CONSTEXPR_STRING std::string canonical_request(const request_parts& parts) {
  std::string out;
  out.reserve(256 + parts.path.size());
  put_canonical_request(parts, appender(out));
  return out;
}

// The hex SHA-256 of the canonical request: written into a buffer on the stack, which holds most requests
// (a string when it does not), then hashed in one pass.
template <class = void>
inline sha256_hex canonical_request_hash(const request_parts& parts) {
  char buffer[512];
  std::size_t size = 0;
  bool fits = true;
  put_canonical_request(parts, [&](std::string_view part) {
    if (!fits || part.empty()) return;
    fits = part.size() <= sizeof buffer - size;
    if (fits) std::memcpy(buffer + size, part.data(), part.size());
    size += part.size();
  });
  return to_hex(sha256::digest(fits ? std::string_view(buffer, size) : std::string_view(canonical_request(parts))));
}

// HMAC-SHA256(SK, "SDK-HMAC-SHA256\n" + date + "\n" + the canonical request's hash), in hex.
constexpr sha256_hex signature_of(std::string_view secret, std::string_view date, const sha256_hex& canonical_hash) {
  hmac_sha256 mac(secret);
  mac.update(signing_algorithm).update("\n").update(date).update("\n").update(canonical_hash.view());
  return to_hex(mac.finish());
}

template <class = void>
SWR_CONSTEXPR_STRING std::string signed_headers_of(const request_parts& parts) {
  std::string names;
  for (std::size_t i = 0; i < parts.headers.size(); ++i) {
    if (i > 0) names += ';';
    names += parts.headers[i].name;
  }
  return names;
}

// Adds what sign() adds to a request: X-Sdk-Date, X-Security-Token (with temporary credentials), Authorization.
template <class = void>
SWR_CONSTEXPR_STRING void add_signature_headers(std::vector<http_header>& headers, const access_key& key,
                                                std::string_view date, std::string_view signed_headers,
                                                std::string_view signature) {
  std::string authorization;
  authorization.reserve(signing_algorithm.size() + key.id.size() + signed_headers.size() + 100);
  authorization.append(signing_algorithm).append(" Access=").append(key.id);
  authorization.append(", SignedHeaders=").append(signed_headers).append(", Signature=").append(signature);
  headers.push_back({"X-Sdk-Date", std::string(date)});
  if (!key.security_token.empty()) headers.push_back({"X-Security-Token", key.security_token});
  headers.push_back({"Authorization", std::move(authorization)});
}

// A decoded path: starts with '/', no control character (any other byte is escaped where it is sent and signed).
constexpr error check_path(std::string_view path) noexcept {
  if (path.empty()) return {error_code::empty, field::path, 0};
  if (path.front() != '/') return {error_code::invalid_character, field::path, 0};
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto byte = static_cast<unsigned char>(path[i]);
    if (byte < 0x20 || byte == 0x7F) return {error_code::invalid_character, field::path, i};
  }
  return {};
}

// The headers that sign() adds itself; a caller may not give them.
constexpr bool is_signer_header(std::string_view name) noexcept {
  return equal_ignoring_case(name, "x-sdk-date") || equal_ignoring_case(name, "x-security-token") ||
         equal_ignoring_case(name, "authorization");
}

template <class Headers>
constexpr error check_signing_headers(const Headers& headers) noexcept {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    const error name = check_header_name(headers[i].name);
    if (!name.ok()) return name;
    const error value = check_header_value(headers[i].value);
    if (!value.ok()) return value;
    if (is_signer_header(headers[i].name)) return {error_code::duplicate_header, field::header_name, 0};
    for (std::size_t j = 0; j < i; ++j) {
      if (equal_ignoring_case(headers[j].name, headers[i].name)) {
        return {error_code::duplicate_header, field::header_name, 0};
      }
    }
  }
  return {};
}

template <class = void>
SWR_CONSTEXPR_STRING std::vector<canonical_header> canonical_headers(const std::vector<http_header>& headers,
                                                                     std::string_view date,
                                                                     std::string_view security_token) {
  std::vector<canonical_header> out;
  out.reserve(headers.size() + 2);
  for (const http_header& h : headers) {
    out.push_back({std::string(h.name.size(), '\0'), trim_header_value(h.value)});
    for (std::size_t i = 0; i < h.name.size(); ++i) out.back().name[i] = ascii_lower(h.name[i]);
  }
  out.push_back({"x-sdk-date", date});
  if (!security_token.empty()) out.push_back({"x-security-token", security_token});
  heap_sort(out, [](const canonical_header& a, const canonical_header& b) { return a.name < b.name; });
  return out;
}

// Signs checked parts: fills every member of the signature.
template <class = void>
SWR_CONSTEXPR_STRING signature sign_parts(const request_parts& parts, const access_key& key, std::string_view date) {
  signature s;
  s.canonical_request = canonical_request(parts);
  const sha256_hex canonical_hash = to_hex(sha256::digest(s.canonical_request));
  if (!key.security_token.empty()) {  // only the header to send may carry the token: redact it here
    constexpr std::string_view line = "\nx-security-token:";
    const std::size_t at = s.canonical_request.find(line);
    s.canonical_request.replace(at + line.size(), key.security_token.size(), redacted);
  }
  s.string_to_sign.append(signing_algorithm).append("\n").append(date).append("\n").append(canonical_hash.view());
  s.signed_headers = signed_headers_of(parts);
  s.signature = std::string(signature_of(key.secret, date, canonical_hash).view());
  add_signature_headers(s.headers, key, date, s.signed_headers, s.signature);
  s.authorization = s.headers.back().value;
  return s;
}

}  // namespace detail

/// Checks an access key: the id and the secret non-empty, the three parts visible ASCII only, and no comma in
/// the id (it would end the Access parameter of the Authorization header).
/// `empty` or `invalid_character`, with the field (`access_key_id`, `secret_key`, `security_token`) and
/// the byte; the message never quotes a key.
[[nodiscard]] SWR_CONSTEXPR_STRING error check_access_key(const access_key& key) noexcept {
  error e = detail::check_credential_text(key.id, field::access_key_id, false);
  if (e.ok() && key.id.find(',') != std::string::npos)
    e = {error_code::invalid_character, field::access_key_id, key.id.find(',')};
  if (e.ok()) e = detail::check_credential_text(key.secret, field::secret_key, false);
  if (e.ok()) e = detail::check_credential_text(key.security_token, field::security_token, true);
  return e;
}

namespace detail {
// The first problem of the keys and the date: AK, SK, security token, date.
SWR_CONSTEXPR_STRING error check_credentials(const access_key& key, std::string_view date) noexcept {
  const error e = check_access_key(key);
  return e.ok() ? check_sdk_date(date) : e;
}
}  // namespace detail

/// Signs a request with SDK-HMAC-SHA256 at the time `sdk_date` (an X-Sdk-Date, see to_sdk_date). Every header
/// in `input.headers` is signed, with X-Sdk-Date and, for temporary credentials, X-Security-Token, which sign
/// adds itself. Returns the first problem, in this order: the access key, the date (`invalid_date`), the
/// method (an HTTP token), the path (starts with '/'; no control character), then each
/// header in turn: its name (an HTTP token), its value (no control character but tab), and
/// `duplicate_header` for a name given twice or one of X-Sdk-Date, X-Security-Token and Authorization.
template <class = void>
[[nodiscard]] SWR_CONSTEXPR_STRING result<signature, error> sign(const signing_input& input, const access_key& key,
                                                                 std::string_view sdk_date) {
  error e = detail::check_credentials(key, sdk_date);
  if (e.ok()) e = detail::check_token_text(input.method, field::method);
  if (e.ok()) e = detail::check_path(input.path);
  if (e.ok()) e = detail::check_signing_headers(input.headers);
  if (!e.ok()) return unexpected(e);
  detail::request_parts parts{input.method, input.path, {}, {}, input.body};
  parts.query.reserve(input.query.size());
  for (const query_parameter& q : input.query) parts.query.emplace_back(q.name, q.value);
  parts.headers = detail::canonical_headers(input.headers, sdk_date, key.security_token);
  return detail::sign_parts(parts, key, sdk_date);
}

/// The request target to send for `input`: each path segment and each query name and value escaped as the
/// signature has them (`$` as `%24`, a space as `%20`), the parameters in their order:
/// `/v2/manage/repos?namespace=my-org&name=web%20app`.
template <class = void>
[[nodiscard]] inline std::string to_request_target(const signing_input& input) {
  std::string target;
  detail::put_escaped_path(input.path, detail::appender(target));
  for (std::size_t i = 0; i < input.query.size(); ++i) {
    target += i == 0 ? '?' : '&';
    detail::put_uri_escaped(input.query[i].name, detail::appender(target));
    target += '=';
    detail::put_uri_escaped(input.query[i].value, detail::appender(target));
  }
  return target;
}

// ---- Verification (server side) ----

/// Why a signature is refused, or `valid`.
enum class signature_status : unsigned char {
  valid,
  malformed,              ///< no or bad Authorization, X-Sdk-Date or request target
  unknown_key,            ///< the access key id is not known
  stale_date,             ///< X-Sdk-Date more than 15 minutes from the server's clock
  missing_signed_header,  ///< a header named in SignedHeaders is not in the request
  mismatch,               ///< the signature is not the request's
};

/// The status's identifier, e.g. "stale_date"; "" outside the enum. NUL-terminated.
[[nodiscard]] constexpr std::string_view to_string(signature_status status) noexcept {
  switch (status) {
    case signature_status::valid: return "valid";
    case signature_status::malformed: return "malformed";
    case signature_status::unknown_key: return "unknown_key";
    case signature_status::stale_date: return "stale_date";
    case signature_status::missing_signed_header: return "missing_signed_header";
    case signature_status::mismatch: return "mismatch";
  }
  return "";
}

/// A sentence for the status; it never quotes a key or a signature. NUL-terminated.
[[nodiscard]] constexpr std::string_view message(signature_status status) noexcept {
  switch (status) {
    case signature_status::valid: return "The signature is valid.";
    case signature_status::malformed:
      return "The request is not signed as SDK-HMAC-SHA256 says: a missing or malformed Authorization or "
             "X-Sdk-Date, a SignedHeaders list without x-sdk-date, or a malformed request target.";
    case signature_status::unknown_key: return "The access key id is not known.";
    case signature_status::stale_date: return "X-Sdk-Date is more than 15 minutes from the server's clock.";
    case signature_status::missing_signed_header: return "A header named in SignedHeaders is not in the request.";
    case signature_status::mismatch: return "The signature does not match the request.";
  }
  return "";
}

/// A request as a server received it. `target` is the request target as sent (origin form: the path and
/// the query, percent-encoded); `headers` are all its header fields.
struct received_request {
  std::string_view method;
  std::string_view target;
  std::vector<http_header> headers;
  std::string_view body;
};

/// The outcome of verification: the status, and the access key id the request claims (empty when the
/// Authorization could not be read).
struct verification {
  signature_status status = signature_status::malformed;
  std::string access_key_id;

  [[nodiscard]] constexpr bool ok() const noexcept { return status == signature_status::valid; }
};

namespace detail {
constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `in` (and '+' as a space in a query); false for a '%' not followed by two hex digits.
template <class = void>
inline bool percent_decode(std::string_view in, bool plus_is_space, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%') {
      if (i + 2 >= in.size()) return false;
      const int high = hex_value(in[i + 1]), low = hex_value(in[i + 2]);
      if (high < 0 || low < 0) return false;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += plus_is_space && in[i] == '+' ? ' ' : in[i];
    }
  }
  return true;
}

// The parts of "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…" (after each comma, spaces are
// allowed; each parameter once, in any order).
struct authorization_parts {
  std::string_view access;
  std::string_view signed_headers;
  std::string_view signature;
};

template <class = void>
inline bool parse_authorization(std::string_view value, authorization_parts& parts) {
  value = trim_header_value(value);
  if (value.size() <= signing_algorithm.size() || value.substr(0, signing_algorithm.size()) != signing_algorithm ||
      value[signing_algorithm.size()] != ' ') {
    return false;
  }
  value.remove_prefix(signing_algorithm.size() + 1);
  bool seen[3] = {false, false, false};
  while (!value.empty()) {
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    const std::size_t comma = value.find(',');
    const std::string_view item = value.substr(0, comma);
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    if (comma != std::string_view::npos && value.empty()) return false;  // a trailing comma
    const std::size_t equals = item.find('=');
    if (equals == std::string_view::npos) return false;
    const std::string_view key = item.substr(0, equals), text = item.substr(equals + 1);
    const std::string_view keys[3] = {"Access", "SignedHeaders", "Signature"};
    std::string_view* targets[3] = {&parts.access, &parts.signed_headers, &parts.signature};
    std::size_t k = 0;
    while (k < 3 && keys[k] != key) ++k;
    if (k == 3 || seen[k] || text.empty()) return false;
    seen[k] = true;
    *targets[k] = text;
  }
  if (!(seen[0] && seen[1] && seen[2])) return false;
  if (parts.signature.size() != 64) return false;
  for (const char c : parts.signature) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// The one value of the header `name` (any case); nullptr when absent, and `twice` set when it is there twice.
template <class = void>
inline const http_header* find_header(const std::vector<http_header>& headers, std::string_view name, bool& twice) {
  const http_header* found = nullptr;
  twice = false;
  for (const http_header& h : headers) {
    if (!equal_ignoring_case(h.name, name)) continue;
    if (found != nullptr) twice = true;
    found = &h;
  }
  return found;
}

// Equal, in a time that depends on the length only, not on where the texts differ.
constexpr bool equal_in_constant_time(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  unsigned difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned>(static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
  }
  return difference == 0;
}

// Splits the target into the decoded path and query; false when it is not an origin-form target, or when its
// path holds an encoded '/' (%2F): decoded, "/a%2Fb" would be the path "/a/b", another resource signed the same.
// A signer never sends one: the path it signs is decoded, its '/' are separators (docs/signing.md).
template <class = void>
inline bool decode_target(std::string_view target, std::string& path, std::vector<std::string>& query_texts) {
  const std::size_t question = target.find('?');
  if (target.empty() || target.front() != '/' || target.find('#') != std::string_view::npos) return false;
  const std::string_view raw_path = target.substr(0, question);
  for (std::size_t at = raw_path.find('%'); at != std::string_view::npos; at = raw_path.find('%', at + 1)) {
    if (at + 2 < raw_path.size() && raw_path[at + 1] == '2' && (raw_path[at + 2] == 'F' || raw_path[at + 2] == 'f')) {
      return false;
    }
  }
  if (!percent_decode(raw_path, false, path)) return false;
  if (question == std::string_view::npos) return true;
  std::string_view query = target.substr(question + 1);
  std::string text;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t equals = pair.find('=');
    if (!percent_decode(pair.substr(0, equals), true, text)) return false;
    query_texts.push_back(text);
    if (!percent_decode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1), true, text)) {
      return false;
    }
    query_texts.push_back(text);
  }
  return true;
}

// The SignedHeaders list: lowercase tokens, strictly ascending, x-sdk-date among them.
template <class = void>
inline bool parse_signed_headers(std::string_view list, std::vector<std::string_view>& names) {
  bool has_date = false;
  for (std::size_t start = 0;;) {
    const std::size_t semicolon = list.find(';', start);
    const std::string_view name =
        list.substr(start, semicolon == std::string_view::npos ? semicolon : semicolon - start);
    if (!check_token_text(name, field::header_name).ok()) return false;
    for (const char c : name) {
      if (c >= 'A' && c <= 'Z') return false;
    }
    if (!names.empty() && !(names.back() < name)) return false;
    names.push_back(name);
    has_date = has_date || name == "x-sdk-date";
    if (semicolon == std::string_view::npos) break;
    start = semicolon + 1;
  }
  return has_date;
}

// |signed_at - now| > the allowed skew, without overflow for any `now` (signed_at is a parsed X-Sdk-Date, so
// far from the int64 limits).
constexpr bool is_stale(std::int64_t signed_at, std::int64_t now) noexcept {
  return now < signed_at - signing_max_skew_seconds || now > signed_at + signing_max_skew_seconds;
}

template <class = void>
inline verification verify_with_secret_lookup(const received_request& request, std::int64_t now_seconds,
                                              std::string_view (*lookup)(void*, std::string_view, bool&),
                                              void* lookup_state) {
  // Everything `malformed` first, so that the key is looked up only for a request that could be valid.
  verification outcome;
  bool twice = false;
  const http_header* authorization = find_header(request.headers, "authorization", twice);
  authorization_parts auth;
  if (authorization == nullptr || twice || !check_header_value(authorization->value).ok() ||
      !parse_authorization(authorization->value, auth)) {
    return outcome;
  }
  // The Access parameter follows sign()'s rule for an access key id: visible ASCII (a comma ended it already).
  if (!check_credential_text(auth.access, field::access_key_id, false).ok()) return outcome;
  outcome.access_key_id = std::string(auth.access);
  std::vector<std::string_view> signed_names;
  const http_header* date = find_header(request.headers, "x-sdk-date", twice);
  if (!parse_signed_headers(auth.signed_headers, signed_names) || date == nullptr || twice) return outcome;
  const std::string_view date_text = trim_header_value(date->value);
  const result<std::int64_t, error> signed_at = parse_sdk_date(date_text);
  std::string path;
  std::vector<std::string> query_texts;
  if (!signed_at || !check_token_text(request.method, field::method).ok() ||
      !decode_target(request.target, path, query_texts)) {
    return outcome;
  }
  // Each signed header once, with a value sign() could have signed: a control byte (CR, LF...) written into
  // the canonical request could make one signature fit two different sets of headers.
  std::vector<const http_header*> signed_headers(signed_names.size());
  for (std::size_t i = 0; i < signed_names.size(); ++i) {
    signed_headers[i] = find_header(request.headers, signed_names[i], twice);
    if (twice || (signed_headers[i] != nullptr && !check_header_value(signed_headers[i]->value).ok())) return outcome;
  }

  bool known = false;
  const std::string_view secret = lookup(lookup_state, auth.access, known);
  const auto refused = [&outcome](signature_status status) {
    outcome.status = status;
    return outcome;
  };
  if (!known) return refused(signature_status::unknown_key);
  if (is_stale(*signed_at, now_seconds)) return refused(signature_status::stale_date);

  request_parts parts{request.method, path, {}, {}, request.body};
  for (std::size_t i = 0; i + 1 < query_texts.size(); i += 2)
    parts.query.emplace_back(query_texts[i], query_texts[i + 1]);
  for (std::size_t i = 0; i < signed_names.size(); ++i) {
    if (signed_headers[i] == nullptr) return refused(signature_status::missing_signed_header);
    parts.headers.push_back({std::string(signed_names[i]), trim_header_value(signed_headers[i]->value)});
  }
  const sha256_hex expected = signature_of(secret, date_text, canonical_request_hash(parts));
  outcome.status =
      equal_in_constant_time(expected.view(), auth.signature) ? signature_status::valid : signature_status::mismatch;
  return outcome;
}
}  // namespace detail

/// Verifies the SDK-HMAC-SHA256 signature of a received request. `secret_for(access_key_id)` gives the
/// secret key of an access key id, as anything that tests false when the id is unknown and gives the secret
/// with `*`: a `std::optional<std::string>`, a `const std::string*`… `now` is the server's time, a
/// `std::chrono::system_clock` time point.
///
/// The checks, in order: Authorization (its Access a visible-ASCII key id), SignedHeaders (lowercase, sorted,
/// with x-sdk-date) and X-Sdk-Date are well formed and each present once, the method is an HTTP token, the
/// request target is origin-form without an encoded '/' in its path, and every signed header that is there is
/// there once with no control character but tab in its value (`malformed`; `secret_for` is not called); the
/// key is known (`unknown_key`); the date is within 15 minutes of `now` (`stale_date`); every signed header is
/// there (`missing_signed_header`); the signature, compared in constant time, is the request's (`mismatch`).
template <class SecretFor, class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] verification verify_signature(const received_request& request, SecretFor&& secret_for,
                                            const TimePoint& now) {
  struct lookup_state {
    SecretFor& secret_for;
    std::string secret;
  } state{secret_for, {}};
  const auto lookup = [](void* raw, std::string_view access_key_id, bool& known) -> std::string_view {
    auto& s = *static_cast<lookup_state*>(raw);
    auto&& found = s.secret_for(access_key_id);
    known = static_cast<bool>(found);
    if (!known) return {};
    s.secret = std::string(std::string_view(*found));
    return s.secret;
  };
  return detail::verify_with_secret_lookup(request, detail::unix_seconds(now), +lookup, &state);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SIGNING_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The Content-Type swrkit sends (the API accepts it and plain application/json).
inline constexpr std::string_view json_content_type = "application/json;charset=utf-8";

/// Checks an X-Auth-Token value: non-empty, visible ASCII only (0x21-0x7E). Returns `none`, `empty` or
/// `invalid_character` at the first offending byte. The message never quotes the token.
[[nodiscard]] constexpr error check_token(std::string_view token) noexcept {
  return detail::check_credential_text(token, field::token, false);
}

class http_request;
namespace detail {
struct http_request_access;
}  // namespace detail

/// A complete, validated request. Read it through the accessors and hand the parts to an HTTP client, or
/// render it with to_http_message. Built only by to_http_request (with a token, or signed with an AK/SK).
///
/// Moved from, an http_request is the empty request (not a request to send): method(), target(), body()
/// and host() are empty strings, headers() is empty, and to_http_message and debug_string render it as
/// "  HTTP/1.1\r\n\r\n" (an empty method and target).
/// Every member stays defined on it; assign it a new request to use it again. The move operations empty
/// the source on purpose: the standard leaves a moved-from std::string "valid but unspecified", and
/// host() needs to know that there is no Host header.
class http_request {
 public:
  const std::string& method() const noexcept { return method_; }
  /// The request target (origin form), e.g. "/v2/manage/namespaces/my-org/repos".
  const std::string& target() const noexcept { return target_; }
  /// In wire order: Host, Content-Type, Content-Length, then the credentials in clear, for the client:
  /// X-Auth-Token, or X-Sdk-Date, X-Security-Token (with temporary credentials) and Authorization.
  /// Empty only in the empty (moved-from) request.
  const std::vector<http_header>& headers() const noexcept { return headers_; }
  const std::string& body() const noexcept { return body_; }
  /// The value of the Host header; an empty string in the empty (moved-from) request.
  const std::string& host() const noexcept {
    // The empty request has no Host header; its method is an empty string too, which serves (a static empty
    // string would add an exit-time destructor to every program that includes swrkit).
    return headers_.empty() ? method_ : headers_.front().value;
  }

  http_request(const http_request&) = default;
  http_request& operator=(const http_request&) = default;
  /// Leaves `other` the empty request.
  http_request(http_request&& other) noexcept
      : method_(std::move(other.method_)),
        target_(std::move(other.target_)),
        headers_(std::move(other.headers_)),
        body_(std::move(other.body_)) {
    other.clear();
  }
  /// Leaves `other` the empty request (unless it is this one: a self-move changes nothing).
  http_request& operator=(http_request&& other) noexcept {
    if (this != &other) {
      method_ = std::move(other.method_);
      target_ = std::move(other.target_);
      headers_ = std::move(other.headers_);
      body_ = std::move(other.body_);
      other.clear();
    }
    return *this;
  }
  ~http_request() = default;

 private:
  friend struct detail::http_request_access;
  http_request() = default;

  // Makes this the empty request.
  void clear() noexcept {
    method_.clear();
    target_.clear();
    headers_.clear();
    body_.clear();
  }

  std::string method_;
  std::string target_;
  std::vector<http_header> headers_;
  std::string body_;
};

namespace detail {
// The one way to make an http_request: from parts that a to_http_request has checked.
struct http_request_access {
  static http_request make(std::string_view method, std::string target, std::string body,
                           std::vector<http_header> headers) {
    http_request http;
    http.method_ = std::string(method);
    http.target_ = std::move(target);
    http.body_ = std::move(body);
    http.headers_ = std::move(headers);
    return http;
  }
};
}  // namespace detail

// ---- Every operation's request, from its description (operation.hpp) ----

namespace detail {
inline constexpr documented_status create_repo_errors[] = {
    {400, "bad request: an invalid name, body or category"},
    {401, "authentication failed"},
    {404, "the organization does not exist"},
    {409, "the repository exists"},
    {413, "the body or the description is too long"},
    {500, "internal error"},
};
}  // namespace detail

/// CreateRepo, described like every other operation (management.hpp); its model stays in model.hpp, which does
/// not need this machinery.
template <>
struct operation_traits<create_repo_request> : std::true_type {
  static constexpr operation_info info() noexcept {
    return {"CreateRepo",
            http_method::post,
            "/v2/manage/namespaces/{namespace}/repos",
            201,
            detail::create_repo_errors,
            sizeof detail::create_repo_errors / sizeof detail::create_repo_errors[0]};
  }
  using response = no_content;
  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(parameter{parameter_place::path, "namespace", field::namespace_name, parameter_check::namespace_name},
          self.namespace_name);
  }
};

namespace detail {
// A parameter's value as text on the wire, or nullopt when an optional one is absent.
template <class T>
std::optional<std::string> parameter_text(const T& value) {
  if constexpr (is_optional<T>::value) {
    if (!value) return std::nullopt;
    return parameter_text(*value);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return value;
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return std::to_string(value);
  } else if constexpr (std::is_same_v<T, bool>) {
    return std::string(value ? "true" : "false");
  } else {
    static_assert(json_enum<T>::value, "a parameter has a type it cannot write");
    return std::string(json_enum<T>::name(value));
  }
}

template <class T>
error parameter_problem_of(const parameter& p, const T& value) {
  if constexpr (is_optional<T>::value) {
    return value ? parameter_problem_of(p, *value) : error{};
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::int64_t>) {
    return parameter_problem(p, value);
  } else {
    return {};  // bool and enums: every value is one of theirs
  }
}

template <class Request, class = void>
struct has_body : std::false_type {};
template <class Request>
struct has_body<Request, std::void_t<decltype(std::declval<const Request&>().body)>> : std::true_type {};

template <class Request, class = void>
struct has_filter_form : std::false_type {};
template <class Request>
struct has_filter_form<Request, std::void_t<decltype(Request::uses_filter(std::declval<const Request&>()))>>
    : std::true_type {};

// Whether the request's query goes as SWR's filter form, `filter=name::value|name::value`.
template <class Request>
bool in_filter_form(const Request& request) {
  if constexpr (has_filter_form<Request>::value) {
    return Request::uses_filter(request);
  } else {
    return false;
  }
}

// The JSON of a request's body: create-repository's own writer (its fast paths, its exact bytes), else the body
// type's member table (json_struct.hpp).
template <class Body>
std::string body_json_of(const Body& body) {
  if constexpr (std::is_same_v<Body, create_repo_body>) {
    return body_json(body);
  } else {
    return write_json_object(body);
  }
}

// Gathers the problems of a request's body (create-repository's with its own checks).
template <class Body>
void body_problems(const Body& body, problem_list& problems) {
  if constexpr (std::is_same_v<Body, create_repo_body>) {
    for_each_problem(create_repo_body_view(body), problems);
  } else {
    Body::add_problems(body, problems);
  }
}

// Puts one parameter's wire text (nullopt: an optional one that is absent) into the decoded path, the query or the
// filter form. Not a template, as the branches of the generic code below are: each is compiled once.
inline void put_parameter(signing_input& in, std::string& filter, bool as_filter, const parameter& p,
                          std::optional<std::string> text) {
  if (!text) return;
  if (p.place == parameter_place::path) {
    std::string placeholder = "{";
    placeholder.append(p.name).append("}");
    if (p.check == parameter_check::repository) *text = escape_repository(*text);
    in.path.replace(in.path.find(placeholder), placeholder.size(), *text);
  } else if (as_filter) {
    if (!filter.empty()) filter += '|';
    filter.append(p.name).append("::").append(*text);
  } else {
    in.query.push_back({std::string(p.name), std::move(*text)});
  }
}

// Gathers every problem of a request, in the order of its parameters, then its body. The loops over them are
// problem_list's, compiled once rather than once per operation and report type.
template <class Request>
void request_problems(const Request& request, problem_list& problems) {
  operation_traits<Request>::parameters(
      request, [&problems](const parameter& p, const auto& value) { problems.add(parameter_problem_of(p, value)); });
  if constexpr (has_body<Request>::value) body_problems(request.body, problems);
}

// The decoded path and query of a valid request: what the request target escapes and the signature covers.
template <class Request>
signing_input signing_input_of(const Request& request) {
  signing_input in;
  in.method = std::string(to_string(operation_traits<Request>::info().method));
  in.path = std::string(operation_traits<Request>::info().path);
  std::string filter;
  const bool as_filter = in_filter_form(request);
  operation_traits<Request>::parameters(request, [&](const parameter& p, const auto& value) {
    put_parameter(in, filter, as_filter, p, parameter_text(value));
  });
  if (!filter.empty()) in.query.push_back({"filter", std::move(filter)});
  return in;
}

// Reports every problem gathered (in order) until `report` returns false; false when it stopped.
template <class Report>
bool report_problems(const problem_list& problems, Report& report) {
  return problems.report_each(problem_sink(report));
}

template <class Request, class Credentials>
struct request_inputs {
  const Request& request;
  std::string_view host;
  const Credentials& credentials;
};

// The problem of the credentials a request is sent with: an IAM token, or an access key to sign with.
constexpr error credentials_problem(std::string_view token) noexcept { return check_token(token); }
inline error credentials_problem(const access_key& key) noexcept { return check_access_key(key); }

// Host, and Content-Type and Content-Length for a request with a body.
inline std::vector<http_header> base_headers(std::string_view host, const std::string& body, bool has_body) {
  std::vector<http_header> headers;
  headers.reserve(6);
  headers.push_back({"Host", std::string(host)});
  if (has_body) {
    headers.push_back({"Content-Type", std::string(json_content_type)});
    headers.push_back({"Content-Length", std::to_string(body.size())});
  }
  return headers;
}

template <class Request>
std::string body_of(const Request& request) {
  if constexpr (has_body<Request>::value) {
    return body_json_of(request.body);
  } else {
    return {};
  }
}
}  // namespace detail

/// Every problem of an operation's request, in the order of its parameters, then its body: `report(error)` gets
/// each one and returns false to stop. True when it went through all.
template <class Request, class Report, class = std::enable_if_t<operation_traits<Request>::value>>
bool for_each_problem(const Request& request, Report&& report) {
  detail::problem_list problems;
  detail::request_problems(request, problems);
  return detail::report_problems(problems, report);
}

namespace detail {
template <class Request, class Credentials, class Report>
bool for_each_problem(const request_inputs<Request, Credentials>& inputs, Report&& report) {
  problem_list problems;
  request_problems(inputs.request, problems);
  problems.add(check_host(inputs.host));
  problems.add(credentials_problem(inputs.credentials));
  return report_problems(problems, report);
}
}  // namespace detail

/// The request target of an operation's valid request (validate it first): the path template with each path
/// parameter put in, a repository in wire form (`/` as `$`, sent as is) and anything else percent-encoded where
/// RFC 3986 needs it; then the query parameters that are set, in their order (or SWR's filter form where the
/// operation needs it: `filter=name::value|…`), percent-encoded.
template <class Request, class = std::enable_if_t<operation_traits<Request>::value>>
[[nodiscard]] std::string request_target(const Request& request) {
  const signing_input in = detail::signing_input_of(request);
  std::string target;
  for (std::size_t start = 0; start < in.path.size();) {  // each segment escaped, '$' kept (RFC 3986 allows it)
    const std::size_t slash = in.path.find('/', start + 1);
    const std::string_view segment = std::string_view(in.path).substr(start + 1, slash - start - 1);
    target += '/';
    detail::put_uri_escaped(segment, detail::appender(target), '$');
    start = slash == std::string::npos ? in.path.size() : slash;
  }
  for (std::size_t i = 0; i < in.query.size(); ++i) {
    target += i == 0 ? '?' : '&';
    detail::put_uri_escaped(in.query[i].name, detail::appender(target));
    target += '=';
    detail::put_uri_escaped(in.query[i].value, detail::appender(target));
  }
  return target;
}

/// Every problem of an operation's request with the host and the IAM token it would be sent with.
template <class Request, class = std::enable_if_t<operation_traits<Request>::value>>
[[nodiscard]] std::vector<error> validate(const Request& request, std::string_view host, std::string_view token) {
  return detail::all_problems_of(detail::request_inputs<Request, std::string_view>{request, host, token});
}

/// Every problem of an operation's request with the host and the access key it would be signed with.
template <class Request, class = std::enable_if_t<operation_traits<Request>::value>>
[[nodiscard]] std::vector<error> validate(const Request& request, std::string_view host, const access_key& key) {
  return detail::all_problems_of(detail::request_inputs<Request, access_key>{request, host, key});
}

/// Builds an operation's request with an IAM token: its method and target, Host, Content-Type and Content-Length
/// when it has a body, X-Auth-Token, and the exact JSON body. Or the first problem of the request (its
/// parameters, then its body), the host (see check_host) or the token (see check_token).
template <class Request, class = std::enable_if_t<operation_traits<Request>::value>>
[[nodiscard]] result<http_request, error> to_http_request(const Request& request, std::string_view host,
                                                          std::string_view token) {
  const error first = detail::first_problem_of(detail::request_inputs<Request, std::string_view>{request, host, token});
  if (!first.ok()) return unexpected(first);
  std::string body = detail::body_of(request);  // validated above, not again
  std::vector<http_header> headers = detail::base_headers(host, body, detail::has_body<Request>::value);
  headers.push_back({"X-Auth-Token", std::string(token)});
  return detail::http_request_access::make(to_string(operation_traits<Request>::info().method), request_target(request),
                                           std::move(body), std::move(headers));
}

namespace detail {
template <class Request>
result<http_request, error> signed_http_request(const Request& request, std::string_view host, const access_key& key,
                                                std::string_view date) {
  const error first = first_problem_of(request_inputs<Request, access_key>{request, host, key});
  if (!first.ok()) return unexpected(first);
  std::string body = body_of(request);  // validated above, not again
  constexpr bool with_body = has_body<Request>::value;
  const signing_input in = signing_input_of(request);
  // Content-Type (with a body) and Host are signed with X-Sdk-Date (and X-Security-Token), in the canonical
  // (sorted) order; Content-Length is not signed.
  request_parts parts{in.method, in.path, {}, {}, body};
  parts.query.reserve(in.query.size());
  for (const query_parameter& q : in.query) parts.query.emplace_back(q.name, q.value);
  parts.headers.reserve(4);
  if (with_body) parts.headers.push_back({"content-type", json_content_type});
  parts.headers.push_back({"host", host});
  parts.headers.push_back({"x-sdk-date", date});
  if (!key.security_token.empty()) parts.headers.push_back({"x-security-token", key.security_token});
  const sha256_hex signature = signature_of(key.secret, date, canonical_request_hash(parts));
  std::vector<http_header> headers = base_headers(host, body, with_body);
  add_signature_headers(headers, key, date, signed_headers_of(parts), signature.view());
  return http_request_access::make(to_string(operation_traits<Request>::info().method), request_target(request),
                                   std::move(body), std::move(headers));
}
}  // namespace detail

/// Builds an operation's request signed with SDK-HMAC-SHA256 (docs/signing.md) at `time`, a
/// `std::chrono::system_clock` time point (the library never reads the clock): Host, Content-Type and
/// Content-Length when it has a body, X-Sdk-Date, X-Security-Token (with temporary credentials) and
/// Authorization, which signs content-type (with a body), host and x-sdk-date (and x-security-token). No
/// X-Auth-Token. Or the first problem of the request, the host or the key (see check_access_key), or
/// `invalid_date` for a time outside the years 0000-9999.
template <class Request, class TimePoint, class = std::enable_if_t<operation_traits<Request>::value>,
          class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] result<http_request, error> to_http_request(const Request& request, std::string_view host,
                                                          const access_key& key, const TimePoint& time) {
  const result<sdk_date, error> date = to_sdk_date(time);
  if (!date) return unexpected(date.error());
  return detail::signed_http_request(request, host, key, date->view());
}

// Create-repository's own overloads: the same functions, for a request written in braces as well.

/// Every problem of a create-repository request together with the host and token it would be sent with.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request, std::string_view host,
                                                 std::string_view token) {
  return validate<create_repo_request>(request, host, token);
}
/// Every problem of a create-repository request together with the host and the access key it would be signed with.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request, std::string_view host,
                                                 const access_key& key) {
  return validate<create_repo_request>(request, host, key);
}
/// Builds POST /v2/manage/namespaces/{namespace}/repos with its headers and JSON body, or returns the first
/// problem of the request, the host (see check_host) or the token (see check_token).
[[nodiscard]] inline result<http_request, error> to_http_request(const create_repo_request& request,
                                                                 std::string_view host, std::string_view token) {
  return to_http_request<create_repo_request>(request, host, token);
}
/// Builds the create-repository request signed with SDK-HMAC-SHA256 at `time` (see the template above): it signs
/// content-type;host;x-sdk-date (and x-security-token).
template <class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] result<http_request, error> to_http_request(const create_repo_request& request, std::string_view host,
                                                          const access_key& key, const TimePoint& time) {
  return to_http_request<create_repo_request, TimePoint>(request, host, key, time);
}

namespace detail {
inline std::string render_http_message(const http_request& request, bool redact) {
  std::size_t size = request.method().size() + request.target().size() + 14 + request.body().size();
  for (const http_header& h : request.headers()) size += h.name.size() + h.value.size() + 4;
  std::string message;
  message.reserve(size);
  message.append(request.method()).append(" ").append(request.target()).append(" HTTP/1.1\r\n");
  for (const http_header& h : request.headers()) {
    message.append(h.name).append(": ");
    if (redact) {
      message.append(redacted_value(h.name, h.value));
    } else {
      message.append(h.value);
    }
    message.append("\r\n");
  }
  message.append("\r\n").append(request.body());
  return message;
}
}  // namespace detail

/// The request as one complete HTTP/1.1 message, exactly as it goes on the wire (CRLF line ends, the
/// token in clear). For logs, use debug_string.
[[nodiscard]] inline std::string to_http_message(const http_request& request) {
  return detail::render_http_message(request, false);
}

/// The same message with every sensitive header's value replaced by "<redacted>" (and, in an AK/SK
/// Authorization, only the signature): safe to log.
[[nodiscard]] inline std::string debug_string(const http_request& request) {
  return detail::render_http_message(request, true);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_HTTP_HPP

// ---- swr/regions.hpp ----
// swrkit — the API host of a region (the table is in swr/region_table.hpp).
#ifndef SWR_REGIONS_HPP
#define SWR_REGIONS_HPP

#include <cstddef>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The API host of a region id (exact, case-sensitive), or `unknown_region` (field region), whose message
/// names the known ids. Callers with a private or new endpoint pass the host themselves.
[[nodiscard]] constexpr result<std::string_view, error> region_host(std::string_view id) noexcept {
  for (const region& r : regions) {
    if (r.id == id) return r.host;
  }
  return unexpected(error{error_code::unknown_region, field::region, 0});
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_REGIONS_HPP

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// The raw values of a create-repository form (see the header comment for each). Views: the form does not
/// own the text.
struct create_repo_form {
  std::string_view namespace_name;
  std::string_view repository;
  bool is_public = false;
  std::string_view category;
  std::string_view description;
  std::string_view region;
  std::string_view host;
  std::string_view token;
};

/// The host the form sends to: its region's host, or else its host; or the problem with the one it names.
[[nodiscard]] constexpr result<std::string_view, error> form_host(const create_repo_form& form) noexcept {
  if (!form.region.empty()) return region_host(form.region);
  const error problem = check_host(form.host);
  if (!problem.ok()) return unexpected(problem);
  return form.host;
}

namespace detail {
// The form as a source of problems for first_problem_of and all_problems_of (found by ADL in detail).
struct form_inputs {
  const create_repo_form& form;
  const access_key* key = nullptr;  // signing with it: its problem takes the token's place
};

// Calls `report(error)` for each problem of the form, in field order; stops early when it returns false.
template <class Report>
constexpr bool for_each_problem(const form_inputs& inputs, Report&& report) {
  const create_repo_form& form = inputs.form;
  const error ns = from_name_check(check_namespace(form.namespace_name), field::namespace_name);
  if (!ns.ok() && !report(ns)) return false;
  const error repository = from_name_check(check_repository(form.repository), field::repository);
  if (!repository.ok() && !report(repository)) return false;
  if (!form.category.empty() && !parse_category(form.category)) {
    if (!report(error{error_code::unknown_category, field::category, 0, no_offset})) return false;
  }
  const error description = check_description(form.description);
  if (!description.ok() && !report(description)) return false;
  const result<std::string_view, error> host = form_host(form);
  if (!host && !report(host.error())) return false;
  const error credentials = inputs.key != nullptr ? credentials_problem(*inputs.key) : credentials_problem(form.token);
  return credentials.ok() || report(credentials);
}

// The request the form stands for (an unknown category reads as none: validate the form first).
inline create_repo_request request_of(const create_repo_form& form) {
  create_repo_request request;
  request.namespace_name = std::string(form.namespace_name);
  request.body.repository = std::string(form.repository);
  request.body.is_public = form.is_public;
  if (!form.category.empty()) request.body.category = parse_category(form.category);
  if (!form.description.empty()) request.body.description = std::string(form.description);
  return request;
}
}  // namespace detail

/// Every problem of the form, in the order of its fields (namespace, repository, category, description,
/// region or host, token), each with its field, code and position; `message(e)` says it in a sentence. Empty: the
/// form is valid, and to_http_request(form) succeeds.
[[nodiscard]] inline std::vector<error> validate(const create_repo_form& form) {
  return detail::all_problems_of(detail::form_inputs{form});
}

/// The form's first problem (in field order), or an error that is ok().
[[nodiscard]] constexpr error first_problem(const create_repo_form& form) {
  return detail::first_problem_of(detail::form_inputs{form});
}

/// The HTTP request the form stands for, or its first problem.
[[nodiscard]] inline result<http_request, error> to_http_request(const create_repo_form& form) {
  const error problem = first_problem(form);
  if (!problem.ok()) return unexpected(problem);
  return to_http_request(detail::request_of(form), *form_host(form), form.token);
}

/// Every problem of the form sent signed with `key`: the same fields, and the key's problem (see
/// check_access_key) in place of the token's.
[[nodiscard]] inline std::vector<error> validate(const create_repo_form& form, const access_key& key) {
  return detail::all_problems_of(detail::form_inputs{form, &key});
}

/// The HTTP request the form stands for, signed with `key` at `time` (a std::chrono::system_clock time
/// point; see the signed to_http_request in http.hpp), or its first problem.
template <class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] result<http_request, error> to_http_request(const create_repo_form& form, const access_key& key,
                                                          const TimePoint& time) {
  const error problem = detail::first_problem_of(detail::form_inputs{form, &key});
  if (!problem.ok()) return unexpected(problem);
  return to_http_request(detail::request_of(form), *form_host(form), key, time);
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_FORM_HPP

// ---- swr/json_reader.hpp ----
// swrkit — strict RFC 8259 JSON, as the parsers of request bodies and error responses read it, and
// check_json for any document. Strict means: one value and nothing but whitespace around it; no BOM,
// comments, trailing commas, single quotes, NaN, leading zeros or '+'; strings must be well-formed UTF-8
// with no raw control characters and no \u escape of a lone surrogate. Nesting deeper than json_max_depth
// is refused (error kind `limit`), but only after the whole document has been found to be JSON, so that the
// kinds `syntax` ("not JSON") and `limit`/`schema` ("JSON, but not what we take") never mix.
// The reader is in parts under swr/detail/: json_lexer.hpp (tokens), json_object_reader.hpp (containers,
// depth, the declarative member rules) and json_diagnostics.hpp (which problem is reported).
#ifndef SWR_JSON_READER_HPP
#define SWR_JSON_READER_HPP

#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

/// Checks that `document` is one JSON value (RFC 8259, strict as above) nested at most json_max_depth
/// deep. Returns `none`, or the first syntax error, or `nesting_too_deep`, with the byte offset.
[[nodiscard]] inline error check_json(std::string_view document) {
  detail::json_reader reader(document);
  if (reader.skip_value()) reader.finish();
  return reader.outcome();
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_JSON_READER_HPP

// ---- swr/management.hpp ----
// swrkit — the SWR v2 management API: organizations, repositories, tags and sharing (docs/api.md, "The
// management API"). Each operation is a request type that describes itself (operation.hpp says how); the
// requests, responses and their JSON are described here once, and operation.hpp's functions build, sign and
// read all of them. Create-repository is `create_repo_request` (model.hpp), on the same machinery.
#ifndef SWR_MANAGEMENT_HPP
#define SWR_MANAGEMENT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

// ---- Enums as SWR spells them ----

/// The order of a list.
enum class order_type : unsigned char { asc, desc };
/// What ListReposDetails orders by: `updated_at` as a plain parameter; the others exist only in its filter form.
enum class repository_order : unsigned char { updated_at, name, updated_time, tag_count };
/// What ListRepositoryTags orders by.
enum class tag_order : unsigned char { updated_at, tag };
/// ListNamespaces' mode: `visible` lists every organization the account can see, not only those it has rights on.
enum class namespace_mode : unsigned char { visible };
/// The right a share grants: SWR documents `read` only.
enum class share_permit : unsigned char { read };

[[nodiscard]] constexpr std::string_view to_string(order_type v) noexcept {
  return v == order_type::asc ? "asc" : v == order_type::desc ? "desc" : "";
}
[[nodiscard]] constexpr std::string_view to_string(repository_order v) noexcept {
  switch (v) {
    case repository_order::updated_at: return "updated_at";
    case repository_order::name: return "name";
    case repository_order::updated_time: return "updated_time";
    case repository_order::tag_count: return "tag_count";
  }
  return "";
}
[[nodiscard]] constexpr std::string_view to_string(tag_order v) noexcept {
  return v == tag_order::updated_at ? "updated_at" : v == tag_order::tag ? "tag" : "";
}
[[nodiscard]] constexpr std::string_view to_string(namespace_mode v) noexcept {
  return v == namespace_mode::visible ? "visible" : "";
}
[[nodiscard]] constexpr std::string_view to_string(share_permit v) noexcept {
  return v == share_permit::read ? "read" : "";
}

namespace detail {
// How the JSON tables and the parameters write and read these enums (json_struct.hpp): their wire strings.
template <class E, std::size_t N>
struct wire_enum : std::true_type {
  static constexpr std::string_view name(E value) noexcept { return to_string(value); }
  static bool parse(std::string_view text, E& out) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
      if (to_string(static_cast<E>(i)) == text) {
        out = static_cast<E>(i);
        return true;
      }
    }
    return false;
  }
};
template <>
struct json_enum<order_type> : wire_enum<order_type, 2> {};
template <>
struct json_enum<repository_order> : wire_enum<repository_order, 4> {};
template <>
struct json_enum<tag_order> : wire_enum<tag_order, 2> {};
template <>
struct json_enum<namespace_mode> : wire_enum<namespace_mode, 1> {};
template <>
struct json_enum<share_permit> : wire_enum<share_permit, 1> {};
template <>
struct json_enum<category> : std::true_type {  // written "arm", read "arm" or "arms"
  static constexpr std::string_view name(category value) noexcept { return to_string(value); }
  static bool parse(std::string_view text, category& out) noexcept {
    const std::optional<category> c = parse_category(text);
    if (c) out = *c;
    return c.has_value();
  }
};
}  // namespace detail

// ---- Responses ----

/// An organization (ListNamespaces, ShowNamespace). `auth` is the caller's right: 7 manage, 3 edit, 1 read.
struct namespace_info {
  std::int64_t id = 0;
  std::string name;
  std::string creator_name;
  std::int64_t auth = 0;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("id", self.id);
    visit("name", self.name);
    visit("creator_name", self.creator_name);
    visit("auth", self.auth);
  }
};

/// ListNamespaces' answer: `{"namespaces":[…]}`.
struct namespace_list {
  std::vector<namespace_info> namespaces;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("namespaces", self.namespaces);
  }
};

/// A repository as ShowRepository describes it. `name` is the logical name (`/`, not `$`); `category` as SWR
/// spells it (swr::parse_category reads it); times as SWR writes them.
struct repository_info {
  std::int64_t id = 0;
  std::int64_t ns_id = 0;
  std::string name;
  std::string category;
  std::string description;
  std::string creator_id;
  std::string creator_name;
  std::int64_t size = 0;
  bool is_public = false;
  std::int64_t num_images = 0;
  std::int64_t num_download = 0;
  std::string url;
  std::string path;
  std::string internal_path;
  std::string created;
  std::string updated;
  std::string domain_id;
  std::int64_t priority = 0;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("id", self.id);
    visit("ns_id", self.ns_id);
    visit("name", self.name);
    visit("category", self.category);
    visit("description", self.description);
    visit("creator_id", self.creator_id);
    visit("creator_name", self.creator_name);
    visit("size", self.size);
    visit("is_public", self.is_public);
    visit("num_images", self.num_images);
    visit("num_download", self.num_download);
    visit("url", self.url);
    visit("path", self.path);
    visit("internal_path", self.internal_path);
    visit("created", self.created);
    visit("updated", self.updated);
    visit("domain_id", self.domain_id);
    visit("priority", self.priority);
  }
};

/// A repository as ListReposDetails lists it.
struct repository_summary {
  std::string name;
  std::string category;
  std::string description;
  std::int64_t size = 0;
  bool is_public = false;
  std::int64_t num_images = 0;
  std::int64_t num_download = 0;
  std::string created_at;
  std::string updated_at;
  std::string logo;
  std::string url;
  std::string path;
  std::string internal_path;
  std::string domain_name;
  std::string namespace_name;  ///< "namespace"
  std::vector<std::string> tags;
  bool status = false;
  std::int64_t total_range = 0;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("name", self.name);
    visit("category", self.category);
    visit("description", self.description);
    visit("size", self.size);
    visit("is_public", self.is_public);
    visit("num_images", self.num_images);
    visit("num_download", self.num_download);
    visit("created_at", self.created_at);
    visit("updated_at", self.updated_at);
    visit("logo", self.logo);
    visit("url", self.url);
    visit("path", self.path);
    visit("internal_path", self.internal_path);
    visit("domain_name", self.domain_name);
    visit("namespace", self.namespace_name);
    visit("tags", self.tags);
    visit("status", self.status);
    visit("total_range", self.total_range);
  }
};

/// An image tag. ListRepositoryTags spells the tag's member `Tag`, ShowRepoTag `tag`: two tables, one type.
struct image_tag {
  std::int64_t id = 0;
  std::int64_t repo_id = 0;
  std::string tag;
  std::string image_id;
  std::string manifest;
  std::string digest;
  std::int64_t schema = 0;
  std::string path;
  std::string internal_path;
  std::int64_t size = 0;
  bool is_trusted = false;
  std::string created;
  std::string updated;
  std::optional<std::string> deleted;  ///< null for a tag that exists
  std::string domain_id;
  bool scanned = false;
  std::int64_t tag_type = 0;  ///< 0 a manifest, 1 a manifest list

  template <class Self, class Visit>
  static void members(Self& self, Visit&& visit, std::string_view tag_member) {
    visit("id", self.id);
    visit("repo_id", self.repo_id);
    visit(tag_member, self.tag);
    visit("image_id", self.image_id);
    visit("manifest", self.manifest);
    visit("digest", self.digest);
    visit("schema", self.schema);
    visit("path", self.path);
    visit("internal_path", self.internal_path);
    visit("size", self.size);
    visit("is_trusted", self.is_trusted);
    visit("created", self.created);
    visit("updated", self.updated);
    visit("deleted", self.deleted);
    visit("domain_id", self.domain_id);
    visit("scanned", self.scanned);
    visit("tag_type", self.tag_type);
  }
};
/// A tag as ListRepositoryTags lists it (`"Tag"`).
struct listed_tag : image_tag {
  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    members(self, visit, "Tag");
  }
};
/// A tag as ShowRepoTag shows it (`"tag"`).
struct shown_tag : image_tag {
  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    members(self, visit, "tag");
  }
};

/// A share of a repository with another account (ListRepoDomains, ShowAccessDomain).
struct repository_share {
  std::string namespace_name;  ///< "namespace"
  std::string repository;
  std::string access_domain;
  std::string permit;
  std::string deadline;
  std::string description;
  std::string creator_id;
  std::string creator_name;
  std::string created;
  std::string updated;
  bool status = false;  ///< true while valid, false once expired

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("namespace", self.namespace_name);
    visit("repository", self.repository);
    visit("access_domain", self.access_domain);
    visit("permit", self.permit);
    visit("deadline", self.deadline);
    visit("description", self.description);
    visit("creator_id", self.creator_id);
    visit("creator_name", self.creator_name);
    visit("created", self.created);
    visit("updated", self.updated);
    visit("status", self.status);
  }
};
/// ShowAccessDomain's answer: whether the share exists, and it.
struct repository_share_details : repository_share {
  bool exist = false;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("exist", self.exist);
    repository_share::json_members(self, visit);
  }
};

// ---- Bodies ----

namespace detail {
inline constexpr std::size_t share_description_max_code_points = 30000;

// `forever`, or a UTC time as SWR's pages write it: YYYY-MM-DDTHH:MM:SS, optionally .sss, then Z.
constexpr error check_deadline(std::string_view text) noexcept {
  const auto bad = [](std::size_t at) { return error{error_code::invalid_time, field::deadline, at}; };
  if (text == std::string_view("forever")) return {};
  constexpr std::string_view shape = "dddd-dd-ddTdd:dd:dd";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i >= text.size()) return bad(i);
    const bool ok = shape[i] == 'd' ? text[i] >= '0' && text[i] <= '9' : text[i] == shape[i];
    if (!ok) return bad(i);
  }
  std::size_t i = shape.size();
  if (i < text.size() && text[i] == '.') {
    const std::size_t digits = ++i;
    while (i < text.size() && i - digits < 9 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == digits) return bad(i);
  }
  if (i >= text.size() || text[i] != 'Z') return bad(i);
  if (i + 1 != text.size()) return bad(i + 1);
  // The date itself, through the X-Sdk-Date reader (the same calendar): YYYYMMDDTHHMMSSZ.
  const char compact[] = {text[0], text[1],  text[2],  text[3],  text[5],  text[6],  text[8],  text[9],
                          'T',     text[11], text[12], text[14], text[15], text[17], text[18], 'Z'};
  const result<std::int64_t, error> parsed = parse_sdk_date(std::string_view(compact, sizeof compact));
  if (parsed) return {};
  constexpr std::size_t place[] = {0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 14, 15, 17, 18, 19};
  return bad(place[parsed.error().position]);
}

constexpr error share_description_problem(const std::optional<std::string>& description) noexcept {
  if (!description) return {};
  const std::size_t bad = find_invalid_utf8(*description);
  if (bad != description->size()) return {error_code::invalid_utf8, field::description, bad};
  if (count_code_points(*description) > share_description_max_code_points) {
    return {error_code::too_long, field::description, description->size()};
  }
  return {};
}

inline error tag_problem(std::string_view tag, swr::field f) noexcept {
  const name_check c = check_tag(tag);
  return {static_cast<error_code>(c.error), f, c.position};
}
}  // namespace detail

/// CreateNamespace's body: `{"namespace":"my-org"}`.
struct create_namespace_body {
  std::string namespace_name;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("namespace", self.namespace_name);
  }
  static void add_problems(const create_namespace_body& body, detail::problem_list& problems) {
    const name_check c = check_namespace(body.namespace_name);
    problems.add(error{static_cast<error_code>(c.error), field::namespace_name, c.position});
  }
};

/// UpdateRepo's body: is_public is required; category and description change only when given.
struct update_repo_body {
  bool is_public = false;
  std::optional<swr::category> category;
  std::optional<std::string> description;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("is_public", self.is_public);
    visit("category", self.category);
    visit("description", self.description);
  }
  static void add_problems(const update_repo_body& body, detail::problem_list& problems) {
    if (body.description) problems.add(check_description(*body.description));
  }
};

/// CreateRepoTag's body: the tag `destination_tag` made for the image of `source_tag`.
struct create_repo_tag_body {
  std::string source_tag;
  std::string destination_tag;
  std::optional<bool> override_existing;  ///< "override": replace an existing destination tag

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("source_tag", self.source_tag);
    visit("destination_tag", self.destination_tag);
    visit("override", self.override_existing);
  }
  static void add_problems(const create_repo_tag_body& body, detail::problem_list& problems) {
    problems.add(detail::tag_problem(body.source_tag, field::source_tag));
    problems.add(detail::tag_problem(body.destination_tag, field::destination_tag));
  }
};

/// CreateRepoDomains' body: share with the account `access_domain`, `read`, until `deadline` (`forever` or a UTC
/// time, e.g. 2030-10-01T16:00:00.000Z).
struct create_share_body {
  std::string access_domain;
  share_permit permit = share_permit::read;
  std::string deadline = "forever";
  std::optional<std::string> description;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("access_domain", self.access_domain);
    visit("permit", self.permit);
    visit("deadline", self.deadline);
    visit("description", self.description);
  }
  static void add_problems(const create_share_body& body, detail::problem_list& problems) {
    const parameter account{parameter_place::path, "access_domain", field::access_domain, parameter_check::account};
    problems.add(detail::parameter_problem(account, body.access_domain));
    problems.add(detail::check_deadline(body.deadline));
    problems.add(detail::share_description_problem(body.description));
  }
};

/// UpdateRepoDomains' body.
struct update_share_body {
  share_permit permit = share_permit::read;
  std::string deadline = "forever";
  std::optional<std::string> description;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("permit", self.permit);
    visit("deadline", self.deadline);
    visit("description", self.description);
  }
  static void add_problems(const update_share_body& body, detail::problem_list& problems) {
    problems.add(detail::check_deadline(body.deadline));
    problems.add(detail::share_description_problem(body.description));
  }
};

// ---- The operations ----

namespace detail {
inline constexpr parameter namespace_path{parameter_place::path, "namespace", field::namespace_name,
                                          parameter_check::namespace_name};
inline constexpr parameter repository_path{parameter_place::path, "repository", field::repository,
                                           parameter_check::repository};
inline constexpr parameter tag_path{parameter_place::path, "tag", field::tag, parameter_check::tag};
inline constexpr parameter access_domain_path{parameter_place::path, "access_domain", field::access_domain,
                                              parameter_check::account};
inline constexpr parameter limit_query{parameter_place::query, "limit", field::limit, parameter_check::limit};
inline constexpr parameter offset_query{parameter_place::query, "offset", field::offset, parameter_check::offset};
inline constexpr parameter order_column_query{parameter_place::query, "order_column", field::order_column,
                                              parameter_check::choice};
inline constexpr parameter order_type_query{parameter_place::query, "order_type", field::order_type,
                                            parameter_check::choice};

// What each documented error status means, per group of operations (docs/api.md has the same table).
inline constexpr documented_status namespace_errors[] = {
    {400, "bad request: an invalid organization name, or the account's organization quota is used up"},
    {401, "authentication failed"},
    {404, "the organization does not exist"},
    {409, "the organization exists (names are unique in a region, across accounts)"},
    {500, "internal error"},
};
inline constexpr documented_status delete_namespace_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization does not exist"},
    {406, "the organization still holds repositories: delete them first"},
    {500, "internal error"},
};
inline constexpr documented_status repository_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization or the repository does not exist"},
    {500, "internal error"},
};
inline constexpr documented_status tag_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization, the repository or the tag does not exist"},
    {409, "the destination tag exists (send override to replace it)"},
    {500, "internal error"},
};
inline constexpr documented_status share_errors[] = {
    {400, "bad request"},
    {401, "authentication failed"},
    {404, "the organization, the repository or the share does not exist"},
    {409, "the repository is already shared with this account"},
    {500, "internal error"},
};

template <std::size_t N>
constexpr operation_info describe(std::string_view name, http_method method, std::string_view path, int success,
                                  const documented_status (&errors)[N]) noexcept {
  return {name, method, path, success, errors, N};
}
}  // namespace detail

// Organizations.

/// CreateNamespace: POST /v2/manage/namespaces.
struct create_namespace_request {
  static constexpr operation_info operation =
      detail::describe("CreateNamespace", http_method::post, "/v2/manage/namespaces", 201, detail::namespace_errors);
  using response = no_content;
  create_namespace_body body;

  template <class Self, class Visit>
  static void parameters(Self&, Visit&&) {}
};

/// ListNamespaces: GET /v2/manage/namespaces, optionally for one name or, with `mode` visible, every organization
/// the account can see (the filter form: `filter=namespace::…|mode::visible`).
struct list_namespaces_request {
  static constexpr operation_info operation =
      detail::describe("ListNamespaces", http_method::get, "/v2/manage/namespaces", 200, detail::namespace_errors);
  using response = namespace_list;
  std::optional<std::string> namespace_name;
  std::optional<namespace_mode> mode;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(parameter{parameter_place::query, "namespace", field::namespace_name, parameter_check::namespace_name},
          self.namespace_name);
    visit(parameter{parameter_place::query, "mode", field::mode, parameter_check::choice}, self.mode);
  }
  static bool uses_filter(const list_namespaces_request& self) noexcept { return self.mode.has_value(); }
};

/// ShowNamespace: GET /v2/manage/namespaces/{namespace}.
struct show_namespace_request {
  static constexpr operation_info operation = detail::describe(
      "ShowNamespace", http_method::get, "/v2/manage/namespaces/{namespace}", 200, detail::namespace_errors);
  using response = namespace_info;
  std::string namespace_name;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
  }
};

/// DeleteNamespaces: DELETE /v2/manage/namespaces/{namespace}; refused (406) while it holds repositories.
struct delete_namespace_request {
  static constexpr operation_info operation =
      detail::describe("DeleteNamespaces", http_method::delete_, "/v2/manage/namespaces/{namespace}", 204,
                       detail::delete_namespace_errors);
  using response = no_content;
  std::string namespace_name;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
  }
};

// Repositories. (CreateRepo is create_repo_request, model.hpp.)

/// UpdateRepo: PATCH /v2/manage/namespaces/{namespace}/repos/{repository}.
struct update_repo_request {
  static constexpr operation_info operation =
      detail::describe("UpdateRepo", http_method::patch, "/v2/manage/namespaces/{namespace}/repos/{repository}", 201,
                       detail::repository_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  update_repo_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ShowRepository: GET /v2/manage/namespaces/{namespace}/repos/{repository}.
struct show_repository_request {
  static constexpr operation_info operation =
      detail::describe("ShowRepository", http_method::get, "/v2/manage/namespaces/{namespace}/repos/{repository}", 200,
                       detail::repository_errors);
  using response = repository_info;
  std::string namespace_name;
  std::string repository;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// DeleteRepo: DELETE /v2/manage/namespaces/{namespace}/repos/{repository}.
struct delete_repo_request {
  static constexpr operation_info operation =
      detail::describe("DeleteRepo", http_method::delete_, "/v2/manage/namespaces/{namespace}/repos/{repository}", 204,
                       detail::repository_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ListReposDetails: GET /v2/manage/repos, a page of the repositories the account can see (a bare array, paged
/// with Content-Range). Ordering by name, updated_time or tag_count exists only in the filter form, which the
/// request then takes.
struct list_repos_request {
  static constexpr operation_info operation =
      detail::describe("ListReposDetails", http_method::get, "/v2/manage/repos", 200, detail::repository_errors);
  using response = list<repository_summary>;
  std::optional<std::string> namespace_name;
  std::optional<std::string> name;  ///< a part of the name (SWR matches it fuzzily)
  std::optional<swr::category> category;
  std::optional<std::int64_t> limit;  ///< 1-1000; SWR's default is 100
  std::optional<std::int64_t> offset;
  std::optional<repository_order> order_column;
  std::optional<order_type> order;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(parameter{parameter_place::query, "namespace", field::namespace_name, parameter_check::namespace_name},
          self.namespace_name);
    visit(parameter{parameter_place::query, "name", field::name, parameter_check::text}, self.name);
    visit(parameter{parameter_place::query, "category", field::category, parameter_check::choice}, self.category);
    visit(detail::limit_query, self.limit);
    visit(detail::offset_query, self.offset);
    visit(detail::order_column_query, self.order_column);
    visit(detail::order_type_query, self.order);
  }
  static bool uses_filter(const list_repos_request& self) noexcept {
    return self.order_column && *self.order_column != repository_order::updated_at;
  }
};

// Tags.

/// ListRepositoryTags: GET /v2/manage/namespaces/{namespace}/repos/{repository}/tags (a bare array, paged with
/// Content-Range).
struct list_tags_request {
  static constexpr operation_info operation =
      detail::describe("ListRepositoryTags", http_method::get,
                       "/v2/manage/namespaces/{namespace}/repos/{repository}/tags", 200, detail::tag_errors);
  using response = list<listed_tag>;
  std::string namespace_name;
  std::string repository;
  std::optional<std::int64_t> limit;
  std::optional<std::int64_t> offset;
  std::optional<tag_order> order_column;
  std::optional<order_type> order;
  std::optional<std::string> tag;  ///< only this tag

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::limit_query, self.limit);
    visit(detail::offset_query, self.offset);
    visit(detail::order_column_query, self.order_column);
    visit(detail::order_type_query, self.order);
    visit(parameter{parameter_place::query, "tag", field::tag, parameter_check::tag}, self.tag);
  }
};

/// CreateRepoTag: POST …/repos/{repository}/tags, a new tag for the image of an existing one.
struct create_tag_request {
  static constexpr operation_info operation =
      detail::describe("CreateRepoTag", http_method::post, "/v2/manage/namespaces/{namespace}/repos/{repository}/tags",
                       201, detail::tag_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  create_repo_tag_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ShowRepoTag: GET …/repos/{repository}/tags/{tag}.
struct show_tag_request {
  static constexpr operation_info operation =
      detail::describe("ShowRepoTag", http_method::get,
                       "/v2/manage/namespaces/{namespace}/repos/{repository}/tags/{tag}", 200, detail::tag_errors);
  using response = shown_tag;
  std::string namespace_name;
  std::string repository;
  std::string tag;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::tag_path, self.tag);
  }
};

/// DeleteRepoTag: DELETE …/repos/{repository}/tags/{tag}.
struct delete_tag_request {
  static constexpr operation_info operation =
      detail::describe("DeleteRepoTag", http_method::delete_,
                       "/v2/manage/namespaces/{namespace}/repos/{repository}/tags/{tag}", 204, detail::tag_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  std::string tag;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::tag_path, self.tag);
  }
};

// Sharing: access domains, under /repositories/ (not /repos/).

/// CreateRepoDomains: POST …/repositories/{repository}/access-domains.
struct create_share_request {
  static constexpr operation_info operation = detail::describe(
      "CreateRepoDomains", http_method::post,
      "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains", 201, detail::share_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  create_share_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ListRepoDomains: GET …/repositories/{repository}/access-domains (a bare array).
struct list_shares_request {
  static constexpr operation_info operation = detail::describe(
      "ListRepoDomains", http_method::get, "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains",
      200, detail::share_errors);
  using response = list<repository_share>;
  std::string namespace_name;
  std::string repository;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
  }
};

/// ShowAccessDomain: GET …/access-domains/{access_domain}.
struct show_share_request {
  static constexpr operation_info operation =
      detail::describe("ShowAccessDomain", http_method::get,
                       "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains/{access_domain}",
                       200, detail::share_errors);
  using response = repository_share_details;
  std::string namespace_name;
  std::string repository;
  std::string access_domain;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::access_domain_path, self.access_domain);
  }
};

/// UpdateRepoDomains: PATCH …/access-domains/{access_domain}.
struct update_share_request {
  static constexpr operation_info operation =
      detail::describe("UpdateRepoDomains", http_method::patch,
                       "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains/{access_domain}",
                       201, detail::share_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  std::string access_domain;
  update_share_body body;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::access_domain_path, self.access_domain);
  }
};

/// DeleteRepoDomains: DELETE …/access-domains/{access_domain}.
struct delete_share_request {
  static constexpr operation_info operation =
      detail::describe("DeleteRepoDomains", http_method::delete_,
                       "/v2/manage/namespaces/{namespace}/repositories/{repository}/access-domains/{access_domain}",
                       204, detail::share_errors);
  using response = no_content;
  std::string namespace_name;
  std::string repository;
  std::string access_domain;

  template <class Self, class Visit>
  static void parameters(Self& self, Visit&& visit) {
    visit(detail::namespace_path, self.namespace_name);
    visit(detail::repository_path, self.repository);
    visit(detail::access_domain_path, self.access_domain);
  }
};

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_MANAGEMENT_HPP

// ---- swr/suggest.hpp ----
// swrkit — the nearest valid name to free text (a project title, a path, a pasted name), so that a GUI can
// offer a fix instead of only refusing. Deterministic and locale-free, constexpr and allocation-free in the
// buffer form. The rules, in order (docs/names.md, "Suggestions"):
//   - ASCII letters become lowercase; digits stay;
//   - the Latin letters of Latin-1 Supplement and Latin Extended-A lose their diacritics (é -> e, Ü -> u,
//     ß -> ss, Æ -> ae, Œ -> oe, Þ -> th, Ĳ -> ij);
//   - in a repository, a run of separators, spaces and other characters that holds a '/' becomes one '/'
//     ("Team//App" and "Team / App" -> "team/app": what a person means by a slash); a namespace has no '/',
//     so there a '/' is like any other separator;
//   - any other run that the rules allow between two letters or digits ('.', '_', "__", any run of '-')
//     stays, and any other run of separators, spaces, other characters and bytes that are not UTF-8 becomes
//     one '-';
//   - what starts or ends the text other than a letter or a digit is dropped;
//   - a namespace that would start with a digit gets an 'n' in front ("1org" -> "n1org");
//   - the result is cut at the maximum length (64 or 128 bytes, or the buffer's capacity if smaller), then
//     any separators it ends with are dropped;
//   - the namespace "library", which SWR reserves, becomes "my-library".
// The result is always a valid name, or empty when nothing usable is left (only punctuation, only CJK...).
// A valid name comes back unchanged, so suggesting is idempotent.
#ifndef SWR_SUGGEST_HPP
#define SWR_SUGGEST_HPP

#include <cstddef>
#include <string>
#include <string_view>


namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {

// What U+00C0..U+017F become: two bytes per code point, a letter or two ('\0' pads one), or "--" for a
// character that is not a letter (× and ÷).
inline constexpr char latin_transliterations[] =
    "a\0a\0a\0a\0a\0a\0aec\0e\0e\0e\0e\0i\0i\0i\0i\0"    // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "d\0n\0o\0o\0o\0o\0o\0--o\0u\0u\0u\0u\0y\0thss"      // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "a\0a\0a\0a\0a\0a\0aec\0e\0e\0e\0e\0i\0i\0i\0i\0"    // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
    "d\0n\0o\0o\0o\0o\0o\0--o\0u\0u\0u\0u\0y\0thy\0"     // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "a\0a\0a\0a\0a\0a\0c\0c\0c\0c\0c\0c\0c\0c\0d\0d\0"   // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "d\0d\0e\0e\0e\0e\0e\0e\0e\0e\0e\0e\0g\0g\0g\0g\0"   // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "g\0g\0g\0g\0h\0h\0h\0h\0i\0i\0i\0i\0i\0i\0i\0i\0"   // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "i\0i\0ijijj\0j\0k\0k\0k\0l\0l\0l\0l\0l\0l\0l\0"     // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "l\0l\0l\0n\0n\0n\0n\0n\0n\0n\0n\0n\0o\0o\0o\0o\0"   // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "o\0o\0oeoer\0r\0r\0r\0r\0r\0s\0s\0s\0s\0s\0s\0"     // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "s\0s\0t\0t\0t\0t\0t\0t\0u\0u\0u\0u\0u\0u\0u\0u\0"   // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "u\0u\0u\0u\0w\0w\0y\0y\0y\0z\0z\0z\0z\0z\0z\0s\0";  // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
static_assert(sizeof latin_transliterations == 2 * (0x180 - 0xC0) + 1, "two bytes for each of U+00C0..U+017F");

// Writes a suggestion into out[0, limit): letters and digits as they come, each run of separators between
// two of them once the next one arrives (one '/' when it holds one, kept when the rules allow it, else one '-').
class suggestion_writer {
 public:
  constexpr suggestion_writer(name_kind kind, char* out, std::size_t limit) noexcept
      : kind_(kind), out_(out), limit_(limit) {}

  // Only a repository's '/' arrives as '/': in a namespace it is any other character.
  constexpr void separator(char c) noexcept {
    if (run_length_ < 2) run_[run_length_] = c;
    ++run_length_;
    all_hyphens_ = all_hyphens_ && c == '-';
    holds_slash_ = holds_slash_ || c == '/';
  }

  constexpr void letter_or_digit(char c) noexcept {
    if (full_) return;
    if (size_ == 0) {
      run_length_ = 0;  // separators before the first letter or digit are dropped
      if (kind_ == name_kind::namespace_name && c >= '0' && c <= '9') put('n');
    } else if (run_length_ > 0) {
      put_run();
    }
    put(c);
    run_length_ = 0;
    all_hyphens_ = true;
    holds_slash_ = false;
  }

  // The length of the suggestion, its trailing separators dropped.
  constexpr std::size_t finish() noexcept {
    while (size_ > 0 && !is_letter_or_digit(out_[size_ - 1])) --size_;
    return size_;
  }

 private:
  static constexpr bool is_letter_or_digit(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

  constexpr bool run_allowed() const noexcept {
    if (all_hyphens_) return true;
    if (run_length_ == 2) return run_[0] == '_' && run_[1] == '_';
    return run_length_ == 1 && (run_[0] == '.' || run_[0] == '_');
  }

  constexpr void put_run() noexcept {
    if (holds_slash_) return put('/');
    if (!run_allowed()) return put('-');
    if (all_hyphens_) {
      for (std::size_t i = 0; i < run_length_; ++i) put('-');
    } else {
      for (std::size_t i = 0; i < run_length_; ++i) put(run_[i]);
    }
  }

  constexpr void put(char c) noexcept {
    if (size_ == limit_) {
      full_ = true;
      return;
    }
    out_[size_++] = c;
  }

  name_kind kind_;
  char* out_;
  std::size_t limit_;
  std::size_t size_ = 0;
  bool full_ = false;
  char run_[2] = {};
  std::size_t run_length_ = 0;
  bool all_hyphens_ = true;
  bool holds_slash_ = false;
};

// Feeds one code point (or one byte that is not UTF-8, as `other`) to the writer.
constexpr void suggest_code_point(suggestion_writer& writer, name_kind kind, char32_t cp, bool other) noexcept {
  if (other) return writer.separator('?');
  if (cp >= 'A' && cp <= 'Z') return writer.letter_or_digit(static_cast<char>(cp - 'A' + 'a'));
  if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return writer.letter_or_digit(static_cast<char>(cp));
  if (cp == '.' || cp == '_' || cp == '-' || (cp == '/' && kind == name_kind::repository)) {
    return writer.separator(static_cast<char>(cp));
  }
  if (cp >= 0xC0 && cp < 0x180) {
    const char* const letters = latin_transliterations + 2 * (cp - 0xC0);
    if (letters[0] == '-') return writer.separator('?');
    writer.letter_or_digit(letters[0]);
    if (letters[1] != '\0') writer.letter_or_digit(letters[1]);
    return;
  }
  writer.separator('?');  // any other character: a space, punctuation, CJK, an emoji...
}

// The code point of the well-formed sequence of `length` bytes at text[i].
constexpr char32_t decode_utf8_at(std::string_view text, std::size_t i, std::size_t length) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
  if (length == 1) return byte(0);
  char32_t cp = byte(0) & (0x7Fu >> length);
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(k) & 0x3Fu);
  return cp;
}
}  // namespace detail

/// Writes the suggestion for `text` as a name of `kind` into `out` (at most `capacity` bytes, and never more
/// than the kind's maximum length) and returns its length: 0 when nothing usable is left. No NUL is added.
[[nodiscard]] constexpr std::size_t suggest_name(name_kind kind, std::string_view text, char* out,
                                                 std::size_t capacity) noexcept {
  const std::size_t limit = capacity < max_length(kind) ? capacity : max_length(kind);
  detail::suggestion_writer writer(kind, out, limit);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    const bool other = length == 0;  // a byte that starts no well-formed sequence: never copied
    detail::suggest_code_point(writer, kind, other ? U'\0' : detail::decode_utf8_at(text, i, length), other);
    i += other ? 1 : length;
  }
  std::size_t size = writer.finish();
  if (kind == name_kind::namespace_name && std::string_view(out, size) == std::string_view("library")) {
    detail::suggestion_writer reserved(kind, out, limit);  // "my-library", cut to the limit like any other
    for (const char c : std::string_view("my-library")) {
      if (c == '-') {
        reserved.separator(c);
      } else {
        reserved.letter_or_digit(c);
      }
    }
    size = reserved.finish();
  }
  return size;
}

[[nodiscard]] constexpr std::size_t suggest_namespace(std::string_view text, char* out, std::size_t capacity) noexcept {
  return suggest_name(name_kind::namespace_name, text, out, capacity);
}
[[nodiscard]] constexpr std::size_t suggest_repository(std::string_view text, char* out,
                                                       std::size_t capacity) noexcept {
  return suggest_name(name_kind::repository, text, out, capacity);
}

/// The nearest valid namespace to `text`, or "" when nothing usable is left: suggest_namespace("Café Ünïcode")
/// is "cafe-unicode".
[[nodiscard]] SWR_CONSTEXPR_STRING std::string suggest_namespace(std::string_view text) {
  char buffer[namespace_max_length] = {};
  return std::string(buffer, suggest_namespace(text, buffer, sizeof buffer));
}
/// The nearest valid repository name to `text`, or "": a run of separators that holds a '/' becomes one '/',
/// so suggest_repository("/srv//git/My App.git/") is "srv/git/my-app.git".
[[nodiscard]] SWR_CONSTEXPR_STRING std::string suggest_repository(std::string_view text) {
  char buffer[repository_max_length] = {};
  return std::string(buffer, suggest_repository(text, buffer, sizeof buffer));
}

}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_SUGGEST_HPP

#endif  // SWR_SWR_HPP
