// SPDX-License-Identifier: MIT
// swrkit 0.5.0 — the optional integration swr/fmt.hpp, in one file; it includes the swr.hpp beside it.
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

// ---- swr/fmt.hpp ----
// swrkit — {fmt} formatters for swrkit's types. The only header of the core that includes fmt:
// include it where you format, not everywhere.
//
//   fmt::format("{}", swr::name_error::reserved)          -> "reserved"
//   fmt::format("{}", swr::check_namespace("org-"))       -> "invalid_end at byte 3"
//   fmt::format("{:>8}", swr::category::linux_)           -> "   linux"
//   fmt::format("{}", error)                              -> "repository: adjacent_separators at byte 5"
//   fmt::format("{}", http_request)                       -> the HTTP message, X-Auth-Token: <redacted>
//
// Every formatter takes the format specs of a string (width, fill, alignment). The `format` members are
// const, as fmt 10 and later require. No formatter ever shows a token, a security token or the signature of an
// AK/SK Authorization (which can be replayed for 15 minutes).
#ifndef SWR_FMT_HPP
#define SWR_FMT_HPP

#include <fmt/format.h>

#include <iterator>

#include "swr.hpp"  // the rest of swrkit, from this folder
#if SWRKIT_VERSION_MAJOR != 0 || SWRKIT_VERSION_MINOR != 5 || SWRKIT_VERSION_PATCH != 0
#error "this file belongs to swrkit 0.5.0, but the swr.hpp beside it is another version"
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {
/// Formats a value through its `to_string`, honouring string format specs (width, fill, alignment).
template <class Enum>
struct to_string_formatter : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(Enum value, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string_view text = to_string(value);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
  }
};

/// Formats a value by rendering it into a buffer with `Render`, then applying string format specs.
template <class T, class Render>
struct rendering_formatter : fmt::formatter<fmt::string_view> {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
    fmt::memory_buffer text;
    Render{}(std::back_inserter(text), value);
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(text.data(), text.size()), ctx);
  }
};

struct render_name_check {
  template <class Out>
  void operator()(Out out, const name_check& check) const {
    if (check.ok()) {
      fmt::format_to(out, "ok");
    } else {
      fmt::format_to(out, "{} at byte {}", to_string(check.error), check.position);
    }
  }
};

// "field: code at byte N" for a value problem (plus "of the value at offset M" when a parser found it;
// just "field: code" when the code concerns the value as a whole); "code at offset M" or
// "field: code at offset M" for a document problem.
struct render_error {
  template <class Out>
  void operator()(Out out, const error& e) const {
    if (e.field != field::none) fmt::format_to(out, "{}: ", to_string(e.field));
    if (e.kind() != error_kind::value) {
      fmt::format_to(out, "{} at offset {}", to_string(e.code), e.offset == no_offset ? e.position : e.offset);
    } else if (!has_position(e.code)) {
      fmt::format_to(out, "{}", to_string(e.code));
    } else if (e.offset == no_offset) {
      fmt::format_to(out, "{} at byte {}", to_string(e.code), e.position);
    } else {
      fmt::format_to(out, "{} at byte {} of the value at offset {}", to_string(e.code), e.position, e.offset);
    }
  }
};

// Strings are shown escaped ({:?}), so that control characters cannot reach a terminal or a log raw.
struct render_body {
  template <class Out>
  void operator()(Out out, const create_repo_body& body) const {
    fmt::format_to(out, "{{repository: {:?}, is_public: {}", body.repository, body.is_public);
    if (body.category) fmt::format_to(out, ", category: {}", to_string(*body.category));
    if (body.description) fmt::format_to(out, ", description: {:?}", *body.description);
    fmt::format_to(out, "}}");
  }
};

struct render_request {
  template <class Out>
  void operator()(Out out, const create_repo_request& request) const {
    fmt::format_to(out, "{{namespace: {:?}, body: ", request.namespace_name);
    render_body{}(out, request.body);
    fmt::format_to(out, "}}");
  }
};

struct render_http_request {
  template <class Out>
  void operator()(Out out, const http_request& request) const {
    const std::string text = debug_string(request);  // the credentials redacted
    fmt::format_to(out, "{}", text);
  }
};

struct render_service_error {
  template <class Out>
  void operator()(Out out, const service_error& e) const {
    fmt::format_to(out, "{:?}: {:?}", e.code, e.message);
    if (!e.detail.empty()) fmt::format_to(out, " ({:?})", e.detail);
  }
};
}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

template <>
struct fmt::formatter<swr::name_error> : swr::detail::to_string_formatter<swr::name_error> {};
template <>
struct fmt::formatter<swr::name_kind> : swr::detail::to_string_formatter<swr::name_kind> {};
template <>
struct fmt::formatter<swr::category> : swr::detail::to_string_formatter<swr::category> {};
template <>
struct fmt::formatter<swr::field> : swr::detail::to_string_formatter<swr::field> {};
template <>
struct fmt::formatter<swr::error_code> : swr::detail::to_string_formatter<swr::error_code> {};
template <>
struct fmt::formatter<swr::error_kind> : swr::detail::to_string_formatter<swr::error_kind> {};
template <>
struct fmt::formatter<swr::create_repo_outcome> : swr::detail::to_string_formatter<swr::create_repo_outcome> {};

/// "ok", or "<error> at byte <position>".
template <>
struct fmt::formatter<swr::name_check>
    : swr::detail::rendering_formatter<swr::name_check, swr::detail::render_name_check> {};
template <>
struct fmt::formatter<swr::error> : swr::detail::rendering_formatter<swr::error, swr::detail::render_error> {};
/// {repository: "team/app", is_public: true, category: linux, description: "…"}
template <>
struct fmt::formatter<swr::create_repo_body>
    : swr::detail::rendering_formatter<swr::create_repo_body, swr::detail::render_body> {};
template <>
struct fmt::formatter<swr::create_repo_request>
    : swr::detail::rendering_formatter<swr::create_repo_request, swr::detail::render_request> {};
/// The whole HTTP message as debug_string gives it: every sensitive header redacted.
template <>
struct fmt::formatter<swr::http_request>
    : swr::detail::rendering_formatter<swr::http_request, swr::detail::render_http_request> {};
template <>
struct fmt::formatter<swr::service_error>
    : swr::detail::rendering_formatter<swr::service_error, swr::detail::render_service_error> {};

#endif  // SWR_FMT_HPP
