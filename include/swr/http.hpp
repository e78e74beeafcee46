// SPDX-License-Identifier: MIT
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

#include "swr/config.hpp"
#include "swr/detail/json_struct.hpp"
#include "swr/error.hpp"
#include "swr/escape.hpp"
#include "swr/host.hpp"
#include "swr/http_header.hpp"
#include "swr/json_writer.hpp"
#include "swr/model.hpp"
#include "swr/operation.hpp"
#include "swr/result.hpp"
#include "swr/sdk_date.hpp"
#include "swr/signing.hpp"

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
