// SPDX-License-Identifier: MIT
// swrkit 0.3.0 — the optional integration swr/nlohmann.hpp, in one file; it includes the swr.hpp beside it.
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
// swrkit — conversions between the model and nlohmann::json (or any nlohmann::basic_json), found by ADL:
//
//   nlohmann::json j = body;                        // the same members and values as swr::to_json(body)
//   auto body = j.get<swr::create_repo_body>();     // the same rules as swr::parse_create_repo_body
//
// Templated on the JSON type, so this header does not itself include nlohmann. An invalid body, in either
// direction, throws std::invalid_argument whose what() names the field, the code and the position (with
// -fno-exceptions: aborts, as nlohmann itself does).
#ifndef SWR_NLOHMANN_HPP
#define SWR_NLOHMANN_HPP

#include <cstdlib>
#include <string>

#include "swr.hpp"  // the rest of swrkit, from this folder
#if SWRKIT_VERSION_MAJOR != 0 || SWRKIT_VERSION_MINOR != 3 || SWRKIT_VERSION_PATCH != 0
#error "this file belongs to swrkit 0.3.0, but the swr.hpp beside it is another version"
#endif

#if SWR_HAS_EXCEPTIONS
#include <stdexcept>
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace detail {
[[noreturn]] inline void invalid_for_json(const error& e) {
#if SWR_HAS_EXCEPTIONS
  std::string what = "swrkit: ";
  if (e.field != field::none) what.append(to_string(e.field)).append(": ");
  what.append(to_string(e.code)).append(" at ").append(e.kind() == error_kind::value ? "byte " : "offset ");
  what.append(std::to_string(e.kind() == error_kind::value ? e.position : e.offset)).append(": ");
  what.append(message(e));
  throw std::invalid_argument(what);
#else
  (void)e;
  std::abort();
#endif
}
}  // namespace detail

/// Writes a valid body as a JSON object: repository in wire form, is_public, and the optionals present.
template <class BasicJson, class = typename BasicJson::object_t>
void to_json(BasicJson& json, const create_repo_body& body) {
  const error problem = first_problem(body);
  if (problem.code != error_code::none) detail::invalid_for_json(problem);
  json = BasicJson::object();
  json["repository"] = escape_repository(body.repository);
  json["is_public"] = body.is_public;
  if (body.category) json["category"] = std::string(to_string(*body.category));
  if (body.description) json["description"] = *body.description;
}

/// Reads a body from a JSON value with exactly the rules of parse_create_repo_body (to which it defers).
template <class BasicJson, class = typename BasicJson::object_t>
void from_json(const BasicJson& json, create_repo_body& body) {
  result<create_repo_body, error> parsed = parse_create_repo_body(json.dump());
  if (!parsed) detail::invalid_for_json(parsed.error());
  body = std::move(*parsed);
}

}  // inline namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_NLOHMANN_HPP
