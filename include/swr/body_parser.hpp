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
#include "swr/error.hpp"
#include "swr/escape.hpp"
#include "swr/json_reader.hpp"
#include "swr/model.hpp"
#include "swr/names.hpp"
#include "swr/result.hpp"

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {

namespace detail {
constexpr field body_field_of(std::string_view member) noexcept {
  if (member == "repository") return field::repository;
  if (member == "is_public") return field::is_public;
  if (member == "category") return field::category;
  if (member == "description") return field::description;
  return field::none;
}
}  // namespace detail

inline result<create_repo_body, error> parse_create_repo_body(std::string_view json) {
  detail::json_reader reader(json);
  reader.skip_whitespace();
  const std::size_t start = reader.offset();
  if (reader.peek_type() != detail::json_type::object) {
    // Read it all first: a document that is not JSON is a syntax error, whatever its first byte.
    if (reader.skip_value(0) && reader.finish()) reader.record(error{error_code::not_an_object, field::none, start, start});
    return unexpected(reader.outcome());
  }

  create_repo_body body;
  bool has_repository = false;
  bool has_is_public = false;
  std::string text;

  // Skips a value of the wrong type (still checking its syntax) and records the problem.
  const auto wrong_type = [&](field f, std::size_t at) {
    if (!reader.skip_value(1)) return false;
    reader.record(error{error_code::wrong_type, f, at, at});
    return true;
  };

  const auto on_member = [&](std::string_view name, std::size_t) -> bool {
    const field f = detail::body_field_of(name);
    const detail::json_type type = reader.peek_type();
    const std::size_t at = reader.offset();
    switch (f) {
      case field::repository: {
        if (type != detail::json_type::string) return wrong_type(f, at);
        if (!reader.read_string(&text)) return false;
        unescape_repository(text, text.data(), text.size());  // in place: '$' -> '/'
        body.repository = std::move(text);
        has_repository = true;
        const name_check check = check_repository(body.repository);
        if (!check.ok()) reader.record(error{static_cast<error_code>(check.error), f, check.position, at});
        return true;
      }
      case field::is_public:
        if (type != detail::json_type::boolean) return wrong_type(f, at);
        has_is_public = true;
        return reader.read_boolean(body.is_public);
      case field::category:
        if (type == detail::json_type::null) {
          body.category.reset();
          return reader.read_null();
        }
        if (type != detail::json_type::string) return wrong_type(f, at);
        if (!reader.read_string(&text)) return false;
        body.category = parse_category(text);
        if (!body.category) reader.record(error{error_code::unknown_category, f, 0, at});
        return true;
      case field::description: {
        if (type == detail::json_type::null) {
          body.description.reset();
          return reader.read_null();
        }
        if (type != detail::json_type::string) return wrong_type(f, at);
        if (!reader.read_string(&text)) return false;
        const error check = check_description(text);  // the reader already refused bad UTF-8
        if (check.code != error_code::none) reader.record(error{check.code, f, check.position, at});
        body.description = std::move(text);
        return true;
      }
      default: return reader.skip_value(1);
    }
  };

  if (reader.read_object(0, on_member, detail::body_field_of)) {
    const std::size_t closing_brace = reader.offset() - 1;  // where the object ends without the member
    if (!has_repository) reader.record(error{error_code::missing_member, field::repository, closing_brace, closing_brace});
    if (!has_is_public) reader.record(error{error_code::missing_member, field::is_public, closing_brace, closing_brace});
    reader.finish();
  }
  if (reader.outcome().code != error_code::none) return unexpected(reader.outcome());
  return body;
}

}  // inline namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_BODY_PARSER_HPP
