// SPDX-License-Identifier: MIT
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

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/http_header.hpp"
#include "swr/names.hpp"
#include "swr/reference.hpp"
#include "swr/result.hpp"
#include "swr/utf8.hpp"

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
