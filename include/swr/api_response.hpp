// SPDX-License-Identifier: MIT
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

#include "swr/body_parser.hpp"
#include "swr/config.hpp"
#include "swr/detail/json_struct.hpp"
#include "swr/error.hpp"
#include "swr/model.hpp"
#include "swr/operation.hpp"
#include "swr/result.hpp"

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
