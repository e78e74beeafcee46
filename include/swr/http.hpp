// SPDX-License-Identifier: MIT
// swrkit — the create-repository call as an HTTP/1.1 request, without I/O: method, target, headers and
// body ready for any HTTP client, or rendered as one complete message. An http_request can only be made by
// to_http_request, from validated parts, so nothing in it can inject a header or a request line. Debug
// output redacts the credentials. It carries an IAM token (X-Auth-Token) or an AK/SK signature (signing.hpp).
#ifndef SWR_HTTP_HPP
#define SWR_HTTP_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "swr/config.hpp"
#include "swr/error.hpp"
#include "swr/host.hpp"
#include "swr/http_header.hpp"
#include "swr/json_writer.hpp"
#include "swr/model.hpp"
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
// The one way to make an http_request: from parts that to_http_request has checked.
struct http_request_access {
  static http_request make(std::string target, std::string body, std::vector<http_header> headers) {
    http_request http;
    http.method_ = "POST";
    http.target_ = std::move(target);
    http.body_ = std::move(body);
    http.headers_ = std::move(headers);
    return http;
  }
};

// POST /v2/manage/namespaces/{namespace}/repos: a valid namespace needs no percent-encoding.
inline std::string create_repo_target(const create_repo_request& request) {
  std::string target = "/v2/manage/namespaces/";
  target += request.namespace_name;
  target += "/repos";
  return target;
}

// The problem of the credentials a request is sent with: an IAM token, or an access key to sign with.
constexpr error credentials_problem(std::string_view token) noexcept { return check_token(token); }
inline error credentials_problem(const access_key& key) noexcept { return check_access_key(key); }

// What to_http_request takes, as one source of problems: the request's, then the host's, then the
// credentials' (a token as a std::string_view, or an access_key).
template <class Credentials>
struct http_inputs {
  const create_repo_request& request;
  std::string_view host;
  const Credentials& credentials;
};

template <class Credentials, class Report>
bool for_each_problem(const http_inputs<Credentials>& inputs, Report&& report) {
  if (!for_each_problem(inputs.request, report)) return false;
  const error host = check_host(inputs.host);
  if (!host.ok() && !report(host)) return false;
  const error credentials = credentials_problem(inputs.credentials);
  return credentials.ok() || report(credentials);
}
}  // namespace detail

/// Every problem of a request together with the host and token it would be sent with.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request, std::string_view host,
                                                 std::string_view token) {
  return detail::all_problems_of(detail::http_inputs<std::string_view>{request, host, token});
}

/// Builds POST /v2/manage/namespaces/{namespace}/repos with its headers and JSON body, or returns the first
/// problem of the request, the host (see check_host) or the token (see check_token).
[[nodiscard]] inline result<http_request, error> to_http_request(const create_repo_request& request,
                                                                 std::string_view host, std::string_view token) {
  const error first = detail::first_problem_of(detail::http_inputs<std::string_view>{request, host, token});
  if (!first.ok()) return unexpected(first);

  std::string body = detail::body_json(request.body);  // validated above, not again
  std::vector<http_header> headers = {
      {"Host", std::string(host)},
      {"Content-Type", std::string(json_content_type)},
      {"Content-Length", std::to_string(body.size())},
      {"X-Auth-Token", std::string(token)},
  };
  return detail::http_request_access::make(detail::create_repo_target(request), std::move(body), std::move(headers));
}

namespace detail {
template <class = void>  // instantiated where used (see signing.hpp)
result<http_request, error> signed_http_request(const create_repo_request& request, std::string_view host,
                                                const access_key& key, std::string_view date) {
  const error first = first_problem_of(http_inputs<access_key>{request, host, key});
  if (!first.ok()) return unexpected(first);
  std::string target = create_repo_target(request);
  std::string body = body_json(request.body);  // validated above, not again
  // Content-Type and Host are signed with X-Sdk-Date (and X-Security-Token), in the canonical (sorted) order;
  // Content-Length is not signed.
  request_parts parts{"POST", target, {}, {}, body};
  parts.headers.reserve(4);
  parts.headers.push_back({"content-type", json_content_type});
  parts.headers.push_back({"host", host});
  parts.headers.push_back({"x-sdk-date", date});
  if (!key.security_token.empty()) parts.headers.push_back({"x-security-token", key.security_token});
  const sha256_hex signature = signature_of(key.secret, date, canonical_request_hash(parts));
  std::vector<http_header> headers;
  headers.reserve(6);
  headers.push_back({"Host", std::string(host)});
  headers.push_back({"Content-Type", std::string(json_content_type)});
  headers.push_back({"Content-Length", std::to_string(body.size())});
  add_signature_headers(headers, key, date, signed_headers_of(parts), signature.view());
  return http_request_access::make(std::move(target), std::move(body), std::move(headers));
}
}  // namespace detail

/// Every problem of a request together with the host and the access key it would be signed with.
[[nodiscard]] inline std::vector<error> validate(const create_repo_request& request, std::string_view host,
                                                 const access_key& key) {
  return detail::all_problems_of(detail::http_inputs<access_key>{request, host, key});
}

/// Builds the create-repository request signed with SDK-HMAC-SHA256 (docs/signing.md) at `time`, a
/// `std::chrono::system_clock` time point (the library never reads the clock): Host, Content-Type,
/// Content-Length, X-Sdk-Date, X-Security-Token (with temporary credentials) and Authorization, which signs
/// content-type;host;x-sdk-date (and x-security-token). No X-Auth-Token. Or the first problem of the
/// request, the host or the key (see check_access_key), or `invalid_date` for a time outside the years
/// 0000-9999.
template <class TimePoint, class = detail::system_clock_time_point<TimePoint>>
[[nodiscard]] result<http_request, error> to_http_request(const create_repo_request& request, std::string_view host,
                                                          const access_key& key, const TimePoint& time) {
  const result<sdk_date, error> date = to_sdk_date(time);
  if (!date) return unexpected(date.error());
  return detail::signed_http_request(request, host, key, date->view());
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
