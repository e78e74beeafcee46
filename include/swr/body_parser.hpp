// SPDX-License-Identifier: MIT
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

#include "swr/category.hpp"
#include "swr/config.hpp"
#include "swr/detail/body_fast_path.hpp"
#include "swr/detail/json_object_reader.hpp"
#include "swr/error.hpp"
#include "swr/error_message.hpp"
#include "swr/escape.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/result.hpp"

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
