// SPDX-License-Identifier: MIT
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

#include "swr/body_parser.hpp"
#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/escape.hpp"
#include "swr/model.hpp"

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
