// SPDX-License-Identifier: MIT
// swrkit 0.5.0 — the optional integration swr/nlohmann.hpp, in one file; it includes the swr.hpp beside it.
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

// ---- swr/nlohmann.hpp ----
// swrkit — conversions between create_repo_body and nlohmann::json, or any nlohmann::basic_json that uses
// nlohmann's own adl_serializer (json, ordered_json, ...), through a specialisation of
// nlohmann::adl_serializer<swr::create_repo_body>:
//
//   nlohmann::json j = body;                        // the members and values of the writer swr::to_json(body)
//   auto body = j.get<swr::create_repo_body>();     // the rules of swr::parse_create_repo_body
//
// Writing: repository in wire form, is_public, and category and description when present (in that order,
// which ordered_json keeps); a body with a problem (swr::first_problem) is refused.
//
// Reading looks at the JSON value itself (it does not dump and re-parse it), with the rules, the error codes
// and the fields of parse_create_repo_body for the equivalent document (the value's dump(), members in the
// value's own order; ordered_json keeps the order of the text it was parsed from):
//   - not an object: not_an_object; members are looked at in the object's order, and the first problem
//     is reported; a required member absent: missing_member (repository, then is_public), after all others;
//   - repository: a string, unescaped ('$' -> '/') then checked as a repository name;
//     is_public: a boolean; category: a string read by parse_category ("arms" is arm) or null (absent);
//     description: a string of well-formed UTF-8 with at most 30,000 code points, or null (absent);
//     any other type, a NaN or infinite number included, is wrong_type;
//   - other members are ignored, whatever they hold (no nesting limit: the value is already in memory).
// A basic_json has no duplicate members, no syntax errors and no document: every error has
// offset == swr::no_offset, and a value problem's position is the byte in the member's string (for a
// repository, in its unescaped form, which has the same length). Unlike the parser, which refuses a
// document that is not UTF-8, a string nlohmann holds may have any bytes: bad UTF-8 in description is
// invalid_utf8 at its first bad byte, in repository a bad character, in category an unknown category.
//
// A problem, in either direction, throws std::invalid_argument whose what() reads
// "swrkit: FIELD: CODE at byte N: MESSAGE" ("at byte N" only for a value problem with a position; no
// document offset) — with -fno-exceptions it aborts, as nlohmann itself does.
//
// This header does not include nlohmann's json.hpp: only <nlohmann/json_fwd.hpp> (a few standard headers),
// which declares the adl_serializer template that a specialisation needs, and only when nlohmann was not
// included before. Where neither is reachable, it stops with an #error that says so.
#ifndef SWR_NLOHMANN_HPP
#define SWR_NLOHMANN_HPP

#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "swr.hpp"  // the rest of swrkit, from this folder
#if SWRKIT_VERSION_MAJOR != 0 || SWRKIT_VERSION_MINOR != 5 || SWRKIT_VERSION_PATCH != 0
#error "this file belongs to swrkit 0.5.0, but the swr.hpp beside it is another version"
#endif

#if SWR_HAS_EXCEPTIONS
#include <stdexcept>
#endif

// INCLUDE_NLOHMANN_JSON_FWD_HPP_ is json_fwd.hpp's include guard (also in nlohmann's single json.hpp).
#if !defined(INCLUDE_NLOHMANN_JSON_FWD_HPP_) && !defined(NLOHMANN_JSON_VERSION_MAJOR) && defined(__has_include)
#if __has_include(<nlohmann/json_fwd.hpp>)
#include <nlohmann/json_fwd.hpp>
#endif
#endif
#if !defined(INCLUDE_NLOHMANN_JSON_FWD_HPP_) && !defined(NLOHMANN_JSON_VERSION_MAJOR)
#error "swr/nlohmann.hpp needs nlohmann/json: include <nlohmann/json.hpp> first, or put it on the include path"
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {
// "swrkit: FIELD: CODE at byte N: MESSAGE": describe(e) of error_response.hpp (never, for these conversions,
// with an offset).
inline std::string nlohmann_message(const error& e) { return "swrkit: " + describe(e); }

[[noreturn]] inline void invalid_for_json(const error& e) {
#if SWR_HAS_EXCEPTIONS
  throw std::invalid_argument(nlohmann_message(e));
#else
  (void)e;
  std::abort();
#endif
}

// A string held by a basic_json, as a view (its string_t is std::string or alike).
template <class String>
std::string_view nlohmann_string_view(const String& text) noexcept {
  return std::string_view(text.data(), text.size());
}

// The value of a member as `rule` takes it; false when it has another type.
template <class BasicJson>
bool nlohmann_member_value(const BasicJson& json, const member_rule& rule, json_member_value& value) {
  if (rule.nullable && json.is_null()) {
    value.is_null = true;
    return true;
  }
  if (rule.type == json_type::boolean) {
    const auto* flag = json.template get_ptr<const typename BasicJson::boolean_t*>();
    if (flag != nullptr) value.boolean = *flag;
    return flag != nullptr;
  }
  const auto* text = json.template get_ptr<const typename BasicJson::string_t*>();
  if (text != nullptr) value.text = nlohmann_string_view(*text);
  return text != nullptr;
}

// Reads a body from a basic_json value with the rules of parse_create_repo_body (the same member rules and
// the same apply_body_member). Returns the first problem in the object's order, then the first missing
// member, or an error with code `none` and `out` set. Never throws by itself.
template <class BasicJson>
error body_from_nlohmann(const BasicJson& json, create_repo_body& out) {
  using object_type = typename BasicJson::object_t;
  const object_type* object = json.template get_ptr<const object_type*>();
  if (object == nullptr) return error{error_code::not_an_object, field::none, 0, no_offset};

  constexpr std::size_t rule_count = sizeof(body_rules) / sizeof(body_rules[0]);
  create_repo_body body;
  bool seen[rule_count] = {};
  for (const auto& member : *object) {
    const std::size_t index = find_member_rule(body_rules, nlohmann_string_view(member.first));
    if (index == rule_count) continue;  // not a member of the body: ignored
    json_member_value value;
    if (!nlohmann_member_value(member.second, body_rules[index], value)) {
      return error{error_code::wrong_type, body_rules[index].field, 0, no_offset};
    }
    seen[index] = true;
    const error problem = apply_body_member(body, index, value);
    if (!problem.ok()) return problem;
  }
  for (std::size_t i = 0; i < rule_count; ++i) {
    if (body_rules[i].required && !seen[i]) return error{error_code::missing_member, body_rules[i].field, 0, no_offset};
  }
  out = std::move(body);
  return error{};
}

// Writes a valid body into a basic_json object; returns the body's first problem, leaving `json` alone.
template <class BasicJson>
error body_to_nlohmann(BasicJson& json, const create_repo_body& body) {
  const error problem = first_problem(body);
  if (!problem.ok()) return problem;
  BasicJson object = BasicJson::object();
  object["repository"] = escape_repository(body.repository);
  object["is_public"] = body.is_public;
  if (body.category) object["category"] = std::string(to_string(*body.category));
  if (body.description) object["description"] = *body.description;
  json = std::move(object);
  return problem;
}
}  // namespace detail
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

namespace nlohmann {
/// Found by basic_json for create_repo_body (the name swr::to_json stays the writer's alone).
template <>
struct adl_serializer<swr::create_repo_body> {
  /// Writes a valid body; throws std::invalid_argument (aborts without exceptions) for an invalid one.
  template <class BasicJson>
  static void to_json(BasicJson& json, const swr::create_repo_body& body) {
    const swr::error problem = swr::detail::body_to_nlohmann(json, body);
    if (!problem.ok()) swr::detail::invalid_for_json(problem);
  }

  /// Reads a body with the rules of swr::parse_create_repo_body; throws std::invalid_argument (aborts
  /// without exceptions) for an invalid one, leaving `body` alone.
  template <class BasicJson>
  static void from_json(const BasicJson& json, swr::create_repo_body& body) {
    const swr::error problem = swr::detail::body_from_nlohmann(json, body);
    if (!problem.ok()) swr::detail::invalid_for_json(problem);
  }
};
}  // namespace nlohmann

#endif  // SWR_NLOHMANN_HPP
